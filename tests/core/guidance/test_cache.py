"""The compiled-pack cache: used when it is good, silently rebuilt when it isn't (by attack).

Every way a cache file can go wrong (flipped bits, torn or empty files, garbage, a payload
of the wrong shape, packs edited since, an unwritable folder) must give exactly the guide a
fresh compile gives, and leave a good cache behind. All text is fictional.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
from pathlib import Path

import pytest

from womenscentre.guidance import Guide
from womenscentre.guidance import cache as guide_cache
from womenscentre.paths import resources_dir

SAMPLE = (
    "She is a junkie and her last sample was dirty. She was hit.\n\n"
    "He said she was a 'junkie', but she is doing well. The DV incident was a domestic dispute."
)


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A private copy of the built-in packs, so tests may edit them."""
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "language", copy / "language")
    return copy


@pytest.fixture
def fresh(resources: Path) -> Guide:
    return Guide.load(resources)


def _findings(guide: Guide, text: str = SAMPLE) -> list[tuple[object, ...]]:
    return [
        (f.start, f.end, f.rule, f.severity, f.message, f.suggestions, f.count)
        for f in guide.check(text)
    ]


def _every_example(guide: Guide) -> list[list[tuple[object, ...]]]:
    return [_findings(guide, e) for r in guide.rules for e in (*r.examples_flag, *r.examples_pass)]


def _only_file(folder: Path) -> Path:
    (found,) = folder.glob("guidance-*.cache")
    return found


def test_a_cached_guide_matches_a_fresh_compile(
    resources: Path, fresh: Guide, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    written = Guide.load(resources, cache_dir=folder)
    cached = Guide.load(resources, cache_dir=folder)
    assert _only_file(folder).stat().st_size > 0
    assert cached.rules == fresh.rules == written.rules
    assert [p.cues for p in cached.packs] == [p.cues for p in fresh.packs]
    assert [r.lines for r in cached.rules] == [r.lines for r in fresh.rules]
    assert _every_example(cached) == _every_example(fresh)
    assert _findings(cached) == _findings(fresh) != []


def test_the_cache_is_what_is_read(resources: Path, tmp_path: Path) -> None:
    """A well-formed cache file is used as it is (which is why its digest must be checked)."""
    folder = tmp_path / "cache"
    Guide.load(resources, cache_dir=folder)
    path = _only_file(folder)
    raw = path.read_bytes()
    payload = marshal.loads(raw[len(guide_cache.MAGIC) + guide_cache.DIGEST_BYTES :])
    rules = next(p["rules"] for p in payload["packs"] if p["rules"])
    rules[0] = (*rules[0][:5], "A reason only the cache knows.", *rules[0][6:])
    path.write_bytes(_valid_digest(payload))
    assert (
        Guide.load(resources, cache_dir=folder).rules[0].reason == "A reason only the cache knows."
    )


DAMAGE = [
    "empty",
    "magic only",
    "torn in half",
    "garbage",
    "last byte gone",
    "bit flipped in magic",
    "bit flipped in digest",
    *(f"byte inverted at {tenth}/10 of the payload" for tenth in range(10)),
    "valid digest, not a dict",
    "valid digest, wrong format",
    "valid digest, another key",
    "valid digest, trie of the wrong shape",
    "valid digest, a rule cut short",
    "valid digest, conditions missing",
]


def _damaged(case: str, good: bytes) -> bytes:
    head = len(guide_cache.MAGIC) + guide_cache.DIGEST_BYTES
    payload = marshal.loads(good[head:])
    rules = next(p["rules"] for p in payload["packs"] if p["rules"])
    flipped = bytearray(good)
    if case == "empty":
        return b""
    if case == "magic only":
        return guide_cache.MAGIC
    if case == "torn in half":
        return good[: len(good) // 2]
    if case == "garbage":
        return os.urandom(len(good))
    if case == "last byte gone":
        return good[:-1]
    if case == "bit flipped in magic":
        flipped[2] ^= 0x01
        return bytes(flipped)
    if case == "bit flipped in digest":
        flipped[len(guide_cache.MAGIC) + 5] ^= 0x01
        return bytes(flipped)
    if case.startswith("byte inverted"):
        tenth = int(case.split()[3].split("/")[0])
        flipped[head + (len(good) - head) * tenth // 10] ^= 0xFF
        return bytes(flipped)
    if case.endswith("not a dict"):
        return _valid_digest([1, 2, 3])
    if case.endswith("wrong format"):
        return _valid_digest({**payload, "format": 999})
    if case.endswith("another key"):
        return _valid_digest({**payload, "key": "0" * 64})
    if case.endswith("wrong shape"):
        return _valid_digest({**payload, "trie": {"not": "a trie"}})
    if case.endswith("cut short"):
        rules[0] = rules[0][:3]
        return _valid_digest(payload)
    if case.endswith("conditions missing"):
        return _valid_digest({**payload, "conditions": payload["conditions"][:-1]})
    raise AssertionError(case)


def _valid_digest(payload: object) -> bytes:
    data = marshal.dumps(payload)
    return guide_cache.MAGIC + hashlib.sha256(data).digest() + data


@pytest.mark.parametrize("case", DAMAGE)
def test_a_damaged_cache_is_ignored_and_rebuilt(
    case: str, resources: Path, fresh: Guide, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    Guide.load(resources, cache_dir=folder)
    path = _only_file(folder)
    good = path.read_bytes()
    damaged = _damaged(case, good)
    path.write_bytes(damaged)

    rebuilt = Guide.load(resources, cache_dir=folder)

    assert rebuilt.rules == fresh.rules
    assert _findings(rebuilt) == _findings(fresh)
    assert path.read_bytes() == good  # rewritten whole, the same as before the damage
    assert Guide.load(resources, cache_dir=folder).rules == fresh.rules


def test_an_edited_pack_is_never_served_stale(resources: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    before = Guide.load(resources, cache_dir=folder)
    assert "sub.addict" in {f.rule for f in before.check("She is a junkie.")}
    pack = next((resources / "language" / "en-GB").glob("substance-use.toml"))
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text.replace("[n:addict|junkie|", "[n:addict|", 1), encoding="utf-8")
    assert "[n:addict|junky|" in pack.read_text(encoding="utf-8")

    after = Guide.load(resources, cache_dir=folder)

    assert "sub.addict" not in {f.rule for f in after.check("She is a junkie.")}
    assert len(list(folder.glob("guidance-*.cache"))) == 2


def test_a_local_pack_gets_its_own_key(resources: Path, tmp_path: Path) -> None:
    local = tmp_path / "local.toml"
    local.write_text(
        """format = 1
group = "local"
title = "Our centre"

[[rule]]
id = "local.service-user"
category = "dehumanising"
level = "hint"
patterns = ["[n:service user]"]
suggestions = ["woman"]
reason = "We call the women we work with women."
sources = ["local"]
examples.flag = ["The service user came in."]
examples.pass = ["The woman came in."]

[source.local]
title = "How we talk about the women we work with"
organisation = "Our centre"
year = 2026
""",
        encoding="utf-8",
    )
    folder = tmp_path / "cache"
    plain = Guide.load(resources, cache_dir=folder)
    with_local = Guide.load(resources, cache_dir=folder, local_packs=[local])
    again = Guide.load(resources, cache_dir=folder, local_packs=[local])
    assert "local.service-user" not in {r.id for r in plain.rules}
    assert {f.rule for f in again.check("The service user came in.")} == {"local.service-user"}
    assert with_local.rules == again.rules
    assert with_local.problems == again.problems == ()
    assert again.sources["local"].organisation == "Our centre"


def test_switched_off_rules_stay_off_with_a_cache(resources: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    Guide.load(resources, cache_dir=folder)
    quiet = Guide.load(resources, cache_dir=folder, disabled={"sub.addict"})
    assert "sub.addict" not in {f.rule for f in quiet.check("She is a junkie.")}
    opted = Guide.load(resources, cache_dir=folder, enabled={"jg.the-client"})
    assert "jg.the-client" in {r.id for r in opted.rules}


def test_an_unwritable_cache_folder_changes_nothing(
    resources: Path, fresh: Guide, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    guide = Guide.load(resources, cache_dir=blocker / "cache")
    assert _findings(guide) == _findings(fresh)
    assert blocker.read_text(encoding="utf-8").startswith("a file")
    assert not list(tmp_path.glob("**/.guidance-*.partial"))


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_cache_files_are_private(resources: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    Guide.load(resources, cache_dir=folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert _only_file(folder).stat().st_mode & 0o777 == 0o600


def test_the_allow_list_and_checked_text_never_reach_the_cache(
    resources: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    guide = Guide.load(resources, cache_dir=folder, allow=["Zephyrine Quillfeather Service"])
    guide.check("Zephyrine Quillfeather said she is a junkie.", preferred_terms=["Quillfeather"])
    raw = _only_file(folder).read_bytes()
    assert b"Zephyrine" not in raw and b"Quillfeather" not in raw


def test_old_cache_files_are_pruned(resources: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    for number in range(8):
        old = folder / f"guidance-{number:032x}.cache"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + number, 1_000_000 + number))
    Guide.load(resources, cache_dir=folder)
    assert len(list(folder.glob("guidance-*.cache"))) == guide_cache.KEEP


def test_without_a_cache_folder_nothing_is_written(resources: Path, tmp_path: Path) -> None:
    Guide.load(resources)
    assert not list(tmp_path.glob("**/guidance-*.cache"))
