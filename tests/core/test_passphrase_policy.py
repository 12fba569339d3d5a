"""The passphrase rules: refuse the first guesses anyone would try, and say what to change."""

from __future__ import annotations

import pytest

from womenscentre.passphrase_policy import (
    COMMON_PASSPHRASES,
    MIN_LENGTH,
    check_passphrase,
)
from womenscentre.paths import read_resource_text

GOOD = "marmalade tugboat orchid"


def _common_entries() -> list[str]:
    text = read_resource_text(COMMON_PASSPHRASES)
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_three_random_words_are_accepted() -> None:
    """A three-word phrase, the NCSC's suggested way, passes every rule."""
    assert check_passphrase(GOOD) is None
    assert check_passphrase(GOOD, username="amina.k") is None


@pytest.mark.parametrize("short", ["", "tugboat", "orchid-tug1"])
def test_short_passphrases_are_refused_with_the_length(short: str) -> None:
    """Anything under 12 characters is refused, and the message says how long to go."""
    advice = check_passphrase(short)
    assert advice is not None
    assert str(MIN_LENGTH) in advice
    assert "three random words" in advice.lower()


def test_exactly_the_minimum_length_is_enough() -> None:
    """Twelve characters is the boundary, not thirteen."""
    assert check_passphrase("kettle-moss1") is None
    assert check_passphrase("kettle-moss") is not None


@pytest.mark.parametrize("weak", ["passwordpassword", "letmeinletmein", "welcome12345"])
def test_common_passphrases_are_refused(weak: str) -> None:
    """Long but well-known passphrases are still refused."""
    advice = check_passphrase(weak)
    assert advice is not None
    assert "commonly used" in advice


@pytest.mark.parametrize(
    "disguised", ["PasswordPassword", "Let Me In Let Me In", " Welcome 12345 "]
)
def test_case_and_spaces_do_not_disguise_a_common_one(disguised: str) -> None:
    """Capitals and spaces don't turn a common passphrase into a new one."""
    assert check_passphrase(disguised) is not None


def test_every_long_entry_in_the_shipped_list_is_refused() -> None:
    """Each list entry long enough to pass the length rule is caught by the list itself."""
    long_ones = [entry for entry in _common_entries() if len(entry) >= MIN_LENGTH]
    assert len(long_ones) >= 40
    assert [entry for entry in long_ones if check_passphrase(entry) is None] == []


def test_shipped_list_is_well_formed() -> None:
    """The list is a few hundred lower-case entries without duplicates, under a header."""
    text = read_resource_text(COMMON_PASSPHRASES)
    assert text.startswith("#")
    entries = _common_entries()
    assert 150 <= len(entries) <= 1000
    assert all(entry == entry.strip().lower() for entry in entries)
    squashed = ["".join(entry.split()) for entry in entries]
    assert len(set(squashed)) == len(squashed)


@pytest.mark.parametrize(
    ("username", "passphrase"),
    [
        ("ruth.okafor.keyworker", "ruth.okafor.keyworker"),
        ("ruth.okafor.keyworker", "Ruth.Okafor.Keyworker"),
        ("Ruth Okafor Keyworker", "ruthokaforkeyworker"),
    ],
)
def test_username_is_refused(username: str, passphrase: str) -> None:
    """The username, in any capitals or spacing, can't be the passphrase."""
    advice = check_passphrase(passphrase, username=username)
    assert advice is not None
    assert "username" in advice


def test_no_username_means_no_username_rule() -> None:
    """An empty username doesn't make every passphrase look like it."""
    assert check_passphrase(GOOD, username="") is None
    assert check_passphrase(GOOD, username="   ") is None


@pytest.mark.parametrize("repeated", ["x" * 12, "z" * 40, "0000 0000 0000"])
def test_one_repeated_character_is_refused(repeated: str) -> None:
    """A long run of one character is long but not hard to guess."""
    advice = check_passphrase(repeated)
    assert advice is not None
    assert "repeated" in advice


def test_advice_is_plain_and_kind() -> None:
    """Messages are whole sentences with no jargon, blame or shouting."""
    samples = [
        check_passphrase("short"),
        check_passphrase("q" * 20),
        check_passphrase("ruthokaforkeyworker", username="ruthokaforkeyworker"),
        check_passphrase("passwordpassword"),
    ]
    for advice in samples:
        assert advice is not None
        assert advice[0].isupper()
        assert advice.endswith(".")
        for unwelcome in ("!", "invalid", "error", "must", "weak", "entropy"):
            assert unwelcome not in advice.lower()
