"""scripts/i18n.py: every way the code asks for a translation is extracted, merging keeps
translations (and finds them again when a string moves), and lrelease builds what Qt reads."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.catalogues import i18n_tool

tool = i18n_tool()

SAMPLE = """
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from facilitator_desktop.ui.runner.keys import CONTEXT as KEYS

SHARED = "Shared"
SAVED = "The session is saved."
WORDS = [QT_TRANSLATE_NOOP("Words", "present"), QT_TRANSLATE_NOOP("Words", "late")]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Helper", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate(SHARED, text, None, n)


class Page:
    def build(self, n: int) -> None:
        self.tr("Save")
        self.tr("Open", "a file")
        self.tr("%n notes", "", n)
        self.tr("Plain", n=-1)
        # Translators: the number of members present.
        self.tr("%n here", n=n)
        self.tr(self.dynamic)


class Other:
    def build(self) -> None:
        self.tr("Save")
        _tr("From the helper")
        _trn("%n backups were re-encrypted", 3)
        QCoreApplication.translate(SHARED, SAVED)
        QCoreApplication.translate(KEYS, "A key")
        QCoreApplication.translate("Joined", "one " "two" + " three")

        def inner() -> str:
            return _tr("Nested")


def labels(translate=_tr) -> list[str]:
    _tr = translate
    return [_tr("Why:")]


def problems() -> None:
    tr = QCoreApplication.translate
    tr("Alias", "Through an alias", "", 2)
"""


def extract(tmp_path: Path, source: str = SAMPLE) -> Any:
    module = tmp_path / "sample.py"
    module.write_text(textwrap.dedent(source), encoding="utf-8")
    return tool.extract([module], root=tmp_path)


def keys(extraction: Any) -> dict[tuple[str, str, str], bool]:
    return {(k.context, k.source, k.comment): m.numerus for k, m in extraction.messages.items()}


def test_every_kind_of_call_is_extracted(tmp_path: Path) -> None:
    found = keys(extract(tmp_path))
    assert found == {
        ("Words", "present", ""): False,
        ("Words", "late", ""): False,
        ("Page", "Save", ""): False,
        ("Page", "Open", "a file"): False,
        ("Page", "%n notes", ""): True,
        ("Page", "Plain", ""): False,
        ("Page", "%n here", ""): True,
        ("Other", "Save", ""): False,
        ("Helper", "From the helper", ""): False,
        ("Shared", "%n backups were re-encrypted", ""): True,
        ("Shared", "The session is saved.", ""): False,
        ("RunnerKeys", "A key", ""): False,
        ("Joined", "one two three", ""): False,
        ("Helper", "Nested", ""): False,
        ("Helper", "Why:", ""): False,
        ("Alias", "Through an alias", ""): True,
    }


def test_dynamic_text_is_reported_with_its_place(tmp_path: Path) -> None:
    problems = extract(tmp_path).problems
    assert [(p.path, p.what.split(" in context")[0]) for p in problems] == [
        ("sample.py", "text that is not a constant string")
    ]


def test_a_translators_comment_travels_with_the_message(tmp_path: Path) -> None:
    messages = extract(tmp_path).messages
    note = messages[tool.Key("Page", "%n here")].note
    assert note == "the number of members present."
    assert messages[tool.Key("Page", "Save")].note == ""


def test_the_shipped_code_extracts_without_conflicts() -> None:
    extraction = tool.extract()
    assert extraction.conflicts == []
    assert len(extraction.messages) > 1000
    # The module helpers lupdate cannot see are found.
    assert tool.Key("HandoutLabels", "Why:") in extraction.messages
    assert tool.Key("KeyChange", "%Ln backups were re-encrypted with the new key.") in (
        extraction.messages
    )


# --- merging ---------------------------------------------------------------------------


def catalogue(language: str, *entries: Any) -> Any:
    return tool.Catalogue(language, {e.key: e for e in entries})


def entry(context: str, source: str, *forms: str, numerus: bool = False, state: str = "") -> Any:
    finished = state or ("finished" if all(forms) else "unfinished")
    return tool.Entry(tool.Key(context, source), numerus, list(forms), finished)


def test_merging_keeps_translations_and_adds_new_strings(tmp_path: Path) -> None:
    old = catalogue("pl", entry("Page", "Save", "Zapisz"))
    merged, report = tool.merge(extract(tmp_path), old)
    assert merged.entries[tool.Key("Page", "Save")].forms == ["Zapisz"]
    assert merged.entries[tool.Key("Page", "Save")].translated
    # Polish has three plural forms; a new numerus string gets three empty ones.
    assert merged.entries[tool.Key("Page", "%n notes")].forms == ["", "", ""]
    assert report.total == 16
    assert report.untranslated == 14  # "Save" in Page, and in Other from the memory
    assert report.reused == 1


def test_a_string_moved_to_another_context_keeps_its_translation(tmp_path: Path) -> None:
    """A class split in a refactor: the old context vanishes, the new one finds the text."""
    old = catalogue(
        "de",
        entry("OldPage", "Open", "Öffnen"),
        entry("OldPage", "%n notes", "%n Notiz", "%n Notizen", numerus=True),
    )
    source = """
    class Page:
        def build(self, n):
            self.tr("%n notes", "", n)
            self.tr("Open")
    """
    merged, report = tool.merge(extract(tmp_path, source), old)
    assert merged.entries[tool.Key("Page", "Open")].forms == ["Öffnen"]
    assert merged.entries[tool.Key("Page", "%n notes")].forms == ["%n Notiz", "%n Notizen"]
    assert report.reused == 2 and report.untranslated == 0
    # The old ones stay, marked vanished (lrelease skips them), for a later move back.
    assert merged.entries[tool.Key("OldPage", "Open")].state == "vanished"


def test_the_memory_never_crosses_between_counted_and_plain_text(tmp_path: Path) -> None:
    old = catalogue("fr", entry("Old", "%n notes", "%n notes (sans pluriel)"))
    source = """
    class Page:
        def build(self, n):
            self.tr("%n notes", "", n)
    """
    merged, report = tool.merge(extract(tmp_path, source), old)
    assert merged.entries[tool.Key("Page", "%n notes")].forms == ["", ""]
    assert report.reused == 0


def test_an_unfinished_translation_is_never_taken_as_memory(tmp_path: Path) -> None:
    old = catalogue("es", entry("Old", "Open", "Abrir?", state="unfinished"))
    source = """
    class Page:
        def build(self):
            self.tr("Open")
    """
    merged, _report = tool.merge(extract(tmp_path, source), old)
    assert not merged.entries[tool.Key("Page", "Open")].translated


def test_english_holds_only_the_plural_forms(tmp_path: Path) -> None:
    merged, report = tool.merge(extract(tmp_path), catalogue("en"), numerus_only=True)
    assert all(e.numerus for e in merged.entries.values())
    assert report.total == 4


# --- files -------------------------------------------------------------------------------


def test_a_catalogue_survives_writing_and_reading(tmp_path: Path) -> None:
    written = catalogue(
        "pl",
        entry("Page", " min", " min"),  # spaces around a text are part of it
        entry("Page", 'A & B <c> "d"', "A i B <c> „d”"),
        entry("Page", "Two\nlines", "Dwie\nlinie"),
        entry("Page", "%n notes", "%n notatka", "%n notatki", "%n notatek", numerus=True),
        entry("Gone", "Old", "Stare", state="vanished"),
        entry("Page", "Later", ""),
    )
    path = tmp_path / "facilitator_pl.ts"
    tool.write_catalogue(written, path)
    read = tool.read_catalogue(path, "pl")
    assert {k: (e.forms, e.state, e.numerus) for k, e in read.entries.items()} == {
        k: (e.forms, e.state, e.numerus) for k, e in written.entries.items()
    }


def test_lrelease_builds_what_qt_translates_with_polish_plurals(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    written = catalogue(
        "pl",
        entry("Page", " min", " min."),
        entry("Page", "%n notes", "%n notatka", "%n notatki", "%n notatek", numerus=True),
        entry("Page", "Gone", "Nie ma", state="vanished"),
    )
    tool.write_catalogue(written, tool.catalogue_path("pl", tmp_path))
    built = tool.release(tmp_path)
    assert [p.name for p in built] == ["facilitator_pl.qm"]
    assert tool.release(tmp_path) == []  # up to date: not built again
    translator = QTranslator()
    assert translator.load(str(built[0]))
    assert translator.translate("Page", " min") == " min."
    forms = [translator.translate("Page", "%n notes", "", n) for n in (1, 3, 5, 22, 112)]
    assert forms == ["%n notatka", "%n notatki", "%n notatek", "%n notatki", "%n notatek"]
    assert translator.translate("Page", "Gone") == ""


@pytest.mark.parametrize("language", tool.ALL_CATALOGUES)
def test_every_shipped_catalogue_reads_and_builds(tmp_path: Path, language: str) -> None:
    source = tool.catalogue_path(language)
    read = tool.read_catalogue(source, language)
    assert read.entries, f"{source.name} is empty"
    wanted = tool.PLURAL_FORMS[language]
    for found in read.entries.values():
        if found.numerus:
            assert len(found.forms) == wanted, (language, found.key)
    (tmp_path / source.name).write_bytes(source.read_bytes())
    assert [p.name for p in tool.release(tmp_path)] == [source.with_suffix(".qm").name]


def test_reading_and_writing_a_catalogue_gives_back_the_same_file(tmp_path: Path) -> None:
    import shutil

    source = tool.catalogue_path("pl")
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    tool.write_catalogue(tool.read_catalogue(copy, "pl"), copy)
    assert copy.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


# --- error messages ----------------------------------------------------------------------

ERRORS_SAMPLE = """
from facilitator_desktop import errors
from facilitator_desktop.errors import N_, FacilitatorError, NotFound, ValidationError

GONE = "That sample no longer exists."
LIMIT = N_("Keep the sample to {limit} characters.")


class SampleRefused(FacilitatorError):
    default_message = "A sample cannot be refused twice."


class SampleBroken(NotFound):
    def __init__(self, report: object) -> None:
        super().__init__(N_("The sample is broken."))
        self.report = report


def check(name: str, limit: int, report: object) -> None:
    raise NotFound(GONE)
    raise errors.NotFound("A literal message counts as marked.")
    raise ValidationError("name", LIMIT, limit=limit)
    raise ValidationError("name", "Give the sample a name." if name else None)
    # Translators: a sample's name.
    raise FacilitatorError(N_("There is already a sample called “{name}”."), name=name)
    raise SampleBroken(report)
    raise SampleRefused()
    raise NotFound(f"{name} is gone.")
"""


def test_error_messages_are_extracted_under_the_errors_context(tmp_path: Path) -> None:
    extraction = extract(tmp_path, ERRORS_SAMPLE)
    errors = {k.source for k in extraction.messages if k.context == tool.ERRORS_CONTEXT}
    assert errors == {
        "Keep the sample to {limit} characters.",
        "A sample cannot be refused twice.",
        "The sample is broken.",
        "That sample no longer exists.",
        "A literal message counts as marked.",
        "Give the sample a name.",
        "There is already a sample called “{name}”.",
    }
    assert all(not m.numerus for m in extraction.messages.values())
    note = extraction.messages[tool.Key("Errors", "There is already a sample called “{name}”.")]
    assert note.note == "a sample's name."


def test_a_formatted_error_message_is_reported_where_it_is(tmp_path: Path) -> None:
    """An f-string cannot be looked up in a catalogue; a class whose constructor takes no
    message (SampleBroken(report)) is not a problem."""
    problems = extract(tmp_path, ERRORS_SAMPLE).problems
    assert [(p.path, p.line) for p in problems] == [("sample.py", 28)]
    assert "not a marked template" in problems[0].what


def test_the_error_classes_and_where_their_message_goes(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(textwrap.dedent(ERRORS_SAMPLE), encoding="utf-8")
    found = tool.error_classes([*tool.python_files(), module])
    assert found["NotFound"] == 0
    assert found["ValidationError"] == 1
    assert found["SampleRefused"] == 0
    assert found["SampleBroken"] is None
    assert "Phrase" not in found


def test_the_shipped_error_messages_are_extracted() -> None:
    messages = tool.extract().messages
    for source in (
        "That passphrase does not unlock this workspace. Please try again.",  # default
        "This file cannot be imported: {reason} Nothing has been changed.",  # N_()
        "it is not an ordinary file.",  # a constant raised
        "Give the group a name.",  # a literal raised
    ):
        assert tool.Key("Errors", source) in messages, source


def test_no_shipped_error_message_is_formatted_before_it_is_raised() -> None:
    """Every error a facilitator can meet reaches the catalogue: its text is a template with
    the values passed apart, never an f-string or str.format() (which no catalogue holds)."""
    problems = [
        f"{p.path}:{p.line}" for p in tool.extract().problems if "marked template" in p.what
    ]
    assert problems == [], 'raise with N_("… {value} …"), value=…:\n' + "\n".join(problems)
