#!/usr/bin/env python3
"""Screenshots of the languages: Settings with the app's language, a group's own handout
language on the Groups page, and the windows mirrored for a right-to-left locale (Arabic):
the Groups page and the Session page in a round, at 1366×768.

    python scripts/screenshots_languages.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_languages(app, folder, out)` is what scripts/screenshots.py can call.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QLocale, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import save, settle  # noqa: E402
from screenshots_laptop import AGENDA, MEMBERS, RULES  # noqa: E402

from facilitator_desktop.app import FacilitatorApp, build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE  # noqa: E402
from facilitator_desktop.domain.clock import FakeClock  # noqa: E402
from facilitator_desktop.services.groups import GroupDraft  # noqa: E402
from facilitator_desktop.services.members import MemberDraft  # noqa: E402
from facilitator_desktop.ui.groups_page import GroupsPage  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

SIZE = (1366, 768)


def _workspace(data: Path) -> tuple[int, list[int]]:
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    group = ws.groups.create(
        GroupDraft(
            "Krąg wsparcia w czwartki",
            agenda=AGENDA,
            speaker_soft_limit_min=3,
            handout_language="pl",
        )
    )
    ids = [ws.members.add(group.id, MemberDraft(a, f)).id for a, f in MEMBERS]
    ws.rules.save(group.id, RULES)
    ws.close()
    return group.id, ids


def _open(app: QApplication, data: Path, settings: Path, group_id: int) -> FacilitatorApp:
    fa = build_app(
        data,
        kdf_params=FLOOR,
        settings=QSettings(str(settings), QSettings.Format.IniFormat),
        qapp=app,
    )
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert fa.window is not None and fa.ctx is not None
    fa.ctx.reload_groups(select=group_id)
    fa.window.resize(*SIZE)
    return fa


def shoot_languages(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "languages"
    group_id, ids = _workspace(data)
    settings = folder / "languages-settings.ini"

    # The app's language in Settings; the group's own on the Groups page.
    fa = _open(app, data, settings, group_id)
    window = fa.window
    assert window is not None
    dialog = window.open_settings()
    settle(app)
    save(dialog, out / "settings-language.png")
    dialog.close()
    window.show_page(GroupsPage.key)
    save(window, out / "groups-handout-language.png")
    fa.shutdown()

    # An Arabic computer: the windows mirror (the words stay English until a translation
    # ships; dates and Qt's own buttons follow the locale).
    before = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))
    try:
        fa = _open(app, data, settings, group_id)
        window = fa.window
        assert window is not None
        window.show_page(GroupsPage.key)
        save(window, out / "rtl-groups.png")
        window.show_page(RunnerPage.key)
        page = window.pages[RunnerPage.key]
        assert isinstance(page, RunnerPage)
        clock = FakeClock(0.0)
        page.use_clock(clock, rng=random.Random(3))
        page.presenter.lifecycle.open_session()
        live = page.live
        assert live is not None
        for member_id in ids:
            live.mark(member_id, "present")
        page.room_actions.toggle()
        page.room_actions.queue_digit(4)
        for seconds in (70, 55, 40, 95):
            clock.advance(seconds)
            page.room_actions.next_speaker()
        clock.advance(30)
        page.tick()
        save(window, out / "rtl-session.png")
        page.controller.end()
        fa.shutdown()
    finally:
        QLocale.setDefault(before)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_languages)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
