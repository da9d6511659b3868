"""A change that names a row not here yet waits, and its laptop's stream waits behind it,
while the other laptops' changes of the round still apply; nothing is lost once the row
arrives. Cat does not know Dan's laptop yet when Ana's session marks Dan's member: Ana's
session waits (and Ana's later change with it), Ben's later change does not."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from facilitator_desktop.models import Attendance
from facilitator_desktop.services.members import MemberDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    aliases_in,
    laptops,
    local_group,
    new_group,
    run_session,
    server_settings,
    share,
)


def _marks(laptop: Laptop) -> int:
    with laptop.ws.context.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Attendance)) or 0)


def test_a_waiting_change_holds_back_its_own_stream_only_and_arrives_later(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 4) as (ana, ben, cat, dan):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben, cat)
        for laptop in (ana, ben, cat, ana):
            laptop.sync()
        [shared] = ana.sharing.shared_groups()
        share(ana, group_id, dan)  # Cat learns of Dan's laptop only from Ana's next change
        ana.sync()
        dan.sync()
        dan_group = local_group(dan, shared.group_uuid)
        assert dan_group is not None
        dan.ws.members.add(dan_group, MemberDraft("Dan's member"))
        dan.sync()
        ana.sync()
        run_session(ana, group_id)  # marks Dan's member too
        ana.engine.capture()
        ana.ws.members.add(group_id, MemberDraft("Ana's later"))
        ana.sync()
        ben.sync()
        ben.sync()  # Ben has Ana's session too (Dan's laptop known from the first)
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        ben.ws.members.add(ben_group, MemberDraft("Ben's later"))  # after Ana's, in clock order
        ben.sync()

        cat.sync()
        seen = aliases_in(cat, shared.group_uuid)
        assert "Ben's later" in seen  # another laptop's stream goes on
        assert "Ana's later" not in seen  # Ana's waits behind her session
        assert _marks(cat) == 0

        cat.sync()  # Dan's laptop is known now: his member, then Ana's session and the rest
        seen = aliases_in(cat, shared.group_uuid)
        assert {"Dan's member", "Ana's later", "Ben's later"} <= seen
        assert _marks(cat) == _marks(ana) > 0
        assert cat.sharing.problems() == []  # "unknown" went when Dan was introduced
