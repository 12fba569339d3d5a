"""Staff accounts and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    MANAGER = "manager"
    KEYWORKER = "keyworker"
    TRAINER = "trainer"


class UserStatus(StrEnum):
    ACTIVE = "active"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class StaffUser:
    id: str
    username: str
    role: Role
    status: UserStatus

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER
