"""scripts/mutation_record.py: the mutation run's results kept in git and put back on a
machine that has none, so the run carries on where it stopped."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
SOURCE = "facilitator_desktop/services/a.py"
M = "facilitator_desktop.services.a"


@cache
def record() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "facilitator_mutation_record", SCRIPTS / "mutation_record.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


META = {
    "exit_code_by_key": {
        f"{M}.x_f__mutmut_1": 1,
        f"{M}.x_f__mutmut_2": None,
        f"{M}.x_f__mutmut_3": 0,
        f"{M}.xǁCǁrun__mutmut_1": 36,
    },
    "hash_by_function_name": {"x_f": "aaaaaaaaaaaa", "xǁCǁrun": "bbbbbbbbbbbb"},
    "type_check_error_by_key": {},
    "durations_by_key": {f"{M}.x_f__mutmut_1": 0.5},
    "estimated_durations_by_key": {},
}


def test_a_meta_becomes_one_entry_per_function_and_back() -> None:
    entry = record().from_meta(SOURCE, META)
    assert entry == {"x_f": ["aaaaaaaaaaaa", [1, None, 0]], "xǁCǁrun": ["bbbbbbbbbbbb", [36]]}
    back = record().to_meta(SOURCE, entry)
    assert back["exit_code_by_key"] == {
        k: v for k, v in META["exit_code_by_key"].items() if v is not None
    }
    assert back["hash_by_function_name"] == META["hash_by_function_name"]
    assert set(back) == set(META)  # every key mutmut's loader asks for, and no other


def test_a_package_module_is_named_as_mutmut_names_it() -> None:
    assert record().module_name("facilitator_desktop/crypto/__init__.py") == (
        "facilitator_desktop.crypto"
    )


def test_a_later_run_keeps_results_of_unchanged_functions_it_did_not_check() -> None:
    old = {"x_f": ["aaaaaaaaaaaa", [1, 1, 0]], "x_g": ["cccccccccccc", [1]]}
    new = {"x_f": ["aaaaaaaaaaaa", [None, 0, None]], "x_h": ["dddddddddddd", [0]]}
    assert record().merged(old, new) == {
        "x_f": ["aaaaaaaaaaaa", [1, 0, 0]],  # the newer result wins where there is one
        "x_g": ["cccccccccccc", [1]],
        "x_h": ["dddddddddddd", [0]],
    }
    edited = {"x_f": ["eeeeeeeeeeee", [None, 1]]}
    assert record().merged(old, edited)["x_f"] == ["eeeeeeeeeeee", [None, 1]]


def _meta_file(root: Path, source: str, meta: dict[str, object]) -> Path:
    path = root / "mutants" / (source + ".meta")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(meta))
    return path


def test_save_then_load_on_a_new_machine_gives_the_results_back(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    _meta_file(tmp_path, SOURCE, META)
    assert record().main(["save"], tmp_path) == 0
    text = (tmp_path / "docs" / "mutation-record.json").read_text(encoding="utf-8")
    assert '    "xǁCǁrun": ["bbbbbbbbbbbb", [36]]' in text.splitlines()  # a function a line
    assert json.loads(text) == {SOURCE: record().from_meta(SOURCE, META)}

    fresh = tmp_path / "fresh"
    (fresh / "docs").mkdir(parents=True)
    (fresh / "docs" / "mutation-record.json").write_text(text, encoding="utf-8")
    assert record().load(fresh) == 0  # no source file there: nothing to give results to
    (fresh / SOURCE).parent.mkdir(parents=True)
    (fresh / SOURCE).write_text("def f(): pass\n")
    assert record().main(["load"], fresh) == 0
    made = json.loads((fresh / "mutants" / (SOURCE + ".meta")).read_text(encoding="utf-8"))
    assert made == record().to_meta(SOURCE, record().from_meta(SOURCE, META))


def test_load_leaves_a_machine_s_own_results_alone(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / SOURCE).parent.mkdir(parents=True)
    (tmp_path / SOURCE).write_text("def f(): pass\n")
    record().write(tmp_path, {SOURCE: {"x_f": ["aaaaaaaaaaaa", [0]]}})
    own = _meta_file(tmp_path, SOURCE, META)
    assert record().load(tmp_path) == 0
    assert json.loads(own.read_text()) == META


def test_anything_else_prints_the_usage(tmp_path: Path) -> None:
    assert record().main([], tmp_path) == 2
    assert record().main(["save", "load"], tmp_path) == 2


def test_what_has_no_result_yet_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    record().write(
        tmp_path,
        {
            SOURCE: {"x_f": ["aaaaaaaaaaaa", [None, 1]], "x_g": ["cccccccccccc", [None]]},
            "facilitator_desktop/services/b.py": {"x_h": ["dddddddddddd", [None, None]]},
            "facilitator_desktop/services/c.py": {},
        },
    )
    assert record().read(tmp_path) == {SOURCE: {"x_f": ["aaaaaaaaaaaa", [None, 1]]}}
