"""Plain words for the consent vocabulary, one place for the app, the packs and her read-back.

Two voices: labels for the people reading a referral ("Mental health"), and words for her,
in the second person ("your mental health"), for the "what you agreed" read-back.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from womenscentre.domain.consent import DataCategory, Purpose, Recipient, RecipientKind
from womenscentre.domain.sharing import Channel

CATEGORY_LABELS: Final = {
    DataCategory.CONTACT_DETAILS: "Contact details",
    DataCategory.ADDRESS: "Address",
    DataCategory.ABUSE_HISTORY_AND_RISK: "What has happened and her safety",
    DataCategory.MENTAL_HEALTH: "Mental health",
    DataCategory.PHYSICAL_HEALTH: "Physical health",
    DataCategory.SUBSTANCE_USE: "Drugs and alcohol",
    DataCategory.SEXUAL_HEALTH: "Sexual health and pregnancy",
    DataCategory.JUSTICE_STATUS: "Police, courts and probation",
    DataCategory.CHILDREN_AND_FAMILY: "Children and family",
    DataCategory.IMMIGRATION_STATUS: "Immigration status",
    DataCategory.MONEY_AND_BENEFITS: "Money and benefits",
    DataCategory.OUTCOMES: "How things are going",
    DataCategory.SAFE_CONTACT: "Safe ways to contact her",
    DataCategory.SESSION_SUMMARY: "Her work with the centre and what she would like",
}

CATEGORY_FOR_HER: Final = {
    DataCategory.CONTACT_DETAILS: "your contact details",
    DataCategory.ADDRESS: "your address",
    DataCategory.ABUSE_HISTORY_AND_RISK: "what has happened to you, and your safety",
    DataCategory.MENTAL_HEALTH: "your mental health",
    DataCategory.PHYSICAL_HEALTH: "your physical health",
    DataCategory.SUBSTANCE_USE: "drugs and alcohol",
    DataCategory.SEXUAL_HEALTH: "your sexual health and any pregnancy",
    DataCategory.JUSTICE_STATUS: "any contact you have with the police, courts or probation",
    DataCategory.CHILDREN_AND_FAMILY: "your children and family",
    DataCategory.IMMIGRATION_STATUS: "your immigration status",
    DataCategory.MONEY_AND_BENEFITS: "money and benefits",
    DataCategory.OUTCOMES: "how things are going for you",
    DataCategory.SAFE_CONTACT: "the safe ways to contact you",
    DataCategory.SESSION_SUMMARY: "a summary of your work with us and what you would like",
}

PURPOSE_LABELS: Final = {
    Purpose.REFERRAL: "Referral",
    Purpose.JOINT_CASE_PLANNING: "Planning support together",
    Purpose.MARAC: "Marac (multi-agency risk assessment conference)",
    Purpose.COURT_OR_REPORT: "Court or a pre-sentence report",
    Purpose.RESETTLEMENT: "Resettlement",
    Purpose.HEALTH_CONTINUITY: "Keeping her health care joined up",
    Purpose.EVALUATION: "Evaluation, with names taken out",
}

PURPOSE_FOR_HER: Final = {
    Purpose.REFERRAL: "to refer you for support",
    Purpose.JOINT_CASE_PLANNING: "to plan your support together",
    Purpose.MARAC: "for a Marac meeting about your safety",
    Purpose.COURT_OR_REPORT: "for court or a report to the court",
    Purpose.RESETTLEMENT: "to help you settle after leaving custody",
    Purpose.HEALTH_CONTINUITY: "to keep your health care joined up",
    Purpose.EVALUATION: "to check how well services work, with your name taken out",
}

RECIPIENT_KIND_LABELS: Final = {
    RecipientKind.GP: "GP practice",
    RecipientKind.MENTAL_HEALTH: "NHS mental health service",
    RecipientKind.DRUG_AND_ALCOHOL: "Drug and alcohol service",
    RecipientKind.PROBATION: "Probation",
    RecipientKind.MARAC: "Marac",
    RecipientKind.POLICE: "Police",
    RecipientKind.HOUSING: "Housing",
    RecipientKind.IDVA: "IDVA service",
}

CHANNEL_LABELS: Final = {
    Channel.NHSMAIL: "NHSmail",
    Channel.CJSM: "CJSM (Criminal Justice Secure eMail)",
    Channel.SECURE_PORTAL: "A secure portal",
    Channel.OTHER_SECURE_EMAIL: "Other secure email",
    Channel.PHONE: "Phone",
    Channel.MARAC_MEETING: "At the Marac meeting",
    Channel.BY_HAND: "By hand",
}


def recipient_words(recipient: Recipient) -> str:
    """ "Community mental health team, Fictional NHS Trust"."""
    return f"{recipient.role}, {recipient.organisation}"


def day_words(day: date) -> str:
    """A date as people write it in the UK: "Friday 3 April 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def joined(items: list[str]) -> str:
    """ "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
