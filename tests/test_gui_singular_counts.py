"""One contact is "1 contact", not "1 contacts" (the status bar's counts, the export's status
line), and a file without a delimiter (vCard, workbook) shows none in the import details,
not "delimiter: ''"."""

from __future__ import annotations

from model.readers import read_export

from .one_contact import one_contact_export
from .test_gui_main_window import open_and_wait, rule_model, window  # noqa: F401


def test_one_contact_is_singular_in_the_counts_and_the_export_line(
    qtbot,
    window,  # noqa: F811
    tmp_path,
):
    open_and_wait(qtbot, window, one_contact_export(tmp_path))
    counts = window.counts_label.text()
    assert counts.startswith("1 contact ·") and "contacts" not in counts
    out = tmp_path / "all.csv"
    window.export_to(out, "all")
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith("Wrote 1 contact to ")


def test_the_dutch_counts_say_1_contact(dutch, qtbot, tmp_path, rule_model):  # noqa: F811
    from desktop.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    open_and_wait(qtbot, main, one_contact_export(tmp_path))
    assert main.counts_label.text().startswith("1 contact ·")  # Dutch "contact" is singular
    assert "contacten" not in main.counts_label.text()
    main.close()


def test_a_vcard_shows_no_empty_delimiter(qapp, tmp_path):
    from desktop.import_report import details_text

    path = tmp_path / "cards.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Smith\r\nORG:Acme\r\nEND:VCARD\r\n")
    text = details_text(read_export(path))
    assert "delimiter" not in text and "''" not in text
    assert "Encoding: utf-8" in text
