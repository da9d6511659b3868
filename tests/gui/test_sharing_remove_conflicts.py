"""After sharing: a co-facilitator removed through the page (the question says what happens,
and it does: nothing written afterwards reaches them, their own page says they were removed,
what they wrote is refused and listed as a problem in words), a conflict shown and resolved,
and a group no longer shared."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.sharing.words import children
from tests.gui.drivers.sharing import SharingDriver, read_question
from tests.gui.driving import PromptAnswerer
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import Laptop, local_group, make_laptop, new_group, server_settings

Shared = tuple[Laptop, Laptop, SharingDriver, SharingDriver, int, int]


def ui(laptop: Laptop) -> UiContext:
    ctx = UiContext(laptop.ws, demo=False)
    ctx.reload_groups()
    return ctx


@pytest.fixture
def shared(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str, qtbot: QtBot
) -> Iterator[Shared]:
    """Ana's group shared with Ben through the page, both synced once."""
    settings = server_settings(postgres_cluster, sync_database)
    ana_laptop = make_laptop(tmp_path, "ana", settings)
    ben_laptop = make_laptop(tmp_path, "ben", settings)
    ana = SharingDriver.open(qtbot, ui(ana_laptop))
    ben = SharingDriver.open(qtbot, ui(ben_laptop))
    try:
        group_id, _ = new_group(ana_laptop)
        ana.set_server(postgres_cluster, sync_database)
        ben.set_server(postgres_cluster, sync_database)
        ana.share_with(group_id, ben)
        ana.sync()
        ben.sync()
        ben_group = local_group(ben_laptop, ana_laptop.sharing.shared_groups()[0].group_uuid)
        assert ben_group is not None
        yield ana_laptop, ben_laptop, ana, ben, group_id, ben_group
    finally:
        ana.close()
        ben.close()
        ana_laptop.ws.close()
        ben_laptop.ws.close()


def aliases(laptop: Laptop, group_id: int) -> list[str]:
    return [m.alias for m in laptop.ws.members.list(group_id)]


def test_a_removed_co_facilitator_reads_nothing_new_and_is_refused_in_words(
    shared: Shared, answer: Callable[[str], PromptAnswerer]
) -> None:
    ana_laptop, ben_laptop, ana, ben, group_id, ben_group = shared
    ben_device = ben_laptop.sharing.identity().device_id
    # Asked first; Cancel keeps everything as it was.
    cancel = answer("Cancel")
    ana.remove(group_id, ben_device)
    cancel.check()
    assert {c.device_id: c.state for c in ana.dialog.groups.co_facilitators(group_id)}[
        ben_device
    ] == "trusted"

    asked = answer("Remove")
    ana.remove(group_id, ben_device)
    asked.check()
    assert "Remove Laptop" in asked.question
    states = {c.device_id: c.state for c in ana.dialog.groups.co_facilitators(group_id)}
    assert states[ben_device] == "removed"
    row = ana.dialog.groups.tree.topLevelItem(0)
    assert row is not None
    assert any("(removed)" in child.text(0) for child in children(row))
    assert not ana.dialog.groups.remove_button.isEnabled()  # removed rows offer nothing

    ana_laptop.ws.members.add(group_id, MemberDraft("Newcomer after removal"))
    ana.sync()
    # Ben's laptop, offline meanwhile, writes before it reads of its removal.
    ben_laptop.ws.members.add(ben_group, MemberDraft("Written by the removed laptop"))
    ben.sync()
    assert "Newcomer after removal" not in aliases(ben_laptop, ben_group)
    ben_row = ben.dialog.groups.tree.topLevelItem(0)
    assert ben_row is not None and ben_row.text(1) == "this laptop was removed from the group"
    ana.sync()
    assert "Written by the removed laptop" not in aliases(ana_laptop, group_id)
    assert "Written after that laptop was removed from the group: refused." in ana.problems()
    assert any(title.startswith("Problems (") for title in ana.tab_titles())


def test_the_questions_say_what_happens(shared: Shared) -> None:
    _ana_laptop, ben_laptop, ana, _ben, group_id, _ben_group = shared
    asked = read_question("Cancel")
    ana.remove(group_id, ben_laptop.sharing.identity().device_id)
    asked.check()
    assert "A new group key seals everything written from now on" in asked.informative
    assert "What it already has stays with it" in asked.informative
    asked = read_question("Cancel")
    ana.stop_sharing(group_id)
    asked.check()
    assert "Nothing more is sent or received" in asked.informative
    assert ana.dialog.groups.message.text() == ""  # nothing done, nothing said
    assert [g.state for g in ana.dialog.host.sharing().shared_groups()] == ["active"]


def test_a_conflict_is_shown_with_the_other_value_and_resolved(shared: Shared) -> None:
    ana_laptop, ben_laptop, ana, ben, group_id, ben_group = shared
    ann = next(m for m in ana_laptop.ws.members.list(group_id) if m.alias == "Ann")
    ben_ann = next(m for m in ben_laptop.ws.members.list(ben_group) if m.alias == "Ann")
    ana_laptop.ws.members.update(ann.id, MemberDraft("Ann", remarks="prefers the window seat"))
    ben_laptop.ws.members.update(ben_ann.id, MemberDraft("Ann", remarks="asked for a lift"))
    ana.sync()
    ben.sync()
    ana.sync()
    kept = ana_laptop.ws.members.get(ann.id).remarks
    other = ({"prefers the window seat", "asked for a lift"} - {kept}).pop()
    assert ana.conflicts() == [("A member: private remarks", other)]
    assert "Conflicts (1)" in ana.tab_titles()
    ana.show_tab(ana.dialog.conflicts)
    ana.keep_current()
    assert ana.conflicts() == []
    assert "Conflicts" in ana.tab_titles()
    assert ana.dialog.conflicts.empty.isVisible()
    assert ana_laptop.ws.members.get(ann.id).remarks == kept  # keeping changed nothing


def test_a_group_no_longer_shared_stays_here_and_sends_nothing(
    shared: Shared, answer: Callable[[str], PromptAnswerer]
) -> None:
    ana_laptop, ben_laptop, ana, ben, group_id, ben_group = shared
    asked = answer("Stop sharing")
    ana.stop_sharing(group_id)
    asked.check()
    assert "no longer shared from this laptop" in ana.dialog.groups.message.text()
    row = ana.dialog.groups.tree.topLevelItem(0)
    assert row is not None and row.text(1) == "no longer shared from here"
    ana_laptop.ws.members.add(group_id, MemberDraft("Only on Ana's laptop"))
    ben.sync()
    assert "Only on Ana's laptop" in aliases(ana_laptop, group_id)
    assert "Only on Ana's laptop" not in aliases(ben_laptop, ben_group)
