"""Errors that carry a message fit to show a person.

Every failure a user can meet is raised as a ``UserFacingError`` subclass, so the
CLI and the desktop app can show one kind, plain sentence and never a traceback.
The messages never include personal data: they may be written to logs.
"""

from __future__ import annotations

from womenscentre.i18n import tr, trn


class UserFacingError(Exception):
    """A failure whose message is safe and kind enough to show as it is."""

    #: The CLI exit code this failure maps to (design §3: 2 is usage or input).
    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnlockFailed(UserFacingError):
    """Deliberately vague: an unknown user and a wrong passphrase must look the same.

    ``next_wait_seconds`` is the pause before the next try may start, so the app can
    show the countdown at once rather than on the next attempt.
    """

    def __init__(self, next_wait_seconds: int = 0) -> None:
        self.next_wait_seconds = next_wait_seconds
        super().__init__(
            tr("That name and passphrase didn't open the vault. Please check them and try again.")
        )


class UnlockThrottled(UserFacingError):
    """Raised before any key work while the growing delay after failed unlocks runs."""

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(
            trn(
                "There have been a few unsuccessful tries, so the vault is pausing for a moment. "
                "Please try again in %n second.",
                "There have been a few unsuccessful tries, so the vault is pausing for a moment. "
                "Please try again in %n seconds.",
                wait_seconds,
            )
        )


class VaultBusy(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "The vault is already open in another window of womenscentre. "
                "Please use that window, or close it and try again."
            )
        )


class VaultMissing(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "There is no vault here yet. A manager can create one with "
                "'womenscentre init --user NAME', or by opening the app for the first time."
            )
        )


class VaultExists(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "A vault already exists in this folder, so nothing has been changed. "
                "Open it with your name and passphrase instead."
            )
        )


class VaultDamaged(UserFacingError):
    def __init__(self, detail: str = "") -> None:
        if detail:
            message = tr(
                "The vault file looks damaged, so it has not been opened and nothing has been "
                "changed ({detail}). Please ask a manager to restore the most recent backup, "
                "and keep the damaged file: it may still be recoverable."
            ).format(detail=detail)
        else:
            message = tr(
                "The vault file looks damaged, so it has not been opened and nothing has been "
                "changed. Please ask a manager to restore the most recent backup, and keep "
                "the damaged file: it may still be recoverable."
            )
        super().__init__(message)


class VaultFromNewerVersion(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This vault was last saved by a newer version of womenscentre. Nothing has been "
                "changed. Please update the app on this computer, then open the vault again."
            )
        )


class CryptoUnavailable(UserFacingError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            tr(
                "This computer's encryption library can't provide the protection the vault needs "
                "({detail}), so no vault will be created or opened. Please reinstall womenscentre "
                "from its official package."
            ).format(detail=detail)
        )


class NotPermitted(UserFacingError):
    """The signed-in role may not do this; the message says who can."""


class DiskProblem(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "Your work couldn't be saved because the disk is full or can't be written to. "
                "Nothing already saved has been lost, and what you typed is still here. "
                "Please free some space or ask for help, then save again."
            )
        )


class InvalidInput(UserFacingError):
    """Input that doesn't fit; the message says what to change."""
