"""Writing a pack's files into the chosen folder all together, or not at all.

Every file is first written under a hidden temporary name in the same folder (so the final
rename can't cross disks), flushed and synced; only when all of them are safely on disk are
they renamed into place, one after another. If anything fails, every temporary file and
every file already renamed is removed, so a failed export leaves nothing behind. Files are
created private (0o600) through the app's umask.

A folder that can't be used is reported kindly, saying what to do, and nothing is written.

The temporary files hold the pack in plain form (that is what an export is), so none may
outlive a failed export. Any exception removes them; a crash, a power cut or SIGKILL can't,
so every export first removes the temporary files an earlier, dead export left in the same
folder (``remove_stale_exports``). Their names carry the writer's process id, so a file an
export still running in another process is writing is left alone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from womenscentre.errors import UserFacingError
from womenscentre.i18n import tr
from womenscentre.paths import private_umask

TEMP_PREFIX: Final = ".wc-export-"
#: ``.wc-export-PID-HEX-name``: the writer's process id, then a random part.
_TEMP_NAME: Final = re.compile(r"\.wc-export-(?P<pid>\d+)-[0-9a-f]{12}-.+", re.DOTALL)
#: Older than this, a temporary file is a leftover whatever its name says: no export of
#: one pack takes so long, and a process id may have been reused. Names without a process id
#: (from before they carried one) are judged by age alone.
STALE_AFTER_SECONDS: Final = 15 * 60.0


class OutputFolderProblem(UserFacingError):
    """The chosen folder couldn't take the files. Nothing has been saved there."""


def explain(error: OSError, folder: Path) -> OutputFolderProblem:
    if isinstance(error, FileNotFoundError):
        what = tr("The folder {folder} doesn't exist.").format(folder=folder)
    elif isinstance(error, NotADirectoryError):
        what = tr("{folder} is a file, not a folder.").format(folder=folder)
    elif error.errno in (errno.ENOSPC, errno.EDQUOT):
        what = tr("The disk that holds {folder} is full.").format(folder=folder)
    elif error.errno == errno.EROFS:
        what = tr("{folder} is on a drive that can only be read, not written to.").format(
            folder=folder
        )
    elif isinstance(error, PermissionError):
        what = tr("This account isn't allowed to save files in {folder}.").format(folder=folder)
    elif isinstance(error, FileExistsError):
        what = tr("A file with the same name is already in {folder}.").format(folder=folder)
    else:
        what = tr("The files couldn't be saved in {folder}.").format(folder=folder)
    return OutputFolderProblem(
        f"{what} "
        + tr(
            "Nothing has been saved there and nothing has been shared. Please choose "
            "another folder, such as one in your Documents, and try again."
        )
    )


def temporary_name(name: str) -> str:
    return f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}-{name}"


def _writer_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # elsewhere a file open in another process can't be removed anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    except OSError:
        return False
    return True


def remove_stale_exports(
    folder: Path, *, now: float | None = None, stale_after: float = STALE_AFTER_SECONDS
) -> list[Path]:
    """Remove temporary export files a dead export left in ``folder``; returns them.

    A file is stale when the process named in it has gone, or when it is older than
    ``stale_after``. Only regular files named the way this module names them are touched.
    """
    moment = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
    except OSError:
        return removed
    for path in candidates:
        try:
            info = path.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        match = _TEMP_NAME.fullmatch(path.name)
        old = moment - info.st_mtime > stale_after
        if not old and (match is None or _writer_alive(int(match.group("pid")))):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


@dataclass
class StagedFiles:
    """Files written under temporary names, waiting to be put in place together."""

    folder: Path
    staged: dict[str, Path] = field(default_factory=dict)
    placed: list[Path] = field(default_factory=list)

    def place_all(self) -> dict[str, Path]:
        """Rename every staged file to its final name. Raises on any clash or failure."""
        final: dict[str, Path] = {}
        try:
            for name, temporary in self.staged.items():
                target = self.folder / name
                if target.exists():
                    raise FileExistsError(errno.EEXIST, "exists", str(target))
                os.replace(temporary, target)
                self.placed.append(target)
                final[name] = target
            _sync_folder(self.folder)
        except OSError as error:
            self.discard()
            raise explain(error, self.folder) from error
        except BaseException:
            self.discard()
            raise
        return final

    def discard(self) -> None:
        """Remove every temporary file, and every file already put in place."""
        for path in [*self.staged.values(), *self.placed]:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        self.placed.clear()


@contextlib.contextmanager
def staged(folder: Path, files: dict[str, bytes]) -> Iterator[StagedFiles]:
    """Write ``files`` under temporary names; on any failure inside, remove them all.

    The caller calls :meth:`StagedFiles.place_all` when the rest of its work (here, the
    database transaction) has gone through.
    """
    for name in files:
        if Path(name).name != name or name.startswith("."):
            raise ValueError(f"not a plain file name: {name!r}")
    remove_stale_exports(folder)
    staging = StagedFiles(folder)
    try:
        for name, data in files.items():
            temporary = folder / temporary_name(name)
            with private_umask():
                handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            staging.staged[name] = temporary
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
    except OSError as error:
        staging.discard()
        raise explain(error, folder) from error
    except BaseException:
        staging.discard()
        raise
    try:
        yield staging
    except BaseException:
        staging.discard()
        raise
    for temporary in staging.staged.values():
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
