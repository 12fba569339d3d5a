"""What the audit log records. Every action here is written by the services."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    VAULT_CREATED = "vault_created"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"
    FINALISE = "finalise"
    ADDENDUM = "addendum"
    DELETE = "delete"
    PURGE = "purge"
    EXPORT = "export"
    PRINT = "print"
    SHARE = "share"
    BREAK_GLASS = "break_glass"
    USER_ADDED = "user_added"
    USER_REMOVED = "user_removed"
    ROLE_CHANGE = "role_change"
    PASSPHRASE_CHANGE = "passphrase_change"  # noqa: S105 - an action name, not a secret
    RECOVERY_USE = "recovery_use"
    RECOVERY_KEY_REPLACED = "recovery_key_replaced"
    KEY_ROTATION = "key_rotation"
    MIGRATION = "migration"
    RECORD_DAMAGED = "record_damaged"
    BACKUP = "backup"
    RESTORE = "restore"
    IMPORT = "import"
