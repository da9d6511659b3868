"""The sharing service as the Settings → Sharing page will call it: the identity made once,
cards and invitations checked, safety numbers compared, the server's settings kept with the
password sealed, a co-facilitator removed with the group key rotated."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.sync.server import ServerSettings
from facilitator_desktop.workspace_backups import database_path
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import (
    Laptop,
    laptops,
    local_group,
    make_laptop,
    new_group,
    server_settings,
    share,
)

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")


@pytest.fixture
def two(tmp_path: Path) -> tuple[Laptop, Laptop]:
    ana = make_laptop(tmp_path, "ana", OFFLINE)
    ben = make_laptop(tmp_path, "ben", OFFLINE)
    yield ana, ben  # type: ignore[misc]
    ana.ws.close()
    ben.ws.close()


def test_the_identity_is_made_once_and_its_private_half_is_sealed(two) -> None:  # type: ignore[no-untyped-def]
    ana, _ = two
    first = ana.sharing.identity()
    assert ana.sharing.identity() == first
    ana.ws.close()
    raw = database_path(ana.ws.data_dir).read_bytes()
    assert first.public.wrap in raw  # public halves are plain
    # the private halves never: the identity's secret is only in the sealed column
    from facilitator_desktop.workspace import Workspace
    from tests.conftest import PASSPHRASE

    reopened = Workspace.open(ana.ws.data_dir, PASSPHRASE)
    try:
        from facilitator_desktop.services.sharing_state import load_identity

        with reopened.context.sessions.begin() as s:
            found = load_identity(s, reopened.keyring.cipher)
        assert found is not None
        identity, device = found
        assert device == first.device_id and identity.public == first.public
        assert identity.secret_bytes() not in raw
        assert identity.secret_bytes().hex().encode() not in raw
    finally:
        reopened.close()


def test_both_sides_see_the_same_safety_number(two) -> None:  # type: ignore[no-untyped-def]
    ana, ben = two
    assert ana.sharing.safety_number(ben.sharing.identity().text) == ben.sharing.safety_number(
        ana.sharing.identity().text
    )


@pytest.mark.parametrize(
    "card",
    ["", "hello", "fd-card-1:not-a-uuid:AA:BB", "fd-card-1:{device}:AAAA:BBBB", "fd-card-2:{rest}"],
)
def test_a_card_that_is_not_one_is_refused_in_words(two, card: str) -> None:  # type: ignore[no-untyped-def]
    ana, ben = two
    mine = ben.sharing.identity()
    text = card.format(device=mine.device_id, rest=mine.text.partition(":")[2])
    with pytest.raises(ValidationError) as refused:
        ana.sharing.safety_number(text)
    assert refused.value.field == "card"


def test_sharing_is_refused_when_the_numbers_differ_and_nothing_is_stored(two) -> None:  # type: ignore[no-untyped-def]
    ana, ben = two
    group_id, _ = new_group(ana)
    card = ben.sharing.identity().text
    right = ana.sharing.safety_number(card)
    wrong = str((int(right.replace(" ", "")) + 1) % 10**12).zfill(12)
    for compared in ("", wrong, "0000 0000 0000"):
        with pytest.raises(ValidationError) as refused:
            ana.sharing.share_group(group_id, card, compared)
        assert refused.value.field == "safety_number"
    assert ana.sharing.shared_groups() == []
    # spaces and dashes as people type them are fine
    ana.sharing.share_group(group_id, card, right.replace(" ", "-"))
    [shared] = ana.sharing.shared_groups()
    assert [c.state for c in shared.co_facilitators] == ["self", "trusted"]


def test_an_invitation_is_accepted_only_with_the_compared_number(two) -> None:  # type: ignore[no-untyped-def]
    ana, ben = two
    group_id, _ = new_group(ana)
    card = ben.sharing.identity().text
    digits = ana.sharing.safety_number(card)
    invitation = ana.sharing.share_group(group_id, card, digits)
    with pytest.raises(ValidationError):
        ben.sharing.accept_invitation(invitation.text, "1234 5678 9012")
    with pytest.raises(ValidationError):
        ben.sharing.accept_invitation(invitation.text[:-3], digits)
    with pytest.raises(ValidationError):
        ana.sharing.accept_invitation(invitation.text, digits)  # her own
    info = ben.sharing.accept_invitation(invitation.text, digits)
    assert (info.state, info.group_id, info.first_sync_done) == ("pending", None, False)


def test_sharing_with_ones_own_card_is_refused(two) -> None:  # type: ignore[no-untyped-def]
    ana, _ = two
    group_id, _ = new_group(ana)
    own = ana.sharing.identity().text
    with pytest.raises(ValidationError):
        ana.sharing.share_group(group_id, own, "0")


@pytest.mark.parametrize(
    ("host", "port", "dbname", "role", "field"),
    [
        ("", 5432, "db", "me", "host"),
        ("a host", 5432, "db", "me", "host"),
        ("db.example.org", 0, "db", "me", "port"),
        ("db.example.org", 65536, "db", "me", "port"),
        ("db.example.org", 5432, "", "me", "dbname"),
        ("db.example.org", 5432, "d" * 64, "me", "dbname"),
        ("db.example.org", 5432, "db", " ", "role"),
    ],
)
def test_bad_server_settings_are_named(two, host, port, dbname, role, field) -> None:  # type: ignore[no-untyped-def]
    ana, _ = two
    with pytest.raises(ValidationError) as refused:
        ana.sharing.set_server(host, port, dbname, role, "pw")
    assert refused.value.field == field
    assert ana.sharing.server() is None


def test_the_password_is_sealed_and_tls_is_required_off_this_machine(two) -> None:  # type: ignore[no-untyped-def]
    ana, _ = two
    marker = "Pa55-canary-7781"
    info = ana.sharing.set_server("db.agency.example", 5432, "groups", "ana", marker)
    assert info.tls_required and info.has_password
    settings = ana.sharing.server_settings()
    assert settings is not None and settings.password == marker
    params = settings.conninfo()
    assert params["sslmode"] == "verify-full"
    local = ana.sharing.set_server("127.0.0.1", 5433, "groups", "ana", marker)
    assert not local.tls_required
    assert ana.sharing.set_server("::1", 5432, "g", "a", "").tls_required is False
    ana.ws.close()
    for path in ana.ws.data_dir.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name


def test_removing_a_co_facilitator_rotates_the_key_and_they_read_nothing_new(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 3) as (ana, ben, cat):
        group_id, _ = new_group(ana)
        share(ana, group_id, ben, cat)
        for laptop in (ana, ben, cat, ana):
            laptop.sync()
        [shared] = ana.sharing.shared_groups()
        ben_device = ben.sharing.identity().device_id
        with pytest.raises(NotFound):
            ana.sharing.remove_co_facilitator(group_id, ana.sharing.identity().device_id)
        info = ana.sharing.remove_co_facilitator(group_id, ben_device)
        assert info.epoch == 2
        assert {c.device_id: c.state for c in info.co_facilitators}[ben_device] == "removed"
        ana.ws.members.add(group_id, MemberDraft("Secret newcomer"))
        ana.sync()
        cat.sync()
        cat_group = local_group(cat, shared.group_uuid)
        ben_group = local_group(ben, shared.group_uuid)
        assert cat_group is not None and ben_group is not None
        assert "Secret newcomer" in [m.alias for m in cat.ws.members.list(cat_group)]
        # what Ben writes before his laptop hears of it is refused by those who stay
        ben.ws.members.add(ben_group, MemberDraft("Written after removal"))
        ben.sync()
        assert "Secret newcomer" not in [m.alias for m in ben.ws.members.list(ben_group)]
        [ben_info] = ben.sharing.shared_groups()
        assert ben_info.state == "removed"
        states = {c.device_id: c.state for c in ben_info.co_facilitators}
        assert states[ben_device] == "self"  # still this laptop's own entry
        cat.sync()
        assert "Written after removal" not in [m.alias for m in cat.ws.members.list(cat_group)]
        assert "removed" in {p.reason for p in cat.sharing.problems()}


def test_only_a_note_of_a_shared_group_can_be_shared(two) -> None:  # type: ignore[no-untyped-def]
    from facilitator_desktop.services.notes import NoteDraft
    from facilitator_desktop.services.sharing import SharingError

    ana, ben = two
    group_id, _ = new_group(ana)
    loose = ana.ws.notes.create(NoteDraft("no group"))
    in_group = ana.ws.notes.create(NoteDraft("in a group not shared", group_id=group_id))
    for note in (loose, in_group):
        with pytest.raises(SharingError):
            ana.sharing.set_note_shared(note.id, True)
    with pytest.raises(NotFound):
        ana.sharing.set_note_shared(10_000, True)
    card = ben.sharing.identity().text
    ana.sharing.share_group(group_id, card, ana.sharing.safety_number(card))
    ana.sharing.set_note_shared(in_group.id, True)
    ana.sharing.set_note_shared(in_group.id, False)


def test_stop_sharing_keeps_the_group_and_sends_nothing_more(two) -> None:  # type: ignore[no-untyped-def]
    from facilitator_desktop.services.sharing import SharingError

    ana, ben = two
    group_id, _ = new_group(ana)
    card = ben.sharing.identity().text
    ana.sharing.share_group(group_id, card, ana.sharing.safety_number(card))
    assert ana.engine.waiting() > 0
    ana.sharing.stop_sharing(group_id)
    assert ana.engine.waiting() == 0
    ana.ws.members.add(group_id, MemberDraft("Dee"))
    assert ana.engine.waiting() == 0  # the triggers no longer see the group
    assert [g.state for g in ana.sharing.shared_groups()] == ["left"]
    assert "Dee" in [m.alias for m in ana.ws.members.list(group_id)]
    with pytest.raises(SharingError):  # left for good from this laptop
        ana.sharing.share_group(group_id, card, ana.sharing.safety_number(card))


def test_a_first_sync_reports_its_progress(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    from facilitator_desktop import demo
    from facilitator_desktop.services.sharing_engine import SyncEngine

    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2, records_per_change=50) as (ana, ben):
        demo.populate(ana.ws, groups=1, weeks=6, seed=2)
        group_id = ana.ws.groups.list()[0].id
        share(ana, group_id, ben)
        ana.sync()
        seen: list[tuple[int, int]] = []
        engine = SyncEngine(ben.ws.context, pull_limit=2)
        report = engine.sync(settings, lambda done, left: seen.append((done, left)))
        assert len(seen) >= 2
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # only forward
        assert seen[-1] == (report.applied, 0)
        assert seen[0][1] > 0
        [info] = ben.sharing.shared_groups()
        assert info.first_sync_done and info.state == "active"
