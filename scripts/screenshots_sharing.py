#!/usr/bin/env python3
"""Screenshots of sharing a group: Settings → Sharing (card, shared group and its
co-facilitator), its Server tab, the safety-number step of Share a group…, and the main
window's calm sync status ("Offline, 14 changes waiting").

    python scripts/screenshots_sharing.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

No server is needed: the group is shared between two workspaces made here, and the status
comes from a stand-in runner that reports what the picture shows.
`shoot_sharing(app, folder, out)` is what scripts/screenshots.py calls.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import WINDOW_SIZE, run_shoots, save  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.services.sharing import SharingService  # noqa: E402
from facilitator_desktop.services.sharing_runner import SyncStatus  # noqa: E402
from facilitator_desktop.ui.context import UiContext  # noqa: E402
from facilitator_desktop.ui.sharing.host import sync_host  # noqa: E402
from facilitator_desktop.ui.sharing.page import SharingDialog  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402


class StandInRunner:
    """Reports one chosen status when started, as the real runner would after a sync."""

    def __init__(self, status: SyncStatus, report: Callable[[SyncStatus], None]) -> None:
        self._status = status
        self._report = report
        self.running = False

    def start(self) -> None:
        self.running = True
        self._report(self._status)

    def stop(self, timeout: float = 0.0) -> None:
        self.running = False

    def sync_now(self) -> None:
        pass


def stand_in(status: SyncStatus) -> Callable[[UiContext, Callable[[SyncStatus], None]], object]:
    def make(_ctx: UiContext, report: Callable[[SyncStatus], None]) -> object:
        return StandInRunner(status, report)

    return make


def shoot_sharing(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "sharing"
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws)
    ben = Workspace.create(folder / "ben", DEMO_PASSPHRASE, kdf_params=FLOOR)
    group = ws.groups.list()[0]
    mine, theirs = SharingService(ws.context), SharingService(ben.context)
    card = theirs.identity().text
    invitation = mine.share_group(group.id, card, mine.safety_number(card))
    theirs.accept_invitation(invitation.text, mine.safety_number(card))
    mine.set_server("db.agency.example", 5432, "groups", "facilitator-ana", "not shown")
    ws.close()

    fa = build_app(data, kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    try:
        dialog = fa.unlock_dialog
        assert dialog is not None
        QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
        QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        window = fa.window
        assert window is not None
        window.resize(*WINDOW_SIZE)
        now = window.ctx.now()
        host = sync_host(window.ctx)
        host.set_runner_factory(stand_in(SyncStatus("offline", waiting=14, detail="timeout")))  # type: ignore[arg-type]
        host.refresh()
        window.show_page("groups")
        save(window, out / "sharing-status-offline.png")

        host.set_runner_factory(stand_in(_synced(now)))  # type: ignore[arg-type]
        host.refresh()
        sharing = SharingDialog(window.ctx, window)
        sharing.resize(860, 700)
        sharing.show()
        save(sharing, out / "sharing-page.png")
        sharing.tabs.setCurrentIndex(1)
        save(sharing, out / "sharing-server.png")
        sharing.tabs.setCurrentIndex(0)

        share = sharing.open_share()
        share.resize(720, 620)
        QTest.keyClicks(share.card, card)
        QTest.mouseClick(share.next_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(share.compare.digits, share.compare.number.text()[:9])
        save(share, out / "sharing-safety-number.png")
        share.reject()
        sharing.close()
        host.stop()
    finally:
        fa.shutdown()
        ben.close()


def _synced(now: datetime) -> SyncStatus:
    return SyncStatus("synced", synced_at=now - timedelta(minutes=2))


def _settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


if __name__ == "__main__":
    sys.exit(run_shoots(sys.argv[1:], shoot_sharing))
