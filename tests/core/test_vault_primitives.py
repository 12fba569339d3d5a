"""The building blocks: sealing, the recovery key format and the KDF policy."""

from __future__ import annotations

import sys

import pytest

from womenscentre.vault import aead
from womenscentre.vault.kdf import INSECURE_TEST_POLICY, PRODUCTION_POLICY, KdfParams
from womenscentre.vault.recovery_key import (
    RecoveryKeyInvalid,
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)

KEY = bytearray(range(32))
HERE = aead.SealContext("people", "id-1", "record")


def test_seal_round_trip_and_context_binding():
    blob = aead.seal(KEY, "ik-1", HERE, b"Rosa likes the garden group")
    assert aead.open_blob({"ik-1": KEY}, HERE, blob) == b"Rosa likes the garden group"
    for elsewhere in (
        aead.SealContext("cases", "id-1", "record"),
        aead.SealContext("people", "id-2", "record"),
        aead.SealContext("people", "id-1", "details"),
    ):
        with pytest.raises(aead.DamagedBlob):
            aead.open_blob({"ik-1": KEY}, elsewhere, blob)


def test_unknown_format_version_is_refused_not_guessed():
    blob = bytearray(aead.seal(KEY, "ik-1", HERE, b"x"))
    blob[0] = 2
    with pytest.raises(aead.UnsupportedFormat):
        aead.open_blob({"ik-1": KEY}, HERE, bytes(blob))


def test_a_missing_key_is_named():
    blob = aead.seal(KEY, "ik-7", HERE, b"x")
    with pytest.raises(aead.UnknownKey):
        aead.open_blob({"ik-1": KEY}, HERE, blob)


def test_recovery_key_round_trip_forgives_case_spacing_and_lookalikes():
    secret = new_recovery_secret()
    text = format_recovery_key(secret)
    assert len(text.split("-")) == 14 and all(len(g) == 4 for g in text.split("-"))
    assert parse_recovery_key(text.lower().replace("-", " ")) == secret
    assert parse_recovery_key(text.replace("0", "O").replace("1", "I")) == secret


def test_recovery_key_typo_is_caught_by_the_checksum():
    text = format_recovery_key(new_recovery_secret())
    first = text[0]
    typo = ("A" if first != "A" else "B") + text[1:]
    with pytest.raises(RecoveryKeyInvalid):
        parse_recovery_key(typo)


def test_kdf_params_survive_their_canonical_form():
    params = INSECURE_TEST_POLICY.new_params()
    assert KdfParams.from_canonical(params.canonical()) == params


def test_production_floor_refuses_weaker_parameters():
    weak = KdfParams(32 * 1024, 3, 4, bytes(16))
    fewer_passes = KdfParams(64 * 1024, 2, 4, bytes(16))
    assert not PRODUCTION_POLICY.meets_floor(weak)
    assert not PRODUCTION_POLICY.meets_floor(fewer_passes)
    assert PRODUCTION_POLICY.meets_floor(KdfParams(64 * 1024, 3, 4, bytes(16)))


def test_an_installed_build_never_makes_weak_keys_even_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fast test KDF is for a developer's checkout; a frozen build ignores the switch."""
    from womenscentre.vault import kdf

    monkeypatch.setenv(kdf.TEST_POLICY_ENV, "1")
    assert kdf.policy_from_environment() == kdf.INSECURE_TEST_POLICY
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert kdf.policy_from_environment() == kdf.PRODUCTION_POLICY
