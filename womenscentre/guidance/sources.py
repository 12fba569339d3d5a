"""The sources rules cite, read from ``sources.toml`` and from a local pack's own tables.

A rule lists short keys (``sources = ["S4", "S13"]``); the guide window and the handout
show each in full: title, organisation, year and where to read it. The keys are checked
when the packs are loaded, so a misspelt key is an error naming the file, line and field
rather than a blank line in a trainer's handout.

``sources.toml`` sits beside the built-in packs. It has ``format = 1`` and one
``[source.KEY]`` table per source; a local pack may add ``[source.KEY]`` tables of its own
for the rules it brings. If ``sources.toml`` itself can't be used, its problems are
reported and keys go unchecked, so the rules keep working.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from womenscentre.guidance.model import Source
from womenscentre.i18n import tr

if TYPE_CHECKING:
    from womenscentre.guidance.packs import _Checker

FILE_NAME: Final = "sources.toml"
FORMAT: Final = 1
SOURCE_KEYS: Final = frozenset({"title", "organisation", "year", "urls", "about"})
_KEY_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
_FILE_KEYS: Final = frozenset({"format", "source"})


def check_source_tables(check: _Checker, raw: Any) -> dict[str, Source]:
    """The ``[source.KEY]`` tables of one file, every problem recorded on ``check``."""
    if not isinstance(raw, dict):
        check.problem(
            ("source",), tr("must be tables like [source.S1] with a title and organisation")
        )
        return {}
    found: dict[str, Source] = {}
    for key, table in raw.items():
        at = ("source", key)
        if not _KEY_RE.fullmatch(key):
            check.problem(at, tr("source keys use letters, digits, '-' and '_' (at most 32)"))
        if not isinstance(table, dict):
            check.problem(at, tr("must be a table with a title and organisation"))
            continue
        for extra in sorted(set(table) - SOURCE_KEYS):
            check.problem(
                (*at, extra),
                tr("isn't a source field (use {fields})").format(
                    fields=", ".join(sorted(SOURCE_KEYS))
                ),
            )
        title = check.text((*at, "title"), table.get("title"))
        organisation = check.text((*at, "organisation"), table.get("organisation"))
        year = table.get("year")
        if year is not None and (
            not isinstance(year, int) or isinstance(year, bool) or not 1800 <= year <= 2200
        ):
            check.problem((*at, "year"), tr("must be a year as a whole number, like 2020"))
            year = None
        urls = check.strings((*at, "urls"), table.get("urls", []))
        for url in urls:
            if not url.startswith(("https://", "http://")):
                check.problem(
                    (*at, "urls"),
                    tr("each address must start with https://"),
                    line=check.item_line((*at, "urls"), url),
                )
        about = table.get("about", "")
        if not isinstance(about, str):
            check.problem((*at, "about"), tr("must be some text in quotes"))
            about = ""
        found[key] = Source(key, title, organisation, year, urls, about.strip())
    return found


def load_sources(path: Path) -> dict[str, Source]:
    """Read ``sources.toml``; raises ``RulePackGroupError`` listing every problem."""
    from womenscentre.guidance.packs import RulePackGroupError, _Checker, parse_toml

    text, data = parse_toml(path)
    check = _Checker(path, text, data)
    for key in sorted(set(data) - _FILE_KEYS):
        check.problem(
            (key,), tr("isn't a sources-file field (expected format and [source.KEY] tables)")
        )
    if data.get("format") != FORMAT:
        check.problem(
            ("format",),
            tr("must be {format} (the sources format this app reads)").format(format=FORMAT),
        )
    found = check_source_tables(check, data.get("source", {}))
    if check.problems:
        raise RulePackGroupError(check.problems)
    return found
