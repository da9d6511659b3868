"""Convergence: whatever 3 to 5 laptops do to one shared group, in whatever order, with
whatever syncs in between (a laptop that does not sync is a laptop offline), once every
laptop has synced enough every replica holds the same group, field for field."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    new_group,
    run_session,
    server_settings,
    share,
    snapshot,
)

# Erasing members is left to its own tests (test_sharing_push_pull.py): SQLite may give a
# new member the local id of one erased, and session events (outside sync) still hold the
# old number, so two laptops could read an old event as naming different people.
ALIASES = ("Sam", "Noor", "Łucja", "Zoë", "李")
TEXTS = ("", "calls on Mondays", "needs a lift", "العربية", "new number")

op = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 4), st.sampled_from(ALIASES)),
    st.tuples(st.just("edit"), st.integers(0, 4), st.integers(0, 9), st.sampled_from(TEXTS)),
    st.tuples(st.just("rename"), st.integers(0, 4), st.sampled_from(TEXTS[1:])),
    st.tuples(st.just("rules"), st.integers(0, 4), st.sampled_from(TEXTS[1:])),
    st.tuples(st.just("session"), st.integers(0, 4), st.integers(0, 90)),
    st.tuples(st.just("leave"), st.integers(0, 4), st.integers(0, 9)),
    st.tuples(st.just("note"), st.integers(0, 4), st.integers(0, 9), st.sampled_from(TEXTS[1:])),
    st.tuples(st.just("unshare"), st.integers(0, 4), st.integers(0, 9)),
    st.tuples(st.just("score"), st.integers(0, 4), st.integers(0, 9), st.integers(0, 10)),
    st.tuples(st.just("sync"), st.integers(0, 4)),
)


def group_of(laptop: Laptop, group_uuid: str) -> int | None:
    return local_group(laptop, group_uuid)


def act(laptop: Laptop, group_uuid: str, step: tuple[Any, ...]) -> None:
    group_id = group_of(laptop, group_uuid)
    kind = step[0]
    if kind == "sync":
        laptop.sync()
        return
    if group_id is None:  # this laptop has not received the group yet
        return
    members = laptop.ws.members.list(group_id, include_left=True)
    try:
        if kind == "add":
            laptop.ws.members.add(group_id, MemberDraft(step[2]))
        elif kind == "edit" and members:
            member = members[step[2] % len(members)]
            laptop.ws.members.update(member.id, MemberDraft(member.alias, remarks=step[3]))
        elif kind == "leave" and members:
            member = members[step[2] % len(members)]
            laptop.ws.members.set_left(member.id, None if member.left_on else laptop.wall().date())
        elif kind == "rename":
            info = laptop.ws.groups.get(group_id)
            laptop.ws.groups.update(
                group_id, GroupDraft(f"Group {step[2]}", description=step[2], agenda=info.agenda)
            )
        elif kind == "rules":
            laptop.ws.rules.save(group_id, [RuleCardDraft("Listen", f"We listen. {step[2]}")])
        elif kind == "note":
            shared = [n for n in laptop.ws.notes.find() if n.group_id == group_id]
            if shared and step[2] % 2:
                laptop.ws.notes.save_body(shared[step[2] % len(shared)].id, step[3])
            else:
                note = laptop.ws.notes.create(NoteDraft(step[3], group_id=group_id))
                laptop.sharing.set_note_shared(note.id, True)
        elif kind == "unshare":
            mine = [n for n in laptop.ws.notes.find() if n.group_id == group_id]
            if mine:
                laptop.sharing.set_note_shared(mine[step[2] % len(mine)].id, False)
        elif kind == "score" and members:
            sessions = laptop.ws.history.sessions(group_id)
            if sessions:
                member = members[step[2] % len(members)]
                CheckinScoreService(laptop.ws.context).record(sessions[0].id, member.id, step[3])
        elif kind == "session" and any(m.active for m in members):
            laptop.wall.advance(step[2] * 60)
            run_session(laptop, group_id, minutes=5)
    except FacilitatorError:
        pass  # refused as it would be in the window (an alias already there...)


def settle(fleet: list[Laptop]) -> None:
    """Everyone syncs until a full round neither pushes nor applies anything. (Counting
    only what is applied stopped too early when the last laptop of a round was the only
    one with a change: it pushed, nobody had applied anything yet, and the round read as
    settled.)"""
    for _ in range(6):
        reports = [laptop.sync() for laptop in fleet]
        if not any(report.pushed or report.applied for report in reports):
            return
    raise AssertionError("the laptops did not settle")


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(count=st.integers(3, 5), steps=st.lists(op, min_size=1, max_size=10))
# The last laptop of a round is the only one with a change (a member added on a laptop
# that has just received the group): it must still reach the others.
@example(count=3, steps=[("sync", 2), ("add", 2, "Sam"), ("sync", 4)])
def test_every_replica_ends_equal(
    postgres_cluster: PostgresCluster, count: int, steps: list[tuple[Any, ...]]
) -> None:
    database = postgres_cluster.create_database()
    folder = Path(tempfile.mkdtemp(prefix="fd-converge-"))
    try:
        with laptops(folder, server_settings(postgres_cluster, database), count) as fleet:
            group_id, _ = new_group(fleet[0], members=("Ann", "Bo"))
            share(fleet[0], group_id, *fleet[1:])
            group_uuid = fleet[0].sharing.shared_groups()[0].group_uuid
            fleet[0].sync()
            for step in steps:
                act(fleet[step[1] % count], group_uuid, step)
            settle(fleet)
            expected = snapshot(fleet[0], group_uuid)
            for laptop in fleet[1:]:
                assert snapshot(laptop, group_uuid) == expected, laptop.name
            for laptop in fleet:
                assert laptop.engine.waiting() == 0
                assert laptop.sharing.problems() == [], laptop.name
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        postgres_cluster.drop_database(database)
