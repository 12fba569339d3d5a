"""Fitting a suggestion into the sentence it will replace words in.

A rule's suggestions are written once, but they land in many sentences, and the words just
outside the match matter: "an addict" must become "a woman who uses drugs", not "an woman
who uses drugs"; "a domestic dispute" must not become "a an incident of domestic abuse";
"Her daughter is engaged in CSE" must not become "Her daughter is is a victim of …". So
before a finding is made, each suggestion is fitted to its surroundings:

- a suggestion that starts with the word just before the match, or ends with the word just
  after it, loses that word (the sentence already has it);
- after "a" or "an", :func:`apply_suggestion` (called when a suggestion is put in) makes the
  article agree with it, or lets a suggestion that brings its own article replace it.

- a suggestion naming a person ("woman with a conviction") follows the number of the words
  it replaces: "offenders" becomes "women with a conviction", and its verbs agree ("people
  who use drugs"); after "is" or "was" with no article, it gets one ("was a woman …").

The finding's span never changes, and the rule's wording in the guide stays as written.
"""

from __future__ import annotations

import re
from typing import Final

_WORD: Final = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_NEXT_WORD: Final = re.compile(r"[ \t]+([^\W_]+(?:['\u2019][^\W_]+)*)")
_ARTICLES: Final = frozenset({"a", "an"})
#: A suggestion starting with one of these stands without the text's "a"/"an".
_STANDS_ALONE: Final = frozenset({"a", "an", "the", "he", "she", "they", "we", "i", "her", "his"})
#: Words spelt with a vowel but said with a consonant ("a user"), and the reverse ("an hour").
_SAID_WITH_CONSONANT: Final = ("uni", "use", "usu", "usa", "ure", "eu", "one", "once", "ewe")
_SAID_WITH_VOWEL: Final = ("hour", "honest", "honour", "heir")

#: Nouns a suggestion about a person starts with, and their plurals.
_PEOPLE: Final = {
    "woman": "women",
    "person": "people",
    "child": "children",
    "girl": "girls",
    "boy": "boys",
    "baby": "babies",
    "mother": "mothers",
    "survivor": "survivors",
    "looked-after": "looked-after",
}
#: Suggestions that take no "a" ("called to domestic abuse", not "to a domestic abuse").
_UNCOUNTABLE: Final = (
    "domestic abuse",
    "abuse",
    "violence",
    "family time",
    "self-harm",
    "substance use",
    "drug use",
    "drug or alcohol use",
)
_COPULAS: Final = frozenset({"is", "was", "be", "been", "being", "became", "become", "remains"})
_AGREE: Final = (
    (re.compile(r"\b(who|that) is\b"), r"\1 are"),
    (re.compile(r"\b(who|that) has\b"), r"\1 have"),
    (re.compile(r"\b(who|that) was\b"), r"\1 were"),
    (re.compile(r"\b(who|that) (\w+?)(?<!s)s\b"), r"\1 \2"),
)


def article_for(word: str) -> str:
    """ "a" or "an" for ``word``, by how it is usually said in British English."""
    lower = word.lower()
    if lower.startswith(_SAID_WITH_VOWEL):
        return "an"
    if lower.startswith(_SAID_WITH_CONSONANT):
        return "a"
    return "an" if lower[:1] in set("aeiou") else "a"


def fit_suggestions(
    text: str, start: int, end: int, suggestions: tuple[str, ...]
) -> tuple[str, ...]:
    """Each suggestion fitted to the words around ``text[start:end]``; the span stays as it is.

    "a"/"an" just before the span is left for :func:`apply_suggestion`, which may take the
    article in: the finding keeps underlining the words the rule is about.
    """
    if not suggestions:
        return suggestions
    before = _word_before(text, start)
    after = _word_after(text, end)
    trimmed = tuple(_trim(s, before, after) for s in suggestions)
    if _is_plural(text[start:end]):
        return tuple(_pluralise(s) for s in trimmed)
    if before is not None and before[0].lower() in _COPULAS:
        return tuple(f"{article_for(s)} {s}" if _names_a_person(s) else s for s in trimmed)
    return trimmed


def apply_suggestion(text: str, start: int, end: int, suggestion: str) -> tuple[int, int, str]:
    """Where to put ``suggestion`` in place of ``text[start:end]``, and what to put there.

    After "a" or "an" the article is made to agree ("an addict" → "a person who uses drugs"),
    or dropped when the suggestion brings its own ("a domestic dispute" → "an incident of
    domestic abuse"); the span returned then starts at the article. Clauses and
    placeholders ("[he] …") are put in as they are.
    """
    before = _word_before(text, start)
    if before is None or before[0].lower() not in _ARTICLES:
        return start, end, suggestion
    article, article_start = before
    needed = _article_wanted(suggestion)
    if needed is None or needed == article.lower():
        return start, end, suggestion
    capital = article[:1].isupper()
    if not needed:
        return article_start, end, _capitalise(suggestion) if capital else suggestion
    return article_start, end, f"{needed.capitalize() if capital else needed} {suggestion}"


def _article_wanted(suggestion: str) -> str | None:
    """The article a suggestion needs after "a"/"an": "" if it brings its own, None if it's
    a clause that the article can't fit anyway (the rule's wording is what needs fixing)."""
    first = _WORD.search(suggestion)
    if first is None or suggestion.lstrip()[:1] in "[{(":
        return None
    word = first.group().lower()
    if word in _ARTICLES or word == "the":
        return ""
    if suggestion.lower() in _UNCOUNTABLE:
        return ""  # the article goes: "a domestic dispute" → "domestic abuse"
    if word in _STANDS_ALONE:
        return None
    return article_for(first.group())


def _is_plural(matched: str) -> bool:
    """Whether the matched words end in a plural noun ("offenders", "junkies")."""
    words = _WORD.findall(matched)
    last = words[-1].lower() if words else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))


def _names_a_person(suggestion: str) -> bool:
    return suggestion.split(None, 1)[0].lower() in _PEOPLE if suggestion.strip() else False


def _pluralise(suggestion: str) -> str:
    """ "woman with a conviction" → "women with a conviction"; other suggestions as they are."""
    if not _names_a_person(suggestion):
        return suggestion
    head, _, rest = suggestion.partition(" ")
    plural = _PEOPLE[head.lower()]
    if head[:1].isupper():
        plural = plural.capitalize()
    for pattern, replacement in _AGREE:
        rest = pattern.sub(replacement, rest, count=1)
    return f"{plural} {rest}".rstrip()


def _trim(suggestion: str, before: tuple[str, int] | None, after: str | None) -> str:
    words = suggestion.split()
    if before is not None and len(words) > 1 and _same(words[0], before[0]):
        suggestion = suggestion.split(None, 1)[1]
        words = words[1:]
    if after is not None and len(words) > 1 and _same(words[-1], after):
        suggestion = suggestion.rsplit(None, 1)[0]
    return suggestion


def _same(one: str, other: str) -> bool:
    return one.strip(".,;:").casefold() == other.casefold()


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word ending just before ``start`` (spaces between), with where it starts."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == start or at == 0 or not (text[at - 1].isalnum()):
        return None
    begin = at
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'\u2019"):
        begin -= 1
    return text[begin:at], begin


def _word_after(text: str, end: int) -> str | None:
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else None


def _capitalise(suggestion: str) -> str:
    return suggestion[:1].upper() + suggestion[1:]
