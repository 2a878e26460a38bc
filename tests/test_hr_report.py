"""The hand-over report (PDF, XLSX), the hand-over lists and the HR commands (issue 10)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from model.cli import main
from model.hr import HrReview, plan_package
from model.hr.handover import handover_table, write_handover
from model.hr.package import write_package
from model.hr.report import write_report
from model.predictor import load_model
from model.synthetic import generate_person
from tests.own_table import undecided_table

HOSTILE = '=HYPERLINK("http://evil")'


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A package with a hostile contact field, reviewed and signed off by HR."""
    folder = tmp_path_factory.mktemp("hr")
    person = generate_person(7, "recruiter", n_contacts=150)
    contacts = person.contacts.copy()
    model = load_model()
    results = model.classify(contacts, person.career)
    work = int(np.flatnonzero(results["suggestion"].to_numpy() == "work")[0])
    contacts.loc[work, "position"] = HOSTILE
    contacts.loc[work, "first_name"] = "<font size=90>Big</font>"
    clients = sorted(set(contacts.loc[results["suggestion"] == "work", "company"]))[:3]
    plan = plan_package(contacts, results, person.career, clients, prepared_by="owner")
    path = write_package(plan, folder / "leaver")
    review = HrReview.open(path, "Anne de Vries")
    rows = review.queue()
    for row in rows[: review.counts()["attention"]]:
        review.decide([int(row)], "agree")
    review.decide([int(rows[-1])], "private", note="a neighbour, not a client")
    review.sign_off("agreed in the exit meeting")
    return path, review


def test_xlsx_report_holds_every_section_and_no_formula(reviewed, tmp_path):
    path, review = reviewed
    out = write_report(path, tmp_path / "report.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Contacts", "Relatiebeding", "Audit trail", "Sign-off"]
    text = {
        ws.title: "\n".join(
            str(c.value) for row in ws.iter_rows() for c in row if c.value is not None
        )
        for ws in wb
    }
    assert "Signed off by Anne de Vries" in text["Summary"]
    assert "not a finding that any agreement" in text["Summary"]
    assert "passed: 4 members match" in text["Summary"]
    assert "a neighbour, not a client" in text["Contacts"]
    assert "Work contacts at relations on the client list" in text["Relatiebeding"]
    assert "12 months before a position ended" in text["Relatiebeding"]
    assert text["Audit trail"].count("(HR)") == len(review.trail.lines)
    assert "agreed in the exit meeting" in text["Sign-off"]
    contacts = wb["Contacts"]
    assert contacts.max_row - 1 == len(review)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
    assert any(c.value == HOSTILE for row in contacts.iter_rows() for c in row)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("language", ["en", "nl"])
def test_pdf_report_holds_every_section(reviewed, tmp_path, language):
    path, review = reviewed
    out = write_report(path, tmp_path / "report.pdf", language=language)
    assert out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    if language == "en":
        sections = [
            "Hand-over report: how contacts were acquired",
            "It is not a finding that any agreement",
            "1. Summary per employer and category",
            "2.1 Work contacts at relations on the client list",
            "2.2 Work contacts connected in the 12 months before a position ended",
            "3. The contacts handed over",
            "4. Audit trail",
            "5. Sign-off",
            "Signed off by Anne de Vries",
            "neighbour",  # HR's note (a narrow cell: it wraps)
        ]
    else:
        sections = [
            "Overdrachtsrapport",
            "geen vaststelling dat enige afspraak",
            "1. Overzicht per werkgever en categorie",
            "2.1 Werkcontacten bij relaties op de klantenlijst",
            "4. Auditspoor",
            "5. Aftekening",
        ]
    for section in sections:
        assert section in flat, section
    assert "<font size=90>Big</font>" in flat  # printed, not obeyed
    assert review.package.sha256 in flat
    assert "`" not in flat  # no raw Markdown code quotes in a document for lawyers
    # the likelihood is named: a bare "private (0.52)" reads as 52 % private
    assert re.search(r"p\((work|werk)\) \d\.\d\d", flat)
    assert not re.search(r"(private|privé)( · (flagged|gemarkeerd))? \(\d\.\d\d\)", flat)


def test_dutch_xlsx_headers_are_dutch_and_unambiguous(reviewed, tmp_path):
    path, _review = reviewed
    wb = openpyxl.load_workbook(write_report(path, tmp_path / "r.xlsx", language="nl"))
    contacts = [c.value for c in next(wb["Contacten"].iter_rows(max_row=1))]
    assert len(contacts) == len(set(contacts)), contacts  # two columns both called "Categorie"
    audit = next(
        [c.value for c in row]
        for row in wb["Auditspoor"].iter_rows()
        if row[1].value == "Wanneer (UTC)"
    )
    assert "seq" not in audit and "prev (SHA-256)" not in audit, audit


def test_an_unreviewed_package_reports_a_draft(reviewed, tmp_path):
    path, _ = reviewed
    copy = tmp_path / path.name
    shutil.copy(path, copy)  # without HR's review beside it
    out = write_report(copy, tmp_path / "draft.xlsx")
    summary = "\n".join(
        str(c.value) for row in openpyxl.load_workbook(out)["Summary"].iter_rows() for c in row
    )
    assert "NOT signed off" in summary and "not reviewed by HR yet" in summary


def test_handover_lists_are_formula_safe(reviewed, tmp_path):
    _, review = reviewed
    table = handover_table(review.final())
    employer = next(e for e in table["employer"] if e)
    n_work = int(((table["suggestion"] == "work") & (table["employer"] == employer)).sum())
    for suffix in (".csv", ".xlsx", ".vcf"):
        out = tmp_path / f"work{suffix}"
        assert write_handover(table, out, "work", employer=employer) == n_work
    csv = pd.read_csv(tmp_path / "work.csv", dtype=str, keep_default_na=False)
    assert not any(v[:1] in "=+-@" for v in csv.to_numpy().ravel() if v)
    cards = (tmp_path / "work.vcf").read_bytes().decode("utf-8")
    assert cards.count("BEGIN:VCARD") == n_work == cards.count("END:VCARD")
    assert all(len(line.encode()) <= 75 for line in cards.split("\r\n"))
    assert "\n" not in cards.replace("\r\n", "")
    private = tmp_path / "private.vcf"
    n_private = write_handover(table, private, "private")
    assert n_private == int((table["suggestion"] == "private").sum()) > 0
    assert "acquired for" not in private.read_text(encoding="utf-8")
    # The hostile title, if it is in the list, is neutralised: no line starts a formula.
    for line in cards.split("\r\n"):
        _, _, value = line.partition(":")
        assert value[:1] not in ("=", "+", "@"), line


def test_commands_package_verify_report(tmp_path, capsys):
    from model.synthetic import write_sample

    zip_path, _ = write_sample(tmp_path, seed=4, profession="it_consultant", n_contacts=120)
    out = tmp_path / "mine"
    assert main(["package", str(zip_path), "--out", str(out), "--yes"]) == 0
    package = out.with_name("mine.coreview")
    assert package.exists()
    assert "private contacts stay on this computer" in capsys.readouterr().out
    assert main(["verify", str(package)]) == 0
    assert "OK" in capsys.readouterr().out
    assert main(["report", str(package), "--out", str(tmp_path / "r.xlsx")]) == 0
    # An edited byte: exit 1 naming the member; an unreadable file: exit 2.
    import io
    import zipfile

    with zipfile.ZipFile(package) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["career.json"] = members["career.json"].replace(b'"', b"'", 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    package.write_bytes(buffer.getvalue())
    capsys.readouterr()
    assert main(["verify", str(package)]) == 1
    assert "career.json does not match" in capsys.readouterr().err
    (tmp_path / "junk.coreview").write_bytes(b"PK\x03\x04 nonsense")
    assert main(["verify", str(tmp_path / "junk.coreview")]) == 2
    line = capsys.readouterr().err.strip()
    assert line.count("\n") == 0 and "junk.coreview" in line
    assert main(["report", str(package), "--out", str(tmp_path / "r.doc")]) == 2


def test_verify_exit_codes_from_a_real_process(reviewed):
    path, _ = reviewed
    proc = subprocess.run(
        [sys.executable, "-m", "model.cli", "verify", str(path)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.returncode == 0, proc.stderr
    assert "Anne" not in proc.stdout and "hr-review" in proc.stdout


def test_handover_command_writes_the_persons_private_vcard(tmp_path, capsys):
    from model.synthetic import write_sample

    zip_path, _ = write_sample(tmp_path, seed=12, profession="recruiter", n_contacts=80)
    out = tmp_path / "private.vcf"
    assert main(["handover", str(zip_path), "--private", "--out", str(out)]) == 0
    n = int(capsys.readouterr().err.split(":")[1].split()[0])
    cards = out.read_bytes().decode()
    assert n > 0 and cards.count("BEGIN:VCARD") == n
    assert "acquired for" not in cards
    assert main(["handover", str(zip_path), "--employer", "No Such B.V.", "--out", str(out)]) == 2
    assert "employers:" in capsys.readouterr().err


def test_package_command_takes_the_decisions_exported_by_the_app(tmp_path, capsys):
    from model.hr import load_package

    zip_path, table_path, table = undecided_table(tmp_path, profession="recruiter")
    work = table.index[table["suggestion"] == "work"]
    table.loc[work[0], ["decision", "note"]] = ["private", "my cousin"]
    table.loc[work[1], ["decision", "note", "decided_by"]] = ["work", "'=met at a fair", "me"]
    table.to_csv(table_path, index=False)
    out = tmp_path / "p.coreview"
    args = ["package", str(zip_path), "--decisions", str(table_path), "--out", str(out)]
    assert main([*args, "--dry-run"]) == 0 and not out.exists()
    assert main([*args, "--yes"]) == 0
    package = load_package(out)
    urls = set(package.contacts["url"])
    assert table.at[work[0], "URL"] not in urls  # decided private: left out
    kept = package.contacts.loc[package.contacts["url"] == table.at[work[1], "URL"]].iloc[0]
    assert kept["decision"] == "work" and kept["note"] == "=met at a fair"
    entries = package.audit.entries()
    assert [e["note"] for e in entries] == ["=met at a fair"] and entries[0]["who"] == "me"
    import zipfile

    with zipfile.ZipFile(out) as zf:
        unpacked = b"".join(zf.read(name) for name in zf.namelist())
    assert b"my cousin" not in unpacked and table.at[work[0], "URL"].encode() not in unpacked


def test_the_report_of_a_changed_package_exits_1(reviewed, tmp_path, capsys):
    """Written all the same (it says FAILED on its first page), but a script must notice too."""
    import io
    import re
    import zipfile

    path, _ = reviewed
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members["contacts.json"] = re.sub(
        rb'("last_name": ?")(\w)', rb"\1Q", members["contacts.json"], count=1
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    changed = tmp_path / "changed.coreview"
    changed.write_bytes(buffer.getvalue())
    out = tmp_path / "changed.xlsx"
    assert main(["report", str(changed), "--out", str(out)]) == 1
    assert out.exists()
    err = capsys.readouterr().err
    assert "integrity check FAILED" in err and "contacts.json" in err


def test_package_list_has_no_dangling_dashes():
    from types import SimpleNamespace

    from model.hr.commands import _plan_text

    table = pd.DataFrame(
        {
            "id": ["c00001", "c00002"],
            "first_name": ["", "An"],
            "last_name": ["", "Smit"],
            "company": ["", "Acme"],
            "position": ["", ""],
            "suggestion": ["private", "work"],
            "p_work": [0.42, 0.8],
            "flagged": [True, False],
            "decision": ["", ""],
        }
    )
    plan = SimpleNamespace(
        records=[1, 2], left_out=0, counts=lambda: pd.DataFrame(), table=lambda: table
    )
    lines = _plan_text(plan, full=True).splitlines()
    assert "  c00001  (no name)  [private 0.42, flagged]" in lines
    assert "  c00002  An Smit — Acme  [work 0.80]" in lines


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_long_relatiebeding_list_starts_under_its_heading(tmp_path):
    """Kept with its heading, a list longer than the page once left a page blank but for it."""
    sample = next(Path("model/shipped/sample").glob("Basic_LinkedInDataExport_*.zip"))
    package = tmp_path / "sample.coreview"
    assert main(["package", str(sample), "--out", str(package), "--yes"]) == 0
    out = write_report(package, tmp_path / "r.pdf")
    pages = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    at = next(i for i, page in enumerate(pages) if "2.2 Work contacts connected" in page)
    below = pages[at].split("2.2 Work contacts connected", 1)[1]
    assert len(below.strip().splitlines()) > 10, below  # the list begins on the same page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_a_large_package_gets_a_summary_pdf(reviewed, tmp_path, monkeypatch):
    """Past LIST_ALL_UP_TO contacts the PDF lists in full only the contacts that needed a
    decision most (at most FULL_ROWS_MAX) and sums each employer's contacts up by company;
    the XLSX keeps every contact. (Here the limits are lowered: 150 contacts are "large".)"""
    import model.hr.report_lists as lists
    import model.hr.report_sections as sections

    path, review = reviewed
    full = write_report(path, tmp_path / "full.pdf")
    for module in (lists, sections):
        monkeypatch.setattr(module, "LIST_ALL_UP_TO", 20)
        monkeypatch.setattr(module, "FULL_ROWS_MAX", 3)
    small = write_report(path, tmp_path / "summary.pdf")

    def text(pdf):
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
        return " ".join(out.split()), out.count("\f")

    full_text, full_pages = text(full)
    summary, pages = text(small)
    assert "3.2 Every contact by outcome and employer" in full_text
    assert "3.2 Each employer's contacts by company" in summary
    assert "too many to print one by one" in summary
    assert "more contacts that needed a decision are listed in the XLSX report" in summary
    assert pages < full_pages
    # a long relatiebeding list is summed up by company too, and says where the names are
    assert "summed up by company here" in summary or "No work contact was connected" in summary
    # the override with its note is the most telling decision: shown in full
    assert "neighbour" in summary
    final = review.final()
    work = final.loc[final["final_suggestion"] == "work"]
    biggest = work["company"].value_counts().index[0]
    assert biggest in summary  # by company
    listed = [f"{r.first_name} {r.last_name}" for r in final.itertuples()]
    assert sum(name in full_text for name in listed) > 0.9 * len(listed)
    assert sum(name in summary for name in listed) < 0.5 * len(listed)


def test_handover_names_the_employer_as_a_person_types_it(reviewed, tmp_path, capsys):
    """'acme' or 'ACME B.V.' finds 'Acme B.V.'; a name matching none still lists them."""
    from model.cli import main

    package, review = reviewed
    final = review.final()
    employer = sorted(set(final.loc[final["final_suggestion"] == "work", "final_employer"]))[0]
    n = int(((final["final_suggestion"] == "work") & (final["final_employer"] == employer)).sum())
    for typed in (employer.lower(), employer.upper()):
        out = tmp_path / "list.csv"
        assert main(["handover", str(package), "--employer", typed, "--out", str(out)]) == 0
        assert capsys.readouterr().err == f"wrote {out}: {n:,} work contacts of {employer}\n"
        assert len(pd.read_csv(out)) == n
    assert main(["handover", str(package), "--employer", "Nobody Inc", "--out", str(out)]) == 2
    assert f"employers: {employer}" in capsys.readouterr().err


def test_a_dutch_report_says_what_was_changed_in_dutch(reviewed, tmp_path):
    from model.hr.integrity import verify
    from tests.package_edits import with_owner_changed

    path, _ = reviewed
    changed = with_owner_changed(path, tmp_path / "changed.coreview")
    out = tmp_path / "rapport.xlsx"
    write_report(changed, out, language="nl")
    cells = [str(c) for row in openpyxl.load_workbook(out).active.values for c in row if c]
    failed = next(c for c in cells if c.startswith("MISLUKT"))
    assert "manifest.json is na het maken van het pakket gewijzigd" in failed
    assert "was changed" not in failed
    # verify's problem is a message (key and fields), said in either language
    problem = verify(changed).problem
    assert str(problem).endswith(
        "manifest.json was changed after the package was made (its "
        "details no longer match where the audit trail starts)"
    )
    assert problem.text("nl") == f"{changed}: manifest.json " + (
        "is na het maken van het pakket gewijzigd (de gegevens passen niet meer bij het begin "
        "van het auditspoor)"
    )


def test_package_of_the_apps_own_table_keeps_its_decisions(tmp_path, capsys):
    """The app's "Export all" file given as the package's INPUT (no --decisions): a contact the
    person decided private must not go to HR as a work suggestion (qa7)."""
    from model.hr import load_package

    _, table_path, table = undecided_table(tmp_path, profession="recruiter")
    work = table.index[table["suggestion"] == "work"]
    table.loc[work[0], ["decision", "note"]] = ["private", "my cousin"]
    table.loc[work[1], ["decision", "note", "decided_by"]] = ["work", "met at a fair", "me"]
    table.to_csv(table_path, index=False)
    out = tmp_path / "p.coreview"
    assert main(["package", str(table_path), "--out", str(out), "--yes"]) == 0
    package = load_package(out)
    urls = set(package.contacts["url"])
    assert table.at[work[0], "URL"] not in urls  # decided private: left out
    kept = package.contacts.loc[package.contacts["url"] == table.at[work[1], "URL"]].iloc[0]
    assert kept["decision"] == "work" and kept["note"] == "met at a fair"
    assert [e["who"] for e in package.audit.entries()] == ["me"]


def test_package_of_the_apps_own_table_with_a_decisions_file_keeps_both(tmp_path, capsys):
    """The app's "Export all" file as INPUT and a --decisions file deciding other rows: the
    table's decisions stay where the file decides nothing (they were all dropped, so a contact
    the person decided private in the table went to HR as a work suggestion)."""
    from model.hr import load_package

    _, table_path, table = undecided_table(tmp_path, profession="recruiter")
    work = table.index[table["suggestion"] == "work"]
    file = table.copy()
    table.loc[work[0], ["decision", "note"]] = ["private", "my cousin"]
    table.to_csv(table_path, index=False)
    file.loc[work[1], ["decision", "note", "decided_by"]] = ["work", "met at a fair", "me"]
    decisions = tmp_path / "decisions.csv"
    file.to_csv(decisions, index=False)
    out = tmp_path / "p.coreview"
    args = ["package", str(table_path), "--decisions", str(decisions), "--out", str(out), "--yes"]
    assert main(args) == 0
    package = load_package(out)
    urls = set(package.contacts["url"])
    assert table.at[work[0], "URL"] not in urls  # decided private in the table: left out
    kept = package.contacts.loc[package.contacts["url"] == table.at[work[1], "URL"]].iloc[0]
    assert kept["decision"] == "work" and kept["note"] == "met at a fair"


def test_handover_of_the_apps_own_table_follows_its_decisions(tmp_path, capsys):
    """``handover all.csv --private``: the contacts the person decided private are on their
    private list, the ones decided work are not (qa7: the file's decisions were ignored)."""
    _, table_path, table = undecided_table(tmp_path, profession="recruiter")
    work = table.index[table["suggestion"] == "work"]
    private = table.index[table["suggestion"] == "private"]
    table.loc[work[0], "decision"] = "private"
    table.loc[private[0], "decision"] = "work"
    table.to_csv(table_path, index=False)
    out = tmp_path / "private.csv"
    assert main(["handover", str(table_path), "--private", "--out", str(out)]) == 0
    urls = set(pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")["URL"])
    assert table.at[work[0], "URL"] in urls and table.at[private[0], "URL"] not in urls
