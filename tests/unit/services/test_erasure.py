"""Erasure is for good: nothing of the member's identity, and nothing from notes only about
them, is readable with the facilitator's passphrase in any file of the data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.redaction import terms_for
from facilitator_desktop.errors import NotFound, RecordDamaged
from facilitator_desktop.services.erasure import Erasure
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.vault_files import key_from, readable_values, sqlite_files

PASS = "erasure passphrase"
PRIVATE = "only about Zofia: she moved to Gdańsk"


@pytest.fixture
def folder(data_dir: Path) -> Path:
    with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Carers")).id
        zofia = ws.members.add(
            group,
            MemberDraft("Zosia", full_name="Zofia Wiśniewska", contact="zofia@example.org"),
        )
        bob = ws.members.add(group, MemberDraft("Bob", full_name="Robert Wiśniewski"))
        ws.notes.create(NoteDraft(PRIVATE, group, member_ids=(zofia.id,)))
        ws.create_backup()
        ws.notes.create(
            NoteDraft(
                "Zosia and Bob argued; ZOFIA left early", group, member_ids=(zofia.id, bob.id)
            )
        )
        ws.notes.create(NoteDraft("Bob said wiśniewska was missed", group))
        ws.create_backup()
    return data_dir


def every_value(folder: Path) -> list[str]:
    values: list[str] = []
    for path in sqlite_files(folder):
        dek = key_from(path, passphrase=PASS)
        assert dek is not None, path
        values += readable_values(path, dek)[0]
    return values


def test_erasure_reaches_every_backup(folder: Path) -> None:
    assert any("Zofia Wiśniewska" in v for v in every_value(folder))
    with Workspace.open(folder, PASS) as ws:
        group = ws.groups.list()[0].id
        zofia = next(m for m in ws.members.list(group) if m.alias == "Zosia")
        report = ws.erasure.erase(zofia.id)
        assert report.notes_deleted == 1 and report.copies_updated == 2
        bodies = sorted(n.body for n in ws.notes.find())
    assert bodies == [
        "Bob said [former member] was missed",
        "[former member] and Bob argued; [former member] left early",
    ]
    values = every_value(folder)
    for word in ("Zosia", "Zofia", "Wiśniewska", "zofia@example.org", "Gdańsk"):
        assert not any(word.casefold() in v.casefold() for v in values), word
    assert "Robert Wiśniewski" in values  # Bob keeps his name (a different word)


def test_the_job_row_is_gone_when_done(folder: Path) -> None:
    with Workspace.open(folder, PASS) as ws:
        group = ws.groups.list()[0].id
        ws.erasure.erase(ws.members.list(group)[0].id)
    for path in sqlite_files(folder):
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM maintenance_jobs").fetchone() == (0,)


def test_a_shared_surname_stays_for_the_member_who_keeps_it(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("G")).id
        anna = ws.members.add(group, MemberDraft("Anna", full_name="Anna Lind"))
        ws.members.add(group, MemberDraft("Lind", full_name="Erik Lind"))
        ws.notes.create(NoteDraft("Anna and Lind came together", group))
        ws.erasure.erase(anna.id)
        assert [n.body for n in ws.notes.find()] == ["[former member] and Lind came together"]


def test_a_damaged_member_is_not_half_erased(folder: Path) -> None:
    with sqlite3.connect(database_path(folder)) as conn:
        conn.execute("UPDATE members SET rev = rev + 7 WHERE id = 1")
    with Workspace.open(folder, PASS) as ws:
        with pytest.raises(RecordDamaged):
            ws.erasure.erase(1)
        with pytest.raises(NotFound):
            ws.erasure.erase(999)
        assert len(ws.notes.find()) == 3


def test_the_job_payload_round_trips() -> None:
    erasure = Erasure(3, 4, terms_for("Zosia", "Zofia Wiśniewska-Kowal", "+48 601 234 567"))
    assert Erasure.from_payload(erasure.payload()) == erasure
    assert {"zofia", "wisniewska", "kowal"} <= erasure.terms.words


def test_every_form_of_the_name_goes_from_shared_notes(data_dir: Path) -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Zoë Strauß")
    with Workspace.create(data_dir, PASS, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("G")).id
        zoe = ws.members.add(
            group, MemberDraft("Zoë", full_name=decomposed, contact="+48 601 234 567")
        )
        bob = ws.members.add(group, MemberDraft("Bob"))
        text = "zoe, ZOË and Zoës notes; STRASSE called from 601-234-567; Bob stayed"
        ws.notes.create(NoteDraft(text, group, member_ids=(zoe.id, bob.id)))
        ws.create_backup()
        ws.erasure.erase(zoe.id)
        (body,) = [n.body for n in ws.notes.find()]
    assert "Bob stayed" in body
    for word in ("zoe", "ZOË", "Zoës", "STRASSE", "601-234-567"):
        assert word not in body
    values = every_value(data_dir)
    assert not any(
        "zo" in v.casefold() and "bob stayed" in v.casefold() and "zoe" in v for v in values
    )
    assert all("STRASSE" not in v and "601-234-567" not in v for v in values)


def test_a_member_gone_between_the_read_and_the_erasure_is_refused_in_words(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(folder, PASS) as ws:
        read = ws.members.get(1)
        with ws.context.engine.begin() as conn:  # as another window that erased them first
            conn.exec_driver_sql("DELETE FROM note_members WHERE member_id = 1")
            conn.exec_driver_sql("DELETE FROM members WHERE id = 1")
        monkeypatch.setattr(ws.members, "get", lambda _member_id: read)
        with pytest.raises(NotFound) as refused:
            ws.erasure.erase(1)
        assert refused.value.message == "That member no longer exists."
        assert len(ws.notes.find()) == 3  # nothing redacted on the way


def test_a_note_redacted_by_an_erasure_moves_on_one_revision_and_still_opens(
    folder: Path,
) -> None:
    """The redacted text is a new revision like any edit: one step on, sealed for it."""

    def revisions() -> dict[int, int]:
        with sqlite3.connect(database_path(folder)) as db:
            found = dict(db.execute("SELECT id, rev FROM notes").fetchall())
        db.close()
        return found

    with Workspace.open(folder, PASS) as ws:
        zosia = next(m.id for m in ws.members.list(ws.groups.list()[0].id) if m.alias == "Zosia")
        before = revisions()
        ws.erasure.erase(zosia)
        after = revisions()
        bodies = {n.id: n.body for n in ws.notes.find()}
    # the note about Zosia alone went; a note naming her beside Bob was redacted
    assert set(after) == set(bodies) and len(after) == len(before) - 1
    changed = {i for i in after if after[i] != before[i]}
    assert changed and all(after[i] == before[i] + 1 for i in changed)
    assert all("Zosia" not in bodies[i] and "ZOFIA" not in bodies[i] for i in changed)
