"""The start-up cache: rule packs already read, checked and compiled, kept between runs.

Reading and compiling the packs is most of what ``womenscentre lint`` spends before it
looks at a word, and the result depends only on the pack files and this code. So the
compiled form (the packs' rules, the trie and the conditions) is written once to the
per-user cache folder and read back by the next run with the same files.

Trust and damage. The file is written with :mod:`marshal` (builtins only: dicts, lists,
tuples, strings, numbers, frozensets; never pickle, which can run code), behind a magic
string and a SHA-256 of the payload. A file whose digest doesn't match (a flipped bit, a
torn write, another version's format) is never passed to :func:`marshal.loads`; a payload
that decodes but isn't the expected shape fails while the objects are rebuilt. Either way
the file is ignored, the packs are compiled afresh, and the cache is rewritten: nothing is
shown, because there is nothing for anyone to do. The cache holds only rule packs, never
anything a keyworker typed.

Staleness. The file name and the payload carry a key: SHA-256 over the cache format, the
app and Python versions, the engine's own source files and every pack file's path and
bytes. Edit a pack, switch a local pack on, upgrade the app or change the engine and the
key changes, so an out-of-date cache is simply never found. Old files are pruned.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from womenscentre.guidance.compiled import CompiledRules, Conditions, LoadedPacks
from womenscentre.guidance.matcher import Trie
from womenscentre.guidance.model import (
    Action,
    Category,
    Rule,
    RulePack,
    RulePackError,
    Severity,
    Source,
)

#: Bump when the payload's shape changes.
FORMAT: Final = 1
MAGIC: Final = b"WCGUIDE\x01"
DIGEST_BYTES: Final = 32
PREFIX: Final = "guidance-"
SUFFIX: Final = ".cache"
#: Cache files kept: the command line and the app with a centre's local packs each have one.
KEEP: Final = 4
#: The modules whose code decides what a compiled pack looks like.
_ENGINE_MODULES: Final = (
    "cache",
    "compiled",
    "inflect",
    "matcher",
    "model",
    "packs",
    "patterns",
    "sources",
    "text",
)


def key_for(files: Sequence[Path]) -> str | None:
    """The cache key for these pack files, or None when one can't be read (no caching)."""
    from womenscentre import __version__

    digest = hashlib.sha256()
    for part in (str(FORMAT), __version__, sys.version, str(marshal.version)):
        digest.update(part.encode("utf-8") + b"\0")
    here = Path(__file__).parent
    for name in _ENGINE_MODULES:
        with contextlib.suppress(OSError):  # a frozen bundle may not ship the sources
            digest.update((here / f"{name}.py").read_bytes())
    try:
        for path in files:
            data = Path(path).read_bytes()
            digest.update(f"\0{path}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def cache_file(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"{PREFIX}{key[:32]}{SUFFIX}"


def read(cache_dir: Path, key: str) -> LoadedPacks | None:
    """The compiled packs stored under ``key``, or None if absent, damaged or stale."""
    try:
        raw = cache_file(cache_dir, key).read_bytes()
    except OSError:
        return None
    head = len(MAGIC) + DIGEST_BYTES
    if len(raw) <= head or not raw.startswith(MAGIC):
        return None
    payload = raw[head:]
    if hashlib.sha256(payload).digest() != raw[len(MAGIC) : head]:
        return None
    try:
        # Only bytes this module wrote reach here: the digest above was checked first.
        data = marshal.loads(payload)  # noqa: S302
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
            return None
        return _rebuild(data)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, EOFError):
        return None


def write(cache_dir: Path, key: str, loaded: LoadedPacks) -> bool:
    """Store the compiled packs under ``key``; False (and nothing left behind) if it can't."""
    from womenscentre.paths import private_umask

    compiled = loaded.compiled
    payload = marshal.dumps(
        {
            "format": FORMAT,
            "key": key,
            "packs": [_pack_record(pack) for pack in loaded.packs],
            "problems": [(p.path, p.line, p.field, p.problem) for p in loaded.problems],
            "trie": compiled.trie.root,
            "sequences": compiled.trie.sequences,
            "conditions": [
                (c.requires, c.unless, c.before, c.after, c.when) for c in compiled.conditions
            ],
            "sources": [_source_record(s) for s in loaded.sources.values()],
        }
    )
    target = cache_file(cache_dir, key)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with private_umask():
            cache_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            # No fsync: after a crash a torn file fails its digest and is rebuilt.
            temporary.write_bytes(MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    _prune(cache_dir, keep=target)
    return True


def _prune(cache_dir: Path, keep: Path) -> None:
    """Remove all but the newest few cache files (other keys are other pack sets)."""
    try:
        found = [p for p in cache_dir.glob(f"{PREFIX}*{SUFFIX}") if p != keep]
        found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in found[KEEP - 1 :]:
            old.unlink()
    except OSError:
        pass


_RULE_FIELDS: Final = (
    "id",
    "category",
    "level",
    "patterns",
    "suggestions",
    "reason",
    "sources",
    "examples_flag",
    "examples_pass",
    "requires",
    "unless",
    "unless_before",
    "unless_after",
    "window",
    "action",
    "when_she_prefers",
    "examples_prefers",
    "opt_in",
    "note",
    "pack",
)


def _pack_record(pack: RulePack) -> dict[str, Any]:
    return {
        "path": str(pack.path),
        "group": pack.group,
        "title": pack.title,
        "cues": dict(pack.cues),
        "cue_lines": dict(pack.cue_lines),
        "rules": [
            (*(_plain(getattr(rule, name)) for name in _RULE_FIELDS), dict(rule.lines))
            for rule in pack.rules
        ],
        "sources": [_source_record(s) for s in pack.sources.values()],
    }


def _source_record(source: Source) -> tuple[Any, ...]:
    return (source.key, source.title, source.organisation, source.year, source.urls, source.about)


def _sources(rows: Any) -> dict[str, Source]:
    found = {}
    for row in rows:
        key, title, organisation, year, urls, about = row
        found[str(key)] = Source(
            str(key), str(title), str(organisation), year, tuple(urls), str(about)
        )
    return found


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Category | Severity | Action) else value


def _rebuild(data: dict[str, Any]) -> LoadedPacks:
    packs = []
    for record in data["packs"]:
        rules = []
        for row in record["rules"]:
            if len(row) != len(_RULE_FIELDS) + 1:
                raise ValueError("rule record")
            fields = dict(zip(_RULE_FIELDS, row, strict=False))
            fields["category"] = Category(fields["category"])
            fields["level"] = Severity(fields["level"])
            fields["action"] = Action(fields["action"])
            rules.append(Rule(**fields, lines=dict(row[-1])))
        packs.append(
            RulePack(
                Path(record["path"]),
                str(record["group"]),
                str(record["title"]),
                tuple(rules),
                dict(record["cues"]),
                dict(record["cue_lines"]),
                _sources(record["sources"]),
            )
        )
    problems = [RulePackError(*row) for row in data["problems"]]
    root = data["trie"]
    if not isinstance(root, list) or len(root) != 4 or not isinstance(root[0], dict):
        raise ValueError("trie")
    conditions = tuple(Conditions(*row) for row in data["conditions"])
    if len(conditions) != sum(len(pack.rules) for pack in packs):
        raise ValueError("conditions")
    compiled = CompiledRules(Trie(root, int(data["sequences"])), conditions)
    return LoadedPacks(packs, problems, compiled, _sources(data["sources"]))
