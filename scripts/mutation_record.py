"""The results of the mutation run kept in git, so a run carries on from any machine.

mutmut keeps its results in mutants/*.meta, which never leaves the machine that ran it (a
build output, like the mutated copies beside it); a full run of services/ takes longer than
any one machine is kept. docs/mutation-record.json holds what those files say that is worth
keeping: per source file and function, the hash mutmut gave the function and the exit code
of each of its mutants (null: not checked yet).

    python scripts/mutation_record.py save   # mutants/*.meta -> the record (merged into it)
    python scripts/mutation_record.py load   # the record -> mutants/*.meta, where missing

`load` writes a meta only for a source file that has none. mutmut then keeps a recorded
result only while the function's hash is the same (it compares them itself when it makes
the mutants), so a function edited since is checked again in full.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RECORD = Path("docs") / "mutation-record.json"
_NUMBERED = re.compile(r"^(?P<func>.+)__mutmut_(?P<n>\d+)$")

# {source path: {function: [hash, [exit code of mutant 1, 2, ...]]}}
Record = dict[str, dict[str, list[Any]]]


def module_name(path: str) -> str:
    """`facilitator_desktop/services/a.py` → `facilitator_desktop.services.a` (mutmut's)."""
    return path.removesuffix(".py").replace("/", ".").replace(".__init__", "")


def from_meta(path: str, meta: dict[str, Any]) -> dict[str, list[Any]]:
    """One source file's entry of the record, from its mutmut meta."""
    prefix = module_name(path) + "."
    hashes: dict[str, str] = meta.get("hash_by_function_name", {})
    codes: dict[str, dict[int, int | None]] = {func: {} for func in hashes}
    for name, code in meta["exit_code_by_key"].items():
        found = _NUMBERED.match(name.removeprefix(prefix))
        if found and found["func"] in codes:
            codes[found["func"]][int(found["n"])] = code
    return {
        func: [hashes[func], [by_n.get(n) for n in range(1, max(by_n, default=0) + 1)]]
        for func, by_n in sorted(codes.items())
    }


def to_meta(path: str, entry: dict[str, list[Any]]) -> dict[str, Any]:
    """A mutmut meta holding what the record says of one source file."""
    prefix = module_name(path) + "."
    return {
        "exit_code_by_key": {
            f"{prefix}{func}__mutmut_{n}": code
            for func, (_hash, codes) in entry.items()
            for n, code in enumerate(codes, start=1)
            if code is not None
        },
        "hash_by_function_name": {func: h for func, (h, _codes) in entry.items()},
        "type_check_error_by_key": {},
        "durations_by_key": {},
        "estimated_durations_by_key": {},
    }


def merged(old: dict[str, list[Any]], new: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """`new` wins for every function it holds; one whose hash is unchanged keeps the older
    results `new` lacks (a run narrowed to other mutants leaves them unchecked there)."""
    out = dict(old)
    for func, (h, codes) in new.items():
        if func in old and old[func][0] == h:
            kept = old[func][1]
            codes = [c if c is not None else (kept[i] if i < len(kept) else None)
                     for i, c in enumerate(codes)]  # fmt: skip
        out[func] = [h, codes]
    return dict(sorted(out.items()))


def read(root: Path) -> Record:
    path = root / RECORD
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write(root: Path, record: Record) -> None:
    """One function a line: a diff shows which functions a run checked or an edit reset.
    A function none of whose mutants has a result yet is left out, and a file with none."""
    lines = []
    for source, entry in sorted(record.items()):
        funcs = [
            f"    {json.dumps(func, ensure_ascii=False)}: {json.dumps(results)}"
            for func, results in entry.items()
            if any(code is not None for code in results[1])
        ]
        if funcs:
            lines.append(f"  {json.dumps(source)}: {{\n" + ",\n".join(funcs) + "\n  }")
    text = "{\n" + ",\n".join(lines) + "\n}\n"
    (root / RECORD).write_text(text, encoding="utf-8")


def _read_meta(path: Path) -> dict[str, Any]:
    """A running mutmut rewrites a meta after every mutant: a half-written one is read again."""
    for _ in range(20):
        try:
            found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return found
        except json.JSONDecodeError:
            time.sleep(0.1)
    raise SystemExit(f"{path}: not JSON; is it being written? Try again.")


def save(root: Path) -> int:
    record = read(root)
    mutants = root / "mutants"
    for meta_path in sorted(mutants.rglob("*.py.meta")):
        source = meta_path.relative_to(mutants).with_suffix("").as_posix()
        meta = _read_meta(meta_path)
        record[source] = merged(record.get(source, {}), from_meta(source, meta))
    write(root, record)
    return len(record)


def load(root: Path) -> int:
    written = 0
    for source, entry in read(root).items():
        meta_path = root / "mutants" / (source + ".meta")
        if meta_path.exists() or not (root / source).exists():
            continue
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        meta_path.write_text(json.dumps(to_meta(source, entry), indent=1), encoding="utf-8")
        written += 1
    return written


def main(argv: Sequence[str], root: Path = ROOT) -> int:
    if list(argv) == ["save"]:
        print(f"{RECORD}: {save(root)} source files")
        return 0
    if list(argv) == ["load"]:
        print(f"mutants/: {load(root)} results files made from {RECORD}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
