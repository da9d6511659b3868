"""The app's translation catalogues: extract, merge, build and report.

    python scripts/i18n.py update    extract every user string, merge it into
                                     resources/i18n/facilitator_<lang>.ts (translations kept)
                                     and report what each language still lacks
    python scripts/i18n.py release   build the .qm files with pyside6-lrelease
    python scripts/i18n.py status    the report alone (nothing written)
    python scripts/i18n.py missing pl    the strings Polish still lacks, with where they are

Why our own extractor rather than pyside6-lupdate: lupdate sees `self.tr("...")` and
`QCoreApplication.translate("Ctx", "...")` but not the module helpers the UI uses everywhere
(`def _tr(text): return QCoreApplication.translate("Ctx", text)` called as `_tr("...")`), nor
a context held in a module constant. Reading the AST finds all three, and the .ts files it
writes are ordinary Qt Linguist files (numerus forms included) that lrelease builds.

Merging keeps every translation. When a string moves to another context (a class split in
two, a helper renamed) and its new place has no translation yet, the translation of the same
source text is taken from the old place (a translation memory); strings no longer in the code
stay in the file as "vanished" so a later move back finds them too. lrelease skips those.

English is the source language. Its catalogue holds only the strings with a count (numerus
forms, "%n backups"): the English singular comes from there.

The rule card library has a file per language too (resources/rules/library.<lang>.json, by
card key); `update` keeps each listing every English card, with empty texts to fill in, and
the report counts the cards each language still lacks.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from facilitator_desktop.i18n import SOURCE_LANGUAGE  # noqa: E402
from facilitator_desktop.services.rule_library import (  # noqa: E402
    default_library_path,
    missing_cards,
    translation_path,
)

# The tool's parts, beside this file (tests load this file by path, so the folder is put
# on the path here rather than assumed).
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n_catalogues import (  # noqa: E402
    ALL_CATALOGUES,
    CATALOGUES,
    LANGUAGES,
    PLURAL_FORMS,
    PREFIX,
    Catalogue,
    Entry,
    MergeReport,
    _order,
    catalogue_path,
    merge,
    read_catalogue,
    write_catalogue,
)
from i18n_extract import Extraction, extract  # noqa: E402
from i18n_source import (  # noqa: E402
    ERRORS_CONTEXT,
    PACKAGE,
    Key,
    Message,
    Problem,
    error_classes,
    python_files,
)

__all__ = [
    "ALL_CATALOGUES",
    "CATALOGUES",
    "Catalogue",
    "ERRORS_CONTEXT",
    "Entry",
    "Extraction",
    "Key",
    "LANGUAGES",
    "MergeReport",
    "Message",
    "PACKAGE",
    "PLURAL_FORMS",
    "PREFIX",
    "Problem",
    "ROOT",
    "catalogue_path",
    "error_classes",
    "extract",
    "lrelease_command",
    "main",
    "merge",
    "missing",
    "print_report",
    "python_files",
    "read_catalogue",
    "release",
    "status",
    "sync_library",
    "update",
    "write_catalogue",
]


# --- commands ------------------------------------------------------------------------------


def update(folder: Path = CATALOGUES, extraction: Extraction | None = None) -> list[MergeReport]:
    extraction = extraction or extract()
    reports: list[MergeReport] = []
    for language in ALL_CATALOGUES:
        path = catalogue_path(language, folder)
        merged, report = merge(
            extraction, read_catalogue(path, language), numerus_only=language == SOURCE_LANGUAGE
        )
        write_catalogue(merged, path)
        if language != SOURCE_LANGUAGE:
            sync_library(language)
            report.cards_missing = len(missing_cards(language))
        reports.append(report)
    return reports


def sync_library(language: str, source: Path | None = None) -> Path:
    """Make `language`'s rule library file list every English card, in the English order,
    keeping what is translated; cards the English library no longer has are dropped."""
    english_path = source or default_library_path()
    english = json.loads(english_path.read_text(encoding="utf-8"))["cards"]
    path = translation_path(language, english_path)
    old: dict[str, dict[str, str]] = {}
    if path.exists():
        old = {c["key"]: c for c in json.loads(path.read_text(encoding="utf-8"))["cards"]}
    cards = [
        {field: old.get(card["key"], {}).get(field, "") for field in ("title", "statement", "why")}
        for card in english
    ]
    document = {
        "format": 1,
        "language": language,
        "cards": [{"key": c["key"], **t} for c, t in zip(english, cards, strict=True)],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def status(folder: Path = CATALOGUES, extraction: Extraction | None = None) -> list[MergeReport]:
    """What each catalogue would be after an update, without writing anything."""
    extraction = extraction or extract()
    reports = [
        merge(
            extraction,
            read_catalogue(catalogue_path(language, folder), language),
            numerus_only=language == SOURCE_LANGUAGE,
        )[1]
        for language in ALL_CATALOGUES
    ]
    for report in reports:
        if report.language != SOURCE_LANGUAGE:
            report.cards_missing = len(missing_cards(report.language))
    return reports


def missing(language: str, folder: Path = CATALOGUES) -> list[Entry]:
    """The messages `language` lacks for the current source (in source order)."""
    merged, _report = merge(
        extract(),
        read_catalogue(catalogue_path(language, folder), language),
        numerus_only=language == SOURCE_LANGUAGE,
    )
    return sorted(merged.untranslated(), key=_order)


def lrelease_command() -> list[str]:
    """pyside6-lrelease next to this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (make sets up .venv)")
    return [found]


def release(folder: Path = CATALOGUES, out: Path | None = None) -> list[Path]:
    """Build a .qm next to each .ts (or into `out`); only those whose .ts is newer."""
    built: list[Path] = []
    for language in ALL_CATALOGUES:
        source = catalogue_path(language, folder)
        if not source.exists():
            continue
        target = (out or folder) / source.with_suffix(".qm").name
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a test run starting meanwhile never reads half a file.
        partial = target.with_name(f".{target.name}.{os.getpid()}.part")
        try:
            subprocess.run(
                [*lrelease_command(), "-silent", str(source), "-qm", str(partial)],
                check=True,
            )
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        built.append(target)
    return built


def print_report(reports: Sequence[MergeReport]) -> None:
    print(
        f"{'catalogue':<14}{'strings':>8}{'untranslated':>14}{'new':>6}{'reused':>8}"
        f"{'rule cards missing':>20}"
    )
    for r in reports:
        english = r.language == SOURCE_LANGUAGE
        name = f"{r.language} (plurals)" if english else r.language
        cards = "-" if english else str(r.cards_missing)
        print(f"{name:<14}{r.total:>8}{r.untranslated:>14}{r.added:>6}{r.reused:>8}{cards:>20}")
    print("new: not in the catalogue before; reused: translated from the same text elsewhere")
    print("List what a language lacks: python scripts/i18n.py missing <language>")
    print("Rule cards: resources/rules/library.<language>.json (English: library.json)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("update", "extract and merge into the .ts files, then report"),
        ("status", "report what each language lacks"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument(
            "-v", "--verbose", action="store_true", help="also list calls with dynamic text"
        )
    commands.add_parser("release", help="build the .qm files")
    lacking = commands.add_parser("missing", help="list the strings a language lacks")
    lacking.add_argument("language", choices=ALL_CATALOGUES)
    args = parser.parse_args(argv)

    if args.command == "release":
        for path in release():
            print(f"built {path.relative_to(ROOT)}")
        return 0
    if args.command == "missing":
        entries = missing(args.language)
        for entry in entries:
            where = ", ".join(f"{f}:{n}" for f, n in entry.locations[:2])
            kind = " (plural forms)" if entry.numerus else ""
            print(f"[{entry.key.context}] {entry.key.source!r}{kind}  — {where}")
        print(f"{len(entries)} untranslated in {args.language}")
        return 0
    extraction = extract()
    for conflict in extraction.conflicts:
        print(f"warning: {conflict}", file=sys.stderr)
    if args.verbose:
        # Dynamic text is fine when the strings are marked elsewhere (QT_TRANSLATE_NOOP).
        for problem in extraction.problems:
            print(f"note: {problem.path}:{problem.line}: {problem.what}", file=sys.stderr)
    if args.command == "update":
        reports = update(extraction=extraction)
    else:
        reports = status(extraction=extraction)
    print_report(reports)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
