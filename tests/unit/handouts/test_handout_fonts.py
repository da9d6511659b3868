"""The bundled fonts: present with their licence, registered once as a family, and
covering the scripts the handouts promise."""

from __future__ import annotations

import subprocess
import sys

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from facilitator_desktop.handouts.coverage import REPLACEMENT, find_missing_glyphs
from facilitator_desktop.handouts.fonts import FAMILY, FONT_FILES, Face, ensure_fonts_registered
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
