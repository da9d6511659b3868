"""scripts/mutation_resume.py: an unfinished mutation run is carried on with only the
mutants it still owes; a function changed since its results is owed whole, and a module
with no results at all is named whole."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from mutmut.mutation.file_mutation import mutate_file_contents

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
SOURCE = "facilitator_desktop/services/a.py"
MODULE = "facilitator_desktop.services.a"
CODE = "def f(x):\n    return x + 1\n\n\ndef g(x):\n    return x * 2 - 3\n"


@cache
def resume() -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(
        "facilitator_mutation_resume", SCRIPTS / "mutation_resume.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def names(func: str) -> list[str]:
    made = mutate_file_contents(SOURCE, CODE)
    return [f"{MODULE}.{n}" for n in made.mutant_names if n.startswith(func + "__")]


def source(root: Path, code: str = CODE, path: str = SOURCE) -> None:
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(code)


def meta(root: Path, codes: dict[str, int | None], *, hashes_of: str = CODE) -> None:
    made = mutate_file_contents(SOURCE, hashes_of)
    path = root / "mutants" / (SOURCE + ".meta")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"exit_code_by_key": codes, "hash_by_function_name": made.hash_by_function_name})
    )


def test_a_module_with_no_results_is_named_whole(tmp_path: Path) -> None:
    source(tmp_path)
    source(tmp_path, path="facilitator_desktop/domain/b.py")
    assert list(resume().pending(["facilitator_desktop.services.*"], tmp_path)) == [f"{MODULE}.*"]


def test_only_the_unchecked_and_unexplained_are_named(tmp_path: Path) -> None:
    source(tmp_path)
    f, g = names("x_f"), names("x_g")
    assert len(f) >= 2 and len(g) > 2
    codes: dict[str, int | None] = {n: 1 for n in f + g}
    codes[f[0]] = None  # not checked yet
    codes[g[0]] = 0  # survived, explained
    codes[g[1]] = 0  # survived, not explained: a test may kill it now
    codes[g[2]] = 33  # reached by no test: one may reach it now
    meta(tmp_path, codes)
    owed = resume().pending(["facilitator_desktop.services.*"], tmp_path, {g[0]})
    assert list(owed) == [f[0], g[1], g[2]]


def test_a_function_changed_since_its_results_is_owed_whole(tmp_path: Path) -> None:
    changed = CODE.replace("x + 1", "x + 2")
    source(tmp_path, changed)
    meta(tmp_path, {n: 1 for n in names("x_f") + names("x_g")})
    owed = resume().pending(["facilitator_desktop.services.*"], tmp_path)
    assert list(owed) == [f"{MODULE}.x_f__mutmut_*"]


def test_a_pattern_of_one_function_names_only_its_mutants(tmp_path: Path) -> None:
    source(tmp_path)
    meta(tmp_path, {n: 1 for n in names("x_f")})
    owed = resume().pending([f"{MODULE}.x_f__mutmut_*"], tmp_path)
    assert list(owed) == []
    owed = resume().pending([f"{MODULE}.x_g__mutmut_*"], tmp_path)
    assert list(owed) == [f"{MODULE}.x_g__mutmut_*"]


def test_nothing_owed_says_so_and_fails_rather_than_run_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """mutmut given no name would run every layer, so an empty list is an error."""
    source(tmp_path)
    meta(tmp_path, {n: 1 for n in names("x_f") + names("x_g")})
    assert resume().main(["facilitator_desktop.services.*"], tmp_path) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "Nothing left to check for facilitator_desktop.services.*\n"
    assert resume().main([], tmp_path) == 2


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        (["facilitator_desktop.services.*"], True),
        (["facilitator_desktop.*"], True),
        ([f"{MODULE}.x_f__mutmut_*"], True),
        (["facilitator_desktop.services.ab.*"], False),
        (["facilitator_desktop.domain.*", "facilitator_desktop.services.b.*"], False),
        (["*"], True),
    ],
)
def test_only_files_a_pattern_can_reach_are_looked_at(patterns: list[str], expected: bool) -> None:
    assert resume().may_match(MODULE, patterns) is expected
