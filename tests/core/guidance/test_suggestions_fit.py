"""Suggestions read as English once applied: no doubled words, "a"/"an" that agree.

The broad check applies every suggestion of every replace rule to each of the rule's own
"flag" examples. The rest pin the fitting rules down one by one. All text is fictional.
"""

from __future__ import annotations

import itertools
import re

import pytest

from womenscentre.guidance import Action, Finding, Guide, apply_suggestion
from womenscentre.guidance.fit import article_for, fit_suggestions

_WORDS = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _applied(guide: Guide) -> list[tuple[str, str, str]]:
    """(rule, example, example with one suggestion applied) for every replace rule."""
    out = []
    for rule in guide.rules:
        if rule.action is not Action.REPLACE:
            continue
        for example in rule.examples_flag:
            for finding in guide.check(example):
                if finding.rule != rule.id:
                    continue
                for suggestion in finding.suggestions:
                    out.append((rule.id, example, _put(example, finding, suggestion)))
    return out


def _put(text: str, finding: Finding, suggestion: str) -> str:
    start, end, replacement = apply_suggestion(text, finding.start, finding.end, suggestion)
    return text[:start] + replacement + text[end:]


def _problems(sentence: str) -> list[str]:
    words = [w.lower() for w in _WORDS.findall(sentence)]
    found = [f"doubled '{a}'" for a, b in itertools.pairwise(words) if a == b]
    for article, following in itertools.pairwise(words):
        if article in {"a", "an"} and following.isalpha() and article_for(following) != article:
            found.append(f"'{article} {following}'")
    return found


def test_every_replace_suggestion_fits_its_own_examples(full_guide: Guide) -> None:
    applied = _applied(full_guide)
    assert len(applied) > 100
    bad = [(rule, result, _problems(result)) for rule, _, result in applied if _problems(result)]
    assert bad == []


def test_the_problem_finder_finds_problems() -> None:
    """The broad check above would catch what it is meant to."""
    assert _problems("She She hasn't been in touch.") == ["doubled 'she'"]
    assert _problems("He [he] chose to hit her.") == ["doubled 'he'"]
    assert _problems("She is an woman who uses drugs.") == ["'an woman'"]
    assert _problems("She is a addict.") == ["'a addict'"]
    assert _problems("She is an honest woman and a user of the service.") == []


def _fix(guide: Guide, text: str, rule: str) -> tuple[Finding, list[str]]:
    finding = next(f for f in guide.check(text) if f.rule == rule)
    return finding, [_put(text, finding, s) for s in finding.suggestions]


def test_did_not_engage_reads_on_from_she(full_guide: Guide) -> None:
    _, results = _fix(full_guide, "She did not engage with the service.", "eng.did-not-engage")
    assert results[0] == "She has not been in touch with the service."
    _, results = _fix(
        full_guide, "She is refusing to engage with her worker.", "eng.did-not-engage"
    )
    assert results[0] == "She has not been in touch with her worker."
    _, results = _fix(full_guide, "She won't engage, so we closed it.", "eng.will-not-engage")
    assert results[0] == "She has not been in touch, so we closed it."


def test_a_volatile_relationship_gets_a_clause_that_names_him(full_guide: Guide) -> None:
    finding, results = _fix(full_guide, "They have a volatile relationship.", "da.volatile-couple")
    assert finding.text == "They have a volatile relationship"
    assert results[0] == "[he] is abusive and controlling towards her."
    _, results = _fix(
        full_guide, "Their relationship was toxic from the start.", "da.volatile-couple"
    )
    assert results[0].startswith("[he] is abusive and controlling towards her")
    assert "da.volatile-couple" not in {
        f.rule for f in full_guide.check("They have a toxic relationship with alcohol.")
    }


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        ("She is an addict.", "sub.addict", "She is a person who uses drugs."),
        ("An addict lives upstairs.", "sub.addict", "A person who uses drugs lives upstairs."),
        ("She is an IV drug user.", "sub.drug-user", "She is a person who uses drugs."),
        ("She is a junkie.", "sub.addict", "She is a person who uses drugs."),
        (
            "Police were called to a domestic dispute.",
            "da.domestic-dispute",
            "Police were called to an incident of domestic abuse.",
        ),
        ("She is an alcoholic.", "sub.alcoholic", "She is a woman with an alcohol dependency."),
    ],
)
def test_a_and_an_agree_with_the_suggestion(
    full_guide: Guide, text: str, rule: str, expected: str
) -> None:
    _, results = _fix(full_guide, text, rule)
    assert expected in results


def test_the_article_is_taken_in_only_when_it_must_change(full_guide: Guide) -> None:
    text = "She is an addict."
    changed, _ = _fix(full_guide, text, "sub.addict")
    assert changed.text == "addict"  # the finding underlines the word the rule is about
    start, end, put = apply_suggestion(text, changed.start, changed.end, changed.suggestions[0])
    assert (text[start:end], put) == ("an addict", "a person who uses drugs")
    text = "She is a junkie."
    kept, _ = _fix(full_guide, text, "sub.addict")
    start, end, put = apply_suggestion(text, kept.start, kept.end, kept.suggestions[0])
    assert (text[start:end], put) == ("junkie", "person who uses drugs")
    text = "A domestic dispute was reported."
    own, _ = _fix(full_guide, text, "da.domestic-dispute")
    start, end, put = apply_suggestion(text, own.start, own.end, "an incident of domestic abuse")
    assert (text[start:end], put) == ("A domestic dispute", "An incident of domestic abuse")
    start, end, put = apply_suggestion(text, own.start, own.end, "domestic abuse")
    assert (text[start:end], put) == ("A domestic dispute", "Domestic abuse")


def test_plural_matches_get_plural_suggestions_with_agreeing_verbs(full_guide: Guide) -> None:
    _, results = _fix(full_guide, "The hostel will not take junkies.", "sub.addict")
    assert results[0] == "The hostel will not take people who use drugs."
    _, results = _fix(full_guide, "Offenders share a kitchen.", "cj.offender-label")
    assert results[0].startswith("Women ") and " share a kitchen." in results[0]


def test_the_fitting_rules_one_by_one() -> None:
    text = "Her daughter is involved in it and he was violent."
    start = text.index("involved")
    assert fit_suggestions(text, start, start + 8, ("is being exploited",)) == ("being exploited",)
    start = text.index("he was")
    assert fit_suggestions(text, start, start + 6, ("he chose to be violent",)) == (
        "he chose to be",
    )
    text = "Her mother was alcoholic."
    start = text.index("alcoholic")
    assert fit_suggestions(text, start, start + 9, ("woman with an alcohol dependency",)) == (
        "a woman with an alcohol dependency",
    )
    assert article_for("hour") == "an" and article_for("user") == "a"
    assert article_for("one-off") == "a" and article_for("incident") == "an"


def test_questions_and_rephrasings_are_never_fitted(full_guide: Guide) -> None:
    passive = next(
        f for f in full_guide.check("She was hit.") if f.rule == "pv.agentless-abuse-verb"
    )
    assert passive.action is Action.ASK
    assert passive.suggestions == full_guide.rule("pv.agentless-abuse-verb").suggestions
    rephrase = next(
        f
        for f in full_guide.check("He lost his temper and hit her.")
        if f.action is Action.REPHRASE
    )
    assert rephrase.suggestions == full_guide.rule(rephrase.rule).suggestions
