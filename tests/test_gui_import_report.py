"""The import banner: whole sentences, singular and plural, no internal codes."""

from __future__ import annotations

from desktop.import_report import ImportReportBar, details_text, summary_lines
from model.readers import read_export


def one_contact(tmp_path, last="MÃ¼ller"):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        f"Anna,{last},,,Acme B.V.,Inkoper,05 Mar 2021\n",
        encoding="utf-8",
    )
    return read_export(path)


def test_banner_is_whole_sentences_with_singulars(qtbot, tmp_path):
    export = one_contact(tmp_path)
    lines = summary_lines(export, "Connections.csv")
    assert lines[0] == "Read 1 contact from Connections.csv."
    assert "Repaired 1 garbled name or title (wrong encoding)." in lines
    assert all(line[0].isupper() and line[-1] in ".…" for line in lines)
    bar = ImportReportBar()
    qtbot.addWidget(bar)
    bar.show_report(export, "Connections.csv")
    assert "  " not in bar.summary()  # no gaps where a fragment was missing


def test_details_name_the_format_in_words(qtbot, tmp_path):
    text = details_text(one_contact(tmp_path, last="Jansen"))
    assert "Format: LinkedIn Connections.csv" in text
    assert "linkedin-csv" not in text


def test_a_note_that_starts_with_a_file_name_keeps_its_spelling(qtbot, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Kl\xe4us,M\xfcller,,,Acme B.V.,Inkoper,05 Mar 2021\n"
    )
    lines = summary_lines(read_export(path), "latin1.csv")
    assert any(line.startswith("latin1.csv is not UTF-8") for line in lines), lines
    assert not any("Latin1.csv" in line for line in lines)
