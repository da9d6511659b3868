"""A member's export is reviewed before it is saved: every other member is marked, the
facilitator redacts more by selecting text, Save writes exactly that, Cancel writes nothing."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.redaction import find_spans, fold, terms_for
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.ui.vault.export_review import ChooseSavePath, ExportReviewDialog
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, PromptAnswerer, click, go_to, unlock

ZOE_NAME = unicodedata.normalize("NFD", "Zoë Strauß")
ZOE_CONTACT = "+48 601 234 567 · zoe.strauss@example.org"
ZOE_FORMS = ["zoe", "ZOË", "Strasse", "Zoës", "601-234-567", "ZOE.STRAUSS@EXAMPLE.ORG"]
NOTE = (
    "Anna met " + ", ".join(ZOE_FORMS) + " and Ben at the café on Długa street.\n"
    "She wants a copy of this."
)


def seed(data_dir: Path) -> dict[str, int]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        carers = ws.groups.create(GroupDraft("Carers")).id
        grief = ws.groups.create(GroupDraft("Grief")).id
        anna = ws.members.add(carers, MemberDraft("Anna", "Anna Berg", "anna@example.org"))
        ben = ws.members.add(carers, MemberDraft("Ben"))
        zoe = ws.members.add(grief, MemberDraft("Zoë", ZOE_NAME, ZOE_CONTACT))
        ws.notes.create(NoteDraft(NOTE, carers, member_ids=(anna.id,)))
        return {"Anna": anna.id, "Ben": ben.id, "Zoë": zoe.id}


def members_page(qtbot: QtBot, app: FacilitatorApp) -> MembersPage:
    window = unlock(qtbot, app)
    go_to(qtbot, window, "members")
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    page.list_view.select_row(0)  # Anna
    return page


def open_review(qtbot: QtBot, page: MembersPage) -> ExportReviewDialog:
    click(qtbot, page.export_button)
    review = page.findChild(ExportReviewDialog)
    assert review is not None and review.isVisible()
    return review


def select(review: ExportReviewDialog, text: str, length: int | None = None) -> None:
    """Select `length` characters from where `text` first shows, as a drag would."""
    found = review.view.document().find(text)
    assert not found.isNull(), text
    cursor = review.view.textCursor()
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(
        found.selectionStart() + (length or len(text)), QTextCursor.MoveMode.KeepAnchor
    )
    review.view.setTextCursor(cursor)


def saver(target: Path, asked: list[str]) -> ChooseSavePath:
    def choose(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return target

    return choose


def test_review_marks_every_form_redacts_a_selection_and_saves(
    qtbot: QtBot, launch: Launch, data_dir: Path, tmp_path: Path
) -> None:
    seed(data_dir)
    page = members_page(qtbot, launch())
    target = tmp_path / "anna.json"
    asked: list[str] = []
    page.choose_export_path = saver(target, asked)
    review = open_review(qtbot, page)

    assert "unencrypted" in review.warning.text()
    automatic = [text for kind, text in review.marks() if kind == "auto"]
    assert automatic == [*ZOE_FORMS, "Ben"]
    assert not review.redact_button.isEnabled()  # nothing selected yet

    select(review, "Dłu")  # part of a word: the whole word goes
    click(qtbot, review.redact_button)
    select(review, "café")
    review.view.setFocus()
    qtbot.keyClick(review.view, Qt.Key.Key_Delete)  # the same from the keyboard
    assert [text for kind, text in review.marks() if kind == "hand"] == ["café", "Długa"]
    click(qtbot, review.undo_button)
    assert [text for kind, text in review.marks() if kind == "hand"] == ["Długa"]
    select(review, "copy of this")
    click(qtbot, review.redact_button)
    assert not target.exists()  # nothing is written before Save

    click(qtbot, review.save_button)
    assert asked and "Anna" not in asked[0] and asked[0].endswith(".json")
    assert not review.isVisible()
    exported = target.read_text(encoding="utf-8")
    folded = fold(exported)
    for form in [*ZOE_FORMS, "Zoë", "Strauß", "Ben", "Długa", "copy of this", "601 234 567"]:
        assert fold(form) not in folded, form
    assert find_spans(exported, terms_for("Zoë", ZOE_NAME, ZOE_CONTACT)) == []
    (note,) = json.loads(exported)["notes"]
    assert note["text"] == (
        "Anna met "
        + ", ".join(["[another member]"] * 6)
        + " and [another member] at the café on [redacted] street.\n"
        "She wants a [redacted]."
    )
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_cancel_writes_nothing(
    qtbot: QtBot, launch: Launch, data_dir: Path, tmp_path: Path
) -> None:
    seed(data_dir)
    page = members_page(qtbot, launch())
    asked: list[str] = []
    page.choose_export_path = saver(tmp_path / "anna.json", asked)
    review = open_review(qtbot, page)
    select(review, "Długa")
    click(qtbot, review.redact_button)
    click(qtbot, review.cancel_button)
    assert not review.isVisible()
    # Nothing beside the data folder but the app's own settings (it remembers the colour
    # scheme once the first window is painted).
    assert not asked and sorted(p.name for p in tmp_path.iterdir()) == ["data", "settings.ini"]


def test_a_file_that_cannot_be_written_keeps_the_review_and_its_marks(
    qtbot: QtBot, launch: Launch, data_dir: Path, tmp_path: Path
) -> None:
    seed(data_dir)
    page = members_page(qtbot, launch())
    targets = [tmp_path / "no such folder" / "anna.json", tmp_path / "anna.json"]
    page.choose_export_path = lambda _parent, _name: targets.pop(0)
    review = open_review(qtbot, page)
    select(review, "Długa")
    click(qtbot, review.redact_button)
    click(qtbot, review.save_button)
    assert review.isVisible() and review.error.isVisible()
    assert review.error.text().startswith("The file could not be written")
    assert [text for kind, text in review.marks() if kind == "hand"] == ["Długa"]
    click(qtbot, review.save_button)  # somewhere that works
    assert not review.isVisible()
    assert "Długa" not in (tmp_path / "anna.json").read_text(encoding="utf-8")


def test_a_damaged_co_member_refuses_the_export_with_a_reason(
    qtbot: QtBot, launch: Launch, data_dir: Path, tmp_path: Path
) -> None:
    ids = seed(data_dir)
    with sqlite3.connect(database_path(data_dir)) as conn:
        (blob,) = conn.execute("SELECT alias_ct FROM members WHERE id=?", (ids["Zoë"],)).fetchone()
        damaged = bytearray(blob)
        damaged[-1] ^= 1
        conn.execute("UPDATE members SET alias_ct=? WHERE id=?", (bytes(damaged), ids["Zoë"]))
    conn.close()
    page = members_page(qtbot, launch())
    asked: list[str] = []
    page.choose_export_path = saver(tmp_path / "anna.json", asked)
    refused = PromptAnswerer("OK").arm()
    click(qtbot, page.export_button)
    assert refused.question == "This record cannot be exported."
    assert page.findChild(ExportReviewDialog) is None
    assert not asked and not (tmp_path / "anna.json").exists()


def test_locking_closes_the_review_and_forgets_its_text(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    seed(data_dir)
    app = launch()
    page = members_page(qtbot, app)
    review = open_review(qtbot, page)
    text = review.view.document()
    app.lock()
    assert not review.isVisible()
    assert "Strasse" not in text.toPlainText() and review.marks() == []
    assert not any(
        isinstance(w, ExportReviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
