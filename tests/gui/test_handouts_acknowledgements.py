"""Members page: record that a member read and signed the current rules; every version a
member signed is kept, and a new version shows who has not signed it yet."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from facilitator_desktop.demo import populate
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.formatting import short_date
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, click, go_to, stored, unlock


def demo(data_dir: Path) -> int:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        return populate(ws, groups=2, weeks=4)[0]


def test_record_signatures_and_keep_every_version(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    group_id = demo(data_dir)
    app = launch()
    window = unlock(qtbot, app)
    assert window.ctx.request_group(group_id)
    go_to(qtbot, window, "members")
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    page.list_view.select_row(1)
    member = page.model.item(1)
    assert member.alias == "Ελένη"
    panel = page.acknowledgements
    assert panel.isVisible()
    assert panel.status_label.text() == "Not signed the current rules (v2)."
    assert panel.date_edit.date() == QDate.currentDate()
    assert panel.record_button.text().replace("&", "") == "Record signature of v2"
    assert panel.group_label.text().startswith("0 of ")

    signed_on = date.today() - timedelta(days=2)
    panel.date_edit.setDate(QDate(signed_on.year, signed_on.month, signed_on.day))
    click(qtbot, panel.record_button)
    assert panel.status_label.text() == (
        f"Signed the current rules (v2) on {short_date(signed_on)}."
    )
    assert panel.group_label.text().startswith("1 of ")
    with stored(data_dir) as ws:
        (info,) = ws.acknowledgements.for_member(member.id)
        assert (info.version, info.signed_on) == (2, signed_on)

    # The rules change: the signature of v2 stays, v3 is not signed yet.
    ws = window.ctx.workspace
    current = ws.rules.current(group_id)
    assert current is not None
    ws.rules.save(group_id, [*current.cards, RuleCardDraft("Tea is shared", "We share tea.")])
    go_to(qtbot, window, "rules")
    go_to(qtbot, window, "members")
    assert panel.status_label.text() == (
        f"Signed v2 on {short_date(signed_on)}; not yet the current rules (v3)."
    )
    click(qtbot, panel.record_button)  # today
    assert panel.status_label.text().startswith("Signed the current rules (v3)")
    assert panel.history_label.text() == f"Earlier: v2 on {short_date(signed_on)}"
    with stored(data_dir) as ws:
        assert [a.version for a in ws.acknowledgements.for_member(member.id)] == [3, 2]

    # Another member has signed nothing; a new member (no record yet) has no panel.
    page.list_view.select_row(2)
    assert panel.status_label.text() == "Not signed the current rules (v3)."
    assert panel.history_label.text() == ""
    click(qtbot, page.add_button)
    assert not panel.isVisible()

    # Locking clears the panel; it comes back for the selected member after unlocking.
    page.list_view.select_row(1)
    app.lock()
    assert panel.status_label.text() == ""
    unlock(qtbot, app)
    assert panel.status_label.text().startswith("Signed the current rules (v3)")
