"""Her "what you agreed" read-back: her current consents in warm, plain words, to her.

A text model like her copy of a safety plan (:class:`HerCopy`), so the app can show it, print
it, or make it a PDF through ``womenscentre.exports.document.from_her_copy``. It speaks to
her ("you"), names every organisation and team, what each may be told and what for, what is
never shared, and how to change her mind, which takes effect straight away.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from womenscentre.domain.consent import ConsentStatus, ConsentToShare, Exclusion
from womenscentre.exports.her_copy import CopyLine, CopySection, HerCopy
from womenscentre.exports.wording import (
    CATEGORY_FOR_HER,
    PURPOSE_FOR_HER,
    day_words,
    joined,
    recipient_words,
)

CHANGE_YOUR_MIND: Final = (
    "You can change your mind about any of this at any time, and it takes effect straight "
    "away. Just tell your keyworker, in whatever way is easiest for you."
)


def build_read_back(consents: list[ConsentToShare], today: date, centre_name: str = "") -> HerCopy:
    """Her current agreements in warm, plain words, addressed to her."""
    sections: list[CopySection] = []
    live = [c for c in consents if c.status is ConsentStatus.ACTIVE and c.withdrawal is None]
    for consent in sorted(live, key=lambda c: c.starts_on):
        sections.append(_agreed_section(consent, today))
    for consent in consents:
        if consent.status is ConsentStatus.WITHDRAWN or consent.withdrawal is not None:
            sections.append(_withdrawn_section(consent))
        elif consent.status is ConsentStatus.REFUSED:
            who = joined([recipient_words(r) for r in consent.recipients])
            sections.append(
                CopySection(
                    "Where you said no",
                    "",
                    (CopyLine("You asked us not to share your information with", who),),
                )
            )
    if not sections:
        sections.append(
            CopySection(
                "Nothing agreed yet",
                "You haven't agreed to us sharing your information with anyone. We'll always "
                "talk it through with you first.",
                (),
            )
        )
    limits = [c.what_she_was_told.strip() for c in live if c.what_she_was_told.strip()]
    if limits:
        sections.append(
            CopySection(
                "When we might need to share without asking",
                "",
                tuple(CopyLine("What we talked about", text) for text in dict.fromkeys(limits)),
            )
        )
    sections.append(CopySection("Changing your mind", CHANGE_YOUR_MIND, ()))
    made = f"As it stands on {day_words(today)}."
    return HerCopy(
        title="What you agreed about sharing your information",
        subtitle=f"Made with {centre_name}. {made}" if centre_name else made,
        branding=centre_name,
        sections=tuple(sections),
        discreet=False,
        large_print=False,
        point_size=12,
    )


def _agreed_section(consent: ConsentToShare, today: date) -> CopySection:
    who = [recipient_words(r) for r in consent.recipients]
    what = sorted(CATEGORY_FOR_HER[c] for c in consent.categories)
    why = sorted(PURPOSE_FOR_HER[p] for p in consent.purposes)
    lines = [
        CopyLine("Who", "", tuple(who)),
        CopyLine("What they can be told about", "", tuple(what)),
        CopyLine("What for", "", tuple(why)),
    ]
    never = [_exclusion_words(e) for e in consent.exclusions]
    if never:
        lines.append(CopyLine("Never shared", "", tuple(never)))
    if consent.ask_each_time:
        lines.append(CopyLine("Before each share", "We'll ask you first, every time."))
    conditions = str(consent.extra.get("conditions", "")).strip()
    if conditions:
        lines.append(CopyLine("What you asked for", conditions))
    words = str(consent.extra.get("her_words", "")).strip()
    if words:
        lines.append(CopyLine("In your own words", words))
    dates = f"From {day_words(consent.starts_on)} until {day_words(consent.expires_on)}."
    if today > consent.expires_on:
        dates += " This has now ended, so nothing more is shared under it."
    else:
        dates += (
            f" We'll check with you that it still feels right by {day_words(consent.review_by)}."
        )
    lines.append(CopyLine("For how long", dates))
    return CopySection("What you agreed", "", tuple(lines))


def _withdrawn_section(consent: ConsentToShare) -> CopySection:
    who = joined([recipient_words(r) for r in consent.recipients])
    lines = [CopyLine("Who this was about", who)]
    if consent.withdrawal is not None:
        lines.append(
            CopyLine(
                "You changed your mind on",
                f"{day_words(consent.withdrawal.withdrawn_on)}. Nothing more is shared under it.",
            )
        )
        if consent.withdrawal.recipients_told:
            lines.append(CopyLine("We let them know", "", consent.withdrawal.recipients_told))
    undone = str(consent.extra.get("cannot_be_undone", "")).strip()
    if undone:
        lines.append(CopyLine("What was already shared before then", undone))
    return CopySection("Where you changed your mind", "", tuple(lines))


def _exclusion_words(exclusion: Exclusion) -> str:
    what = CATEGORY_FOR_HER[exclusion.category]
    what = what[0].upper() + what[1:]
    if exclusion.recipient is None:
        return f"{what}: never shared with anyone"
    return f"{what}: never shared with {recipient_words(exclusion.recipient)}"
