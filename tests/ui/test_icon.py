"""The app icon is vector, so it stays sharp on high-DPI screens."""

from __future__ import annotations

from PySide6.QtCore import QSize

from ui.app import app_icon, make_application


def test_icon_renders_crisply_at_large_sizes(qapp):
    make_application()
    icon = app_icon()
    assert not icon.isNull()
    for side in (16, 64, 256):
        pixmap = icon.pixmap(QSize(side, side))
        assert pixmap.width() == side and pixmap.height() == side
        image = pixmap.toImage()
        assert image.pixelColor(side // 2, side // 8).alpha() == 255, "the SVG did not draw"
    assert not qapp.windowIcon().isNull()
