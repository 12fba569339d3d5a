"""Shared fixtures: a fresh private vault per test, fast keys, a clock that obeys.

Every name, address and story in the test suite is invented. The fast key
derivation is switched on through the loudly named environment variable, so
child processes started by tests (kill -9 tests, the CLI) inherit it too; one
test in tests/core/test_kdf.py checks the production parameters separately.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from womenscentre.clock import ManualClock
from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
from womenscentre.domain.people import ContactMethod, PersonDetails, SafeContact
from womenscentre.paths import CACHE_DIR_ENV, VaultPaths
from womenscentre.services.lifecycle import NewVault, create_vault, unlock
from womenscentre.services.unlocked import UnlockedVault
from womenscentre.vault.kdf import INSECURE_TEST_POLICY, TEST_POLICY_ENV, KdfPolicy

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> KdfPolicy:
    monkeypatch.setenv(TEST_POLICY_ENV, "1")
    return INSECURE_TEST_POLICY


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One throwaway cache for the run: compiled rule packs are rebuilt once, not per test."""
    return tmp_path_factory.mktemp("cache-home")


@pytest.fixture(autouse=True)
def isolated_cache_dir(shared_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may touch the real per-user cache folder either."""
    monkeypatch.setenv(CACHE_DIR_ENV, str(shared_cache_dir))
    return shared_cache_dir


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may touch the real per-user data folder."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("WOMENSCENTRE_DATA_DIR", str(home))
    monkeypatch.delenv("WOMENSCENTRE_PASSPHRASE", raising=False)
    monkeypatch.delenv("WOMENSCENTRE_USER", raising=False)
    return home


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def vault_paths(tmp_path: Path) -> VaultPaths:
    return VaultPaths.for_dir(tmp_path / "vault")


@pytest.fixture
def new_vault(vault_paths: VaultPaths, clock: ManualClock) -> Iterator[NewVault]:
    created = create_vault(
        vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    yield created
    created.vault.lock()


@pytest.fixture
def manager(new_vault: NewVault) -> UnlockedVault:
    return new_vault.vault


@dataclass
class Reopen:
    """Unlock the test vault again as someone, e.g. after the manager locked it."""

    paths: VaultPaths
    clock: ManualClock
    opened: list[UnlockedVault]

    def __call__(self, username: str, passphrase: str) -> UnlockedVault:
        vault = unlock(
            self.paths, username, passphrase, clock=self.clock, policy=INSECURE_TEST_POLICY
        )
        self.opened.append(vault)
        return vault


@pytest.fixture
def reopen(vault_paths: VaultPaths, clock: ManualClock) -> Iterator[Reopen]:
    helper = Reopen(vault_paths, clock, [])
    yield helper
    for vault in helper.opened:
        vault.lock()


def person_details(name: str = "Rosa", **overrides: object) -> PersonDetails:
    """A fictional woman; every field can be overridden to plant canaries."""
    fields: dict[str, object] = {
        "preferred_name": name,
        "full_name": Answer.of(f"{name} Example-Fictional"),
        "pronouns": Answer.of("she/her"),
        "date_of_birth": Answer.of("1990-04-01"),
        "languages": ("English",),
        "interpreter": Answer.declined(),
        "access_needs": Answer.not_asked(),
        "safe_contact": SafeContact(
            (ContactMethod.TEXT,), "after 6pm", False, "Is that the library?", "Say wrong number"
        ),
        "asked_us_to_know": ("Please don't call on Mondays",),
    }
    fields.update(overrides)
    return PersonDetails(**fields)  # type: ignore[arg-type]


def note_content(body: str = "We met at the centre and talked about her plans.") -> NoteContent:
    return NoteContent(
        date(2026, 1, 5).isoformat(), 45, SessionType.ONE_TO_ONE, ContactMode.IN_PERSON, body
    )


@pytest.fixture
def make() -> object:
    """Factories for fictional records: ``make.person(...)``, ``make.note(...)``."""

    class Factories:
        person = staticmethod(person_details)
        note = staticmethod(note_content)

    return Factories
