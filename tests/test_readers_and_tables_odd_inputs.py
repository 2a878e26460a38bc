"""Hostile and odd inputs qa7 found read wrongly, each failing before its fix."""

from __future__ import annotations

import pandas as pd

from model.readers import read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def test_connection_dates_before_linkedin_existed_are_unknown(tmp_path):
    """01 Jan 1900 is Excel's day 1 (an emptied cell), 2002 is before LinkedIn's launch: no
    connection was made then, so the date is damage, said and treated as unknown, in one
    piece and streamed alike."""
    rows = [
        f"P{i},Q,https://www.linkedin.com/in/p{i},,Acme,Dev,{day}"
        for i, day in enumerate(["01 Jan 1900", "12 Mar 2002", "12 Mar 2019"] * 20)
    ]
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    for export in (read_export(path), read_export(path, stream_above=7, chunk_rows=7)):
        dates = (
            export.contacts["connected_on"]
            if export.stream is None
            else pd.concat(list(export.stream), ignore_index=True)["connected_on"]
        )
        assert dates.isna().sum() == 40 and (dates.dropna() == pd.Timestamp("2019-03-12")).all()
        said = [str(w) for w in export.report.warnings]
        assert any(
            "40 connection dates in Connections.csv lie before LinkedIn existed" in w
            and "1 Jan 1900" in w
            for w in said
        ), said


def _own_table(tmp_path, decisions: list[str]):
    """The app's "Export all" table of a small generated export, with ``decisions`` written
    into its first rows (as a person edits it in a spreadsheet)."""
    from model.cli import main
    from model.synthetic import write_sample

    zip_path, _ = write_sample(tmp_path, seed=15, n_contacts=60)
    table_path = tmp_path / "all.csv"
    assert main(["classify", str(zip_path), "--out", str(table_path)]) == 0
    table = pd.read_csv(table_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    table["decision"] = [*decisions, *[""] * (len(table) - len(decisions))]
    for column in ("review_state", "decided_by", "decided_at", "note"):
        table[column] = ""
    table.to_csv(table_path, index=False)
    return zip_path, table_path


def test_decisions_written_in_dutch_or_in_capitals_are_read_everywhere(tmp_path, capsys):
    """--labels took 'Werk' and 'privé'; the app's table read back dropped them without a word
    and package --decisions refused them (qa7)."""
    from model.cli import main

    zip_path, table_path = _own_table(tmp_path, ["Werk", "privé", " PRIVATE ", "maybe"])
    export = read_export(table_path)
    assert export.decisions["decision"].tolist()[:5] == ["work", "private", "private", "", ""]
    said = [str(w) for w in export.report.warnings]
    assert any("1 decision in all.csv is neither work nor private ('maybe')" in w for w in said)
    capsys.readouterr()
    out = tmp_path / "p.coreview"
    args = ["package", str(zip_path), "--decisions", str(table_path), "--out", str(out)]
    assert main([*args, "--dry-run"]) == 2  # "maybe" is still refused there, by name
    assert "'maybe'" in capsys.readouterr().err
    table = pd.read_csv(table_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    table.loc[3, "decision"] = ""
    table.to_csv(table_path, index=False)
    assert main([*args, "--dry-run"]) == 0


def test_a_positions_file_longer_than_any_career_is_read_in_part(tmp_path):
    """100,000 positions took the app ~50 s to open (every contact's date is placed on every
    position): more than any career holds is said and the first ones are read (qa7)."""
    import zipfile

    from model.readers.linkedin import MAX_POSITIONS

    positions = "Company Name,Title,Description,Location,Started On,Finished On\n" + "".join(
        f"Company {i} B.V.,Title {i},,,Jan {1990 + i % 30},Feb {1990 + i % 30}\n"
        for i in range(MAX_POSITIONS + 500)
    )
    contacts = HEADER + "A,B,https://www.linkedin.com/in/ab,,Acme,Dev,12 Mar 2019\n"
    path = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Connections.csv", contacts)
        zf.writestr("Positions.csv", positions)
    export = read_export(path)
    assert len(export.positions) == MAX_POSITIONS
    assert export.positions[0].company == "Company 0 B.V."
    said = [str(w) for w in export.report.warnings]
    assert any(f"Positions.csv holds {MAX_POSITIONS + 500:,} positions" in w for w in said)


def test_an_hr_review_saved_by_a_newer_version_is_no_tampering(package_file, tmp_path):
    """A newer version's review file, whole and sealed, with an action this version does not
    know: "was made by a newer version", never "integrity check FAILED" (qa7)."""
    import json
    import shutil

    import pytest

    from model.errors import InputError
    from model.hr.audit import canonical, sha256_hex
    from model.hr.review import HrReview, IntegrityError, review_path_for

    package = shutil.copy(package_file, tmp_path / package_file.name)
    review = HrReview.open(package, "Anne")
    contact = review.package.contacts["id"].iloc[0]
    header = json.loads(review.path.read_bytes().split(b"\n")[0])
    header["version"] = 2
    lines = [canonical(header)]
    entry = {"action": "escalate", "actor": "hr", "at": "2031-01-01T00:00:00Z",
             "contact": contact, "decision": "", "employer": "", "note": "to legal",
             "seq": 1, "who": "Anne"}  # fmt: skip
    entry["prev"] = sha256_hex(lines[-1])
    lines.append(canonical(entry))
    lines.append(canonical({"seal": sha256_hex(lines[-1])}))
    path = review_path_for(package)
    path.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(InputError) as caught:
        HrReview.open(package, "Anne")
    assert not isinstance(caught.value, IntegrityError)
    assert "newer version" in str(caught.value)


def test_a_date_of_joining_linkedin_that_cannot_be_is_left_unknown(tmp_path):
    """Registration.csv saying 2039 (or 2000) was taken as the day the owner joined, which
    the suggestions weigh (qa7)."""
    import zipfile

    contacts = HEADER + "A,B,https://www.linkedin.com/in/ab,,Acme,Dev,12 Mar 2019\n"
    for written in ("6/11/39, 12:00 AM", "1/1/00, 12:00 AM"):
        path = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("Connections.csv", contacts)
            zf.writestr(
                "Registration.csv",
                f'Registered At,Registration Ip,Subscription Types\n"{written}",192.0.2.1,\n',
            )
        export = read_export(path)
        assert export.registered_on is None
        said = [str(w) for w in export.report.warnings]
        assert any("Registration.csv: the date of joining LinkedIn" in w for w in said), said


def test_batch_of_the_apps_own_table_keeps_its_decisions(tmp_path):
    """Named as a batch input, the app's own table is classified again: its decisions stay,
    as classify keeps them (qa7: they were dropped from the output)."""
    from model.cli import main

    _zip, table_path = _own_table(tmp_path, ["private"])
    table = pd.read_csv(table_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    out = tmp_path / "out"
    assert main(["batch", str(table_path), "--out", str(out)]) == 0
    (written,) = [p for p in out.glob("*.csv") if p.name != "summary.csv"]
    again = pd.read_csv(written, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    row = again.loc[again["URL"] == table.at[0, "URL"]].iloc[0]
    assert (row["decision"], row["suggestion"]) == ("private", "private")


def test_a_position_starting_before_1950_is_said_naming_the_file(tmp_path):
    """A job starting in 1920 (a typo for 2020, or a birth date in the wrong column) was read
    without a word (qa7); said in the message's language, the position kept as read."""
    import zipfile
    from datetime import date

    path = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    positions = "Company Name,Title,Description,Location,Started On,Finished On\n"
    positions += "Acme B.V.,Engineer,,,Mar 1920,\nOld B.V.,Clerk,,,Jan 1950,Dec 1960\n"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Connections.csv", HEADER + "A,B,,,Acme,Dev,12 Mar 2019\n")
        zf.writestr("Positions.csv", positions)
    export = read_export(path)
    said = [w for w in export.report.warnings if "1950" in str(w)]
    assert [str(w) for w in said] == [
        "Positions.csv line 2: Acme B.V. starts in Mar 1920, before 1950; check its dates"
    ]
    assert "mrt 1920, vóór 1950" in said[0].text("nl")
    assert export.positions[0].start == date(1920, 3, 1)  # said, not guessed at


def test_joining_linkedin_after_the_first_connection_is_said_naming_the_file(tmp_path):
    import zipfile

    contacts = HEADER + "A,B,,,Acme,Dev,12 Mar 2019\nC,D,,,Acme,Dev,05 Jun 2015\n"
    for registered, contradicts in (("6/11/17, 12:00 AM", True), ("6/11/14, 12:00 AM", False)):
        path = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("Connections.csv", contacts)
            zf.writestr(
                "Registration.csv",
                f'Registered At,Registration Ip,Subscription Types\n"{registered}",192.0.2.1,\n',
            )
        export = read_export(path)
        said = [w for w in export.report.warnings if "first connection" in str(w)]
        if not contradicts:
            assert not said
            continue
        assert [str(w) for w in said] == [
            "Registration.csv: the date of joining LinkedIn (11 Jun 2017) is later than the "
            "first connection in Connections.csv (5 Jun 2015); one of the two is wrong"
        ]
        assert "(11 jun 2017) ligt na de eerste connectie" in said[0].text("nl")
