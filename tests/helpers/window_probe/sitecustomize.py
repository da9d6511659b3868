"""Loaded by Python at start when this folder is on PYTHONPATH (tests of the real
`python -m facilitator_desktop` in a child process). It changes nothing in the app except:

- every message box the app runs modally is recorded (title, texts, buttons, icon, shown
  on screen or not) as one JSON line in $FD_PROBE_RECORD, then answered by clicking the
  button labelled $FD_PROBE_ANSWER (else its Escape button), as a person would;
- with $FD_PROBE_CRASH set, building the app raises an exception carrying that text in its
  message and in a local variable (a crash at start);
- with $FD_PROBE_NO_STDERR set, there is no stderr or stdout, as in a windowed bundle.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

RECORD = os.environ.get("FD_PROBE_RECORD")


def _record_and_answer_message_boxes() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    real_exec = QMessageBox.exec

    def exec_and_answer(box: QMessageBox) -> int:
        def answer() -> None:
            entry = {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "buttons": [button.text().replace("&", "") for button in box.buttons()],
                "icon": box.icon().name,
                "visible": box.isVisible(),
            }
            with Path(str(RECORD)).open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
            wanted = os.environ.get("FD_PROBE_ANSWER", "")
            for button in box.buttons():
                if button.text().replace("&", "") == wanted:
                    button.click()
                    return
            (box.escapeButton() or box.buttons()[-1]).click()

        QTimer.singleShot(200, answer)
        return real_exec(box)

    QMessageBox.exec = exec_and_answer  # type: ignore[method-assign]


def _crash_at_start(marker: str) -> None:
    import facilitator_desktop.app as app_module

    def build_app(*_args: object, **_kwargs: object) -> object:
        private_text = f"{marker} in a local variable"
        raise RuntimeError(f"{marker} in the message; {private_text}")

    app_module.build_app = build_app  # type: ignore[assignment]


if RECORD:
    _record_and_answer_message_boxes()
    if os.environ.get("FD_PROBE_CRASH"):
        _crash_at_start(os.environ["FD_PROBE_CRASH"])
    if os.environ.get("FD_PROBE_NO_STDERR"):
        sys.stderr = None  # type: ignore[assignment]
        sys.stdout = None  # type: ignore[assignment]
