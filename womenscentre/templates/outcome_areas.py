"""Loading the centre's life areas and the ONS4 question file, with file/line/field errors.

Both live in ``resources/outcomes/``. A centre may keep its own ``life_areas.toml`` in the
local templates folder under ``outcomes/``; when it is there and loads cleanly it replaces
the built-in list, and when it has a problem the built-in list is used and the problem is
reported, so outcome recording never stops because of a typing slip.

``load_life_areas`` and ``load_ons4`` give the text as written (for checking a file);
:func:`centre_life_areas` and :func:`built_in_ons4` give it in the language in use. Readings
keep only the area id and the number, so they read the same in any language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from womenscentre import paths
from womenscentre.domain.outcomes import LifeArea, Ons4Question
from womenscentre.i18n import N_, tr
from womenscentre.templates.checker import Checker, read_toml
from womenscentre.templates.errors import TemplateFileError
from womenscentre.templates.fields import unique_ids
from womenscentre.templates.lines import KeyPath
from womenscentre.templates.translation import translated

LIFE_AREAS_FILE: Final = "outcomes/life_areas.toml"
ONS4_FILE: Final = "outcomes/ons4.toml"
_POINT_KEYS: Final = ("1", "2", "3", "4", "5")


@dataclass(frozen=True, slots=True)
class Ons4Wording:
    question: Ons4Question
    text: str
    low: str
    high: str
    lower_is_better: bool = False


@dataclass(frozen=True, slots=True)
class Ons4Questions:
    citation: str
    questions: tuple[Ons4Wording, ...]


@dataclass(frozen=True, slots=True)
class LoadedAreas:
    areas: tuple[LifeArea, ...]
    source: Path
    #: A centre file that could not be used, and why; the built-in list is in use instead.
    problem: TemplateFileError | None = None


def load_life_areas(path: Path) -> tuple[LifeArea, ...]:
    """Read and check one life-areas file; raises ``TemplateFileError`` listing every problem."""
    text, data = read_toml(path)
    check = Checker(path, text)
    check.header(data, "life_areas")
    check.keys(data, (), {"format", "kind", "points", "area"}, {"area"})
    shared = _points(check, data, (), required=True)
    areas = []
    for index, raw in check.tables(data, "area", ()):
        where: KeyPath = ("area", index)
        check.keys(raw, where, {"id", "title", "prompt", "points"}, {"id", "title"})
        own = _points(check, raw, where, required=False)
        areas.append(
            LifeArea(
                id=check.ident(raw, "id", where),
                title=check.text(raw, "title", where, max_chars=80),
                prompt=check.text(raw, "prompt", where, required=False, max_chars=400),
                points=own or shared or ("", "", "", "", ""),
            )
        )
    if not areas:
        check.problem(("area",), tr("a life-areas file needs at least one [[area]]"))
    unique_ids(
        check,
        [a.id for a in areas],
        ("area",),
        N_('uses the id "{id}" twice: each area needs its own'),
    )
    check.finish()
    return tuple(areas)


def _points(
    check: Checker, data: dict[str, Any], where: KeyPath, *, required: bool
) -> tuple[str, str, str, str, str] | None:
    raw = data.get("points")
    if raw is None:
        if required:
            check.problem((*where, "points"), tr("needs a [points] table describing 1 to 5"))
        return None
    if not isinstance(raw, dict):
        check.problem((*where, "points"), tr("must be a table with a description for 1 to 5"))
        return None
    check.keys(raw, (*where, "points"), set(_POINT_KEYS), set(_POINT_KEYS))
    described = [check.text(raw, key, (*where, "points"), max_chars=200) for key in _POINT_KEYS]
    return (described[0], described[1], described[2], described[3], described[4])


def load_ons4(path: Path) -> Ons4Questions:
    text, data = read_toml(path)
    check = Checker(path, text)
    check.header(data, "ons4")
    check.keys(data, (), {"format", "kind", "citation", "question"}, {"citation", "question"})
    citation = check.text(data, "citation", (), max_chars=400)
    if "office for national statistics" not in " ".join(citation.casefold().split()):
        check.problem(("citation",), tr("must cite the Office for National Statistics (ONS)"))
    found = []
    allowed = [q.value for q in Ons4Question]
    for index, raw in check.tables(data, "question", ()):
        where: KeyPath = ("question", index)
        check.keys(raw, where, {"id", "text", "low", "high", "lower_is_better"}, {"id", "text"})
        found.append(
            Ons4Wording(
                Ons4Question(check.choice(raw, "id", where, allowed, allowed[0])),
                check.text(raw, "text", where, max_chars=300),
                check.text(raw, "low", where, required=False, max_chars=60),
                check.text(raw, "high", where, required=False, max_chars=60),
                check.flag(raw, "lower_is_better", where),
            )
        )
    unique_ids(
        check,
        [q.question.value for q in found],
        ("question",),
        N_('uses the id "{id}" twice: each question needs its own'),
    )
    if {q.question for q in found} != set(Ons4Question) and not check.problems:
        check.problem(("question",), tr("must hold all four ONS personal wellbeing questions"))
    check.finish()
    return Ons4Questions(citation, tuple(found))


def centre_life_areas(local_templates: Path) -> LoadedAreas:
    """The centre's own list when it has one that loads, otherwise the built-in list."""
    built_in = paths.resource_path(LIFE_AREAS_FILE)
    local = local_templates / LIFE_AREAS_FILE
    if local.is_file():
        try:
            return LoadedAreas(_shown(load_life_areas(local)), local)
        except TemplateFileError as error:
            return LoadedAreas(_shown(load_life_areas(built_in)), built_in, error)
    return LoadedAreas(_shown(load_life_areas(built_in)), built_in)


def built_in_ons4() -> Ons4Questions:
    """The ONS4 wording in the language in use (the file's English when there is none)."""
    return translated(load_ons4(paths.resource_path(ONS4_FILE)))


def _shown(areas: tuple[LifeArea, ...]) -> tuple[LifeArea, ...]:
    return tuple(translated(area) for area in areas)
