"""Reading rule packs: TOML files, checked against a schema written here in code.

Why TOML: it is in the standard library (``tomllib``), it has comments and multi-line
strings, and a centre's administrator can edit it in Notepad without the indentation traps
of YAML or the missing-comma traps of JSON. Its one gap is that ``tomllib`` reports line
numbers only for syntax errors, not for a value that parses but is wrong. So after parsing,
:func:`key_lines` makes one pass over the text and records the line of every table header
and ``key =``; a schema error then names the file, the line and the field, which is what
an administrator needs to fix a local pack. That pass understands the layout packs use
(``[[rule]]`` tables, dotted keys, inline tables, multi-line arrays and strings); anything
odder falls back to the line of the enclosing rule, which is still the right place to look.

A pack with any problem is rejected whole, with every problem listed: a half-loaded pack
would behave in ways its author never tested. The caller decides what rejection means; the
:class:`~womenscentre.guidance.engine.Guide` reports it and carries on with the others.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from womenscentre.guidance.model import (
    Action,
    Category,
    PatternError,
    Rule,
    RulePack,
    RulePackError,
    Severity,
)
from womenscentre.guidance.patterns import expand
from womenscentre.i18n import tr

FORMAT: Final = 1
_ID_RE: Final = re.compile(r"[a-z][a-z0-9]*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+")
_CUE_RE: Final = re.compile(r"[a-z][a-z0-9-]*")
_HEADER_RE: Final = re.compile(r"\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_RE: Final = re.compile(
    r"\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"))*)\s*="
)
_INLINE_KEY_RE: Final = re.compile(r"[{,]\s*([A-Za-z0-9_-]+)\s*=")
_TOML_AT_RE: Final = re.compile(r"\(at line (\d+), column \d+\)")
PACK_KEYS: Final = frozenset({"format", "language", "group", "title", "cues", "rule", "source"})
RULE_KEYS: Final = frozenset(
    {
        "id",
        "category",
        "level",
        "patterns",
        "requires",
        "unless",
        "unless_before",
        "unless_after",
        "window",
        "suggestions",
        "action",
        "reason",
        "sources",
        "examples",
        "when_she_prefers",
        "note",
        "opt_in",
    }
)
EXAMPLE_KEYS: Final = frozenset({"flag", "pass", "prefers"})
MAX_WINDOW: Final = 12
MAX_REASON: Final = 240

Path_ = tuple[str | int, ...]


def key_lines(text: str) -> dict[Path_, int]:
    """The 1-based line of each table header and key, by path such as ("rule", 3, "level")."""
    lines: dict[Path_, int] = {}
    current: Path_ = ()
    rules = -1
    in_string = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string:
            if line.count(in_string) % 2 == 1:
                in_string = ""
            continue
        header = _HEADER_RE.match(line)
        if header and not _KEY_RE.match(line):
            parts = _split_key(header.group(2))
            if header.group(1) == "[[" and parts == ["rule"]:
                rules += 1
                current = ("rule", rules)
            elif parts[:1] == ["rule"] and rules >= 0:
                current = ("rule", rules, *parts[1:])
            else:
                current = tuple(parts)
            lines.setdefault(current, number)
            continue
        key = _KEY_RE.match(line)
        if key:
            path = (*current, *_split_key(key.group(1)))
            lines.setdefault(path, number)
            rest = line[key.end() :]
            for inline in _INLINE_KEY_RE.finditer(rest):
                lines.setdefault((*path, inline.group(1)), number)
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_string = quote
    return lines


def _split_key(key: str) -> list[str]:
    return [part.strip().strip('"') for part in key.split(".")]


class _Checker:
    """Validates one parsed pack, collecting every problem with its line."""

    def __init__(self, path: Path, text: str, data: dict[str, Any]) -> None:
        self.path = path
        self.text_lines = text.splitlines()
        self.lines = key_lines(text)
        self.data = data
        self.problems: list[RulePackError] = []
        #: Rule ids by position, so a problem can name the rule as well as the field.
        self.rule_ids: dict[int, str] = {}

    def line(self, path: Path_) -> int:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1

    def item_line(self, path: Path_, item: str) -> int:
        """The line of one list item: the first line at or after its key that holds it."""
        start = self.line(path)
        needles = (json.dumps(item, ensure_ascii=False), repr(item), item)
        for number in range(start, len(self.text_lines) + 1):
            if any(needle in self.text_lines[number - 1] for needle in needles):
                return number
        return start

    def problem(self, path: Path_, problem: str, *, line: int | None = None) -> None:
        if len(path) >= 2 and path[0] == "rule" and isinstance(path[1], int):
            name = ".".join(str(part) for part in path[2:])
            rule_id = self.rule_ids.get(path[1]) or tr("number {number}").format(number=path[1] + 1)
            problem = tr("in rule {rule}, {problem}").format(rule=rule_id, problem=problem)
        else:
            name = ".".join(str(part) for part in path)
        self.problems.append(RulePackError(self.path, line or self.line(path), name, problem))

    def strings(
        self, path: Path_, value: Any, *, least: int = 0, most: int = 1000
    ) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(path, tr('must be a list of text in quotes, like ["one", "two"]'))
            return ()
        if not least <= len(value) <= most:
            if most < 1000:
                wanted = tr("needs between {least} and {most} entries, not {count}")
            else:
                wanted = tr("needs at least {least} entries, not {count}")
            self.problem(path, wanted.format(least=least, most=most, count=len(value)))
        for item in value:
            if not item.strip():
                self.problem(path, tr("has an empty entry"), line=self.item_line(path, item))
        return tuple(value)

    def patterns(self, path: Path_, items: tuple[str, ...], cues: Callable[[str], bool]) -> None:
        for item in items:
            if item.startswith("@"):
                if not cues(item[1:]):
                    self.problem(
                        path,
                        tr("uses the cue {item!r}, which no pack defines").format(item=item),
                        line=self.item_line(path, item),
                    )
                continue
            try:
                expand(item)
            except PatternError as error:
                self.problem(path, str(error), line=self.item_line(path, item))

    def text(self, path: Path_, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            self.problem(path, tr("must be some text in quotes"))
            return ""
        return value.strip()

    def choice(self, path: Path_, value: Any, allowed: list[str]) -> str:
        if value not in allowed:
            options = ", ".join(f'"{a}"' for a in allowed)
            self.problem(
                path,
                tr("must be one of {options}, not {value}").format(
                    options=options, value=json.dumps(value)
                ),
            )
            return allowed[0]
        return str(value)


def parse_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """The text and parsed data of a TOML file, or a group error naming file and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        detail = (
            tr("it isn't UTF-8 text")
            if isinstance(error, UnicodeDecodeError)
            else (error.strerror or tr("it can't be read"))
        )
        raise RulePackGroupError(
            [RulePackError(path, 1, "", tr("can't be read ({detail})").format(detail=detail))]
        ) from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_AT_RE.search(str(error))
        message = _TOML_AT_RE.sub("", str(error)).strip()
        line = int(found.group(1)) if found else 1
        raise RulePackGroupError(
            [
                RulePackError(
                    path, line, "", tr("this isn't valid TOML ({message})").format(message=message)
                )
            ]
        ) from None


def load_pack(
    path: Path,
    known_cues: Callable[[str], bool] = lambda _: False,
    known_sources: Callable[[str], bool] | None = None,
) -> RulePack:
    """Read and check one pack, raising :class:`RulePackGroupError` listing every problem.

    ``known_cues`` says whether a cue name is defined by a pack loaded earlier, so a local
    pack can use the built-in ``@abuse`` cue. ``known_sources`` says whether a source key is
    defined in ``sources.toml``; None leaves source keys unchecked.
    """
    text, data = parse_toml(path)
    check = _Checker(path, text, data)
    pack = _check_pack(check, known_cues, known_sources)
    if check.problems:
        raise RulePackGroupError(check.problems)
    return pack


def _check_pack(
    check: _Checker,
    known_cues: Callable[[str], bool],
    known_sources: Callable[[str], bool] | None = None,
) -> RulePack:
    from womenscentre.guidance.sources import FILE_NAME, check_source_tables

    data = check.data
    for key in sorted(set(data) - PACK_KEYS):
        check.problem(
            (key,),
            tr("isn't a pack field (expected one of {fields})").format(
                fields=", ".join(sorted(PACK_KEYS))
            ),
        )
    if data.get("format") != FORMAT:
        check.problem(
            ("format",),
            tr("must be {format} (the rule-pack format this app reads)").format(format=FORMAT),
        )
    group = check.text(("group",), data.get("group", ""))
    title = check.text(("title",), data.get("title", ""))
    raw_cues = data.get("cues", {})
    cues: dict[str, tuple[str, ...]] = {}
    cue_lines: dict[str, int] = {}
    if not isinstance(raw_cues, dict):
        check.problem(("cues",), tr("must be a table of cue names, each a list of patterns"))
        raw_cues = {}
    for name, value in raw_cues.items():
        path: Path_ = ("cues", name)
        if not _CUE_RE.fullmatch(name):
            check.problem(path, tr("cue names use lower-case letters, digits and '-'"))
        if known_cues(name):
            check.problem(
                path, tr("the cue '@{name}' is already defined by another pack").format(name=name)
            )
        cues[name] = check.strings(path, value, least=1)
        cue_lines[name] = check.line(path)

    def is_cue(name: str) -> bool:
        return name in cues or known_cues(name)

    for name, items in cues.items():
        check.patterns(("cues", name), tuple(i for i in items if not i.startswith("@")), is_cue)
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list) or not (raw_rules or cues):
        check.problem(("rule",), tr("a pack needs at least one [[rule]] or some [cues]"))
        raw_rules = []
    rules = []
    seen: set[str] = set()
    own_sources = check_source_tables(check, data["source"]) if "source" in data else {}
    for index, raw in enumerate(raw_rules):
        rule = _check_rule(check, index, raw, is_cue, seen)
        if rule is None:
            continue
        rules.append(rule)
        if known_sources is None:
            continue
        for key in rule.sources:
            if key.strip() and key not in own_sources and not known_sources(key):
                at: Path_ = ("rule", index, "sources")
                check.problem(
                    at,
                    tr(
                        "cites the source '{key}', which isn't in {file_name} or in a [source] "
                        "table of this pack"
                    ).format(key=key, file_name=FILE_NAME),
                    line=check.item_line(at, key),
                )
    return RulePack(check.path, group, title, tuple(rules), cues, cue_lines, own_sources)


def _check_rule(
    check: _Checker, index: int, raw: dict[str, Any], is_cue: Callable[[str], bool], seen: set[str]
) -> Rule | None:
    base: Path_ = ("rule", index)

    def at(name: str) -> Path_:
        return (*base, name)

    for key in sorted(set(raw) - RULE_KEYS):
        check.problem(at(key), tr("isn't a rule field (is it misspelt?)"))
    rule_id = raw.get("id")
    if isinstance(rule_id, str):
        check.rule_ids[index] = f"'{rule_id}'"
    if not isinstance(rule_id, str) or not _ID_RE.fullmatch(rule_id):
        check.problem(
            at("id"), tr('must look like "group.short-name" in lower case, e.g. "sub.addict"')
        )
        rule_id = f"rule-{index + 1}"
    elif rule_id in seen:
        check.problem(
            at("id"), tr("'{rule_id}' is used by another rule in this pack").format(rule_id=rule_id)
        )
    seen.add(rule_id)
    category = check.choice(at("category"), raw.get("category"), [c.value for c in Category])
    level = check.choice(at("level"), raw.get("level"), [s.value for s in Severity])
    action = check.choice(at("action"), raw.get("action", "replace"), [a.value for a in Action])
    patterns = check.strings(at("patterns"), raw.get("patterns"), least=1)
    check.patterns(
        at("patterns"), tuple(p for p in patterns if not p.startswith("@")), lambda _: False
    )
    for item in patterns:
        if item.startswith("@"):
            check.problem(
                at("patterns"),
                tr("patterns can't be cues; cues go in requires or unless"),
                line=check.item_line(at("patterns"), item),
            )
    conditions = {}
    for name in ("requires", "unless", "unless_before", "unless_after"):
        conditions[name] = check.strings(at(name), raw.get(name, []))
        check.patterns(at(name), conditions[name], is_cue)
    window = raw.get("window", 0)
    if not isinstance(window, int) or isinstance(window, bool) or not 0 <= window <= MAX_WINDOW:
        check.problem(
            at("window"),
            tr("must be a whole number from 0 to {most}").format(most=MAX_WINDOW),
        )
        window = 0
    suggestions = check.strings(at("suggestions"), raw.get("suggestions"), least=1, most=3)
    reason = check.text(at("reason"), raw.get("reason"))
    if reason and (
        not reason.endswith(".") or len(reason) > MAX_REASON or re.search(r"[.!?]\s+[A-Z]", reason)
    ):
        check.problem(
            at("reason"),
            tr("must be one sentence ending in a full stop, under {most} characters").format(
                most=MAX_REASON
            ),
        )
    sources = check.strings(at("sources"), raw.get("sources"), least=1)
    examples = raw.get("examples")
    flag: tuple[str, ...] = ()
    passing: tuple[str, ...] = ()
    prefers: tuple[str, ...] = ()
    if not isinstance(examples, dict):
        check.problem(
            at("examples"), tr("needs examples.flag and examples.pass, each a list of sentences")
        )
    else:
        for key in sorted(set(examples) - EXAMPLE_KEYS):
            check.problem(
                (*base, "examples", key), tr("isn't an examples field (use flag, pass or prefers)")
            )
        flag = check.strings((*base, "examples", "flag"), examples.get("flag"), least=1)
        passing = check.strings((*base, "examples", "pass"), examples.get("pass"), least=1)
        prefers = check.strings((*base, "examples", "prefers"), examples.get("prefers", []))
    when = check.strings(at("when_she_prefers"), raw.get("when_she_prefers", []))
    opt_in = raw.get("opt_in", False)
    if not isinstance(opt_in, bool):
        check.problem(at("opt_in"), tr("must be true or false"))
        opt_in = False
    note = raw.get("note", "")
    if not isinstance(note, str):
        check.problem(at("note"), tr("must be some text in quotes"))
        note = ""
    lines = {"": check.line(base)}
    for path_key, line in check.lines.items():
        if path_key[:2] == base and len(path_key) >= 3:
            lines.setdefault(".".join(str(k) for k in path_key[2:]), line)
    return Rule(
        id=rule_id,
        category=Category(category),
        level=Severity(level),
        patterns=patterns,
        suggestions=suggestions,
        reason=reason,
        sources=sources,
        examples_flag=flag,
        examples_pass=passing,
        requires=conditions["requires"],
        unless=conditions["unless"],
        unless_before=conditions["unless_before"],
        unless_after=conditions["unless_after"],
        window=window,
        action=Action(action),
        when_she_prefers=when,
        examples_prefers=prefers,
        opt_in=opt_in,
        note=note.strip(),
        pack=str(check.path),
        lines=lines,
    )


class RulePackGroupError(Exception):
    """Every problem found in one pack file; ``problems[0]`` is the first by line."""

    def __init__(self, problems: list[RulePackError]) -> None:
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__("\n".join(str(p) for p in self.problems))
