"""The settings registry: each setting reads back typed and within its bounds whatever the
file holds, refuses out-of-bounds values with the message for its field, and is named by
its registry entry everywhere (never by a bare key)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import facilitator_desktop
from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.setting import (
    BytesSetting,
    ChoiceSetting,
    FlagSetting,
    IdSetting,
    IntSetting,
    SealedTextSetting,
    TextSetting,
)
from facilitator_desktop.services.settings import (
    AUTO_LOCK,
    BACKUP_KEEP,
    CHIME,
    FACILITATOR_NAME,
    FOLLOW_UP_ABSENCES,
    HANDOUT_PAPER,
    HANDOUT_WELCOME,
    ROOM_NAMES,
    WORKSPACE_SETTINGS,
)
from facilitator_desktop.ui.runner.names import NameMode
from facilitator_desktop.workspace import Workspace

PACKAGE = Path(facilitator_desktop.__file__).parent
REGISTRIES = {PACKAGE / "services" / "settings.py", PACKAGE / "ui" / "app_settings.py"}
TEXT = st.one_of(st.none(), st.text(), st.binary(max_size=8))

# --- the registry as a whole ------------------------------------------------------------------


def test_every_key_is_registered_once_and_only_the_welcome_line_is_sealed() -> None:
    keys = [setting.key for setting in WORKSPACE_SETTINGS]
    assert len(keys) == len(set(keys))
    assert [s for s in WORKSPACE_SETTINGS if s.sealed] == [HANDOUT_WELCOME]


def test_the_room_names_setting_holds_exactly_the_room_display_modes() -> None:
    assert set(ROOM_NAMES.choices) == {mode.value for mode in NameMode}
    assert NameMode(ROOM_NAMES.default) is NameMode.ALIASES


def test_a_default_outside_its_own_bounds_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="out of its own bounds"):
        IntSetting("x", default=0, low=1, high=2, refusal="")


def _string_keys_outside_the_registries() -> list[str]:
    """Bare keys: a registered key spelt out, or any literal key handed to QSettings or to
    a settings object's get/set."""
    distinctive = {s.key for s in WORKSPACE_SETTINGS if "_" in s.key or "." in s.key}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in REGISTRIES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(PACKAGE)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Constant) and node.value in distinctive:
                found.append(f"{where} spells {node.value!r}")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            first = node.args[0] if node.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            receiver = ast.unparse(node.func.value).lower()
            if literal and node.func.attr in ("value", "setValue", "remove"):
                found.append(f"{where} QSettings.{node.func.attr} with a literal key")
            if literal and node.func.attr in ("get", "set") and "settings" in receiver:
                found.append(f"{where} {receiver}.{node.func.attr} with a literal key")
    return found


def test_no_setting_is_named_by_a_bare_key_outside_its_registry() -> None:
    assert _string_keys_outside_the_registries() == []


# --- reading never fails; writing checks --------------------------------------------------------


@given(TEXT)
def test_a_number_reads_within_its_bounds_whatever_was_stored(stored: str | bytes | None) -> None:
    for setting in (AUTO_LOCK, BACKUP_KEEP, FOLLOW_UP_ABSENCES):
        assert setting.low <= setting.decode(stored) <= setting.high


@pytest.mark.parametrize(
    ("stored", "read"),
    [(None, 10), ("", 10), ("abc", 10), ("4.5", 10), ("7", 7), (" 7 ", 7), ("-3", 0)]
    + [("241", 240), ("1e3", 10), ("٣", 3), (b"7", 10)],
)
def test_auto_lock_minutes_read_sensibly(stored: str | bytes | None, read: int) -> None:
    assert AUTO_LOCK.decode(stored) == read


@pytest.mark.parametrize("bad", [-1, 241, 10**12, True])
def test_out_of_bounds_minutes_are_refused_with_the_fields_message(bad: int) -> None:
    with pytest.raises(ValidationError) as caught:
        AUTO_LOCK.encode(bad)
    assert caught.value.field == AUTO_LOCK.key
    assert caught.value.message == "Choose 0 (off) to 240 minutes."


@given(st.integers(min_value=0, max_value=240))
def test_every_allowed_number_comes_back_as_it_went_in(minutes: int) -> None:
    assert AUTO_LOCK.decode(AUTO_LOCK.encode(minutes)) == minutes


@pytest.mark.parametrize(("stored", "read"), [("1", True), ("0", False), ("yes", False)])
def test_a_flag_is_on_only_when_it_says_one(stored: str, read: bool) -> None:
    assert FlagSetting("flag").decode(stored) is read
    assert FlagSetting("flag", default=True).decode("maybe") is True
    assert FlagSetting("flag").decode(FlagSetting("flag").encode(read)) is read


def test_a_choice_reads_only_its_choices_and_refuses_others() -> None:
    assert HANDOUT_PAPER.decode("Letter") == "Letter"
    assert HANDOUT_PAPER.decode("letter") is None  # not chosen: the locale's paper
    assert HANDOUT_PAPER.decode(None) is None
    assert ROOM_NAMES.decode("everything") == "aliases"
    for bad in ("Legal", None):
        with pytest.raises(ValueError):
            HANDOUT_PAPER.encode(bad)
    assert ChoiceSetting("c", choices=("a", "b"), default="a").encode("b") == "b"


def test_text_is_kept_without_surrounding_spaces_and_a_sealed_one_starts_unchosen() -> None:
    assert TextSetting("t").encode("  Anna Field \n") == "Anna Field"
    assert TextSetting("t").decode(None) == ""
    assert SealedTextSetting("s").decode(None) is None
    assert SealedTextSetting("s").decode("") == ""
    with pytest.raises(ValueError):
        SealedTextSetting("s").encode(None)


@given(st.binary(max_size=64))
def test_bytes_come_back_as_they_went_in_and_stored_bytes_are_taken_as_they_are(
    data: bytes,
) -> None:
    setting = BytesSetting("b")
    assert setting.decode(setting.encode(data)) == data
    assert setting.decode(data) == data


@pytest.mark.parametrize("stored", ["not base64!", "ĉ", "abc"])
def test_damaged_bytes_read_as_none(stored: str) -> None:
    assert BytesSetting("b").decode(stored) == b""


@pytest.mark.parametrize(("stored", "read"), [("12", 12), ("", None), ("x", None), (None, None)])
def test_an_id_reads_as_a_number_or_none(stored: str | None, read: int | None) -> None:
    setting = IdSetting("i")
    assert setting.decode(stored) == read
    assert setting.decode(setting.encode(read)) == read


# --- the workspace's store ------------------------------------------------------------------


def test_a_new_workspace_reads_every_default(workspace: Workspace) -> None:
    assert [workspace.settings.get(s) for s in WORKSPACE_SETTINGS] == [
        s.default for s in WORKSPACE_SETTINGS
    ]


def test_values_are_kept_typed_plain_ones_in_plain_text_sealed_ones_never(
    workspace: Workspace,
) -> None:
    settings = workspace.settings
    settings.set(AUTO_LOCK, 25)
    settings.set(CHIME, True)
    settings.set(HANDOUT_PAPER, "Letter")
    settings.set(FACILITATOR_NAME, "  Robin  ")
    settings.set(HANDOUT_WELCOME, "Welcome, Anna")
    assert settings.get(AUTO_LOCK) == 25
    assert settings.get(CHIME) is True
    assert settings.get(HANDOUT_PAPER) == "Letter"
    assert settings.get(FACILITATOR_NAME) == "Robin"
    assert settings.get(HANDOUT_WELCOME) == "Welcome, Anna"
    with workspace.engine.connect() as conn:
        plain = dict(conn.exec_driver_sql("SELECT key, value FROM settings").all())
        sealed = [k for (k,) in conn.exec_driver_sql("SELECT key FROM sealed_settings")]
    assert plain == {
        AUTO_LOCK.key: "25",
        CHIME.key: "1",
        HANDOUT_PAPER.key: "Letter",
        FACILITATOR_NAME.key: "Robin",
    }
    assert sealed == [HANDOUT_WELCOME.key]


def test_a_refused_value_keeps_what_was_stored(workspace: Workspace) -> None:
    workspace.settings.set(BACKUP_KEEP, 4)
    with pytest.raises(ValidationError) as caught:
        workspace.settings.set(BACKUP_KEEP, 0)
    assert caught.value.message == "Keep between 1 and 100 backups."
    assert workspace.settings.get(BACKUP_KEEP) == 4


def test_a_value_edited_by_hand_beyond_the_bounds_reads_as_the_bound(
    workspace: Workspace,
) -> None:
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value) VALUES (?, '100000')", (BACKUP_KEEP.key,)
        )
    assert workspace.settings.get(BACKUP_KEEP) == BACKUP_KEEP.high
