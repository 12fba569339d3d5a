"""Centre settings: sealed, and signed by a manager.

Anyone signed in reads them (the app needs the idle-lock time), but only a
manager can change them, and the authority signature means that switching
auto-lock off by editing the database file doesn't work: a settings record that
fails its signature is ignored in favour of the safe defaults, and reported.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.settings import CentreSettings
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr
from womenscentre.services import keyset
from womenscentre.services.codec import open_json, seal_json
from womenscentre.vault import keys
from womenscentre.vault.aead import SealError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

_TABLE, _ID = "meta", "settings"


def _statement(vault_id: str, sealed_hex: str) -> bytes:
    return keys.encode_parts(b"wc-settings", "1", vault_id, sealed_hex)


def sign_settings(session: Session, vault_id: str, manager_key: bytearray) -> None:
    """(Re-)sign whatever settings are stored; used on change and on manager-key rotation."""
    sealed_hex = keyset.meta_get(session, "settings")
    if sealed_hex is not None:
        signature = keys.sign_role(manager_key, _statement(vault_id, sealed_hex))
        keyset.meta_set(session, "settings_signature", signature.hex())


class Settings:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        #: True when stored settings failed their check and the defaults are in use.
        self.tampered = False

    def get(self) -> CentreSettings:
        with self._vault.read() as session:
            sealed_hex = keyset.meta_get(session, "settings")
            signature = keyset.meta_get(session, "settings_signature")
            authority = keyset.meta_get(session, "authority_public")
        self.tampered = False
        if sealed_hex is None:
            return CentreSettings()
        if not (signature and authority) or not keys.role_signature_valid(
            bytes.fromhex(authority),
            _statement(self._vault.vault_id, sealed_hex),
            bytes.fromhex(signature),
        ):
            self.tampered = True
            return CentreSettings()
        try:
            raw = open_json(self._vault.keyring, _TABLE, _ID, bytes.fromhex(sealed_hex))
            return CentreSettings.from_json(raw)
        except (SealError, ValueError, TypeError, json.JSONDecodeError):
            self.tampered = True
            return CentreSettings()

    def update(self, settings: CentreSettings) -> None:
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can change the centre's settings. Please ask a manager to help."
            )
        )
        manager_key = self._vault.keyring.manager_key
        if manager_key is None:
            raise InvalidInput(
                tr("Your manager key isn't available. Please lock and unlock again.")
            )
        _key_id, sealed = seal_json(self._vault.keyring, _TABLE, _ID, settings.to_json())
        with self._vault.write() as session:
            keyset.meta_set(session, "settings", sealed.hex())
            sign_settings(session, self._vault.vault_id, manager_key)
            self._vault.log(session, AuditAction.EDIT, None, {"kind": "settings"})
