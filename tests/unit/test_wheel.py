"""The wheel built from this repository works on its own: installed in a fresh venv it
starts, prints handouts with its bundled fonts (a Noto face for names in other scripts),
loads the rule library and finds its translations, all from inside the installed package.

Offline: the wheel is built with the venv's own setuptools (requirements/build.txt, no
build isolation) and installed without dependencies; the fresh venv borrows this venv's
installed packages through a .pth file, which adds their folder to sys.path after the fresh
venv's own site-packages (and does not run the editable install's hook that lives there),
so `facilitator_desktop` comes from the wheel and nothing from the network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers.catalogues import built_catalogues

ROOT = Path(__file__).resolve().parents[2]
# What the build reads: metadata, licences, the package and the resources it maps in.
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "NOTICE", "LICENSES")
STEPS = (
    "workspace created",
    "workspace unlocked",
    "rule library loaded",
    "handout built",
    "names in every script printed with DejaVuSans, NotoSansArabic, NotoSansCJKsc, "
    "NotoSansDevanagari, NotoSansHebrew, NotoSansThai",
    "backup verified",
    "translations found:",
    "main window shown and closed",
)

pytestmark = pytest.mark.slow


def run(*command: str | Path, cwd: Path, timeout: float = 300) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", PIP_NO_INPUT="1")
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built_catalogues()  # the .qm files are build outputs; a wheel carries those present
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = ROOT / name
        copy = shutil.copytree if path.is_dir() else shutil.copy2
        copy(path, source / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "facilitator_desktop", source / "facilitator_desktop", ignore=skip)
    shutil.copytree(ROOT / "resources", source / "resources", ignore=skip)
    dist = tmp_path_factory.mktemp("dist")
    pip = (sys.executable, "-m", "pip")
    offline = ("--no-deps", "--no-index", "--no-build-isolation", "--quiet")
    run(*pip, "wheel", *offline, "--wheel-dir", dist, source, cwd=source)
    (built,) = dist.glob("facilitator_desktop-*.whl")
    return built


def test_the_wheel_carries_the_code_the_resources_and_the_licences(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    code = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "facilitator_desktop").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert code - names == set(), "modules left out of the wheel"
    inside = "facilitator_desktop/resources/"
    for folder, pattern in (("fonts", "*.ttf"), ("rules", "*.json"), ("sounds", "*.wav")):
        for path in (ROOT / "resources" / folder).glob(pattern):
            assert f"{inside}{folder}/{path.name}" in names
    for path in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert f"{inside}i18n/{path.name}" in names
    assert f"{inside}fonts/LICENSE-Noto.txt" in names
    assert not [n for n in names if n.endswith((".ts", "build_fonts.py"))]
    licences = {n.split("/licenses/", 1)[1] for n in names if "/licenses/" in n}
    assert {"LICENSE", "NOTICE", "LICENSES/LGPL-3.0-only.txt"} <= licences


def test_the_installed_wheel_runs_its_self_test_from_a_fresh_venv(
    wheel: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    fresh_site = Path(
        run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path
        ).strip()
    )
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (fresh_site / "borrowed-dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
        "--quiet", wheel, cwd=tmp_path)  # fmt: skip

    output = run(
        python, "-m", "facilitator_desktop", "--self-test", tmp_path / "data", cwd=tmp_path
    )

    lines = output.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"self-test: {step}") for line in lines), (step, output)
    (where,) = (line for line in lines if line.startswith("self-test: resources in "))
    resources = Path(where.removeprefix("self-test: resources in "))
    assert resources == fresh_site / "facilitator_desktop" / "resources"
    languages = sorted(p.stem.removeprefix("facilitator_") for p in resources.glob("i18n/*.qm"))
    assert languages, "no translations in the installed wheel"
    (found,) = (line for line in lines if line.startswith("self-test: translations found: "))
    assert sorted(found.split(": ", 2)[2].split()) == languages
