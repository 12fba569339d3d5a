"""Which text in the resource TOML files is for people to read, and so goes through ``tr()``.

The template loaders translate exactly these values when a file is loaded, and the catalogue
extractor (``packaging/translations.py``) collects exactly these values from the built-in
files, so the two always agree. A value counts when its key is in :data:`TRANSLATABLE_KEYS`
and it is a string or a list of strings; a table under such a key (the referral templates'
``[tell_it_once]`` block) is not text itself, and its own keys are looked at one by one.

Ids, kinds, types, enum values and lists of section ids are never translated: notes and
plans are stored by them. The services directory is left out on purpose: its entries are
the centre's own data (names, numbers, opening hours, what a service does), typed by the
centre in its own words and written back by the directory editor, so they are shown as the
centre wrote them. The training vault (``demo/``) is fictional data, not text to translate,
and the language-guidance rules (``language/``) are about English wording and stay English.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

#: Sub-folders of ``resources/`` (and of a centre's local templates folder) whose TOML files
#: hold text people read.
RESOURCE_FOLDERS: Final[tuple[str, ...]] = (
    "prompts",
    "safety_plans",
    "outcomes",
    "referral_templates",
)

#: Keys whose string (or list-of-strings) values are shown to people.
TRANSLATABLE_KEYS: Final[frozenset[str]] = frozenset(
    {
        # prompt sets and shared sections
        "title",
        "purpose",
        "questions",
        "why",
        "avoid",
        "tell_it_once",
        # fields, options and checklist items (prompt sets and safety plans)
        "label",
        "discreet_label",
        "help",
        # safety-plan templates
        "summary",
        "discreet_title",
        "intro",
        "discreet_intro",
        "reminder",
        "credit",
        "task",
        "who",
        "by_when",
        # referral templates and life areas
        "prompt",
        # life-area point descriptions ([points] and [area.points])
        "1",
        "2",
        "3",
        "4",
        "5",
        # ONS4 questions
        "text",
        "low",
        "high",
        "citation",
    }
)


def translatable_strings(data: Any) -> Iterator[str]:
    """Every translatable string in parsed TOML ``data``, in file order (repeats included)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in TRANSLATABLE_KEYS and isinstance(value, str):
                yield value
            elif key in TRANSLATABLE_KEYS and _is_strings(value):
                yield from value
            else:
                yield from translatable_strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from translatable_strings(item)


def _is_strings(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)
