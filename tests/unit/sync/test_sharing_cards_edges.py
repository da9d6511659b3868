"""A laptop's card and an invitation at their edges: the exact line each one is, the exact
refusal of every way a pasted line can be wrong, and the safety number typed as people type
it. No workspace and no server: these are plain functions of text."""

from __future__ import annotations

import pytest

from facilitator_desktop.crypto.identity import PublicKeys, fingerprint
from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.sharing_cards import (
    CARD_PREFIX,
    INVITE_PREFIX,
    IdentityCard,
    Invitation,
    check_compared,
    parse_card,
    parse_invitation,
)

DEVICE = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
GROUP = "a1b2c3d4-e5f6-4789-8abc-def012345678"
# Bytes whose base64 holds the two characters the URL-safe alphabet replaces ("+" and "/")
# and ends in padding: the card must use "-" and "_" and drop the "=".
WRAP = b"\xfb" * 32
SIGN = b"\xff" * 32
WRAP_TEXT = "-_v7" * 10 + "-_s"
SIGN_TEXT = "____" * 10 + "__8"
CARD_TEXT = f"fd-card-1:{DEVICE}:{WRAP_TEXT}:{SIGN_TEXT}"

NOT_A_CARD = "That is not a co-facilitator's card. Paste it whole."
DAMAGED = "That card is damaged. Ask for it again."
NOT_AN_INVITATION = "That is not an invitation to a shared group. Paste it whole."
DIFFER = (
    "The safety numbers differ: do not share. Someone may have changed the card on its way; "
    "ask for it again in person."
)


def card() -> IdentityCard:
    return IdentityCard(DEVICE, PublicKeys(WRAP, SIGN))


def refusal(text: str) -> tuple[str, str]:
    with pytest.raises(ValidationError) as refused:
        parse_card(text)
    return refused.value.field, refused.value.message


def test_the_prefixes_are_the_versioned_names_on_the_wire() -> None:
    assert (CARD_PREFIX, INVITE_PREFIX) == ("fd-card-1", "fd-invite-1")


def test_a_card_is_one_line_of_url_safe_base64_without_padding() -> None:
    assert card().text == CARD_TEXT
    assert card().fingerprint == fingerprint(PublicKeys(WRAP, SIGN))
    assert len(card().fingerprint) == 16


def test_an_invitation_is_the_group_and_the_inviters_card() -> None:
    invitation = Invitation(GROUP, card())
    assert invitation.text == f"fd-invite-1:{GROUP}:{CARD_TEXT}"


def test_a_card_reads_back_exactly_even_with_the_whitespace_of_a_mail() -> None:
    assert parse_card(CARD_TEXT) == card()
    assert parse_card(f"  \n{CARD_TEXT}\t \n") == card()


def test_padding_typed_back_in_is_read_the_same() -> None:
    padded = f"fd-card-1:{DEVICE}:{WRAP_TEXT}=:{SIGN_TEXT}="
    assert parse_card(padded) == card()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "fd-card-1",
        f"fd-card-1:{DEVICE}:{WRAP_TEXT}",  # three parts
        f"fd-card-1:{DEVICE}:{WRAP_TEXT}:{SIGN_TEXT}:",  # five parts
        f"fd-card-1:{DEVICE}:{WRAP_TEXT}:{SIGN_TEXT}:extra",
        f"fd-card-2:{DEVICE}:{WRAP_TEXT}:{SIGN_TEXT}",
        f"FD-CARD-1:{DEVICE}:{WRAP_TEXT}:{SIGN_TEXT}",
        f"fd-invite-1:{DEVICE}:{WRAP_TEXT}:{SIGN_TEXT}",
        f"fd-card-1:{DEVICE.upper()}:{WRAP_TEXT}:{SIGN_TEXT}",
        f"fd-card-1:{DEVICE[:-1]}:{WRAP_TEXT}:{SIGN_TEXT}",
        f"fd-card-1:{DEVICE}0:{WRAP_TEXT}:{SIGN_TEXT}",
        f"fd-card-1:x{DEVICE}:{WRAP_TEXT}:{SIGN_TEXT}",
        f"fd-card-1:{DEVICE.replace('-', '')}:{WRAP_TEXT}:{SIGN_TEXT}",
    ],
    ids=[
        "empty",
        "prefix-only",
        "three-parts",
        "five-parts-empty",
        "five-parts",
        "other-version",
        "upper-prefix",
        "invite-prefix",
        "upper-uuid",
        "short-uuid",
        "long-uuid",
        "uuid-after-text",
        "uuid-without-dashes",
    ],
)
def test_a_line_that_is_not_a_card_is_refused_in_those_words(text: str) -> None:
    assert refusal(text) == ("card", NOT_A_CARD)


@pytest.mark.parametrize(
    ("wrap", "sign"),
    [
        ("A", SIGN_TEXT),  # one character: no base64 at all
        (WRAP_TEXT, "A"),
        (WRAP_TEXT[:-4], SIGN_TEXT),  # a key cut short
        (WRAP_TEXT, SIGN_TEXT + "AAAA"),  # a key too long
        ("", SIGN_TEXT),
        ("\u00e9" * 43, SIGN_TEXT),  # not ASCII
        # characters outside the alphabet are damage, however many (lenient base64 skipped
        # them, and took a key with two stray characters for the key without them)
        (WRAP_TEXT + ".", SIGN_TEXT),
        (WRAP_TEXT + "!!", SIGN_TEXT),
        (WRAP_TEXT[:5] + "!!" + WRAP_TEXT[5:], SIGN_TEXT),
        (WRAP_TEXT, SIGN_TEXT[:8] + " \t" + SIGN_TEXT[8:]),
        (WRAP_TEXT + "==", SIGN_TEXT),  # padding beyond what the key needs
    ],
    ids=[
        "wrap-one-char",
        "sign-one-char",
        "wrap-short",
        "sign-long",
        "wrap-empty",
        "wrap-accents",
        "wrap-stray-dot",
        "wrap-two-stray",
        "wrap-stray-inside",
        "sign-blanks-inside",
        "wrap-extra-padding",
    ],
)
def test_a_card_with_a_damaged_key_says_so(wrap: str, sign: str) -> None:
    assert refusal(f"fd-card-1:{DEVICE}:{wrap}:{sign}") == ("card", DAMAGED)


def test_an_invitation_reads_back_exactly() -> None:
    invitation = parse_invitation(f" fd-invite-1:{GROUP}:{CARD_TEXT}\n")
    assert invitation == Invitation(GROUP, card())


@pytest.mark.parametrize(
    "text",
    [
        "",
        f"fd-invite-2:{GROUP}:{CARD_TEXT}",
        f"fd-card-1:{GROUP}:{CARD_TEXT}",
        f"fd-invite-1:{GROUP.upper()}:{CARD_TEXT}",
        f"fd-invite-1:{GROUP}x:{CARD_TEXT}",
        f"fd-invite-1::{CARD_TEXT}",
        CARD_TEXT,
    ],
    ids=["empty", "other-version", "card-prefix", "upper-group", "long-group", "no-group", "card"],
)
def test_a_line_that_is_not_an_invitation_is_refused_in_those_words(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_invitation(text)
    assert (refused.value.field, refused.value.message) == ("invitation", NOT_AN_INVITATION)


def test_an_invitation_with_a_damaged_card_names_the_card() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_invitation(f"fd-invite-1:{GROUP}:fd-card-1:{DEVICE}:A:{SIGN_TEXT}")
    assert (refused.value.field, refused.value.message) == ("card", DAMAGED)
    with pytest.raises(ValidationError) as cut:
        parse_invitation(f"fd-invite-1:{GROUP}:")
    assert (cut.value.field, cut.value.message) == ("card", NOT_A_CARD)


@pytest.mark.parametrize(
    "typed",
    ["0412 7730 9921", "041277309921", "0412-7730-9921", " 0412.7730.9921 ", "a0412b7730c9921"],
)
def test_the_digits_count_whatever_is_typed_between_them(typed: str) -> None:
    check_compared("0412 7730 9921", typed)


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("0412 7730 9921", ""),
        ("0412 7730 9921", "no digits here"),
        ("0412 7730 9921", "0412 7730 992"),  # one digit short
        ("0412 7730 9921", "0412 7730 99210"),  # one digit more
        ("0412 7730 9921", "0412 7730 9922"),
        ("0412 7730 9921", "1204 7730 9921"),
        # nothing typed never matches, not even a number without digits
        ("", ""),
        ("no digits", "none either"),
    ],
    ids=["empty", "words", "short", "long", "last-digit", "swapped", "both-empty", "both-wordy"],
)
def test_a_different_number_is_refused_in_those_words(expected: str, typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_compared(expected, typed)
    assert (refused.value.field, refused.value.message) == ("safety_number", DIFFER)
