"""The bundled fonts: present with their licence, registered once as a family, and
covering the scripts the handouts promise."""

from __future__ import annotations

import subprocess
import sys

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from facilitator_desktop.handouts.coverage import REPLACEMENT, find_missing_glyphs
from facilitator_desktop.handouts.fonts import (
    FAMILY,
    FONT_FILES,
    SCRIPT_FILES,
    Face,
    Script,
    ensure_fonts_registered,
    face_name,
)
from facilitator_desktop.paths import resource_path

EUROPEAN = (
    "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ "  # Polish
    "áčďéěíňóřšťúůýž ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ "  # Czech and Slovak
    "ĺľŕô ĹĽŔÔ "  # Slovak
    "őűöüáéí ŐŰÖÜ "  # Hungarian
    "ășâîț ĂȘÂÎȚ şţ "  # Romanian, comma and cedilla forms
    "ğışöüç İĞŞÖÜÇ "  # Turkish
    "ðþæöáéíóúý ÐÞÆÖ "  # Icelandic
    "åäöøæ ÅÄÖØÆ ßẞ "  # Nordic, German
    "āēīūķļņģ čšž ąęėįųū "  # Latvian, Lithuanian
    "õäöü ćđ ĆĐ "  # Estonian, Croatian
    "àâçèéêëîïôœùûüÿ ÀÇÉÈŒŸ ñ ¿¡ ãõ "  # French, Spanish, Portuguese
    "ħċġż ĦĊĠŻ "  # Maltese
    "€ „“”‚‘’ «» ‹› – — … • · № ° ± × ÷"
)
GREEK = "Ελένη Αλφάβητο ΆΈΉΊΌΎΏ άέήίόύώ ϊϋΐΰ ς"
CYRILLIC = "Дмитрий Ёё Її Єє Ґґ Ўў Ђђ Љљ Њњ Ћћ Џџ Ѕѕ Јј ЩщЪъЫыЬьЭэЮюЯя"


def test_font_files_and_licence_are_bundled() -> None:
    folder = resource_path("fonts")
    total = 0
    for filename in FONT_FILES.values():
        path = folder / filename
        assert path.is_file(), filename
        total += path.stat().st_size
    assert total < 3 * 1024 * 1024
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence and "Arev" in licence
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "2.37" in readme and "LICENSE-DejaVu.txt" in readme


def test_noto_faces_and_their_licence_are_bundled_within_the_budget() -> None:
    folder = resource_path("fonts")
    noto = {
        name
        for script, files in SCRIPT_FILES.items()
        if script is not Script.LATIN
        for name in files.values()
    }
    sizes = [(folder / name).stat().st_size for name in noto]
    assert sum(sizes) <= 40 * 1024 * 1024
    licence = (folder / "LICENSE-Noto.txt").read_text(encoding="utf-8")
    assert (
        "SIL OPEN FONT LICENSE Version 1.1" in licence
        and "Google" in licence
        and "Adobe" in licence
    )
    assert "LICENSE-Noto.txt" in (folder / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("script", [s for s in Script if s is not Script.LATIN])
def test_every_script_is_a_family_of_four_faces(script: Script) -> None:
    ensure_fonts_registered()
    assert tt2ps(script.value, 0, 0) == face_name(script, Face.REGULAR)
    assert tt2ps(script.value, 1, 0) == face_name(script, Face.BOLD)
    assert tt2ps(script.value, 1, 1) == face_name(script, Face.BOLD_ITALIC)


def test_registration_is_idempotent_and_forms_a_family() -> None:
    first = ensure_fonts_registered()
    second = ensure_fonts_registered()
    assert first is second
    registered = set(pdfmetrics.getRegisteredFontNames())
    assert {face.value for face in Face} <= registered
    assert tt2ps(FAMILY, 0, 0) == Face.REGULAR.value
    assert tt2ps(FAMILY, 1, 0) == Face.BOLD.value
    assert tt2ps(FAMILY, 0, 1) == Face.ITALIC.value
    assert tt2ps(FAMILY, 1, 1) == Face.BOLD_ITALIC.value


@pytest.mark.slow
def test_importing_the_package_registers_nothing() -> None:
    code = (
        "import facilitator_desktop.handouts\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "assert 'HandoutSans' not in pdfmetrics.getRegisteredFontNames()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("face", list(Face))
@pytest.mark.parametrize("text", [EUROPEAN, GREEK, CYRILLIC], ids=["latin", "greek", "cyrillic"])
def test_every_face_covers_european_latin_greek_and_cyrillic(face: Face, text: str) -> None:
    missing, warnings = find_missing_glyphs([text], face)
    assert missing == ()
    assert warnings == ()


def test_the_replacement_box_exists_in_every_face() -> None:
    fonts = ensure_fonts_registered()
    assert all(fonts.covers(REPLACEMENT, face) for face in Face)
