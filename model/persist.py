"""Saving and loading model files safely.

A model file may come from anywhere, so it is never unpickled: skops reads it and may build
only the types on the fixed, code-defined allow-list below — never the list the file itself
reports. The card beside the model records the scikit-learn version and the file's SHA-256;
a mismatch in either is an error, because a model from another version may predict wrongly.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from .errors import ModelFileError
from .paths import atomic_path, atomic_write, read_capped

MODEL_FILE = "ownership.skops"
COMPILED_FILE = "ownership.npz"
CARD_FILE = "card.json"
SHIPPED_DIR = Path(__file__).resolve().parents[1] / "assets" / "model"

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
        raise ModelFileError(out / MODEL_FILE, f"needs types outside the allow-list: {extra}")
    with atomic_path(out / MODEL_FILE) as tmp:
        tmp.write_bytes(data)
    from .compiled import compile_classifier, save_compiled

    save_compiled(compile_classifier(estimator), out / COMPILED_FILE)
    card = dict(card)
    card.update(
        model_file=MODEL_FILE,
        sha256=sha256_of(out / MODEL_FILE),
        compiled_file=COMPILED_FILE,
        compiled_sha256=sha256_of(out / COMPILED_FILE),
        sklearn_version=sklearn.__version__,
        skops_version=skops.__version__,
    )
    with atomic_write(out / CARD_FILE, encoding="utf-8") as fh:
        json.dump(card, fh, indent=2, ensure_ascii=False)
    return out / MODEL_FILE


def _card_for(path: Path) -> dict:
    card_path = path.parent / CARD_FILE
    if not card_path.is_file():
        raise ModelFileError(path, f"no model card ({CARD_FILE}) beside the model file")
    try:
        card = json.loads(read_capped(card_path, 2**20, "model card").decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelFileError(card_path, f"unreadable model card ({err})") from err
    if not isinstance(card, dict):
        raise ModelFileError(card_path, "the model card is not a JSON object")
    return card


def _installed_sklearn() -> str:
    from importlib.metadata import version  # the version without the second-long import

    return version("scikit-learn")


def load_model(path: str | Path | None = None, *, compiled: bool = True):
    """Load an :class:`~model.predictor.OwnershipModel` from a ``.skops`` file or its folder.

    ``None`` loads the shipped model. With ``compiled`` (the default) its compiled twin is
    used when the card vouches for it, which needs no scikit-learn import. Raises
    ModelFileError for a missing, damaged or tampered file, a file that needs types outside
    the allow-list, or a model made with another scikit-learn.
    """
    from .predictor import OwnershipModel

    path = Path(path) if path is not None else SHIPPED_DIR
    if path.is_dir():
        path = path / MODEL_FILE
    if not path.is_file():
        raise ModelFileError(path, "no such model file")
    card = _card_for(path)
    if card.get("sklearn_version") != _installed_sklearn():
        raise ModelFileError(
            path,
            f"made with scikit-learn {card.get('sklearn_version')}, but {_installed_sklearn()} "
            "is installed: retrain it with `contact-ownership train`",
        )
    if card.get("sha256") != sha256_of(path):
        raise ModelFileError(path, "does not match its model card (SHA-256 differs)")
    twin = path.parent / card.get("compiled_file", COMPILED_FILE)
    if compiled and card.get("compiled_sha256") and twin.is_file():
        if card["compiled_sha256"] != sha256_of(twin):
            raise ModelFileError(twin, "does not match its model card (SHA-256 differs)")
        from .compiled import load_compiled

        return OwnershipModel(load_compiled(twin), card, path)
    return OwnershipModel(_load_estimator(path), card, path)


def _load_estimator(path: Path):
    """The scikit-learn estimator, through skops and the allow-list only."""
    import skops.io as sio

    from .classifier import OwnershipClassifier

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as err:  # skops raises many kinds on a damaged zip
        raise ModelFileError(path, f"not a readable model file ({type(err).__name__})") from err
    refused = sorted(set(untrusted) - set(ALLOWED_TYPES))
    if refused:
        raise ModelFileError(
            path, f"refused: the file asks for types we do not allow: {refused[0]}"
        )
    try:
        estimator = sio.load(path, trusted=list(ALLOWED_TYPES))
    except Exception as err:
        raise ModelFileError(path, f"not a readable model file ({type(err).__name__})") from err
    if not isinstance(estimator, OwnershipClassifier):
        raise ModelFileError(path, "is not a Contact Ownership model")
    return estimator
