"""Where the data and resources live, and that the data folder is private and usable."""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from womenscentre import paths
from womenscentre.paths import (
    DataDirError,
    VaultPaths,
    ensure_private_dir,
    private_umask,
    read_resource_text,
    resolve_data_dir,
    resource_path,
    resources_dir,
    set_process_umask,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX-only")
COMMON_LIST = "common/common-passphrases.txt"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _fresh_resources_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test decides the resources folder afresh, and leaves no cached answer behind."""
    monkeypatch.delenv(paths.RESOURCES_DIR_ENV, raising=False)
    resources_dir.cache_clear()
    yield
    resources_dir.cache_clear()


@pytest.fixture
def restore_umask() -> Iterator[None]:
    """Put the process umask back after a test that changes it."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


# resolve_data_dir


def test_explicit_dir_beats_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A --data-dir given on the command line wins over WOMENSCENTRE_DATA_DIR."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_environment_beats_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WOMENSCENTRE_DATA_DIR is used when nothing explicit is given."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir() == tmp_path / "from-env"
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_platform_default_when_nothing_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no argument and no environment, the per-user platform folder is used."""
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    expected = Path(platformdirs.user_data_dir("womenscentre", appauthor=False)).absolute()
    assert resolve_data_dir() == expected


def test_blank_values_count_as_not_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty --data-dir or variable never means "the folder the app was started from"."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, "")
    expected = Path(platformdirs.user_data_dir("womenscentre", appauthor=False)).absolute()
    assert resolve_data_dir() == expected
    assert resolve_data_dir("") == expected
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    assert resolve_data_dir("  ") == tmp_path


def test_demo_vault_lives_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fictional training vault is a subfolder, whichever way the base was chosen."""
    assert resolve_data_dir(tmp_path, demo=True) == tmp_path / "demo"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(demo=True) == tmp_path / "env" / "demo"
    assert resolve_data_dir(demo=True) != resolve_data_dir()


def test_relative_and_home_paths_are_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later change of working folder can't move the vault, and ~ means the home folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    assert resolve_data_dir("centre") == tmp_path / "centre"
    assert resolve_data_dir("~/centre") == tmp_path / "home" / "centre"


# ensure_private_dir and the umask


@posix_only
def test_created_folders_are_private(tmp_path: Path) -> None:
    """New data folders, and the parents made for them, are 0o700 whatever the umask."""
    target = tmp_path / "outer" / "vault"
    previous = os.umask(0o000)
    try:
        assert ensure_private_dir(target) == target
    finally:
        os.umask(previous)
    assert _mode(target) == 0o700
    assert _mode(target.parent) == 0o700


def test_existing_folder_and_data_are_untouched(tmp_path: Path) -> None:
    """Checking a folder that already holds a vault changes nothing in it."""
    (tmp_path / "vault.sqlite3").write_bytes(b"precious")
    before = sorted(p.name for p in tmp_path.iterdir())
    ensure_private_dir(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "vault.sqlite3").read_bytes() == b"precious"


def test_file_in_the_way_is_explained(tmp_path: Path) -> None:
    """A file where the folder should be gives a plain message, and the file survives."""
    blocker = tmp_path / "vault"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError, match="There is a file at") as caught:
        ensure_private_dir(blocker)
    assert caught.value.path == blocker
    assert str(blocker) in str(caught.value)
    assert blocker.read_text() == "not a folder"


def test_file_in_the_parent_path_is_explained(tmp_path: Path) -> None:
    """A file part-way along the path is reported, not a raw NotADirectoryError."""
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(DataDirError, match="rather than a folder"):
        ensure_private_dir(tmp_path / "notes.txt" / "vault")


@posix_only
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write to read-only folders"
)
def test_read_only_folder_is_explained(tmp_path: Path) -> None:
    """A folder this account can't write to gives advice, not a PermissionError."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="isn't allowed to save") as caught:
            ensure_private_dir(locked)
    finally:
        locked.chmod(0o700)
    assert isinstance(caught.value.__cause__, PermissionError)


def test_full_disk_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk is named as such, and the check leaves no file behind."""

    def no_space(handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paths.os, "fsync", no_space)
    with pytest.raises(DataDirError, match="is full") as caught:
        ensure_private_dir(tmp_path)
    assert "Nothing has been lost" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "isn't allowed to save"),
        (OSError(errno.EROFS, "Read-only file system"), "can only be read"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), "is full"),
        (OSError(errno.EIO, "Input/output error"), "check the drive is connected"),
    ],
)
def test_each_problem_gets_its_own_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, advice: str
) -> None:
    """Whatever stops the write check, the message says what to do (this also runs as root)."""

    def fail(*args: object, **kwargs: object) -> tuple[int, str]:
        raise error

    monkeypatch.setattr(tempfile, "mkstemp", fail)
    with pytest.raises(DataDirError, match=advice) as caught:
        ensure_private_dir(tmp_path)
    assert caught.value.__cause__ is error
    assert str(tmp_path) in str(caught.value)


def test_write_check_leaves_nothing_behind(tmp_path: Path) -> None:
    """The probe file used to test writing is removed again."""
    ensure_private_dir(tmp_path / "vault")
    assert list((tmp_path / "vault").iterdir()) == []


@posix_only
@pytest.mark.usefixtures("restore_umask")
def test_files_made_under_private_umask_are_owner_only(tmp_path: Path) -> None:
    """Files created inside private_umask() are 0o600, and the old umask comes back."""
    os.umask(0o022)
    with private_umask():
        (tmp_path / "journal").write_bytes(b"x")
    (tmp_path / "after").write_bytes(b"x")
    assert _mode(tmp_path / "journal") == 0o600
    assert _mode(tmp_path / "after") == 0o644


@posix_only
@pytest.mark.usefixtures("restore_umask")
def test_process_umask_makes_later_files_private(tmp_path: Path) -> None:
    """After start-up sets the umask, even files made by other libraries are private."""
    os.umask(0o022)
    set_process_umask()
    (tmp_path / "log.txt").write_text("started")
    assert _mode(tmp_path / "log.txt") == 0o600


# VaultPaths


def test_vault_layout_is_named_in_one_place(tmp_path: Path) -> None:
    """Every vault file sits directly in the chosen folder, under its agreed name."""
    layout = VaultPaths.for_dir(tmp_path)
    assert layout.root == tmp_path
    assert layout.database == tmp_path / "vault.sqlite3"
    assert layout.lock_file == tmp_path / "vault.lock"
    assert layout.snapshots == tmp_path / "snapshots"
    assert layout.audit_anchor == tmp_path / "audit-anchor.json"
    assert layout.logs == tmp_path / "logs"
    assert layout.settings == tmp_path / "settings.json"


def test_vault_layout_cannot_be_changed_after_creation(tmp_path: Path) -> None:
    """A VaultPaths is frozen, so no caller can point it somewhere else half-way through."""
    layout = VaultPaths.for_dir(tmp_path)
    with pytest.raises(dataclasses.FrozenInstanceError):
        layout.root = tmp_path / "elsewhere"  # type: ignore[misc]


# resources


def test_common_list_is_found_wherever_we_are_installed() -> None:
    """The shipped passphrase list is found through the normal lookup."""
    path = resource_path(COMMON_LIST)
    assert path.is_file()
    assert path.is_relative_to(resources_dir())
    assert "password" in read_resource_text(COMMON_LIST).splitlines()


@pytest.mark.parametrize(
    "name",
    [
        "",
        "/etc/passwd",
        "../pyproject.toml",
        "common/../../pyproject.toml",
        "..",
        "common\\..\\..\\pyproject.toml",
        "C:/Windows/win.ini",
    ],
)
def test_names_outside_resources_are_refused(name: str) -> None:
    """Absolute paths, drive letters, backslashes and '..' never reach the file system."""
    with pytest.raises(ValueError, match="relative paths inside the resources folder"):
        resource_path(name)


def test_missing_resource_says_which(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing resource names itself and suggests reinstalling."""
    monkeypatch.setenv(paths.RESOURCES_DIR_ENV, str(tmp_path))
    with pytest.raises(FileNotFoundError, match=r"'common/nothing-here\.txt' is missing"):
        resource_path("common/nothing-here.txt")


def test_environment_override_for_tests_and_packaging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WOMENSCENTRE_RESOURCES_DIR redirects every resource read."""
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "hello.txt").write_text("croeso – welcome\n", encoding="utf-8")
    monkeypatch.setenv(paths.RESOURCES_DIR_ENV, str(tmp_path))
    assert resources_dir() == tmp_path
    assert read_resource_text("common/hello.txt") == "croeso – welcome\n"


def test_answer_is_cached_until_cleared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder is looked up once; later changes to the environment don't move it mid-run."""
    first = resources_dir()
    monkeypatch.setenv(paths.RESOURCES_DIR_ENV, str(tmp_path))
    assert resources_dir() == first
    resources_dir.cache_clear()
    assert resources_dir() == tmp_path


def test_frozen_bundle_uses_its_own_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a PyInstaller bundle, resources come from the unpacked bundle, not site-packages."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "womenscentre_resources"


def test_checkout_fallback_when_not_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a plain checkout, resources/ beside the package is used."""
    package = tmp_path / "checkout" / "womenscentre"
    package.mkdir(parents=True)
    (tmp_path / "checkout" / "resources").mkdir()
    monkeypatch.setattr(paths, "_installed_resources_dir", lambda: None)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert resources_dir() == tmp_path / "checkout" / "resources"


def test_nowhere_to_be_found_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With no installed package and no checkout, the error suggests reinstalling."""
    monkeypatch.setattr(paths, "_installed_resources_dir", lambda: None)
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "womenscentre" / "paths.py"))
    with pytest.raises(FileNotFoundError, match="reinstalling"):
        resources_dir()
