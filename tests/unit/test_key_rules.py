"""Key handling stays in crypto/: outside it, no code makes random bytes (a key is made by
crypto/), reads a key's bytes (`key_material`, `._material`, a key ring's buffers,
`bytes(key)`, `key.hex()`), or imports crypto/'s private names. The data key travels as an
opaque `DataKey`; mypy keeps it from being used as bytes, this test keeps anyone from
reaching past it."""

from __future__ import annotations

import ast
from pathlib import Path

import facilitator_desktop

PACKAGE = Path(facilitator_desktop.__file__).parent
CRYPTO = PACKAGE / "crypto"

# Sources of random bytes: a key (or a nonce, or an id) is made by crypto/.
RANDOM_BYTES = {
    ("os", "urandom"),
    ("os", "getrandom"),
    ("secrets", "token_bytes"),
    ("secrets", "token_hex"),
    ("secrets", "token_urlsafe"),
    ("random", "randbytes"),
}
# Attributes that hold key bytes: DataKey's buffer, KeyRing's and FieldCipher's buffers.
KEY_BUFFERS = {"_material", "_dek", "_field_key", "_index_key", "raw"}
# What crypto/ keeps to itself besides its underscore names.
CRYPTO_ONLY = {"key_material", "secret_bytes", "agree"}
# A name that says it holds a key: `bytes(...)` or `.hex()` on it reads the key.
KEY_WORDS = ("key", "dek")


def _name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _looks_like_a_key(node: ast.expr) -> bool:
    name = _name_of(node)
    if name is None:
        return False
    words = name.lower().strip("_").split("_")
    return words[-1] in KEY_WORDS or words[-1] in {f"{w}s" for w in KEY_WORDS}


def key_handling(source: str) -> list[str]:
    """What in `source` would create or read raw key bytes, one line per finding."""
    found: list[str] = []
    tree = ast.parse(source)
    random_names = {name for _module, name in RANDOM_BYTES}
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if (node.module.split(".")[0], alias.name) in RANDOM_BYTES:
                    found.append(f"{line}: imports {node.module}.{alias.name}")
                if node.module.startswith("facilitator_desktop.crypto") and (
                    alias.name.startswith("_") or alias.name in CRYPTO_ONLY
                ):
                    found.append(f"{line}: imports {node.module}.{alias.name}")
        elif isinstance(node, ast.Attribute):
            base = _name_of(node.value)
            if (base, node.attr) in RANDOM_BYTES:
                found.append(f"{line}: calls {base}.{node.attr}")
            elif node.attr in KEY_BUFFERS or node.attr in CRYPTO_ONLY:
                found.append(f"{line}: reads .{node.attr}")
            elif node.attr == "hex" and _looks_like_a_key(node.value):
                found.append(f"{line}: reads a key as hex")
        elif isinstance(node, ast.Name) and node.id in CRYPTO_ONLY | random_names:
            if isinstance(node.ctx, ast.Load):
                found.append(f"{line}: uses {node.id}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in {"bytes", "bytearray", "memoryview"} and node.args:
                if _looks_like_a_key(node.args[0]):
                    found.append(f"{line}: reads a key with {node.func.id}()")
    return found


def outside_crypto() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if CRYPTO not in p.parents)


def test_nothing_outside_crypto_makes_or_reads_key_bytes() -> None:
    paths = outside_crypto()
    assert PACKAGE / "workspace.py" in paths and PACKAGE / "services" / "key_changes.py" in paths
    found = [
        f"{p.relative_to(PACKAGE)}:{finding}"
        for p in paths
        for finding in key_handling(p.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_rule_sees_each_way_past_the_opaque_key() -> None:
    """Each line here must be caught (a rule that sees nothing would pass too)."""
    caught = [
        "import os\nkey = os.urandom(32)",
        "from os import urandom",
        "import secrets\nsecrets.token_bytes(32)",
        "from secrets import token_hex",
        "import random\nrandom.randbytes(32)",
        "from facilitator_desktop.crypto.keys import key_material",
        "from facilitator_desktop.crypto import keys\nkeys.key_material(k)",
        "from facilitator_desktop.crypto.field_cipher import _subkey",
        "k._material",
        "ring._dek",
        "cipher._field_key",
        "key.raw",
        "bytes(dek)",
        "bytearray(self.data_key)",
        "memoryview(old_key)",
        "retired_key.hex()",
        "bytes(ctx.keyring.keys)",
    ]
    for source in caught:
        assert key_handling(source), source
    harmless = [
        "from facilitator_desktop.crypto.keys import DataKey, new_data_key",
        "key = new_data_key()\nring.unlock(key)\nkey.wipe()",
        "bytes(stored)",
        "bytes.fromhex(text)",
        "workspace_id.hex()",
        "secrets.SystemRandom().choice(words)",
        "raw = engine.raw_connection()",
        "sort(key=len)",
    ]
    for source in harmless:
        assert key_handling(source) == [], source
