"""Help ▸ About: the app's version, the model in use and its measured quality, and privacy.

Use from the main window (the model is the one already loaded; nothing is loaded here)::

    AboutDialog.for_model(model, parent=window).exec()     # model: model.predictor.OwnershipModel
    AboutDialog(parent=window).exec()                      # the shipped model's card, read from disk
    AboutDialog(card_dict, model_path=path).exec()         # or with a bare card, e.g. in tests
    AboutDialog(None).exec()                               # no model: says so

The card is the dict written by ``model.training.train`` / ``model.persist.save_model``
(``trained_on``, ``created``, ``sklearn_version``, ``sha256``, ``metrics``, ``per_profession``,
``flag_band``, ``figures``); missing keys show as "—", never as an error.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.fmt import Count
from desktop.icons import icon_path
from model.messages import current_language
from model.paths import data_dir

from .screen_fit import keep_on_screen

DASH = "—"
TRAINED_NAME = "Contact Ownership classifier"  # model.training's name and words for the
TRAINED_SOURCE = "generated persons, never real people:"  # data: shown translated
SHIPPED = "shipped"  # the default card: the shipped model's, read from its card.json
CONTEXT = "AboutDialog"  # the translation context of every text in this module
# The card's metric keys, in the order shown, with a name and what the number means (both
# marked for pyside6-lupdate here, translated where shown).
METRICS = (
    (
        "macro_f1",
        QT_TRANSLATE_NOOP("AboutDialog", "Macro-F1"),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "Balance of precision and recall over work and private (1 is best)"
        ),
    ),
    (
        "accuracy",
        QT_TRANSLATE_NOOP("AboutDialog", "Accuracy"),
        QT_TRANSLATE_NOOP("AboutDialog", "Share of contacts whose suggestion was right"),
    ),
    (
        "roc_auc",
        QT_TRANSLATE_NOOP("AboutDialog", "ROC-AUC"),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "How well p_work ranks work above private (1 is best, 0.5 is chance)"
        ),
    ),
    (
        "brier",
        QT_TRANSLATE_NOOP("AboutDialog", "Brier score"),
        QT_TRANSLATE_NOOP("AboutDialog", "Mean squared error of p_work (0 is best)"),
    ),
    (
        "ece",
        QT_TRANSLATE_NOOP("AboutDialog", "Calibration error"),
        QT_TRANSLATE_NOOP(
            "AboutDialog", "How far p_work is from the observed share of work (0 is best)"
        ),
    ),
    (
        "employer_accuracy",
        QT_TRANSLATE_NOOP("AboutDialog", "Employer accuracy"),
        QT_TRANSLATE_NOOP("AboutDialog", "Work contacts attributed to the right employer"),
    ),
    (
        "category_accuracy",
        QT_TRANSLATE_NOOP("AboutDialog", "Category accuracy"),
        QT_TRANSLATE_NOOP("AboutDialog", "Work contacts given the right category"),
    ),
)
CONTACTS_HEADER = QT_TRANSLATE_NOOP("AboutDialog", "Contacts")
PROFESSION_COLUMNS = ("contacts", "macro_f1", "roc_auc", "brier", "ece", "employer_accuracy")


# The generator's profession codes, as a person names them (marked for lupdate).
PROFESSION_NAMES = {
    "account_manager": QT_TRANSLATE_NOOP("AboutDialog", "Account manager"),
    "accountant": QT_TRANSLATE_NOOP("AboutDialog", "Accountant"),
    "financial_advisor": QT_TRANSLATE_NOOP("AboutDialog", "Financial advisor"),
    "freelancer": QT_TRANSLATE_NOOP("AboutDialog", "Freelancer"),
    "hr_advisor": QT_TRANSLATE_NOOP("AboutDialog", "HR advisor"),
    "it_consultant": QT_TRANSLATE_NOOP("AboutDialog", "IT consultant"),
    "lawyer": QT_TRANSLATE_NOOP("AboutDialog", "Lawyer"),
    "marketing_manager": QT_TRANSLATE_NOOP("AboutDialog", "Marketing manager"),
    "nurse": QT_TRANSLATE_NOOP("AboutDialog", "Nurse"),
    "project_manager": QT_TRANSLATE_NOOP("AboutDialog", "Project manager"),
    "real_estate_agent": QT_TRANSLATE_NOOP("AboutDialog", "Real estate agent"),
    "recruiter": QT_TRANSLATE_NOOP("AboutDialog", "Recruiter"),
    "software_developer": QT_TRANSLATE_NOOP("AboutDialog", "Software developer"),
    "student": QT_TRANSLATE_NOOP("AboutDialog", "Student"),
    "teacher": QT_TRANSLATE_NOOP("AboutDialog", "Teacher"),
}


def _translated(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def profession_label(code: str) -> str:
    """A profession code ("real_estate_agent") in words, in the interface language."""
    if code in PROFESSION_NAMES:
        return _translated(PROFESSION_NAMES[code])
    words = str(code).replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def app_version() -> str:
    """The installed package's version (the source tree's when not installed)."""
    try:
        return metadata.version("contact-ownership")
    except metadata.PackageNotFoundError:
        from model import __version__

        return __version__


def format_value(value: object) -> str:
    """A card value as short text in the interface language's number format: figures to three
    decimals, counts grouped, lists joined, None as a dash."""
    if value is None or value == "":
        return DASH
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("AboutDialog", "yes")
        return QCoreApplication.translate("AboutDialog", "no")
    if isinstance(value, float):
        return _decimal(value, 3)
    if isinstance(value, int):
        return f"{Count(value):,}"
    if isinstance(value, list | tuple):
        return ", ".join(format_value(v) for v in value) or DASH
    return str(value)


def figure_path(card: dict, model_path: Path | None, language: str = "en") -> Path | None:
    """The card's figure (calibration etc.) in ``language`` (else English) as an existing file
    beside the model, or None. Only a bare file name counts: a card cannot point elsewhere."""
    figures = card.get("figures") or {}
    key = "model_card" if language == "en" else f"model_card_{language}"
    names = (figures.get(key), figures.get("model_card"), card.get("calibration_png"))
    if model_path is None:
        return None
    base = model_path if model_path.is_dir() else model_path.parent
    for name in names:
        if isinstance(name, str) and name and Path(name).name == name:
            path = base / name
            if path.is_file():
                return path
    return None


def shipped_card() -> tuple[dict, Path]:
    """The shipped model's card (empty when missing or unreadable) and the model file's path.

    Only the JSON is read: the dialog must not wait for scikit-learn to load a model."""
    import json

    from model.persist import CARD_FILE, MODEL_FILE, SHIPPED_DIR

    try:
        card = json.loads((SHIPPED_DIR / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        card = {}
    return (card if isinstance(card, dict) else {}), SHIPPED_DIR / MODEL_FILE


class AboutDialog(QDialog):
    """Version, model card and privacy statement in tabs; read-only."""

    def __init__(
        self,
        card: dict | str | None = SHIPPED,
        *,
        model_path: str | Path | None = None,
        version: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Contact Ownership"))
        self.setObjectName("aboutDialog")
        if card == SHIPPED:
            card, model_path = shipped_card()
        self.card = dict(card or {})
        self.model_path = Path(model_path) if model_path is not None and self.card else None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(version or app_version()), self.tr("About"))
        self.tabs.addTab(self._model_tab(), self.tr("Model"))
        if self.card.get("per_profession"):
            self.tabs.addTab(self._profession_tab(), self.tr("Per profession"))
        figure = figure_path(self.card, self.model_path, current_language())
        if figure is not None:
            self.tabs.addTab(self._figure_tab(figure), self.tr("Figures"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 560)
        keep_on_screen(self)  # sized for a large screen; fitted to a small one

    @classmethod
    def for_model(cls, model, parent: QWidget | None = None) -> AboutDialog:
        """The dialog for a loaded ``OwnershipModel`` (its ``card`` and ``path``), or None."""
        if model is None:
            return cls(None, parent=parent)
        return cls(model.card, model_path=getattr(model, "path", None), parent=parent)

    # -- tabs ---------------------------------------------------------------------------------

    def _about_tab(self, version: str) -> QWidget:
        icon = QLabel()
        icon.setPixmap(QPixmap(str(icon_path(64))))
        version_text = _escape(self.tr("Version {version}").format(version=version))
        title = QLabel(f"<h2>Contact Ownership</h2><p>{version_text}</p>")
        self.version_label = title
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(title, 1)

        folder = data_dir()
        url = QUrl.fromLocalFile(str(folder)).toString()
        text = QLabel(
            "<p>"
            + self.tr(
                "Suggests, for each contact in your export, whether it was acquired privately "
                "or for work, for which employer, and why. The suggestions are a starting point "
                "for a conversation, not a verdict."
            )
            + "</p><p><b>"
            + self.tr("Privacy")
            + "</b><br>"
            + self.tr(
                "Contact Ownership never opens a network connection. Your contacts, decisions "
                "and settings stay on this computer, in a folder only you can read:"
            )
            + f'<br><a href="{url}">{_escape(str(folder))}</a></p><p>'
            + self.tr("Licence: MIT. The model was trained on generated people only.")
            + "</p>"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        text.setOpenExternalLinks(False)
        text.linkActivated.connect(_open_local)
        self.privacy_label = text

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(header)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    def _model_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if not self.card:
            layout.addWidget(QLabel(self.tr("No model is loaded yet.")))
            layout.addStretch(1)
            return page
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        trained = self.card.get("trained_on") or {}
        if not isinstance(trained, dict):
            trained = {"source": trained}
        held_out = self.card.get("held_out") or {}
        sha = str(self.card.get("sha256") or "")
        sha_name = "SHA-256"  # a name, the same in every language
        rows = [
            (self.tr("Model"), self._card_name()),
            (self.tr("File"), str(self.model_path) if self.model_path else None),
            (self.tr("Created"), self.card.get("created")),
            (self.tr("Trained on"), self._trained_on(trained)),
            (
                self.tr("Training data"),
                _count_text(trained.get("persons"), trained.get("contacts")),
            ),
            (
                self.tr("Professions"),
                [profession_label(p) for p in trained.get("professions") or []] or None,
            ),
            (
                self.tr("Measured on"),
                _count_text(held_out.get("persons"), held_out.get("contacts"), held_out=True),
            ),
            ("scikit-learn", self.card.get("sklearn_version")),
            (sha_name, f"{sha[:16]}…" if len(sha) > 16 else sha),
            (
                self.tr("Flagged for review when p_work is in"),
                _band_text(self.card.get("flag_band")),
            ),
        ]
        self.model_fields: dict[str, QLabel] = {}
        for name, value in rows:
            label = QLabel(format_value(value))
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name == sha_name and sha:
                label.setToolTip(sha)
            form.addRow(name + ":", label)
            self.model_fields[name] = label
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Measured quality (held-out people)") + "</b>"))
        layout.addWidget(self._metrics_table(self.card.get("metrics") or {}))
        return page

    def _card_name(self) -> str | None:
        """The model's name: ours (the name model.training gives) in the interface language,
        another as written."""
        name = self.card.get("name")
        return self.tr("Contact Ownership classifier") if name == TRAINED_NAME else name

    def _trained_on(self, trained: dict) -> str | None:
        """What the model was trained on, in the interface language when the card gives its
        figures (the shares of each generator, as model.training writes them); else the
        card's own words."""
        source = trained.get("source")
        shares = (trained.get("second_share"), trained.get("third_share") or 0.0)
        if not isinstance(source, str) or not source.startswith(TRAINED_SOURCE):
            return source  # not our text: shown as written
        if not all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in shares):
            return source
        second, third = shares
        first = self.locale().toString(round(100 * (1 - second - third))) + "%"
        text = self.tr(
            "generated persons, never real people: {first} from model.synthetic, {second} "
            "from the independently written model.synthetic.second"
        ).format(first=first, second=self.locale().toString(round(100 * second)) + "%")
        if third:
            text += self.tr(", {third} from model.synthetic.third").format(
                third=self.locale().toString(round(100 * third)) + "%"
            )
        return text

    def _metrics_table(self, metrics: dict) -> QTableWidget:
        shown = [m for m in METRICS if m[0] in metrics]
        table = _table(len(shown), (self.tr("Measure"), self.tr("Value"), self.tr("What it means")))
        table.setObjectName("metrics")
        for row, (key, name, meaning) in enumerate(shown):
            table.setItem(row, 0, QTableWidgetItem(_translated(name)))
            table.setItem(row, 1, _number_item(metrics.get(key)))
            explanation = QTableWidgetItem(_translated(meaning))
            explanation.setToolTip(explanation.text())  # in full where the column elides it
            table.setItem(row, 2, explanation)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        return table

    def _profession_tab(self) -> QWidget:
        per = self.card.get("per_profession") or {}
        names = dict((k, n) for k, n, _m in METRICS) | {"contacts": CONTACTS_HEADER}
        headers = (self.tr("Profession"), *(_translated(names[c]) for c in PROFESSION_COLUMNS))
        table = _table(len(per), headers)
        table.setObjectName("perProfession")
        named = sorted(((profession_label(p), f) for p, f in per.items()), key=lambda x: x[0])
        for row, (profession, figures) in enumerate(named):
            table.setItem(row, 0, QTableWidgetItem(profession))
            for col, key in enumerate(PROFESSION_COLUMNS, start=1):
                table.setItem(row, col, _number_item((figures or {}).get(key)))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            table.resizeColumnToContents(col)
        self.profession_table = table
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Measured on held-out generated people, per profession.")))
        layout.addWidget(table)
        return page

    def _figure_tab(self, figure: Path) -> QWidget:
        image = QLabel()
        image.setObjectName("figure")
        pixmap = QPixmap(str(figure))
        if pixmap.width() > 640:
            pixmap = pixmap.scaledToWidth(640, Qt.TransformationMode.SmoothTransformation)
        image.setPixmap(pixmap)
        image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(image)
        scroll.setWidgetResizable(True)
        return scroll


# ---------------------------------------------------------------------------------------------


def _table(rows: int, headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    # Compact rows: the default height leaves a seven-row table scrolling at 1366x768.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def _number_item(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem(format_value(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _count_text(persons: object, contacts: object, held_out: bool = False) -> str | None:
    if persons is None and contacts is None:
        return None
    # Whole sentences, not a spliced-in adjective: word order differs between languages.
    if held_out:
        text = QCoreApplication.translate(
            "AboutDialog", "{persons} held-out people, {contacts} contacts"
        )
    else:
        text = QCoreApplication.translate("AboutDialog", "{persons} people, {contacts} contacts")
    return text.format(persons=format_value(persons), contacts=format_value(contacts))


def _band_text(band: object) -> str | None:
    if isinstance(band, list | tuple) and len(band) == 2:
        return f"{_decimal(float(band[0]), 2)} – {_decimal(float(band[1]), 2)}"
    return None


def _decimal(value: float, places: int) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no LANG set: Python's point, as before
        return f"{value:.{places}f}"
    return locale.toString(value, "f", places)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _open_local(link: str) -> None:
    url = QUrl(link)
    if url.isLocalFile():  # never hand a web address to the desktop from here
        QDesktopServices.openUrl(url)
