#!/usr/bin/env python3
"""Screenshots of the session note with demo data: the editor being written (DAP), the
same note signed with addenda, a member's copy (the dialog and its first printed page), and
the template editor; the editor once more in the dark theme.

    python scripts/screenshots_session_note.py [OUTPUT_FOLDER]   (default: docs/screenshots/)

`shoot_session_note(app, folder, out)` is what scripts/screenshots.py calls.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, QSize, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import run_shoots, save  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.domain.session_note import NoteBody, Section  # noqa: E402
from facilitator_desktop.ui.session_note.member_copy import MemberCopyDialog  # noqa: E402
from facilitator_desktop.ui.session_note.templates_dialog import TemplatesDialog  # noqa: E402
from facilitator_desktop.ui.session_note.windows import open_session_note  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

NOTE_SIZE = (1180, 760)


def _prepare(data: Path) -> tuple[int, int, int]:
    """Demo data; the latest session's note written in DAP, the one before signed with
    addenda. Returns (open session, signed session, a member of the signed one)."""
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws, weeks=8)
    group = ws.groups.list()[0]
    dap = ws.note_templates.builtin("dap")
    ws.note_templates.set_for_group(group.id, dap.id)
    latest, earlier = (s.id for s in ws.history.sessions(group.id, limit=2))
    facts = ws.session_notes.facts(earlier)
    people = [m.alias for m in facts.members]
    first, second = people[0], people[1 % len(people)]
    ws.session_notes.save(
        earlier,
        body=NoteBody(
            (
                Section(
                    "Data",
                    f"Check-in centred on the holidays ahead. {first} spoke about the first "
                    f"Christmas without her mother; {second} offered a ritual that helped him.",
                ),
                Section(
                    "Assessment",
                    "Warm, attentive group; members are starting to answer each other "
                    "rather than the facilitator.",
                ),
                Section("Plan", "Next week: planning for the hard days. Handout on rituals."),
            ),
            ("holidays", "rituals"),
        ),
        entries={
            m.member_id: text
            for m, text in zip(
                facts.members,
                (
                    "Tearful but steady; asked for the rituals handout.",
                    "Offered his own experience; good energy.",
                    "Quiet; passed the check-in, stayed to the end.",
                ),
                strict=False,
            )
        },
    )
    ws.session_notes.sign(earlier)
    ws.session_notes.add_addendum(earlier, f"{first} phoned: the ritual helped.")
    ws.session_notes.add_addendum(
        earlier, "Asked for a referral to the bereavement counsellor.", facts.members[0].member_id
    )
    ws.close()
    return latest, earlier, facts.members[0].member_id


def _render_pdf(pdf: bytes, path: Path) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(0)
    image: QImage = document.render(0, QSize(int(size.width() * 1.4), int(size.height() * 1.4)))
    white = QImage(image.size(), QImage.Format.Format_RGB32)
    white.fill(Qt.GlobalColor.white)
    from PySide6.QtGui import QPainter

    painter = QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    white.save(str(path))
    print(f"wrote {path}")


def shoot_session_note(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "session-note"
    latest, signed, member_id = _prepare(data)
    settings = QSettings(str(folder / "session-note.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert fa.window is not None
    ctx = fa.window.ctx

    note = open_session_note(ctx, latest, fa.window)
    assert note is not None
    note.resize(*NOTE_SIZE)
    QTest.keyClicks(note.themes_edit, "sleep, work")
    QTest.keyClicks(
        note.section_editors[0].editor, "Members compared how they sleep since the loss."
    )
    entries = list(note.entries.values())
    if entries:
        QTest.keyClicks(entries[0].editor, "Slept better; less alone at night.")
    note.save_now()
    save(note, out / "session-note.png")
    fa.theme.force(Qt.ColorScheme.Dark)
    save(note, out / "session-note-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)
    note.accept()

    signed_note = open_session_note(ctx, signed, fa.window)
    assert signed_note is not None
    signed_note.resize(*NOTE_SIZE)
    save(signed_note, out / "session-note-signed.png")

    copy = MemberCopyDialog(
        ctx,
        signed_note.view.facts.group_id if signed_note.view else 0,
        signed_note,
        signed,
        member_id,
    )
    copy.show()
    save(copy, out / "session-note-member-copy.png")
    made = copy.make()
    if made is not None:
        _render_pdf(made[0].pdf, out / "session-note-member-copy-pdf.png")
    copy.reject()
    signed_note.accept()

    templates = TemplatesDialog(ctx, fa.window)
    templates.show()
    templates.list.setCurrentRow(1)
    save(templates, out / "session-note-templates.png")
    templates.reject()
    fa.shutdown()


def main(argv: list[str]) -> int:
    return run_shoots(argv, shoot_session_note)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
