"""Problems found in a template, prompt-set or directory file, named by file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from womenscentre.errors import UserFacingError
from womenscentre.i18n import tr, trn

#: How many problems the message lists before saying how many more there are.
SHOWN_PROBLEMS = 8


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One thing to fix: where it is and what is wrong, in plain words."""

    path: Path
    line: int
    field: str
    problem: str

    def __str__(self) -> str:
        if self.field:
            text = tr("{file}, line {line}, {field}: {problem}")
        else:
            text = tr("{file}, line {line}: {problem}")
        return text.format(
            file=self.path.name, line=self.line, field=self.field, problem=self.problem
        )


class TemplateFileError(UserFacingError):
    """A file that can't be used. Nothing from it is loaded; everything else still works.

    ``problems`` lists every problem found, first line first, so the person fixing the file
    can do it in one go rather than one error at a time.
    """

    def __init__(self, problems: list[TemplateProblem]) -> None:
        if not problems:
            raise ValueError("a TemplateFileError needs at least one problem")
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line))
        self.path = self.problems[0].path
        shown = [f"- {p}" for p in self.problems[:SHOWN_PROBLEMS]]
        more = len(self.problems) - SHOWN_PROBLEMS
        if more > 0:
            shown.append(
                "- " + trn("and %n more in the same file", "and %n more in the same file", more)
            )
        summary = trn(
            "{file} has a problem, so nothing from it has been loaded.",
            "{file} has %n problems, so nothing from it has been loaded.",
            len(self.problems),
        ).format(file=self.path.name)
        comfort = tr(
            "Everything else, including the built-in templates, still works. Once it's "
            "fixed, please import it again."
        )
        super().__init__(f"{summary} {comfort}\n" + "\n".join(shown))
