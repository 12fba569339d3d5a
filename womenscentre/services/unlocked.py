"""An unlocked vault: the one object that holds keys, and the way to every service.

``lock()`` follows design §2: drafts are already sealed on every save, so it
closes the database, drops every service's cached plaintext, zeroes the keys and
releases the file. After it, every call raises ``VaultLocked``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from womenscentre.clock import Clock, to_minute
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.users import Role, StaffUser, UserStatus
from womenscentre.errors import UserFacingError
from womenscentre.i18n import tr
from womenscentre.services import audit, keyset, throttle
from womenscentre.services.records import RecordDamaged
from womenscentre.store import engine as store_engine
from womenscentre.store.models import User
from womenscentre.vault.kdf import KdfPolicy
from womenscentre.vault.keyring import Keyring

if TYPE_CHECKING:
    from womenscentre.services.opening import OpenedFile


class VaultLocked(UserFacingError):
    def __init__(self) -> None:
        super().__init__(tr("The vault is locked. Please unlock it to carry on."))


def iso_minute(clock: Clock) -> str:
    return to_minute(clock.now()).strftime("%Y-%m-%dT%H:%MZ")


class UnlockedVault:
    def __init__(
        self,
        opened: OpenedFile,
        keyring: Keyring,
        *,
        vault_id: str,
        user_id: str,
        clock: Clock,
        policy: KdfPolicy,
    ) -> None:
        self._opened = opened
        self._keyring: Keyring | None = keyring
        self.vault_id = vault_id
        self.clock = clock
        self.policy = policy
        self._lock_listeners: list[Callable[[], None]] = []
        self._reported_damage: set[str] = set()
        self._user_id = user_id
        self._user = self._load_user()
        with self.read() as session:
            self._training = keyset.vault_is_training(session, vault_id)
        from womenscentre.services.access import Access
        from womenscentre.services.backup import Backups
        from womenscentre.services.cases import Cases
        from womenscentre.services.consent import Consent
        from womenscentre.services.importer import Importer
        from womenscentre.services.listing_cache import ListingCache
        from womenscentre.services.notes import Notes
        from womenscentre.services.people import People
        from womenscentre.services.plans import Plans
        from womenscentre.services.referrals import Referrals
        from womenscentre.services.retention import Retention
        from womenscentre.services.risk import Risk
        from womenscentre.services.search import Search
        from womenscentre.services.settings import Settings
        from womenscentre.services.sharing import Sharing
        from womenscentre.services.users import Users

        self.listing_cache = ListingCache(self)
        self.access = Access(self)
        self.people = People(self)
        self.cases = Cases(self)
        self.notes = Notes(self)
        self.users = Users(self)
        self.settings = Settings(self)
        self.search = Search(self)
        self.plans = Plans(self)
        self.risk = Risk(self)
        self.consent = Consent(self)
        self.sharing = Sharing(self)
        self.referrals = Referrals(self)
        self.backups = Backups(self)
        self.retention = Retention(self)
        self.imports = Importer(self)
        from womenscentre.services.erasure import Erasure
        from womenscentre.services.subject_access import SubjectAccess

        self.subject_access = SubjectAccess(self)
        self.erasure = Erasure(self)
        from womenscentre.services.dashboard import DashboardService
        from womenscentre.services.outcomes import Outcomes

        self.outcomes = Outcomes(self)
        self.dashboard = DashboardService(self)
        from womenscentre.services.attachments import Attachments

        self.attachments = Attachments(self)

    # -- state ---------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._keyring is None

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            raise VaultLocked
        return self._keyring

    @property
    def user(self) -> StaffUser:
        self.keyring  # noqa: B018 - raises when locked
        return self._user

    @property
    def paths(self) -> Any:
        return self._opened.paths

    @property
    def engine(self) -> Any:
        return self._opened.engine

    @property
    def is_training_vault(self) -> bool:
        """Read once at unlock; a vault never changes between live and training."""
        return self._training

    @property
    def must_change_passphrase(self) -> bool:
        with self.read() as session:
            row = session.get(User, self._user_id)
            return bool(row and row.must_change_passphrase)

    def _load_user(self) -> StaffUser:
        with self.read() as session:
            row = session.get(User, self._user_id)
            assert row is not None
            return StaffUser(row.id, row.username, Role(row.role), UserStatus(row.status))

    def refresh_user(self) -> None:
        self._user = self._load_user()

    # -- transactions --------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        self.keyring  # noqa: B018
        try:
            with Session(self._opened.engine, expire_on_commit=False) as session:
                yield session
        except RecordDamaged as exc:
            self.report_damage(exc.record_id)
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction; a save is acknowledged only when this block returns."""
        self.keyring  # noqa: B018
        with Session(store_engine.writer(self._opened.engine), expire_on_commit=False) as session:
            try:
                with session.begin():
                    yield session
            except Exception as exc:
                if isinstance(exc, RecordDamaged):
                    # The failed transaction has rolled back; the audit entry gets its own.
                    self.report_damage(exc.record_id)
                if isinstance(exc, UserFacingError):
                    raise
                translated = store_engine.translate_database_error(exc)
                if translated is exc:
                    raise
                raise translated from exc

    def now_minute(self) -> str:
        return iso_minute(self.clock)

    def log(
        self,
        session: Session,
        action: AuditAction,
        record_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        audit.append(
            session,
            self.keyring,
            ts=self.clock.now().isoformat(),
            actor_id=self._user_id,
            action=action,
            record_id=record_id,
            details=details,
        )

    def report_damage(self, record_id: str) -> None:
        """Audit a record that would not open, once per unlock, in its own transaction."""
        if record_id in self._reported_damage:
            return
        self._reported_damage.add(record_id)
        with suppress(Exception), self.write() as session:
            self.log(session, AuditAction.RECORD_DAMAGED, record_id)

    def record_unlock(self) -> None:
        with self.write() as session:
            for moment in throttle.take_pending_failures(session):
                audit.append(
                    session,
                    self.keyring,
                    ts=moment,
                    actor_id=None,
                    action=AuditAction.UNLOCK_FAILED,
                )
            self.log(session, AuditAction.UNLOCK)
        self.write_anchor()

    def write_anchor(self) -> None:
        """Advance the audit anchor beside the vault: at set-up, each unlock and each lock."""
        with self.read() as session:
            audit.advance_anchor(session, self._opened.paths.audit_anchor)

    # -- lock ----------------------------------------------------------------
    def on_lock(self, listener: Callable[[], None]) -> None:
        """Register a plain callback; the Qt layer adapts it to a signal."""
        self._lock_listeners.append(listener)

    def lock(self) -> None:
        if self._keyring is None:
            return
        with suppress(Exception):
            with self.write() as session:
                self.log(session, AuditAction.LOCK)
            self.write_anchor()
        self.access.forget()
        self._keyring.close()
        self._keyring = None
        self._opened.close()
        for listener in list(self._lock_listeners):
            with suppress(Exception):
                listener()
