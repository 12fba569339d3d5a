"""A normal, non-editable install carries all the code and resources, and finds them.

Resources sit outside the code packages, so a checkout can work while the wheel is missing
them. These tests build a real wheel, install it into a fresh virtual environment and import
it from a folder that is not the checkout, with the checkout nowhere on ``sys.path``: the
same situation as a centre's laptop.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.install

ROOT = Path(__file__).resolve().parents[2]
CODE_PACKAGES = ("womenscentre", "ui")
RESOURCES_PACKAGE = "womenscentre_resources"
COMMON_LIST = "common/common-passphrases.txt"
TIMEOUT = 300

# Folders at the top of the checkout that the build never needs; copying them would only be slow.
_NOT_BUILD_INPUTS = {".git", "build", "dist", "tests", "docs", "benchmarks", "packaging"}
_JUNK = shutil.ignore_patterns("__pycache__", "*.py[co]", "*.egg-info", ".*cache")

PROBE = """
import importlib.metadata, importlib.resources, json, sys
import womenscentre, ui
from womenscentre import paths
from womenscentre.passphrase_policy import check_passphrase

print(json.dumps({
    "womenscentre": womenscentre.__file__,
    "ui": ui.__file__,
    "resources_dir": str(paths.resources_dir()),
    "common_list": paths.read_resource_text("common/common-passphrases.txt"),
    "files_api": importlib.resources.files("womenscentre_resources")
        .joinpath("common/common-passphrases.txt").is_file(),
    "refuses_common": check_passphrase("passwordpassword") is not None,
    "console_scripts": [
        ep.value for ep in importlib.metadata.entry_points(group="console_scripts")
        if ep.name == "womenscentre"
    ],
    "sys_path": sys.path,
}))
"""


def _ignore_for_build(directory: str, names: list[str]) -> set[str]:
    ignored = set(_JUNK(directory, names))
    if Path(directory) == ROOT:
        ignored |= {name for name in names if name in _NOT_BUILD_INPUTS or "venv" in name}
    return ignored


def _run(
    *command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        check=True,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=cwd,
        env=env,
    )


def _shipped_files(folder: Path) -> set[str]:
    """Files under ``folder`` that belong in a wheel: no caches, bytecode or hidden files."""
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix not in {".pyc", ".pyo"}
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    }


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean copy of the checkout: what the wheel is built from and compared against.

    Building from a copy keeps setuptools' ``build/`` folder out of the checkout: a stale one
    there can carry deleted modules into later wheels and hide a real packaging mistake.
    """
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("needs the source checkout to build from")
    copy = tmp_path_factory.mktemp("source") / "womenscentre"
    shutil.copytree(ROOT, copy, ignore=_ignore_for_build)
    return copy


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built the way CI and a release build it."""
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, source)
    (built,) = out.glob("womenscentre-*.whl")
    return built


@pytest.fixture(scope="module")
def fresh_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of a new virtual environment with only the wheel installed.

    The wheel's dependencies (PySide6, SQLAlchemy…) are borrowed from the interpreter running
    the tests through a ``.pth`` file, so nothing is downloaded. A ``.pth`` appends to
    ``sys.path``, so the fresh install always comes first; and it does not run the ``.pth``
    files it points at, so an editable install of the checkout there stays out of the way.
    """
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run(python, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", wheel)
    site_packages = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    )
    borrowed = {sysconfig.get_path(name) for name in ("purelib", "platlib")}
    (site_packages / "_borrowed_dependencies.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    return python


def test_wheel_carries_every_module_and_resource(source: Path, wheel: Path) -> None:
    """Every module of womenscentre/ and ui/, the migrations and all of resources/ ship."""
    with zipfile.ZipFile(wheel) as archive:
        shipped = set(archive.namelist())
    modules = {
        f"{package}/{name}"
        for package in CODE_PACKAGES
        for name in _shipped_files(source / package)
        if name.endswith(".py") or name.endswith("script.py.mako")
    }
    missing_modules = sorted(modules - shipped)
    folders = sorted({name.rsplit("/", 1)[0].replace("/", ".") for name in missing_modules})
    assert not missing_modules, (
        f"The wheel is missing {missing_modules}. Add these packages to [tool.setuptools] "
        f"packages in pyproject.toml: {folders}"
    )
    resources = {f"{RESOURCES_PACKAGE}/{name}" for name in _shipped_files(source / "resources")}
    missing_resources = sorted(resources - shipped)
    assert not missing_resources, (
        f"The wheel is missing {missing_resources}. Check the {RESOURCES_PACKAGE} entry of "
        "[tool.setuptools.package-data] in pyproject.toml."
    )
    assert f"{RESOURCES_PACKAGE}/{COMMON_LIST}" in shipped
    assert not any(name.startswith(("tests/", "resources/")) for name in shipped)


def test_installed_copy_finds_its_own_resources(fresh_python: Path, tmp_path: Path) -> None:
    """Imported from elsewhere, the installed package reads resources from its own install."""
    venv = fresh_python.parent.parent
    env = {key: value for key, value in os.environ.items() if not key.startswith("WOMENSCENTRE")}
    result = _run(fresh_python, "-I", "-c", PROBE, cwd=tmp_path, env=env)
    found = json.loads(result.stdout)

    assert Path(found["womenscentre"]).is_relative_to(venv)
    assert Path(found["ui"]).is_relative_to(venv)
    assert Path(found["resources_dir"]).is_relative_to(venv)
    assert Path(found["resources_dir"]).name == RESOURCES_PACKAGE
    assert "passwordpassword" in found["common_list"].splitlines()
    assert found["files_api"] is True
    assert found["refuses_common"] is True
    assert found["console_scripts"] == ["ui.launcher:main"]
    assert not [entry for entry in found["sys_path"] if entry and Path(entry).is_relative_to(ROOT)]
    script = "Scripts/womenscentre.exe" if os.name == "nt" else "bin/womenscentre"
    assert (venv / script).is_file()


@pytest.mark.skipif(
    not os.environ.get("WOMENSCENTRE_CI_EXPECT_INSTALLED"),
    reason="only .ci/run promises an installed copy; developers may use an editable one",
)
def test_ci_tests_the_installed_copy() -> None:
    """Under .ci/run the code under test is the installed wheel, not the checkout beside it."""
    import importlib.util

    from womenscentre.paths import resources_dir

    for package in CODE_PACKAGES:
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.origin is not None
        assert not Path(spec.origin).resolve().is_relative_to(ROOT), spec.origin
    assert not resources_dir().resolve().is_relative_to(ROOT)
