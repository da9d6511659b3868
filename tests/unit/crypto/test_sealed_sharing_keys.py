"""Group keys and the identity's private halves as opaque values: made, wrapped, sealed under
the data key and opened only in crypto/, in the column format revision 0008 stores (the key
as hex, sealed like any field), and refused in words when what opens is not a key."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.crypto.group_keys import (
    GroupCipher,
    GroupKey,
    GroupKeyError,
    new_group_key,
    open_group_key,
    seal_group_key,
    unwrap_group_key,
    wrap_group_key,
)
from facilitator_desktop.crypto.identity import (
    DigestKey,
    Identity,
    keyed_digest,
    open_identity,
    seal_identity,
)

WORKSPACE = bytes(range(16))
GROUP = "0b3a8a4e-1f3c-4c59-9a62-2c1c4f2d8e11"
RAW = bytes(range(100, 132))


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(bytes(32), WORKSPACE)


def test_a_group_key_shows_nothing_of_its_bytes() -> None:
    key = new_group_key()
    assert repr(key) == "<GroupKey>"
    with pytest.raises(TypeError):
        bytes(key)  # type: ignore[call-overload]
    with pytest.raises(AttributeError):
        key.hex()  # type: ignore[attr-defined]
    for leak in (pickle.dumps, copy.copy, copy.deepcopy):  # no copy outlives the wipe
        with pytest.raises(TypeError, match="^a group key is never pickled$"):
            leak(key)
    with pytest.raises(TypeError):
        hash(key)  # equal by its secret: never a dict key that would keep it alive
    assert GroupKey(RAW) == GroupKey(RAW)
    assert key != new_group_key()


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_a_group_key_of_the_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(GroupKeyError, match="32 bytes"):
        GroupKey(bytes(length))
    with pytest.raises(GroupKeyError):
        GroupCipher(GROUP, 1, bytes(length))


def test_a_wiped_group_key_is_unusable_everywhere() -> None:
    key = new_group_key()
    key.wipe()
    key.wipe()  # a second wipe (a lock after a removal) is harmless
    assert key.wiped and repr(key) == "<GroupKey wiped>"
    assert key != new_group_key()
    recipient = Identity.generate()
    with pytest.raises(GroupKeyError, match="wiped"):
        GroupCipher(GROUP, 1, key)
    with pytest.raises(GroupKeyError, match="wiped"):
        wrap_group_key(recipient.public.wrap, key, b"ctx")


def test_a_sealed_group_key_opens_as_the_same_key_and_only_in_its_place(
    cipher: FieldCipher,
) -> None:
    key = new_group_key()
    blob = seal_group_key(cipher, "sync_group_keys", 3, "key", 0, key)
    assert open_group_key(cipher, "sync_group_keys", 3, "key", 0, blob) == key
    for table, row, field, revision in (
        ("sync_identity", 3, "key", 0),
        ("sync_group_keys", 4, "key", 0),
        ("sync_group_keys", 3, "secret", 0),
        ("sync_group_keys", 3, "key", 1),
    ):
        with pytest.raises(FieldDecryptError):
            open_group_key(cipher, table, row, field, revision, blob)
    with pytest.raises(FieldDecryptError):
        open_group_key(
            FieldCipher(bytes([1]) * 32, WORKSPACE), "sync_group_keys", 3, "key", 0, blob
        )


def test_the_column_format_is_the_one_revision_0008_stores(cipher: FieldCipher) -> None:
    """Before: the service sealed `key.hex()` itself. Rows written that way open, and rows
    written now are read by a plain field decrypt as the same hex text."""
    written_before = cipher.encrypt("sync_group_keys", 7, "key", 0, RAW.hex())
    opened = open_group_key(cipher, "sync_group_keys", 7, "key", 0, written_before)
    assert opened == GroupKey(RAW)
    written_now = seal_group_key(cipher, "sync_group_keys", 7, "key", 0, opened)
    assert cipher.decrypt("sync_group_keys", 7, "key", 0, written_now) == RAW.hex()
    # The opened key seals and opens exactly as the raw key it came from.
    sealed = GroupCipher(GROUP, 1, RAW).seal_field("members", "row-1", "alias", 1, "Anna")
    assert (
        GroupCipher(GROUP, 1, opened).open_field("members", "row-1", "alias", 1, sealed) == "Anna"
    )


@pytest.mark.parametrize(
    "text",
    ["", "not hex", "00" * 31, "00" * 33, RAW.hex()[:-1], "ÿ" * 64],
)
def test_a_sealed_value_that_is_not_a_group_key_is_a_damaged_record(
    cipher: FieldCipher, text: str
) -> None:
    blob = cipher.encrypt("sync_group_keys", 1, "key", 0, text)
    with pytest.raises(FieldDecryptError, match="not a group key"):
        open_group_key(cipher, "sync_group_keys", 1, "key", 0, blob)


@settings(max_examples=30, deadline=None)
@given(material=st.binary(min_size=32, max_size=32), row=st.integers(1, 2**31))
def test_any_group_key_comes_back_from_its_sealed_column(material: bytes, row: int) -> None:
    cipher = FieldCipher(bytes(32), WORKSPACE)
    blob = seal_group_key(cipher, "sync_group_keys", row, "key", 0, GroupKey(material))
    assert material not in blob and material.hex().encode() not in blob
    assert open_group_key(cipher, "sync_group_keys", row, "key", 0, blob) == GroupKey(material)


def test_an_unwrapped_group_key_is_opaque_and_equal_to_the_wrapped_one() -> None:
    recipient = Identity.generate()
    key = new_group_key()
    blob = wrap_group_key(recipient.public.wrap, key, b"ctx")
    back = unwrap_group_key(recipient, blob, b"ctx")
    assert isinstance(back, GroupKey) and back == key


def test_a_sealed_identity_opens_with_the_same_keys_and_only_in_its_place(
    cipher: FieldCipher,
) -> None:
    me = Identity.generate()
    blob = seal_identity(cipher, "sync_identity", 1, "secret", 0, me)
    assert me.secret_bytes() not in blob and me.secret_bytes().hex().encode() not in blob
    again = open_identity(cipher, "sync_identity", 1, "secret", 0, blob)
    assert again.public == me.public
    assert again.digest_key() == me.digest_key()
    with pytest.raises(FieldDecryptError):
        open_identity(cipher, "sync_identity", 1, "secret", 1, blob)
    with pytest.raises(FieldDecryptError):
        open_identity(cipher, "sync_group_keys", 1, "secret", 0, blob)


def test_an_identity_sealed_the_way_revision_0008_did_still_opens(cipher: FieldCipher) -> None:
    me = Identity.generate()
    written_before = cipher.encrypt("sync_identity", 1, "secret", 0, me.secret_bytes().hex())
    assert (
        open_identity(cipher, "sync_identity", 1, "secret", 0, written_before).public == me.public
    )
    written_now = seal_identity(cipher, "sync_identity", 1, "secret", 0, me)
    assert cipher.decrypt("sync_identity", 1, "secret", 0, written_now) == me.secret_bytes().hex()


@pytest.mark.parametrize("text", ["", "zz" * 64, "00" * 63, "00" * 65, RAW.hex()])
def test_a_sealed_value_that_is_not_an_identity_is_a_damaged_record(
    cipher: FieldCipher, text: str
) -> None:
    blob = cipher.encrypt("sync_identity", 1, "secret", 0, text)
    with pytest.raises(FieldDecryptError, match="not an identity"):
        open_identity(cipher, "sync_identity", 1, "secret", 0, blob)


def test_an_identity_and_its_digest_key_show_nothing_and_are_never_pickled() -> None:
    me = Identity.generate()
    key = me.digest_key()
    assert isinstance(key, DigestKey) and repr(key) == "<DigestKey>"
    for secret, what in ((me, "an identity"), (key, "a digest key")):
        for leak in (pickle.dumps, copy.copy, copy.deepcopy):
            with pytest.raises(TypeError, match=f"^{what} is never pickled$"):
                leak(secret)
    with pytest.raises(TypeError):
        bytes(key)  # type: ignore[call-overload]
    assert keyed_digest(key, "a") != keyed_digest(Identity.generate().digest_key(), "a")
