"""Each kind of setting on its own, made here rather than taken from a registry: the
registries are built when their module is imported, so only settings made in a test show
what the constructors check and keep (a mutation run imports the registries unmutated)."""

from __future__ import annotations

import pytest

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


def a_number(default: int = 5, low: int = 1, high: int = 9) -> IntSetting:
    return IntSetting("test/number", default=default, low=low, high=high, refusal="1 to 9.")


def test_a_number_keeps_its_key_bounds_default_and_refusal() -> None:
    number = a_number()
    assert (number.key, number.default, number.low, number.high) == ("test/number", 5, 1, 9)
    assert number.refusal == "1 to 9."
    assert number.sealed is False
    assert repr(number) == "IntSetting('test/number')"


@pytest.mark.parametrize("default", [1, 9])
def test_a_default_on_either_bound_is_within_them(default: int) -> None:
    assert a_number(default=default).default == default


@pytest.mark.parametrize("default", [0, 10])
def test_a_default_beyond_the_bounds_is_a_programming_error(default: int) -> None:
    with pytest.raises(ValueError, match=r"^test/number: the default is out of its own bounds$"):
        a_number(default=default)


@pytest.mark.parametrize(
    ("stored", "read"),
    [("1", 1), ("9", 9), ("4", 4), ("0", 1), ("10", 9), ("-3", 1), ("x", 5), ("", 5), (None, 5)],
)
def test_a_number_reads_within_its_bounds_or_as_its_default(stored: str | None, read: int) -> None:
    assert a_number().decode(stored) == read


def test_a_number_kept_as_bytes_reads_as_the_default() -> None:
    assert a_number().decode(b"4") == 5


@pytest.mark.parametrize("value", [1, 9, 4])
def test_a_number_within_the_bounds_is_written_as_digits(value: int) -> None:
    assert a_number().encode(value) == str(value)


@pytest.mark.parametrize("value", [0, 10, True])
def test_a_number_beyond_the_bounds_is_refused_for_its_field(value: int) -> None:
    with pytest.raises(ValidationError) as refused:
        a_number().encode(value)
    assert refused.value.field == "test/number"
    assert refused.value.message == "1 to 9."


@pytest.mark.parametrize("default", [False, True])
def test_a_flag_reads_what_is_kept_and_its_default_for_anything_else(default: bool) -> None:
    flag = FlagSetting("test/flag", default=default)
    assert (flag.key, flag.default, flag.sealed) == ("test/flag", default, False)
    assert flag.decode("1") is True
    assert flag.decode("0") is False
    for other in (None, "", "yes", "true", b"1"):
        assert flag.decode(other) is default
    assert (flag.encode(True), flag.encode(False)) == ("1", "0")


def test_a_flag_is_off_unless_told() -> None:
    assert FlagSetting("test/flag").default is False


def test_a_choice_reads_one_of_its_choices_or_its_default() -> None:
    size = ChoiceSetting("test/size", choices=("A4", "Letter"), default="A4")
    assert (size.key, size.default, size.choices, size.sealed) == (
        "test/size",
        "A4",
        ("A4", "Letter"),
        False,
    )
    assert size.decode("Letter") == "Letter"
    assert size.decode("A4") == "A4"
    assert size.decode("Legal") == "A4"
    assert size.decode(None) == "A4"
    assert size.encode("Letter") == "Letter"


def test_a_choice_not_made_yet_stays_unmade() -> None:
    mode = ChoiceSetting[str | None]("test/mode", choices=(None, "full"), default=None)
    assert mode.decode("None") is None
    assert mode.decode("full") == "full"
    with pytest.raises(ValueError, match=r"^test/mode: None is not one of \(None, 'full'\)$"):
        mode.encode(None)
    with pytest.raises(ValueError, match=r"^test/mode: 'half' is not one of"):
        mode.encode("half")


def test_a_line_of_text_is_kept_without_surrounding_spaces() -> None:
    line = TextSetting("test/line")
    assert (line.key, line.default, line.sealed) == ("test/line", "", False)
    assert TextSetting("test/line", default="Room 4").default == "Room 4"
    assert line.encode("  Room 4 \n") == "Room 4"
    assert line.decode(" kept ") == " kept "
    assert line.decode(None) == ""
    assert line.decode(b"bytes") == ""


def test_sealed_text_is_sealed_and_unchosen_until_chosen() -> None:
    welcome = SealedTextSetting("test/welcome")
    assert (welcome.key, welcome.default, welcome.sealed) == ("test/welcome", None, True)
    assert welcome.decode("") == ""
    assert welcome.decode("Welcome, Anna") == "Welcome, Anna"
    assert welcome.decode(None) is None
    assert welcome.decode(b"Welcome") is None
    assert welcome.encode("  Welcome ") == "Welcome"
    with pytest.raises(ValueError, match=r"^test/welcome: a chosen text cannot be unchosen$"):
        welcome.encode(None)


def test_an_id_reads_as_a_number_or_none() -> None:
    group = IdSetting("test/group")
    assert (group.key, group.default, group.sealed) == ("test/group", None, False)
    assert group.decode("12") == 12
    assert group.decode("twelve") is None
    assert group.decode("") is None
    assert group.decode(None) is None
    assert group.decode(b"12") is None
    assert group.encode(None) == ""
    assert group.encode(12) == "12"
    assert group.encode(True) == "1"


def test_bytes_are_kept_as_base64_and_read_back() -> None:
    geometry = BytesSetting("test/geometry")
    assert (geometry.key, geometry.default, geometry.sealed) == ("test/geometry", b"", False)
    assert geometry.encode(b"\x00\xffgeometry") == "AP9nZW9tZXRyeQ=="
    assert geometry.decode("AP9nZW9tZXRyeQ==") == b"\x00\xffgeometry"
    assert geometry.decode(b"\x01\x02") == b"\x01\x02"
    assert geometry.decode(None) == b""


@pytest.mark.parametrize("stored", ["not base64!", "AP9", "ÄP9nZW9t", "AP9n\nZW9t"])
def test_bytes_that_are_not_base64_read_as_nothing(stored: str) -> None:
    assert BytesSetting("test/geometry").decode(stored) == b""
