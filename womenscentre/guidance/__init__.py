"""Language guidance: gentle, explained suggestions for kinder, more accurate case notes.

Keyworkers write about women who have lived through abuse, trauma and stigma, and the words
in a note can quietly blame her, excuse him or reduce her to a label. This package finds
such wording and explains in one plain sentence why another phrase may be better. It is
pure Python with no Qt, so the CLI (``womenscentre lint``), the editor's worker thread, the
trainer's practice pad and the tests all use the same engine.

Typical use::

    guide = Guide.load(local_packs=[centre_pack], disabled={"jg.the-client"})
    for finding in guide.check(note_text, preferred_terms=her_terms):
        ...
    shown = guide.check_shown(note_text)  # every warning, the first few hints
    shown.findings, shown.held_back_count

Her own words are never flagged: text in quotation marks, anything between the lines
``[her words]`` and ``[/her words]``, capitalised service names and job titles, the
organisation's allow-list and her own preferred terms are all left alone.

Rule packs live in ``resources/language/<language>/*.toml``; :mod:`.packs` documents the
format and :mod:`.patterns` the pattern language.
"""

from womenscentre.guidance.cap import HINT_CAP, Shown, limit_hints
from womenscentre.guidance.engine import Guide, ParagraphCheck, collapse
from womenscentre.guidance.fit import apply_suggestion
from womenscentre.guidance.model import (
    Action,
    Category,
    Finding,
    Rule,
    RulePackError,
    Severity,
    Source,
)
from womenscentre.guidance.protect import HER_WORDS_CLOSE, HER_WORDS_OPEN

__all__ = [
    "HER_WORDS_CLOSE",
    "HER_WORDS_OPEN",
    "HINT_CAP",
    "Action",
    "Category",
    "Finding",
    "Guide",
    "ParagraphCheck",
    "Rule",
    "RulePackError",
    "Severity",
    "Shown",
    "Source",
    "apply_suggestion",
    "collapse",
    "limit_hints",
]
