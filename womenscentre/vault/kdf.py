"""Argon2id key derivation for passphrase key slots.

The parameters travel with each slot and are bound into its associated data, so
lowering them in the file makes the slot fail to open rather than weakening it.
The production floor follows RFC 9106's second recommendation (m=64 MiB, t=3,
p=4); defaults are higher and calibrated to about half a second to a second.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes
    algorithm: str = "argon2id"

    def canonical(self) -> str:
        """Stable text form: stored in the slot row and bound into its AAD."""
        return json.dumps(
            {
                "algorithm": self.algorithm,
                "iterations": self.iterations,
                "lanes": self.lanes,
                "memory_kib": self.memory_kib,
                "salt": self.salt.hex(),
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_canonical(cls, text: str) -> KdfParams:
        raw = json.loads(text)
        return cls(
            memory_kib=int(raw["memory_kib"]),
            iterations=int(raw["iterations"]),
            lanes=int(raw["lanes"]),
            salt=bytes.fromhex(raw["salt"]),
            algorithm=str(raw["algorithm"]),
        )

    def with_fresh_salt(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes, os.urandom(SALT_BYTES))


@dataclass(frozen=True, slots=True)
class KdfPolicy:
    """The floor a slot must meet to be opened, and the cost new slots get."""

    floor_memory_kib: int
    floor_iterations: int
    floor_lanes: int
    default_memory_kib: int
    default_iterations: int
    default_lanes: int
    calibrate: bool

    def meets_floor(self, params: KdfParams) -> bool:
        return (
            params.algorithm == "argon2id"
            and params.memory_kib >= self.floor_memory_kib
            and params.iterations >= self.floor_iterations
            and params.lanes >= self.floor_lanes
            and len(params.salt) == SALT_BYTES
        )

    def new_params(self) -> KdfParams:
        params = KdfParams(
            self.default_memory_kib,
            self.default_iterations,
            self.default_lanes,
            os.urandom(SALT_BYTES),
        )
        return calibrated(params) if self.calibrate else params


PRODUCTION_POLICY = KdfPolicy(
    floor_memory_kib=64 * 1024,
    floor_iterations=3,
    floor_lanes=4,
    default_memory_kib=256 * 1024,
    default_iterations=3,
    default_lanes=4,
    calibrate=True,
)

#: Fast parameters for the test suite only. Never reachable from the app unless the
#: loudly named environment variable below is set (see ``policy_from_environment``).
INSECURE_TEST_POLICY = KdfPolicy(
    floor_memory_kib=8,
    floor_iterations=1,
    floor_lanes=1,
    default_memory_kib=1024,
    default_iterations=1,
    default_lanes=1,
    calibrate=False,
)

TEST_POLICY_ENV = "WOMENSCENTRE_INSECURE_FAST_KDF_FOR_TESTS"


def policy_from_environment() -> KdfPolicy:
    """Production unless the test suite asked, by name, for weak and fast keys.

    A frozen (installed) build never honours the request: only a developer's checkout can
    make weak keys, so a stray environment variable on a centre laptop can't.
    """
    if os.environ.get(TEST_POLICY_ENV) == "1" and not getattr(sys, "frozen", False):
        return INSECURE_TEST_POLICY
    return PRODUCTION_POLICY


def derive_key(passphrase: str, params: KdfParams) -> bytearray:
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(passphrase.encode("utf-8")))


def calibrated(params: KdfParams, target_low: float = 0.5, target_high: float = 1.0) -> KdfParams:
    """Raise iterations until one derivation takes at least ``target_low`` seconds.

    Never lowers anything, so the result always meets the policy that produced the
    starting point. Stops before going much past ``target_high``.
    """
    current = params
    for _ in range(8):
        started = time.perf_counter()
        derive_key("calibration", current)
        took = time.perf_counter() - started
        if took >= target_low:
            return current
        scale = max(target_low / max(took, 1e-3), 1.0)
        next_iterations = min(int(current.iterations * scale) + 1, current.iterations * 4)
        if took * next_iterations / current.iterations > target_high * 1.5:
            return current
        current = KdfParams(
            current.memory_kib, next_iterations, current.lanes, current.salt, current.algorithm
        )
    return current
