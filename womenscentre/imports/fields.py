"""What an import can fill in, how columns are matched to it, and how cells are read.

Columns are matched by their heading, ignoring case, spaces and punctuation, against a
short list of the names centres tend to use ("DOB", "Date of birth", "Known as"...). A
manager can override any of it with ``--map "Column heading=field"`` (or ``=ignore``).

Cell readers never guess. Dates are day first, as in the UK (``21/03/1990``), or ISO
(``1990-03-21``), or a spreadsheet's own date cell; a two-digit year, a month 13 or
31 February is an error naming the row and column, never a silent swap. Messages name the
row and column but never repeat what the cell holds, so a report is safe to share.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from enum import StrEnum

from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import ContactMode, SessionType
from womenscentre.i18n import tr

MAX_TEXT = 200
MAX_NOTE = 100_000
EARLIEST = date(1900, 1, 1)


class Field(StrEnum):
    PREFERRED_NAME = "preferred_name"
    FULL_NAME = "full_name"
    DATE_OF_BIRTH = "date_of_birth"
    PRONOUNS = "pronouns"
    LANGUAGES = "languages"
    INTERPRETER = "interpreter"
    ACCESS_NEEDS = "access_needs"
    SAFE_TIMES = "safe_times"
    REFERRAL_SOURCE = "referral_source"
    OPENED_ON = "opened_on"
    KEYWORKER = "keyworker"
    SESSION_DATE = "session_date"
    NOTE = "note"
    DURATION = "duration_minutes"
    SESSION_TYPE = "session_type"
    CONTACT_MODE = "contact_mode"


IGNORE = "ignore"
NOTE_FIELDS = frozenset(
    {Field.SESSION_DATE, Field.NOTE, Field.DURATION, Field.SESSION_TYPE, Field.CONTACT_MODE}
)

#: Headings (normalised: lower case, letters and digits only) matched without a --map.
ALIASES: dict[Field, tuple[str, ...]] = {
    Field.PREFERRED_NAME: ("preferredname", "name", "knownas", "firstname", "forename"),
    Field.FULL_NAME: ("fullname", "legalname"),
    Field.DATE_OF_BIRTH: ("dateofbirth", "dob", "birthdate", "birthday"),
    Field.PRONOUNS: ("pronouns",),
    Field.LANGUAGES: ("languages", "language", "languagesspoken"),
    Field.INTERPRETER: ("interpreter", "interpreterneeded", "interpreterlanguage"),
    Field.ACCESS_NEEDS: ("accessneeds",),
    Field.SAFE_TIMES: ("safetimes", "safetimestocontact", "besttimetocontact"),
    Field.REFERRAL_SOURCE: ("referralsource", "referredby", "source"),
    Field.OPENED_ON: ("caseopened", "openedon", "referraldate", "startdate"),
    Field.KEYWORKER: ("keyworker", "worker"),
    Field.SESSION_DATE: ("sessiondate", "dateofsession", "contactdate", "date"),
    Field.NOTE: ("note", "notes", "sessionnote", "casenote", "body"),
    Field.DURATION: ("duration", "durationminutes", "minutes"),
    Field.SESSION_TYPE: ("sessiontype", "type"),
    Field.CONTACT_MODE: ("contactmode", "mode"),
}

SESSION_TYPES = {
    "firstmeeting": SessionType.FIRST_MEETING,
    "first": SessionType.FIRST_MEETING,
    "onetoone": SessionType.ONE_TO_ONE,
    "11": SessionType.ONE_TO_ONE,
    "crisis": SessionType.CRISIS,
    "afterdisclosure": SessionType.AFTER_DISCLOSURE,
    "leavingcustody": SessionType.LEAVING_CUSTODY,
    "review": SessionType.REVIEW_CLOSING,
    "reviewclosing": SessionType.REVIEW_CLOSING,
    "closing": SessionType.REVIEW_CLOSING,
    "group": SessionType.GROUP,
    "other": SessionType.OTHER,
}
CONTACT_MODES = {
    "inperson": ContactMode.IN_PERSON,
    "facetoface": ContactMode.IN_PERSON,
    "f2f": ContactMode.IN_PERSON,
    "phone": ContactMode.PHONE,
    "telephone": ContactMode.PHONE,
    "call": ContactMode.PHONE,
    "video": ContactMode.VIDEO,
    "videocall": ContactMode.VIDEO,
    "outreach": ContactMode.OUTREACH,
}
_DECLINED = {"declined", "chosenottoanswer", "shechosenottoanswer", "prefernottosay"}
_NOT_ASKED = {"notasked", "notaskedyet"}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_WORDY_DATE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{1,4})$")
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]00:00(:00(\.0+)?)?$")


class CellProblem(ValueError):
    """A cell that can't be used; the message says what is wanted, not what was there."""


def normalise_heading(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def parse_field(text: str) -> Field | None:
    """A field name as typed after ``=`` in ``--map``; None for ``ignore``."""
    cleaned = text.strip().lower().replace(" ", "_").replace("-", "_")
    if cleaned in (IGNORE, ""):
        return None
    try:
        return Field(cleaned)
    except ValueError:
        pass
    alias = normalise_heading(cleaned)
    for field, aliases in ALIASES.items():
        if alias in aliases:
            return field
    raise CellProblem(
        tr(
            "'{text}' isn't something an import can fill in. Please use one of: "
            "{fields}, or {ignore}."
        ).format(text=text, fields=", ".join(f.value for f in Field), ignore=IGNORE)
    )


def text_of(value: object, *, limit: int = MAX_TEXT) -> str:
    """A cell as text: spreadsheet whole numbers lose their '.0'; too long is refused."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise CellProblem(tr("this should be text, not TRUE or FALSE."))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date | time):
        raise CellProblem(tr("this should be text, not a date or time."))
    text = " ".join(str(value).split()) if limit <= MAX_TEXT else str(value).strip()
    if len(text) > limit:
        raise CellProblem(
            tr("this is longer than the {limit:,} characters allowed.").format(limit=limit)
        )
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in text):
        raise CellProblem(tr("this holds control characters, which usually means a damaged file."))
    return text


def answer_of(value: object) -> Answer[str]:
    text = text_of(value)
    folded = normalise_heading(text)
    if not text:
        return Answer()
    if folded in _DECLINED:
        return Answer.declined()
    if folded in _NOT_ASKED:
        return Answer.not_asked()
    return Answer.of(text)


def date_of(value: object, *, today: date, what: str) -> date | None:
    """A date from a date cell or day-first text; None for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        if value.time() != time(0, 0):
            raise CellProblem(tr("{what} should be a date without a time.").format(what=what))
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        raise CellProblem(
            tr(
                "{what} is a number rather than a date. Please format the column as "
                "dates, or type dates such as 21/03/1990."
            ).format(what=what)
        )
    else:
        day = _date_from_text(str(value).strip().lower(), what)
    if day < EARLIEST or day > today:
        raise CellProblem(tr("{what} is outside the dates that make sense here.").format(what=what))
    return day


def _date_from_text(text: str, what: str) -> date:
    midnight = _MIDNIGHT.match(text)
    if midnight:
        text = midnight.group(1)
    numeric = _NUMERIC_DATE.match(text)
    wordy = _WORDY_DATE.match(text)
    if numeric:
        first, second, third = numeric.groups()
        if len(first) == 4:
            year, month, day = int(first), int(second), int(third)
        elif len(third) == 4:
            day, month, year = int(first), int(second), int(third)
        else:
            raise CellProblem(
                tr("{what} needs a four-digit year, such as 21/03/1990.").format(what=what)
            )
    elif wordy and wordy.group(2) in _MONTHS and len(wordy.group(3)) == 4:
        day, month, year = int(wordy.group(1)), _MONTHS[wordy.group(2)], int(wordy.group(3))
    else:
        raise CellProblem(
            tr("{what} isn't a date this import can read. Please use 21/03/1990.").format(what=what)
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem(
            tr("{what} isn't a real date (day, month and year, in that order).").format(what=what)
        ) from None


def minutes_of(value: object) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    try:
        if isinstance(value, bool):
            raise ValueError
        number = float(str(value).strip().removesuffix("mins").removesuffix("min"))
    except ValueError:
        raise CellProblem(tr("the duration should be a number of minutes, such as 45.")) from None
    if not number.is_integer() or not 0 <= number <= 24 * 60:
        raise CellProblem(tr("the duration should be whole minutes, between 0 and 1440."))
    return int(number)


def choice_of(value: object, choices: dict[str, SessionType] | dict[str, ContactMode]) -> str:
    """The enum value for a session type or contact mode typed in a friendly way."""
    key = normalise_heading(text_of(value))
    for name, member in choices.items():
        if key in (name, normalise_heading(member.value)):
            return member.value
    options = sorted({m.value.replace("_", " ") for m in choices.values()})
    raise CellProblem(tr("this should be one of: {options}.").format(options=", ".join(options)))
