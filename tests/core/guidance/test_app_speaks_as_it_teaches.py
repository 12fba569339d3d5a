"""The app speaks as it teaches: no warning in any message the app shows a person.

Issue 4 asks that the rules run over every user-facing string, prompt, template and message
and fail on any warning. Strings are found two ways:

* in code (``womenscentre/`` and ``ui/``): every string literal of three words or more,
  f-strings included (their fixed parts, with each ``{…}`` read as "someone"), except
  docstrings, which are written for developers. Being generous here costs nothing: a log
  format or SQL string raises no warning, and a missed message could;
* in ``resources/``: every text file (prompts, templates, translations as they arrive),
  and for rule packs their titles, reasons, suggestions and notes, never their patterns or
  examples, which quote the wording on purpose. ``common/`` holds word lists (rejected
  passphrases), not prose, and is skipped.

Hints are allowed: they are gentle prompts for case notes, and UI text may need words such
as "victim" (Victim Support) or "client" in their ordinary sense.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from womenscentre.guidance import Guide, Severity

REPO = Path(__file__).resolve().parents[3]
CODE_DIRS = ("womenscentre", "ui")
RESOURCE_SKIP = {"common"}
TEXT_SUFFIXES = {".txt", ".md", ".html", ".json", ".toml", ".ftl", ".ts", ".csv", ".yml"}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else "someone" for part in node.values
        )
    return None


def code_strings() -> Iterator[tuple[str, str]]:
    """(where, text) for every non-docstring literal of three words or more."""
    for folder in CODE_DIRS:
        for path in sorted((REPO / folder).rglob("*.py")):
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"))
            except (SyntaxError, UnicodeDecodeError):
                continue  # a file mid-edit elsewhere; its own tests will say so
            docstrings = _docstring_nodes(tree)
            inside_fstring = {
                id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values
            }
            for node in ast.walk(tree):
                if id(node) in docstrings or id(node) in inside_fstring:
                    continue
                text = _literal(node)
                if text and len(text.split()) >= 3:
                    yield f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}", text


def resource_strings() -> Iterator[tuple[str, str]]:
    root = REPO / "resources"
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or relative.parts[0] in RESOURCE_SKIP or path.name == "README.md":
            continue  # README files are for whoever maintains the resources
        if relative.parts[0] == "language" and path.suffix == ".toml":
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            yield str(relative), str(data.get("title", ""))
            for rule in data.get("rule", []):
                for text in (
                    rule.get("reason", ""),
                    rule.get("note", ""),
                    *rule.get("suggestions", []),
                ):
                    yield f"{relative} {rule.get('id')}", text
        elif relative.parts[0] == "demo" and path.suffix == ".toml":
            # The training vault's practice notes are poorly worded on purpose.
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for woman in data.get("women", []):
                for note in woman.get("notes", []):
                    if not note.get("practice"):
                        yield f"{relative} {woman['preferred_name']}", note["body"]
        elif path.suffix in TEXT_SUFFIXES:
            yield str(relative), path.read_text(encoding="utf-8")


def _warnings(guide: Guide, strings: Iterator[tuple[str, str]]) -> list[str]:
    problems = []
    for where, text in strings:
        for finding in guide.check(text):
            if finding.severity is Severity.WARNING:
                problems.append(f"{where}: “{finding.text}” ({finding.rule}) in {text[:80]!r}")
    return problems


def test_strings_are_found() -> None:
    """The collector sees the app's messages (guards against it silently finding nothing)."""
    found = [text for _, text in code_strings()]
    assert any("didn't open the vault" in text for text in found)
    assert any("Nothing to suggest" in text for text in found)


@pytest.mark.parametrize("source", ["code", "resources"])
def test_no_user_facing_string_raises_a_warning(guide: Guide, source: str) -> None:
    strings = code_strings() if source == "code" else resource_strings()
    problems = _warnings(guide, strings)
    assert not problems, "\n".join(problems)
