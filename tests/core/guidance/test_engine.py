"""How the engine behaves: offsets, normalisation, her own words, conditions, collapsing."""

from __future__ import annotations

import pytest

from womenscentre.guidance import HER_WORDS_CLOSE, HER_WORDS_OPEN, Action, Guide, Severity
from womenscentre.guidance.inflect import noun_forms, participles, verb_forms
from womenscentre.guidance.patterns import expand
from womenscentre.guidance.text import match_case, normalise_word, tokenise


def rules(guide: Guide, text: str, **kwargs: object) -> list[str]:
    return [f.rule for f in guide.check(text, **kwargs)]  # type: ignore[arg-type]


# --- tokens, offsets and normalisation -------------------------------------------------


def test_tokens_keep_code_point_offsets_of_the_original() -> None:
    """Offsets index the text as typed, whatever normalisation did to the matching form."""
    text = "She didn’t — “no” — ﬁne"
    for token in tokenise(text):
        assert text[token.start : token.end] == token.raw
    assert [t.norm for t in tokenise("didn’t")] == ["didn't"]
    assert [t.norm for t in tokenise("ﬁne")] == ["fine"]


def test_joining_hyphens_are_dropped_but_spaced_dashes_stay() -> None:
    assert [t.norm for t in tokenise("drug-seeking")] == ["drug", "seeking"]
    assert [t.norm for t in tokenise("drug – seeking")] == ["drug", "-", "seeking"]


def test_possessive_s_is_its_own_token() -> None:
    assert [t.norm for t in tokenise("her daughter's school")] == [
        "her",
        "daughter",
        "'s",
        "school",
    ]


def test_american_spellings_map_to_british() -> None:
    assert normalise_word("Behavior") == "behaviour"
    assert normalise_word("stigmatized") == "stigmatised"
    assert normalise_word("size") == "size"


def test_findings_report_the_text_as_typed(guide: Guide) -> None:
    """Curly apostrophes, dashes, case and US spelling all match; offsets are the original's."""
    text = "Notes say she’s been CLEAN since May and showed risk‑taking behavior."
    found = guide.check(text)
    by_rule = {f.rule: f for f in found}
    assert by_rule["sub.clean-dirty"].text == "she’s been CLEAN"
    assert by_rule["da.put-herself-at-risk"].text == "risk‑taking behavior"
    for finding in found:
        assert text[finding.start : finding.end] == finding.text


def test_line_and_column_count_code_points(guide: Guide) -> None:
    """Columns are 1-based code points, so emoji and CRLF don't shift them."""
    text = "First line 😊.\r\nShe is a junkie."
    (finding,) = guide.check(text)
    assert (finding.line, finding.column) == (2, 10)
    assert text[finding.start : finding.end] == "junkie"


# --- inflections generated at build time ------------------------------------------------


def test_inflections() -> None:
    assert noun_forms("addict") == ("addict", "addicts")
    assert noun_forms("woman") == ("woman", "women")
    assert set(verb_forms("refuse")) == {"refuse", "refuses", "refused", "refusing"}
    assert "committed" in verb_forms("commit")
    assert "labelled" in verb_forms("label")
    assert {"beat", "beaten"} <= set(participles("beat"))
    assert participles("strangle") == ("strangled",)


def test_inflections_reach_the_text(guide: Guide) -> None:
    assert "sub.addict" in rules(guide, "Two addicts live upstairs.")
    assert "mh.committed-suicide" in rules(guide, "He commits suicide in the film.")


def test_patterns_expand_alternatives_and_optional_words() -> None:
    norms = {e.norms for e in expand("she {has|had}? gone")}
    assert ("she", "gone") in norms
    assert ("she", frozenset({"has", "had"}), "gone") in norms


# --- her own words are never flagged ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'She said "I was a junkie" and smiled.',
        "She said “I was a junkie” and smiled.",
        "She said ‘I was a junkie’ and smiled.",
        "She said 'I was a junkie' and smiled.",
        "She said «I was a junkie» and smiled.",
        "She said “I was a junkie for years\nand he was a monster” and cried.",
        "She said 'I wasn't ever a junkie\nwhatever he says' and left.",
        'She said "I was a junkie and nobody cared.',
    ],
)
def test_quoted_speech_is_never_flagged(guide: Guide, text: str) -> None:
    """Straight, curly, single and double quotes, across lines, and unclosed ones."""
    assert guide.check(text) == []


def test_an_unclosed_quote_stops_at_the_end_of_its_paragraph(guide: Guide) -> None:
    text = 'She said "I was a junkie.\n\nShe is a junkie.'
    (finding,) = guide.check(text)
    assert finding.line == 3


def test_apostrophes_do_not_open_quotes(guide: Guide) -> None:
    """The girls' mother and don't are not quotation marks."""
    assert "sub.addict" in rules(guide, "The girls' mother is a junkie, isn't she.")


def test_her_words_blocks_are_never_flagged(guide: Guide) -> None:
    text = (
        f"Before.\n{HER_WORDS_OPEN}\nI was a junkie.\n\nHe's a psycho.\n{HER_WORDS_CLOSE}\n"
        "After, she said she relapsed."
    )
    assert rules(guide, text) == ["sub.relapse"]


def test_an_unclosed_her_words_block_runs_to_the_end(guide: Guide) -> None:
    assert guide.check("[Her Words]\nI was a junkie.\n\nStill a junkie.") == []


def test_capitalised_service_names_and_job_titles(guide: Guide) -> None:
    assert guide.check("She saw the Substance Misuse Service and her Offender Manager.") == []
    assert "sub.substance-misuse" in rules(guide, "She talked about her substance misuse.")


def test_organisation_allow_list(builtin_dir: object) -> None:
    guide = Guide.load(allow=["vulnerable adult"])
    assert guide.check("She is a vulnerable adult under the policy.") == []
    assert rules(guide, "She is a vulnerable woman.") == ["eng.vulnerable"]


def test_allow_per_call(guide: Guide) -> None:
    assert guide.check("She is a vulnerable adult.", allow=["vulnerable adult"]) == []


def test_her_preferred_terms(guide: Guide) -> None:
    """What she calls herself is never flagged, plural included."""
    assert guide.check("She is an addict in recovery.", preferred_terms=["addict"]) == []
    assert guide.check("She says addicts help each other.", preferred_terms=["addict"]) == []
    assert rules(guide, "She is a victim of domestic abuse.") == ["id.victim"]
    assert guide.check("She is a victim of domestic abuse.", preferred_terms=["victim"]) == []


def test_a_rule_can_wait_for_her_preference(guide: Guide) -> None:
    """'survivor' is only raised for a woman who has said she prefers 'victim'."""
    assert guide.check("She is a survivor.") == []
    (finding,) = guide.check("She is a survivor.", preferred_terms=["victim"])
    assert finding.suggestions == ("victim",)


# --- suggestions, collapsing, passives ---------------------------------------------------


def test_suggestions_keep_the_writers_capitalisation(guide: Guide) -> None:
    (lower,) = guide.check("She said she is a junkie.")
    (title,) = guide.check("Junkie, they called her.")
    (upper,) = guide.check("THEY SAID JUNKIE.")
    assert lower.suggestions[0] == "person who uses drugs"
    assert title.suggestions[0] == "Person who uses drugs"
    assert upper.suggestions[0] == "PERSON WHO USES DRUGS"
    assert match_case("DV", "domestic abuse") == "domestic abuse"


def test_repeats_of_a_rule_are_collapsed_into_the_first(guide: Guide) -> None:
    text = "She is a junkie. Her friend is a junkie.\n\nThe junkies upstairs."
    (finding,) = guide.check(text)
    assert (finding.start, finding.count) == (9, 3)


def test_agentless_passive_is_a_hint_that_asks(guide: Guide) -> None:
    (finding,) = guide.check("She was repeatedly hit.")
    assert finding.severity is Severity.HINT
    assert finding.action is Action.ASK
    assert finding.suggestions[0].startswith("Who did this?")
    assert guide.check("She was hit on the head by her brother.") == []
    assert guide.check("She was tired, upset and scared.") == []


def test_requires_and_unless_are_sentence_scoped(guide: Guide) -> None:
    """A cue in the next sentence doesn't count."""
    assert "da.quarrel-words" in rules(guide, "They had an argument and he hit her.")
    assert "da.quarrel-words" not in rules(guide, "They had an argument. Later he hit her.")
    assert "mh.failed-attempt" not in rules(guide, "It was a failed attempt. She took tablets.")
    assert "mh.failed-attempt" in rules(guide, "It was a failed attempt with tablets.")


def test_longest_match_wins_where_rules_overlap(guide: Guide) -> None:
    """'recovering addict' is one point (a hint), not also the 'addict' warning."""
    assert rules(guide, "She is a recovering addict.") == ["sub.former-addict"]


def test_disabled_and_opt_in_rules() -> None:
    guide = Guide.load(disabled=["sub.addict"], enabled=["jg.the-client"])
    assert guide.check("She is a junkie.") == []
    assert rules(guide, "The client came in.") == ["jg.the-client"]
    assert Guide.load().check("The client came in.") == []


# --- incremental checks --------------------------------------------------------------------


def test_check_paragraph_matches_the_whole_note(guide: Guide) -> None:
    """The paragraph around a position gives the same findings as a whole check, uncollapsed."""
    note = (
        "First paragraph, nothing here.\n\n"
        "She is a junkie.\nShe was hit.\n\n"
        "[her words]\nI'm a junkie.\n\n"
        "Still me: a junkie.\n[/her words]\n\nShe is a junkie."
    )
    whole = guide.check(note)
    second = guide.check_paragraph(note, note.index("hit"))
    assert note[second.start : second.end] == "She is a junkie.\nShe was hit."
    assert [(f.rule, f.start, f.line, f.column) for f in second.findings] == [
        (f.rule, f.start, f.line, f.column) for f in whole[:2]
    ]
    inside = guide.check_paragraph(note, note.index("Still"))
    assert inside.findings == ()
    last = guide.check_paragraph(note, len(note))
    assert [(f.line, f.column) for f in last.findings] == [(12, 10)]


def test_check_paragraph_on_an_empty_note(guide: Guide) -> None:
    result = guide.check_paragraph("", 0)
    assert (result.start, result.end, result.findings) == (0, 0, ())
