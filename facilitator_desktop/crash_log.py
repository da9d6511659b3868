"""A local crash log: the exception's type and where in the code it happened, nothing else.

Nothing the exception carries is written: not its message, not any value, argument or local
variable. An exception raised while handling a note or a member could carry their words (a
KeyError holds its key, a ValueError the text it could not read). Each place is a file, a
line and a function; files are named from the folder on `sys.path` that holds them, so the
user's home folder (often their name) is not in the log either. The log stays on this
computer, in the per-user log folder, readable by this user only; nothing is ever sent.

`CrashReporter.install()` makes it the handler of every uncaught exception: on the main
thread (PySide6 hands exceptions raised in slots and event handlers to `sys.excepthook`)
and on other threads (`threading.excepthook`). Listeners (the UI's dialog) are told after
the log is written. No Qt here: it must work before Qt is imported, and when Qt is broken.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

import platformdirs

from facilitator_desktop import APP_ID, APP_NAME, __version__, private_files

if TYPE_CHECKING:
    from datetime import datetime
    from types import TracebackType

# What only a crash needs (platform, traceback, datetime) is imported when one happens: the
# reporter is installed before the first window, whose start-up it should not slow.

LOG_PREFIX = "crash-"
LOG_SUFFIX = ".log"
KEEP = 20  # the newest crash logs kept; older ones are removed when a new one is written
_MAX_CHAIN = 8  # causes and contexts followed, so a cycle or a long chain stays short
_MAX_GROUP = 5  # exceptions shown from one exception group


class CrashReport(NamedTuple):  # not a dataclass: ~4 ms before the first window
    exception: str  # the exception's type, e.g. "KeyError"
    where: str  # "start", "main thread", or "thread"
    path: Path | None  # the log written; None when it could not be


def crash_log_dir() -> Path:
    """The per-user log folder (on Linux in the XDG state folder)."""
    return Path(platformdirs.user_log_dir(APP_ID, False))


def exception_name(kind: type[BaseException]) -> str:
    module = kind.__module__
    if module in ("builtins", "__main__"):
        return kind.__qualname__
    return f"{module}.{kind.__qualname__}"


def short_path(filename: str) -> str:
    """The file as named from the `sys.path` folder holding it ("facilitator_desktop/app.py",
    "sqlalchemy/engine/base.py"): no home folder, no user name. Anything else: its name."""
    if filename.startswith("<"):
        return filename  # "<string>", "<frozen importlib._bootstrap>"
    path = Path(filename)
    if not path.is_absolute():
        return path.as_posix()  # a bundle names its modules from its own root already
    best: Path | None = None
    for entry in sys.path:
        try:
            root = Path(entry or ".").resolve()
            relative = path.resolve().relative_to(root)
        except (OSError, ValueError):
            continue
        if best is None or len(relative.parts) < len(best.parts):
            best = relative
    return best.as_posix() if best is not None else path.name


def describe(exc: BaseException, *, where: str, now: datetime | None = None) -> str:
    """The text of a crash log for `exc`: types and code places only."""
    import platform
    from datetime import UTC, datetime

    moment = now or datetime.now(UTC)
    lines = [
        f"{APP_NAME} {__version__} crash report",
        f"time (UTC): {moment:%Y-%m-%d %H:%M:%S}",
        f"where: {where}",
        f"python: {platform.python_version()} on {platform.system()}",
        "",
        "Only exception types and code places (file, line, function) are recorded:",
        "no messages, values or text from the workspace.",
        "",
    ]
    for position, (link, item) in enumerate(_chain(exc)):
        if position:
            lines.append(link)
        lines.extend(_one_exception(item, indent=""))
    return "\n".join(lines) + "\n"


def _chain(exc: BaseException) -> list[tuple[str, BaseException]]:
    """Oldest first, as Python prints them, each with the words that join it to the one
    before it (its cause or the exception being handled when it was raised)."""
    newest_first: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(newest_first) < _MAX_CHAIN:
        seen.add(id(current))
        if current.__cause__ is not None:
            link, older = "which was the direct cause of:", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link, older = "while it was handled, this happened:", current.__context__
        else:
            link, older = "", None
        newest_first.append((current, link))
        current = older
    oldest_first = list(reversed(newest_first))
    return [(link if index else "", item) for index, (item, link) in enumerate(oldest_first)]


def _one_exception(exc: BaseException, *, indent: str) -> Iterator[str]:
    import traceback

    yield f"{indent}exception: {exception_name(type(exc))}"
    for frame in traceback.extract_tb(exc.__traceback__):
        yield f"{indent}  at {short_path(frame.filename)}:{frame.lineno} in {frame.name}"
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions[:_MAX_GROUP]:
            yield f"{indent}  contains:"
            yield from _one_exception(sub, indent=indent + "    ")
        if len(exc.exceptions) > _MAX_GROUP:
            yield f"{indent}  and {len(exc.exceptions) - _MAX_GROUP} more"


def write_crash_log(text: str, folder: Path, *, now: datetime | None = None) -> Path | None:
    """Write `text` as a new private log file in `folder` (0700); keep the newest `KEEP`.
    None when it could not be written (a full or read-only disk): a crash report must
    never raise."""
    from datetime import UTC, datetime

    moment = now or datetime.now(UTC)
    name = f"{LOG_PREFIX}{moment:%Y%m%d-%H%M%S-%f}-{os.getpid()}{LOG_SUFFIX}"
    try:
        private_files.make_private_dir(folder)
        path = private_files.write_private_file(folder / name, text.encode("utf-8"), exclusive=True)
    except OSError:
        return None
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    try:
        logs = sorted(folder.glob(f"{LOG_PREFIX}*{LOG_SUFFIX}"), reverse=True)
        for old in logs[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


Listener = Callable[[CrashReport], None]


class CrashReporter:
    """Writes a crash log for every uncaught exception, then tells its listeners."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        stderr: Callable[[], TextIO | None] = lambda: sys.stderr,
    ) -> None:
        self.folder = folder if folder is not None else crash_log_dir()
        self.listeners: list[Listener] = []
        self._stderr = stderr
        self._previous_hook: Callable[..., object] | None = None
        self._previous_thread_hook: Callable[..., object] | None = None
        self._lock = threading.Lock()

    def report(self, exc: BaseException, *, where: str) -> CrashReport:
        text = describe(exc, where=where)
        with self._lock:  # two threads crashing at once each get their own, whole log
            path = write_crash_log(text, self.folder)
        found = CrashReport(exception_name(type(exc)), where, path)
        self._tell_stderr(text, path)
        for listener in list(self.listeners):
            try:
                listener(found)
            except Exception as failure:  # noqa: BLE001 - a broken dialog must not loop
                self._tell_stderr(describe(failure, where="crash dialog"), None)
        return found

    def install(self) -> None:
        """Handle every uncaught exception from now on (until `uninstall`)."""
        if self._previous_hook is None:
            self._previous_hook = sys.excepthook
            self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None and (
            threading.excepthook == self._thread_excepthook
        ):
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None

    def _excepthook(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, exc, tb)  # no message of ours to hide there
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report(exc, where="main thread")

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.report(args.exc_value, where="thread")

    def _tell_stderr(self, text: str, path: Path | None) -> None:
        """The same report (never more) for whoever started the app from a terminal. The
        windowed bundle has no stderr at all."""
        stream = self._stderr()
        if stream is None:
            return
        where = f"Written to {path}" if path is not None else "It could not be written to disk."
        try:
            stream.write(f"{text}{where}\n")
            stream.flush()
        except (OSError, ValueError):
            pass
