"""A licence scan: no distinctive wording of the licensed instruments anywhere in resources/.

Practice reference §0: the Stanley-Brown safety plan form, the SafeLives Dash risk checklist,
the Outcomes Star family and WEMWBS may not be reproduced. The fragments below are short
identifying pieces of their published wording and names, kept here only to detect copying;
none of them is used by the app. Text is compared lower-cased, with curly quotes made
straight and whitespace collapsed, with and without punctuation.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from womenscentre.paths import resources_dir

DASH = [
    "current incident resulted in injury",
    "are you very frightened",
    "is it further injury or violence",
    "do you feel isolated from family",
    "feeling depressed or having suicidal thoughts",
    "have you separated or tried to separate",
    "conflict over child contact",
    "call, contact, follow, stalk or harass",
    "pregnant or have you recently had a baby",
    "is the abuse happening more often",
    "is the abuse getting worse",
    "try to control everything you do",
    "excessively jealous",
    "used weapons or objects to hurt you",
    "threatened to kill you or someone else and you believed them",
    "strangle/choke/suffocate/drown",
    "things of a sexual nature that make you feel bad",
    "mistreated an animal or the family pet",
    "are there any financial issues",
    "problems in the past year with drugs",
    "threatened or attempted suicide",
    "broken bail/an injunction",
    "trouble with the police or has a criminal history",
    "any other person who has threatened you",
    "dash risk identification checklist",
    "dash ric",
]
STANLEY_BROWN = [
    "stanley-brown",
    "stanley brown safety plan",
    "(thoughts, images, mood, situation, behavior)",
    "internal coping strategies",
    "take my mind off my problems without contacting another person",
    "people and social settings that provide distraction",
    "people whom i can ask for help",
    "professionals or agencies i can contact during a crisis",
    "making the environment safe",
    "most important to me and worth living for",
]
OUTCOMES_STAR = [
    "outcomes star",
    "journey of change",
    "accepting help, believing, learning",
    "empowerment star",
    "justice star",
    "recovery star",
    "triangle consulting",
]
WEMWBS = [
    "warwick-edinburgh",
    "wemwbs",
    "feeling optimistic about the future",
    "i've been feeling useful",
    "i've had energy to spare",
    "dealing with problems well",
    "i've been thinking clearly",
    "i've been feeling close to other people",
    "able to make up my own mind about things",
    "i've been feeling loved",
    "i've been interested in new things",
    "i've been feeling cheerful",
    "statements about feelings and thoughts",
]
PHRASES = DASH + STANLEY_BROWN + OUTCOMES_STAR + WEMWBS
TEXT_SUFFIXES = {".toml", ".json", ".txt", ".md", ".html", ".csv", ".yml", ".yaml", ".ftl", ".ts"}


def normalise(text: str, *, keep_punctuation: bool = True) -> str:
    text = text.lower().translate(str.maketrans("‘’“”–—", "''\"\"--"))
    if not keep_punctuation:
        text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def findings(text: str) -> list[str]:
    plain = normalise(text)
    bare = normalise(text, keep_punctuation=False)
    return [
        phrase
        for phrase in PHRASES
        if normalise(phrase) in plain or normalise(phrase, keep_punctuation=False) in bare
    ]


def resource_files() -> list[Path]:
    root = resources_dir()
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)


def test_the_scan_finds_a_planted_fragment():
    """Control: curly quotes, line breaks and odd spacing don't hide a copied phrase."""
    assert findings("Q: I’ve had\n energy   to spare.") == ["i've had energy to spare"]
    assert findings("Is the abuse — getting worse?") == ["is the abuse getting worse"]
    assert findings("Nothing borrowed here: what helped?") == []


@pytest.mark.parametrize(
    "path", resource_files(), ids=lambda p: str(p.relative_to(resources_dir()))
)
def test_no_licensed_wording_in_resources(path):
    assert findings(path.read_text(encoding="utf-8", errors="replace")) == []


def test_the_scan_covers_the_plan_and_prompt_files():
    names = {p.name for p in resource_files()}
    assert {"domestic-abuse.toml", "very-hard-times.toml", "shared.toml"} <= names


def risk_screen_files() -> list[Path]:
    ui = Path(__file__).resolve().parents[3] / "ui"
    return sorted([*ui.glob("risk_*.py"), ui / "models" / "risk.py"])


@pytest.mark.parametrize("path", risk_screen_files(), ids=lambda p: p.name)
def test_no_checklist_wording_in_the_risk_screens(path):
    """The risk record's screens name the checklist but never carry its questions."""
    assert findings(path.read_text(encoding="utf-8")) == []


def test_the_scan_covers_the_risk_screens():
    assert {"risk_form.py", "risk_tab.py", "risk.py"} <= {p.name for p in risk_screen_files()}
