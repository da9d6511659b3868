"""After `mutmut run` (make mutation): the kill ratio, and every survivor that
docs/mutation.md does not explain.

Killed and timed-out mutants count as killed; survivors and mutants no unit test reaches
("no tests") do not. Exit status 1 when the ratio is under the floor or a survivor is not
listed in docs/mutation.md, so the target fails where the tests stopped biting.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
FLOOR = 0.90
EXPLAINED = ROOT / "docs" / "mutation.md"
KILLED = ("killed", "timeout", "caught by type check")


def statuses() -> dict[str, str]:
    """Every mutant's status, as `mutmut results --all true` prints them."""
    done = subprocess.run(
        [sys.executable, "-m", "mutmut", "results", "--all", "true"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = {}
    for line in done.stdout.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and name:
            found[name] = status
    return found


def explained_names() -> set[str]:
    """The mutant names docs/mutation.md lists (in backticks)."""
    text = EXPLAINED.read_text(encoding="utf-8") if EXPLAINED.exists() else ""
    return set(re.findall(r"`(facilitator_desktop\.[\w.ǁ]+__mutmut_\d+)`", text))


def main() -> int:
    found = statuses()
    if not found:
        print("No mutation results: run `make mutation` first.")
        return 1
    counts = Counter(found.values())
    # A run narrowed with MUTANTS= leaves the rest unchecked: the ratio is of those checked.
    tested = len(found) - counts["skipped"] - counts["not checked"]
    killed = sum(counts[s] for s in KILLED)
    ratio = killed / tested if tested else 0.0
    print(f"{killed} of {tested} mutants checked were killed ({ratio:.1%}); floor {FLOOR:.0%}")
    for status, n in sorted(counts.items()):
        print(f"  {status}: {n}")
    listing = compare(found, explained_names())
    for name in listing.unexplained:
        print(f"unexplained survivor: {name}  (python -m mutmut show {name})")
    for name in listing.settled:
        print(f"listed in docs/mutation.md but {found[name]} now: {name}")
    for name in listing.gone:
        print(f"listed in docs/mutation.md but no such mutant now: {name}")
    if listing.unchecked:
        print(f"{listing.unchecked} listed in docs/mutation.md not checked in this run")
    return 0 if ratio >= FLOOR and not listing.unexplained else 1


class Listing(NamedTuple):
    """How mutmut's results and docs/mutation.md's list of equivalents compare."""

    unexplained: list[str]  # survived, and not listed
    settled: list[str]  # listed, but checked and not a survivor now: take the line out
    gone: list[str]  # listed, but the code no longer has that mutant
    unchecked: int  # listed, and not checked yet (a run narrowed or not finished)


def compare(found: dict[str, str], explained: set[str]) -> Listing:
    survivors = {name for name, status in found.items() if status == "survived"}
    stale = explained - survivors
    waiting = {n for n in stale if found.get(n) in ("not checked", "skipped")}
    return Listing(
        unexplained=sorted(survivors - explained),
        settled=sorted(n for n in stale if n in found and n not in waiting),
        gone=sorted(n for n in stale if n not in found),
        unchecked=len(waiting),
    )


if __name__ == "__main__":
    raise SystemExit(main())
