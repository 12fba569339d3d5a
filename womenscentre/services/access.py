"""Who may open which woman's record.

Keyworkers see the women on their own caseload. Opening anyone else's record is
possible when it's needed, but only with a reason, and the reason is audited
("break glass"). Managers see everyone. Trainers work on the fictional training
vault and see no one on a live vault.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted, UserFacingError
from womenscentre.i18n import tr

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

MIN_REASON_CHARS = 10


class NeedsBreakGlass(UserFacingError):
    def __init__(self, person_id: str) -> None:
        self.person_id = person_id
        super().__init__(
            tr(
                "This record isn't on your caseload. If you need to open it, please give a short "
                "reason. It will be kept in the audit log so the centre can see why it was opened."
            )
        )


class Access:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._broken_glass: set[str] = set()

    def sees_everyone(self) -> bool:
        role = self._vault.user.role
        if role is Role.MANAGER:
            return True
        return role is Role.TRAINER and self._vault.is_training_vault

    def require_record_access(self) -> None:
        """Trainers on a live vault may not open any woman's record."""
        if self._vault.user.role is Role.TRAINER and not self._vault.is_training_vault:
            raise NotPermitted(
                tr(
                    "Trainers use the training vault, which holds only fictional people. "
                    "Please open it with 'womenscentre --demo'."
                )
            )

    def listed(self) -> Callable[[str], bool]:
        """Whether a woman belongs in this user's lists: everyone for a manager (or a trainer
        in the training vault), otherwise the women on her own caseload. Made with one query,
        so a list of many asks nothing per woman; refuses a trainer on a live vault."""
        self.require_record_access()
        if self.sees_everyone():
            return lambda _person_id: True
        return self._vault.cases.person_ids_for_keyworker(self._vault.user.id).__contains__

    def on_caseload(self, person_id: str) -> bool:
        me = self._vault.user.id
        return any(
            me in case.details.keyworker_ids for case in self._vault.cases.for_person(person_id)
        )

    def can_open(self, person_id: str) -> bool:
        self.require_record_access()
        return (
            self.sees_everyone() or person_id in self._broken_glass or self.on_caseload(person_id)
        )

    def require(self, person_id: str) -> None:
        if not self.can_open(person_id):
            raise NeedsBreakGlass(person_id)

    def break_glass(self, person_id: str, reason: str) -> None:
        self.require_record_access()
        if len(reason.strip()) < MIN_REASON_CHARS:
            raise InvalidInput(
                tr(
                    "Please say a little more about why you need this record, "
                    "in at least {count} characters."
                ).format(count=MIN_REASON_CHARS)
            )
        self._vault.people.require_exists(person_id)
        with self._vault.write() as session:
            self._vault.log(session, AuditAction.BREAK_GLASS, person_id, {"reason": reason.strip()})
        self._broken_glass.add(person_id)

    def require_manager(self, what: str = "", *, message: str = "") -> None:
        """Stop anyone but a manager, saying kindly who can help.

        The app passes ``message``, one whole translated sentence, because word order differs
        between languages; ``what`` ("export a referral pack") is the command line's English
        shorthand for the same sentence.
        """
        if self._vault.user.role is not Role.MANAGER:
            raise NotPermitted(
                message or f"Only a manager can {what}. Please ask a manager to help."
            )

    def forget(self) -> None:
        self._broken_glass.clear()
