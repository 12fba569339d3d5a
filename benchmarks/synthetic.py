"""Deterministic, FICTIONAL women's-centre data for benchmarks.

Every name here is a common or invented first name joined at random to an invented
surname, so no generated record describes a real person. Session-note bodies are
assembled from strengths-based keyworker sentences written for this file. The same
``seed`` always gives the same data, so runs can be compared.

    people(n, seed)                   -> list[PersonDetails]
    note_bodies(n, seed, words=300)   -> list[str]
    note_contents(n, seed, words=300) -> list[NoteContent]
    note_owners(notes, women)         -> list[int]  (which woman each note belongs to)
    plan_choices(rng), plan_text(rng) -> a safety plan's template, versions and answers
    consent_to_share(rng, today)      -> ConsentToShare
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from womenscentre.domain.answers import Answer
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
from womenscentre.domain.people import ContactMethod, PersonDetails, SafeContact

FIRST_NAMES = (
    "Rosa", "Amina", "Joanne", "Priya", "Kasia", "Siobhan", "Fatima", "Chloe", "Leanne",
    "Mei", "Ngozi", "Aisha", "Bethan", "Carla", "Deborah", "Ewa", "Farah", "Gemma",
    "Hannah", "Ines", "Jasmine", "Kerry", "Layla", "Marta", "Nadia", "Olwen", "Paula",
    "Rhiannon", "Sadia", "Tamsin", "Una", "Vanessa", "Wendy", "Yasmin", "Zara", "Abena",
    "Bronwen", "Comfort", "Dana", "Elif", "Folake", "Grace", "Hafsa", "Iona", "Jade",
    "Kezia", "Lucia", "Maryam", "Nia", "Orla", "Precious", "Roisin", "Shanice", "Tanya",
    "Ulla", "Vera", "Wanjiru", "Ximena", "Yusra", "Zofia", "Ama", "Brenda", "Ceri",
    "Destiny", "Esi", "Fern", "Gulnaz", "Halima", "Ivy", "Jolene", "Kamila", "Lina",
    "Maisie", "Nasra", "Ola", "Pearl", "Rukhsana", "Shirin", "Toni", "Vicky",
)  # fmt: skip

# Invented surname parts; the joined forms are made up for this file.
_SURNAME_HEADS = (
    "Ashen", "Bram", "Cald", "Dunn", "Elder", "Fen", "Gorse", "Hollin", "Kestrel",
    "Lark", "Moss", "Nettle", "Oak", "Pebble", "Quill", "Rook", "Sorrel", "Thistle",
    "Umber", "Vetch", "Willow", "Yarrow", "Bracken", "Heather", "Juniper",
)  # fmt: skip
_SURNAME_TAILS = (
    "whistle", "combe", "lowe", "brook", "marsh", "thorpe", "field", "wick", "dene",
    "garth", "haven", "hurst", "lea", "mere", "stead", "worth", "vale", "shaw",
)  # fmt: skip

PRONOUNS = (("she/her", 80), ("she/they", 8), ("they/them", 5), ("he/him", 1))
LANGUAGES = (
    ("English", 70), ("Polish", 5), ("Urdu", 4), ("Arabic", 4), ("Somali", 3),
    ("Romanian", 3), ("Punjabi", 3), ("Welsh", 2), ("Portuguese", 2), ("Tigrinya", 2),
    ("Farsi", 2), ("BSL", 1),
)  # fmt: skip
SAFE_TIMES = (
    "after 6pm", "weekday mornings", "between 10am and 2pm", "school hours only",
    "Tuesdays and Thursdays", "any time", "before 9am", "lunchtimes",
)  # fmt: skip
CHECK_PHRASES = (
    "Is that the library?", "Is this about the dentist appointment?",
    "Calling about the book club", "Is Jo there?", "It's the surgery about your repeat",
    "Are you still coming to yoga?", "",
)  # fmt: skip
IF_SOMEONE_ELSE = (
    "Say wrong number", "Ask for Jo and hang up", "Say it's a survey and end the call",
    "Don't leave a name", "Say you're from the library", "",
)  # fmt: skip
ASKED_US_TO_KNOW = (
    "Please don't call on Mondays", "She prefers a female interpreter",
    "She likes to sit near the door", "Please use her preferred name only",
    "She would rather not discuss her family in the group room",
    "Her son comes with her on Fridays", "She finds letters hard to read; please explain",
    "She is happy for us to text reminders", "She prefers morning appointments",
)  # fmt: skip
ACCESS_NEEDS = (
    "Step-free access", "Large print", "Quiet room", "Extra time to read documents",
    "Breaks during long sessions", "Hearing loop",
)  # fmt: skip

# Slot fillers for the sentence templates below.
SLOTS: dict[str, tuple[str, ...]] = {
    "group": (
        "library group",
        "Tuesday craft group",
        "walking group",
        "women's choir",
        "cooking class at the community centre",
        "English conversation class",
        "allotment project",
        "parents' coffee morning",
        "swimming session",
        "art group",
    ),
    "place": (
        "housing office",
        "GP surgery",
        "jobcentre",
        "college",
        "food bank",
        "children's centre",
        "solicitor's office",
        "council offices",
        "dentist",
    ),
    "goal": (
        "finding a part-time job",
        "getting her own tenancy",
        "starting a college course",
        "learning to drive",
        "managing her budget",
        "getting back into running",
        "volunteering at the charity shop",
        "improving her English",
        "building her confidence on the phone",
        "reconnecting with her sister",
    ),
    "strength": (
        "determined",
        "resourceful",
        "organised",
        "thoughtful",
        "hopeful",
        "calm",
        "clear about what she wants",
        "warm with other women in the group",
        "practical",
        "proud of her progress",
    ),
    "person": (
        "her sister",
        "a friend from the group",
        "her neighbour",
        "her cousin",
        "her support worker at the hostel",
        "her mum",
        "a volunteer",
        "her daughter",
    ),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "form": (
        "housing register form",
        "Universal Credit journal",
        "college application",
        "school admission form",
        "blue badge application",
        "GP registration form",
        "council tax support form",
        "bank account application",
    ),
    "activity": (
        "cooking a proper meal",
        "walking in the park",
        "reading before bed",
        "gardening",
        "listening to music",
        "calling a friend",
        "drawing",
        "baking",
    ),
    "child": ("her son", "her daughter", "her children", "her youngest", "her eldest"),
    "number": ("two", "three", "four", "five", "six"),
}

SENTENCES = (
    "She told me she has been going to the {group} and enjoys it.",
    "We met at the centre and talked about her plans for the next few weeks.",
    "She said she feels more {strength} than when we last met.",
    "She has been {activity} most evenings and says it helps her settle.",
    "We went through the {form} together and she filled in most of it herself.",
    "She would like support with {goal} and we agreed some first steps.",
    "She has an appointment at the {place} on {day} and feels ready for it.",
    "She asked me to come with her to the {place}, and I said I would.",
    "She spoke warmly about {person}, who has been a good support to her.",
    "She said {child} has settled well at school this term.",
    "She is proud that she kept all {number} of her appointments this month.",
    "We talked about what has helped her most and she named the {group}.",
    "She described how she handled a difficult phone call, and she came across as {strength}.",
    "She chose to focus today on {goal}.",
    "We looked at her budget together and she found a way to save a little each week.",
    "She reviewed her safety plan with me and made two changes she is happy with.",
    "She said she knows who to call if she needs help outside our hours.",
    "She told me she has been sleeping better since she started {activity}.",
    "She brought a letter from the {place} and we read it through together.",
    "She decided to phone the {place} herself and I stayed with her while she did.",
    "We celebrated that she has finished the {form}.",
    "She said she would like to try the {group} next week.",
    "She has started thinking about {goal} and asked for information.",
    "She shared that {person} is visiting at the weekend and she is looking forward to it.",
    "She feels the new routine with {child} is working well for them both.",
    "She spoke about her hopes for the summer and sounded {strength}.",
    "We agreed that I will chase the {place} about her referral before {day}.",
    "She said the session helped her feel heard.",
    "She wanted to talk about what she has achieved since the spring, and it is a lot.",
    "She let me know she would prefer a text reminder before our next meeting.",
    "She explained what she needs from the {place} clearly and confidently.",
    "She said she is less worried about money now that the {form} is done.",
    "We made a plan for the week, with one small thing each day.",
    "She told me she enjoyed {activity} with {child} at the weekend.",
    "She has been in touch with {person} again and said it went well.",
    "She asked for help to understand a letter, and once we had read it she felt relieved.",
    "She is keen to keep coming to the centre on {day}s.",
    "She described her progress with {goal} as slow but steady.",
    "We talked through her options and she decided what she wants to do next.",
    "She knows her own situation best, and she was clear about the support she wants.",
    "She thanked the volunteers at the {group} for making her feel welcome.",
    "She said she has started to look forward to the week again.",
    "She has been using the breathing exercises and finds them useful when she feels anxious.",
    "She told me she has made a new friend at the {group}.",
    "She is going to ask the {place} for a copy of her records, and I gave her a template.",
    "She said she feels safe where she is staying at the moment.",
    "We checked her safe-contact details and she confirmed they are still right.",
    "She brought {child} to the crèche and said it gave her time to think.",
    "She has applied for a place on the course and hears back on {day}.",
    "She said she is proud of herself for asking for help.",
    "She wanted to write down her goals so she can see how far she has come.",
    "She reflected that she has kept going through a hard few months.",
    "She asked about the women's group on {day} and I gave her the details.",
    "She told me about a good conversation with {person}.",
    "We agreed to meet again in {number} weeks, or sooner if she would like.",
    "She is managing her medication well and has a review at the {place}.",
    "She said {activity} has become something she looks forward to.",
    "She used the centre's phone to call the {place} and sorted it out herself.",
    "She has a clear idea of what she wants from her tenancy and we noted it.",
    "She said she would like to volunteer once she feels settled.",
    "She feels that the {group} has helped her confidence.",
    "We talked about her rights at the {place} and she felt better prepared.",
    "She mentioned that {child} has been enjoying swimming lessons.",
    "She described her week as busy but good.",
    "She has been keeping a diary, which she says helps her notice good days.",
    "She asked me to note that she would rather meet in the small room.",
    "She told me she has paid off the last of the rent arrears.",
    "She took the lead in planning today's session.",
    "She said she is sleeping well and eating regularly.",
    "We looked at local courses together and she picked {number} to find out more about.",
    "She talked about {goal} with real energy today.",
    "She feels supported by {person} and by the staff here.",
    "She would like us to write to the {place} on her behalf, and she read the draft.",
    "She is confident about the hearing on {day} and knows what to expect.",
    "She said she is glad she came in today.",
)


def _weighted(pairs: tuple[tuple[str, int], ...]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)


_PRONOUN_VALUES, _PRONOUN_WEIGHTS = _weighted(PRONOUNS)
_LANGUAGE_VALUES, _LANGUAGE_WEIGHTS = _weighted(LANGUAGES)
_DOB_START = date(1950, 1, 1)
_DOB_DAYS = (date(2007, 12, 31) - _DOB_START).days
_FORMATTER = string.Formatter()
_TEMPLATES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (text, tuple(name for _, name, _, _ in _FORMATTER.parse(text) if name)) for text in SENTENCES
)


def _answer(rng: random.Random, value: str, answered: float = 0.85) -> Answer[str]:
    roll = rng.random()
    if roll < answered:
        return Answer.of(value)
    if roll < answered + (1 - answered) / 2:
        return Answer.declined()
    return Answer.not_asked()


def _preferred_name(rng: random.Random) -> str:
    first = rng.choice(FIRST_NAMES)
    if rng.random() < 0.15:
        second = rng.choice(FIRST_NAMES)
        if second != first:
            return f"{first}-{second}"
    return first


def _surname(rng: random.Random) -> str:
    return rng.choice(_SURNAME_HEADS) + rng.choice(_SURNAME_TAILS)


def _safe_contact(rng: random.Random) -> SafeContact:
    methods = tuple(rng.sample(list(ContactMethod), k=rng.randint(1, 3)))
    return SafeContact(
        safe_methods=methods,
        safe_times=rng.choice(SAFE_TIMES),
        voicemail_safe=rng.choice((True, False, False, None)),
        check_phrase=rng.choice(CHECK_PHRASES),
        if_someone_else_answers=rng.choice(IF_SOMEONE_ELSE),
    )


def person(rng: random.Random) -> PersonDetails:
    """One fictional woman."""
    preferred = _preferred_name(rng)
    full = f"{preferred.split('-')[0]} {rng.choice(FIRST_NAMES)} {_surname(rng)}"
    dob = (_DOB_START + timedelta(days=rng.randrange(_DOB_DAYS))).isoformat()
    languages = tuple(
        dict.fromkeys(
            rng.choices(_LANGUAGE_VALUES, weights=_LANGUAGE_WEIGHTS, k=rng.choice((1, 1, 2)))
        )
    )
    needs_interpreter = languages[0] not in ("English", "Welsh")
    interpreter = Answer.of(languages[0]) if needs_interpreter else _answer(rng, "Not needed", 0.7)
    return PersonDetails(
        preferred_name=preferred,
        full_name=_answer(rng, full, 0.9),
        pronouns=_answer(
            rng, rng.choices(_PRONOUN_VALUES, weights=_PRONOUN_WEIGHTS)[0], answered=0.9
        ),
        date_of_birth=_answer(rng, dob, 0.8),
        languages=languages,
        interpreter=interpreter,
        access_needs=_answer(rng, rng.choice(ACCESS_NEEDS), 0.3),
        safe_contact=_safe_contact(rng),
        asked_us_to_know=tuple(rng.sample(ASKED_US_TO_KNOW, k=rng.choice((0, 1, 1, 2)))),
    )


def people(n: int, seed: int = 0) -> list[PersonDetails]:
    """``n`` fictional women, the same list for the same seed."""
    rng = random.Random(f"people:{seed}")
    return [person(rng) for _ in range(n)]


def _sentence(rng: random.Random, index: int) -> str:
    text, slots = _TEMPLATES[index]
    if not slots:
        return text
    return text.format(**{name: rng.choice(SLOTS[name]) for name in slots})


def note_body(rng: random.Random, words: int = 300) -> str:
    """About ``words`` words of strengths-based session note, in short paragraphs.

    Sentences are drawn without repeats within one note (until the list runs out).
    """
    order = rng.sample(range(len(_TEMPLATES)), len(_TEMPLATES))
    paragraphs: list[str] = []
    current: list[str] = []
    count = 0
    per_paragraph = rng.randint(3, 6)
    position = 0
    while count < words:
        sentence = _sentence(rng, order[position % len(order)])
        position += 1
        current.append(sentence)
        count += sentence.count(" ") + 1
        if len(current) >= per_paragraph:
            paragraphs.append(" ".join(current))
            current = []
            per_paragraph = rng.randint(3, 6)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def note_bodies(n: int, seed: int = 0, words: int = 300) -> list[str]:
    """``n`` note bodies of about ``words`` words, the same list for the same seed."""
    rng = random.Random(f"notes:{seed}")
    return [note_body(rng, words) for _ in range(n)]


_SESSION_TYPES = tuple(SessionType)
_SESSION_WEIGHTS = tuple(
    {SessionType.ONE_TO_ONE: 60, SessionType.GROUP: 10, SessionType.FIRST_MEETING: 8}.get(t, 4)
    for t in _SESSION_TYPES
)
_CONTACT_MODES = tuple(ContactMode)
_SESSION_START = date(2023, 1, 2)


def note_contents(
    n: int, seed: int = 0, words: int = 300, bodies: list[str] | None = None
) -> list[NoteContent]:
    """``n`` complete notes (date, length, type, mode, body); bodies may be passed in."""
    rng = random.Random(f"contents:{seed}")
    if bodies is None:
        bodies = note_bodies(n, seed, words)
    return [
        NoteContent(
            session_date=(_SESSION_START + timedelta(days=rng.randrange(3 * 365))).isoformat(),
            duration_minutes=rng.choice((15, 30, 45, 45, 60, 60, 90)),
            session_type=rng.choices(_SESSION_TYPES, weights=_SESSION_WEIGHTS)[0],
            contact_mode=rng.choices(_CONTACT_MODES, weights=(70, 20, 5, 5))[0],
            body=bodies[i % len(bodies)],
        )
        for i in range(n)
    ]


# -- a whole centre: who owns which note, safety plans, agreements to share -----------------


def note_owners(notes: int, women: int, heavy: tuple[int, ...] = (2000, 200)) -> list[int]:
    """Which woman (by index) each note belongs to.

    The first women get ``heavy`` notes each (a long-supported woman with 2,000 notes for the
    timeline, one with 200 for the referral pack), as far as ``notes`` allows; the rest are
    shared round-robin, so every woman has some. Deterministic, no seed needed.
    """
    heavy = heavy[: max(0, women - 1)]  # leave at least one woman for the rest
    owners: list[int] = []
    for woman, count in enumerate(heavy):
        owners += [woman] * min(count, (notes - len(owners)) // 2)
    rest = range(len(heavy), women)
    owners += [rest[i % len(rest)] for i in range(notes - len(owners))]
    return owners


PLAN_TEMPLATES = (
    ("domestic-abuse", 50),
    ("very-hard-times", 20),
    ("tech-and-stalking", 12),
    ("drugs-and-alcohol", 10),
    ("leaving-custody", 8),
)
PLAN_CHANGE_NOTES = (
    "Reviewed together; she added a new safe place.",
    "She moved the go-bag to a friend's house.",
    "Updated the people she can call.",
    "Reviewed after the court date; she is happy with it.",
    "She chose new words for her discreet copy.",
)


def plan_choices(rng: random.Random) -> tuple[str, int, str]:
    """A template id, how many versions the plan has (1 to 3) and a change note."""
    values, weights = _weighted(PLAN_TEMPLATES)
    template = rng.choices(values, weights=weights)[0]
    return template, rng.choice((1, 1, 2, 3)), rng.choice(PLAN_CHANGE_NOTES)


def plan_text(rng: random.Random) -> str:
    """A short answer for a free-text plan field, in her words as a worker would record."""
    return " ".join(_sentence(rng, rng.randrange(len(_TEMPLATES))) for _ in range(2))


CONSENT_RECIPIENTS = (
    ("gp", "Harbour Lane Surgery", "Practice nurse"),
    ("mental_health", "Fictional NHS Trust", "Community mental health team"),
    ("housing", "Fictional Borough Housing", "Housing options officer"),
    ("idva", "Fictional IDVA Service", "IDVA"),
    ("drug_and_alcohol", "Fictional Recovery Service", "Recovery worker"),
)
CONSENT_HOW = (
    "Written, signed with her keyworker",
    "Verbal, at a session, read back to her",
    "Written, with an interpreter present",
)
CONSENT_WORDS = (
    "I'm happy for the nurse to know, not my family.",
    "Only what they need for the housing application.",
    "Please tell them about my appointments, nothing else.",
    "Yes, so I don't have to tell my story again.",
)


def consent_to_share(rng: random.Random, today: date, gp: bool = False) -> ConsentToShare:
    """One fictional agreement to share, running from a few weeks ago to next year."""
    kind, organisation, role = CONSENT_RECIPIENTS[0] if gp else rng.choice(CONSENT_RECIPIENTS)
    categories = {DataCategory.SAFE_CONTACT, DataCategory.CONTACT_DETAILS}
    categories |= set(
        rng.sample(
            [DataCategory.SESSION_SUMMARY, DataCategory.PHYSICAL_HEALTH],
            k=2 if gp else rng.randint(0, 2),
        )
    )
    starts = today - timedelta(days=rng.randint(1, 120))
    return ConsentToShare(
        id="",
        version=0,
        categories=frozenset(categories),
        recipients=(Recipient(RecipientKind(kind), organisation, role),),
        purposes=frozenset({Purpose.REFERRAL}),
        direction=Direction.WE_SEND,
        how_obtained=rng.choice(CONSENT_HOW),
        what_she_was_told="If someone is in immediate danger we may share without asking.",
        capacity_considered=True,
        interpreter_used=rng.random() < 0.1,
        starts_on=starts,
        review_by=starts + timedelta(days=180),
        expires_on=starts + timedelta(days=365),
        extra={"her_words": rng.choice(CONSENT_WORDS)},
    )
