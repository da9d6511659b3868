"""The mutant names `make mutation-resume` hands mutmut, one per line.

mutmut re-runs every mutant a name or pattern matches, checked before or not, so naming a
layer again starts it over. This names only what an unfinished run still owes, among the
mutants of the patterns given: those with no result yet or reached by no test, the
survivors docs/mutation.md does not explain (a test may have been added for them since),
and every mutant of a function whose code changed since its result (its mutants' numbers
may have moved). Results come from mutants/*.meta, which `scripts/mutation_record.py load`
makes from the record in git on a machine that has none. A function owed whole is named as
a pattern, a module owed whole too.
"""

from __future__ import annotations

import fnmatch
import json
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from mutmut.mutation.file_mutation import mutate_file_contents

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mutation_record import module_name  # noqa: E402
from mutation_report import explained_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("domain", "crypto", "services")  # pyproject's [tool.mutmut] only_mutate
NO_TESTS = 33  # mutmut's exit code for a mutant no test reached (a test may reach it now)


def owed_in_file(
    root: Path, source: str, patterns: Sequence[str], explained: Collection[str]
) -> list[str]:
    module = module_name(source)
    mutated = mutate_file_contents(source, (root / source).read_text(encoding="utf-8"))
    meta_path = root / "mutants" / (source + ".meta")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    codes = meta.get("exit_code_by_key", {})
    hashes = meta.get("hash_by_function_name", {})
    by_func: dict[str, list[tuple[str, bool]]] = {}
    total: dict[str, int] = {}  # mutants per function, matched or not
    for short in mutated.mutant_names:
        name = f"{module}.{short}"
        func = short.partition("__mutmut_")[0]
        total[func] = total.get(func, 0) + 1
        if not any(fnmatch.fnmatchcase(name, p) for p in patterns):
            continue
        code = codes.get(name) if hashes.get(func) == mutated.hash_by_function_name[func] else None
        owed = code in (None, NO_TESTS) or (code == 0 and name not in explained)
        by_func.setdefault(func, []).append((name, owed))
    whole = [
        func
        for func, names in by_func.items()
        if len(names) == total[func] and all(owed for _, owed in names)
    ]
    if by_func and len(whole) == len(total):
        return [f"{module}.*"]
    found = []
    for func, names in sorted(by_func.items()):
        if func in whole and len(names) > 1:
            found.append(f"{module}.{func}__mutmut_*")
        else:
            found += sorted(name for name, owed in names if owed)
    return found


def may_match(module: str, patterns: Sequence[str]) -> bool:
    """Whether a pattern can name a mutant of `module` (its text before the first wildcard
    and the module's name agree), so only those files are mutated to look (slow)."""
    for pattern in patterns:
        literal = re.split(r"[*?\[]", pattern, maxsplit=1)[0]
        if literal.startswith(module + ".") or (module + ".").startswith(literal):
            return True
    return False


def pending(
    patterns: Sequence[str], root: Path = ROOT, explained: Collection[str] = ()
) -> Iterable[str]:
    for layer in LAYERS:
        for path in sorted((root / "facilitator_desktop" / layer).glob("*.py")):
            source = path.relative_to(root).as_posix()
            if may_match(module_name(source), patterns):
                yield from owed_in_file(root, source, patterns, explained)


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
