"""Loaded templates in the language the app speaks: the one place resource text meets ``tr()``.

The file loaders (``load_prompt_set``, ``load_safety_plan`` and friends) return text exactly
as the file has it, so the template checker, ``womenscentre lint`` and an import all judge
the file a manager wrote. What the app hands out for showing (:class:`TemplateLibrary`'s
sets and plans, referral templates, life areas, the ONS4 wording, a plan's snapshot once
reopened) passes through :func:`translated` first.

Only text changes. Ids, versions, types, options' ids and section-id lists stay as they are,
because notes keep their prompt set's id and version with answers by field id, and plans
keep answers by field id: a note or plan written in one language opens in another with every
answer in place. A safety plan's snapshot is always stored as written (see
``SafetyPlanTemplate.as_written``), never in whichever language happened to be on screen.

Which text is translated is decided by :data:`~.translatable.TRANSLATABLE_KEYS`: a dataclass
attribute is translated when its name is one of those keys (the attributes are named after
the keys they are read from), or is one of the few :data:`_ATTRIBUTE_KEYS` read from a key
of another name.
"""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any, Final, TypeVar, cast

from womenscentre.i18n import tr
from womenscentre.templates.translatable import TRANSLATABLE_KEYS

T = TypeVar("T")

#: Attributes that hold text read from a key with another name.
_ATTRIBUTE_KEYS: Final[dict[str, str]] = {
    # ReferralTemplate: the [tell_it_once] block's title and intro
    "tell_it_once_title": "title",
    "tell_it_once_intro": "intro",
    # LifeArea: the descriptions under [points] keys "1" to "5"
    "points": "1",
}
#: The attribute a translated copy keeps its original in; never itself translated.
WRITTEN: Final = "written"


def translated(item: T) -> T:
    """A copy of a loaded template (any of this package's dataclasses) with its text in the
    current language; ``item`` itself is untouched. With no language installed, text comes
    back as written and ``item`` is returned as it is.

    If the copy's class has a ``written`` field, the copy keeps the original there.
    """
    if not dataclasses.is_dataclass(item) or isinstance(item, type):
        return item
    changes: dict[str, Any] = {}
    names = set()
    for spec in dataclasses.fields(item):
        names.add(spec.name)
        if not spec.init or spec.name == WRITTEN:
            continue
        value = getattr(item, spec.name)
        new = _translated_value(spec.name, value)
        if new != value:
            changes[spec.name] = new
    if not changes:
        return item
    if WRITTEN in names:
        changes[WRITTEN] = getattr(item, WRITTEN) or item
    return cast(T, dataclasses.replace(cast(Any, item), **changes))


def _translated_value(name: str, value: object) -> object:
    key = _ATTRIBUTE_KEYS.get(name, name)
    if key in TRANSLATABLE_KEYS:
        if _is_text(value):
            return tr(cast(str, value))
        if isinstance(value, tuple) and value and all(_is_text(v) for v in value):
            return tuple(tr(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return translated(value)
    if isinstance(value, tuple):
        return tuple(_translated_value("", v) for v in value)
    return value


def _is_text(value: object) -> bool:
    """Plain text: a string that isn't one of the app's stored enum values."""
    return isinstance(value, str) and not isinstance(value, Enum)
