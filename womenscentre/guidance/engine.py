"""The guide: rule packs compiled once, then any number of quick checks.

:meth:`Guide.load` reads the built-in packs and any local ones, reports and skips a pack
that can't be used (the others keep working), drops switched-off rules, and compiles what
is left into one trie. :meth:`Guide.check` checks a whole note; :meth:`Guide.check_paragraph`
checks only the paragraph around a position, which is what the editor calls after a pause in
typing. Both are pure functions of their arguments, so a worker thread may call them while
the user types.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from womenscentre.guidance.cap import HINT_CAP, Shown, limit_hints
from womenscentre.guidance.compiled import CompiledRules, compile_packs, phrase_key
from womenscentre.guidance.fit import fit_suggestions
from womenscentre.guidance.loading import load_compiled
from womenscentre.guidance.matcher import CONDITION, RULE, Expansion, Hit, Trie
from womenscentre.guidance.model import (
    Action,
    Finding,
    Rule,
    RulePack,
    RulePackError,
    Severity,
    Source,
)
from womenscentre.guidance.protect import (
    Protected,
    Span,
    her_words_blocks,
    in_name,
    paragraph_at,
    paragraphs,
    quoted_spans,
    sentence_ids,
)
from womenscentre.guidance.sources import FILE_NAME as SOURCES_FILE
from womenscentre.guidance.text import match_case, tokenise

DEFAULT_LANGUAGE = "en-GB"

_NEWLINE = re.compile("\n")


@dataclass(frozen=True, slots=True)
class ParagraphCheck:
    """The findings of one paragraph, and the span they replace in the editor."""

    start: int
    end: int
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class _Compiled:
    rule: Rule
    #: Every entry must be present in the sentence (each entry may itself be a cue or a
    #: pattern with alternatives, which gives "all of these, any of those").
    requires: frozenset[int]
    unless: frozenset[int]
    before: frozenset[int]
    after: frozenset[int]
    when: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Context:
    """What one call may skip: her preferred terms and the allow-list, compiled."""

    preferred: frozenset[str]
    allowed: Trie | None


class Guide:
    """Compiled language guidance. Build with :meth:`load`; then call :meth:`check`."""

    def __init__(
        self,
        packs: Sequence[RulePack],
        *,
        disabled: Iterable[str] = (),
        enabled: Iterable[str] = (),
        allow: Iterable[str] = (),
        problems: Sequence[RulePackError] = (),
        compiled: CompiledRules | None = None,
        sources: Mapping[str, Source] | None = None,
    ) -> None:
        switched_off = set(disabled)
        switched_on = set(enabled)
        self.packs = tuple(packs)
        self.problems = tuple(problems)
        #: Every source the rules may cite, by key: ``sources.toml`` and the packs' own.
        self.sources: Mapping[str, Source] = {
            **(sources or {}),
            **{key: s for pack in self.packs for key, s in pack.sources.items()},
        }
        every = [rule for pack in self.packs for rule in pack.rules]

        def active(rule: Rule) -> bool:
            return rule.id not in switched_off and (not rule.opt_in or rule.id in switched_on)

        self.rules = tuple(rule for rule in every if active(rule))
        self.unknown_disabled = frozenset(switched_off - {rule.id for rule in every})
        self._allow = tuple(allow)
        if compiled is None or len(compiled.conditions) != len(every):
            compiled = compile_packs(self.packs)
        self._trie = compiled.trie
        #: One entry per rule of every pack (the trie's rule numbers); None when switched off.
        self._compiled: tuple[_Compiled | None, ...] = tuple(
            _Compiled(rule, c.requires, c.unless, c.before, c.after, c.when)
            if active(rule)
            else None
            for rule, c in zip(every, compiled.conditions, strict=True)
        )
        self._context = functools.lru_cache(maxsize=64)(self._make_context)

    @classmethod
    def load(
        cls,
        resources: Path | None = None,
        *,
        language: str = DEFAULT_LANGUAGE,
        local_packs: Iterable[Path] = (),
        disabled: Iterable[str] = (),
        enabled: Iterable[str] = (),
        allow: Iterable[str] = (),
        cache_dir: Path | None = None,
    ) -> Guide:
        """The built-in packs for ``language`` plus an organisation's ``local_packs``.

        ``disabled`` lists rule ids the organisation has switched off and ``enabled`` the
        opt-in rules it has switched on (those that many centres' own forms still use, such
        as "the client"); ``allow`` lists
        phrases it never wants flagged (statutory terms, its own service names). A pack
        that can't be used is listed in :attr:`problems` and skipped.

        With ``cache_dir`` the compiled packs are kept there (:mod:`.cache`), keyed by the
        pack files' contents, and the next start with the same files reads them back instead
        of compiling again; a damaged or stale cache is ignored and rebuilt.
        """
        if resources is None:
            from womenscentre.paths import resources_dir

            resources = resources_dir()
        folder = resources / "language" / language
        sources = folder / SOURCES_FILE
        files = [
            *sorted(p for p in folder.glob("*.toml") if p.name != SOURCES_FILE),
            *(Path(p) for p in local_packs),
        ]
        read = load_compiled(files, sources, cache_dir)
        return cls(
            read.packs,
            disabled=disabled,
            enabled=enabled,
            allow=allow,
            problems=read.problems,
            compiled=read.compiled,
            sources=read.sources,
        )

    def sources_of(self, rule: Rule) -> tuple[Source, ...]:
        """The full sources of ``rule``, in the order it cites them (for the guide window)."""
        return tuple(self.sources[key] for key in rule.sources if key in self.sources)

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (KeyError if it isn't loaded or is switched off)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def check(
        self, text: str, *, preferred_terms: Iterable[str] = (), allow: Iterable[str] = ()
    ) -> list[Finding]:
        """Every finding in ``text``, repeats of a rule collapsed into its first finding."""
        context = self._context(_key(preferred_terms, allow))
        blocks = her_words_blocks(text)
        found: list[Finding] = []
        for start, end in paragraphs(text):
            found.extend(self._check_span(text, start, end, blocks, context))
        line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))] if found else []
        located = []
        for finding in found:
            line = bisect_right(line_starts, finding.start)
            located.append(
                replace(finding, line=line, column=finding.start - line_starts[line - 1] + 1)
            )
        return collapse(located)

    def check_shown(
        self,
        text: str,
        *,
        preferred_terms: Iterable[str] = (),
        allow: Iterable[str] = (),
        hint_cap: int | None = HINT_CAP,
    ) -> Shown:
        """:meth:`check`, trimmed for showing: every warning, at most ``hint_cap`` hints.

        The hints held back are on the result, with their count (see :mod:`.cap`).
        """
        found = self.check(text, preferred_terms=preferred_terms, allow=allow)
        return limit_hints(found, hint_cap)

    def check_paragraph(
        self,
        text: str,
        position: int,
        *,
        preferred_terms: Iterable[str] = (),
        allow: Iterable[str] = (),
    ) -> ParagraphCheck:
        """Only the paragraph of ``text`` around ``position``, for re-checking after an edit.

        Offsets, lines and columns are into the whole of ``text``. Findings are not collapsed:
        the editor keeps findings per paragraph, replaces those between ``start`` and
        ``end``, and can call :func:`collapse` over the lot for its side panel.
        """
        context = self._context(_key(preferred_terms, allow))
        start, end = paragraph_at(text, position)
        blocks = [b for b in her_words_blocks(text) if b[0] < end and b[1] > start]
        found = self._check_span(text, start, end, blocks, context)
        if not found:
            return ParagraphCheck(start, end, ())
        line = text.count("\n", 0, start) + 1
        line_start = text.rfind("\n", 0, start) + 1
        located = []
        for finding in found:
            lines_in = text.count("\n", start, finding.start)
            if lines_in:
                at_line = line + lines_in
                column = finding.start - text.rfind("\n", 0, finding.start)
            else:
                at_line, column = line, finding.start - line_start + 1
            located.append(replace(finding, line=at_line, column=column))
        return ParagraphCheck(start, end, tuple(located))

    def _make_context(self, key: tuple[str, ...]) -> _Context:
        phrases = [*self._allow, *key[1:]] if key else list(self._allow)
        preferred = (
            frozenset(phrase_key(p) for p in key[0].split("\x1f") if p) if key else (frozenset())
        )
        trie = None
        expansions = set()
        if phrases:
            from womenscentre.guidance.inflect import plural  # only with an allow-list
        for phrase in phrases:
            # Taken word for word: an allow-list phrase's braces are not pattern syntax.
            norms = tuple(token.norm for token in tokenise(phrase))
            if norms:
                expansion = Expansion(norms, None)
                expansions.add(expansion)
                *head, last = expansion.norms
                if (
                    isinstance(last, str) and last.isalpha()
                ):  # "she prefers 'addict'" covers "addicts" too
                    expansions.add(Expansion((*head, plural(last)), None))
        if expansions:
            trie = Trie()
            for expansion in expansions:
                trie.add_expansion(expansion, CONDITION, 0)
        return _Context(preferred, trie)

    def _check_span(
        self, text: str, start: int, end: int, blocks: Sequence[Span], context: _Context
    ) -> list[Finding]:
        tokens = tokenise(text[start:end], start)
        if not tokens:
            return []
        hits = self._trie.scan(tokens)
        rule_hits = [h for h in hits if h.kind == RULE]
        if not rule_hits:
            return []
        protected = Protected(
            [*quoted_spans(text, start, end), *(b for b in blocks if b[0] < end and b[1] > start)]
        )
        allowed = Protected(
            [(tokens[h.first].start, tokens[h.last].end) for h in context.allowed.scan(tokens)]
            if context.allowed is not None
            else []
        )
        sentences = sentence_ids(tokens, text)
        by_condition: dict[int, list[Hit]] = {}
        for hit in hits:
            if hit.kind == CONDITION:
                by_condition.setdefault(hit.number, []).append(hit)
        candidates = []
        for hit in rule_hits:
            compiled = self._compiled[hit.number]
            if compiled is None:  # switched off
                continue
            if compiled.when and not compiled.when & context.preferred:
                continue
            span_start, span_end = tokens[hit.first].start, tokens[hit.last].end
            if (
                protected.overlaps(span_start, span_end)
                or allowed.overlaps(span_start, span_end)
                or in_name(tokens, hit.first, hit.last)
                or not _conditions_hold(compiled, hit, sentences, by_condition)
            ):
                continue
            candidates.append((span_start, span_end, hit.number))
        return [self._finding(text, *c) for c in _resolve_overlaps(candidates, self._compiled)]

    def _finding(self, text: str, start: int, end: int, index: int) -> Finding:
        rule = _active(self._compiled, index).rule
        suggestions = rule.suggestions
        if rule.action is Action.REPLACE:
            cased = tuple(match_case(text[start:end], s) for s in rule.suggestions)
            suggestions = fit_suggestions(text, start, end, cased)
        return Finding(
            start=start,
            end=end,
            line=0,
            column=0,
            text=text[start:end],
            rule=rule.id,
            category=rule.category,
            severity=rule.level,
            message=rule.reason,
            suggestions=suggestions,
            action=rule.action,
        )


def _conditions_hold(
    compiled: _Compiled, hit: Hit, sentences: Sequence[int], by_condition: dict[int, list[Hit]]
) -> bool:
    sentence = sentences[hit.first]

    def in_sentence(ids: frozenset[int]) -> bool:
        return any(sentences[h.first] == sentence for i in ids for h in by_condition.get(i, ()))

    if not all(in_sentence(frozenset({i})) for i in compiled.requires):
        return False
    if compiled.unless and in_sentence(compiled.unless):
        return False
    window = compiled.rule.window
    for i in compiled.before:
        if any(
            h.last < hit.first and hit.first - h.last - 1 <= window for h in by_condition.get(i, ())
        ):
            return False
    for i in compiled.after:
        if any(
            h.first > hit.last and h.first - hit.last - 1 <= window for h in by_condition.get(i, ())
        ):
            return False
    return True


def _active(compiled: Sequence[_Compiled | None], index: int) -> _Compiled:
    entry = compiled[index]
    if entry is None:  # candidates are only ever made from rules that are on
        raise KeyError(index)
    return entry


def _resolve_overlaps(
    candidates: list[tuple[int, int, int]], compiled: Sequence[_Compiled | None]
) -> list[tuple[int, int, int]]:
    """Where matches overlap, keep the longest: the more specific phrase says more."""
    ordered = sorted(
        set(candidates),
        key=lambda c: (
            -(c[1] - c[0]),
            _active(compiled, c[2]).rule.level is not Severity.WARNING,
            c[0],
        ),
    )
    kept: list[tuple[int, int, int]] = []
    for candidate in ordered:
        if all(candidate[1] <= k[0] or candidate[0] >= k[1] for k in kept):
            kept.append(candidate)
    return sorted(kept)


def collapse(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per rule: the first, with ``count`` saying how many times it matched.

    Seeing the same point ten times in one note reads as nagging (reference pitfall 1); once,
    in the first place, is enough to make it.
    """
    ordered = sorted(findings, key=lambda f: (f.start, f.end, f.rule))
    first: dict[str, int] = {}
    result: list[Finding] = []
    for finding in ordered:
        if finding.rule in first:
            at = first[finding.rule]
            result[at] = replace(result[at], count=result[at].count + finding.count)
        else:
            first[finding.rule] = len(result)
            result.append(finding)
    return result


def _key(preferred_terms: Iterable[str], allow: Iterable[str]) -> tuple[str, ...]:
    """A hashable cache key: preferred terms joined, then the extra allowed phrases."""
    preferred = sorted({p.strip() for p in preferred_terms if p.strip()})
    extra = sorted({a.strip() for a in allow if a.strip()})
    if not preferred and not extra:
        return ()
    return ("\x1f".join(preferred), *preferred, *extra)
