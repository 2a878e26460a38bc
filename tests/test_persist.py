"""Model files: saved with skops, loaded only with our allow-list, refused when unsafe."""

import json
import pickle
import zipfile

import numpy as np
import pandas as pd
import pytest
import sklearn
import skops.io as sio

from model.classifier import OwnershipClassifier
from model.errors import ModelFileError
from model.features.relate import NETWORK_COLUMNS, SIGNAL_COLUMNS, TIMING_COLUMNS
from model.persist import (
    CARD_FILE,
    COMPILED_FILE,
    MODEL_FILE,
    load_model,
    save_model,
    sha256_of,
)


def _facts(n=400, seed=0):
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({c: rng.integers(0, 2, n).astype(float) for c in SIGNAL_COLUMNS})
    for c in TIMING_COLUMNS + NETWORK_COLUMNS:
        df[c] = np.where(rng.random(n) < 0.3, np.nan, rng.random(n) * 60)
    words = np.array(["inkoper", "hr manager", "student", "developer", "nurse", ""])
    df["position"] = words[rng.integers(0, len(words), n)]
    df["company"] = np.array(["Acme", "Globex", "Initech", ""])[rng.integers(0, 4, n)]
    y = ((df["in_job"] + df["title_client"] + (df["position"] == "inkoper")) >= 2).astype(int)
    return df, y.to_numpy()


@pytest.fixture(scope="module")
def small_model():
    X, y = _facts()
    cats = np.where(
        y == 1, np.where(X["company_is_employer"] > 0, "colleague", "client"), "private"
    )
    return OwnershipClassifier(cv=3).fit(X, y, categories=cats, groups=np.arange(len(y)) % 12), X


def test_round_trip_predicts_the_same(tmp_path, small_model):
    est, X = small_model
    save_model(est, {"name": "test"}, tmp_path)
    loaded = load_model(tmp_path)
    np.testing.assert_allclose(loaded.estimator.predict_proba(X), est.predict_proba(X))
    assert loaded.card["sha256"] == sha256_of(tmp_path / MODEL_FILE)
    assert set(loaded.estimator.predict_category(X)) <= {"colleague", "client"}


def _card(tmp_path):
    return json.loads((tmp_path / CARD_FILE).read_text())


def _write_card(tmp_path, card):
    (tmp_path / CARD_FILE).write_text(json.dumps(card))


class Foreign:  # a type outside the allow-list
    pass


def test_foreign_types_are_refused(tmp_path, small_model):
    save_model(small_model[0], {}, tmp_path)
    card = _card(tmp_path)
    sio.dump({"payload": Foreign()}, tmp_path / MODEL_FILE)
    card["sha256"] = sha256_of(tmp_path / MODEL_FILE)
    _write_card(tmp_path, card)
    with pytest.raises(ModelFileError, match="refused"):
        load_model(tmp_path, compiled=False)
    (tmp_path / COMPILED_FILE).unlink()  # without its compiled twin, the skops file is read
    with pytest.raises(ModelFileError, match="refused"):
        load_model(tmp_path)


def test_pickle_is_never_loaded(tmp_path, small_model):
    save_model(small_model[0], {}, tmp_path)
    card = _card(tmp_path)
    (tmp_path / MODEL_FILE).write_bytes(pickle.dumps(small_model[0]))
    card["sha256"] = sha256_of(tmp_path / MODEL_FILE)
    _write_card(tmp_path, card)
    with pytest.raises(ModelFileError, match="not a readable model file"):
        load_model(tmp_path, compiled=False)


def test_compiled_file_cannot_carry_pickles(tmp_path, small_model):
    save_model(small_model[0], {}, tmp_path)
    card = _card(tmp_path)
    np.savez(tmp_path / COMPILED_FILE, meta=np.array([Foreign()], dtype=object))
    card["compiled_sha256"] = sha256_of(tmp_path / COMPILED_FILE)
    _write_card(tmp_path, card)
    with pytest.raises(ModelFileError, match="Python objects, which are never loaded"):
        load_model(tmp_path)


def test_other_sklearn_version_is_an_error(tmp_path, small_model):
    save_model(small_model[0], {}, tmp_path)
    card = _card(tmp_path)
    card["sklearn_version"] = "0.24.2"
    _write_card(tmp_path, card)
    # The file records the version it was made with, so the card's claim is checked against it.
    with pytest.raises(ModelFileError, match=r"card claims '0\.24\.2'"):
        load_model(tmp_path)


def test_tampered_file_is_an_error(tmp_path, small_model):
    path = save_model(small_model[0], {}, tmp_path)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("extra.txt", "x")
    with pytest.raises(ModelFileError, match="SHA-256"):
        load_model(tmp_path)


def test_missing_card_or_file(tmp_path, small_model):
    with pytest.raises(ModelFileError, match="no such model file"):
        load_model(tmp_path / "nothing.skops")
    path = save_model(small_model[0], {}, tmp_path)
    (tmp_path / CARD_FILE).unlink()
    with pytest.raises(ModelFileError, match="no model card"):
        load_model(path)


def test_other_estimators_are_not_our_model(tmp_path):
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression().fit([[0.0], [1.0]], [0, 1])
    sio.dump(lr, tmp_path / MODEL_FILE)
    _write_card(
        tmp_path,
        {"sklearn_version": sklearn.__version__, "sha256": sha256_of(tmp_path / MODEL_FILE)},
    )
    with pytest.raises(ModelFileError, match="not a Contact Ownership model"):
        load_model(tmp_path)
