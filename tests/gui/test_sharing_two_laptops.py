"""Two laptops share a group through Settings → Sharing against a real PostgreSQL server:
cards exchanged, safety numbers compared (a wrong number refused in words, nothing lost),
the invitation accepted, and each sees the other's sessions and attendance after a sync."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.context import UiContext
from tests.gui.drivers.sharing import SharingDriver, replace_text
from tests.gui.drivers.widgets import click
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    local_group,
    make_laptop,
    new_group,
    run_session,
    server_settings,
)


@pytest.fixture
def two(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str, qtbot: QtBot
) -> Iterator[tuple[Laptop, Laptop]]:
    settings = server_settings(postgres_cluster, sync_database)
    ana = make_laptop(tmp_path, "ana", settings)
    ben = make_laptop(tmp_path, "ben", settings)
    try:
        yield ana, ben
    finally:
        ana.ws.close()
        ben.ws.close()


def ui(laptop: Laptop) -> UiContext:
    ctx = UiContext(laptop.ws, demo=False)
    ctx.reload_groups()
    return ctx


def test_two_laptops_share_a_group_and_see_each_others_attendance(
    qtbot: QtBot, two: tuple[Laptop, Laptop], postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    ana_laptop, ben_laptop = two
    group_id, _ = new_group(ana_laptop, "Tuesday grief group", ("Ann", "Bo", "Cy"))
    ana_ctx, ben_ctx = ui(ana_laptop), ui(ben_laptop)
    ana = SharingDriver.open(qtbot, ana_ctx)
    ben = SharingDriver.open(qtbot, ben_ctx)
    try:
        assert ana.group_titles() == [] and ben.group_titles() == []
        assert "Server kept" in ana.set_server(postgres_cluster, sync_database)
        assert "Server kept" in ben.set_server(postgres_cluster, sync_database)
        assert ana.test_connection().startswith("Connected")

        # Ana pastes Ben's card; Ben pastes Ana's: both see the same large digits.
        share = ana.start_share(group_id, ben.card())
        accept = ben.start_accept(ana.card())
        digits = share.number()
        assert len(digits.replace(" ", "")) == 12 and accept.number() == digits
        assert not accept.dialog.accept_button.isEnabled()  # a card is not an invitation

        # A hurried facilitator types one digit wrong: refused in words, nothing shared,
        # nothing typed lost.
        wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
        share.confirm(wrong)
        assert "safety numbers differ" in share.error()
        assert share.typed_digits() == wrong
        assert share.dialog.card.toPlainText() == ben.card()
        assert ana.group_titles() == []

        share.confirm(digits)
        invitation = share.invitation()
        assert invitation.startswith("fd-invite-1:")
        assert ana.group_titles() == ["Tuesday grief group"]

        # Ben accepts the invitation: same digits, and a wrong one refused first.
        accept.paste(invitation)
        assert accept.number() == digits
        accept.confirm("0000 0000 0000")
        assert "safety numbers differ" in accept.error() and not accept.accepted()
        accept.confirm(digits.replace(" ", "-"))
        assert accept.accepted()
        share.done()
        click(accept.dialog.close_button)
        assert ben.group_titles() == ["A group shared with you (arrives at the next sync)"]

        # Sync: Ana's group arrives on Ben's laptop, in his group list too.
        ana.sync()
        ben.sync()
        assert ben.words() == "Synced just now"
        assert ben.group_titles() == ["Tuesday grief group"]
        assert [g.name for g in ben_ctx.groups.groups()] == ["Tuesday grief group"]
        ben_group = local_group(ben_laptop, ben_laptop.sharing.shared_groups()[0].group_uuid)
        assert ben_group is not None
        assert [m.alias for m in ben_laptop.ws.members.list(ben_group)] == ["Ann", "Bo", "Cy"]

        # Ana runs a session; Ben sees its attendance. Ben runs one; Ana sees his.
        run_session(ana_laptop, group_id)
        ana.sync()
        ben.sync()
        ben_rows = ben_laptop.ws.history.sessions(ben_group)
        assert [r.attended for r in ben_rows] == [3]
        ben_laptop.ws.members.add(ben_group, MemberDraft("Dee"))
        ben_laptop.wall.advance(7 * 24 * 3600)  # next week's meeting (the same day's merge)
        run_session(ben_laptop, ben_group, seed=2)
        ben.sync()
        ana.sync()
        assert sorted(r.attended for r in ana_laptop.ws.history.sessions(group_id)) == [3, 4]
        assert "Dee" in [m.alias for m in ana_laptop.ws.members.list(group_id)]
    finally:
        ana.close()
        ben.close()


def test_what_is_pasted_wrong_is_said_and_kept(
    qtbot: QtBot, two: tuple[Laptop, Laptop], postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    ana_laptop, ben_laptop = two
    group_id, _ = new_group(ana_laptop)
    ana = SharingDriver.open(qtbot, ui(ana_laptop))
    try:
        share = ana.start_share(group_id, "fd-card-1:not a card at all")
        assert "not a co-facilitator's card" in share.error()
        assert share.dialog.step() == 0
        assert share.dialog.card.toPlainText() == "fd-card-1:not a card at all"
        # Its own card, pasted by mistake.
        replace_text(share.dialog.card, ana.card())
        click(share.dialog.next_button)
        assert "this laptop's own card" in share.error()
        # A card cut short on its way.
        replace_text(share.dialog.card, ben_laptop.sharing.identity().text[:-20])
        click(share.dialog.next_button)
        assert share.error() and share.dialog.step() == 0
        share.dialog.reject()

        accept = ana.start_accept("fd-invite-1:nonsense")
        assert "not an invitation" in accept.error() and not accept.accepted()
        accept.dialog.reject()
        assert ana.group_titles() == []

        # The server form: a refusal under its field, everything typed kept.
        ana.type_server("  ", 5432, "groups", "ana", "secret")
        click(ana.dialog.server.save_button)
        assert "server's name or address" in ana.field_error("host")
        assert ana.dialog.server.dbname.text() == "groups"
        assert ana.dialog.server.password.text() == "secret"
        assert ana.dialog.host.sharing().server() is None
        # Nothing answers there: said in words, the window never waited.
        ana.type_server("127.0.0.1", postgres_cluster.port, sync_database, "nobody", "wrong")
        said = ana.test_connection()
        assert "refused the role or the password" in said
    finally:
        ana.close()
