"""How a session note reads once it is part of her record, and saving her own words.

Split from :mod:`ui.note_editor` so the editor stays about writing: these are the words a
finalised note shows (who finalised it and when, its addenda, what its prompts recorded),
and the job that adds a word she uses for herself to her record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from ui.wording import local_time, long_date
from womenscentre.domain.notes import SessionNote
from womenscentre.domain.people import Person
from womenscentre.i18n import N_, tr
from womenscentre.services.records import EditConflict
from womenscentre.services.unlocked import UnlockedVault
from womenscentre.templates.prompts import PromptSet
from womenscentre.templates.session_answers import recorded_text

FORMER_COLLEAGUE = N_("a former colleague")
NOTHING_RECORDED = N_("Nothing was recorded in the session prompts; the note above says it all.")


def add_preferred_term(vault: UnlockedVault, person_id: str, term: str) -> Person:
    """Add ``term`` to her record's preferred terms (a job for the worker); once is enough.

    Her record is read fresh and saved at that version; if it was saved elsewhere in the
    moment between, it is read and saved once more.
    """
    for attempt in (1, 2):
        person = vault.people.get(person_id)
        details = person.details
        if term in details.preferred_terms:
            return person
        terms = (*details.preferred_terms, term)
        try:
            return vault.people.update(
                person_id,
                replace(details, preferred_terms=terms),
                expected_version=person.version,
            )
        except EditConflict:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def when(moment: str) -> dict[str, str]:
    """``date`` and ``time`` for a sentence's placeholders; a moment that isn't one is the date."""
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return {"date": moment, "time": ""}
    return {"date": long_date(parsed.astimezone().date()), "time": local_time(parsed)}


def finalised_text(note: SessionNote, usernames: dict[str, str]) -> str:
    author = usernames.get(note.author_id, tr(FORMER_COLLEAGUE))
    if not note.finalised_at:
        return tr(
            "Finalised earlier by {author}. Add an addendum below to correct or add to it."
        ).format(author=author)
    return tr(
        "Finalised on {date} at {time} by {author}. Add an addendum below to correct or add to it."
    ).format(author=author, **when(note.finalised_at))


def addenda_text(note: SessionNote, usernames: dict[str, str]) -> str:
    if not note.addenda:
        return tr("No addenda yet.")
    parts = []
    for addendum in note.addenda:
        author = usernames.get(addendum.author_id, tr(FORMER_COLLEAGUE))
        heading = tr("Addendum on {date} at {time}, by {author}:").format(
            author=author, **when(addendum.written_at)
        )
        parts.append(f"{heading}\n{addendum.body}")
    return "\n\n".join(parts)


def answers_text(note: SessionNote, prompt_sets: Iterable[PromptSet]) -> str:
    """What the session's prompts recorded, section by section, ready to read."""
    return recorded_text(prompt_sets, note.content) or tr(NOTHING_RECORDED)
