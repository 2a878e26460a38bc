"""The personal layer saved beside a review session's journal, as plain arrays.

``<journal>.personal.npz``: the fitted numbers, the feature names they belong to, and the rows
whose decisions the person asked the layer to forget (a reset). Written atomically, read with
``allow_pickle=False``: the file can hold only numbers and strings, never code, like the
compiled model. A damaged or foreign file is ignored: the layer is refitted from the decisions,
which live in the journal. A file a newer version of the app wrote is never written over: it is
read as nothing learned, and :func:`save_layer` refuses to replace it (:class:`NewerLayerError`).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..paths import atomic_path
from .layer import PersonalLayer

FORMAT = 1
SUFFIX = ".personal.npz"


class NewerLayerError(Exception):
    """The saved layer was written by a newer version of the app: it is left as it was."""

    def __init__(self, path: str | Path):
        super().__init__(f"{path}: saved by a newer version of this application")
        self.path = Path(path)


@dataclass
class SavedLayer:
    """A personal layer as saved: the layer (None if never fitted) and the forgotten rows;
    ``newer``: the file was written by a newer version (nothing of it is used, nor replaced)."""

    layer: PersonalLayer | None = None
    names: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=str))
    forgotten: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    newer: bool = False


def saved_format(path: str | Path) -> int | None:
    """The format number of the layer file at ``path``; None if there is none or it cannot
    be read (a damaged or foreign file, which may be replaced)."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            return int(data["format"].ravel()[0])
    except Exception:  # damaged zip, pickled objects refused, missing key, not a number
        return None


def is_newer(path: str | Path) -> bool:
    """Whether the layer file at ``path`` was written by a newer version of the app."""
    version = saved_format(path)
    return version is not None and version > FORMAT


def sidecar_path(journal_path: str | Path) -> Path:
    """Where the personal layer of the session with this journal is kept."""
    journal_path = Path(journal_path)
    return journal_path.with_name(journal_path.name + SUFFIX)


def save_layer(
    path: str | Path, layer: PersonalLayer | None, names: np.ndarray, forgotten: np.ndarray
) -> Path:
    """Write the layer (or only the forgotten rows if ``layer`` is None) atomically, owner-only.

    Raises NewerLayerError, writing nothing, if ``path`` holds a newer version's layer."""
    path = Path(path)
    if is_newer(path):
        raise NewerLayerError(path)
    arrays = {
        "format": np.array([FORMAT], dtype=np.int64),
        "names": np.asarray(names, dtype=str),
        "forgotten": np.asarray(forgotten, dtype=np.int64),
    }
    if layer is not None:
        arrays.update({f"layer.{k}": v for k, v in layer.to_arrays().items()})
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            np.savez(fh, **arrays)
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
    return path


def load_layer(path: str | Path, names: np.ndarray) -> SavedLayer:
    """The saved layer if it exists, is ours and was fitted on features named ``names``; the
    forgotten rows in any case they can be read. Never raises for a bad file: returns what
    could be trusted (an empty SavedLayer at worst)."""
    path = Path(path)
    if not path.is_file():
        return SavedLayer()
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
        version = int(arrays["format"].ravel()[0])
        if version != FORMAT:
            return SavedLayer(newer=version > FORMAT)
        forgotten = arrays["forgotten"].astype(np.int64).ravel()
        saved_names = arrays["names"].astype(str)
    except Exception:  # damaged zip, pickled objects refused, missing keys: start afresh
        return SavedLayer()
    names = np.asarray(names, dtype=str)
    layer = None
    if "layer.coef" in arrays and np.array_equal(saved_names, names):
        parts = {k.removeprefix("layer."): v for k, v in arrays.items() if k.startswith("layer.")}
        with contextlib.suppress(Exception):
            layer = PersonalLayer.from_arrays(parts, len(names))
    return SavedLayer(layer, saved_names, forgotten)


def carry_forgotten(source: str | Path, target: str | Path, mapping: dict[int, int]) -> int:
    """Write to ``target`` the forgotten rows of the layer saved at ``source`` (a review's
    earlier export), moved to their rows in a newer export by ``mapping`` (old row -> new
    row); rows no longer there are dropped. A reset stays a reset in the newer export; the
    layer itself is refitted from the decisions. Returns how many rows were carried; nothing
    is written when ``source`` holds none or ``target`` holds a newer version's layer. Raises
    OSError if ``target`` cannot be written."""
    saved = load_layer(source, np.zeros(0, dtype=str))
    moved = sorted({mapping[int(r)] for r in saved.forgotten if int(r) in mapping})
    if len(saved.forgotten) == 0 or is_newer(target):
        return 0
    save_layer(target, None, np.zeros(0, dtype=str), np.asarray(moved, dtype=np.int64))
    return len(moved)
