"""scripts/mutation_resume.py: an unfinished mutation run is carried on with only the
mutants it still owes, and a module changed since its mutants were made is named whole."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mutation_resume.py"


@cache
def resume() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facilitator_mutation_resume", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _module(root: Path, dotted: str, codes: dict[str, int | None], *, changed: bool) -> None:
    rel = Path(*dotted.split(".")).with_suffix(".py")
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / "mutants" / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text("x = 1\n")
    (root / "mutants" / rel).write_text("x = 1  # mutated\n")
    meta = root / "mutants" / rel.with_suffix(".py.meta")
    meta.write_text(json.dumps({"exit_code_by_key": codes}))
    made = (root / "mutants" / rel).stat().st_mtime
    os.utime(root / rel, (made + 5, made + 5) if changed else (made - 5, made - 5))


def test_only_the_unchecked_mutants_of_the_layer_asked_for_are_named(tmp_path: Path) -> None:
    _module(
        tmp_path,
        "pkg.services.a",
        {"pkg.services.a.x_f__mutmut_1": 1, "pkg.services.a.x_f__mutmut_2": None},
        changed=False,
    )
    _module(
        tmp_path,
        "pkg.services.b",
        {"pkg.services.b.x_g__mutmut_1": 0, "pkg.services.b.x_g__mutmut_2": None},
        changed=False,
    )
    _module(tmp_path, "pkg.domain.c", {"pkg.domain.c.x_h__mutmut_1": None}, changed=False)
    explained = {"pkg.services.b.x_g__mutmut_1"}
    assert list(resume().pending(["pkg.services.*"], tmp_path, explained)) == [
        "pkg.services.a.x_f__mutmut_2",
        "pkg.services.b.x_g__mutmut_2",
    ]


def test_a_survivor_not_yet_explained_is_checked_again_an_explained_one_is_not(
    tmp_path: Path,
) -> None:
    """A survivor without a line in docs/mutation.md may have a test since: it is owed."""
    codes: dict[str, int | None] = {
        "pkg.services.a.x_f__mutmut_1": 0,
        "pkg.services.a.x_f__mutmut_2": 0,
        "pkg.services.a.x_f__mutmut_3": 1,
    }
    _module(tmp_path, "pkg.services.a", codes, changed=False)
    explained = {"pkg.services.a.x_f__mutmut_1"}
    assert list(resume().pending(["pkg.services.*"], tmp_path, explained)) == [
        "pkg.services.a.x_f__mutmut_2"
    ]


def test_a_module_changed_since_its_mutants_were_made_is_named_whole(tmp_path: Path) -> None:
    _module(
        tmp_path,
        "pkg.services.a",
        {"pkg.services.a.x_f__mutmut_1": 1, "pkg.services.a.x_f__mutmut_2": 0},
        changed=True,
    )
    _module(tmp_path, "pkg.domain.c", {"pkg.domain.c.x_h__mutmut_1": 1}, changed=True)
    assert list(resume().pending(["pkg.services.*"], tmp_path)) == ["pkg.services.a.*"]


def test_nothing_owed_says_so_and_fails_rather_than_run_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """mutmut given no name would run every layer, so an empty list is an error."""
    _module(tmp_path, "pkg.services.a", {"pkg.services.a.x_f__mutmut_1": 1}, changed=False)
    assert resume().main(["pkg.services.*"], tmp_path) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "Nothing left to check for pkg.services.*\n"
    assert resume().main([], tmp_path) == 2
