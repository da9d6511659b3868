"""After `mutmut run` (make mutation): the kill ratio, and every survivor that
docs/mutation.md does not explain.

Killed and timed-out mutants count as killed; survivors and mutants no unit test reaches
("no tests") do not. Each line of docs/mutation.md's table names a mutant and the hash
mutmut gave its function when the line was written: a mutant's number is its place in its
function, so after an edit the same number may name another change, and the line no longer
explains it. Exit status 1 when the ratio is under the floor, a survivor is not listed, or
is listed against another version of its function, so the target fails where the tests
stopped biting.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutation_record import module_name  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FLOOR = 0.90
EXPLAINED = ROOT / "docs" / "mutation.md"
KILLED = ("killed", "timeout", "caught by type check")
# | `mutant name` | function hash when judged | why it is equivalent |
_ROW = re.compile(r"^\| `(facilitator_desktop\.[\w.ǁ]+__mutmut_\d+)` \| ([0-9a-f]+) \|", re.M)


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


def table_rows(path: Path = EXPLAINED) -> list[tuple[str, str]]:
    """(mutant name, its function's hash when judged) of each line of the table."""
    return _ROW.findall(path.read_text(encoding="utf-8")) if path.exists() else []


def explained_names() -> set[str]:
    """The mutants docs/mutation.md's table lists."""
    return {name for name, _ in table_rows()}


def function_of(name: str) -> str:
    """`m.x_f__mutmut_3` → `m.x_f`."""
    return name.rpartition("__mutmut_")[0]


def function_hashes(root: Path = ROOT) -> dict[str, str]:
    """Each function's hash as mutmut last gave it (mutants/*.meta), by `module.function`."""
    mutants = root / "mutants"
    found: dict[str, str] = {}
    for meta_path in sorted(mutants.rglob("*.py.meta")):
        prefix = module_name(meta_path.relative_to(mutants).with_suffix("").as_posix())
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for func, digest in meta.get("hash_by_function_name", {}).items():
            found[f"{prefix}.{func}"] = digest
    return found


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
    rows = table_rows()
    twice = sorted(name for name, n in Counter(name for name, _ in rows).items() if n > 1)
    hashes = function_hashes()
    listing = compare(found, dict(rows), hashes)
    for name in listing.unexplained:
        digest = hashes.get(function_of(name), "?")
        print(f"unexplained survivor: {name}  (hash {digest}; python -m mutmut show {name})")
    for name in listing.rejudge:
        print(
            f"listed against another version of its function: {name}"
            f"  (hash {hashes[function_of(name)]} now; does the line still say what it does?)"
        )
    for name in twice:
        print(f"listed twice in docs/mutation.md: {name}")
    for name in listing.settled:
        print(f"listed in docs/mutation.md but {found[name]} now: {name}")
    for name in listing.gone:
        print(f"listed in docs/mutation.md but no such mutant now: {name}")
    if listing.unchecked:
        print(f"{listing.unchecked} listed in docs/mutation.md not checked in this run")
    answered = not (listing.unexplained or listing.rejudge or twice)
    return 0 if ratio >= FLOOR and answered else 1


class Listing(NamedTuple):
    """How mutmut's results and docs/mutation.md's list of equivalents compare."""

    unexplained: list[str]  # survived, and not listed
    settled: list[str]  # listed, but checked and not a survivor now: take the line out
    gone: list[str]  # listed, but the code no longer has that mutant
    unchecked: int  # listed, and not checked yet (a run narrowed or not finished)
    rejudge: list[str]  # survived, listed against another hash of its function: look again


def compare(
    found: Mapping[str, str], explained: Mapping[str, str], hashes: Mapping[str, str]
) -> Listing:
    """`explained`: listed mutant → its function's hash when judged; `hashes`: each
    function's hash now (a function missing there is not compared)."""
    survivors = {name for name, status in found.items() if status == "survived"}
    stale = explained.keys() - survivors
    waiting = {n for n in stale if found.get(n) in ("not checked", "skipped")}
    moved = {
        n
        for n in survivors & explained.keys()
        if hashes.get(function_of(n), explained[n]) != explained[n]
    }
    return Listing(
        unexplained=sorted(survivors - explained.keys()),
        settled=sorted(n for n in stale if n in found and n not in waiting),
        gone=sorted(n for n in stale if n not in found),
        unchecked=len(waiting),
        rejudge=sorted(moved),
    )


if __name__ == "__main__":
    raise SystemExit(main())
