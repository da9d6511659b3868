"""The sync's calm status in the main window, driven through the real app: hidden while
nothing is shared; "Synced just now" after a sync; "Offline, N changes waiting" while the
server is stopped (nothing lost: they go when it is back); "locked" at the lock with the
runner stopped before the key goes; running again after unlock; stopped at quit. The words
themselves for every state, and the runner never started in the demo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing_runner import SyncStatus
from facilitator_desktop.ui.sharing.host import sync_host
from facilitator_desktop.ui.sharing.page import SharingDialog
from facilitator_desktop.ui.sharing.status_text import status_words
from tests.gui.drivers.sharing import SharingDriver
from tests.gui.drivers.widgets import click
from tests.gui.driving import Launch, create_workspace, unlock
from tests.helpers.postgres import PostgresCluster, remove_cluster, start_cluster
from tests.unit.sync.laptops import make_laptop, server_settings


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[PostgresCluster]:
    """A server of this module's own: the test stops and starts it."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        remove_cluster(cluster)


def stop_keeping_what_it_acknowledged(cluster: PostgresCluster) -> None:
    """The test server commits without waiting for its disk and stops with -m immediate:
    a checkpoint first, so the stop takes away the server, not what it said it stored."""
    import psycopg

    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute("CHECKPOINT")
    cluster.stop()


def test_the_status_line_follows_sync_offline_lock_and_quit(
    qtbot: QtBot, launch: Launch, tmp_path: Path, own_cluster: PostgresCluster
) -> None:
    app = launch()
    window = create_workspace(qtbot, app)
    line = window.sync_status
    assert not line.isVisible()  # nothing shared: nothing said
    workspace = app.workspace
    assert workspace is not None
    group = workspace.groups.create(GroupDraft("Thursday carers"))
    workspace.members.add(group.id, MemberDraft("Ann"))
    window.ctx.reload_groups(select=group.id)
    dbname = own_cluster.create_database()
    ben = make_laptop(tmp_path, "ben", server_settings(own_cluster, dbname))
    try:
        settings = window.open_settings()
        click(settings.sharing.open_button)
        dialog = settings.sharing.dialog
        assert isinstance(dialog, SharingDialog) and dialog.isVisible()
        page = SharingDriver(qtbot, dialog)
        page.set_server(own_cluster, dbname)
        share = page.start_share(group.id, ben.sharing.identity().text)
        digits = share.number()
        share.confirm(digits)
        ben.sharing.accept_invitation(share.invitation(), digits)
        share.done()

        page.sync()
        qtbot.waitUntil(lambda: line.isVisible() and line.text() == "Synced just now")

        # The server goes away: the window keeps working, the changes wait, and say so.
        stop_keeping_what_it_acknowledged(own_cluster)
        workspace.members.add(group.id, MemberDraft("Bo"))
        workspace.members.add(group.id, MemberDraft("Cy"))
        status = page.sync(expect="offline")
        assert status.waiting >= 1  # two new members, sealed into one change or more
        qtbot.waitUntil(lambda: line.text().startswith(f"Offline, {status.waiting} change"))
        assert line.toolTip().startswith("The server could not be reached")

        own_cluster.start()
        assert page.sync().waiting == 0
        qtbot.waitUntil(lambda: line.text() == "Synced just now")
        ben.sync()
        [shared] = ben.sharing.shared_groups()
        assert shared.group_id is not None
        assert {"Ann", "Bo", "Cy"} <= {m.alias for m in ben.ws.members.list(shared.group_id)}

        # The lock stops the runner before the key goes; unlocking starts it again.
        host = sync_host(window.ctx)
        assert host.running
        window.lockRequested.emit()
        assert not host.running
        assert line.text() == "Sharing: locked"
        unlock(qtbot, app)
        qtbot.waitUntil(lambda: host.running and line.text() == "Synced just now")

        app.shutdown()  # quitting stops it too
        assert not host.running
    finally:
        ben.ws.close()


def test_the_demo_starts_no_sync(qtbot: QtBot, launch: Launch) -> None:
    app = launch(demo=True)
    window = app.window
    assert window is not None
    qtbot.waitUntil(lambda: window.pages.complete)
    host = sync_host(window.ctx)
    assert not host.running and not host.wanted()
    assert not window.sync_status.isVisible()


NOW = datetime(2026, 3, 2, 12, 0)  # midday UTC: the same date in every time zone


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (None, ""),
        (SyncStatus("off"), ""),
        (SyncStatus("waiting"), "Sharing: starting…"),
        (SyncStatus("syncing"), "Syncing…"),
        (SyncStatus("syncing", progress=(1200, 3800)), "Receiving changes: 1200 of 5000"),
        (SyncStatus("synced", synced_at=NOW), "Synced just now"),
        (SyncStatus("synced", synced_at=NOW - timedelta(minutes=2)), "Synced 2 min ago"),
        (SyncStatus("synced", synced_at=NOW - timedelta(hours=3)), "Synced 3 h ago"),
        (SyncStatus("synced", synced_at=NOW - timedelta(days=3)), "Synced on 27 Feb 2026"),
        # A laptop clock set back after a sync: never "-5 min ago".
        (SyncStatus("synced", synced_at=NOW + timedelta(minutes=5)), "Synced just now"),
        (
            SyncStatus("synced", synced_at=NOW - timedelta(minutes=2), waiting=3),
            "Synced 2 min ago, 3 changes waiting",
        ),
        (SyncStatus("offline", waiting=14), "Offline, 14 changes waiting"),
        (SyncStatus("offline"), "Offline, nothing waiting"),
        (SyncStatus("locked"), "Sharing: locked"),
        (SyncStatus("failed"), "Sync stopped by an error; it tries again shortly"),
    ],
)
def test_the_status_in_words(qapp: object, status: SyncStatus | None, words: str) -> None:
    assert status_words(status, NOW).text == words


def test_refused_changes_are_pointed_at(qapp: object) -> None:
    said = status_words(SyncStatus("synced", synced_at=NOW, refused=2), NOW)
    assert said.text == "Synced just now"
    assert "Settings → Sharing → Problems" in said.detail
    assert said.tone.value == "warning"
