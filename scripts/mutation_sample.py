"""A layer's kill ratio estimated from a seeded random sample of its mutants.

A complete `make mutation` over services/ runs for many hours on two cores: a mutant of a
function that every workspace test reaches waits for all of those tests when it survives.
Running a uniform random sample of the mutants and reading its kill ratio with a
confidence interval is the usual answer (random mutant selection: Zhang et al., ICSE 2010,
found it as good an estimate as the operator-based selections). `make mutation-sample`:

    python scripts/mutation_sample.py make               # mutmut's mutants, if not made yet
    python scripts/mutation_sample.py pick               # the sample's names, one a line
    python -m mutmut run $(python scripts/mutation_sample.py pick)
    python scripts/mutation_sample.py report             # ratio, 95 % interval, survivors

The same seed and the same source give the same sample, so a report can be checked again.
The report fails when a sampled mutant is not checked yet, when the interval's lower end is
under the 90 % floor, or when a sampled survivor is not explained in docs/mutation.md.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutation_report import FLOOR, KILLED, explained_names, statuses  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LAYER = "services"
DEFAULT_SIZE = 400
DEFAULT_SEED = 20261202
# Statuses of a mutant whose tests have not run to the end; any other that is not a kill
# (survived, no tests, suspicious, segfault) counts against the ratio.
UNCHECKED = ("not checked", "skipped", "check was interrupted by user")
# 1.96 standard deviations: a two-sided 95 % interval.
Z_95 = 1.959964


def make_mutants() -> None:
    """Let mutmut write its mutants (and their result files) without running a test.

    mutmut 3 has no command that only generates; these are the steps its `run` takes first
    (the version is pinned in requirements/dev.txt).
    """
    from mutmut.__main__ import create_mutants
    from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths

    os.chdir(ROOT)
    Path("mutants").mkdir(exist_ok=True)
    copy_src_dir()
    copy_also_copy_files()
    setup_source_paths()
    create_mutants(os.cpu_count() or 2)


def layer_of(name: str) -> str:
    """`facilitator_desktop.services.notes.x_add__mutmut_3` -> `services`."""
    parts = name.split(".")
    return parts[1] if len(parts) > 2 else ""


def module_of(name: str) -> str:
    """`facilitator_desktop.services.notes.x_add__mutmut_3` -> `notes`."""
    parts = name.split(".")
    return parts[2] if len(parts) > 3 else ""


def pick(names: Iterable[str], layer: str, size: int, seed: int) -> list[str]:
    """A uniform random sample of `size` of the layer's mutants, the same for the same seed.

    Sorted before drawing, so the order mutmut lists them in does not change the sample.
    """
    pool = sorted(name for name in names if layer_of(name) == layer)
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    return sorted(chosen)


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval of a proportion: sound near 100 % and for small samples,
    where the textbook p ± z·√(p(1-p)/n) runs past 1 or collapses to a point."""
    if trials <= 0:
        return 0.0, 1.0
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class SampleResult:
    """What the sampled mutants came to."""

    size: int
    killed: int
    not_checked: tuple[str, ...]
    survivors: tuple[str, ...]
    unexplained: tuple[str, ...]
    by_module: Mapping[str, Counter[str]]

    @property
    def checked(self) -> int:
        return self.size - len(self.not_checked)

    @property
    def ratio(self) -> float:
        return self.killed / self.checked if self.checked else 0.0

    @property
    def interval(self) -> tuple[float, float]:
        return wilson_interval(self.killed, self.checked)

    @property
    def passes(self) -> bool:
        return not self.not_checked and not self.unexplained and self.interval[0] >= FLOOR


def judge(sample: Sequence[str], status_of: Mapping[str, str], explained: set[str]) -> SampleResult:
    """The sample read against mutmut's statuses; a mutant no test reaches counts as not
    killed, as in the full report."""
    by_module: dict[str, Counter[str]] = {}
    not_checked, survivors = [], []
    killed = 0
    for name in sample:
        status = status_of.get(name, "not checked")
        by_module.setdefault(module_of(name), Counter())[status] += 1
        if status in UNCHECKED:
            not_checked.append(name)
        elif status in KILLED:
            killed += 1
        elif status == "survived":
            survivors.append(name)
    return SampleResult(
        size=len(sample),
        killed=killed,
        not_checked=tuple(not_checked),
        survivors=tuple(survivors),
        unexplained=tuple(name for name in survivors if name not in explained),
        by_module=by_module,
    )


def render(result: SampleResult, population: int, layer: str, seed: int) -> str:
    """The report as text: the estimate first, then the modules, then what is left to do."""
    low, high = result.interval
    lines = [
        f"{layer}/: a random sample of {result.size} of its {population} mutants (seed {seed})",
        f"{result.killed} of {result.checked} sampled mutants checked were killed "
        f"({result.ratio:.1%}); 95 % interval {low:.1%}–{high:.1%}; floor {FLOOR:.0%}",
        "",
        "| module | sampled | killed | survived | no tests |",
        "|---|---|---|---|---|",
    ]
    for module in sorted(result.by_module):
        counts = result.by_module[module]
        killed = sum(counts[status] for status in KILLED)
        lines.append(
            f"| {module} | {sum(counts.values())} | {killed} | {counts['survived']} "
            f"| {counts['no tests']} |"
        )
    for name in result.not_checked:
        lines.append(f"not checked yet: {name}")
    for name in result.unexplained:
        lines.append(f"unexplained survivor: {name}  (python -m mutmut show {name})")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("make", "pick", "report"))
    parser.add_argument("--layer", default=DEFAULT_LAYER)
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.command == "make":
        make_mutants()
        return 0
    found = statuses()
    if not any(layer_of(name) == args.layer for name in found):
        print(f"No mutants of {args.layer}/: run `{sys.argv[0]} make` first.", file=sys.stderr)
        return 1
    sample = pick(found, args.layer, args.size, args.seed)
    if args.command == "pick":
        print("\n".join(sample))
        return 0
    population = sum(1 for name in found if layer_of(name) == args.layer)
    result = judge(sample, found, explained_names())
    print(render(result, population, args.layer, args.seed))
    return 0 if result.passes else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
