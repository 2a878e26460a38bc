"""The outside QA pass's second round of reader findings: a file that is one of ours or
LinkedIn's but not the contacts says what it is and how to open it; a Positions.csv whose end
date cannot be read keeps a past job; an oversized quoted field fails fast in house words."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

from model.cli import main
from model.errors import InputError
from model.readers import read_export

POSITIONS = (
    "Company Name,Title,Description,Location,Started On,Finished On\n"
    "Acme,Engineer,,,Aug 2014,Jun 2019\n"
)


def test_a_review_package_renamed_to_zip_is_named_a_review_package(tmp_path, capsys):
    path = tmp_path / "handover.zip"
    with zipfile.ZipFile(path, "w") as zf:  # the members of a .coreview (model.hr.package)
        for name in ("manifest.json", "career.json", "contacts.json", "audit.jsonl"):
            zf.writestr(name, "{}")
    before = path.read_bytes()
    with pytest.raises(InputError) as err:
        read_export(path)
    problem = err.value.problem
    assert "review package" in problem and "Connections.csv" not in problem
    assert ".coreview" in problem and "verify" in problem and "HR mode" in problem
    assert main(["inspect", str(path)]) == 2
    out = capsys.readouterr().err
    assert str(path) in out and "review package" in out and out.count("\n") == 1
    assert path.read_bytes() == before


def test_an_unzipped_review_package_folder_is_named_a_review_package(tmp_path, capsys):
    folder = tmp_path / "handover"
    folder.mkdir()
    for name in ("manifest.json", "career.json", "contacts.json", "audit.jsonl"):
        (folder / name).write_text("{}")
    with pytest.raises(InputError) as err:
        read_export(folder)
    problem = err.value.problem
    assert "unzipped review package" in problem and "Connections.csv" not in problem
    assert main(["inspect", str(folder)]) == 2
    out = capsys.readouterr().err
    assert str(folder) in out and "review package" in out and out.count("\n") == 1


def test_positions_csv_given_as_the_contacts_says_it_is_the_career(tmp_path, capsys):
    path = tmp_path / "Positions.csv"
    path.write_text(POSITIONS, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_export(path)
    problem = err.value.problem
    assert "Positions.csv" in problem and "Connections.csv" in problem
    assert "--positions" in problem and "no LinkedIn connections found" not in problem
    assert main(["inspect", str(path)]) == 2
    out = capsys.readouterr().err
    assert str(path) in out and "career" in out and out.count("\n") == 1


def test_a_renamed_positions_file_is_still_recognised_by_its_header(tmp_path):
    path = tmp_path / "my jobs.csv"
    path.write_text(POSITIONS, encoding="utf-8")
    with pytest.raises(InputError, match=r"Positions\.csv"):
        read_export(path)


def _export_with_unreadable_end(tmp_path, later: bool):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Anna,Bakker,,,Acme,Engineer,12 Mar 2016\n"
        "Piet,Jansen,,,Gamma,Chef,01 Feb 2023\n",
        encoding="utf-8",
    )
    rows = "Acme,Engineer,,,Aug 2014,31/31/2021\n" + ("Beta,Lead,,,Jan 2022,\n" if later else "")
    (folder / "Positions.csv").write_text(POSITIONS.splitlines()[0] + "\n" + rows, "utf-8")
    return folder


@pytest.mark.parametrize("later", [True, False])
def test_an_unreadable_end_keeps_a_past_job_with_an_unknown_end(tmp_path, capsys, later):
    from model.career import career_from_dict, career_to_dict
    from model.report import inspect_text

    folder = _export_with_unreadable_end(tmp_path, later)
    export = read_export(folder)
    acme = export.positions[0]
    assert acme.end is None and acme.end_unknown and not acme.is_current
    assert any("Positions.csv line 2" in w and "31/31/2021" in w for w in export.report.warnings)
    text = inspect_text(export)
    assert "Aug 2014 – ?: Engineer at Acme" in text and "Aug 2014 – now" not in text
    career = export.career
    assert career_from_dict(career_to_dict(career)).positions[0].end_unknown  # saved and read
    # a connection after the job started is never taken as in a job running until now
    late = career.timing(np.datetime64("2023-02-01"))
    assert late["position"] != 0
    if later:  # it ran at most until the next job began
        assert career.timing(np.datetime64("2016-03-12"))["position"] == 0
        assert career.current_or_last().company == "Beta"
    else:
        assert career.current_or_last().company == "Acme"
        assert not career.current_or_last().is_current


@pytest.mark.parametrize("later", [True, False])
def test_features_do_not_take_a_job_with_an_unknown_end_as_running_until_now(tmp_path, later):
    from model.features.relate import timing_facts

    export = read_export(_export_with_unreadable_end(tmp_path, later))
    days = np.array(["2016-03-12", "2023-02-01"], dtype="datetime64[D]")
    facts = timing_facts(days, export.career)
    if later:  # Acme until Beta began, then Beta
        assert facts["job"].tolist() == [0, 1]
    else:  # nothing is known of Acme after Aug 2014: no job then, and no end to count from
        assert facts["job"].tolist() == [-1, -1]
        assert facts["previous_job"].tolist() == [-1, -1]


def test_the_date_warnings_of_positions_are_shown_in_dutch(tmp_path, dutch):
    from model.messages import Message, localized

    export = read_export(_export_with_unreadable_end(tmp_path, later=True))
    (warning,) = [w for w in export.report.warnings if "Positions.csv" in w]
    assert localized(warning) == (
        "Positions.csv regel 2: onleesbare einddatum van Acme (31/31/2021); bewaard als eerdere "
        "baan met onbekend einde"
    )
    start = Message("note.bad_start", file="Positions.csv", line=3, company="X", value="ooit")
    assert str(start) == "Positions.csv line 3: unreadable start date of X (ooit); left empty"
    assert localized(start) == (
        "Positions.csv regel 3: onleesbare begindatum van X (ooit); leeg gelaten"
    )


@pytest.mark.parametrize("later", [True, False])
def test_the_timeline_draws_an_unknown_end_as_unknown_not_to_now(tmp_path, qapp, later):
    from desktop.timeline_layout import layout_bands, month_number

    career = read_export(_export_with_unreadable_end(tmp_path, later)).career
    first, last = month_number(np.datetime64("2010-01")), month_number(np.datetime64("2024-06"))
    acme = next(b for b in layout_bands(career, first, last) if b.company == "Acme")
    assert acme.period.endswith("– unknown")
    ends = np.datetime64("2021-12") if later else np.datetime64("2014-08")
    assert first + acme.last == month_number(ends)


def test_reasons_give_an_unknown_end_as_a_question_mark(tmp_path, capsys):
    import pandas as pd

    out = tmp_path / "out.csv"
    assert (
        main(["classify", str(_export_with_unreadable_end(tmp_path, True)), "--out", str(out)]) == 0
    )
    reasons = " | ".join(pd.read_csv(out)["reasons"].fillna(""))
    assert "during your job at Acme (Aug 2014 – ?)" in reasons and "– now)" not in reasons


HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _contacts(start: int, n: int) -> str:
    return "".join(f"Ann{i},Smith{i},,,Acme,Eng,05 Mar 2021\n" for i in range(start, start + n))


@pytest.mark.parametrize(
    "field", ['"Acme' + "x" * 300_000, '"Acme' + "x" * 300_000 + '"', "Acme" + "x" * 300_000]
)
def test_a_huge_field_quoted_or_not_is_skipped_in_house_words_before_parsing(
    tmp_path, monkeypatch, capsys, field
):
    import model.readers.csvtext as csvtext
    from model.readers.csvtext import HUGE_FIELD

    def careful_path(*_args):
        raise AssertionError("the huge line reached the line-by-line parse")

    monkeypatch.setattr(csvtext, "read_records", careful_path)
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER + _contacts(0, 5) + f"Bob,Jones,,,{field},Eng,05 Mar 2021\n" + _contacts(5, 5)
    )
    before = path.read_bytes()
    export = read_export(path)
    assert len(export.contacts) == 10
    assert [(s.row, s.reason) for s in export.report.skipped] == [(7, HUGE_FIELD)]
    assert path.read_bytes() == before
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "line 7: a field longer than 10,000 characters" in out and "field limit" not in out


def test_a_huge_field_the_csv_module_meets_is_said_in_house_words(tmp_path):
    from model.readers.csvtext import HUGE_FIELD
    from model.readers.linewise import read_records

    body = HEADER + _contacts(0, 2) + 'Bob,"Jones\nx,' + "y" * 200_000 + "\n" + _contacts(2, 2)
    found = read_records(body, ",", "Connections.csv")
    assert [(s.row, s.reason) for s in found.skipped] == [
        (4, "a quote opened on line 4 never closes"),
        (5, HUGE_FIELD),
    ]
    assert found.rows == [2, 3, 6, 7]
    one_line = HEADER + _contacts(0, 2) + 'Bob,"' + "y" * 200_000 + "\n" + _contacts(2, 2)
    found = read_records(one_line, ",", "Connections.csv")
    assert [(s.row, s.reason) for s in found.skipped] == [(4, HUGE_FIELD)]
    assert found.rows == [2, 3, 5, 6]


def test_a_long_field_of_accented_letters_within_the_limit_is_kept(tmp_path):
    path = tmp_path / "Connections.csv"
    title = "é" * 6000  # 12,000 bytes, 6,000 characters
    path.write_text(HEADER + f"Bob,Jones,,,Acme,{title},05 Mar 2021\n" + _contacts(0, 2), "utf-8")
    export = read_export(path)
    assert len(export.contacts) == 3 and not export.report.skipped
    assert export.contacts["position"].iat[0] == title


@pytest.mark.parametrize("later", [True, False])
def test_learning_does_not_take_a_job_with_an_unknown_end_as_running_until_now(tmp_path, later):
    from model.learning.inputs import _timing

    export = read_export(_export_with_unreadable_end(tmp_path, later))
    code, labels, _early, employer = _timing(export.contacts, export.career)
    by_company = dict(
        zip(export.contacts["company"], zip(code, employer, strict=True), strict=True)
    )
    acme_2016, gamma_2023 = by_company["Acme"], by_company["Gamma"]
    assert labels[acme_2016[0]] == ("job 0" if later else "between jobs")
    assert labels[gamma_2023[0]] == ("job 1" if later else "between jobs")


@pytest.mark.parametrize("later", [True, False])
def test_the_career_strip_draws_an_unknown_end_short_of_now(tmp_path, qtbot, later):
    from desktop.career_strip import CareerStrip, position_text

    career = read_export(_export_with_unreadable_end(tmp_path, later)).career
    assert position_text(career.positions[0]) == "Acme — Engineer (Aug 2014 – ?)"
    strip = CareerStrip()
    qtbot.addWidget(strip)
    strip.resize(600, 60)
    strip.set_career(career)
    strip.grab()  # paints, which lays the bands out
    acme = next(rect for rect, p in strip._rects if p.company == "Acme")
    right = max(rect.right() for rect, _p in strip._rects)
    assert acme.right() < right - 20 if later else acme.width() < 20


def test_the_latest_employer_is_not_a_job_with_an_unknown_end_that_was_followed(tmp_path):
    from model.features.relate import _current_or_latest

    folder = _export_with_unreadable_end(tmp_path, later=False)
    (folder / "Positions.csv").write_text(
        POSITIONS.splitlines()[0] + "\nAcme,Engineer,,,Aug 2014,31/31/2021\n"
        "Beta,Lead,,,Jan 2016,Dec 2019\n",
        "utf-8",
    )
    career = read_export(folder).career
    assert career.positions[_current_or_latest(career)].company == "Beta"
