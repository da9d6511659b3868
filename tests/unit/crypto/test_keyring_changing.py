"""While the data key is being replaced, only the thread replacing it may use the cipher."""

from __future__ import annotations

import os
import threading

import pytest

from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.crypto.keys import new_data_key
from facilitator_desktop.crypto.retired_keys import seal_retired
from facilitator_desktop.errors import KeyChanging, StorageError


def test_other_threads_are_told_to_retry_during_a_change() -> None:
    ring = KeyRing(b"w" * 16)
    ring.unlock(os.urandom(32))
    seen: list[type[BaseException] | None] = []

    def other() -> None:
        try:
            _ = ring.cipher
            seen.append(None)
        except StorageError as exc:
            seen.append(type(exc))

    with ring.changing():
        _ = ring.cipher  # the changing thread itself works on
        worker = threading.Thread(target=other)
        worker.start()
        worker.join()
    worker = threading.Thread(target=other)
    worker.start()
    worker.join()
    assert seen == [KeyChanging, None]


def test_a_retired_key_is_recalled_by_no_other_thread_during_a_change() -> None:
    current = new_data_key()
    ring = KeyRing(b"w" * 16)
    ring.unlock(current)
    sealed = seal_retired(new_data_key(), current, b"w" * 16)
    seen: list[type[BaseException] | None] = []

    def other() -> None:
        try:
            ring.recall_retired(sealed)
            seen.append(None)
        except StorageError as exc:
            seen.append(type(exc))

    for during_a_change in (True, False):
        worker = threading.Thread(target=other)
        if during_a_change:
            with ring.changing():
                worker.start()
                worker.join()
        else:
            worker.start()
            worker.join()
    assert seen == [KeyChanging, None]


def test_the_guard_is_released_when_the_change_fails() -> None:
    ring = KeyRing(b"w" * 16)
    ring.unlock(os.urandom(32))
    with pytest.raises(RuntimeError), ring.changing():
        raise RuntimeError("the disk filled up")
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(ring.cipher))
    worker.start()
    worker.join()
    assert result


def test_a_lock_during_a_change_waits_for_it_then_forgets_the_keys() -> None:
    ring = KeyRing(b"w" * 16)
    ring.unlock(os.urandom(32))
    cleared: list[int] = []
    ring.register_cache(lambda: cleared.append(1))
    inside = threading.Event()
    release = threading.Event()

    def change() -> None:
        with ring.changing():
            inside.set()
            release.wait(5)
            ring.unlock(os.urandom(32))  # the change ends by installing the new key

    worker = threading.Thread(target=change)
    worker.start()
    inside.wait(5)
    ring.lock()  # the facilitator presses Ctrl+L half-way
    assert cleared == [1]  # caches go at once
    release.set()
    worker.join()
    assert not ring.unlocked  # the change's own unlock did not undo the lock
