"""A zip holding two exports (two Connections.csv in different folders): one is read, with
only its own files, and the report names the other so that no contacts are lost silently."""

from __future__ import annotations

import zipfile

from model.readers import read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
POSITIONS = "Company Name,Title,Description,Location,Started On,Finished On\n"


def _connections(prefix: str, n: int) -> str:
    rows = "".join(
        f"{prefix}{i},Smith,https://www.linkedin.com/in/{prefix}{i},,Acme,Engineer,05 Mar 2021\n"
        for i in range(n)
    )
    return HEADER + "\n" + rows


def _member(zf, name: str, text: str, when: tuple) -> None:
    zf.writestr(zipfile.ZipInfo(name, date_time=when), text)


def test_two_exports_in_folders_read_the_newest_and_name_the_other(tmp_path):
    path = tmp_path / "exports.zip"
    with zipfile.ZipFile(path, "w") as zf:
        _member(zf, "old/Connections.csv", _connections("Old", 3), (2023, 1, 5, 0, 0, 0))
        _member(
            zf, "old/Positions.csv", POSITIONS + "OldCo,Clerk,,,Jan 2010,\n", (2023, 1, 5, 0, 0, 0)
        )
        _member(zf, "new/Connections.csv", _connections("New", 4), (2024, 6, 1, 0, 0, 0))
        _member(
            zf, "new/Positions.csv", POSITIONS + "NewCo,Lead,,,Jan 2020,\n", (2024, 6, 1, 0, 0, 0)
        )
    export = read_export(path)
    assert sorted(export.contacts["first_name"]) == [f"New{i}" for i in range(4)]
    assert [p.company for p in export.positions] == ["NewCo"]  # never the other export's career
    note = next(w for w in export.report.warnings if "old/Connections.csv" in w)
    assert "not read" in note and "new/Connections.csv" in note
    assert "niet gelezen" in note.text("nl")
    assert note in export.report.problem_lines() or note in export.report.problems


def test_a_top_level_connections_file_wins_over_one_in_a_folder(tmp_path):
    path = tmp_path / "exports.zip"
    with zipfile.ZipFile(path, "w") as zf:
        _member(zf, "Connections.csv", _connections("Top", 2), (2022, 1, 1, 0, 0, 0))
        _member(zf, "later/Connections.csv", _connections("Deep", 5), (2025, 1, 1, 0, 0, 0))
    export = read_export(path)
    assert sorted(export.contacts["first_name"]) == ["Top0", "Top1"]
    assert any("'later/Connections.csv'" in w for w in export.report.warnings)


def test_one_export_in_a_zip_says_nothing_about_others(tmp_path):
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        _member(
            zf,
            "Basic_LinkedInDataExport/Connections.csv",
            _connections("A", 2),
            (2024, 1, 1, 0, 0, 0),
        )
    export = read_export(path)
    assert len(export.contacts) == 2
    assert not any("not read" in w for w in export.report.warnings)


def test_a_folder_holding_two_exports_reads_the_newest_and_names_the_other(tmp_path):
    import os

    folder = tmp_path / "exports"
    for name, prefix, company, when in (
        ("a", "Old", "OldCo", 1_600_000_000),
        ("b", "New", "NewCo", 1_700_000_000),
    ):
        (folder / name).mkdir(parents=True)
        connections = folder / name / "Connections.csv"
        connections.write_text(_connections(prefix, 2), encoding="utf-8")
        positions = folder / name / "Positions.csv"
        positions.write_text(POSITIONS + f"{company},Lead,,,Jan 2020,\n", encoding="utf-8")
        os.utime(connections, (when, when))
    export = read_export(folder)
    assert sorted(export.contacts["first_name"]) == ["New0", "New1"]
    assert [p.company for p in export.positions] == ["NewCo"]
    note = next(w for w in export.report.warnings if "not read" in w)
    assert "'a/Connections.csv'" in note and "b/Connections.csv" in note
    assert "de map" in note.text("nl")
