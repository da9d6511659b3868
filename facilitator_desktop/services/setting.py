"""One setting: its key, its type, its default and its bounds, and how it is kept as text.

A store (the workspace's `settings` table, the app's QSettings file) holds text; a
`Setting[T]` reads that text back as a `T` and never fails doing so: text edited by hand
into something else reads as the default, or is brought within the bounds. Writing is
where a value is checked, against the same bounds, with a message for the form field.
Each store lists its settings in one registry (services.settings, ui.app_settings); code
names a setting by its registry entry, never by its key.
"""

from __future__ import annotations

import base64
import binascii
from abc import ABC, abstractmethod
from typing import Generic, TypeVar

from facilitator_desktop.domain.whole_text import whole_characters
from facilitator_desktop.errors import ValidationError

T = TypeVar("T")
C = TypeVar("C", bound=str | None)
# What a store gives back: text, bytes (QSettings' own byte arrays) or nothing.
Stored = str | bytes | None


class Setting(ABC, Generic[T]):
    """A key and a default; `decode` never raises, `encode` checks. Registry entries are
    constants: nothing changes one after it is made."""

    # Plain classes with slots rather than dataclasses: the app settings are read before
    # the first window, and generating a dataclass costs about a millisecond each.
    __slots__ = ("default", "key", "sealed")

    def __init__(self, key: str, default: T, *, sealed: bool = False) -> None:
        self.key = key
        self.default = default
        # Sealed settings may name people: the workspace keeps them encrypted.
        self.sealed = sealed

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r})"

    @abstractmethod
    def decode(self, stored: Stored) -> T:
        """The value `stored` holds; the default (or the nearest bound) when it holds none."""

    @abstractmethod
    def encode(self, value: T) -> str:
        """`value` as the store keeps it. ValidationError when it is out of bounds."""


class IntSetting(Setting[int]):
    """A whole number from `low` to `high`; a number stored beyond them reads as the bound."""

    __slots__ = ("high", "low", "refusal")

    def __init__(self, key: str, *, default: int, low: int, high: int, refusal: str) -> None:
        if not low <= default <= high:
            raise ValueError(f"{key}: the default is out of its own bounds")
        super().__init__(key, default)
        self.low = low
        self.high = high
        # What the facilitator is told when asking for a number beyond the bounds.
        self.refusal = refusal

    def decode(self, stored: Stored) -> int:
        if not isinstance(stored, str):
            return self.default
        try:
            number = int(stored)
        except ValueError:
            return self.default
        return min(self.high, max(self.low, number))

    def encode(self, value: int) -> str:
        # bool is an int to Python, never to a facilitator.
        if type(value) is not int or not self.low <= value <= self.high:
            raise ValidationError(self.key, self.refusal)
        return str(value)


class FlagSetting(Setting[bool]):
    """On or off, kept as "1" or "0"."""

    __slots__ = ()

    def __init__(self, key: str, *, default: bool = False) -> None:
        super().__init__(key, default)

    def decode(self, stored: Stored) -> bool:
        if stored == "1":
            return True
        if stored == "0":
            return False
        return self.default

    def encode(self, value: bool) -> str:
        return "1" if value else "0"


class ChoiceSetting(Setting[C]):
    """One of a few named values; the default may stand for "none chosen yet" (None)."""

    __slots__ = ("choices",)

    def __init__(self, key: str, *, choices: tuple[C, ...], default: C) -> None:
        super().__init__(key, default)
        self.choices = choices

    def decode(self, stored: Stored) -> C:
        for choice in self.choices:
            if choice is not None and choice == stored:
                return choice
        return self.default

    def encode(self, value: C) -> str:
        if value is None or value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices!r}")
        return str(value)


class TextSetting(Setting[str]):
    """A line of text, kept without its surrounding spaces."""

    __slots__ = ()

    def __init__(self, key: str, *, default: str = "") -> None:
        super().__init__(key, default)

    def decode(self, stored: Stored) -> str:
        return stored if isinstance(stored, str) else self.default

    def encode(self, value: str) -> str:
        return whole_characters(value).strip()  # a lone surrogate half cannot be stored


class SealedTextSetting(Setting[str | None]):
    """Free text that may name people, sealed with the data key. None until it is first
    chosen (an empty line is a choice)."""

    __slots__ = ()

    def __init__(self, key: str) -> None:
        super().__init__(key, None, sealed=True)

    def decode(self, stored: Stored) -> str | None:
        return stored if isinstance(stored, str) else None

    def encode(self, value: str | None) -> str:
        if value is None:
            raise ValueError(f"{self.key}: a chosen text cannot be unchosen")
        return whole_characters(value).strip()


class IdSetting(Setting[int | None]):
    """A row id (a group, say), or None."""

    __slots__ = ()

    def __init__(self, key: str) -> None:
        super().__init__(key, None)

    def decode(self, stored: Stored) -> int | None:
        if not isinstance(stored, str):
            return None
        try:
            return int(stored)
        except ValueError:
            return None

    def encode(self, value: int | None) -> str:
        return "" if value is None else str(int(value))


class BytesSetting(Setting[bytes]):
    """Bytes (a window's geometry), kept as base64 text; bytes a store kept as bytes are
    read as they are."""

    __slots__ = ()

    def __init__(self, key: str) -> None:
        super().__init__(key, b"")

    def decode(self, stored: Stored) -> bytes:
        if isinstance(stored, bytes):
            return stored
        if not isinstance(stored, str):
            return self.default
        try:
            return base64.b64decode(stored.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            return self.default

    def encode(self, value: bytes) -> str:
        return base64.b64encode(value).decode("ascii")
