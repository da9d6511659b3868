"""No member name or private detail reaches any file, in any common encoding."""

from __future__ import annotations

import base64
from pathlib import Path

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers import canary


def test_member_markers_never_reach_disk(data_dir: Path) -> None:
    markers = {field: canary.marker(field) for field in ("alias", "name", "contact", "remarks")}
    renamed = canary.marker("renamed")
    ws = Workspace.create(data_dir, "pass", kdf_params=FLOOR)
    group = ws.groups.create(GroupDraft("Canary group"))
    member = ws.members.add(
        group.id,
        MemberDraft(markers["alias"], markers["name"], markers["contact"], markers["remarks"]),
    )
    ws.members.update(member.id, MemberDraft(renamed, markers["name"]))
    assert ws.members.get(member.id).alias == renamed
    # While open, the WAL and shared-memory files hold the latest pages.
    assert sorted(p.name for p in data_dir.iterdir())[0] == "workspace.db"
    assert canary.find_markers([data_dir], [*markers.values(), renamed]) == []
    ws.close()
    assert canary.find_markers([data_dir], [*markers.values(), renamed]) == []
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.members.get(member.id).full_name == markers["name"]
    assert canary.find_markers([data_dir], [*markers.values(), renamed]) == []


def test_the_search_itself_finds_a_planted_marker(tmp_path: Path) -> None:
    """Guard against a search that can never fail."""
    token = canary.marker("self")
    (tmp_path / "a.bin").write_bytes(b"xx" + token.encode("utf-16-le") + b"yy")
    (tmp_path / "b.txt").write_text(token, encoding="utf-8")
    hits = canary.find_markers([tmp_path], [token])
    assert any("a.bin" in h and "utf-16-le" in h for h in hits)
    assert any("b.txt" in h and "utf-8" in h for h in hits)
    for offset in range(3):
        (tmp_path / "c.txt").write_bytes(base64.b64encode(b"x" * offset + token.encode()))
        assert any("c.txt" in h and "base64" in h for h in canary.find_markers([tmp_path], [token]))
