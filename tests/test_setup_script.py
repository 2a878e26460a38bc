"""packaging/setup.sh installs what the app shows: a colour-emoji font among the libraries."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

SETUP = Path(__file__).resolve().parents[1] / "packaging" / "setup.sh"


def packages() -> set[str]:
    text = SETUP.read_text(encoding="utf-8")
    block = re.search(r"libs=\((.*?)\)", text, re.S).group(1)
    return set(block.split())


def test_setup_installs_a_colour_emoji_font():
    assert "fonts-noto-color-emoji" in packages()
    assert "fonts-dejavu-core" in packages()


def test_setup_script_is_valid_bash():
    assert subprocess.run(["bash", "-n", str(SETUP)], capture_output=True).returncode == 0
