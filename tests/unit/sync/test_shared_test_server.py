"""scripts/with_test_postgres.py: one server for every test session under it (a mutation
run starts a session per mutant), left to its starter to remove."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.postgres import (
    SHARED_CLUSTER_ENV,
    PostgresCluster,
    describe_cluster,
    shared_cluster,
)

ROOT = Path(__file__).resolve().parents[3]

# Run under the wrapper: connects to the server it names and prints where that server lives.
PROBE = """
import psycopg
from tests.helpers.postgres import shared_cluster
cluster = shared_cluster()
with psycopg.connect(cluster.conninfo()) as conn:
    assert conn.execute("SELECT 1").fetchone() == (1,)
print(cluster.folder, flush=True)
"""


def test_a_described_server_is_read_back_as_it_was(
    postgres_cluster: PostgresCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SHARED_CLUSTER_ENV, describe_cluster(postgres_cluster))
    assert shared_cluster() == postgres_cluster


def test_without_the_variable_each_session_starts_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SHARED_CLUSTER_ENV, raising=False)
    assert shared_cluster() is None


@pytest.mark.slow
def test_the_wrapper_serves_its_command_and_removes_the_server_after() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/with_test_postgres.py", sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert done.returncode == 0, done.stderr
    folder = Path(done.stdout.strip())
    assert folder.name.startswith("fd-pg-")
    assert not folder.exists()


def test_the_wrapper_without_a_command_says_how_to_use_it() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/with_test_postgres.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "with_test_postgres.py python -m mutmut run" in done.stdout


@pytest.mark.slow
def test_a_stopped_wrapper_still_removes_its_server() -> None:
    wrapper = subprocess.Popen(
        [
            sys.executable,
            "scripts/with_test_postgres.py",
            sys.executable,
            "-c",
            PROBE + "import time; time.sleep(60)",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert wrapper.stdout is not None
    folder = Path(wrapper.stdout.readline().strip())
    assert folder.name.startswith("fd-pg-")
    assert folder.is_dir()
    wrapper.terminate()
    assert wrapper.wait(60) == 128 + 15
    wrapper.stdout.close()
    assert not folder.exists()
