"""The About / model card dialog on a generated card (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableWidget

from desktop.about import AboutDialog, figure_path, format_value

CARD = {
    "name": "Contact Ownership classifier",
    "created": "2026-11-23T11:02:00+00:00",
    "trained_on": {"source": "generated persons", "persons": 240, "contacts": 151200},
    "held_out": {"persons": 60, "contacts": 37950},
    "metrics": {"macro_f1": 0.9123, "roc_auc": 0.968, "brier": 0.061, "ece": 0.0184},
    "per_profession": {
        "recruiter": {"contacts": 4097, "macro_f1": 0.89, "roc_auc": 0.95},
        "consultant": {"contacts": 4000, "macro_f1": 0.88, "employer_accuracy": None},
    },
    "flag_band": [0.3, 0.7],
    "sklearn_version": "1.9.0",
    "sha256": "ab" * 32,
    "figures": {"model_card": "model_card.png"},
}


@pytest.fixture
def model_dir(tmp_path):
    image = QImage(1300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(tmp_path / "model_card.png"))
    (tmp_path / "model.skops").write_bytes(b"not read by the dialog")
    return tmp_path


def test_shows_version_card_and_metrics(qtbot, model_dir):
    dialog = AboutDialog(CARD, model_path=model_dir / "model.skops", version="9.8.7")
    qtbot.addWidget(dialog)
    assert "9.8.7" in dialog.version_label.text()
    fields = {k: v.text() for k, v in dialog.model_fields.items()}
    assert fields["Trained on"] == "generated persons"
    assert fields["Training data"] == "240 people, 151,200 contacts"
    assert fields["scikit-learn"] == "1.9.0"
    assert (
        fields["SHA-256"].startswith("abababab")
        and dialog.model_fields["SHA-256"].toolTip() == "ab" * 32
    )
    assert fields["Flagged for review when p_work is in"] == "0.30 – 0.70"
    metrics = dialog.findChild(QTableWidget, "metrics")
    rows = {metrics.item(r, 0).text(): metrics.item(r, 1).text() for r in range(metrics.rowCount())}
    assert rows == {
        "Macro-F1": "0.912",
        "ROC-AUC": "0.968",
        "Brier score": "0.061",
        "Calibration error": "0.018",
    }
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["About", "Model", "Per profession", "Figures"]


def test_per_profession_table_sorted_with_dashes_for_missing(qtbot):
    dialog = AboutDialog(CARD)
    qtbot.addWidget(dialog)
    table = dialog.profession_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Consultant", "Recruiter"]
    assert table.item(0, 1).text() == "4,000"
    assert table.item(0, 6).text() == "—"  # employer accuracy None
    assert table.item(1, 3).text() == "0.950"


def test_privacy_statement_names_the_data_folder(qtbot, _data_dir):
    dialog = AboutDialog(CARD)
    qtbot.addWidget(dialog)
    text = dialog.privacy_label.text()
    assert "never opens a network connection" in text
    assert str(_data_dir) in text


def test_without_a_model(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["About", "Model"]
    dialog.show()
    qtbot.waitExposed(dialog)


def test_for_model_uses_card_and_path(qtbot, model_dir):
    class Loaded:
        card = CARD
        path = model_dir / "model.skops"

    dialog = AboutDialog.for_model(Loaded())
    qtbot.addWidget(dialog)
    assert dialog.model_fields["File"].text() == str(model_dir / "model.skops")
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Figures"


def test_figure_path_and_format_value(model_dir):
    assert figure_path(CARD, model_dir / "model.skops") == model_dir / "model_card.png"
    assert figure_path(CARD, model_dir) == model_dir / "model_card.png"
    assert figure_path({"calibration_png": "missing.png"}, model_dir) is None
    assert figure_path({}, model_dir) is None
    assert [format_value(v) for v in (None, 0.12345, 1234, ["a", "b"], True)] == [
        "—",
        "0.123",
        "1,234",
        "a, b",
        "yes",
    ]


def test_default_is_the_shipped_models_card(qtbot, tmp_path, monkeypatch):
    import json

    import model.persist

    monkeypatch.setattr(model.persist, "SHIPPED_DIR", tmp_path)
    (tmp_path / model.persist.CARD_FILE).write_text(json.dumps(CARD), encoding="utf-8")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.model_fields["scikit-learn"].text() == "1.9.0"
    assert dialog.model_fields["File"].text() == str(tmp_path / model.persist.MODEL_FILE)
    (tmp_path / model.persist.CARD_FILE).write_text("{broken", encoding="utf-8")
    empty = AboutDialog()
    qtbot.addWidget(empty)
    assert [empty.tabs.tabText(i) for i in range(empty.tabs.count())] == ["About", "Model"]


def test_app_icon_sizes_and_desktop_files(qapp):
    """The icon exists at every size the desktop asks for, and the packaging files name it."""
    import configparser
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from desktop.icons import SIZES, app_icon, icon_path

    for size in SIZES:
        image = QImage(str(icon_path(size)))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert sorted(s.width() for s in app_icon().availableSizes()) == sorted(SIZES)
    root = Path(__file__).resolve().parents[1]
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(root / "desktop" / "share" / "contact-ownership.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == "contact-ownership"
    assert desktop["Exec"].split()[:2] == ["contact-ownership", "open"]
    assert desktop["Categories"] == "Office;ContactManagement;"  # one main category
    meta = ET.parse(root / "packaging" / "nl.contactownership.ContactOwnership.metainfo.xml")
    assert meta.findtext("id") == "nl.contactownership.ContactOwnership"
    assert meta.findtext("launchable") == "contact-ownership.desktop"
    assert (root / "desktop" / "icons" / "contact-ownership.svg").is_file()


def test_professions_are_named_in_words(qtbot):
    from desktop.about import profession_label

    assert profession_label("real_estate_agent") == "Real estate agent"
    assert profession_label("hr_advisor") == "HR advisor"
    assert profession_label("data_scientist") == "Data scientist"  # not in the list: still words


def test_the_figure_follows_the_interface_language(model_dir):
    nl = {"figures": {"model_card": "model_card.png", "model_card_nl": "model_card_nl.png"}}
    assert figure_path(nl, model_dir, "nl") == model_dir / "model_card.png"  # none drawn yet
    (model_dir / "model_card_nl.png").write_bytes((model_dir / "model_card.png").read_bytes())
    assert figure_path(nl, model_dir, "nl") == model_dir / "model_card_nl.png"
    assert figure_path(nl, model_dir, "en") == model_dir / "model_card.png"
    # a card names files beside it, never a path elsewhere
    outside = {"figures": {"model_card": str(model_dir / "model_card.png")}}
    assert figure_path(outside, model_dir / "model.skops") is None


def test_the_card_is_drawn_in_every_language(tmp_path):
    pytest.importorskip("matplotlib")
    from model.figures import LABELS, write_figures

    card = {
        "calibration": [{"predicted": 0.2, "observed": 0.25}, {"predicted": 0.8, "observed": 0.7}],
        "confusion": {"labels": ["private", "work"], "matrix": [[5, 1], [2, 7]]},
        "learning_curve": [
            {"train_persons": 30, "macro_f1": 0.8, "roc_auc": 0.9, "employer_accuracy": 0.9}
        ],
    }
    files = write_figures(None, card, tmp_path)
    assert files == {"model_card": "model_card.png", "model_card_nl": "model_card_nl.png"}
    assert set(LABELS) == {"en", "nl"}
    pictures = [QImage(str(tmp_path / name)) for name in files.values()]
    assert all(not p.isNull() and p.width() > 1000 for p in pictures)
    assert pictures[0] != pictures[1]  # the Dutch one has other words
