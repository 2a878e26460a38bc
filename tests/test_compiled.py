"""The compiled model predicts exactly what the scikit-learn estimator predicts."""

import numpy as np
import pytest

from model.errors import ModelFileError
from model.predictor import load_model
from model.synthetic import generate_person


@pytest.fixture(scope="module")
def both():
    return load_model(compiled=True), load_model(compiled=False)


@pytest.mark.parametrize("seed,profession", [(4, "recruiter"), (5, "nurse"), (6, "student")])
def test_same_results_row_for_row(both, seed, profession):
    fast, slow = both
    assert type(fast.estimator).__name__ == "CompiledClassifier"
    assert type(slow.estimator).__name__ == "OwnershipClassifier"
    person = generate_person(seed, profession)
    a = fast.classify(person.contacts, person.career)
    b = slow.classify(person.contacts, person.career)
    np.testing.assert_allclose(a["p_work"], b["p_work"], rtol=0, atol=1e-9)
    assert (a["category"] == b["category"]).all()
    assert (a["employer"] == b["employer"]).all()
    assert (a["reasons"] == b["reasons"]).all()


def test_accents_and_odd_text_vectorise_alike(both):
    fast, slow = both
    import pandas as pd

    titles = pd.Series(
        [
            "Directeur Financiën",
            "HR-Manager",
            "ÉQUIPE Ünïcode",
            "",
            "  ",
            "🙂 Coach",
            "Sr. Software Engineer | Cloud | AWS",
            "Talent Acquisition Lead @ Acme",
        ]
    )
    from model.features.relate import FEATURE_INPUT_COLUMNS

    facts = pd.DataFrame({c: np.zeros(len(titles)) for c in FEATURE_INPUT_COLUMNS})
    facts["position"] = titles
    facts["company"] = ""
    za = fast.estimator.transform_features(facts).toarray()
    zb = slow.estimator.transform_features(facts)
    zb = zb.toarray() if hasattr(zb, "toarray") else zb
    np.testing.assert_allclose(za, zb, atol=1e-12)


def test_tampered_compiled_file_is_refused(tmp_path):
    import shutil

    from model.persist import SHIPPED_DIR

    for f in SHIPPED_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    data = bytearray((tmp_path / "ownership.npz").read_bytes())
    data[-10] ^= 0xFF
    (tmp_path / "ownership.npz").write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match="SHA-256"):
        load_model(tmp_path)


def test_classify_process_does_not_import_sklearn(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from model.predictor import load_model\n"
        "from model.synthetic import generate_person\n"
        "p = generate_person(1, 'teacher')\n"
        "load_model().classify(p.contacts, p.career)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'skops')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("seed", range(6))
def test_pooling_adds_each_group_as_reduceat_does(seed):
    """Reasons pool feature terms group by group (model.explain): the contiguous-row sums of
    _add_dense are bit for bit numpy's add.reduceat over each group's features in order (so
    ties and the MIN_TERM edge rank as before), and the product itself within rounding."""
    from model.compiled import _add_dense

    rng = np.random.default_rng(seed)
    n, m, k = 300, [30, 60, 90, 200, 400, 80][seed], int(rng.integers(12, 45))
    block = rng.normal(size=(n, m)) * 10.0 ** rng.integers(-6, 6, size=(n, m))
    block[rng.random((n, m)) < 0.3] = 0.0
    weights = np.zeros((m, k))
    held = np.flatnonzero(rng.random(m) < 0.8)  # the rest belong to no group
    group = np.where(rng.random(len(held)) < 0.4, 0, rng.integers(0, k, size=len(held)))
    weights[held, group] = rng.normal(size=len(held))  # group 0: many features (8-way sums)
    start = rng.normal(size=(n, k))
    out_t = start.T.copy()  # _add_dense sums into the transposed result
    _add_dense(out_t, block, weights)
    out = out_t.T

    expected = start.copy()
    rows, cols = np.nonzero(weights)
    order = np.argsort(cols, kind="stable")
    rows, cols = rows[order], cols[order]
    starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
    terms = block[:, rows] * weights[rows, cols]
    expected[:, cols[starts]] += np.add.reduceat(terms, starts, axis=1)
    assert np.array_equal(out, expected)
    np.testing.assert_allclose(out, start + block @ weights, rtol=1e-9, atol=1e-3)
