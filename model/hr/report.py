"""The hand-over report of a package, as PDF or XLSX by the file name."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..messages import Message
from .report_data import build_report

REPORT_FORMATS = (".pdf", ".xlsx")


def write_report(
    package_path: str | Path,
    out: str | Path,
    *,
    review_path: str | Path | None = None,
    language: str = "en",
) -> Path:
    """Write the hand-over report of a package (and HR's review beside it, if any) to ``out``,
    a .pdf or .xlsx file; returns the path. Raises InputError for another extension, an
    unreadable package or an unwritable ``out``."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise InputError(out, Message("write.use_pdf_xlsx"))
    if not out.parent.is_dir():
        raise InputError(out, Message("file.no_folder"))
    data = build_report(package_path, review_path)
    if suffix == ".pdf":
        from .report_pdf import write_report_pdf

        return write_report_pdf(data, out, language)
    from .report_xlsx import write_report_xlsx

    return write_report_xlsx(data, out, language)
