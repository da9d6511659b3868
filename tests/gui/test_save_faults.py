"""Saving a member's record where the disk is full, through the review window: the
facilitator reads why, the review and its marks stay, the file saved there before is kept
whole, and nothing half-written is left beside it."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop import partial_files
from facilitator_desktop.partial_files import PARTIAL_PREFIX, records_dir
from tests.gui.driving import Launch, click
from tests.gui.test_export_review import members_page, open_review, seed, select
from tests.helpers import faults

EARLIER = b'{"an earlier export": "kept whole"}'


@pytest.fixture
def full_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    """A USB stick with one earlier export and no room left: a real tmpfs where allowed,
    else writes failing with ENOSPC half-way (the storage layer)."""
    if faults.mounting_allowed():
        with faults.small_filesystem(tmp_path / "stick", 64 * 1024) as stick:
            (stick / "anna.json").write_bytes(EARLIER)
            faults.fill(stick, 0)
            yield stick, "tmpfs"
        return
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "anna.json").write_bytes(EARLIER)
    real = partial_files.private_files.write_private_file

    def no_space(path: Path, data: bytes, **kwargs: bool) -> Path:
        if path.name == partial_files.PARTIAL_NAME:
            real(path, data[: len(data) // 2], **kwargs)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data, **kwargs)

    monkeypatch.setattr(partial_files.private_files, "write_private_file", no_space)
    yield stick, "storage layer"


def test_a_full_disk_keeps_the_review_and_the_earlier_file(
    qtbot: QtBot, launch: Launch, data_dir: Path, full_stick: tuple[Path, str]
) -> None:
    stick, fault = full_stick
    seed(data_dir)
    page = members_page(qtbot, launch())
    page.choose_export_path = lambda _parent, _name: stick / "anna.json"
    review = open_review(qtbot, page)
    select(review, "Długa")
    click(qtbot, review.redact_button)
    click(qtbot, review.save_button)
    assert review.isVisible() and review.error.isVisible(), fault
    assert review.error.text().startswith("The file could not be written")
    assert [text for kind, text in review.marks() if kind == "hand"] == ["Długa"]
    assert (stick / "anna.json").read_bytes() == EARLIER
    assert not list(stick.glob(f"{PARTIAL_PREFIX}*"))
    assert not list(records_dir().glob("*"))
