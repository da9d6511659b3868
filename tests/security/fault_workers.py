"""Child processes for the kill tests, started from a forkserver that has already imported
the app (so a hundred kills take seconds, not minutes). Each reports what it has
committed through a pipe, then is killed at a moment of the parent's choosing."""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def save_forever(data_dir: str, passphrase: str, round_no: int, pipe: Connection) -> None:
    ws = Workspace.open(Path(data_dir), passphrase)
    group_id = ws.groups.list()[0].id
    i = 0
    while True:
        body = f"round {round_no} save {i}"
        note = ws.notes.create(NoteDraft(body, group_id))
        pipe.send(("note", note.id, body))  # sent only after the commit returned
        if i % 5 == 0:
            member = ws.members.add(group_id, MemberDraft(f"M{round_no}-{i}"))
            pipe.send(("member", member.id, member.alias))
        if i % 7 == 0:
            ws.groups.update(group_id, GroupDraft(f"Group r{round_no} s{i}"))
            pipe.send(("group", group_id, f"Group r{round_no} s{i}"))
        i += 1


def backup_forever(data_dir: str, passphrase: str, pipe: Connection) -> None:
    ws = Workspace.open(Path(data_dir), passphrase)
    while True:
        pipe.send(("backup", str(ws.create_backup())))
