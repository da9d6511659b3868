"""Sharing's keys: identities, safety numbers, group keys wrapped per facilitator, and what
sealing with a group key binds."""

from __future__ import annotations

import pytest

from facilitator_desktop.crypto.group_keys import (
    GroupCipher,
    GroupKeyError,
    new_group_key,
    unwrap_group_key,
    wrap_group_key,
)
from facilitator_desktop.crypto.identity import (
    Identity,
    IdentityError,
    PublicKeys,
    keyed_digest,
    safety_number,
    verify,
)

GROUP = "0b3a8a4e-1f3c-4c59-9a62-2c1c4f2d8e11"


def test_an_identity_comes_back_from_its_secret_with_the_same_public_keys() -> None:
    me = Identity.generate()
    again = Identity.from_secret(me.secret_bytes())
    assert again.public == me.public
    assert len(me.secret_bytes()) == 64
    with pytest.raises(IdentityError):
        Identity.from_secret(me.secret_bytes()[:63])
    with pytest.raises(IdentityError):
        PublicKeys(b"\0" * 31, b"\0" * 32)


def test_signatures_verify_only_unchanged_and_only_with_the_signers_key() -> None:
    me, other = Identity.generate(), Identity.generate()
    signature = me.sign(b"change 1")
    assert verify(me.public.sign, b"change 1", signature)
    assert not verify(me.public.sign, b"change 2", signature)
    assert not verify(other.public.sign, b"change 1", signature)
    assert not verify(me.public.sign, b"change 1", signature[:-1] + bytes([signature[-1] ^ 1]))
    assert not verify(b"\0" * 5, b"change 1", signature)  # not a key: no, never an exception


def test_the_safety_number_is_the_same_on_both_sides_and_changes_with_any_key() -> None:
    a, b, mallory = Identity.generate(), Identity.generate(), Identity.generate()
    number = safety_number(a.public, b.public)
    assert number == safety_number(b.public, a.public)
    assert len(number.replace(" ", "")) == 12 and number.replace(" ", "").isdigit()
    assert number.count(" ") == 2
    assert safety_number(a.public, mallory.public) != number
    swapped_wrap = PublicKeys(mallory.public.wrap, b.public.sign)
    assert safety_number(a.public, swapped_wrap) != number


def test_a_wrapped_group_key_opens_only_for_its_recipient_and_its_context() -> None:
    recipient, stranger = Identity.generate(), Identity.generate()
    key = new_group_key()
    context = f"{GROUP}|1|{recipient.public.wrap.hex()}".encode()
    blob = wrap_group_key(recipient.public.wrap, key, context)
    assert unwrap_group_key(recipient, blob, context) == key
    with pytest.raises(GroupKeyError):
        unwrap_group_key(stranger, blob, context)
    with pytest.raises(GroupKeyError):  # moved to another epoch
        unwrap_group_key(recipient, blob, context.replace(b"|1|", b"|2|"))
    damaged = blob[:40] + bytes([blob[40] ^ 1]) + blob[41:]
    with pytest.raises(GroupKeyError):
        unwrap_group_key(recipient, damaged, context)
    with pytest.raises(GroupKeyError):
        unwrap_group_key(recipient, blob[:-1], context)
    # Two wraps of one key look unrelated (fresh ephemeral key each time).
    assert wrap_group_key(recipient.public.wrap, key, context)[1:33] != blob[1:33]


def test_a_sealed_field_is_bound_to_group_table_row_field_and_revision() -> None:
    key = new_group_key()
    cipher = GroupCipher(GROUP, 1, key)
    blob = cipher.seal_field("members", "row-1", "alias", 7, "Anna")
    assert cipher.open_field("members", "row-1", "alias", 7, blob) == "Anna"
    assert b"Anna" not in blob
    for table, row, field, revision in (
        ("notes", "row-1", "alias", 7),
        ("members", "row-2", "alias", 7),
        ("members", "row-1", "full_name", 7),
        ("members", "row-1", "alias", 6),
    ):
        with pytest.raises(GroupKeyError):
            cipher.open_field(table, row, field, revision, blob)
    other_group = GroupCipher("another-group", 1, key)
    with pytest.raises(GroupKeyError):
        other_group.open_field("members", "row-1", "alias", 7, blob)
    with pytest.raises(GroupKeyError):
        GroupCipher(GROUP, 2, new_group_key()).open_field("members", "row-1", "alias", 7, blob)


def test_an_envelope_is_bound_to_its_header() -> None:
    cipher = GroupCipher(GROUP, 1, new_group_key())
    blob = cipher.seal_envelope(b"header-1", b"payload")
    assert cipher.open_envelope(b"header-1", blob) == b"payload"
    with pytest.raises(GroupKeyError):
        cipher.open_envelope(b"header-2", blob)
    with pytest.raises(GroupKeyError):
        cipher.open_envelope(b"header-1", blob[:-1] + bytes([blob[-1] ^ 1]))
    with pytest.raises(GroupKeyError):
        cipher.open_envelope(b"header-1", b"\x01short")


def test_keyed_digests_tell_values_apart_only_with_the_key() -> None:
    me = Identity.generate()
    key = me.digest_key()
    assert key == Identity.from_secret(me.secret_bytes()).digest_key()
    assert keyed_digest(key, "members", "alias", "Anna") == keyed_digest(
        key, "members", "alias", "Anna"
    )
    assert keyed_digest(key, "members", "alias", "Anna") != keyed_digest(
        key, "members", "alias", "Anne"
    )
    assert keyed_digest(key, "x", "Anna") != keyed_digest(
        Identity.generate().digest_key(), "x", "Anna"
    )
