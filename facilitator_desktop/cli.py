"""Command line: parse arguments, then hand over to app.run()."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator_desktop import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from facilitator_desktop.crash_log import CrashReport

STARTED = time.perf_counter()  # as early as this process can know it
EXIT_CRASHED = 70  # EX_SOFTWARE: the app met an error it did not expect
# For the start-up benchmark: set to "1", the app prints the time to its first window painted,
# then quits (not for users). Not an option, so that the start it times is a facilitator's:
# no arguments, no parser built.
QUIT_AFTER_FIRST_PAINT = "FD_QUIT_AFTER_FIRST_PAINT"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: an offline companion for facilitators of in-person groups.",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="use the workspace in DIR instead of the usual user data folder",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway sample workspace (passphrase: demo), deleted on quit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For `make bundle-test`: exercise a built bundle without a person (not for users).
    parser.add_argument("--self-test", type=Path, metavar="DIR", help=argparse.SUPPRESS)
    return parser


def prepare_process(data_dir: Path | None = None) -> None:
    """Before anything is decrypted: no core dumps, private files, and what runs that
    crashed left behind is removed: temporary folders (handout copies for the PDF viewer, a
    demo), half-written saves beside the files they were for, and the folders an import
    checks a file in beside `data_dir`. What a running copy is writing stays."""
    from facilitator_desktop.hardening import harden_process
    from facilitator_desktop.partial_files import sweep_abandoned, sweep_import_staging
    from facilitator_desktop.private_files import remove_abandoned_temp_dirs

    harden_process()
    remove_abandoned_temp_dirs(f"{APP_ID}-")
    sweep_abandoned()
    if data_dir is not None:
        for folder in (data_dir, data_dir.parent):  # an import stages beside a new folder
            sweep_import_staging(folder)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The usual start has no arguments: it gets the parser's defaults without the parser
    being built (~3 ms before the first paint). A test holds the two equal."""
    if not argv:
        return argparse.Namespace(data_dir=None, demo=False, self_test=None)
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    from facilitator_desktop.paths import default_data_dir

    prepare_process(None if args.demo else (args.data_dir or default_data_dir()))
    if args.self_test is not None:
        from facilitator_desktop import self_test

        return self_test.run(args.self_test)
    from facilitator_desktop.crash_log import CrashReporter

    # Every uncaught exception from here on is logged (types and code places only) and shown
    # in a window: a windowed bundle has no terminal, so nothing may end silently.
    reporter = CrashReporter()
    reporter.install()
    try:
        # Qt is imported only now, so --help and --version work without a display.
        from facilitator_desktop import app

        return app.run(
            args.data_dir,
            demo=args.demo,
            first_paint_since=STARTED if os.environ.get(QUIT_AFTER_FIRST_PAINT) == "1" else None,
            crash_reporter=reporter,
        )
    except Exception as exc:  # noqa: BLE001 - whatever it is, it is shown, never a traceback
        reporter.listeners.clear()  # the running app's box is gone with its event loop
        _show_start_crash(reporter.report(exc, where="start"))
        return EXIT_CRASHED
    finally:
        reporter.uninstall()


def _show_start_crash(report: CrashReport) -> None:
    try:
        from facilitator_desktop.ui.crash_dialog import show_start_crash

        show_start_crash(report)
    except Exception:  # noqa: BLE001 - no window possible (Qt itself failed): the log remains
        pass
