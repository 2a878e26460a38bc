"""Every relative link in README.md and docs/*.md points to a file, and every #anchor to a heading."""

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# [text](target) and ![alt](target), not inside code spans or fenced blocks
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _unfenced(text: str) -> str:
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


def _prose(text: str) -> str:
    return re.sub(r"`[^`\n]*`", "", _unfenced(text))


def _anchors(path: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, -1 for repeats."""
    seen: dict[str, int] = {}
    anchors = set()
    for heading in re.findall(
        r"^#{1,6}\s+(.+?)\s*#*$", _unfenced(path.read_text(encoding="utf-8")), re.M
    ):
        heading = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "")
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def _links(path: Path) -> list[str]:
    return [
        t
        for t in LINK.findall(_prose(path.read_text(encoding="utf-8")))
        if not re.match(r"[a-z]+:", t)
    ]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_relative_link_resolves(page):
    broken = []
    for target in _links(page):
        file_part, _, anchor = target.partition("#")
        dest = (page.parent / unquote(file_part)).resolve() if file_part else page
        if not dest.exists():
            broken.append(f"{target}: no such file")
        elif anchor and dest.suffix == ".md" and anchor not in _anchors(dest):
            broken.append(f"{target}: no heading with that anchor in {dest.name}")
    assert not broken, f"{page.name}: " + "; ".join(broken)


def test_the_checker_sees_links_and_catches_a_broken_one(tmp_path):
    """The checks above would pass on pages with no links at all: make sure they find them."""
    assert any("#" in t for t in _links(ROOT / "README.md"))
    readme = _unfenced((ROOT / "README.md").read_text(encoding="utf-8"))
    assert "bench/independent/" in re.findall(r"`([^`\n]+)`", readme)
    assert "docs/model-quality.md" in {t.partition("#")[0] for t in _links(ROOT / "README.md")}
    page = tmp_path / "page.md"
    page.write_text("## A heading (with, `code`)\n## A heading (with, `code`)\n[bad](#nope)\n")
    assert _anchors(page) == {"a-heading-with-code", "a-heading-with-code-1"}
    assert "nope" not in _anchors(page)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_repository_path_named_in_code_spans_exists(page):
    """`tests/test_x.py`, `bench/y.py`, `model/z/`: files get renamed, and the text must follow."""
    text = _unfenced(page.read_text(encoding="utf-8"))
    named = re.findall(r"`((?:model|bench|desktop|packaging|assets|tests|docs)/[\w./-]*)`", text)
    missing = sorted({p for p in named if not (ROOT / p).exists()})
    assert not missing, f"{page.name} names {missing}, which are not in the repository"
