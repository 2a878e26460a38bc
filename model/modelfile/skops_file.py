"""Structural checks of a ``.skops`` file that need neither skops nor scikit-learn.

A skops file is a zip holding ``schema.json`` (the object tree) and ``.npy`` arrays. Reading
the schema tells what the file would build and with which scikit-learn version each fitted
part was made — before skops is asked to load anything.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from ..errors import ModelFileError
from ..messages import Message

FILE_LIMIT = 64 * 2**20  # our model is ~1 MB on disk
UNPACKED_LIMIT = 256 * 2**20  # ~7 MB unpacked today; caps a zip bomb long before memory
SCHEMA_LIMIT = 32 * 2**20  # ~2 MB today
TOP_CLASS = ("model.classifier", "OwnershipClassifier")


def check_skops(path: Path) -> set[str]:
    """Check ``path`` is a bounded skops zip of an OwnershipClassifier.

    Returns the scikit-learn versions recorded inside it; raises ModelFileError otherwise.
    """
    try:
        size = path.stat().st_size
        if size > FILE_LIMIT:
            raise ModelFileError(path, Message("model.too_large", mb=FILE_LIMIT // 2**20))
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > 100_000 or sum(i.file_size for i in infos) > UNPACKED_LIMIT:
                raise ModelFileError(
                    path, Message("model.unpacks_too_large", mb=UNPACKED_LIMIT // 2**20)
                )
            try:
                info = zf.getinfo("schema.json")
            except KeyError:
                raise ModelFileError(path, Message("model.no_schema")) from None
            if info.file_size > SCHEMA_LIMIT:
                raise ModelFileError(path, Message("model.schema_too_large"))
            # the versions are gathered as the parser builds each object: no second walk
            # over the ~2 MB tree (~12 ms of every start)
            found: list = []
            schema = json.loads(zf.read(info).decode("utf-8"), object_hook=_noting(found))
    except ModelFileError:
        raise
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, ValueError, RecursionError) as err:
        raise ModelFileError(path, Message("model.unreadable")) from err
    except Exception as err:  # zipfile raises many kinds on a crafted archive
        raise ModelFileError(path, Message("model.unreadable")) from err
    if not isinstance(schema, dict) or (schema.get("__module__"), schema.get("__class__")) != (
        TOP_CLASS
    ):
        raise ModelFileError(path, Message("model.not_ours"))
    return _versions(found)


def _noting(found: list):
    """A json ``object_hook`` that notes every ``_sklearn_version`` value in ``found``."""

    def hook(node: dict) -> dict:
        value = node.get("_sklearn_version")
        if value is not None:
            found.append(value)
        return node

    return hook


def _versions(values) -> set[str]:
    versions: set[str] = set()
    for found in values:
        if isinstance(found, dict) and isinstance(found.get("content"), str):
            try:
                versions.add(str(json.loads(found["content"])))
            except ValueError:
                versions.add(found["content"])
    return versions


def recorded_versions(schema: dict) -> set[str]:
    """The ``_sklearn_version`` values stored with every fitted scikit-learn object."""
    values: list = []
    stack: list = [schema]
    while stack:  # iterative: a crafted, deeply nested schema cannot exhaust the stack
        node = stack.pop()
        if isinstance(node, dict):
            if "_sklearn_version" in node:
                values.append(node["_sklearn_version"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return _versions(values)
