"""The language guide as a PDF handout for training sessions.

The handout is a :class:`~womenscentre.exports.document.Document` (an introduction, then each
category with its rules, as in the guide window) typeset by :func:`ui.pdf.render`, the app's
one PDF typesetter. The bytes are written to the file she chose through a temporary file
beside it, so a failed save never leaves half a PDF behind. It holds only the rules and their
invented examples, nothing about any woman, so it may be saved anywhere.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ui.guide_content import LEVEL_NAMES, entry_blocks, sections
from ui.pdf import render
from ui.wording import long_date
from womenscentre.exports.document import Block, Document, Heading, Paragraph
from womenscentre.guidance import Guide, Severity
from womenscentre.i18n import N_, tr, trn
from womenscentre.store.snapshot import write_atomically

HANDOUT_TITLE = N_("Kinder, clearer case notes: the language guide")
HANDOUT_INTRO = (
    N_(
        "These are the words the app gently points out while keyworkers write, why it points "
        "them out, and what might be written instead. They are suggestions, not rules: the "
        "writer decides, and what the woman calls herself always comes first."
    ),
    N_(
        "Her own words are never underlined: anything in quotation marks, anything between a "
        "[her words] line and a [/her words] line, names of services and job titles, terms the "
        "centre has allowed, and terms she has said she prefers."
    ),
)
POINT_SIZE = 10


def _levels_text() -> str:
    """What the two levels of underlining mean, in the chosen language."""
    return tr("{warning}: a clear swap that published guidance supports. {hint}.").format(
        warning=tr(LEVEL_NAMES[Severity.WARNING]), hint=tr(LEVEL_NAMES[Severity.HINT])
    )


def handout_document(guide: Guide, *, today: date | None = None) -> Document:
    """The whole handout: introduction, then each category and its rules."""
    today = today or date.today()
    intro = [tr(text) for text in HANDOUT_INTRO] + [_levels_text()]
    blocks: list[Block] = [Paragraph(text) for text in intro]
    count = 0
    for section in sections(guide):
        blocks.append(Heading(section.title, 1))
        for entry in section.entries:
            blocks += [Heading(tr("“{words}”").format(words=entry.words), 2), *entry_blocks(entry)]
            count += 1
    return Document(
        tr(HANDOUT_TITLE),
        tuple(blocks),
        subtitle=trn("%n rule, as of {date}", "%n rules, as of {date}", count).format(
            date=long_date(today)
        ),
        footer=tr("Made by womenscentre. Every example in it is invented."),
        point_size=POINT_SIZE,
    )


def write_handout(guide: Guide, path: Path, *, today: date | None = None) -> int:
    """Write the handout to ``path`` (replacing any file there); returns its size in bytes."""
    pdf = render(handout_document(guide, today=today))
    write_atomically(path, pdf, make_parents=False)
    return len(pdf)
