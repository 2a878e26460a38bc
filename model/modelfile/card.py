"""The model card beside a model file: read with a size cap, its file names checked."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import InputError, ModelFileError
from ..messages import Message
from ..paths import read_capped

CARD_FILE = "card.json"
CARD_LIMIT = 2**20  # a card is a few KB of figures; a megabyte is plenty


def read_card(model_path: Path) -> dict:
    """The card (``card.json``) beside ``model_path``; raises ModelFileError if unusable."""
    card_path = model_path.parent / CARD_FILE
    if not card_path.is_file():
        raise ModelFileError(model_path, Message("model.no_card", card=CARD_FILE))
    try:
        card = json.loads(read_capped(card_path, CARD_LIMIT, "model card").decode("utf-8"))
    except InputError as err:
        raise ModelFileError(card_path, err.problem) from err
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as err:
        raise ModelFileError(card_path, Message("model.card_unreadable")) from err
    if not isinstance(card, dict):
        raise ModelFileError(card_path, Message("model.card_not_object"))
    if "flag_band" in card and not _is_band(card["flag_band"]):
        # the band decides which contacts are flagged for review: a reversed or junk band
        # would silently flag none (or all)
        raise ModelFileError(
            card_path,
            Message("model.card_band", value=f"{card['flag_band']!r:.80}"),
        )
    return card


def _is_band(value) -> bool:
    """True for ``[low, high]`` with 0 <= low < high <= 1 (JSON numbers, not booleans)."""
    if not isinstance(value, list) or len(value) != 2:
        return False
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return False
    low, high = value
    return 0.0 <= low < high <= 1.0  # NaN fails every comparison


def file_named(card: dict, key: str, model_path: Path, required: bool = True) -> Path | None:
    """The file the card names under ``key``, inside the model's folder.

    Only a bare file name is accepted: a path (absolute, ``..``, a sub-folder) could make a
    card read files from anywhere. Returns None when the key is absent and not ``required``.
    """
    name = card.get(key)
    if name is None and not required:
        return None
    if (
        not isinstance(name, str)
        or name in ("", ".", "..")
        or Path(name).name != name
        or "/" in name
        or "\\" in name
        or "\x00" in name
    ):
        raise ModelFileError(
            model_path.parent / CARD_FILE,
            Message("model.card_file_name", key=key, value=f"{name!r:.80}"),
        )
    return model_path.parent / name
