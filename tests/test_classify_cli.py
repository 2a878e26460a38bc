"""classify and batch from the command line, on real generated exports."""

import csv

import pandas as pd
import pytest

from model.batch import SUMMARY_FILE, expand_inputs
from model.cli import main
from model.synthetic import write_sample
from tests.own_table import undecided_table


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    root = tmp_path_factory.mktemp("exports")
    # seed 25 holds a duplicate row (a warning in batch); the teacher is a cp1252 re-save
    a, _ = write_sample(root / "a", seed=25, profession="it_consultant", n_contacts=120)
    b, _ = write_sample(
        root / "b", seed=22, profession="teacher", n_contacts=80, layout="2018", excel="semicolon"
    )
    return a, b


def test_classify_csv_keeps_input_order_and_columns(exports, tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main(["classify", str(exports[0]), "--out", str(out)]) == 0
    table = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(table.columns[:7]) == [
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ]
    assert list(table.columns[7:]) == [
        "suggestion",
        "p_work",
        "employer",
        "category",
        "flagged",
        "reasons",
        "review_order",
    ]
    from model.readers import read_export

    contacts = read_export(exports[0]).contacts
    assert len(table) == len(contacts)
    assert table["Last Name"].tolist() == contacts["last_name"].tolist()
    assert set(table["suggestion"]) <= {"work", "private"}
    assert set(table["flagged"]) <= {"true", "false"}
    err = capsys.readouterr().err
    assert f"{len(table):,} contacts:" in err and "work" in err


def test_classify_xlsx(exports, tmp_path):
    out = tmp_path / "out.xlsx"
    assert main(["classify", str(exports[1]), "--out", str(out)]) == 0
    table = pd.read_excel(out, dtype=str)
    assert len(table) == 80 and "reasons" in table.columns


def test_classify_with_clients_and_positions(exports, tmp_path):
    clients = tmp_path / "clients.txt"
    clients.write_text("company\nBogus Client B.V.\n\n", encoding="utf-8")
    positions = tmp_path / "Positions.csv"
    positions.write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Bogus Employer,Consultant,,,Jan 2000,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert (
        main(
            [
                "classify",
                str(exports[0]),
                "--out",
                str(out),
                "--clients",
                str(clients),
                "--positions",
                str(positions),
            ]
        )
        == 0
    )
    table = pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert set(table.loc[table.suggestion == "work", "employer"]) <= {"Bogus Employer"}


@pytest.mark.parametrize(
    "args,needle",
    [
        (["--out", "x.txt"], "unknown output format"),
        (["--out", "/nonexistent/dir/x.csv"], "does not exist"),
        (["--out", "x.csv", "--model", "/nonexistent.skops"], "no such model file"),
        (["--out", "x.csv", "--clients", "/nonexistent.txt"], "cannot read"),
    ],
)
def test_classify_errors(exports, tmp_path, monkeypatch, capsys, args, needle):
    monkeypatch.chdir(tmp_path)
    assert main(["classify", str(exports[0]), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("contact-ownership: error: ") and needle in err


def test_batch_with_one_bad_input(exports, tmp_path, capsys):
    bad = tmp_path / "broken.csv"
    bad.write_text("not,a,linkedin\nfile,at,all\n", encoding="utf-8")
    out = tmp_path / "out"
    status = main(["batch", str(exports[0]), str(bad), str(exports[1]), "--out", str(out)])
    assert status == 1
    with open(out / SUMMARY_FILE, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # a generated export may hold a duplicate or a cp1252 file: classified, with a warning
    assert [r["status"] != "error" for r in rows] == [True, False, True]
    assert {rows[0]["status"], rows[2]["status"]} <= {"ok", "warning"}
    assert "broken.csv" in rows[1]["error"] and rows[1]["contacts"] == "0"
    assert int(rows[0]["contacts"]) == int(rows[0]["work"]) + int(rows[0]["private"]) == 120
    assert len(list(out.glob("*.classified.csv"))) == 2
    assert "broken.csv" in capsys.readouterr().err


def test_batch_parallel_same_results(exports, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["batch", *map(str, exports), "--out", str(one)]) == 0
    assert main(["batch", *map(str, exports), "--out", str(two), "--jobs", "2"]) == 0
    for f in one.glob("*.classified.csv"):
        assert f.read_bytes() == (two / f.name).read_bytes()


def test_batch_folder_expands(exports, tmp_path):
    folder = exports[0].parent
    assert exports[0] in expand_inputs([folder])


def test_batch_cancel_reports_cancelled(exports, tmp_path):
    from model.batch import run_batch

    calls = iter([False, False, True, True, True, True])
    results = run_batch(list(exports), tmp_path / "o", cancel=lambda: next(calls))
    assert results[0].status in ("ok", "warning") and results[1].status == "cancelled"


def test_batch_ctrl_c_writes_the_summary_then_stops(exports, tmp_path):
    from model.batch import run_batch

    calls = iter([False, False, True])

    def cancel():
        if next(calls, True):
            raise KeyboardInterrupt
        return False

    with pytest.raises(KeyboardInterrupt):
        run_batch(list(exports), tmp_path / "o", cancel=cancel)
    with open(tmp_path / "o" / SUMMARY_FILE, encoding="utf-8") as fh:
        statuses = [r["status"] for r in csv.DictReader(fh)]
    assert statuses[0] in ("ok", "warning") and statuses[1] == "cancelled"


def test_a_saved_career_keeps_the_role_the_person_set(exports, tmp_path):
    """The career editor saves a corrected role with the positions; given back with
    --positions career.json, the suggestions are those of that role, not of the inferred one."""
    from dataclasses import replace

    from model.career import inferred_role, save_career
    from model.context import with_given_career
    from model.predictor import load_model
    from model.readers import read_export

    export = read_export(exports[0])
    assert inferred_role(export.career) != "recruitment"
    corrected = replace(export.career, role="recruitment")
    saved = tmp_path / "career.json"
    save_career(corrected, saved)
    given = with_given_career(replace(export.career, role=""), saved)
    assert given.role == "recruitment" and given.positions == export.career.positions

    def p_work(career_file) -> list[float]:
        out = tmp_path / f"{career_file.stem}.csv"
        args = ["classify", str(exports[0]), "--out", str(out), "--positions", str(career_file)]
        assert main(args) == 0
        table = pd.read_csv(out, keep_default_na=False, encoding="utf-8-sig")
        return table["p_work"].round(3).tolist()

    as_set = load_model().classify(export.contacts, corrected)["p_work"].round(3).tolist()
    inferred = load_model().classify(export.contacts, export.career)["p_work"].round(3).tolist()
    assert as_set != inferred  # the role matters to these contacts
    assert p_work(saved) == as_set
    plain = tmp_path / "plain.json"
    save_career(replace(export.career, role=""), plain)
    assert p_work(plain) == inferred


def test_classifying_the_apps_own_table_keeps_its_decisions(tmp_path, capsys):
    """The app's "Export all" file classified again (say with --positions): the decisions it
    carries stay in the output, as --labels would keep them (qa7: they were dropped)."""
    _, table_path, table = undecided_table(tmp_path)
    work = table.index[table["suggestion"] == "work"]
    table.loc[work[0], ["decision", "note"]] = ["private", "my cousin"]
    table.to_csv(table_path, index=False)
    again = tmp_path / "again.csv"
    assert main(["classify", str(table_path), "--out", str(again)]) == 0
    out = pd.read_csv(again, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    row = out.loc[out["URL"] == table.at[work[0], "URL"]].iloc[0]
    assert (row["decision"], row["suggestion"], row["note"]) == ("private", "private", "my cousin")
    assert "1 decision applied" in capsys.readouterr().err


def test_a_labels_file_adds_to_the_decisions_the_apps_own_table_carries(tmp_path, capsys):
    """--labels given with the app's own table as the input: the file decides its rows, the
    table keeps its decisions on the others (they were dropped as soon as a file was given)."""
    _, table_path, table = undecided_table(tmp_path)
    work = table.index[table["suggestion"] == "work"]
    table.loc[work[0], ["decision", "note"]] = ["private", "my cousin"]
    table.loc[work[1], ["decision", "note"]] = ["private", "in the table"]
    table.to_csv(table_path, index=False)
    labels = tmp_path / "labels.csv"
    pd.DataFrame(
        {"URL": [table.at[work[1], "URL"]], "decision": ["work"], "note": ["in the file"]}
    ).to_csv(labels, index=False)
    again = tmp_path / "again.csv"
    args = ["classify", str(table_path), "--labels", str(labels), "--out", str(again)]
    assert main(args) == 0
    out = pd.read_csv(again, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    by_url = out.set_index("URL")
    kept = by_url.loc[table.at[work[0], "URL"]]
    assert (kept["decision"], kept["note"]) == ("private", "my cousin")
    given = by_url.loc[table.at[work[1], "URL"]]
    assert (given["decision"], given["note"]) == ("work", "in the file")  # the file's wins
