"""Printing through the system's print service: the PDF itself goes to CUPS (vector text,
the same file as saved); without such a service, nothing is sent and the caller renders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from facilitator_desktop.handouts import build_ground_rules, samples
from facilitator_desktop.ui.handouts.printing import PrintError, send_pdf


class FakePrinter:
    """What the print dialog leaves in a QPrinter, for a queue this machine does not have."""

    def __init__(self, name: str = "Office", first: int = 0, last: int = 0) -> None:
        self._name, self._first, self._last = name, first, last

    def printerName(self) -> str:  # noqa: N802  (Qt's name)
        return self._name

    def outputFormat(self) -> QPrinter.OutputFormat:  # noqa: N802
        return QPrinter.OutputFormat.NativeFormat

    def copyCount(self) -> int:  # noqa: N802
        return 2

    def docName(self) -> str:  # noqa: N802
        return "Ground rules"

    def fromPage(self) -> int:  # noqa: N802
        return self._first

    def toPage(self) -> int:  # noqa: N802
        return self._last


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `lp` that keeps what it was given: its arguments and the document."""
    folder = tmp_path / "bin"
    folder.mkdir()
    lp = folder / "lp"
    lp.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{tmp_path}/args"\n'
        f'cat > "{tmp_path}/document"\n'
        'case "$2" in Broken) exit 1;; esac\n'
    )
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return tmp_path


def test_the_pdf_itself_goes_to_the_print_service(fake_lp: Path) -> None:
    pdf = build_ground_rules(samples.mixed_ground_rules()).pdf
    assert send_pdf(pdf, FakePrinter(first=2, last=2), "Letter")  # type: ignore[arg-type]
    assert (fake_lp / "document").read_bytes() == pdf  # vector, byte for byte the saved file
    args = (fake_lp / "args").read_text().split("\n")
    assert args[:2] == ["-d", "Office"]
    assert "media=Letter" in args and "2-2" in args and "Ground rules" in args


def test_a_refusal_is_an_error_the_page_can_show(fake_lp: Path) -> None:
    with pytest.raises(PrintError):
        send_pdf(b"%PDF-1.4", FakePrinter("Broken"), "A4")  # type: ignore[arg-type]


def test_without_a_queue_or_lp_nothing_is_sent(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not send_pdf(b"%PDF-1.4", FakePrinter(name=""), "A4")  # type: ignore[arg-type]
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp anywhere
    assert not send_pdf(b"%PDF-1.4", FakePrinter(), "A4")  # type: ignore[arg-type]
    to_file = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert not send_pdf(b"%PDF-1.4", to_file, "A4")
