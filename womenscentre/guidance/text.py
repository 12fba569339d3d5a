"""Tokens with offsets, and the normalisation that lets one rule match every way of typing it.

Rules are written once, in plain lower-case British spelling, and the text is brought to the
same shape before matching: curly apostrophes become straight ones, the dash family becomes a
hyphen, case is folded and American spellings map to British. That is done *per token*, on a
copy, so every token keeps the code-point offsets of the words the keyworker actually typed:
the editor underlines exactly those, and the CLI reports them (design §3).

"'s" is a token of its own, so "her daughter's school" contains "daughter" and "she's"
is "she" + "'s" in a note and in a pattern alike.

A hyphen between two words joins them in print but not in meaning ("drug-seeking" and "drug
seeking" are the same phrase), so joining hyphens are dropped from the token stream. A dash
with space around it is punctuation and stays, so a phrase never matches across it. Commas,
quotes and full stops stay for the same reason.

The tokeniser is one compiled regular expression and a loop with no per-character work, so
a 2,000-word note tokenises in about a millisecond.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, NamedTuple

#: Apostrophe look-alikes that appear inside words ("didn’t"), folded to "'".
APOSTROPHES: Final = "'\u2019\u02bc\u2018\u02b9\u0060\u00b4"
#: The dash family, folded to "-".
DASHES: Final = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_TOKEN_RE: Final = re.compile(
    rf"[^\W_]+(?:[{APOSTROPHES}](?![sS](?![^\W_]))[^\W_]+)*"  # a word, apostrophes inside
    rf"|[{APOSTROPHES}][sS](?![^\W_])"  # a possessive or "is": "daughter|'s", "she|'s"
    r"|[^\s]",  # or any single other visible character
)
_FOLD: Final = str.maketrans({**{c: "'" for c in APOSTROPHES[1:]}, **{c: "-" for c in DASHES[1:]}})


class Token(NamedTuple):
    """One word or punctuation mark: where it is, what was typed, and its matching form.

    A named tuple rather than a dataclass: a long note has tens of thousands of tokens, and
    a tuple is built in C, several times faster than a frozen dataclass.
    """

    start: int
    end: int
    raw: str
    norm: str
    is_word: bool


def _american_to_british() -> dict[str, str]:
    """A closed table of US spellings and their UK forms, inflections included.

    A closed table, rather than a rewrite of every "-ize" ending, because "size", "prize" and
    "seize" must stay as they are; a wrong rewrite would hide a word from the rules.
    """
    table: dict[str, str] = {}
    for stem in (
        "apolog",
        "categor",
        "character",
        "critic",
        "criminal",
        "emphas",
        "hospital",
        "jeopard",
        "legal",
        "marginal",
        "minim",
        "normal",
        "organ",
        "patron",
        "priorit",
        "real",
        "recogn",
        "sexual",
        "social",
        "stigmat",
        "summar",
        "traumat",
        "victim",
        "institutional",
        "medical",
        "mobil",
        "neutral",
        "penal",
        "polar",
        "radical",
        "romantic",
        "sanit",
        "special",
        "stabil",
        "symbol",
        "util",
        "vandal",
    ):
        for us, uk in (
            ("ize", "ise"),
            ("izes", "ises"),
            ("ized", "ised"),
            ("izing", "ising"),
            ("ization", "isation"),
            ("izations", "isations"),
        ):
            table[stem + us] = stem + uk
    for stem in (
        "behavior",
        "color",
        "favor",
        "honor",
        "humor",
        "labor",
        "neighbor",
        "rumor",
        "endeavor",
        "harbor",
        "savior",
        "vapor",
    ):
        uk = stem[:-2] + "our"
        for suffix in ("", "s", "al", "ed", "ing", "ally", "hood", "able"):
            table[stem + suffix] = uk + suffix
    for us, uk in (
        ("center", "centre"),
        ("centers", "centres"),
        ("defense", "defence"),
        ("offense", "offence"),
        ("offenses", "offences"),
        ("license", "licence"),
        ("fueled", "fuelled"),
        ("fueling", "fuelling"),
        ("labeled", "labelled"),
        ("labeling", "labelling"),
        ("counseling", "counselling"),
        ("counselor", "counsellor"),
        ("counselors", "counsellors"),
        ("traveled", "travelled"),
        ("canceled", "cancelled"),
        ("signaled", "signalled"),
        ("modeled", "modelled"),
        ("pediatric", "paediatric"),
        ("anemia", "anaemia"),
        ("anesthetic", "anaesthetic"),
        ("esophagus", "oesophagus"),
        ("diarrhea", "diarrhoea"),
        ("gray", "grey"),
        ("mom", "mum"),
        ("moms", "mums"),
        ("pajamas", "pyjamas"),
        ("cozy", "cosy"),
        ("skeptical", "sceptical"),
        ("mold", "mould"),
        ("fetus", "foetus"),
    ):
        table[us] = uk
    return table


SPELLING: Final[dict[str, str]] = _american_to_british()


@functools.lru_cache(maxsize=16384)
def normalise_word(raw: str) -> str:
    """The matching form of one word: NFKC, straight apostrophes, folded case, UK spelling.

    NFKC is applied to the word alone, never to the whole text, because it can change a
    string's length ("ﬁ" becomes "fi") and the offsets must stay those of the original.
    Cached: the same few thousand words make up most notes.
    """
    word = unicodedata.normalize("NFKC", raw.translate(_FOLD)).casefold()
    return SPELLING.get(word, word)


def tokenise(text: str, base: int = 0) -> list[Token]:
    """Every word and punctuation mark of ``text``, with offsets shifted by ``base``.

    ``base`` lets a caller tokenise one paragraph of a note and still get offsets into the
    whole note, which is how the editor re-checks only the paragraph that changed.
    """
    tokens: list[Token] = []
    append = tokens.append
    make = tuple.__new__  # Token(...) without the named tuple's Python-level __new__
    normalise = normalise_word
    length = len(text)
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        raw = match.group()
        if end - start == 1 and not raw.isalnum():
            folded = raw.translate(_FOLD)
            if (
                folded == "-"
                and start > 0
                and end < length
                and not text[start - 1].isspace()
                and not text[end].isspace()
            ):
                continue  # a joining hyphen: "drug-seeking" reads as "drug seeking"
            append(make(Token, (start + base, end + base, raw, folded, False)))
        else:
            append(make(Token, (start + base, end + base, raw, normalise(raw), True)))
    return tokens


def is_capitalised(raw: str) -> bool:
    """True when a word starts with a capital letter ("Offender", "MARAC")."""
    return raw[:1].isupper()


def match_case(model: str, phrase: str) -> str:
    """``phrase`` written the way the keyworker wrote ``model``.

    "JUNKIE" gives an all-capitals suggestion, "Junkie" a capital first letter, "junkie" the
    suggestion as written in the rule. A short all-capitals match is an acronym ("DV",
    "MARAC"), not shouting, so its suggestions stay as written. Placeholders such as "[he]"
    are left alone.
    """
    letters = [c for c in model if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        if (len(letters) >= 6 or " " in model.strip()) and model not in phrase:
            return phrase.upper()
        return phrase
    if model[:2].isupper() and model[:2].isalpha():
        return phrase  # "IV drug user", "DNA'd": an acronym, not the start of a sentence
    if model[:1].isupper():
        for index, char in enumerate(phrase):
            if char.isalpha():
                return phrase[:index] + char.upper() + phrase[index + 1 :]
            if char in "[{":
                return phrase
    return phrase
