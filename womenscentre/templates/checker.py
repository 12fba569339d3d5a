"""Reading one TOML file and checking it against a schema written in code.

Every loader here works the same way: read the text, let ``tomllib`` parse it, then walk the
parsed data with a :class:`Checker` that collects every problem with its line and field. If
there is any problem the whole file is refused (:class:`TemplateFileError`); nothing built
from it escapes, so a file can never half-load.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Final

from womenscentre.i18n import tr
from womenscentre.templates.errors import TemplateFileError, TemplateProblem
from womenscentre.templates.lines import KeyPath, key_lines, line_of

FORMAT: Final = 1
ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_TOML_AT_RE: Final = re.compile(r"\s*\(at line (\d+), column \d+\)")
#: Words that must never label anything she might see (practice reference §2, guardrails).
BANNED_LABELS: Final = ("low risk", "standard risk", "medium risk", "risk score")


def read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    """The text and parsed data of ``path``, or a :class:`TemplateFileError` saying why not."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise _one(
            path, 1, "", tr("isn't saved as UTF-8 text; please re-save it as UTF-8")
        ) from None
    except OSError as error:
        problem = (
            tr("can't be read ({reason})").format(reason=error.strerror)
            if error.strerror
            else tr("can't be read")
        )
        raise _one(path, 1, "", problem) from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_AT_RE.search(str(error))
        message = _TOML_AT_RE.sub("", str(error)).strip()
        line = int(found.group(1)) if found else 1
        problem = tr("isn't valid TOML here ({message})").format(message=message)
        raise _one(path, line, "", problem) from None


def _one(path: Path, line: int, field: str, problem: str) -> TemplateFileError:
    return TemplateFileError([TemplateProblem(path, line, field, problem)])


class Checker:
    """Collects problems for one file; each getter returns a safe default after a problem."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = key_lines(text)
        self.problems: list[TemplateProblem] = []
        #: Ids of list items by path, so a problem can say 'section "money"', not 'section 4'.
        self.names: dict[KeyPath, str] = {}

    # -- reporting -------------------------------------------------------------------
    def describe(self, path: KeyPath) -> str:
        parts: list[str] = []
        for depth, part in enumerate(path):
            if isinstance(part, int):
                name = self.names.get(path[: depth + 1])
                parts[-1] += f' {part + 1} ("{name}")' if name else f" {part + 1}"
            else:
                parts.append(str(part))
        return " > ".join(parts)

    def problem(self, path: KeyPath, problem: str) -> None:
        self.problems.append(
            TemplateProblem(self.path, line_of(self.lines, path), self.describe(path), problem)
        )

    def finish(self) -> None:
        """Raise if anything was wrong, so the caller never returns a half-checked object."""
        if self.problems:
            raise TemplateFileError(self.problems)

    # -- structure -------------------------------------------------------------------
    def keys(
        self, data: dict[str, Any], path: KeyPath, allowed: set[str], required: set[str]
    ) -> None:
        for key in sorted(set(data) - allowed):
            options = ", ".join(sorted(allowed))
            self.problem(
                (*path, key),
                tr(
                    "isn't a setting this file understands. Check the spelling; the settings "
                    "allowed here are: {options}"
                ).format(options=options),
            )
        for key in sorted(required - set(data)):
            self.problem(path, tr('needs a "{key}" setting, and it is missing').format(key=key))

    def tables(self, data: dict[str, Any], key: str, path: KeyPath) -> Iterator[tuple[int, Any]]:
        """The entries of an array of tables such as ``[[section]]``, each with its index."""
        value = data.get(key, [])
        if not isinstance(value, list):
            self.problem((*path, key), tr("must be a list of [[{key}]] blocks").format(key=key))
            return
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.problem((*path, key, index), tr("must be a table of settings"))
                continue
            if isinstance(item.get("id"), str):
                self.names[(*path, key, index)] = item["id"]
            yield index, item

    # -- values ----------------------------------------------------------------------
    def text(
        self,
        data: dict[str, Any],
        key: str,
        path: KeyPath,
        *,
        required: bool = True,
        max_chars: int = 2000,
    ) -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem((*path, key), tr("must be some text in quotes"))
            return ""
        if len(value) > max_chars:
            self.problem(
                (*path, key),
                tr("is too long: please keep it under {most} characters").format(most=max_chars),
            )
        lowered = " ".join(value.lower().split())
        for banned in BANNED_LABELS:
            if banned in lowered:
                self.problem(
                    (*path, key),
                    tr(
                        'says "{words}". Labels like this are never used: a woman can be at '
                        "risk whatever a checklist says. Please reword it"
                    ).format(words=banned),
                )
        return value.strip()

    def ident(self, data: dict[str, Any], key: str, path: KeyPath) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not ID_RE.fullmatch(value):
            self.problem(
                (*path, key),
                tr(
                    "must be a short id in quotes, using lower-case letters, digits, - and _ "
                    '(like "money-and-bank"), not {value}'
                ).format(value=_show(value)),
            )
            return ""
        return value

    def flag(self, data: dict[str, Any], key: str, path: KeyPath, default: bool = False) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.problem(
                (*path, key), tr("must be true or false, not {value}").format(value=_show(value))
            )
            return default
        return value

    def integer(
        self, data: dict[str, Any], key: str, path: KeyPath, low: int, high: int, default: int
    ) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(
                (*path, key),
                tr("must be a whole number from {low} to {high}, not {value}").format(
                    low=low, high=high, value=_show(value)
                ),
            )
            return default
        return value

    def day(self, data: dict[str, Any], key: str, path: KeyPath) -> date:
        value = data.get(key)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(
            (*path, key),
            tr("must be a date like 2026-01-31, not {value}").format(value=_show(value)),
        )
        return date.min

    def strings(
        self, data: dict[str, Any], key: str, path: KeyPath, *, least: int = 0
    ) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem((*path, key), tr('must be a list of text in quotes, like ["one", "two"]'))
            return ()
        if len(value) < least:
            self.problem(
                (*path, key),
                tr("needs at least {least} entries, not {count}").format(
                    least=least, count=len(value)
                ),
            )
        for index, item in enumerate(value):
            if not item.strip():
                self.problem(
                    (*path, key, index), tr("is empty: please write something or remove it")
                )
        return tuple(item.strip() for item in value)

    def choice(
        self, data: dict[str, Any], key: str, path: KeyPath, allowed: list[str], default: str
    ) -> str:
        value = data.get(key, default)
        if value not in allowed:
            options = ", ".join(f'"{a}"' for a in allowed)
            self.problem(
                (*path, key),
                tr("must be one of {options}, not {value}").format(
                    options=options, value=_show(value)
                ),
            )
            return default
        return str(value)

    def header(self, data: dict[str, Any], kind: str) -> None:
        """Every file starts with ``format = 1`` and says what ``kind`` of file it is."""
        self.integer(data, "format", (), FORMAT, FORMAT, FORMAT)
        if data.get("kind") != kind:
            self.problem(("kind",), tr('must be "{kind}" for this kind of file').format(kind=kind))


def _show(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if value is None:
        return tr("nothing")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return tr("a list") if isinstance(value, list) else tr("a table")
    return str(value)
