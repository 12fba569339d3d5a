"""PDF pages drawn from bytes in memory, for the attachments viewer.

PySide6-Essentials has no QtPdf, so pages are drawn with pypdfium2 (Google's PDFium, a 4 MB
wheel) rather than pulling in the 150 MB PySide6-Addons. The document is opened from bytes
(``FPDF_LoadMemDocument``): nothing is written to disk, and each page becomes a ``QImage``
only when it is shown.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

#: Points to pixels: 1.5 draws an A4 page about 900 pixels wide, readable on a laptop.
DEFAULT_SCALE = 1.5


class PdfUnreadable(Exception):
    """The bytes are not a PDF PDFium can open (damaged, or password-protected)."""


class PdfPages:
    """An open PDF; :meth:`close` lets go of PDFium's copy as the viewer closes."""

    def __init__(self, data: bytes) -> None:
        try:
            self._document: pdfium.PdfDocument | None = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise PdfUnreadable from exc

    @property
    def count(self) -> int:
        return 0 if self._document is None else len(self._document)

    def image(self, index: int, scale: float = DEFAULT_SCALE) -> QImage:
        if self._document is None or not 0 <= index < self.count:
            return QImage()
        page = self._document[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True, fill_color=(255, 255, 255, 255))
            try:
                rgb = bitmap.n_channels == 3
                fmt = QImage.Format.Format_RGB888 if rgb else QImage.Format.Format_RGBX8888
                image = QImage(
                    bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
                )
                return image.copy()  # own the pixels before PDFium frees its buffer
            finally:
                bitmap.close()
        finally:
            page.close()

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
