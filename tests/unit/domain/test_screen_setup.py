"""Where the room display goes for every screen set-up a facilitator meets."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.screen_setup import Placement, ScreenArea, ScreenSetup, place

LAPTOP = ScreenArea(0, 0, 0, 1366, 768)


def test_one_screen_is_filled_by_the_room_view() -> None:
    assert place([LAPTOP], 0) == Placement(ScreenSetup.SINGLE, 0)


def test_an_extended_tv_beside_the_laptop_gets_the_room_display() -> None:
    tv = ScreenArea(0, 1366, 0, 1920, 1080)
    assert place([LAPTOP, tv], 0) == Placement(ScreenSetup.SEPARATE, 1)
    # Whichever of the two the facilitator's window is on, the other one is the room's.
    assert place([LAPTOP, tv], 1) == Placement(ScreenSetup.SEPARATE, 0)


def test_a_projector_above_or_left_of_the_laptop_is_separate_too() -> None:
    above = ScreenArea(0, 0, -1080, 1920, 1080)
    left = ScreenArea(0, -1024, 0, 1024, 768)
    assert place([LAPTOP, above], 0).setup is ScreenSetup.SEPARATE
    assert place([left, LAPTOP], 1) == Placement(ScreenSetup.SEPARATE, 0)


def test_touching_edges_do_not_overlap() -> None:
    below = ScreenArea(0, 0, 768, 1366, 768)
    assert place([LAPTOP, below], 0).setup is ScreenSetup.SEPARATE


def test_a_mirrored_projector_repeats_the_facilitators_picture() -> None:
    projector = ScreenArea(0, 0, 0, 1366, 768)
    assert place([LAPTOP, projector], 0) == Placement(ScreenSetup.MIRRORED, 0, (1,))


def test_a_mirror_at_another_resolution_still_overlaps() -> None:
    # "Mirror" with a 1024x768 projector: both start at the desktop's origin.
    projector = ScreenArea(0, 0, 0, 1024, 768)
    assert place([projector, LAPTOP], 1) == Placement(ScreenSetup.MIRRORED, 1, (0,))


def test_separate_x_screens_share_coordinates_but_not_a_picture() -> None:
    # Two X screens (:0.0 and :0.1) both start at 0,0, each in its own coordinate space.
    second = ScreenArea(1, 0, 0, 1920, 1080)
    assert place([LAPTOP, second], 0) == Placement(ScreenSetup.SEPARATE, 1)


def test_a_separate_screen_wins_and_a_mirror_beside_it_is_named() -> None:
    mirror = ScreenArea(0, 0, 0, 1366, 768)
    tv = ScreenArea(0, 1366, 0, 1920, 1080)
    assert place([LAPTOP, mirror, tv], 0) == Placement(ScreenSetup.SEPARATE, 2, (1,))


def test_the_first_separate_screen_is_chosen() -> None:
    tv = ScreenArea(0, 1366, 0, 1920, 1080)
    monitor = ScreenArea(0, -1920, 0, 1920, 1080)
    assert place([LAPTOP, tv, monitor], 0).screen == 1
    assert place([monitor, LAPTOP, tv], 1).screen == 0


@pytest.mark.parametrize("own", [-1, 1, 5])
def test_an_unknown_own_screen_is_refused(own: int) -> None:
    with pytest.raises(ValueError, match="no screen"):
        place([LAPTOP], own)


def test_empty_screens_are_refused() -> None:
    with pytest.raises(ValueError, match="no screen"):
        place([], 0)
