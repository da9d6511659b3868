#!/usr/bin/env python3
"""Screenshots of outcome measures with demo data: a PHQ-9 being typed in from paper with
item 9 above 0 (the notice shown at once) and the message after saving; a total alone; the
facilitator's own measures (ORS defined); a member's trajectory on their History page, in
light and dark; and Follow-ups listing who is not on track.

    python scripts/screenshots_measures.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_measures(app, folder, out)` is what scripts/screenshots.py can call.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from screenshots import WINDOW_SIZE, run_shoots, save, settle  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.domain.measures import Band, InstrumentDraft  # noqa: E402
from facilitator_desktop.services.measures import MeasureService  # noqa: E402
from facilitator_desktop.ui.history import AttentionPage, HistoryPage  # noqa: E402
from facilitator_desktop.ui.history.page import MEMBER_TAB  # noqa: E402
from facilitator_desktop.ui.measures.entry_dialog import MeasureEntryDialog  # noqa: E402
from facilitator_desktop.ui.measures.instruments_dialog import InstrumentsDialog  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

WEEKS = 104  # two years of entries every four sessions
DRIFTING = 3  # demo_data.measures: the member whose totals got reliably worse lately


def _prepare(data: Path) -> tuple[int, int]:
    """Demo data with measures and an ORS defined; (group, drifting member) ids."""
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws, weeks=WEEKS, measures=True)
    group = ws.groups.list()[0]
    member = ws.members.list(group.id)[DRIFTING]
    MeasureService(ws.context).create_instrument(
        InstrumentDraft(
            "ORS",
            4,
            0,
            10,
            higher_is_worse=False,
            bands=(Band(0, 24.9, "clinical range"), Band(25, 40, "non-clinical range")),
            reliable_change=5,
            decimals=1,
        )
    )
    ws.close()
    return group.id, member.id


def _save_next_box(label: str, shot: Path) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        save(box, shot)
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return

    QTimer.singleShot(0, answer)


def shoot_measures(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "measures"
    group_id, member_id = _prepare(data)
    settings = QSettings(str(folder / "measures-settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = fa.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    ctx = window.ctx
    alias = ctx.workspace.members.get(member_id).alias

    # A PHQ-9 from paper: item 9 answered above 0 shows the notice at once.
    entry = MeasureEntryDialog(ctx, member_id, alias, window)
    entry.show()
    for box, value in zip(entry.item_boxes, (2, 2, 1, 3, 1, 2, 1, 0, 1), strict=True):
        box.setValue(value)
    entry.item_boxes[8].setFocus()
    settle(app)
    entry.items_scroll.ensureWidgetVisible(entry.item_boxes[8])
    save(entry, out / "measure-entry-item9.png")
    _save_next_box("I have read this", out / "measure-item9-message.png")
    entry.save_button.click()
    settle(app)

    entry = MeasureEntryDialog(ctx, member_id, alias, window)
    entry.show()
    entry.total_radio.click()
    entry.total_box.setValue(11)
    save(entry, out / "measure-entry-total.png")
    entry.reject()

    measures = InstrumentsDialog(ctx, window)
    measures.show()
    measures.list.setCurrentRow(measures.list.count() - 1)
    save(measures, out / "measures-defined.png")
    measures.reject()

    window.show_page(HistoryPage.key)
    history = window.pages[HistoryPage.key]
    assert isinstance(history, HistoryPage)
    history.open_member(member_id, group_id)
    history.tabs.setCurrentIndex(MEMBER_TAB)
    view = history.member_view
    settle(app)
    scroll = view.measures.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(view.measures, 0, 0)  # type: ignore[attr-defined]
    save(window, out / "history-member-measures.png")
    save(view.measures, out / "measures-trajectory.png")
    fa.theme.force(Qt.ColorScheme.Dark)
    save(view.measures, out / "measures-trajectory-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)

    window.show_page(AttentionPage.key)
    save(window, out / "follow-ups-not-on-track.png")
    fa.shutdown()


def main(argv: list[str]) -> int:
    return run_shoots(argv, shoot_measures)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
