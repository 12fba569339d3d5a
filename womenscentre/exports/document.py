"""A typesetting-neutral document: what a PDF says, without saying how it is typeset.

The core never imports Qt, so it can't make a PDF itself. It builds a :class:`Document`
(headings, paragraphs, label-and-value rows, lists and boxed panels) and hands it to a
``RenderPdf`` function passed in from the UI layer (``ui.pdf.render``), which is the one
place that typesets. Tests check the same model as plain text, and then check the PDF's
extracted text against it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

from womenscentre.exports.her_copy import HerCopy


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class Rows:
    """Label-and-value rows, typeset as a two-column table."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


class BoxKind(StrEnum):
    #: The consent stamp: the basis for the share, prominent at the top.
    STAMP = "stamp"
    #: How to contact her safely: boxed so nobody misses it.
    SAFE_CONTACT = "safe_contact"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Box:
    kind: BoxKind
    title: str
    blocks: tuple[Block, ...]


Block: TypeAlias = Heading | Paragraph | Rows | Bullets | Box


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    blocks: tuple[Block, ...]
    subtitle: str = ""
    #: Printed small at the foot of every page.
    footer: str = ""
    point_size: int = 11

    def lines(self) -> list[str]:
        """Every piece of text in reading order, as the PDF should carry it."""
        out = [t for t in (self.title, self.subtitle) if t]
        for block in self.blocks:
            out += _lines(block)
        if self.footer:
            out.append(self.footer)
        return out

    def plain_text(self) -> str:
        return "\n".join(self.lines())


def _lines(block: Block) -> list[str]:
    if isinstance(block, Heading | Paragraph):
        return [block.text] if block.text else []
    if isinstance(block, Rows):
        return [f"{label}: {value}" for label, value in block.rows]
    if isinstance(block, Bullets):
        return list(block.items)
    out = [block.title] if block.title else []
    for inner in block.blocks:
        out += _lines(inner)
    return out


#: Turns a document into PDF bytes. The UI passes ``ui.pdf.render``; tests may pass a fake.
RenderPdf: TypeAlias = Callable[[Document], bytes]


def from_her_copy(copy: HerCopy) -> Document:
    """Her copy (a safety plan, or "what you agreed") as a document to print or save."""
    blocks: list[Block] = [Paragraph(copy.branding, emphasis=True)] if copy.branding else []
    for section in copy.sections:
        blocks.append(Heading(section.title, 2))
        if section.intro:
            blocks.append(Paragraph(section.intro))
        for line in section.lines:
            if line.text:
                blocks.append(Rows(((line.label, line.text),)))
            else:
                blocks.append(Paragraph(line.label, emphasis=True))
            if line.items:
                blocks.append(Bullets(line.items))
    return Document(copy.title, tuple(blocks), copy.subtitle, "", copy.point_size)
