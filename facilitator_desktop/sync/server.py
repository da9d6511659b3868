"""The agency's PostgreSQL server, through psycopg 3: a plain schema of three tables, no
server-side code of ours, created by the first client that finds it missing.

- `devices`: each laptop's public keys (a hint only: trust comes from safety numbers).
- `group_keys`: a group's key per epoch, wrapped for one device, signed by who wrapped it.
- `changes`: the append-only log of sealed, signed changes, per group and device.

The server stores and orders bytes. It sees group and device ids, sequence numbers, logical
clocks, key epochs, sizes and arrival times; it can read none of the content.

TLS is required for every server but one on this machine (loopback): `sslmode=verify-full`
against the system's certificate authorities, so neither the password nor the sealed changes
travel in the clear or to an impostor.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import psycopg
from psycopg.sql import SQL, Identifier

from facilitator_desktop.sync.protocol import WireChange

CONNECT_TIMEOUT_S = 5
SCHEMA_LOCK = 7_373_118_001  # an advisory lock: two first clients create the schema once
# A key grant is told apart by its signature, not only by whom it is for: the server checks
# nothing, so a row anyone with write access stored first for (group, epoch, laptop) must
# not keep the genuine grant out. Servers made before that have the shorter key.
GRANT_KEY = ("group_id", "epoch", "device_id", "signature")

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS devices (
        device_id uuid PRIMARY KEY,
        wrap_public bytea NOT NULL,
        sign_public bytea NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
    )""",
    """CREATE TABLE IF NOT EXISTS group_keys (
        group_id uuid NOT NULL,
        epoch integer NOT NULL,
        device_id uuid NOT NULL,
        wrapped bytea NOT NULL,
        wrapped_by uuid NOT NULL,
        signature bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, epoch, device_id, signature)
    )""",
    """CREATE TABLE IF NOT EXISTS changes (
        group_id uuid NOT NULL,
        device_id uuid NOT NULL,
        seq bigint NOT NULL,
        clock bigint NOT NULL,
        epoch integer NOT NULL,
        payload bytea NOT NULL,
        signature bytea NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, device_id, seq)
    )""",
)


class ServerUnavailable(Exception):
    """The server could not be reached or refused us (offline, wrong password...)."""


@dataclass(frozen=True, slots=True)
class ServerSettings:
    host: str
    port: int
    dbname: str
    role: str
    password: str

    def conninfo(self) -> dict[str, Any]:
        params: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "user": self.role,
            "password": self.password,
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "facilitator-desktop",
        }
        if is_loopback(self.host):
            params["sslmode"] = "prefer"
        else:
            params["sslmode"] = "verify-full"
            params["sslrootcert"] = "system"
        return params


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class KeyGrant:
    group_id: str
    epoch: int
    device_id: str
    wrapped: bytes
    wrapped_by: str
    signature: bytes


class Server:
    """One connection to the server for one sync (open with `connect`)."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._conn = connection

    @classmethod
    def connect(cls, settings: ServerSettings) -> Server:
        try:
            connection = psycopg.connect(**settings.conninfo(), autocommit=True)
        except psycopg.Error as exc:
            raise ServerUnavailable(str(exc).splitlines()[0] if str(exc) else "") from exc
        return cls(connection)

    def __enter__(self) -> Server:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            cursor = self._conn.execute(sql, params)
            return list(cursor.fetchall()) if cursor.description else []
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise ServerUnavailable(str(exc).splitlines()[0] if str(exc) else "") from exc

    def ensure_schema(self) -> None:
        try:
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
                for statement in SCHEMA:
                    self._conn.execute(statement)
                self._widen_grant_key()
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise ServerUnavailable(str(exc).splitlines()[0] if str(exc) else "") from exc

    def _widen_grant_key(self) -> None:
        """A server made before grants were told apart by signature gets the longer key."""
        row = self._conn.execute(
            "SELECT c.conname, array_agg(a.attname::text ORDER BY a.attname) "
            "FROM pg_constraint c JOIN pg_attribute a "
            "ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) "
            "WHERE c.conrelid = 'group_keys'::regclass AND c.contype = 'p' GROUP BY c.conname"
        ).fetchone()
        if row is not None and sorted(row[1]) == sorted(GRANT_KEY):
            return
        drop = SQL("") if row is None else SQL("DROP CONSTRAINT {}, ").format(Identifier(row[0]))
        columns = SQL(", ").join(Identifier(name) for name in GRANT_KEY)
        try:
            with self._conn.transaction():  # a savepoint: a refusal leaves the rest as it was
                self._conn.execute(
                    SQL("ALTER TABLE group_keys {}ADD PRIMARY KEY ({})").format(drop, columns)
                )
        except psycopg.errors.InsufficientPrivilege:
            pass  # only the table's owner may change it: that laptop will, when it syncs

    # --- devices and keys ------------------------------------------------------------------

    def register_device(self, device_id: str, wrap_public: bytes, sign_public: bytes) -> None:
        self._run(
            "INSERT INTO devices (device_id, wrap_public, sign_public) VALUES (%s, %s, %s) "
            "ON CONFLICT (device_id) DO NOTHING",
            (device_id, wrap_public, sign_public),
        )

    def grant_keys(self, grants: Iterable[KeyGrant]) -> None:
        for grant in grants:
            self._run(
                "INSERT INTO group_keys (group_id, epoch, device_id, wrapped, wrapped_by, "
                "signature) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                (
                    grant.group_id,
                    grant.epoch,
                    grant.device_id,
                    grant.wrapped,
                    grant.wrapped_by,
                    grant.signature,
                ),
            )

    def key_grants(self, group_id: str, device_id: str | None = None) -> list[KeyGrant]:
        """The wrapped keys of a group: for one device, or (None) who holds which epoch."""
        sql = (
            "SELECT group_id::text, epoch, device_id::text, wrapped, wrapped_by::text, "
            "signature FROM group_keys WHERE group_id = %s"
        )
        params: list[Any] = [group_id]
        if device_id is not None:
            sql += " AND device_id = %s"
            params.append(device_id)
        rows = self._run(sql + " ORDER BY epoch, device_id, created_at, signature", params)
        return [KeyGrant(r[0], r[1], r[2], bytes(r[3]), r[4], bytes(r[5])) for r in rows]

    # --- changes ---------------------------------------------------------------------------

    def push(self, changes: Sequence[WireChange]) -> list[WireChange]:
        """Append changes (all of one group and device, in order) in one statement. Those
        the server already holds are skipped; returns the ones it holds *different* bytes
        for under the same sequence (this laptop's stream was restored from a backup)."""
        if not changes:
            return []
        first = changes[0]
        self._run(
            "INSERT INTO changes (group_id, device_id, seq, clock, epoch, payload, signature) "
            "SELECT %s, %s, * FROM unnest(%s::bigint[], %s::bigint[], %s::int[], "
            "%s::bytea[], %s::bytea[]) ON CONFLICT DO NOTHING",
            (
                first.group_id,
                first.device_id,
                [c.seq for c in changes],
                [c.clock for c in changes],
                [c.epoch for c in changes],
                [c.payload for c in changes],
                [c.signature for c in changes],
            ),
        )
        held = self._run(
            "SELECT seq, signature FROM changes WHERE group_id = %s AND device_id = %s "
            "AND seq = ANY(%s::bigint[])",
            (first.group_id, first.device_id, [c.seq for c in changes]),
        )
        signatures = {seq: bytes(sig) for seq, sig in held}
        return [c for c in changes if signatures.get(c.seq, c.signature) != c.signature]

    def heads(self, group_id: str) -> dict[str, int]:
        """Each device's latest sequence in a group."""
        rows = self._run(
            "SELECT device_id::text, max(seq) FROM changes WHERE group_id = %s GROUP BY device_id",
            (group_id,),
        )
        return {device: int(seq) for device, seq in rows}

    def pull(self, group_id: str, device_id: str, after: int, limit: int) -> list[WireChange]:
        rows = self._run(
            "SELECT seq, clock, epoch, payload, signature FROM changes WHERE group_id = %s "
            "AND device_id = %s AND seq > %s ORDER BY seq LIMIT %s",
            (group_id, device_id, after, limit),
        )
        return [
            WireChange(
                group_id, device_id, int(r[0]), int(r[1]), int(r[2]), bytes(r[3]), bytes(r[4])
            )
            for r in rows
        ]
