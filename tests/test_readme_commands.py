"""The README starts with the two commands a newcomer runs, and CI runs exactly the second."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bash_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", text, re.S)]


def test_the_readme_opens_with_the_app_and_the_test_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_section = readme.split("\n## ", 2)[1]
    blocks = _bash_blocks(first_section)
    assert len(blocks) == 2, first_section[:200]
    opens, tests = blocks
    assert opens.startswith("bash packaging/setup.sh && ") and " open " in opens
    sample = opens.split(" open ", 1)[1].strip()
    assert (ROOT / sample).is_file(), f"the README opens {sample}, which is not in the repository"
    assert tests == "bash packaging/setup.sh --dev && .venv/bin/python -m pytest"


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tests = _bash_blocks(readme.split("\n## ", 2)[1])[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = [line for line in ci if line and not line.startswith(("#", "set ", "cd "))]
    assert commands == [tests]
