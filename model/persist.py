"""Saving and loading model files safely.

A model file may come from anywhere, so it is never unpickled: skops reads it and may build
only the types on the fixed, code-defined allow-list below — never the list the file itself
reports. The card beside the model records the scikit-learn version and the file's SHA-256;
a mismatch in either is an error, because a model from another version may predict wrongly.
Every file of a model folder is bounded and checked before use (see model/modelfile/), and
classifying with the compiled twin needs neither scikit-learn nor skops: they are the
``train`` extra, needed to train, evaluate or load a model that has no twin.
"""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile
from pathlib import Path

from .errors import ModelFileError
from .messages import Message
from .modelfile.card import CARD_FILE, file_named, read_card
from .modelfile.skops_file import check_skops
from .modelfile.twin import FILE_LIMIT as TWIN_LIMIT
from .paths import atomic_path, atomic_write
from .shipped import MODEL_DIR as SHIPPED_DIR

MODEL_FILE = "ownership.skops"
COMPILED_FILE = "ownership.npz"
TRAIN_EXTRA = "contact-ownership[train]"

# Every type a model of ours is built from, beyond the ones skops trusts by default.
ALLOWED_TYPES: tuple[str, ...] = (
    "model.classifier.OwnershipClassifier",
    "model.features.transformers.DistinctTfidf",
    "model.features.transformers.SignalFeatures",
    "model.features.transformers.TimingFeatures",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.compose._column_transformer._RemainderColsList",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
    "sklearn.utils._bunch.Bunch",
    "builtins.slice",
    "collections.OrderedDict",
    "numpy.dtype",
    "numpy.ndarray",
    "numpy.float64",
    "numpy.int64",
    "numpy.bool",
    "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_model(estimator, card: dict, out_dir: str | Path) -> Path:
    """Write ``estimator`` with skops and its card (with version and SHA-256) into ``out_dir``.

    Raises ModelFileError if the estimator needs a type outside the allow-list.
    """
    import sklearn
    import skops
    import skops.io as sio

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data = sio.dumps(estimator, compression=zipfile.ZIP_DEFLATED)
    extra = sorted(set(sio.get_untrusted_types(data=data)) - set(ALLOWED_TYPES))
    if extra:
        raise ModelFileError(
            out / MODEL_FILE, Message("model.outside_allow_list", names=str(extra))
        )
    with atomic_path(out / MODEL_FILE) as tmp:
        tmp.write_bytes(data)
    from .compiled import FORMAT, compile_classifier, save_compiled

    save_compiled(compile_classifier(estimator), out / COMPILED_FILE)
    card = dict(card)
    card.update(
        model_file=MODEL_FILE,
        sha256=sha256_of(out / MODEL_FILE),
        compiled_file=COMPILED_FILE,
        compiled_sha256=sha256_of(out / COMPILED_FILE),
        compiled_format=FORMAT,
        sklearn_version=sklearn.__version__,
        skops_version=skops.__version__,
    )
    with atomic_write(out / CARD_FILE, encoding="utf-8") as fh:
        json.dump(card, fh, indent=2, ensure_ascii=False)
    return out / MODEL_FILE


def _installed_sklearn() -> str | None:
    """The installed scikit-learn's version without the second-long import; None if absent."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scikit-learn")
    except PackageNotFoundError:
        return None


def load_model(path: str | Path | None = None, *, compiled: bool = True):
    """Load an :class:`~model.predictor.OwnershipModel` from a ``.skops`` file or its folder.

    ``None`` loads the shipped model. With ``compiled`` (the default) its compiled twin is
    used when the card names one, which needs no scikit-learn. Raises ModelFileError for a
    missing, oversized, damaged or tampered file, a card naming files outside the folder, a
    file that needs types outside the allow-list, or a model whose recorded versions do not
    fit what loads it.
    """
    from .predictor import OwnershipModel

    path = Path(path) if path is not None else SHIPPED_DIR
    if path.is_dir():
        path = path / MODEL_FILE
    if not path.is_file():
        raise ModelFileError(path, Message("model.missing"))
    card = read_card(path)
    named = file_named(card, "model_file", path, required=False)
    if named is not None and named.name != path.name:
        raise ModelFileError(path, Message("model.card_other_file", name=named.name))
    twin = file_named(card, "compiled_file", path, required=False)
    claimed = card.get("sklearn_version")
    made_with = check_skops(path)  # opened even when the twin is used: a junk file is refused
    if card.get("sha256") != sha256_of(path):
        raise ModelFileError(path, Message("model.sha_differs"))
    if made_with and made_with != {claimed}:
        raise ModelFileError(
            path,
            Message(
                "model.card_version",
                made=", ".join(sorted(made_with)),
                claimed=f"{claimed!r:.20}",
            ),
        )
    if compiled and twin is not None and twin.is_file():
        if twin.stat().st_size > TWIN_LIMIT:
            raise ModelFileError(twin, Message("model.too_large", mb=TWIN_LIMIT // 2**20))
        if card.get("compiled_sha256") != sha256_of(twin):
            raise ModelFileError(twin, Message("model.sha_differs"))
        from .compiled import load_compiled

        return OwnershipModel(load_compiled(twin), card, path)
    installed = _installed_sklearn()
    if installed is None:
        raise ModelFileError(path, Message("model.needs_sklearn", extra=TRAIN_EXTRA))
    if claimed != installed:
        raise ModelFileError(
            path,
            Message("model.installed_version", claimed=f"{claimed!r:.20}", installed=installed),
        )
    return OwnershipModel(_load_estimator(path), card, path)


def _load_estimator(path: Path):
    """The scikit-learn estimator, through skops and the allow-list only."""
    import skops.io as sio

    from .classifier import OwnershipClassifier

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as err:  # skops raises many kinds on a damaged zip
        raise ModelFileError(path, Message("model.unreadable")) from err
    refused = sorted(set(untrusted) - set(ALLOWED_TYPES))
    if refused:
        raise ModelFileError(path, Message("model.refused_type", name=refused[0]))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            estimator = sio.load(path, trusted=list(ALLOWED_TYPES))
    except Exception as err:
        raise ModelFileError(path, Message("model.unreadable")) from err
    # The checks above read the versions the file records; this catches any that slipped by.
    for w in caught:
        if type(w.message).__name__ == "InconsistentVersionWarning":
            old = getattr(w.message, "original_sklearn_version", "another version")
            raise ModelFileError(path, Message("model.old_version", version=str(old)))
    if not isinstance(estimator, OwnershipClassifier):
        raise ModelFileError(path, Message("model.not_ours"))
    return estimator
