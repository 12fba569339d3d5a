"""Full sources: every key a rule cites is defined, checked on load, and shown in full.

All text is fictional apart from the publications cited, which are real guidance.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from womenscentre.guidance import Guide, Source
from womenscentre.paths import resources_dir

LOCAL_RULE = """format = 1
group = "local"
title = "Our centre"

[[rule]]
id = "local.service-user"
category = "dehumanising"
level = "hint"
patterns = ["[n:service user]"]
suggestions = ["woman"]
reason = "We call the women we work with women."
sources = ["S13", "{key}"]
examples.flag = ["The service user came in."]
examples.pass = ["The woman came in."]
"""


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "language", copy / "language")
    return copy


def test_every_cited_key_has_a_full_source(full_guide: Guide) -> None:
    assert full_guide.problems == ()
    cited = {key for rule in full_guide.rules for key in rule.sources}
    assert cited <= set(full_guide.sources)
    for rule in full_guide.rules:
        assert [s.key for s in full_guide.sources_of(rule)] == list(rule.sources)
    for source in full_guide.sources.values():
        assert source.title and source.organisation
        assert all(url.startswith(("https://", "http://")) for url in source.urls)


def test_a_source_reads_as_a_citation(guide: Guide) -> None:
    samaritans = guide.sources["S6"]
    assert samaritans == Source(
        "S6",
        samaritans.title,
        "Samaritans",
        2020,
        samaritans.urls,
        samaritans.about,
    )
    assert samaritans.citation == (
        "Samaritans (2020). Media Guidelines for Reporting Suicide (6th edition)."
    )
    assert guide.sources["S13"].citation == "Agenda Alliance. Glossary."
    (suicide,) = [r for r in guide.rules if r.id == "mh.committed-suicide"]
    assert guide.sources_of(suicide)[0].urls[0].startswith("https://www.nspa.org.uk/")


def test_an_unknown_key_names_the_file_line_and_field(resources: Path, tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    local.write_text(LOCAL_RULE.format(key="S99"), encoding="utf-8")
    guide = Guide.load(resources, local_packs=[local])
    (problem,) = guide.problems
    assert (problem.path, problem.line, problem.field) == (str(local), 12, "sources")
    assert "'S99'" in problem.problem and "sources.toml" in problem.problem
    assert "local.service-user" not in {r.id for r in guide.rules}
    assert len(guide.rules) == len(Guide.load(resources).rules)  # the built-ins keep working


def test_a_local_pack_may_cite_its_own_sources(resources: Path, tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    local.write_text(
        LOCAL_RULE.format(key="ours")
        + '\n[source.ours]\ntitle = "Words we use"\norganisation = "Our centre"\n',
        encoding="utf-8",
    )
    guide = Guide.load(resources, local_packs=[local])
    assert guide.problems == ()
    rule = guide.rule("local.service-user")
    assert [s.key for s in guide.sources_of(rule)] == ["S13", "ours"]
    assert guide.sources["ours"].citation == "Our centre. Words we use."


def _replace(old: str, new: str) -> object:
    return lambda text: text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_replace("year = 2020\n", 'year = "2020"\n'), [("source.S3.year", 'year = "2020"')]),
        (
            _replace('title = "Glossary"', 'titel = "Glossary"'),
            [("source.S13.title", "[source.S13]"), ("source.S13.titel", 'titel = "Glossary"')],
        ),
        (
            _replace('urls = ["https://agendaalliance', 'urls = ["ftp://agendaalliance'),
            [("source.S13.urls", "ftp://agendaalliance")],
        ),
        (
            _replace('organisation = "Agenda Alliance"\n', ""),
            [("source.S13.organisation", "[source.S13]")],
        ),
    ],
)
def test_a_broken_sources_file_is_reported_and_the_rules_keep_working(
    resources: Path, change: object, expected: list[tuple[str, str]]
) -> None:
    path = resources / "language" / "en-GB" / "sources.toml"
    text = change(path.read_text(encoding="utf-8"))  # type: ignore[operator]
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    wanted = [
        (field, next(i for i, line in enumerate(lines, 1) if needle in line))
        for field, needle in expected
    ]
    guide = Guide.load(resources)
    assert sorted((p.field, p.line) for p in guide.problems) == sorted(wanted)
    assert all(p.path == str(path) for p in guide.problems)
    assert len(guide.rules) == len(Guide.load(resources_dir()).rules)
    assert {f.rule for f in guide.check("She is a junkie.")} == {"sub.addict"}


def test_a_sources_file_that_isnt_toml_is_reported(resources: Path) -> None:
    path = resources / "language" / "en-GB" / "sources.toml"
    path.write_text("format = 1\n[source.S1\n", encoding="utf-8")
    guide = Guide.load(resources)
    (problem,) = guide.problems
    assert problem.path == str(path) and problem.line == 2 and "TOML" in problem.problem
    assert guide.rules


def test_sources_survive_the_cache(resources: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    fresh = Guide.load(resources, cache_dir=folder)
    cached = Guide.load(resources, cache_dir=folder)
    assert cached.sources == fresh.sources and len(cached.sources) >= 30


def test_the_sources_file_is_not_read_as_a_rule_pack(guide: Guide) -> None:
    assert all(not re.search(r"sources\.toml$", str(pack.path)) for pack in guide.packs)
