"""The mutant names `make mutation-resume` hands mutmut, one per line.

mutmut re-runs every mutant a name or pattern matches, checked before or not, so naming a
layer again starts it over. This names only what an unfinished run still owes: the mutants
of the patterns given that have no result yet, the survivors docs/mutation.md does not
explain (a test may have been added for them since), and, as a pattern, every mutant of a
module whose source changed since its mutants were made (their numbers may have moved).
"""

from __future__ import annotations

import fnmatch
import json
import sys
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutation_report import explained_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def module_of(meta: Path, mutants: Path) -> str:
    """`mutants/a/b/c.py.meta` → `a.b.c`."""
    return ".".join(meta.relative_to(mutants).with_suffix("").with_suffix("").parts)


def pending(
    patterns: Sequence[str], root: Path = ROOT, explained: Collection[str] = ()
) -> Iterable[str]:
    mutants = root / "mutants"
    for meta in sorted(mutants.rglob("*.py.meta")):
        module = module_of(meta, mutants)
        source = root / meta.relative_to(mutants).with_suffix("")
        copy = meta.with_suffix("")
        changed = not copy.exists() or source.stat().st_mtime > copy.stat().st_mtime
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        wanted = [n for n in codes if any(fnmatch.fnmatchcase(n, p) for p in patterns)]
        if changed and wanted:
            yield f"{module}.*"
        else:
            owed = [n for n in wanted if codes[n] is None or (codes[n] == 0 and n not in explained)]
            yield from sorted(owed)


def main(argv: Sequence[str], root: Path = ROOT) -> int:
    if not argv:
        print("usage: mutation_resume.py PATTERN...", file=sys.stderr)
        return 2
    names = list(pending(argv, root, explained_names()))
    if not names:
        print("Nothing left to check for " + " ".join(argv), file=sys.stderr)
        return 1
    print("\n".join(names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
