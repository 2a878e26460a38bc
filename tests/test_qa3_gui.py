"""Findings of the third outside-judge pass (qa3) in the window, with pytest-qt."""

from __future__ import annotations

import pytest

from desktop.batch_files import STATUSES, BatchFileTable


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_batch_status_fits_its_column(qtbot, request, tmp_path, language):
    """"done, with warnings" was cut to "done, wit…" (and Dutch "geannuleerd" to "geannule…")."""
    if language == "nl":
        request.getfixturevalue("dutch")
    table = BatchFileTable()
    qtbot.addWidget(table)
    table.fill([tmp_path / f"export{i}.zip" for i in range(len(STATUSES))])
    for row, status in enumerate(STATUSES):
        table.set_status(row, status)
    table.resize(1000, 400)
    table.show()
    qtbot.waitExposed(table)
    width = table.columnWidth(1)
    for row in range(len(STATUSES)):
        text = table.item(row, 1).text()
        # the text, plus the item's margins on either side, within the column
        assert table.fontMetrics().horizontalAdvance(text) + 8 <= width, text


def test_the_batch_summary_counts_warnings_among_the_classified(qtbot, tmp_path, monkeypatch):
    """Two files, one with warnings and one bad, read "1 classified, 1 with warnings, 1
    failed": three counts for two files."""
    import model.batch
    from desktop.batch_dialog import BatchDialog
    from model.batch import BatchResult

    def two_files(inputs, out_dir, *, on_result, **_options):
        results = [
            BatchResult(str(inputs[0]), "warning", 10, 6, 4, 2, "", str(out_dir / "a.out")),
            BatchResult(str(inputs[1]), "error", error=f"{inputs[1]}: not an export"),
        ]
        for row, result in enumerate(results):
            on_result(row, result)
        return results

    monkeypatch.setattr(model.batch, "run_batch", two_files)
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    inputs = [tmp_path / "a.zip", tmp_path / "b.csv"]
    for path in inputs:
        path.write_bytes(b"")
    dialog.add_inputs(inputs)
    dialog.set_output_folder(tmp_path / "out")
    try:
        with qtbot.waitSignal(dialog.batchFinished, timeout=30_000):
            dialog.start()
        text = dialog.summary.text()
        assert text.startswith("Finished: 1 classified (1 with warnings), 1 failed."), text
    finally:
        dialog.reject()  # joins the worker thread
