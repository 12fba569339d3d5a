"""Reading the pack files for a guide: sources first, then each pack, then compiling.

Kept apart from :mod:`.engine` (which matches text) because this is the part that touches
files: ``sources.toml``, the packs in order (a pack that can't be used is reported and
skipped, the others keep working), and the start-up cache (:mod:`.cache`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from womenscentre.guidance.compiled import LoadedPacks, compile_packs
from womenscentre.guidance.model import RulePack, RulePackError, Source
from womenscentre.i18n import tr


def load_compiled(files: Sequence[Path], sources: Path, cache_dir: Path | None) -> LoadedPacks:
    """The packs read and compiled, through the cache in ``cache_dir`` when there is one."""
    if cache_dir is None:
        return _read_and_compile(files, sources)
    from womenscentre.guidance import cache

    key = cache.key_for([sources, *files])
    cached = cache.read(cache_dir, key) if key is not None else None
    if cached is not None:
        return cached
    loaded = _read_and_compile(files, sources)
    if key is not None:
        cache.write(cache_dir, key, loaded)
    return loaded


def _read_and_compile(files: Sequence[Path], sources: Path) -> LoadedPacks:
    known, problems = read_sources(sources)
    packs, pack_problems = read_packs(files, known)
    return LoadedPacks(packs, [*problems, *pack_problems], compile_packs(packs), known or {})


def read_sources(path: Path) -> tuple[dict[str, Source] | None, list[RulePackError]]:
    """``sources.toml``, or None (keys then go unchecked) with its problems if it can't be used."""
    from womenscentre.guidance.packs import RulePackGroupError
    from womenscentre.guidance.sources import load_sources

    if not path.exists():
        return None, []
    try:
        return load_sources(path), []
    except RulePackGroupError as error:
        return None, list(error.problems)


def read_packs(
    files: Sequence[Path], sources: Mapping[str, Source] | None = None
) -> tuple[list[RulePack], list[RulePackError]]:
    """Load each pack file in order; a pack that can't be used is reported and skipped.

    With ``sources``, every key a rule cites must be one of them or in the pack's own
    ``[source]`` tables."""
    from womenscentre.guidance.packs import RulePackGroupError, load_pack

    packs: list[RulePack] = []
    problems: list[RulePackError] = []
    cues: set[str] = set()
    ids: dict[str, str] = {}
    for path in files:
        try:
            pack = load_pack(
                path, cues.__contains__, None if sources is None else sources.__contains__
            )
        except RulePackGroupError as error:
            problems.extend(error.problems)
            continue
        clashes = [
            RulePackError(
                path,
                rule.line_of("id"),
                "id",
                tr("'{id}' is already used by a rule in {file}").format(
                    id=rule.id, file=ids[rule.id]
                ),
            )
            for rule in pack.rules
            if rule.id in ids
        ]
        if clashes:
            problems.extend(clashes)
            continue
        packs.append(pack)
        cues.update(pack.cues)
        ids.update((rule.id, path.name) for rule in pack.rules)
    return packs, problems
