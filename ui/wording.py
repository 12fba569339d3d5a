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

_DAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
#: Months as tables write them; their own strings, as a shortened name differs by language.
_SHORT_MONTHS = (
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


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
    if day is None:
        return str(value)
    return tr("{weekday} {day} {month} {year}", "long date").format(
        weekday=tr(_DAYS[day.weekday()]),
        day=day.day,
        month=tr(_MONTHS[day.month - 1]),
        year=day.year,
    )


def short_date(value: str | date) -> str:
    """ "5 Jan 2026", for tables."""
    day = _as_date(value)
    if day is None:
        return str(value)
    return tr("{day} {month} {year}", "short date").format(
        day=day.day, month=tr(_SHORT_MONTHS[day.month - 1]), year=day.year
    )


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
