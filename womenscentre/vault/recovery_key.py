"""The recovery key: 256 random bits, shown once, never stored.

Written as Crockford base32 in groups of four with a short checksum, so a typo is
caught before any key work and letters that look alike (O/0, I/1/L) are forgiven.
"""

from __future__ import annotations

import hashlib
import os

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {char: index for index, char in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
SECRET_BYTES = 32
CHECK_BYTES = 3
GROUP = 4


class RecoveryKeyInvalid(ValueError):
    """The typed key is malformed or its checksum does not match."""


def new_recovery_secret() -> bytearray:
    return bytearray(os.urandom(SECRET_BYTES))


def format_recovery_key(secret: bytes | bytearray) -> str:
    payload = bytes(secret) + hashlib.sha256(bytes(secret)).digest()[:CHECK_BYTES]
    bits = len(payload) * 8
    spare_bits = -bits % 5
    number = int.from_bytes(payload, "big") << spare_bits
    count = (bits + spare_bits) // 5
    chars = [_ALPHABET[(number >> (5 * (count - 1 - i))) & 0x1F] for i in range(count)]
    text = "".join(chars)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytearray:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    total_bytes = SECRET_BYTES + CHECK_BYTES
    expected_chars = -(-total_bytes * 8 // 5)
    if len(cleaned) != expected_chars or any(ch not in _DECODE for ch in cleaned):
        raise RecoveryKeyInvalid("length or characters")
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    spare_bits = expected_chars * 5 - total_bytes * 8
    payload = (number >> spare_bits).to_bytes(total_bytes, "big")
    secret, check = payload[:SECRET_BYTES], payload[SECRET_BYTES:]
    if hashlib.sha256(secret).digest()[:CHECK_BYTES] != check:
        raise RecoveryKeyInvalid("checksum")
    return bytearray(secret)
