"""Sealing and opening the encrypted columns of one row, bound to its table/id/revision."""

from __future__ import annotations

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.errors import RecordDamaged


def seal(
    cipher: FieldCipher, table: str, row_id: int, rev: int, field: str, text: str | None
) -> bytes | None:
    """Encrypt `text`; an empty optional value is stored as NULL, not as ciphertext."""
    if text is None or text == "":
        return None
    return cipher.encrypt(table, row_id, field, rev, text)


def open_sealed(
    cipher: FieldCipher, table: str, row_id: int, rev: int, field: str, blob: bytes | None
) -> str:
    if blob is None:
        return ""
    try:
        return cipher.decrypt(table, row_id, field, rev, blob)
    except FieldDecryptError as exc:
        raise RecordDamaged() from exc
