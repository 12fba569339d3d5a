"""Draw the app's icon set from the one SVG, so every size comes from the same drawing.

The SVG (``resources/icons/womenscentre.svg``) is the source of truth. This script renders it
with Qt's own SVG renderer, offscreen, into:

- ``resources/icons/womenscentre-<N>.png`` for N in 16, 32, 48, 64, 128, 256 and 512: the
  sizes the freedesktop icon theme, AppStream and Windows shortcuts ask for;
- ``packaging/windows/womenscentre.ico``: the Windows icon (PNG-compressed entries, which
  every supported Windows reads), used by PyInstaller for the .exe and by the installer;
- ``packaging/macos/womenscentre.icns``: the macOS icon, including the 2x (Retina) sizes.

The results are committed, so building a bundle never needs this script. Run it again after
changing the SVG:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

ICO and ICNS are written here rather than through Qt's image writers because those write a
single size per file, and both formats are simple containers of PNG images.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "womenscentre.svg"
PNG_DIR = ROOT / "resources" / "icons"
ICO = ROOT / "packaging" / "windows" / "womenscentre.ico"
ICNS = ROOT / "packaging" / "macos" / "womenscentre.icns"

PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, with the pixel size each one must be.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 at 2x
    (b"ic11", 32),  # 16 at 2x
    (b"ic12", 64),  # 32 at 2x
    (b"ic13", 256),  # 128 at 2x
    (b"ic14", 512),  # 256 at 2x
)


def png_name(size: int) -> str:
    return f"womenscentre-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image, antialiased."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (a width or height of 256 is stored as 0)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = images[size]
        stored = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", stored, stored, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """An ICNS file: a big-endian container of typed PNG elements."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` unless the file already holds it, so a re-run leaves git clean."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"Qt could not read {SVG}", file=sys.stderr)
        return 1
    needed = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: png_bytes(render(renderer, size)) for size in needed}
    written = [
        path
        for path, data in (
            *((PNG_DIR / png_name(size), images[size]) for size in PNG_SIZES),
            (ICO, ico_bytes({size: images[size] for size in ICO_SIZES})),
            (ICNS, icns_bytes(images)),
        )
        if write_if_changed(path, data)
    ]
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    if not written:
        print("icons already up to date")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
