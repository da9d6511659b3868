"""No source file over 500 lines: a module that grows past it holds more than one job, and
is split by job (a presenter from its view, a service from its formatting, a test module by
the behaviour it covers), never cut at an arbitrary line."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("facilitator_desktop", "tests", "scripts")
LIMIT = 500


def line_count(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def test_no_source_file_is_over_500_lines() -> None:
    paths = [p for folder in CHECKED for p in (ROOT / folder).rglob("*.py")]
    assert len(paths) > 100 and ROOT / "facilitator_desktop" / "workspace.py" in paths
    too_long = {str(p.relative_to(ROOT)): count for p in paths if (count := line_count(p)) > LIMIT}
    assert too_long == {}


def test_lines_are_counted_as_an_editor_shows_them(tmp_path: Path) -> None:
    for text, lines in (("", 0), ("a", 1), ("a\n", 1), ("a\nb", 2), ("a\n\n", 2)):
        path = tmp_path / "sample.py"
        path.write_text(text, encoding="utf-8")
        assert line_count(path) == lines, repr(text)
