"""`classify --labels`: decisions given back are kept, the rest learns, review_order is there."""

from __future__ import annotations

import pandas as pd
import pytest

from model.cli import main
from model.synthetic import write_sample


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    root = tmp_path_factory.mktemp("learn")
    path, labels = write_sample(root, seed=31, profession="recruiter", n_contacts=300)
    return path, pd.read_csv(labels)


def _read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_labels_are_kept_and_the_rest_is_ordered(sample, tmp_path, capsys):
    export, truth = sample
    first = tmp_path / "first.csv"
    assert main(["classify", str(export), "--out", str(first)]) == 0
    table = _read(first)
    order = table["review_order"].astype(int)
    assert sorted(order) == list(range(1, len(table) + 1))
    top = order.sort_values().index[:40]
    # a decision against the base model's suggestion where there is one, to see it kept
    given = truth["label"].to_numpy()[top]
    decisions = pd.DataFrame(
        {"URL": table["URL"].to_numpy()[top], "decision": given, "note": "checked"}
    )
    decisions.loc[0, "decision"] = "private" if given[0] == "work" else "work"
    decisions.loc[0, "employer"] = ""
    labels = tmp_path / "decisions.csv"
    decisions.to_csv(labels, index=False)
    out = tmp_path / "second.csv"
    assert main(["classify", str(export), "--labels", str(labels), "--out", str(out)]) == 0
    second = _read(out)
    assert second["suggestion"].to_numpy()[top].tolist() == decisions["decision"].tolist()
    assert second["decision"].to_numpy()[top].tolist() == decisions["decision"].tolist()
    assert set(second["p_work"].to_numpy()[top]) <= {"1.0", "0.0"}
    assert (second["review_order"].to_numpy()[top] == "").all()
    rest = second["review_order"] != ""
    assert sorted(second.loc[rest, "review_order"].astype(int)) == list(range(1, rest.sum() + 1))
    assert "40 decisions applied" in capsys.readouterr().err


def test_own_output_and_row_numbers_are_decisions_files(sample, tmp_path):
    export, _truth = sample
    decisions = pd.DataFrame({"row": [1, 2, 3], "decision": ["Work", "private", ""]})
    labels = tmp_path / "rows.csv"
    decisions.to_csv(labels, index=False, sep=";")  # Dutch Excel's delimiter
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--labels", str(labels), "--out", str(out)]) == 0
    table = _read(out)
    assert table["decision"].tolist()[:3] == ["work", "private", ""]
    again = tmp_path / "again.xlsx"
    assert main(["classify", str(export), "--labels", str(out), "--out", str(again)]) == 0
    back = pd.read_excel(again, dtype=str, keep_default_na=False)
    assert back["decision"].tolist() == table["decision"].tolist()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("URL,decision\nhttps://x,maybe\n", "neither 'work' nor 'private'"),
        ("a,b\n1,2\n", "no header with 'decision'"),
        ("row,decision\n99999,work\n", "outside the export"),
    ],
)
def test_a_bad_decisions_file_is_one_line(sample, tmp_path, capsys, content, problem):
    export, _truth = sample
    labels = tmp_path / "bad.csv"
    labels.write_text(content)
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--labels", str(labels), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(labels) in err and problem in err
    assert not out.exists()


def test_without_labels_every_suggestion_is_the_base_models(tmp_path):
    """No decisions, nothing learned: the model's own threshold decides, and no reason may say
    "your decisions" moved a contact (a hard-coded 0.5 once turned p_work 0.50-0.55 to work)."""
    from pathlib import Path

    import numpy as np

    from model.predictor import load_model
    from model.readers import read_export

    export_path = next((Path("model/shipped/sample")).glob("Basic_LinkedInDataExport_*.zip"))
    model = load_model()
    export = read_export(export_path)
    base = model.classify(export.contacts, export.career)
    threshold = model.estimator.threshold_
    assert ((base["p_work"] >= 0.5) & (base["p_work"] < threshold)).any()  # the case
    out = tmp_path / "out.csv"
    assert main(["classify", str(export_path), "--out", str(out)]) == 0
    table = _read(out)
    assert table["suggestion"].tolist() == base["suggestion"].tolist()
    assert table["category"].tolist() == base["category"].tolist()
    assert not table["reasons"].str.contains("your decisions").any()
    assert np.array_equal(table["flagged"] == "true", base["flagged"].to_numpy())


def test_one_decision_is_counted_in_the_singular(sample, tmp_path, capsys):
    export, _truth = sample
    labels = tmp_path / "one.csv"
    labels.write_text("row,decision\n1,private\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["classify", str(export), "--labels", str(labels), "--out", str(out)]) == 0
    assert " — 1 decision applied, " in capsys.readouterr().err


def test_a_single_contact_is_counted_in_the_singular(tmp_path, capsys):
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Jansen;Jan;;;\r\nEND:VCARD\r\n")
    assert main(["classify", str(card), "--out", str(tmp_path / "out.csv")]) == 0
    assert ": 1 contact: " in capsys.readouterr().err


@pytest.mark.parametrize("seed", [3, 17])
def test_with_nothing_decided_the_quick_path_gives_what_the_layer_gives(
    seed, tmp_path, monkeypatch
):
    """With no decisions `classify` skips building the layer's inputs: the same results and
    the same review order as the full path, bit for bit."""
    from model.learning import output
    from model.predictor import load_model
    from model.readers import read_export

    path, _ = write_sample(tmp_path, seed=seed, n_contacts=900)
    export = read_export(path)
    model = load_model()
    base = model.classify(export.contacts, export.career)
    kw = dict(threshold=model.estimator.threshold_, flag_band=model.flag_band)
    quick = output.personal_output(export.contacts, base, export.career, None, **kw)
    assert output._undecided_output(export.contacts, base, **kw) is not None  # it was taken
    monkeypatch.setattr(output, "_undecided_output", lambda *a, **k: None)
    full = output.personal_output(export.contacts, base, export.career, None, **kw)
    pd.testing.assert_frame_equal(quick.results, full.results)
    pd.testing.assert_series_equal(quick.review_order, full.review_order)
    assert quick.changed == full.changed == 0
