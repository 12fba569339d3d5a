"""The words the app uses for the core's values: dates, session kinds, roles and lengths.

Kept in one place so every screen says the same thing the same way. Dates are written out by
hand rather than through ``strftime``, because Qt sets the C locale from the environment and
a keyworker's notes should not change language with it: they follow the language chosen in
the app (:mod:`womenscentre.i18n`), British English by default. The label tables are marked
with ``N_`` (they are built at import) and translated where they are shown, through the
functions below.
"""

from __future__ import annotations

from datetime import date, datetime

from womenscentre.domain.notes import ContactMode, SessionType
from womenscentre.domain.users import Role
from womenscentre.exports.wording import day_words, short_date_words
from womenscentre.i18n import N_, tr, trn

SESSION_TYPE_LABELS: dict[str, str] = {
    SessionType.FIRST_MEETING: N_("First meeting"),
    SessionType.ONE_TO_ONE: N_("One-to-one"),
    SessionType.CRISIS: N_("Crisis support"),
    SessionType.AFTER_DISCLOSURE: N_("After a disclosure"),
    SessionType.LEAVING_CUSTODY: N_("Leaving custody"),
    SessionType.REVIEW_CLOSING: N_("Review or closing"),
    SessionType.GROUP: N_("Group session"),
    SessionType.OTHER: N_("Something else"),
}

CONTACT_MODE_LABELS: dict[str, str] = {
    ContactMode.IN_PERSON: N_("In person"),
    ContactMode.PHONE: N_("Phone"),
    ContactMode.VIDEO: N_("Video call"),
    ContactMode.OUTREACH: N_("Outreach"),
}

ROLE_NAMES = {
    Role.MANAGER: N_("Manager"),
    Role.KEYWORKER: N_("Keyworker"),
    Role.TRAINER: N_("Trainer"),
}


def session_type_label(kind: str) -> str:
    """What a session type is called on screen (its stored value if it is not one we know)."""
    label = SESSION_TYPE_LABELS.get(kind)
    return tr(label) if label else str(kind)


def contact_mode_label(mode: str) -> str:
    """How they met, in words (its stored value if it is not one we know)."""
    label = CONTACT_MODE_LABELS.get(mode)
    return tr(label) if label else str(mode)


def _as_date(value: str | date) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def long_date(value: str | date) -> str:
    """ "Monday 5 January 2026"; anything that is not a date is shown as it is."""
    day = _as_date(value)
    return str(value) if day is None else day_words(day)


def short_date(value: str | date) -> str:
    """ "5 Jan 2026", for tables."""
    day = _as_date(value)
    return str(value) if day is None else short_date_words(day)


def local_time(moment: datetime) -> str:
    """ "14:05" in the laptop's own time zone."""
    return moment.astimezone().strftime("%H:%M")


def duration_text(minutes: int) -> str:
    if minutes <= 0:
        return tr("Not recorded")
    hours, mins = divmod(minutes, 60)
    hours_text = trn("%n hour", "%n hours", hours)
    mins_text = trn("%n minute", "%n minutes", mins)
    if hours and mins:
        return tr("{hours} {minutes}", "a length of time").format(
            hours=hours_text, minutes=mins_text
        )
    return hours_text if hours else mins_text


def role_name(role: Role) -> str:
    name = ROLE_NAMES.get(role)
    return tr(name) if name else role.value


def short_reference(person_id: str) -> str:
    """The first eight characters of her record's random id, for telling a colleague."""
    return person_id.replace("-", "")[:8].upper()
