"""How long a handout takes to build, next to ReportLab's floor on the same machine.

    .venv/bin/python benchmarks/bench_handouts.py [--runs 40]

Imports and font registration happen first and are timed once on their own. Then each case
is built `runs` times (after two warm-up builds) and the table shows the median and the
fastest build in milliseconds. The baseline is a one-paragraph ReportLab document with the
same embedded font, so the difference is what our layout costs. Goals: the ground-rules
handout with 12 rules in at most 100 ms; the same with rules and names in eight scripts
(shaped, bidi, Noto faces) in at most 150 ms, next to the Latin-only build of the same run;
the Noto fonts add at most 40 MB to the bundle, next to the DejaVu faces it had before.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from io import BytesIO

GOAL_MS = 100.0
MIXED_GOAL_MS = 150.0
FONT_BUDGET_MB = 40.0


def font_sizes_mb() -> tuple[float, float]:
    """(Noto faces added for the scripts, DejaVu faces that were there before), in MB."""
    from facilitator_desktop.handouts.fonts import FONT_FILES, SCRIPT_FILES, Script
    from facilitator_desktop.paths import resource_path

    folder = resource_path("fonts")
    added = {
        n for s, files in SCRIPT_FILES.items() if s is not Script.LATIN for n in files.values()
    }
    added.add("LICENSE-Noto.txt")
    before = set(FONT_FILES.values())
    size = lambda names: sum((folder / n).stat().st_size for n in names) / 1e6  # noqa: E731
    return size(added), size(before)


def _time(build: Callable[[], bytes], runs: int) -> tuple[float, float]:
    for _ in range(2):
        build()
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from facilitator_desktop.handouts import (
        HandoutOptions,
        build_ground_rules,
        build_rule_cards,
        build_session_summary,
        build_sign_in_sheet,
        ensure_fonts_registered,
        samples,
    )
    from facilitator_desktop.handouts.fonts import Face

    imported = time.perf_counter()
    ensure_fonts_registered()
    registered = time.perf_counter()
    rl_config.invariant = 1

    def minimal() -> bytes:
        buffer = BytesIO()
        style = ParagraphStyle("p", fontName=Face.REGULAR.value, fontSize=10)
        SimpleDocTemplate(buffer).build([Paragraph("One paragraph, nothing else.", style)])
        return buffer.getvalue()

    a4, letter = HandoutOptions(paper="A4"), HandoutOptions(paper="Letter")
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("ReportLab minimal, 1 paragraph", minimal),
        ("ground rules, 12 rules, A4", lambda: build_ground_rules(samples.ground_rules(), a4).pdf),
        (
            "ground rules, 12 rules, Letter",
            lambda: build_ground_rules(samples.ground_rules(), letter).pdf,
        ),
        (
            "ground rules, 40 rules, A4",
            lambda: build_ground_rules(samples.ground_rules(samples.FORTY_CARDS), a4).pdf,
        ),
        ("rule cards, 12 cut, 4/page", lambda: build_rule_cards(samples.rule_cards(), a4).pdf),
        ("sign-in sheet", lambda: build_sign_in_sheet(samples.sign_in_sheet(), a4).pdf),
        (
            "session summary, with notes",
            lambda: build_session_summary(samples.session_summary(include_private_notes=True)).pdf,
        ),
        (
            "ground rules, 12 rules, 8 scripts",
            lambda: build_ground_rules(samples.mixed_ground_rules(), a4).pdf,
        ),
    ]

    print(
        f"imports {1000 * (imported - start):.0f} ms, "
        f"font registration {1000 * (registered - imported):.0f} ms (once per process)"
    )
    print(f"{'case':34} {'median ms':>10} {'min ms':>8}")
    results: dict[str, float] = {}
    for name, build in cases:
        median, fastest = _time(build, args.runs)
        results[name] = median
        print(f"{name:34} {median:10.1f} {fastest:8.1f}")
    ours = results["ground rules, 12 rules, A4"]
    verdict = "met" if ours <= GOAL_MS else "NOT met"
    print(f"goal: ground rules (12) <= {GOAL_MS:.0f} ms median: {verdict} ({ours:.1f} ms)")
    mixed = results["ground rules, 12 rules, 8 scripts"]
    verdict = "met" if mixed <= MIXED_GOAL_MS else "NOT met"
    print(f"goal: mixed scripts <= {MIXED_GOAL_MS:.0f} ms median: {verdict} ({mixed:.1f} ms)")
    added, before = font_sizes_mb()
    verdict = "met" if added <= FONT_BUDGET_MB else "NOT met"
    print(f"fonts: +{added:.1f} MB for the scripts (DejaVu {before:.1f} MB): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def measure(runs: int = 20) -> list[tuple[object, ...]]:
    """The headline figure for `run_all.py`: ground rules (12) next to ReportLab's floor."""
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from facilitator_desktop.handouts import (
        HandoutOptions,
        build_ground_rules,
        ensure_fonts_registered,
        samples,
    )
    from facilitator_desktop.handouts.fonts import Face

    ensure_fonts_registered()
    rl_config.invariant = 1

    def minimal() -> bytes:
        buffer = BytesIO()
        style = ParagraphStyle("p", fontName=Face.REGULAR.value, fontSize=10)
        SimpleDocTemplate(buffer).build([Paragraph("One paragraph, nothing else.", style)])
        return buffer.getvalue()

    data, options = samples.ground_rules(), HandoutOptions(paper="A4")
    mixed_data = samples.mixed_ground_rules()
    ours = _time(lambda: build_ground_rules(data, options).pdf, runs)[0]
    mixed = _time(lambda: build_ground_rules(mixed_data, options).pdf, runs)[0]
    floor = _time(minimal, runs)[0]
    added, before = font_sizes_mb()
    return [
        (
            "ground-rules handout build (12 rules)",
            ours,
            "ms",
            "one-paragraph ReportLab doc",
            floor,
            "≤ 100 ms",
        ),
        ("ground rules, 12 rules in 8 scripts", mixed, "ms", "same, Latin only", ours, "≤ 150 ms"),
        ("bundle growth for script fonts", added, "MB", "DejaVu faces before", before, "≤ 40 MB"),
    ]
