"""A centre's own rule packs: checked before they are used, copied in whole, listed, removed.

Packs live in ``VaultPaths.local_language`` beside the vault, one ``*.toml`` file each, and
:mod:`ui.guidance_session` loads every one it finds. A pack is only ever copied there after
the guidance loader has read it, alongside the built-in packs and the centre's other packs,
without a single problem: a half-right pack would quietly behave in ways nobody tested.

The bytes that are checked are the bytes that are copied: the file is read once, the copy in
a private temporary folder is checked, and the same bytes are then written atomically, so a
file changed on the USB stick between the two steps can't slip in unchecked.

Plain Python, no Qt: the screen runs these on the task worker.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from womenscentre.errors import UserFacingError
from womenscentre.guidance import Guide, RulePackError
from womenscentre.i18n import tr, trn
from womenscentre.store.snapshot import write_atomically

PACK_SUFFIX = ".toml"
#: More than any real pack needs; a bigger file is almost certainly the wrong file.
MAX_PACK_BYTES = 2 * 1024 * 1024


class LocalPackError(UserFacingError):
    """A pack that can't be added or removed; for a faulty pack the message names the file, the
    line and the field."""

    def __init__(self, message: str, problems: tuple[RulePackError, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class LocalPack:
    """One pack in the centre's folder, as the screen lists it."""

    path: Path
    title: str
    rule_count: int
    #: What is wrong with it, if the loader skipped it (the built-in rules still work).
    problem: str = ""

    @property
    def name(self) -> str:
        return self.path.name


def pack_files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.glob(f"*{PACK_SUFFIX}") if p.is_file())
    except OSError:
        return []


def describe_problem(problem: RulePackError, file_name: str) -> str:
    """One problem as a sentence naming the file, the line and the field."""
    if problem.field:
        return tr("{file}, line {line}, field “{field}”: {problem}").format(
            file=file_name, line=problem.line, field=problem.field, problem=problem.problem
        )
    return tr("{file}, line {line}: {problem}").format(
        file=file_name, line=problem.line, problem=problem.problem
    )


def list_local_packs(folder: Path) -> list[LocalPack]:
    """Every pack in ``folder`` with its title and rule count, or why it isn't in use."""
    files = pack_files(folder)
    guide = Guide.load(local_packs=files)
    loaded = {pack.path: pack for pack in guide.packs}
    problems: dict[str, RulePackError] = {}
    for problem in guide.problems:
        problems.setdefault(problem.path, problem)
    listed = []
    for path in files:
        pack = loaded.get(path)
        if pack is not None:
            listed.append(LocalPack(path, pack.title or path.stem, len(pack.rules)))
        else:
            found = problems.get(str(path))
            why = describe_problem(found, path.name) if found else tr("it couldn't be read")
            listed.append(LocalPack(path, path.stem, 0, why))
    return listed


def check_and_add_pack(source: Path, folder: Path) -> LocalPack:
    """Check ``source`` with the loader and, only if it is sound, copy it into ``folder``.

    A pack of the same name already there is replaced (the screen asks first). Raises
    :class:`LocalPackError`, copying nothing, when the pack can't be used.
    """
    name = source.name
    if not name.lower().endswith(PACK_SUFFIX):
        raise LocalPackError(
            tr(
                "“{name}” isn't a rule pack: packs are TOML files whose names end in “.toml”. "
                "Nothing was copied."
            ).format(name=name)
        )
    try:
        if source.stat().st_size > MAX_PACK_BYTES:
            raise LocalPackError(
                tr(
                    "“{name}” is much larger than a rule pack would be, so it may be the wrong "
                    "file. Nothing was copied."
                ).format(name=name)
            )
        data = source.read_bytes()
    except OSError:
        raise LocalPackError(
            tr(
                "“{name}” couldn't be read. Check that the file is still there (a USB stick may "
                "need plugging in again) and try once more. Nothing was copied."
            ).format(name=name)
        ) from None
    others = [p for p in pack_files(folder) if p.name != name]
    with tempfile.TemporaryDirectory(prefix="wc-pack-") as holder:
        candidate = Path(holder) / name
        candidate.write_bytes(data)
        guide = Guide.load(local_packs=[*others, candidate])
        mine = tuple(p for p in guide.problems if p.path == str(candidate))
        pack = next((p for p in guide.packs if p.path == candidate), None)
    if mine or pack is None:
        details = "\n".join(describe_problem(p, name) for p in mine[:5])
        if len(mine) > 5:
            details += "\n" + trn("…and %n more.", "…and %n more.", len(mine) - 5)
        intro = tr(
            "“{name}” has something to fix before it can be used, so nothing was copied and "
            "the guidance carries on as before."
        ).format(name=name)
        raise LocalPackError(f"{intro}\n\n{details}", mine)
    target = folder / name
    try:
        write_atomically(target, data)
    except OSError:
        raise LocalPackError(
            tr(
                "“{name}” is fine, but it couldn't be saved beside the vault (the disk may be "
                "full). Nothing was changed."
            ).format(name=name)
        ) from None
    return LocalPack(target, pack.title or target.stem, len(pack.rules))


def remove_pack(path: Path) -> None:
    """Take one pack out of the centre's folder; its rules stop at once."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        raise LocalPackError(
            tr(
                "“{name}” couldn't be removed. Check that nothing else has the file open, "
                "then try again."
            ).format(name=path.name)
        ) from None
