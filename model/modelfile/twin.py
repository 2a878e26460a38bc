"""The compiled twin (``.npz``) read with bounded sizes and checked against its format.

The file is a zip of ``.npy`` arrays. Before an array is read, the zip's entries and each
array's header (dtype, shape) are checked against what the format allows, so a small file
that inflates to gigabytes, or claims an array of a trillion elements, is refused before it
costs memory. After reading, every array must have the dtype and shape its block needs and
every number must be finite (a NaN weight would silently make every contact private).
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from pathlib import Path

import numpy as np
from numpy.lib import format as npy_format

from ..errors import ModelFileError
from ..features.relate import FEATURE_INPUT_COLUMNS, SCENARIO_FEATURE, TEXT_COLUMNS
from ..messages import Message

FORMAT = 2  # 1 stored its own token pattern; 2 leaves it to the code
FILE_LIMIT = 32 * 2**20  # today's twin is ~100 KB on disk
UNPACKED_LIMIT = 64 * 2**20  # and ~0.6 MB unpacked
META_LIMIT = 64 * 2**10
MAX_ARRAYS = 256
MAX_TEXT = 256  # characters in a term, feature or class name
_BLOCK_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")

# Block kind -> the keys its metadata holds (exactly these) and its arrays (suffix -> kind).
BLOCK_KINDS: dict[str, tuple[set[str], dict[str, str]]] = {
    "TimingFeatures": ({"name", "kind", "columns", "cap"}, {"edges": "float"}),
    "SignalFeatures": ({"name", "kind", "columns"}, {"pairs": "pairs"}),
    "DistinctTfidf": (
        {"name", "kind", "columns", "ngram_range", "lowercase", "accents", "sublinear_tf"},
        {"terms": "text", "idf": "float"},
    ),
}
# Arrays outside the blocks -> (kind, number of dimensions); category_* come all or none.
TOP_ARRAYS: dict[str, tuple[str, int]] = {
    "work_coef": ("float", 1),
    "work_intercept": ("float", 1),
    "sigmoid": ("float", 1),
    "feature_names": ("text", 1),
}
# Optional: the work/private threshold on p_work (absent in older twins: 0.5), and the sigmoid
# of the rows whose owner has no career of their own (absent: one sigmoid for every row).
OPTIONAL_ARRAYS: dict[str, tuple[str, int]] = {
    "threshold": ("float", 1),
    "sigmoid_inferred": ("float", 1),
}
CATEGORY_ARRAYS: dict[str, tuple[str, int]] = {
    "category_coef": ("float", 2),
    "category_intercept": ("float", 1),
    "category_classes": ("text", 1),
}
_KIND_NDIM = {"float": 1, "pairs": 2, "text": 1}


def _bad(path: Path, detail: str) -> ModelFileError:
    """A compiled twin that breaks one of its rules: the rule is a technical detail (said as
    written), the frame around it is a message in the interface language."""
    return ModelFileError(path, Message("model.bad_twin", detail=Message("text", text=detail)))


def read_twin(path: Path) -> tuple[dict[str, np.ndarray], list[dict]]:
    """The arrays and block list of a compiled twin; raises ModelFileError if it breaks a rule."""
    try:
        if path.stat().st_size > FILE_LIMIT:
            raise _bad(path, f"is larger than {FILE_LIMIT // 2**20} MB: not our model")
        with zipfile.ZipFile(path) as zf:
            members = _members(zf, path)
            meta = _read_meta(zf, members.pop("meta"), path)
            blocks, expected = _check_meta(meta, path)
            if "category_coef" in members:
                expected.update(CATEGORY_ARRAYS)
            expected.update({k: v for k, v in OPTIONAL_ARRAYS.items() if k in members})
            if set(members) != set(expected):
                odd = sorted(set(members) ^ set(expected))
                raise _bad(path, f"unexpected or missing arrays: {', '.join(odd[:3])}")
            arrays = {n: _read_array(zf, members[n], *expected[n], path) for n in expected}
    except ModelFileError:
        raise
    except Exception as err:  # a damaged or crafted zip raises many kinds; all mean the same
        raise _bad(path, f"not a readable compiled model ({type(err).__name__})") from err
    _check_arrays(arrays, blocks, path)
    return arrays, blocks


def _members(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_ARRAYS:
        raise _bad(path, f"holds {len(infos)} entries: not our model")
    if sum(i.file_size for i in infos) > UNPACKED_LIMIT:
        raise _bad(path, f"unpacks to more than {UNPACKED_LIMIT // 2**20} MB: not our model")
    members = {}
    for info in infos:
        if not info.filename.endswith(".npy") or info.filename[:-4] in members:
            raise _bad(path, "holds something other than named arrays")
        members[info.filename[:-4]] = info
    if "meta" not in members:
        raise _bad(path, "is not a compiled model (no meta)")
    return members


def _read_meta(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> dict:
    if info.file_size > META_LIMIT:
        raise _bad(path, "its meta is too large: not our model")
    meta = _read_array(zf, info, "text", 0, path, limit=META_LIMIT)
    try:
        parsed = json.loads(str(meta))
    except (ValueError, RecursionError) as err:
        raise _bad(path, "its meta is not JSON: not our model") from err
    if not isinstance(parsed, dict):
        raise _bad(path, "its meta is not a JSON object")
    return parsed


def _read_array(zf, info, kind: str, ndim: int, path: Path, limit: int = MAX_TEXT) -> np.ndarray:
    """One array, its header checked before its data is read."""
    name = info.filename[:-4]
    with zf.open(info) as fh:
        version = npy_format.read_magic(fh)
        if version == (1, 0):
            shape, fortran, dtype = npy_format.read_array_header_1_0(fh)
        elif version == (2, 0):
            shape, fortran, dtype = npy_format.read_array_header_2_0(fh)
        else:
            raise _bad(path, f"array {name} has an unknown header version")
        _check_dtype(dtype, kind, name, path, limit)
        if len(shape) != ndim or any(not isinstance(d, int) or d < 0 for d in shape):
            raise _bad(path, f"array {name} has shape {shape}, not {ndim}-dimensional")
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes > info.file_size:  # the entry's size is checked against the whole cap already
            raise _bad(path, f"array {name} claims more data than the file holds")
        data = fh.read(nbytes + 1)
    if len(data) != nbytes:
        raise _bad(path, f"array {name} is truncated or has trailing data")
    order = "F" if fortran else "C"
    return np.frombuffer(data, dtype=dtype).reshape(shape, order=order).copy()


def _check_dtype(dtype: np.dtype, kind: str, name: str, path: Path, limit: int) -> None:
    ok = {
        "float": dtype == np.dtype("<f8"),
        "pairs": dtype == np.dtype("<i8"),
        "text": dtype.kind == "U" and dtype.byteorder in "<=|" and dtype.itemsize // 4 <= limit,
    }[kind]
    if dtype.hasobject:
        raise _bad(path, f"array {name} holds Python objects, which are never loaded")
    if not ok:
        raise _bad(path, f"array {name} has dtype {dtype.str}, not {kind}")


def _check_meta(meta: dict, path: Path) -> tuple[list[dict], dict[str, tuple[str, int]]]:
    """The blocks of ``meta`` and the arrays they need; refuses anything outside the format."""
    if meta.get("format") != FORMAT or set(meta) != {"format", "blocks"}:
        raise _bad(
            path, f"compiled model format {meta.get('format')!r:.20} is not {FORMAT}: retrain it"
        )
    blocks = meta["blocks"]
    if not isinstance(blocks, list) or not 0 < len(blocks) <= 16:
        raise _bad(path, "its feature blocks are not a short list")
    expected = dict(TOP_ARRAYS)
    for block in blocks:
        if not isinstance(block, dict) or block.get("kind") not in BLOCK_KINDS:
            raise _bad(path, f"unknown feature block {str(block)[:60]!r}")
        keys, arrays = BLOCK_KINDS[block["kind"]]
        name = block.get("name")
        if set(block) != keys or not isinstance(name, str) or not _BLOCK_NAME.fullmatch(name):
            raise _bad(path, f"feature block {str(name)[:40]!r} breaks the format")
        _check_block(block, path)
        for suffix, kind in arrays.items():
            if f"{name}.{suffix}" in expected:
                raise _bad(path, f"feature block {name!r} appears twice")
            expected[f"{name}.{suffix}"] = (kind, _KIND_NDIM[kind])
    return blocks, expected


def _check_block(block: dict, path: Path) -> None:
    cols = block["columns"]
    if block["kind"] == "DistinctTfidf":
        lo_hi = block["ngram_range"]
        good = (
            cols in TEXT_COLUMNS
            and isinstance(lo_hi, list)
            and len(lo_hi) == 2
            and all(type(v) is int for v in lo_hi)
            and 1 <= lo_hi[0] <= lo_hi[1] <= 3
            and all(type(block[k]) is bool for k in ("lowercase", "accents", "sublinear_tf"))
        )
    else:
        good = (
            isinstance(cols, list)
            and 0 < len(cols) <= len(FEATURE_INPUT_COLUMNS)
            and all(c in FEATURE_INPUT_COLUMNS and c not in TEXT_COLUMNS for c in cols)
        )
        if block["kind"] == "TimingFeatures":
            cap = block["cap"]
            good = good and type(cap) in (int, float) and math.isfinite(cap) and cap > 0
    if not good:
        raise _bad(path, f"feature block {block['name']!r} has invalid settings")


def _check_arrays(arrays: dict[str, np.ndarray], blocks: list[dict], path: Path) -> None:
    """Shapes that fit together, finite numbers, sane values."""
    for name, a in arrays.items():
        if a.dtype.kind == "f" and not np.isfinite(a).all():
            raise _bad(path, f"array {name} holds NaN or infinite numbers")
    width = 0
    for b in blocks:
        name, cols = b["name"], b["columns"]
        if b["kind"] == "TimingFeatures":
            edges = arrays[f"{name}.edges"]
            if not 0 < len(edges) <= 64 or (len(edges) > 1 and np.any(np.diff(edges) <= 0)):
                raise _bad(path, f"array {name}.edges is not an increasing list")
            width += len(cols) * (2 + len(edges))
        elif b["kind"] == "SignalFeatures":
            pairs = arrays[f"{name}.pairs"]
            if pairs.shape[1:] != (2,) or (
                pairs.size and (pairs.min() < 0 or pairs.max() >= len(cols))
            ):
                raise _bad(path, f"array {name}.pairs does not index its columns")
            width += len(cols) + len(pairs)
        else:
            terms, idf = arrays[f"{name}.terms"], arrays[f"{name}.idf"]
            if len(terms) != len(idf) or len(set(terms.tolist())) != len(terms):
                raise _bad(path, f"arrays {name}.terms/idf do not match")
            if np.any(idf <= 0):
                raise _bad(path, f"array {name}.idf holds weights of zero or less")
            width += len(terms)
    shapes = {
        "work_coef": (width,),
        "feature_names": (width,),
        "work_intercept": (1,),
        "sigmoid": (2,),
    }
    if "threshold" in arrays:
        shapes["threshold"] = (1,)
        if not 0.0 < float(arrays["threshold"].reshape(-1)[:1].sum()) < 1.0:
            raise _bad(path, "array threshold is not a probability between 0 and 1")
    if "sigmoid_inferred" in arrays:
        shapes["sigmoid_inferred"] = (2,)
        if SCENARIO_FEATURE not in arrays["feature_names"].tolist():
            raise _bad(path, f"array sigmoid_inferred needs the feature {SCENARIO_FEATURE}")
    if "category_coef" in arrays:
        k = len(arrays["category_classes"])
        if not 2 <= k <= 64:
            raise _bad(path, "array category_classes is not a short list")
        rows = 1 if k == 2 else k  # scikit-learn keeps one row of weights for two classes
        shapes.update(category_coef=(rows, width), category_intercept=(rows,))
    for name, shape in shapes.items():
        if arrays[name].shape != shape:
            raise _bad(path, f"array {name} has shape {arrays[name].shape}, expected {shape}")
