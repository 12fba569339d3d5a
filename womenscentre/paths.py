"""Where the app keeps things: the one module that knows.

Two kinds of place matter. The *data dir* holds a centre's vault and nothing else writes
there; it must be private to the person's account, because a shared machine is part of the
threat model. The *resources dir* holds what ships with the app (word lists, rule packs,
templates), and it moves depending on how the app was installed: a source checkout, an
installed wheel (as the data-only package ``womenscentre_resources``) or a frozen bundle.
Keeping both answers here means ``packaging/`` and ``pyproject.toml`` have one module to
agree with, and tests have one place to redirect.

Nothing is computed at import time: the CLI's ``--data-dir``, the environment and tests all
get their say before any path is decided.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Final

from womenscentre.i18n import tr

APP_NAME: Final = "womenscentre"
DATA_DIR_ENV: Final = "WOMENSCENTRE_DATA_DIR"
RESOURCES_DIR_ENV: Final = "WOMENSCENTRE_RESOURCES_DIR"
CACHE_DIR_ENV: Final = "WOMENSCENTRE_CACHE_DIR"
DEMO_SUBDIR: Final = "demo"
RESOURCES_PACKAGE: Final = "womenscentre_resources"

_PRIVATE_UMASK: Final = 0o077
_PRIVATE_DIR_MODE: Final = 0o700


class DataDirError(Exception):
    """The data folder cannot be used; ``str(error)`` is written for the person at the keyboard.

    The message says what is wrong and what to do, in plain words, so the UI and CLI can show
    it as it is. The technical cause stays on ``__cause__`` for logs.
    """

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    """Choose the data folder: ``explicit`` first, then the environment, then the platform's.

    The order lets a command-line ``--data-dir`` beat a stale environment variable, and lets
    tests and portable installs avoid the per-user default. Blank values count as not given,
    because ``Path("")`` would quietly mean "wherever the app was started from". With ``demo``
    the fictional training vault gets its own subfolder, so practice never touches live data.
    """
    if explicit is not None and os.fspath(explicit).strip():
        base = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV, "").strip():
        base = Path(os.environ[DATA_DIR_ENV])
    else:
        import platformdirs  # only when no folder was given: keeps `lint` start-up short

        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    base = base.expanduser().absolute()
    return base / DEMO_SUBDIR if demo else base


def cache_dir() -> Path:
    """The per-user folder for things the app can always rebuild (compiled rule packs).

    Never the data folder, which holds the vault and nothing else. ``WOMENSCENTRE_CACHE_DIR``
    overrides it (tests, portable installs). Nothing personal is ever written here.
    """
    override = os.environ.get(CACHE_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    import platformdirs  # only when needed: keeps start-up short

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)).absolute()


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Create files inside this block readable by their owner only (0o600, folders 0o700).

    SQLite, its journal files and temporary files are created by code we don't control, so
    the umask is the only lever that reaches them. POSIX only: elsewhere access is governed by
    the user's profile folder and this does nothing. The umask is process-wide, which is why
    :func:`set_process_umask` sets the same value once at start-up.
    """
    if os.name != "posix":
        yield
        return
    previous = os.umask(_PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def set_process_umask() -> None:
    """Make everything the app creates private from the first file onwards (POSIX only).

    Called once at start-up, before logging or the vault opens anything, so that no log,
    snapshot or export can be created readable by other accounts on a shared machine.
    """
    if os.name == "posix":
        os.umask(_PRIVATE_UMASK)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) as a private folder and prove we can write there.

    Checking up front turns a confusing failure halfway through saving a note into a clear
    message before anything is written. Existing folders and their contents are left exactly
    as they are: their permissions are the owner's choice, and files the app creates in them
    are private anyway through :func:`private_umask`.
    """
    try:
        with private_umask():
            path.mkdir(mode=_PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        _prove_writable(path)
    except OSError as error:
        raise DataDirError(_explain(error, path), path=path) from error
    return path


def _prove_writable(path: Path) -> None:
    """Write, flush and remove one byte, so a full or read-only disk shows itself now."""
    with private_umask():
        import tempfile

        handle, name = tempfile.mkstemp(prefix=".write-check-", dir=path)
    try:
        os.write(handle, b"\0")
        os.fsync(handle)
    finally:
        os.close(handle)
        os.unlink(name)


def _explain(error: OSError, path: Path) -> str:
    """Turn an ``OSError`` into a sentence someone can act on without knowing what errno is."""
    if isinstance(error, FileExistsError):
        return tr(
            "There is a file at {path} where the app wants to keep its data folder. "
            "Please move or rename that file, or choose a different folder. Nothing has been "
            "deleted."
        ).format(path=path)
    if isinstance(error, NotADirectoryError):
        return tr(
            "Part of the folder path {path} is a file rather than a folder, so the data "
            "folder can't be made there. Please choose a different folder."
        ).format(path=path)
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return tr(
            "The disk that holds {path} is full, so nothing can be saved there. Please free "
            "up some space, or choose a folder on another disk, then try again. Nothing has "
            "been lost."
        ).format(path=path)
    if error.errno == errno.EROFS:
        return tr(
            "{path} is on a drive that can only be read, not written to (a locked USB stick, "
            "for example). Please choose a folder on a drive you can save to."
        ).format(path=path)
    if isinstance(error, PermissionError):
        return tr(
            "This account isn't allowed to save files in {path}. Please choose a folder you "
            "can save to, or ask whoever looks after this computer to give you access."
        ).format(path=path)
    reason = error.strerror or tr("an unexpected problem")
    return tr(
        "The data folder {path} can't be used at the moment ({reason}). Please check the "
        "drive is connected and try again, or choose a different folder."
    ).format(path=path, reason=reason)


@dataclass(frozen=True)
class VaultPaths:
    """Every file of one vault, named in one place so no caller builds these by hand."""

    root: Path

    @classmethod
    def for_dir(cls, root: Path) -> VaultPaths:
        """The layout of the vault kept in ``root`` (usually :func:`resolve_data_dir`)."""
        return cls(root=Path(root))

    @property
    def database(self) -> Path:
        """The SQLite file with metadata and sealed records."""
        return self.root / "vault.sqlite3"

    @property
    def lock_file(self) -> Path:
        """Held while the vault is open, so a second copy of the app doesn't write too."""
        return self.root / "vault.lock"

    @property
    def snapshots(self) -> Path:
        """Folder of encrypted snapshots taken before risky changes such as migrations."""
        return self.root / "snapshots"

    @property
    def audit_anchor(self) -> Path:
        """The latest audit-chain head, kept outside the database to catch rollback."""
        return self.root / "audit-anchor.json"

    @property
    def logs(self) -> Path:
        """Folder of diagnostic logs, which never contain personal data."""
        return self.root / "logs"

    @property
    def local_language(self) -> Path:
        """A centre's own language-guidance rule packs (TOML), beside the vault."""
        return self.root / "local-language"

    @property
    def local_templates(self) -> Path:
        """A centre's own safety-plan templates and prompt sets (no personal data)."""
        return self.root / "local-templates"

    @property
    def sealed_caches(self) -> Path:
        """Each user's sealed search index and caseload listing, so both are quick after unlock.

        Caches only: deleting the folder costs one slow unlock, never data.
        """
        return self.root / "sealed-cache"

    @property
    def settings(self) -> Path:
        """Per-vault settings that are not secret (idle-lock time and the like)."""
        return self.root / "settings.json"


@functools.cache
def resources_dir() -> Path:
    """The folder that holds what ships with the app, however it was installed.

    Tried in order: ``WOMENSCENTRE_RESOURCES_DIR`` (tests and packaging only), a frozen
    bundle's unpacked files, the installed ``womenscentre_resources`` package, then the
    checkout's ``resources/`` beside the ``womenscentre`` package. Cached because the answer
    cannot change while the app runs; tests call ``resources_dir.cache_clear()``.
    """
    override = os.environ.get(RESOURCES_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None) or Path(sys.executable).parent
        return Path(bundle) / RESOURCES_PACKAGE
    installed = _installed_resources_dir()
    if installed is not None:
        return installed
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        errno.ENOENT,
        tr(
            "The app's built-in files can't be found. The installation may be incomplete; "
            "reinstalling the app should put them back."
        ),
        str(checkout),
    )


def _installed_resources_dir() -> Path | None:
    """Where the installed ``womenscentre_resources`` package lives, if it is installed.

    It is a data-only (namespace) package, for which ``importlib.resources.files`` returns a
    ``MultiplexedPath`` rather than a real folder; the import spec gives the same location as
    a plain path that the rest of the app can hand to SQLite, Qt and ``open``.
    """
    try:
        import importlib.util

        spec = importlib.util.find_spec(RESOURCES_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.submodule_search_locations is None:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location)
        if candidate.is_dir():
            return candidate
    return None


def resource_path(relative: str) -> Path:
    """The path of a shipped resource such as ``"common/common-passphrases.txt"``.

    Names are always relative with forward slashes. Absolute paths, drive letters,
    backslashes and ``..`` are refused, so a name taken from a rule pack or template can never
    reach outside the resources folder.
    """
    if (
        not relative.strip()
        or "\\" in relative
        or PurePosixPath(relative).is_absolute()
        or PureWindowsPath(relative).drive
        or ".." in PurePosixPath(relative).parts
    ):
        raise ValueError(
            f"Resource names must be relative paths inside the resources folder, with forward "
            f"slashes and no '..': {relative!r}"
        )
    path = resources_dir() / relative
    if not path.exists():
        raise FileNotFoundError(
            errno.ENOENT,
            tr(
                "The app's built-in file {name!r} is missing. The installation may be "
                "incomplete; reinstalling the app should put it back."
            ).format(name=relative),
            str(path),
        )
    return path


def read_resource_text(relative: str) -> str:
    """The text of a shipped resource, always read as UTF-8 whatever the system's locale."""
    return resource_path(relative).read_text(encoding="utf-8")
