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
from womenscentre.i18n import N_, tr

CHANGE_YOUR_MIND: Final = N_(
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
                    tr("Where you said no"),
                    "",
                    (CopyLine(tr("You asked us not to share your information with"), who),),
                )
            )
    if not sections:
        sections.append(
            CopySection(
                tr("Nothing agreed yet"),
                tr(
                    "You haven't agreed to us sharing your information with anyone. We'll always "
                    "talk it through with you first."
                ),
                (),
            )
        )
    limits = [c.what_she_was_told.strip() for c in live if c.what_she_was_told.strip()]
    if limits:
        sections.append(
            CopySection(
                tr("When we might need to share without asking"),
                "",
                tuple(CopyLine(tr("What we talked about"), text) for text in dict.fromkeys(limits)),
            )
        )
    sections.append(CopySection(tr("Changing your mind"), tr(CHANGE_YOUR_MIND), ()))
    if centre_name:
        subtitle = tr("Made with {centre}. As it stands on {day}.").format(
            centre=centre_name, day=day_words(today)
        )
    else:
        subtitle = tr("As it stands on {day}.").format(day=day_words(today))
    return HerCopy(
        title=tr("What you agreed about sharing your information"),
        subtitle=subtitle,
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
        CopyLine(tr("Who"), "", tuple(who)),
        CopyLine(tr("What they can be told about"), "", tuple(what)),
        CopyLine(tr("What for"), "", tuple(why)),
    ]
    never = [_exclusion_words(e) for e in consent.exclusions]
    if never:
        lines.append(CopyLine(tr("Never shared"), "", tuple(never)))
    if consent.ask_each_time:
        lines.append(CopyLine(tr("Before each share"), tr("We'll ask you first, every time.")))
    conditions = str(consent.extra.get("conditions", "")).strip()
    if conditions:
        lines.append(CopyLine(tr("What you asked for"), conditions))
    words = str(consent.extra.get("her_words", "")).strip()
    if words:
        lines.append(CopyLine(tr("In your own words"), words))
    dates = tr("From {start} until {end}.").format(
        start=day_words(consent.starts_on), end=day_words(consent.expires_on)
    )
    if today > consent.expires_on:
        after = tr("This has now ended, so nothing more is shared under it.")
    else:
        after = tr("We'll check with you that it still feels right by {day}.").format(
            day=day_words(consent.review_by)
        )
    lines.append(CopyLine(tr("For how long"), f"{dates} {after}"))
    return CopySection(tr("What you agreed"), "", tuple(lines))


def _withdrawn_section(consent: ConsentToShare) -> CopySection:
    who = joined([recipient_words(r) for r in consent.recipients])
    lines = [CopyLine(tr("Who this was about"), who)]
    if consent.withdrawal is not None:
        lines.append(
            CopyLine(
                tr("You changed your mind on"),
                tr("{day}. Nothing more is shared under it.").format(
                    day=day_words(consent.withdrawal.withdrawn_on)
                ),
            )
        )
        if consent.withdrawal.recipients_told:
            lines.append(CopyLine(tr("We let them know"), "", consent.withdrawal.recipients_told))
    undone = str(consent.extra.get("cannot_be_undone", "")).strip()
    if undone:
        lines.append(CopyLine(tr("What was already shared before then"), undone))
    return CopySection(tr("Where you changed your mind"), "", tuple(lines))


def _exclusion_words(exclusion: Exclusion) -> str:
    what = CATEGORY_FOR_HER[exclusion.category]
    what = what[0].upper() + what[1:]
    if exclusion.recipient is None:
        return tr("{what}: never shared with anyone").format(what=what)
    return tr("{what}: never shared with {who}").format(
        what=what, who=recipient_words(exclusion.recipient)
    )
