"""The facilitator's language: chosen from the system or in Settings and applied at the next
start (Qt's own buttons too); each group's handouts, library and room display in the group's
language; a right-to-left locale mirrors the windows without cutting anything off."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

import facilitator_desktop.ui.i18n as i18n
from facilitator_desktop.demo import populate
from facilitator_desktop.i18n import NATIVE_NAMES, SHIPPED_LANGUAGES
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.ui.app_settings import LANGUAGE, AppSettings
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.handouts import HandoutsPage
from facilitator_desktop.ui.i18n import SYSTEM, AppTranslations, Catalogue
from facilitator_desktop.ui.room_display import RoomDisplay
from facilitator_desktop.ui.rules_page import RulesPage
from facilitator_desktop.ui.runner.room_frame import build_frame
from facilitator_desktop.ui.settings_dialog import SettingsDialog
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, click, create_workspace, go_to, stored, unlock
from tests.gui.laptop_room import (
    assert_buttons_whole_and_apart,
    assert_fully_shown,
    assert_text_fits,
    open_laptop,
    settle,
    start_round,
    window_rect,
)
from tests.helpers.catalogues import i18n_tool

BUILD_TIMEOUT_MS = 15_000


@pytest.fixture(autouse=True)
def _back_to_the_test_locale(qapp: QApplication) -> Iterator[None]:
    """Starting the app sets the default locale and the layout direction for the whole
    process: put back what the other tests expect."""
    before = QLocale()
    yield
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Play a computer whose locale is `name`."""

    def play(name: str) -> None:
        monkeypatch.setattr(i18n, "system_locale", lambda: QLocale(name))

    return play


Translations = dict[tuple[str, str], str | list[str]]


@pytest.fixture
def catalogues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str, Translations], None]:
    """Ship a language with a few strings translated (the real catalogues are still empty
    until the translators finish): written with the tool, built with lrelease."""
    tool = i18n_tool()
    folder = tmp_path / "i18n"
    folder.mkdir()
    # English as shipped: its plural forms are the fallback.
    (folder / "facilitator_en.ts").write_bytes(tool.catalogue_path("en").read_bytes())
    monkeypatch.setattr(i18n, "catalogue_folder", lambda: folder)

    def ship(language: str, translated: Translations) -> None:
        entries = {}
        for (context, source), text in translated.items():
            forms = text if isinstance(text, list) else [text]
            key = tool.Key(context, source)
            entries[key] = tool.Entry(key, isinstance(text, list), forms, "finished")
        tool.write_catalogue(
            tool.Catalogue(language, entries), tool.catalogue_path(language, folder)
        )
        tool.release(folder)

    return ship


def settings_of(path: Path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def open_settings(window: object) -> SettingsDialog:
    dialog = window.open_settings()  # type: ignore[attr-defined]
    assert isinstance(dialog, SettingsDialog)
    return dialog


# --- the app's language --------------------------------------------------------------------


def test_a_language_chosen_in_settings_applies_at_the_next_start(
    qtbot: QtBot,
    launch: Launch,
    settings_path: Path,
    system: Callable[[str], None],
    catalogues: Callable[[str, Translations], None],
) -> None:
    """Structure, not wording: the shipped catalogues' translations are the translators'
    to change, so a test catalogue stands in for Polish and German has none here."""
    catalogues("pl", {("HandoutLabels", "Signature"): "Podpis"})
    system("de_DE")
    app = launch()
    assert app.translations.language == "de"  # the system's, before anything was chosen
    window = create_workspace(qtbot, app)
    dialog = open_settings(window)
    combo = dialog.language_combo
    # First the system's language, named in its own words; then each shipped language.
    assert "Deutsch" in combo.itemText(0)
    assert combo.itemData(0) == SYSTEM
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        NATIVE_NAMES[code] for code in SHIPPED_LANGUAGES
    ]
    assert [combo.itemData(i) for i in range(1, combo.count())] == list(SHIPPED_LANGUAGES)
    assert combo.currentData() == SYSTEM
    combo.setCurrentIndex(combo.findData("pl"))
    assert dialog.status.text()  # says when the choice takes effect
    assert settings_of(settings_path).get(LANGUAGE) == "pl"
    app.shutdown()

    again = launch()
    assert again.translations.language == "pl"
    assert again.translations.installed() == [
        "qtbase_pl.qm",
        "facilitator_en.qm",
        "facilitator_pl.qm",
    ]
    assert QLocale().name() == "pl_PL"  # dates and numbers follow the choice
    assert QCoreApplication.translate("HandoutLabels", "Signature") == "Podpis"
    # Qt's own buttons follow from the first window on, before any workspace is open.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in buttons.buttons()] == ["Anuluj"]
    # A string Polish still lacks falls back to English, with the English plural.
    assert QCoreApplication.translate("Counts", "%Ln members", None, 1) == "1 member"
    window = unlock(qtbot, again)
    dialog = open_settings(window)
    assert dialog.language_combo.currentData() == "pl"
    dialog.language_combo.setCurrentIndex(0)  # back to the system's
    assert settings_of(settings_path).get(LANGUAGE) == SYSTEM
    again.shutdown()
    assert launch().translations.language == "de"


def test_the_system_language_is_matched_to_what_ships(system: Callable[[str], None]) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    for name, language, locale in [
        ("pl_PL", "pl", "pl_PL"),
        ("de_AT", "de", "de_AT"),  # German in Austria: German, Austrian dates
        ("pt_PT", "pt_BR", "pt_PT"),  # the Portuguese we have
        ("fr_CA", "fr", "fr_CA"),
        ("ja_JP", "en", "ja_JP"),  # not shipped: English words, Japanese dates
        ("C", "en", "C"),
    ]:
        system(name)
        translations = AppTranslations(app)
        translations.apply("")
        assert (translations.language, QLocale().name()) == (language, locale), name
        translations.remove()
    system("fr_CA")
    translations = AppTranslations(app)
    translations.apply("de")  # chosen: German words and German dates
    assert (translations.language, QLocale().name()) == ("de", "de_DE")
    translations.apply("fr")  # the system speaks it: its region stays
    assert QLocale().name() == "fr_CA"
    translations.apply("klingon")  # a stored value the app does not know: the system's
    assert translations.language == "fr"
    translations.remove()


def test_a_catalogue_reads_another_language_with_its_plurals(
    catalogues: Callable[[str, Translations], None],
) -> None:
    catalogues(
        "pl",
        {
            ("HandoutLabels", "Signature"): "Podpis",
            ("Counts", "%Ln members"): ["%Ln członek", "%Ln członków?", "%Ln członków"],
            ("Counts", "%Ln guests"): ["%Ln gość", "%Ln gości", "%Ln gości"],
        },
    )
    polish = Catalogue("pl")
    assert polish.locale.name() == "pl_PL"
    assert polish.translate("HandoutLabels", "Signature") == "Podpis"
    assert polish.translator("HandoutLabels")("Signature") == "Podpis"
    assert [polish.translate("Counts", "%Ln guests", None, n) for n in (1, 3, 5)] == [
        "1 gość",
        "3 gości",
        "5 gości",
    ]
    # Not translated yet: English, with the English plural; then the source itself.
    assert polish.translate("Counts", "%Ln turns", None, 1) == "1 turn"
    assert polish.translate("HandoutLabels", "No such label") == "No such label"
    # A language the app does not ship reads as English.
    assert Catalogue("xx").translate("Counts", "%Ln turns", None, 2) == "2 turns"


# --- a group's own language ----------------------------------------------------------------


@pytest.fixture
def demo_group(data_dir: Path) -> int:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        return populate(ws, groups=1, weeks=2)[0]


def test_a_polish_group_in_an_english_app_prints_polish_handouts(
    qtbot: QtBot,
    launch: Launch,
    data_dir: Path,
    demo_group: int,
    catalogues: Callable[[str, Translations], None],
) -> None:
    catalogues("pl", {("HandoutLabels", "Ground rules"): "Zasady grupy"})
    window = unlock(qtbot, launch())
    assert window.ctx.request_group(demo_group)
    go_to(qtbot, window, "groups")
    page = window.pages["groups"]
    assert isinstance(page, GroupsPage)
    assert page.language_combo.currentData() == ""
    assert page.language_combo.currentText() == "The app's language"
    page.language_combo.setCurrentIndex(page.language_combo.findText("Polski"))
    assert page.state_label.text() == "Unsaved changes"
    click(qtbot, page.save_button)
    with stored(data_dir) as ws:
        assert ws.groups.get(demo_group).handout_language == "pl"

    go_to(qtbot, window, "handouts")
    handouts = window.pages["handouts"]
    assert isinstance(handouts, HandoutsPage)
    qtbot.waitUntil(handouts.is_ready, timeout=BUILD_TIMEOUT_MS)
    result = handouts.result()
    assert result is not None
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    lines = {line.strip().upper() for line in text.splitlines()}
    assert "ZASADY GRUPY" in lines  # the heading, from the group's catalogue
    assert "GROUND RULES" not in lines
    month = QLocale("pl").monthName(date.today().month)  # the rule set's date, in Polish
    assert month in text
    # The app itself stays English.
    assert handouts.title() == "Handouts"
    assert window.windowTitle() and "Zasady" not in handouts.header.title.text()


def test_a_groups_library_and_room_display_speak_its_language(
    qtbot: QtBot,
    launch: Launch,
    catalogues: Callable[[str, Translations], None],
) -> None:
    catalogues(
        "pl",
        {
            ("RoomDisplay", "Now speaking"): "Teraz mówi",
            ("RoomDisplay", "Next"): "Następnie",
            ("RoomDisplay", "Paused"): "Przerwa",
        },
    )
    app = launch()
    window = create_workspace(qtbot, app)
    ws = app.workspace
    assert ws is not None and app.ctx is not None
    english = ws.groups.create(GroupDraft("Tuesday Circle"))
    polish = ws.groups.create(GroupDraft("Krąg czwartkowy", handout_language="pl"))
    app.ctx.reload_groups(select=polish.id)
    go_to(qtbot, window, "rules")
    rules = window.pages["rules"]
    assert isinstance(rules, RulesPage)
    # Polish cards where the library has them; English, whole, for the rest.
    library = [rules.library_model.card(row) for row in range(rules.library_model.rowCount())]
    assert library == list(ws.rules.library("pl"))
    assert app.ctx.request_group(english.id)
    library = [rules.library_model.card(row) for row in range(rules.library_model.rowCount())]
    assert library == list(ws.rules.library("en"))

    display = RoomDisplay()
    qtbot.addWidget(display)
    assert display.speaker_caption.text() == "Now speaking"
    polish_room = Catalogue("pl").translator("RoomDisplay")
    display.set_translate(polish_room)
    assert (display.speaker_caption.text(), display.next_caption.text()) == (
        "Teraz mówi",
        "Następnie",
    )


def test_the_room_reads_the_groups_language_during_a_session(
    qtbot: QtBot, launch: Launch, catalogues: Callable[[str, Translations], None]
) -> None:
    from tests.gui.test_room_display import running_round
    from tests.gui.test_runner_helpers import open_room, press

    catalogues(
        "pl",
        {
            ("RoomDisplay", "Now speaking"): "Teraz mówi",
            ("RoomDisplay", "Next"): "Następnie",
            ("RoomDisplay", "Paused"): "Przerwa",
        },
    )
    room = open_room(qtbot, launch)
    group = room.ws.groups.get(room.group_id)
    room.ws.groups.update(
        room.group_id,
        GroupDraft(
            group.name,
            weekday=group.weekday,
            start_time=group.start_time,
            default_minutes=group.default_minutes,
            speaker_soft_limit_min=group.speaker_soft_limit_min,
            agenda=group.agenda,
            handout_language="pl",
        ),
    )
    display = running_round(qtbot, room)
    assert display.speaker_caption.text() == "Teraz mówi"
    assert display.next_caption.text() == "Następnie"
    press(qtbot, Qt.Key.Key_Space)  # pause
    qtbot.waitUntil(lambda: display.state_label.text() == "Przerwa")
    # The facilitator's own panels keep the app's language.
    assert room.runner.timer_state() == "Paused"


def test_frames_are_worded_by_the_translate_they_are_given() -> None:
    assert build_frame(None, {}, None, blank=False, locked=False).state == ""
    # The default wording is the app's (English in the tests).
    from facilitator_desktop.ui.runner.room_frame import room_words

    assert room_words("Thank you") == "Thank you"


# --- right to left -------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["ar_EG", "he_IL"])
def test_a_right_to_left_locale_mirrors_the_windows_without_breaking_them(
    qtbot: QtBot, launch: Launch, system: Callable[[str], None], locale: str
) -> None:
    system(locale)
    laptop = open_laptop(qtbot, launch, (1366, 768))
    app, window, runner = laptop.app, laptop.window, laptop.runner
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert app.translations.locale.name() == locale
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Mirrored: the sidebar (group, screens, Lock) is on the right, the page on the left.
    assert window_rect(window.nav).left() > window_rect(window.stack).left()
    assert_fully_shown(window.lock_button, "the Lock button")
    start_round(qtbot, laptop)
    settle(qtbot)
    assert_buttons_whole_and_apart(window)
    assert_fully_shown(runner.end_button, "End session")
    speaker = runner.talk_panel.speaker_label
    assert_fully_shown(speaker, "the speaker's name")
    assert_text_fits(speaker, speaker.text(), "the speaker's name")
    # The timer keeps its digits in reading order, whole, in the room it has.
    timer = runner.timer_panel
    assert_fully_shown(timer, "the timer")
    digits = timer.remaining_label.text()
    assert digits.lstrip("-")[:1].isdigit() and ":" in digits
    assert_fully_shown(timer.remaining_label, "the time left")
    assert_text_fits(timer.remaining_label, digits, "the time left")


def test_the_app_speaks_the_chosen_language_from_its_first_window(
    qtbot: QtBot,
    launch: Launch,
    settings_path: Path,
    catalogues: Callable[[str, Translations], None],
) -> None:
    catalogues(
        "pl",
        {
            ("GroupsPage", "Create your first group"): "Utwórz pierwszą grupę",
            ("DefaultAgenda", "Check-in"): "Runda otwarcia",
            ("Counts", "%Ln members"): ["%Ln członek", "%Ln członków", "%Ln członków"],
        },
    )
    settings = settings_of(settings_path)
    settings.set(LANGUAGE, "pl")
    settings.sync()
    app = launch()
    assert app.translations.installed()[-1] == "facilitator_pl.qm"
    window = create_workspace(qtbot, app)
    page = window.pages["groups"]
    assert isinstance(page, GroupsPage)
    assert page.form_title.text() == "Utwórz pierwszą grupę"
    # A new group's agenda is offered in the app's language (the room display shows it);
    # what Polish lacks stays English.
    names = [seg.name for seg in page.agenda_editor.segments()]
    assert names == ["Runda otwarcia", "Discussion", "Check-out"]
    assert QCoreApplication.translate("Counts", "%Ln members", None, 5) == "5 członków"
    assert page.weekday_combo.itemText(1) == "poniedziałek"  # the locale's weekday names


def test_the_boxes_shown_before_the_first_window_speak_the_chosen_language(
    qapp: QApplication,
    tmp_path: Path,
    settings_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    catalogues: Callable[[str, Translations], None],
) -> None:
    """A data folder that cannot be used stops the app before any window: that box is
    worded in the language chosen in Settings, not in English."""
    import facilitator_desktop.app as app_module
    from facilitator_desktop.ui import single_instance

    read_only = "The data folder is read-only, so Facilitator Desktop cannot work in it."
    catalogues("pl", {("SingleInstance", read_only): "XX folder tylko do odczytu"})
    settings = settings_of(settings_path)
    settings.set(LANGUAGE, "pl")
    settings.sync()
    monkeypatch.setattr(app_module, "default_app_settings", lambda: settings_of(settings_path))
    started: list[AppTranslations] = []

    class Recorded(AppTranslations):
        def apply(self, choice: str) -> None:
            started.append(self)
            super().apply(choice)

    monkeypatch.setattr(app_module, "AppTranslations", Recorded)
    monkeypatch.setattr(
        single_instance.SingleInstance, "claim", lambda _self: single_instance.Claim.READ_ONLY
    )
    shown: list[str] = []
    monkeypatch.setattr(
        single_instance, "tell_cannot_start", lambda text, _more: shown.append(text)
    )
    quits = qapp.quitOnLastWindowClosed()
    try:
        exit_code = app_module.run(tmp_path / "data")
    finally:
        for translations in started:
            translations.remove()
        qapp.setQuitOnLastWindowClosed(quits)
    assert exit_code == single_instance.EXIT_CANNOT_START
    assert shown == ["XX folder tylko do odczytu"]
