"""Plain words for the consent vocabulary, one place for the app, the packs and her read-back.

Two voices: labels for the people reading a referral ("Mental health"), and words for her,
in the second person ("your mental health"), for the "what you agreed" read-back.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from womenscentre.domain.consent import DataCategory, Purpose, Recipient, RecipientKind
from womenscentre.domain.sharing import Channel
from womenscentre.i18n import N_, tr
from womenscentre.labels import Labels

_WEEKDAYS: Final = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
_MONTHS: Final = (
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

CATEGORY_LABELS: Final = Labels(
    {
        DataCategory.CONTACT_DETAILS: N_("Contact details"),
        DataCategory.ADDRESS: N_("Address"),
        DataCategory.ABUSE_HISTORY_AND_RISK: N_("What has happened and her safety"),
        DataCategory.MENTAL_HEALTH: N_("Mental health"),
        DataCategory.PHYSICAL_HEALTH: N_("Physical health"),
        DataCategory.SUBSTANCE_USE: N_("Drugs and alcohol"),
        DataCategory.SEXUAL_HEALTH: N_("Sexual health and pregnancy"),
        DataCategory.JUSTICE_STATUS: N_("Police, courts and probation"),
        DataCategory.CHILDREN_AND_FAMILY: N_("Children and family"),
        DataCategory.IMMIGRATION_STATUS: N_("Immigration status"),
        DataCategory.MONEY_AND_BENEFITS: N_("Money and benefits"),
        DataCategory.OUTCOMES: N_("How things are going"),
        DataCategory.SAFE_CONTACT: N_("Safe ways to contact her"),
        DataCategory.SESSION_SUMMARY: N_("Her work with the centre and what she would like"),
    }
)

CATEGORY_FOR_HER: Final = Labels(
    {
        DataCategory.CONTACT_DETAILS: N_("your contact details"),
        DataCategory.ADDRESS: N_("your address"),
        DataCategory.ABUSE_HISTORY_AND_RISK: N_("what has happened to you, and your safety"),
        DataCategory.MENTAL_HEALTH: N_("your mental health"),
        DataCategory.PHYSICAL_HEALTH: N_("your physical health"),
        DataCategory.SUBSTANCE_USE: N_("drugs and alcohol"),
        DataCategory.SEXUAL_HEALTH: N_("your sexual health and any pregnancy"),
        DataCategory.JUSTICE_STATUS: N_(
            "any contact you have with the police, courts or probation"
        ),
        DataCategory.CHILDREN_AND_FAMILY: N_("your children and family"),
        DataCategory.IMMIGRATION_STATUS: N_("your immigration status"),
        DataCategory.MONEY_AND_BENEFITS: N_("money and benefits"),
        DataCategory.OUTCOMES: N_("how things are going for you"),
        DataCategory.SAFE_CONTACT: N_("the safe ways to contact you"),
        DataCategory.SESSION_SUMMARY: N_("a summary of your work with us and what you would like"),
    }
)

PURPOSE_LABELS: Final = Labels(
    {
        Purpose.REFERRAL: N_("Referral"),
        Purpose.JOINT_CASE_PLANNING: N_("Planning support together"),
        Purpose.MARAC: N_("Marac (multi-agency risk assessment conference)"),
        Purpose.COURT_OR_REPORT: N_("Court or a pre-sentence report"),
        Purpose.RESETTLEMENT: N_("Resettlement"),
        Purpose.HEALTH_CONTINUITY: N_("Keeping her health care joined up"),
        Purpose.EVALUATION: N_("Evaluation, with names taken out"),
    }
)

PURPOSE_FOR_HER: Final = Labels(
    {
        Purpose.REFERRAL: N_("to refer you for support"),
        Purpose.JOINT_CASE_PLANNING: N_("to plan your support together"),
        Purpose.MARAC: N_("for a Marac meeting about your safety"),
        Purpose.COURT_OR_REPORT: N_("for court or a report to the court"),
        Purpose.RESETTLEMENT: N_("to help you settle after leaving custody"),
        Purpose.HEALTH_CONTINUITY: N_("to keep your health care joined up"),
        Purpose.EVALUATION: N_("to check how well services work, with your name taken out"),
    }
)

RECIPIENT_KIND_LABELS: Final = Labels(
    {
        RecipientKind.GP: N_("GP practice"),
        RecipientKind.MENTAL_HEALTH: N_("NHS mental health service"),
        RecipientKind.DRUG_AND_ALCOHOL: N_("Drug and alcohol service"),
        RecipientKind.PROBATION: N_("Probation"),
        RecipientKind.MARAC: N_("Marac"),
        RecipientKind.POLICE: N_("Police"),
        RecipientKind.HOUSING: N_("Housing"),
        RecipientKind.IDVA: N_("IDVA service"),
    }
)

CHANNEL_LABELS: Final = Labels(
    {
        Channel.NHSMAIL: N_("NHSmail"),
        Channel.CJSM: N_("CJSM (Criminal Justice Secure eMail)"),
        Channel.SECURE_PORTAL: N_("A secure portal"),
        Channel.OTHER_SECURE_EMAIL: N_("Other secure email"),
        Channel.PHONE: N_("Phone"),
        Channel.MARAC_MEETING: N_("At the Marac meeting"),
        Channel.BY_HAND: N_("By hand"),
    }
)


def recipient_words(recipient: Recipient) -> str:
    """ "Community mental health team, Fictional NHS Trust"."""
    return f"{recipient.role}, {recipient.organisation}"


def day_words(day: date) -> str:
    """A date as people write it in the UK: "Friday 3 April 2026"."""
    return tr("{weekday} {day} {month} {year}").format(
        weekday=tr(_WEEKDAYS[day.weekday()]),
        day=day.day,
        month=tr(_MONTHS[day.month - 1]),
        year=day.year,
    )


_SHORT_MONTHS: Final = (
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


def short_date_words(day: date) -> str:
    """A date for a chart's axis: "3 Apr 2026"."""
    return tr("{day} {month} {year}").format(
        day=day.day, month=tr(_SHORT_MONTHS[day.month - 1]), year=day.year
    )


def date_words(day: date, *, padded: bool = False) -> str:
    """A date without its weekday: "3 April 2026" (or "03 April 2026" when ``padded``)."""
    return tr("{day} {month} {year}").format(
        day=f"{day.day:02d}" if padded else day.day,
        month=tr(_MONTHS[day.month - 1]),
        year=day.year,
    )


def joined(items: list[str]) -> str:
    """ "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return tr("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])
