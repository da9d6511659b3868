"""A throwaway PostgreSQL cluster for the sharing tests: Debian's server binaries (initdb,
pg_ctl, pg_dump from /usr/lib/postgresql/<version>/bin), a temporary folder, 127.0.0.1 on a
random free port, password authentication, stopped at the end of the test session.

PostgreSQL refuses to run as root, so when the tests run as root (CI does) the cluster
belongs to an unprivileged system user made for it (`fd-pgtest`, no home, no shell) and
every server command runs as that user through `runuser`. Without a server installed the
fixture fails with the line that installs it: sharing tests are never skipped.
"""

from __future__ import annotations

import glob
import json
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SYSTEM_USER = "fd-pgtest"
SUPERUSER = "facilitators"
# Names a running server for every test session started under it (JSON: folder, bin, port,
# password), as scripts/with_test_postgres.py sets it.
SHARED_CLUSTER_ENV = "FD_TEST_POSTGRES"
INSTALL_HINT = "sudo apt-get install -y --no-install-recommends postgresql postgresql-client"


class ServerMissing(RuntimeError):
    pass


def server_bin() -> Path:
    """The newest installed server's bin folder."""
    found = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if not found:
        raise ServerMissing(
            "The sharing tests need Debian's PostgreSQL server (initdb, pg_ctl, pg_dump). "
            f"`make test` installs it as root; otherwise run: {INSTALL_HINT}"
        )
    return found[-1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _is_root() -> bool:
    return os.geteuid() == 0


def _ensure_system_user() -> None:
    if subprocess.run(["id", "-u", SYSTEM_USER], capture_output=True).returncode == 0:
        return
    subprocess.run(
        [
            "useradd",
            "--system",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            SYSTEM_USER,
        ],
        check=True,
        capture_output=True,
    )


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", SYSTEM_USER, "--", *command] if _is_root() else command


@dataclass
class PostgresCluster:
    folder: Path
    bin: Path
    port: int
    password: str
    host: str = "127.0.0.1"
    user: str = SUPERUSER

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def conninfo(self, dbname: str = "postgres") -> str:
        return (
            f"host={self.host} port={self.port} dbname={dbname} user={self.user} "
            f"password={self.password} connect_timeout=5"
        )

    def _run(self, *args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(_as_server_user(list(args)), check=True, capture_output=True)

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses={self.host} "
            # A test server: durability traded for speed (a laptop's SQLite keeps its own).
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=32MB"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "start",
            "-w",
            "-t",
            "60",
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
        )

    def stop(self) -> None:
        subprocess.run(
            _as_server_user(
                [str(self.bin / "pg_ctl"), "stop", "-m", "immediate", "-D", str(self.data)]
            ),
            capture_output=True,
        )

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its name."""
        import psycopg

        name = name or f"fd_{secrets.token_hex(6)}"
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def dump(self, dbname: str) -> bytes:
        """Everything the server holds in `dbname`, schema and data, as pg_dump writes it."""
        env = dict(os.environ, PGPASSWORD=self.password)
        result = subprocess.run(
            [
                str(self.bin / "pg_dump"),
                "-h",
                self.host,
                "-p",
                str(self.port),
                "-U",
                self.user,
                "--no-owner",
                dbname,
            ],
            check=True,
            capture_output=True,
            env=env,
        )
        return result.stdout


def start_cluster() -> PostgresCluster:
    bin_dir = server_bin()
    folder = Path(tempfile.mkdtemp(prefix="fd-pg-"))
    password = secrets.token_urlsafe(18)
    (folder / "pwfile").write_text(password + "\n", encoding="utf-8")
    if _is_root():
        _ensure_system_user()
        shutil.chown(folder, user=SYSTEM_USER)
        shutil.chown(folder / "pwfile", user=SYSTEM_USER)
    folder.chmod(0o700)
    subprocess.run(
        _as_server_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(folder / "data"),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(folder / "pwfile"),
                "--auth",
                "scram-sha-256",
                "--encoding",
                "UTF8",
                "--locale",
                "C",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    (folder / "pwfile").unlink()
    cluster = PostgresCluster(folder, bin_dir, free_port(), password)
    for attempt in range(3):  # another process may take the free port in between
        try:
            cluster.start()
            break
        except subprocess.CalledProcessError:
            if attempt == 2:
                log = folder / "server.log"
                text = log.read_text(errors="replace") if log.exists() else ""
                raise RuntimeError(f"PostgreSQL did not start:\n{text[-2000:]}") from None
            cluster.port = free_port()
            time.sleep(0.2)
    return cluster


def remove_cluster(cluster: PostgresCluster) -> None:
    cluster.stop()
    shutil.rmtree(cluster.folder, ignore_errors=True)


def shared_cluster() -> PostgresCluster | None:
    """The running server SHARED_CLUSTER_ENV names, if any (scripts/with_test_postgres.py)."""
    described = os.environ.get(SHARED_CLUSTER_ENV)
    if not described:
        return None
    fields = json.loads(described)
    return PostgresCluster(
        Path(fields["folder"]), Path(fields["bin"]), int(fields["port"]), fields["password"]
    )


def describe_cluster(cluster: PostgresCluster) -> str:
    """What SHARED_CLUSTER_ENV holds to hand `cluster` to the test sessions started under it."""
    return json.dumps(
        {
            "folder": str(cluster.folder),
            "bin": str(cluster.bin),
            "port": cluster.port,
            "password": cluster.password,
        }
    )


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """One server for the whole test session (each test takes its own database).

    Under a mutation run every mutant is a test session of its own: starting a server for
    each would cost more than its tests, so a server already running is shared when
    SHARED_CLUSTER_ENV names it (and left running: its starter removes it)."""
    shared = shared_cluster()
    if shared is not None:
        yield shared
        return
    try:
        cluster = start_cluster()
    except ServerMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        remove_cluster(cluster)


@pytest.fixture
def sync_database(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """An empty database of the test's own on the session's server; dropped after it."""
    name = postgres_cluster.create_database()
    try:
        yield name
    finally:
        postgres_cluster.drop_database(name)
