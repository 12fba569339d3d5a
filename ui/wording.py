"""The words the app uses for the core's values: dates, session kinds, roles and lengths.

Kept in one place so every screen says the same thing the same way. Dates are written out in
British English by hand rather than through ``strftime``, because Qt sets the C locale from
the environment and a keyworker's notes should not change language with it.
"""

from __future__ import annotations

from datetime import date, datetime

from womenscentre.domain.notes import ContactMode, SessionType
from womenscentre.domain.users import Role

SESSION_TYPE_LABELS = {
    SessionType.FIRST_MEETING: "First meeting",
    SessionType.ONE_TO_ONE: "One-to-one",
    SessionType.CRISIS: "Crisis support",
    SessionType.AFTER_DISCLOSURE: "After a disclosure",
    SessionType.LEAVING_CUSTODY: "Leaving custody",
    SessionType.REVIEW_CLOSING: "Review or closing",
    SessionType.GROUP: "Group session",
    SessionType.OTHER: "Something else",
}

CONTACT_MODE_LABELS = {
    ContactMode.IN_PERSON: "In person",
    ContactMode.PHONE: "Phone",
    ContactMode.VIDEO: "Video call",
    ContactMode.OUTREACH: "Outreach",
}

ROLE_NAMES = {Role.MANAGER: "Manager", Role.KEYWORKER: "Keyworker", Role.TRAINER: "Trainer"}

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


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
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(value: str | date) -> str:
    """ "5 Jan 2026", for tables."""
    day = _as_date(value)
    if day is None:
        return str(value)
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def local_time(moment: datetime) -> str:
    """ "14:05" in the laptop's own time zone."""
    return moment.astimezone().strftime("%H:%M")


def duration_text(minutes: int) -> str:
    if minutes <= 0:
        return "Not recorded"
    hours, mins = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour" + ("" if hours == 1 else "s"))
    if mins:
        parts.append(f"{mins} minute" + ("" if mins == 1 else "s"))
    return " ".join(parts)


def role_name(role: Role) -> str:
    return ROLE_NAMES.get(role, role.value)


def short_reference(person_id: str) -> str:
    """The first eight characters of her record's random id, for telling a colleague."""
    return person_id.replace("-", "")[:8].upper()
