"""The packaging files agree with the app and with their formats, without building anything.

Fast checks that run with the ordinary suite: the Linux menu entry and AppStream metadata
(validated by ``appstreamcli`` when it is installed), the icon set drawn from the SVG, the
Windows and macOS icon containers, the Inno Setup script's version, and the per-user Linux
install script run against a stand-in bundle. Building and running the real bundle is
``test_bundle.py`` (opt-in, slow).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from womenscentre import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.womenscentre.womenscentre"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.skipif(
    not PACKAGING.is_dir(), reason="packaging/ is only in the source checkout"
)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _png_header(path: Path) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from a PNG's IHDR chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour


def test_desktop_entry_launches_the_app_with_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "womenscentre"
    assert entry["Exec"].split()[0] == "womenscentre"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    for key in ("Categories", "Keywords"):
        assert entry[key].endswith(";"), f"{key} is a list and must end with ';'"
    assert "Office" in entry["Categories"].split(";")
    # The file name is the app id, which is what AppStream's launchable and GNOME expect.
    assert DESKTOP.stem == APP_ID


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate isn't installed"
)
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_describes_this_release_of_this_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]
    assert root.findtext("name") == "womenscentre"
    assert (root.findtext("summary") or "").strip()
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__, (
        "The newest <release> in the metainfo should be the app's version; add one on release."
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli isn't installed")
def test_metainfo_passes_appstreamcli() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_is_the_drawing_at_its_size(size: int) -> None:
    """Each PNG is square at its size, with transparent rounded corners and a solid middle."""
    from PySide6.QtGui import QImage

    path = ICONS / f"womenscentre-{size}.png"
    assert _png_header(path) == (size, size, 8, 6)  # 8-bit RGBA
    image = QImage(str(path))
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size - 1, size - 1).alpha() == 0
    assert image.pixelColor(size // 2, size // 4).alpha() == 255


def test_windows_icon_holds_every_size_up_to_256() -> None:
    data = (PACKAGING / "windows" / "womenscentre.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
        assert width == height
    assert {16, 32, 48, 256} <= sizes


def test_macos_icon_holds_the_retina_sizes() -> None:
    data = (PACKAGING / "macos" / "womenscentre.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = set(), 8
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        position += length
    assert position == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10", b"ic13", b"ic14"} <= kinds


def test_inno_setup_script_installs_this_version_per_user() -> None:
    script = (PACKAGING / "windows" / "womenscentre.iss").read_text(encoding="utf-8")
    version = re.search(r'#define AppVersion "([^"]+)"', script)
    assert version is not None and version.group(1) == __version__
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M)
    assert "{autoprograms}" in script
    assert "womenscentre.exe" in script and "womenscentre-cli.exe" in script


def test_spec_puts_resources_where_the_frozen_app_looks() -> None:
    from womenscentre import paths

    spec = (PACKAGING / "womenscentre.spec").read_text(encoding="utf-8")
    assert f'"{paths.RESOURCES_PACKAGE}"' in spec
    plist = (PACKAGING / "macos" / "entitlements.plist").read_text(encoding="utf-8")
    assert "<dict/>" in plist
    assert "NSHighResolutionCapable" in spec


@pytest.mark.skipif(os.name != "posix" or shutil.which("bash") is None, reason="POSIX shell")
def test_linux_user_install_places_app_menu_entry_and_icons(tmp_path: Path) -> None:
    """The install script against a stand-in bundle: everything lands under the prefix."""
    bundle = tmp_path / "dist" / "womenscentre"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / "womenscentre"
    executable.write_text("#!/bin/sh\necho stand-in\n")
    executable.chmod(0o755)
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix), "HOME": str(tmp_path / "home")}
    env.pop("XDG_DATA_HOME", None)

    for _ in range(2):  # the second run is an upgrade over the first
        result = subprocess.run(
            ["bash", str(PACKAGING / "linux" / "install-user.sh"), str(bundle)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr

    installed = prefix / "opt" / "womenscentre" / "womenscentre"
    assert installed.is_file() and os.access(installed, os.X_OK)
    assert (prefix / "bin" / "womenscentre").resolve() == installed.resolve()
    share = prefix / "share"
    menu = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}"' in menu
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in PNG_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_header(icon)[:2] == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    leftovers = [p.name for p in (prefix / "opt").iterdir() if p.name != "womenscentre"]
    assert leftovers == []
