"""The Qt Linguist catalogues (scripts/i18n.py): reading a .ts file, merging what was
extracted into it (translations kept, moved strings found again), writing it back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from i18n_extract import Extraction
from i18n_source import ROOT, Key

from facilitator_desktop.i18n import SHIPPED_LANGUAGES, SOURCE_LANGUAGE

CATALOGUES = ROOT / "resources" / "i18n"
PREFIX = "facilitator_"
# The languages the app ships, as Qt names them (the .ts `language` attribute picks the
# plural rules lrelease applies). English is the source and needs only its plural forms.
LANGUAGES: tuple[str, ...] = tuple(c for c in SHIPPED_LANGUAGES if c != SOURCE_LANGUAGE)
ALL_CATALOGUES: tuple[str, ...] = (SOURCE_LANGUAGE, *LANGUAGES)
# How many plural forms each language has (Qt's rules; lrelease refuses other counts).
PLURAL_FORMS = {"en": 2, "es": 2, "fr": 2, "de": 2, "pl": 3, "pt_BR": 2}


def catalogue_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"{PREFIX}{language}.ts"


@dataclass(slots=True)
class Entry:
    """One message as a catalogue holds it."""

    key: Key
    numerus: bool
    forms: list[str]  # one translation, or the plural forms
    state: str = "unfinished"  # "finished", "unfinished" or "vanished"
    locations: list[tuple[str, int]] = field(default_factory=list)
    note: str = ""

    @property
    def translated(self) -> bool:
        return self.state == "finished" and all(f.strip() for f in self.forms)


@dataclass(slots=True)
class Catalogue:
    language: str
    entries: dict[Key, Entry]

    def live(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.state != "vanished"]

    def untranslated(self) -> list[Entry]:
        return [e for e in self.live() if not e.translated]


def read_catalogue(path: Path, language: str) -> Catalogue:
    if not path.exists():
        return Catalogue(language, {})
    root = ET.parse(path).getroot()
    entries: dict[Key, Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            forms: list[str] = []
            state = "finished"
            if translation is not None:
                kind = translation.get("type")
                if kind in ("vanished", "obsolete"):
                    state = "vanished"
                elif kind == "unfinished":
                    state = "unfinished"
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            # Written relative to the .ts file ("../../"): kept relative to the project, so a
            # read and a write give back the same file.
            locations = [
                (loc.get("filename", "").removeprefix("../../"), int(loc.get("line", "0") or 0))
                for loc in message.iter("location")
            ]
            entries[key] = Entry(
                key, numerus, forms, state, locations, message.findtext("extracomment") or ""
            )
    return Catalogue(language, entries)


@dataclass(slots=True)
class MergeReport:
    language: str
    total: int = 0
    untranslated: int = 0
    added: int = 0
    reused: int = 0  # taken from the same text in another context
    vanished: int = 0
    cards_missing: int = 0  # rule library cards without a whole translation


def merge(
    extraction: Extraction, old: Catalogue, *, numerus_only: bool = False
) -> tuple[Catalogue, MergeReport]:
    """The catalogue for the current source, keeping `old`'s translations."""
    language = old.language
    forms_wanted = PLURAL_FORMS.get(language, 2)
    memory = _memory(old)
    report = MergeReport(language)
    entries: dict[Key, Entry] = {}
    for key, message in extraction.messages.items():
        if numerus_only and not message.numerus:
            continue
        wanted = forms_wanted if message.numerus else 1
        previous = old.entries.get(key)
        if previous is not None and previous.numerus == message.numerus:
            forms, state = _fit(previous.forms, wanted), previous.state
            if state == "vanished":
                state = "finished" if all(f.strip() for f in forms) else "unfinished"
        else:
            remembered = memory.get((key.source, key.comment, message.numerus))
            if remembered is not None:
                forms, state = _fit(remembered.forms, wanted), "finished"
                report.reused += 1
            else:
                forms, state = [""] * wanted, "unfinished"
                report.added += 1
        if state == "finished" and not all(f.strip() for f in forms):
            state = "unfinished"
        entry = Entry(key, message.numerus, forms, state, list(message.locations), message.note)
        entries[key] = entry
        report.total += 1
        report.untranslated += not entry.translated
    for key, previous in old.entries.items():
        keep = previous.numerus if numerus_only else True
        if key not in entries and keep and any(f.strip() for f in previous.forms):
            entries[key] = Entry(key, previous.numerus, previous.forms, "vanished", [], "")
            report.vanished += 1
    return Catalogue(language, entries), report


def _memory(old: Catalogue) -> dict[tuple[str, str, bool], Entry]:
    """Finished translations by source text (live ones win over vanished ones)."""
    memory: dict[tuple[str, str, bool], Entry] = {}
    ordered = sorted(old.entries.values(), key=lambda e: e.state != "vanished", reverse=True)
    for entry in ordered:
        if all(f.strip() for f in entry.forms) and entry.forms and entry.state != "unfinished":
            memory[(entry.key.source, entry.key.comment, entry.numerus)] = entry
    return memory


def _fit(forms: Sequence[str], wanted: int) -> list[str]:
    return [*forms, *[""] * wanted][:wanted]


def write_catalogue(catalogue: Catalogue, path: Path) -> None:
    """A Qt Linguist .ts file laid out as lupdate writes one (so Linguist and diffs read
    it as usual): contexts by name, messages in source order, vanished ones last."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{catalogue.language}" sourcelanguage="en">',
    ]
    by_context: dict[str, list[Entry]] = {}
    for entry in catalogue.entries.values():
        by_context.setdefault(entry.key.context, []).append(entry)
    for name in sorted(by_context):
        lines += ["<context>", f"    <name>{_xml(name)}</name>"]
        for entry in sorted(by_context[name], key=_order):
            lines += _message_lines(entry)
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _xml(text: str) -> str:
    return xml_escape(text, {'"': "&quot;"})


def _order(entry: Entry) -> tuple[bool, str, int, str, str]:
    first = entry.locations[0] if entry.locations else ("", 0)
    return (entry.state == "vanished", first[0], first[1], entry.key.source, entry.key.comment)


def _message_lines(entry: Entry) -> list[str]:
    lines = ['    <message numerus="yes">' if entry.numerus else "    <message>"]
    for filename, line in entry.locations:
        lines.append(f'        <location filename="../../{_xml(filename)}" line="{line}"/>')
    lines.append(f"        <source>{_xml(entry.key.source)}</source>")
    if entry.key.comment:
        lines.append(f"        <comment>{_xml(entry.key.comment)}</comment>")
    if entry.note:
        lines.append(f"        <extracomment>{_xml(entry.note)}</extracomment>")
    kind = "" if entry.state == "finished" else f' type="{entry.state}"'
    if entry.numerus:
        lines.append(f"        <translation{kind}>")
        lines += [f"            <numerusform>{_xml(f)}</numerusform>" for f in entry.forms]
        lines.append("        </translation>")
    else:
        text = entry.forms[0] if entry.forms else ""
        lines.append(f"        <translation{kind}>{_xml(text)}</translation>")
    lines.append("    </message>")
    return lines
