"""Inflections generated when rules are built, so a rule names a word once.

alex and Vale both missed plurals and tenses because every form had to be listed by hand
(alex #317, Vale #1091). Here a rule writes ``[n:addict]`` or ``[v:refuse]`` and gets every
form. There is deliberately no tagger at run time: generating forms up front is exact, fast
and testable, where a part-of-speech tagger is slow and guesses (textlint #132, Vale #775).

British spelling rules apply: a final vowel + "l" doubles ("labelled", "fuelled").
"""

from __future__ import annotations

from typing import Final

_VOWELS: Final = set("aeiou")

#: Irregular plurals met in case notes.
_PLURALS: Final[dict[str, str]] = {
    "woman": "women",
    "man": "men",
    "child": "children",
    "person": "people",
    "wife": "wives",
    "life": "lives",
    "knife": "knives",
    "mouse": "mice",
    "foot": "feet",
    "tooth": "teeth",
    "baby": "babies",
    "lady": "ladies",
    "mother-in-law": "mothers-in-law",
    "ex-con": "ex-cons",
}

#: Irregular verbs: base -> (third person, past simple, past participles, -ing form).
_VERBS: Final[dict[str, tuple[str, tuple[str, ...], tuple[str, ...], str]]] = {
    "be": ("is", ("was", "were", "am", "are"), ("been",), "being"),
    "beat": ("beats", ("beat",), ("beaten", "beat"), "beating"),
    "bite": ("bites", ("bit",), ("bitten",), "biting"),
    "bring": ("brings", ("brought",), ("brought",), "bringing"),
    "burn": ("burns", ("burned", "burnt"), ("burned", "burnt"), "burning"),
    "choose": ("chooses", ("chose",), ("chosen",), "choosing"),
    "come": ("comes", ("came",), ("come",), "coming"),
    "do": ("does", ("did",), ("done",), "doing"),
    "drink": ("drinks", ("drank",), ("drunk",), "drinking"),
    "fall": ("falls", ("fell",), ("fallen",), "falling"),
    "fight": ("fights", ("fought",), ("fought",), "fighting"),
    "fly": ("flies", ("flew",), ("flown",), "flying"),
    "get": ("gets", ("got",), ("got", "gotten"), "getting"),
    "give": ("gives", ("gave",), ("given",), "giving"),
    "go": ("goes", ("went",), ("gone",), "going"),
    "have": ("has", ("had",), ("had",), "having"),
    "hit": ("hits", ("hit",), ("hit",), "hitting"),
    "hold": ("holds", ("held",), ("held",), "holding"),
    "hurt": ("hurts", ("hurt",), ("hurt",), "hurting"),
    "keep": ("keeps", ("kept",), ("kept",), "keeping"),
    "leave": ("leaves", ("left",), ("left",), "leaving"),
    "let": ("lets", ("let",), ("let",), "letting"),
    "lie": ("lies", ("lied",), ("lied",), "lying"),
    "lose": ("loses", ("lost",), ("lost",), "losing"),
    "make": ("makes", ("made",), ("made",), "making"),
    "put": ("puts", ("put",), ("put",), "putting"),
    "run": ("runs", ("ran",), ("run",), "running"),
    "say": ("says", ("said",), ("said",), "saying"),
    "see": ("sees", ("saw",), ("seen",), "seeing"),
    "seek": ("seeks", ("sought",), ("sought",), "seeking"),
    "set": ("sets", ("set",), ("set",), "setting"),
    "shake": ("shakes", ("shook",), ("shaken",), "shaking"),
    "sleep": ("sleeps", ("slept",), ("slept",), "sleeping"),
    "spit": ("spits", ("spat",), ("spat",), "spitting"),
    "stick": ("sticks", ("stuck",), ("stuck",), "sticking"),
    "strike": ("strikes", ("struck",), ("struck", "stricken"), "striking"),
    "take": ("takes", ("took",), ("taken",), "taking"),
    "tear": ("tears", ("tore",), ("torn",), "tearing"),
    "tell": ("tells", ("told",), ("told",), "telling"),
    "think": ("thinks", ("thought",), ("thought",), "thinking"),
    "throw": ("throws", ("threw",), ("thrown",), "throwing"),
    "traffic": ("traffics", ("trafficked",), ("trafficked",), "trafficking"),
    "wind": ("winds", ("wound",), ("wound",), "winding"),
}

#: Words of more than one syllable whose last consonant doubles ("committed", "controlled").
_DOUBLING: Final = frozenset(
    {
        "admit",
        "commit",
        "compel",
        "control",
        "expel",
        "equip",
        "forget",
        "omit",
        "occur",
        "patrol",
        "permit",
        "prefer",
        "propel",
        "rebel",
        "refer",
        "regret",
        "submit",
        "transmit",
        "upset",
        "abet",
        "confer",
        "deter",
        "incur",
        "kidnap",
        "worship",
        "fuel",
    }
)


def plural(noun: str) -> str:
    """The plural of one noun (the last word of a hyphenated noun takes the ending)."""
    if noun in _PLURALS:
        return _PLURALS[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def noun_forms(noun: str) -> tuple[str, ...]:
    """Singular and plural, singular first."""
    return (noun, plural(noun))


def _syllables(word: str) -> int:
    groups, previous = 0, False
    for char in word:
        vowel = char in _VOWELS or char == "y"
        if vowel and not previous:
            groups += 1
        previous = vowel
    return groups


def _doubles(verb: str) -> bool:
    """Whether the final consonant doubles before "-ed" and "-ing" (British rules)."""
    if verb in _DOUBLING:
        return True
    if len(verb) < 3:
        return False
    last, middle, first = verb[-1], verb[-2], verb[-3]
    if last in _VOWELS or last in "wxy" or middle not in _VOWELS or first in _VOWELS:
        return False
    return _syllables(verb) == 1 or (last == "l" and middle in _VOWELS)


def _regular(verb: str) -> tuple[str, str, str]:
    """Third person, past and -ing of a regular verb."""
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if _doubles(verb):
        stem = verb + verb[-1]
        return third, stem + "ed", stem + "ing"
    if verb.endswith("e"):
        ing = (
            verb[:-2] + "ying"
            if verb.endswith("ie")
            else (verb + "ing" if verb.endswith(("ee", "ye", "oe")) else verb[:-1] + "ing")
        )
        return third, verb + "d", ing
    if verb.endswith("y") and verb[-2] not in _VOWELS:
        return third, verb[:-1] + "ied", verb + "ing"
    return third, verb + "ed", verb + "ing"


def verb_forms(verb: str) -> tuple[str, ...]:
    """Every form of a verb: base, third person, past, past participle and -ing."""
    if verb in _VERBS:
        third, past, participles, ing = _VERBS[verb]
        forms = [verb, third, *past, *participles, ing]
    else:
        third, past_form, ing = _regular(verb)
        forms = [verb, third, past_form, ing]
    return tuple(dict.fromkeys(forms))


def participles(verb: str) -> tuple[str, ...]:
    """The past participles only, for passive patterns ("was [pp:hit]")."""
    if verb in _VERBS:
        return _VERBS[verb][2]
    return (_regular(verb)[1],)
