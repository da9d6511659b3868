"""resource_path() gives a real file wherever the app runs from.

A source checkout and an unpacked wheel are on disk already (the wheel case runs for real in
test_wheel.py, a PyInstaller bundle in `make bundle-test`); an install importlib.resources
can only read through a zip is extracted once and kept for the life of the process.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from facilitator_desktop import paths

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_top_level_resources_folder() -> None:
    assert paths.resources_root() == ROOT / "resources"
    font = paths.resource_path("fonts", "DejaVuSans.ttf")
    assert font == ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
    assert font.is_file()


def test_a_missing_resource_is_a_path_that_does_not_exist() -> None:
    # The callers say what is missing in their own words (a font: "missing from the bundle").
    assert not paths.resource_path("fonts", "NoSuchFont.ttf").exists()


@pytest.fixture
def zipped_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Resources that importlib.resources can only hand out from inside a zip."""
    content = b"\x00\x01font bytes\xff"
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("facilitator_desktop/resources/fonts/Face.ttf", content)
        zipped.writestr("facilitator_desktop/resources/rules/library.json", b"{}")
    root = zipfile.Path(archive, "facilitator_desktop/resources/")
    monkeypatch.setattr(paths, "resources_root", lambda: root)
    monkeypatch.setattr(paths, "_extracted", {})
    return content


def test_a_zipped_resource_is_extracted_to_a_real_file(zipped_resources: bytes) -> None:
    font = paths.resource_path("fonts", "Face.ttf")
    assert isinstance(font, Path)
    assert font.read_bytes() == zipped_resources


def test_a_zipped_resource_is_extracted_once_and_stays(zipped_resources: bytes) -> None:
    first = paths.resource_path("fonts", "Face.ttf")
    paths.resource_path("rules", "library.json")
    again = paths.resource_path("fonts", "Face.ttf")
    assert again == first
    assert again.read_bytes() == zipped_resources


def test_a_zipped_resource_that_is_not_there_is_refused(zipped_resources: bytes) -> None:
    with pytest.raises(FileNotFoundError, match="Missing.ttf"):
        paths.resource_path("fonts", "Missing.ttf")
