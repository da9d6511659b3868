"""Handouts page on demo data: preview every handout, save PDFs, private notes only after
the warning, missing-glyph warnings, printing, the entry points from other screens."""

from __future__ import annotations

import io
import math
import stat
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from facilitator_desktop.demo import populate
from facilitator_desktop.services.handout_data import FacilitatorProfile
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.settings import HANDOUT_LARGE_PRINT, HANDOUT_PAPER
from facilitator_desktop.ui.handouts import HandoutKind, open_session_summary_handout
from facilitator_desktop.ui.handouts.choices import next_meeting
from facilitator_desktop.ui.handouts.printing import pages_to_print
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.ui.rules_page import RulesPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.handouts import HandoutsDriver
from tests.gui.driving import Launch, PromptAnswerer, click, go_to, stored, unlock

GROUP = "Tuesday Grief Circle"  # the first demo group: Małgorzata, Ελένη, Дмитрий


@pytest.fixture(autouse=True)
def _invariant_pdfs() -> Iterator[None]:
    """Same bytes for the same handout (no timestamps or random ids in the PDF)."""
    from reportlab import rl_config

    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


@pytest.fixture
def demo_group(data_dir: Path) -> int:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group_id = populate(ws, groups=2, weeks=4)[0]
        ws.handout_data.save_profile(
            FacilitatorProfile("Jo Facilitator", "jo@example.org", "Helpline 0800 000 000")
        )
        return group_id


SaveAs = Callable[[Path], None]


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> SaveAs:
    """Make the next Save as PDF… dialog answer `path`."""

    def arm(path: Path) -> None:
        def fake(*_args: object, **_kwargs: object) -> tuple[str, str]:
            return str(path), "PDF files (*.pdf)"

        monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)

    return arm


def saved_text(handouts: HandoutsDriver, save_as: SaveAs, path: Path) -> str:
    save_as(path)
    handouts.click_save()
    written = path if path.suffix == ".pdf" else path.with_name(path.name + ".pdf")
    assert written.is_file()
    return squeeze(text_of(written.read_bytes()))


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_preview_and_save_every_handout(
    qtbot: QtBot, launch: Launch, demo_group: int, save_as: SaveAs, tmp_path: Path
) -> None:
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    ws = window.ctx.workspace
    rule_set = ws.rules.current(demo_group)
    assert rule_set is not None
    titles = [card.title for card in rule_set.cards]
    aliases = [m.alias for m in ws.members.list(demo_group)]
    assert {"Małgorzata", "Ελένη", "Дмитрий"} <= set(aliases)
    assert handouts.paper() == "A4"  # the C/en_GB test locale
    assert handouts.subtitle() == f"Printouts for {GROUP}"

    # Ground rules: the demo's rules at 11 pt (two pages), group name and every rule title.
    assert handouts.kind() is HandoutKind.GROUND_RULES
    result = handouts.result()
    assert result is not None and result.page_count in (1, 2)
    assert handouts.page_count() == result.page_count
    pages = "1 page" if result.page_count == 1 else f"{result.page_count} pages"
    assert pages in handouts.status()
    text = saved_text(handouts, save_as, tmp_path / "ground-rules.pdf")
    assert squeeze(GROUP) in text
    for title in titles:
        assert squeeze(title) in text
    assert "JoFacilitator" in text and "Helpline0800000000" in text

    # Rule cards: 4 per page by default, then 6 and table tents.
    handouts.choose(HandoutKind.RULE_CARDS)
    assert handouts.page_count() == math.ceil(len(titles) / 4)
    handouts.cards_per_page(6)
    assert handouts.page_count() == math.ceil(len(titles) / 6)
    handouts.card_layout("tent")
    result = handouts.result()
    assert result is not None and handouts.page_count() == result.page_count
    text = saved_text(handouts, save_as, tmp_path / "cards")  # ".pdf" is added
    assert (tmp_path / "cards.pdf").is_file()
    for title in titles:
        assert squeeze(title) in text

    # Sign-in sheet: every alias in seat order (Polish, Greek, Cyrillic), two guest lines.
    handouts.choose(HandoutKind.SIGN_IN_SHEET)
    handouts.guest_lines(2)
    handouts.sign_in_day(date(2026, 2, 3))
    assert handouts.page_count() == 1
    text = saved_text(handouts, save_as, tmp_path / "sign-in.pdf")
    assert squeeze(GROUP) in text and "3February2026" in text
    positions = [text.index(squeeze(alias)) for alias in aliases]
    assert positions == sorted(positions)

    # Session summary of the newest finished session; no notes unless asked for.
    handouts.choose(HandoutKind.SESSION_SUMMARY)
    newest = ws.history.sessions(demo_group, limit=1)[0]
    assert handouts.session() == newest.id
    assert handouts.session_count() == 4
    result = handouts.result()
    assert result is not None and handouts.page_count() == result.page_count
    text = saved_text(handouts, save_as, tmp_path / "summary.pdf")
    assert squeeze(GROUP) in text
    assert "Privatenotes" not in text


def test_private_notes_only_after_the_warning(
    qtbot: QtBot,
    launch: Launch,
    demo_group: int,
    save_as: SaveAs,
    answer: Callable[[str], PromptAnswerer],
    tmp_path: Path,
) -> None:
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    ws = window.ctx.workspace
    with_notes = [
        row.id
        for row in ws.history.sessions(demo_group)
        if ws.notes.find(NoteFilter(session_id=row.id))
    ]
    assert with_notes, "the demo writes notes"
    session_id = with_notes[0]
    note = ws.notes.find(NoteFilter(session_id=session_id))[0].body
    handouts.choose(HandoutKind.SESSION_SUMMARY)
    handouts.choose_session(session_id)

    declined = answer("Cancel")
    handouts.tick_private_notes()
    assert declined.question == "Put your private notes into this PDF?"
    assert not handouts.private_notes()
    handouts.wait_ready()
    text = saved_text(handouts, save_as, tmp_path / "without.pdf")
    assert squeeze(note[:40]) not in text

    accepted = answer("Include notes")
    handouts.tick_private_notes()
    assert accepted.answered and handouts.private_notes()
    handouts.wait_ready()
    text = saved_text(handouts, save_as, tmp_path / "with.pdf")
    assert "Privatenotes" in text
    assert squeeze(note[:40]) in text

    # Another group: the question is asked again.
    other = next(g.id for g in ws.groups.list() if g.id != demo_group)
    assert window.ctx.request_group(other)
    handouts.wait_ready()
    assert not handouts.private_notes()


def test_a_character_no_font_has_is_named_in_a_warning(
    qtbot: QtBot, launch: Launch, demo_group: int, data_dir: Path
) -> None:
    with stored(data_dir) as ws:
        ws.rules.save(
            demo_group,
            [
                RuleCardDraft("What's said here stays here", "What is shared here stays here."),
                RuleCardDraft("\U00013000 is welcome", "Names in every script are welcome here."),
            ],
        )
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    handouts.choose(HandoutKind.RULE_CARDS)
    assert handouts.warnings_shown()
    assert "Check before printing" in handouts.warnings_text()
    assert "rule 2" in handouts.warnings_text() and "U+13000" in handouts.warnings_text()
    result = handouts.result()
    assert result is not None and result.missing_glyphs[0].char == "\U00013000"
    # A handout without such text: the warning goes.
    handouts.choose(HandoutKind.SIGN_IN_SHEET)
    assert not handouts.warnings_shown() and handouts.warnings() == ()


def test_names_in_other_scripts_print_without_a_warning(
    qtbot: QtBot, launch: Launch, demo_group: int, data_dir: Path
) -> None:
    with stored(data_dir) as ws:
        for alias in ("مريم", "דוד כהן", "李娜", "प्रिया"):
            ws.members.add(demo_group, MemberDraft(alias))
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    handouts.choose(HandoutKind.SIGN_IN_SHEET)
    assert not handouts.warnings_shown()
    result = handouts.result()
    assert result is not None and result.missing_glyphs == ()
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(result.pdf)).pages
    )
    for alias in ("مريم", "דוד כהן", "李娜", "प्रिया"):
        assert alias in text


def test_large_print_is_an_option_that_is_remembered(
    qtbot: QtBot, launch: Launch, demo_group: int
) -> None:
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    handouts.choose(HandoutKind.SIGN_IN_SHEET)
    normal = handouts.result()
    assert normal is not None
    handouts.tick_large_print()
    large = handouts.result()
    assert large is not None and large is not normal
    assert window.ctx.workspace.settings.get(HANDOUT_LARGE_PRINT)


def test_print_renders_every_page_onto_the_printer(
    qtbot: QtBot, launch: Launch, demo_group: int, tmp_path: Path
) -> None:
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    handouts.choose(HandoutKind.RULE_CARDS)
    result = handouts.result()
    assert result is not None and result.page_count >= 2

    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(150)
    assert handouts.print_to(printer) == result.page_count
    printed = PdfReader(str(target))
    assert len(printed.pages) == result.page_count
    width = float(printed.pages[0].mediabox.width)
    assert abs(width - 595.3) < 1.5  # A4, as the handout
    # Each page carries the rendered handout (an image), not a blank sheet.
    assert all(p.images for p in printed.pages)

    # A page range picked in the print dialog.
    ranged = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    ranged.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    ranged.setOutputFileName(str(tmp_path / "page-2.pdf"))
    ranged.setResolution(96)
    ranged.setFromTo(2, 2)
    assert handouts.print_to(ranged) == 1
    assert len(PdfReader(str(tmp_path / "page-2.pdf")).pages) == 1


def test_pages_to_print_follow_the_dialog_range() -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    assert pages_to_print(printer, 3) == range(3)
    printer.setFromTo(2, 9)
    assert pages_to_print(printer, 3) == range(1, 3)


def test_open_in_viewer_uses_a_private_copy_deleted_on_lock(
    qtbot: QtBot, launch: Launch, demo_group: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    app = launch()
    window = unlock(qtbot, app)
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    handouts.choose(HandoutKind.SIGN_IN_SHEET)
    handouts.click_open_in_viewer()
    (url,) = opened
    copy = Path(url.toLocalFile())
    assert copy.is_file() and copy.suffix == ".pdf"
    assert "Ελένη" not in copy.name  # names stay out of file names
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert squeeze("Ελένη") in squeeze(text_of(copy.read_bytes()))

    # Locking forgets the preview and the aliases, and deletes the viewer copy.
    app.lock()
    assert not copy.exists() and not copy.parent.exists()
    assert handouts.result() is None and handouts.page_count() == 0
    assert handouts.acknowledgement_choices() == 1  # only the blank line
    unlock(qtbot, app)
    handouts.wait_ready()
    assert handouts.result() is not None


def test_print_buttons_on_rules_and_members_open_the_handout(
    qtbot: QtBot, launch: Launch, demo_group: int, save_as: SaveAs, tmp_path: Path
) -> None:
    window = unlock(qtbot, launch())
    assert window.ctx.request_group(demo_group)
    go_to(qtbot, window, "rules")
    rules = window.pages["rules"]
    assert isinstance(rules, RulesPage)
    click(qtbot, rules.print_cards_button)
    handouts = HandoutsDriver.of(window)
    assert window.current_page() is handouts.page
    assert handouts.kind() is HandoutKind.RULE_CARDS
    handouts.wait_ready()

    go_to(qtbot, window, "rules")
    click(qtbot, rules.print_rules_button)
    assert window.current_page() is handouts.page
    assert handouts.kind() is HandoutKind.GROUND_RULES

    go_to(qtbot, window, "members")
    members = window.pages["members"]
    assert isinstance(members, MembersPage)
    click(qtbot, members.sign_in_button)
    assert window.current_page() is handouts.page
    assert handouts.kind() is HandoutKind.SIGN_IN_SHEET

    # A member's own copy: alias on the acknowledgement line.
    go_to(qtbot, window, "members")
    members.list_view.select_row(1)
    click(qtbot, members.acknowledgements.print_button)
    assert window.current_page() is handouts.page
    assert handouts.kind() is HandoutKind.GROUND_RULES
    assert handouts.acknowledgement_name() == "Ελένη"
    handouts.wait_ready()
    text = saved_text(handouts, save_as, tmp_path / "for-eleni.pdf")
    assert squeeze("Ελένη") in text


def test_the_session_summary_hook_shows_that_session(
    qtbot: QtBot, launch: Launch, demo_group: int
) -> None:
    window = unlock(qtbot, launch())
    ws = window.ctx.workspace
    other = next(g.id for g in ws.groups.list() if g.id != demo_group)
    assert window.ctx.request_group(other)
    oldest = ws.history.sessions(demo_group)[-1]
    assert open_session_summary_handout(window.ctx, oldest.id)
    handouts = HandoutsDriver.of(window)
    assert window.current_page() is handouts.page
    assert window.ctx.current_group_id() == demo_group
    assert handouts.kind() is HandoutKind.SESSION_SUMMARY
    assert handouts.session() == oldest.id
    assert not handouts.private_notes()
    handouts.wait_ready()
    assert handouts.result() is not None


def test_profile_and_paper_are_kept(qtbot: QtBot, launch: Launch, demo_group: int) -> None:
    app = launch()
    window = unlock(qtbot, app)
    handouts = HandoutsDriver.open(qtbot, window, demo_group)
    assert handouts.your_name() == "Jo Facilitator"
    handouts.type_your_name("Sam")
    assert not handouts.ready()  # the preview follows after a short pause
    handouts.wait_ready()
    handouts.finish_your_name()  # editing finished: saved
    qtbot.waitUntil(lambda: window.ctx.workspace.handout_data.profile().name == "Sam")
    handouts.choose_paper("Letter")
    assert "Letter" in handouts.status()
    assert abs(handouts.first_page_width() - 612) < 1
    assert window.ctx.workspace.settings.get(HANDOUT_PAPER) == "Letter"


def test_next_meeting_day() -> None:
    tuesday = date(2026, 2, 3)
    assert next_meeting(None, tuesday) == tuesday
    assert next_meeting(1, tuesday) == tuesday
    assert next_meeting(3, tuesday) == date(2026, 2, 5)
    assert next_meeting(0, tuesday) == date(2026, 2, 9)
