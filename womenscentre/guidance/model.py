"""The vocabulary of language guidance: rules, findings and the errors a pack can have.

These are plain frozen dataclasses so that the CLI, the editor (on a worker thread) and the
trainer's guide window can all share them without locks, and so that a finding can be sent
across a Qt signal as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from womenscentre.i18n import tr


class Severity(StrEnum):
    """Two levels only (reference §0.5): more would just be more to switch off."""

    #: A clear, well-sourced swap.
    WARNING = "warning"
    #: Shown gently: it depends on context, or on what she calls herself.
    HINT = "hint"


class Category(StrEnum):
    """The eight kinds of wording the guidance looks for (reference §B.3)."""

    BLAMING = "blaming"
    DEFICIT = "deficit"
    STIGMATISING_LABEL = "stigmatising-label"
    MINIMISING_ABUSE = "minimising-abuse"
    PASSIVE_PERPETRATOR = "passive-perpetrator"
    JARGON = "jargon"
    DIAGNOSTIC_LABEL = "diagnostic-label"
    DEHUMANISING = "dehumanising"


class Action(StrEnum):
    """What the editor may do with a rule's suggestions."""

    #: The suggestions are phrases that can replace the matched words.
    REPLACE = "replace"
    #: The suggestions are questions for the writer; never applied automatically (a passive
    #: can only be made active by someone who knows who did it).
    ASK = "ask"
    #: The suggestions show how the sentence might be written instead ("[he] chose to hit
    #: her"), often with placeholders; shown as examples, never pasted over the matched words,
    #: because the words around them would have to change too.
    REPHRASE = "rephrase"


@dataclass(frozen=True)
class Rule:
    """One problem, its better wording and why, as written in a rule pack."""

    id: str
    category: Category
    level: Severity
    patterns: tuple[str, ...]
    suggestions: tuple[str, ...]
    reason: str
    sources: tuple[str, ...]
    examples_flag: tuple[str, ...]
    examples_pass: tuple[str, ...]
    requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_before: tuple[str, ...] = ()
    unless_after: tuple[str, ...] = ()
    window: int = 0
    action: Action = Action.REPLACE
    when_she_prefers: tuple[str, ...] = ()
    examples_prefers: tuple[str, ...] = ()
    #: Off unless an organisation switches it on: for words many forms still require.
    opt_in: bool = False
    note: str = ""
    #: The pack the rule came from, for the trainer's guide and for error messages.
    pack: str = ""
    #: Line of each field in the pack file, so later checks can still name a line.
    lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)

    def line_of(self, name: str) -> int:
        """The line of field ``name``, or of the rule's start when the field wasn't written."""
        return self.lines.get(name, self.lines.get("", 1))


@dataclass(frozen=True, slots=True)
class Source:
    """A publication a rule draws on, in full, for the guide window and the handout."""

    #: The key rules cite it by, such as "S4".
    key: str
    title: str
    #: The authors or the organisation that published it.
    organisation: str
    year: int | None = None
    urls: tuple[str, ...] = ()
    #: What it is used for here, in one line.
    about: str = ""

    @property
    def citation(self) -> str:
        """One line, such as ``Samaritans (2020). Media Guidelines for Reporting Suicide.``"""
        when = f" ({self.year})" if self.year is not None else ""
        title = self.title if self.title.endswith((".", "?", "!")) else self.title + "."
        return f"{self.organisation}{when}. {title}"


@dataclass(frozen=True)
class RulePack:
    """One loaded, valid pack file."""

    path: Path
    group: str
    title: str
    rules: tuple[Rule, ...]
    cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    cue_lines: Mapping[str, int] = field(default_factory=dict, compare=False)
    #: Sources defined in the pack itself (a local pack may cite its own).
    sources: Mapping[str, Source] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    """One place where the wording could be kinder or clearer.

    Offsets are code points into the checked text (end exclusive); ``line`` and ``column``
    are 1-based (design §3). ``count`` is how many times this rule matched in the text when
    repeats were collapsed into this, the first one.
    """

    start: int
    end: int
    line: int
    column: int
    text: str
    rule: str
    category: Category
    severity: Severity
    message: str
    suggestions: tuple[str, ...]
    action: Action = Action.REPLACE
    count: int = 1

    def to_json(self, file: str) -> dict[str, Any]:
        """The finding as design §3's ``lint --format json`` object, fields in its order."""
        return {
            "file": file,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "rule": self.rule,
            "category": str(self.category),
            "severity": str(self.severity),
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


class RulePackError(Exception):
    """A rule pack that can't be used, naming the file, the line and the field.

    ``str(error)`` is a sentence for whoever maintains the pack, such as
    ``local.toml, line 12, field 'level': must be "warning" or "hint", not "warn".``
    """

    def __init__(self, path: Path | str, line: int, field_name: str, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.field = field_name
        self.problem = problem
        if field_name:
            where = tr("{path}, line {line}, field '{field}'").format(
                path=self.path, line=line, field=field_name
            )
        else:
            where = tr("{path}, line {line}").format(path=self.path, line=line)
        super().__init__(f"{where}: {problem}")


class PatternError(ValueError):
    """A pattern string that can't be understood; the loader adds file, line and field."""
