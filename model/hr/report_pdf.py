"""The hand-over report as a PDF (reportlab): A4, fonts, styles and numbered pages; the
sections themselves are in :mod:`model.hr.report_sections`."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, os_reason
from ..messages import Message
from ..paths import atomic_path
from .report_data import ReportData
from .report_sections import ALERT, INK, MUTED, story
from .texts import report_texts

# Fonts with wide coverage where the system has them; reportlab's own Vera otherwise.
_FONT_CANDIDATES = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/Library/Fonts/Arial Unicode.ttf", "/Library/Fonts/Arial Unicode.ttf"),
]


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "CO-Regular" in pdfmetrics.getRegisteredFontNames():
        return "CO-Regular", "CO-Bold"
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts"
    candidates = [*_FONT_CANDIDATES, (str(vera / "Vera.ttf"), str(vera / "VeraBd.ttf"))]
    for regular, bold in candidates:
        if Path(regular).is_file() and Path(bold).is_file():
            pdfmetrics.registerFont(TTFont("CO-Regular", regular))
            pdfmetrics.registerFont(TTFont("CO-Bold", bold))
            pdfmetrics.registerFontFamily("CO-Regular", normal="CO-Regular", bold="CO-Bold")
            return "CO-Regular", "CO-Bold"
    return "Helvetica", "Helvetica-Bold"


def _styles(regular: str, bold: str) -> dict:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    ink, muted = HexColor(INK), HexColor(MUTED)
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, textColor=ink)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=18, leading=22),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=12, leading=16, textColor=muted),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=14,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        ),
        # An introduction stays with the table it introduces.
        "intro": ParagraphStyle("intro", base, spaceAfter=5, keepWithNext=1),
        "small": ParagraphStyle("small", base, fontSize=7.2, leading=8.8),
        "small_bold": ParagraphStyle("small_bold", base, fontName=bold, fontSize=7.2, leading=8.8),
        "num": ParagraphStyle("num", base, fontSize=7.8, leading=9.5, alignment=2),
        "num_bold": ParagraphStyle(
            "num_bold", base, fontName=bold, fontSize=7.2, leading=8.8, alignment=2
        ),
        "tiny": ParagraphStyle("tiny", base, fontSize=6.4, leading=7.8, textColor=muted),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=bold, fontSize=8.5, leading=11),
        "alert": ParagraphStyle("alert", base, fontName=bold, textColor=HexColor(ALERT)),
        "boxed": ParagraphStyle("boxed", base, fontSize=9, leading=12.5),
    }


def write_report_pdf(data: ReportData, path: str | Path, language: str = "en") -> Path:
    """Write the report of ``data`` to ``path`` (atomically); returns the path.

    Raises InputError if it cannot be written.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    path = Path(path)
    t = report_texts(language)
    regular, bold = _fonts()
    styles = _styles(regular, bold)
    header = t["header"].format(owner=data.owner)
    footer = t["footer"].format(sha=data.package.sha256[:16] + "…", when=data.generated)

    def decorate(canvas, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColorRGB(0.37, 0.42, 0.48)
        width, height = A4
        canvas.drawString(20 * mm, height - 12 * mm, header)
        canvas.drawRightString(width - 20 * mm, height - 12 * mm, t["confidential"])
        canvas.setStrokeColorRGB(0.78, 0.81, 0.84)
        canvas.line(20 * mm, height - 13.5 * mm, width - 20 * mm, height - 13.5 * mm)
        canvas.line(20 * mm, 13.5 * mm, width - 20 * mm, 13.5 * mm)
        canvas.drawString(20 * mm, 9.5 * mm, footer)
        page = t["page"].format(page=canvas.getPageNumber(), pages=pages)
        canvas.drawRightString(width - 20 * mm, 9.5 * mm, page)
        canvas.restoreState()

    try:
        with atomic_path(path) as tmp:
            doc = SimpleDocTemplate(
                str(tmp),
                pagesize=A4,
                leftMargin=20 * mm,
                rightMargin=20 * mm,
                topMargin=20 * mm,
                bottomMargin=20 * mm,
                title=t["title"],
                author="Contact Ownership",
                subject=t["subtitle"].format(owner=data.owner),
            )
            doc.build(story(data, t, styles, language), canvasmaker=_numbered(decorate))
    except OSError as err:
        raise InputError(path, Message("file.cannot_write", reason=os_reason(err))) from err
    return path


def _numbered(decorate):
    """A canvas class that holds pages back until the end, so each can say "Page n of N"
    (reportlab's documented recipe; one pass instead of two builds)."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, len(self._pages))
                super().showPage()
            super().save()

    return NumberedCanvas
