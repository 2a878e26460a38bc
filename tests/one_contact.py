"""The smallest LinkedIn Connections.csv the app opens: one buyer at Acme, for GUI tests
about layout and wording, where the contacts themselves do not matter."""

from __future__ import annotations

from pathlib import Path

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
ROW = "Anna,Smit,https://www.linkedin.com/in/anna,,Acme B.V.,Inkoper,05 Mar 2021\n"


def one_contact_export(folder: Path) -> Path:
    """Write that Connections.csv into ``folder`` and return its path."""
    path = Path(folder) / "Connections.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    return path
