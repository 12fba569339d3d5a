"""Every prompt set, safety-plan template and directory entry the app can use.

Built-in files come from ``resources/`` (``prompts/``, ``safety_plans/``, ``directory/``).
A centre's own files sit in a local folder with the same three subfolders; a manager adds
one with :func:`import_file`, which checks the file completely before copying it, so a
malformed file changes nothing.

A built-in file that fails to load is a packaging fault and raises. A local file that fails
is left out and reported in :attr:`TemplateLibrary.problems`, so one bad file never stops
the built-in templates from working.

A local safety-plan template or prompt set with the same id as a built-in one replaces it
only with a higher ``version``: plans record the template id and version they were made
with, so two different templates must never share both.

The library keeps every set and template as written and hands them out in the language in
use (:mod:`.translation`). The translated copies are kept until the language changes
(:func:`womenscentre.i18n.lookup_generation`), so a library loaded before the language was
chosen never shows English text afterwards, and one loaded once per unlock stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from womenscentre import i18n, paths
from womenscentre.domain.notes import SessionType
from womenscentre.i18n import tr
from womenscentre.store.snapshot import write_atomically
from womenscentre.templates.checker import read_toml
from womenscentre.templates.directory import Directory, load_directory
from womenscentre.templates.errors import TemplateFileError, TemplateProblem
from womenscentre.templates.lines import key_lines, line_of
from womenscentre.templates.prompts import (
    PromptSection,
    PromptSet,
    load_prompt_set,
    load_shared_sections,
)
from womenscentre.templates.safety_plans import SafetyPlanTemplate, load_safety_plan
from womenscentre.templates.translation import translated

PROMPTS: Final = "prompts"
SAFETY_PLANS: Final = "safety_plans"
DIRECTORY: Final = "directory"
SHARED_FILE: Final = "shared.toml"
#: Which subfolder each ``kind`` of file belongs in.
FOLDER_FOR_KIND: Final = {
    "prompt_set": PROMPTS,
    "shared_sections": PROMPTS,
    "safety_plan": SAFETY_PLANS,
    "directory": DIRECTORY,
}


@dataclass(frozen=True)
class _Shown:
    """The library's sets and templates translated for one language (one lookup generation)."""

    generation: int
    prompt_sets: dict[SessionType, PromptSet]
    safety_plans: dict[str, SafetyPlanTemplate]


@dataclass(frozen=True)
class TemplateLibrary:
    #: Prompt sets and templates exactly as their files have them; show the properties.
    written_prompt_sets: dict[SessionType, PromptSet]
    written_safety_plans: dict[str, SafetyPlanTemplate]
    directory: Directory
    #: As written: only for reading prompt sets that ``use`` them (they are shown through
    #: the sets, translated).
    shared_sections: dict[str, PromptSection]
    #: Local files that were left out, each with every problem found in it.
    problems: tuple[TemplateFileError, ...] = field(default=(), compare=False)
    local_dir: Path | None = field(default=None, compare=False)
    built_in_dir: Path | None = field(default=None, compare=False)
    _shown: list[_Shown] = field(default_factory=list, init=False, repr=False, compare=False)

    @property
    def prompt_sets(self) -> dict[SessionType, PromptSet]:
        """Every prompt set in use, by session type, in the current language."""
        return self._translated().prompt_sets

    @property
    def safety_plans(self) -> dict[str, SafetyPlanTemplate]:
        """Every safety-plan template in use, by id, in the current language."""
        return self._translated().safety_plans

    def _translated(self) -> _Shown:
        generation = i18n.lookup_generation()
        if not self._shown or self._shown[0].generation != generation:
            self._shown[:] = [
                _Shown(
                    generation,
                    {k: translated(v) for k, v in self.written_prompt_sets.items()},
                    {k: translated(v) for k, v in self.written_safety_plans.items()},
                )
            ]
        return self._shown[0]

    def safety_plan(self, template_id: str) -> SafetyPlanTemplate:
        try:
            return self.safety_plans[template_id]
        except KeyError:
            raise KeyError(f"no safety-plan template called {template_id!r}") from None

    def prompt_set(self, session_type: SessionType) -> PromptSet:
        return self.prompt_sets[session_type]

    @classmethod
    def load(
        cls, local_dir: Path | None = None, built_in_dir: Path | None = None
    ) -> TemplateLibrary:
        """Built-ins (raising on any fault) plus any good local files."""
        base = built_in_dir if built_in_dir is not None else paths.resources_dir()
        shared = load_shared_sections(base / PROMPTS / SHARED_FILE)
        prompt_sets = {p.session_type: p for p in _each(base / PROMPTS, shared, strict=True)[0]}
        plans = {t.id: t for t in _plans(base / SAFETY_PLANS, strict=True)[0]}
        directories = [load_directory(p) for p in _files(base / DIRECTORY)]
        problems: list[TemplateFileError] = []
        local_directories: list[Directory] = []
        if local_dir is not None:
            local_sets, bad = _each(local_dir / PROMPTS, shared, strict=False)
            problems += bad
            for prompt_set in local_sets:
                problem = _clash(
                    prompt_set.source,
                    prompt_set.id,
                    prompt_set.version,
                    prompt_sets.get(prompt_set.session_type),
                )
                if problem:
                    problems.append(problem)
                else:
                    prompt_sets[prompt_set.session_type] = prompt_set
            local_plans, bad = _plans(local_dir / SAFETY_PLANS, strict=False)
            problems += bad
            for template in local_plans:
                source = template.source or local_dir / SAFETY_PLANS
                problem = _clash(source, template.id, template.version, plans.get(template.id))
                if problem:
                    problems.append(problem)
                else:
                    plans[template.id] = template
            for path in _files(local_dir / DIRECTORY):
                try:
                    local_directories.append(load_directory(path))
                except TemplateFileError as error:
                    problems.append(error)
        missing = set(SessionType) - {SessionType.GROUP, SessionType.OTHER} - set(prompt_sets)
        if missing:
            raise RuntimeError(f"built-in prompt sets are missing for {sorted(missing)}")
        return cls(
            prompt_sets,
            plans,
            Directory.combine(directories, local_directories),
            shared,
            tuple(problems),
            local_dir,
            built_in_dir,
        )


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if p.is_file())


def _each(
    folder: Path, shared: dict[str, PromptSection], *, strict: bool
) -> tuple[list[PromptSet], list[TemplateFileError]]:
    found: list[PromptSet] = []
    problems: list[TemplateFileError] = []
    for path in _files(folder):
        if path.name == SHARED_FILE:
            continue
        try:
            found.append(load_prompt_set(path, shared))
        except TemplateFileError as error:
            if strict:
                raise
            problems.append(error)
    return found, problems


def _plans(
    folder: Path, *, strict: bool
) -> tuple[list[SafetyPlanTemplate], list[TemplateFileError]]:
    found: list[SafetyPlanTemplate] = []
    problems: list[TemplateFileError] = []
    for path in _files(folder):
        try:
            found.append(load_safety_plan(path))
        except TemplateFileError as error:
            if strict:
                raise
            problems.append(error)
    return found, problems


def _clash(source: Path, new_id: str, version: int, existing: object) -> TemplateFileError | None:
    """A local file may replace a built-in one only with a higher version."""
    old_version = getattr(existing, "version", None)
    if old_version is None or version > old_version:
        return None
    text = source.read_text(encoding="utf-8-sig") if source.is_file() else ""
    line = line_of(key_lines(text), ("version",))
    return TemplateFileError(
        [
            TemplateProblem(
                source,
                line,
                "version",
                tr(
                    'is {version}, but "{id}" is already version {old}. Please give your '
                    "customised copy version {next} or more (or a new id), so plans made with "
                    "each can be told apart"
                ).format(version=version, id=new_id, old=old_version, next=old_version + 1),
            )
        ]
    )


def import_file(source: Path, local_dir: Path, library: TemplateLibrary) -> TemplateLibrary:
    """Check ``source`` completely, then copy it into the local folder; return the new library.

    If anything is wrong a :class:`TemplateFileError` names the file, line and field, and
    nothing is copied: the library and the local folder are exactly as they were.
    """
    _text, data = read_toml(source)
    kind = data.get("kind")
    folder_name = FOLDER_FOR_KIND.get(kind) if isinstance(kind, str) else None
    if folder_name is None or kind == "shared_sections":
        allowed = ", ".join(f'"{k}"' for k in FOLDER_FOR_KIND if k != "shared_sections")
        text = source.read_text(encoding="utf-8-sig")
        raise TemplateFileError(
            [
                TemplateProblem(
                    source,
                    line_of(key_lines(text), ("kind",)),
                    "kind",
                    tr("must say which kind of file this is: {kinds}").format(kinds=allowed),
                )
            ]
        )
    existing: object = None
    if kind == "prompt_set":
        prompt_set = load_prompt_set(source, library.shared_sections)
        existing = library.written_prompt_sets.get(prompt_set.session_type)
        new_id, version = prompt_set.id, prompt_set.version
    elif kind == "safety_plan":
        template = load_safety_plan(source)
        existing = library.written_safety_plans.get(template.id)
        new_id, version = template.id, template.version
    else:
        load_directory(source)
        new_id, version = "", 0
    if kind != "directory":
        clash = _clash(source, new_id, version, existing)
        if clash is not None:
            raise clash
    folder = local_dir / folder_name
    folder.mkdir(parents=True, exist_ok=True)
    _copy_atomically(source, folder / source.name)
    return TemplateLibrary.load(local_dir, library.built_in_dir)


def _copy_atomically(source: Path, target: Path) -> None:
    write_atomically(target, source.read_bytes())
