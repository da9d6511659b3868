"""What a fresh install gets: the locks in requirements/ pin everything pyproject.toml asks
for, with hashes, at one version across all of them; every folder of code is in the wheel;
NOTICE names every package the bundle carries.

A failure here names the fix: usually `make lock` after editing pyproject.toml
(CONTRIBUTING.md, "Adding a dependency").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCKS = ROOT / "requirements"


@dataclass(frozen=True)
class Pin:
    name: str
    version: Version
    hashes: int


def pins(lock: str) -> dict[str, Pin]:
    """The pins of one lock, by canonical name (markers ignored: one pin per package)."""
    found: dict[str, Pin] = {}
    text = (LOCKS / lock).read_text(encoding="utf-8")
    # A pin is its line plus the indented "--hash" lines continuing it.
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        first = block.split("\n", 1)[0].rstrip(" \\")
        if not first[:1].isalnum():
            continue
        requirement = Requirement(first)
        (spec,) = requirement.specifier
        assert spec.operator == "==", f"{lock}: {first} is not an exact pin"
        name = canonicalize_name(requirement.name)
        found[name] = Pin(name, Version(spec.version), block.count("--hash=sha256:"))
    return found


def asked(*extras: str) -> list[Requirement]:
    project = PYPROJECT["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(line) for line in wanted]


# Each lock and what pyproject.toml asks it to hold (see `make lock`).
WHAT_EACH_LOCK_HOLDS = {
    "build.txt": lambda: [Requirement(r) for r in PYPROJECT["build-system"]["requires"]],
    "runtime.txt": lambda: asked(),
    "dev.txt": lambda: asked("test", "dev"),
    "bundle.txt": lambda: asked("bundle"),
}


@pytest.mark.parametrize("lock", sorted(WHAT_EACH_LOCK_HOLDS))
def test_each_lock_pins_what_pyproject_asks_within_its_range(lock: str) -> None:
    locked = pins(lock)
    problems = []
    for requirement in WHAT_EACH_LOCK_HOLDS[lock]():
        pin = locked.get(canonicalize_name(requirement.name))
        if pin is None:
            problems.append(f"{requirement} is not in requirements/{lock}")
        elif not requirement.specifier.contains(pin.version, prereleases=True):
            problems.append(f"requirements/{lock} pins {pin.name}=={pin.version}: {requirement}")
    assert not problems, "run `make lock`:\n" + "\n".join(problems)


@pytest.mark.parametrize("lock", sorted(WHAT_EACH_LOCK_HOLDS))
def test_every_pin_carries_hashes(lock: str) -> None:
    bare = [name for name, pin in pins(lock).items() if pin.hashes == 0]
    assert not bare, f"requirements/{lock} pins without a hash (pip refuses them): {bare}"


def test_the_locks_agree_where_they_overlap() -> None:
    """One venv holds build, dev and bundle locks together: a package pinned twice must be
    pinned the same, or one install would undo the other."""
    seen: dict[str, tuple[str, Version]] = {}
    clashes = []
    for lock in sorted(WHAT_EACH_LOCK_HOLDS):
        for name, pin in pins(lock).items():
            earlier = seen.setdefault(name, (lock, pin.version))
            if earlier[1] != pin.version:
                clashes.append(f"{name}: {earlier[1]} in {earlier[0]}, {pin.version} in {lock}")
    assert not clashes, "run `make lock`:\n" + "\n".join(clashes)


def test_the_excluded_pyside6_release_is_not_locked() -> None:
    # pyproject.toml says why 6.12.0 is out (it aborts long sessions on Python 3.11).
    assert pins("runtime.txt")["pyside6"].version != Version("6.12.0")


# --- the wheel's contents ------------------------------------------------------------------

SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def code_folders(package: Path) -> Iterable[str]:
    for init in package.rglob("__init__.py"):
        if "__pycache__" not in init.parts:
            yield ".".join(init.parent.relative_to(package.parent).parts)


def test_every_folder_of_code_is_a_listed_package() -> None:
    listed = set(SETUPTOOLS["packages"])
    missing = sorted(set(code_folders(ROOT / "facilitator_desktop")) - listed)
    assert not missing, (
        f"add {missing} to [tool.setuptools] packages in pyproject.toml, "
        "or the wheel and the bundle leave them out"
    )


def test_resources_are_mapped_into_the_package() -> None:
    assert SETUPTOOLS["package-dir"] == {"facilitator_desktop.resources": "resources"}
    assert "facilitator_desktop.resources" in SETUPTOOLS["packages"]
    patterns = SETUPTOOLS["package-data"]["facilitator_desktop.resources"]
    for pattern in ("fonts/*.ttf", "rules/*.json", "sounds/*.wav", "i18n/*.qm"):
        assert pattern in patterns


def test_every_resource_the_app_reads_matches_a_package_data_pattern() -> None:
    patterns = SETUPTOOLS["package-data"]["facilitator_desktop.resources"]
    shipped = {path for pattern in patterns for path in (ROOT / "resources").glob(pattern)}
    for folder, suffix in (("fonts", ".ttf"), ("rules", ".json"), ("sounds", ".wav")):
        files = set((ROOT / "resources" / folder).glob(f"*{suffix}"))
        assert files and files <= shipped, folder


# --- licences ------------------------------------------------------------------------------


def test_licence_is_gpl3_or_later_with_its_full_text() -> None:
    assert PYPROJECT["project"]["license"] == "GPL-3.0-or-later"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text


def test_notice_names_every_package_the_bundle_carries() -> None:
    notice = (ROOT / "NOTICE").read_text(encoding="utf-8").lower()
    unnamed = sorted(name for name in pins("runtime.txt") if name not in notice)
    assert not unnamed, f"name these in NOTICE with their licences: {unnamed}"
