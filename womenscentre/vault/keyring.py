"""The keys of one unlocked session, and the only place they are held.

Locking calls ``close()``: every buffer is overwritten and every reference dropped.
Python may keep other copies of bytes it was handed, which is why keys live in
``bytearray`` and are passed on only for the moment a cipher needs them.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from womenscentre.vault import aead
from womenscentre.vault.keys import hkdf, zero

#: The key id written in blobs sealed with a user's own key.
USER_KEY_ID = "user"


class KeyringClosed(Exception):
    """The vault has been locked; nothing can be opened or sealed."""


class Keyring:
    def __init__(
        self,
        *,
        item_keys: dict[str, bytearray],
        current_item_key: str,
        audit_key: bytearray,
        manager_key: bytearray | None,
        manager_key_id: str | None,
        audit_reader_public: tuple[str, bytes],
        audit_readers: dict[str, bytearray] | None = None,
    ) -> None:
        self._item_keys = item_keys
        self._current = current_item_key
        self._audit_key = audit_key
        self._manager_key = manager_key
        self._manager_key_id = manager_key_id
        self._audit_reader_public = audit_reader_public
        self._audit_readers = audit_readers or {}
        self._ciphers: dict[str, AESGCM] = {}
        #: Derived from this user's own private key, which no colleague holds (see
        #: :meth:`attach_user_key`); None for sessions opened another way (recovery).
        self._user_key: bytearray | None = None
        self._closed = False

    def _check(self) -> None:
        if self._closed:
            raise KeyringClosed

    @property
    def current_item_key_id(self) -> str:
        self._check()
        return self._current

    @property
    def item_key_ids(self) -> list[str]:
        self._check()
        return list(self._item_keys)

    def item_key(self, key_id: str) -> bytearray:
        self._check()
        return self._item_keys[key_id]

    def _cipher(self, key_id: str) -> AESGCM | None:
        cipher = self._ciphers.get(key_id)
        if cipher is None and key_id in self._item_keys:
            cipher = self._ciphers[key_id] = AESGCM(bytes(self._item_keys[key_id]))
        return cipher

    def seal(self, context: aead.SealContext, plaintext: bytes) -> tuple[str, bytes]:
        self._check()
        cipher = self._cipher(self._current)
        assert cipher is not None
        return self._current, aead.seal(cipher, self._current, context, plaintext)

    def open(self, context: aead.SealContext, blob: bytes) -> bytes:
        self._check()
        key_id = aead.blob_key_id(blob)
        cipher = self._cipher(key_id)
        return aead.open_blob({} if cipher is None else {key_id: cipher}, context, blob)

    def audit_mac_key(self) -> bytearray:
        self._check()
        return hkdf(self._audit_key, "wc-audit-mac/v1")

    @property
    def audit_key(self) -> bytearray:
        self._check()
        return self._audit_key

    @property
    def manager_key(self) -> bytearray | None:
        self._check()
        return self._manager_key

    @property
    def manager_key_id(self) -> str | None:
        self._check()
        return self._manager_key_id

    def add_item_key(self, key_id: str, key: bytearray, *, make_current: bool) -> None:
        self._check()
        self._item_keys[key_id] = key
        if make_current:
            self._current = key_id

    def replace_manager_key(self, key_id: str, key: bytearray) -> None:
        self._check()
        if self._manager_key is not None:
            zero(self._manager_key)
        self._manager_key, self._manager_key_id = key, key_id

    @property
    def audit_reader_public(self) -> tuple[str, bytes]:
        """Audit details are sealed to this public key, so writing needs no reading right."""
        self._check()
        return self._audit_reader_public

    def audit_reader(self, key_id: str) -> bytearray | None:
        """The private key that opens audit details; only managers and recovery hold it."""
        self._check()
        return self._audit_readers.get(key_id)

    @property
    def audit_reader_ids(self) -> list[str]:
        self._check()
        return list(self._audit_readers)

    def add_audit_reader(self, key_id: str, private: bytearray, public: bytes) -> None:
        self._check()
        self._audit_readers[key_id] = private
        self._audit_reader_public = (key_id, public)

    def attach_user_key(self, key: bytearray) -> None:
        """Hold a key only the signed-in user can derive, for her own caches.

        Caches (the search snapshot, the caseload rows) are sealed with it rather than the
        shared items key, so a colleague, who holds the items key, can neither read one nor
        plant one for her to load.
        """
        self._check()
        if self._user_key is not None:
            zero(self._user_key)
        self._user_key = key

    def seal_for_user(self, context: aead.SealContext, plaintext: bytes) -> bytes:
        """Seal with the user's own key; KeyringClosed if there is none."""
        self._check()
        if self._user_key is None:
            raise KeyringClosed
        return aead.seal(self._user_key, USER_KEY_ID, context, plaintext)

    def open_for_user(self, context: aead.SealContext, blob: bytes) -> bytes:
        """Open what :meth:`seal_for_user` sealed; SealError if it wasn't this user's."""
        self._check()
        if self._user_key is None:
            raise KeyringClosed
        return aead.open_blob({USER_KEY_ID: self._user_key}, context, blob)

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        for key in self._item_keys.values():
            zero(key)
        self._item_keys.clear()
        self._ciphers.clear()
        zero(self._audit_key)
        if self._manager_key is not None:
            zero(self._manager_key)
        self._manager_key = None
        for reader in self._audit_readers.values():
            zero(reader)
        self._audit_readers.clear()
        if self._user_key is not None:
            zero(self._user_key)
        self._user_key = None
        self._closed = True
