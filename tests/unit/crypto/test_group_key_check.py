"""The public check of a group key a removal announces: the same key, group and epoch give
the same 32 bytes; any other key, group or epoch gives others; the key is not in it."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.crypto.group_keys import (
    GroupKey,
    GroupKeyError,
    key_check,
    key_passes_check,
)

GROUP = "0b7e3c1a-6f2d-4e55-9a1b-2c3d4e5f6a7b"
KEY = bytes(range(32))


def test_the_check_is_32_bytes_and_the_same_every_time() -> None:
    check = key_check(GroupKey(KEY), GROUP, 2)
    assert len(check) == 32
    assert check == key_check(KEY, GROUP, 2)
    assert key_passes_check(GroupKey(KEY), GROUP, 2, check)


@given(st.binary(min_size=32, max_size=32))
def test_no_other_key_passes(other: bytes) -> None:
    check = key_check(KEY, GROUP, 2)
    assert key_passes_check(other, GROUP, 2, check) is (other == KEY)


def test_the_check_is_bound_to_its_group_and_epoch() -> None:
    check = key_check(KEY, GROUP, 2)
    assert not key_passes_check(KEY, GROUP, 3, check)
    assert not key_passes_check(KEY, GROUP.replace("0b7e", "0b7f"), 2, check)
    assert not key_passes_check(KEY, GROUP, 2, check[:-1])


def test_the_check_holds_no_part_of_the_key() -> None:
    check = key_check(KEY, GROUP, 2)
    assert all(KEY[i : i + 4] not in check for i in range(29))


def test_a_wiped_key_gives_no_check() -> None:
    key = GroupKey(KEY)
    key.wipe()
    with pytest.raises(GroupKeyError):
        key_check(key, GROUP, 2)


def test_a_group_id_that_would_blur_the_message_is_refused() -> None:
    with pytest.raises(ValueError):
        key_check(KEY, "", 2)
    with pytest.raises(ValueError):
        key_check(KEY, "a\x1fb", 2)


def test_the_check_is_the_one_every_version_computes() -> None:
    """Laptops on different versions compare checks: the message is fixed, byte for byte."""
    message = b"fd-group-key-check-v1\x1f" + GROUP.encode() + b"\x1f2"
    assert key_check(KEY, GROUP, 2) == hmac.new(KEY, message, hashlib.sha256).digest()
