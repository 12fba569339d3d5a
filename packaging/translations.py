"""The translation catalogue: extract the app's text, take in translations, compile, check.

Run it as a script from the checkout (never ``python -m packaging.translations``: the PyPI
``packaging`` library owns that name)::

    python packaging/translations.py update              # the .ts file, from the source
    python packaging/translations.py import-json F.json  # translations drafted elsewhere
    python packaging/translations.py compile             # the .qm file the app loads
    python packaging/translations.py check               # exit 1 if either is out of date

``update`` reads the code with ``ast`` (every ``tr``, ``trn`` and ``N_`` call whose first
argument is a string literal, in ``womenscentre/`` (its command line too) and in
``ui/``), the resource TOML text that ``womenscentre.templates.translatable`` declares, and
Qt's own strings (``qt_strings_cy.toml``, with a first Welsh draft). Translations already in
the catalogue, and whether a reviewer has finished them, are kept; text no longer in the
source is dropped. docs/translation.md explains the whole pipeline.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter
from xml.etree import ElementTree
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script, only packaging/ is on the path

LANGUAGE = "cy_GB"
CONTEXT = "womenscentre"
TS_FILE = ROOT / "resources" / "translations" / "womenscentre_cy.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
QT_STRINGS = Path(__file__).resolve().parent / "qt_strings_cy.toml"
#: Welsh has five plural forms in Qt: n = 0; n = 1; n = 2-5; n = 6; every other n.
PLURAL_FORMS = 5
CALLS = {"tr", "trn", "N_"}
#: Named ``{placeholders}`` (not ``{{``/``}}``), and Qt's ``%n``.
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}(?!\})")

Key = tuple[str, str, str]  # (context, source, disambiguation or "")


@dataclass
class Message:
    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False
    #: For people translating: the singular of a plural, or where resource text comes from.
    note: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    #: "unfinished" (needs review), "" (finished: a reviewer ticked it) or "vanished".
    state: str = "unfinished"
    #: A reviewer's own note, written in Linguist; kept as it is.
    reviewer_note: str = ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.disambiguation)

    @property
    def translated(self) -> bool:
        return any(self.forms) if self.numerus else bool(self.translation)


# -- extraction ------------------------------------------------------------------------------
def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called(node: ast.Call) -> str | None:
    func = node.func
    name = (
        func.id
        if isinstance(func, ast.Name)
        else func.attr
        if isinstance(func, ast.Attribute)
        else None
    )
    return name if name in CALLS else None


def _keyword(node: ast.Call, name: str) -> str | None:
    return next((_literal(k.value) for k in node.keywords if k.arg == name), None)


def messages_in_python(path: Path, relative: str) -> Iterator[Message]:
    """Every ``tr``/``trn``/``N_`` call in one file whose text is a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or (name := _called(node)) is None or not node.args:
            continue
        first = _literal(node.args[0])
        if first is None:
            continue  # text marked elsewhere (N_) or from a resource file
        at = [(relative, node.lineno)]
        if name == "trn":
            plural = _literal(node.args[1]) if len(node.args) > 1 else None
            if plural is None:
                print(
                    f"{relative}:{node.lineno}: trn() needs its plural as a literal",
                    file=sys.stderr,
                )
                continue
            dis = _literal(node.args[3]) if len(node.args) > 3 else _keyword(node, "disambiguation")
            note = f"Singular: {first}"
            yield Message(CONTEXT, plural, dis or "", True, note, at)
        else:
            dis = _literal(node.args[1]) if name == "tr" and len(node.args) > 1 else None
            dis = dis or (_keyword(node, "disambiguation") if name == "tr" else None)
            yield Message(CONTEXT, first, dis or "", locations=at)


def python_files(root: Path) -> Iterator[Path]:
    for folder in ("womenscentre", "ui"):
        for path in sorted((root / folder).rglob("*.py")):
            parts = path.relative_to(root).parts
            if "__pycache__" in parts:
                continue
            yield path


def messages_in_resources(root: Path) -> Iterator[Message]:
    """The text people read in the shipped resource TOML files (prompts, plans and so on)."""
    from womenscentre.templates.translatable import RESOURCE_FOLDERS, translatable_strings

    for folder in RESOURCE_FOLDERS:
        for path in sorted((root / "resources" / folder).rglob("*.toml")):
            relative = path.relative_to(root).as_posix()
            text = path.read_text(encoding="utf-8")
            lines = text.splitlines()
            for value in translatable_strings(tomllib.loads(text)):
                if value.strip():
                    at = [(str(path), _line_of(value, lines))]
                    yield Message(CONTEXT, value, note=f"From {relative}", locations=at)


def _line_of(value: str, lines: list[str]) -> int:
    """The line a TOML string starts on, near enough for a translator to find it (0: unknown)."""
    first = value.strip().splitlines()[0][:40]
    for number, line in enumerate(lines, start=1):
        if first and first in line:
            return number
    return 0


def qt_strings() -> list[tuple[Message, str]]:
    """Qt's own strings, each with its first Welsh draft."""
    found = []
    for entry in tomllib.loads(QT_STRINGS.read_text(encoding="utf-8"))["strings"]:
        context, source, welsh, *rest = entry
        found.append((Message(context, source, rest[0] if rest else ""), welsh))
    return found


def extract(root: Path) -> dict[Key, Message]:
    """Every message in the source, each with all the places it is used."""
    found: dict[Key, Message] = {}

    def add(message: Message) -> None:
        known = found.setdefault(message.key, message)
        if known is not message:
            known.locations += [at for at in message.locations if at not in known.locations]
            known.numerus = known.numerus or message.numerus
            known.note = known.note or message.note

    for path in python_files(root):
        for message in messages_in_python(path, path.relative_to(root).as_posix()):
            message.locations = [(str(path), line) for _file, line in message.locations]
            add(message)
    for message in messages_in_resources(root):
        add(message)
    for message, _welsh in qt_strings():
        add(message)
    return found


# -- the .ts file ----------------------------------------------------------------------------
def read_ts(path: Path) -> dict[Key, Message]:
    """The messages in a catalogue, with their translations and states."""
    if not path.exists():
        return {}
    found: dict[Key, Message] = {}
    tree = ElementTree.parse(path)  # noqa: S314 - our own catalogue, from this script or Linguist
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                numerus,
                state=(translation.get("type", "") if translation is not None else "unfinished"),
            )
            message.note = element.findtext("extracomment") or ""
            message.reviewer_note = element.findtext("translatorcomment") or ""
            message.locations = [
                (os.path.normpath(path.parent / at.get("filename", "")), int(at.get("line", "0")))
                for at in element.iter("location")
            ]
            if translation is not None and numerus:
                message.forms = [form.text or "" for form in translation.iter("numerusform")]
            elif translation is not None:
                message.translation = translation.text or ""
            found[message.key] = message
    return found


def merge(source: dict[Key, Message], existing: dict[Key, Message]) -> list[Message]:
    """The source's messages, carrying over each one's translation and review state."""
    drafts = {message.key: welsh for message, welsh in qt_strings()}
    merged = []
    for key, message in source.items():
        old = existing.get(key)
        if old is not None:
            message.reviewer_note = old.reviewer_note
        if old is not None and old.numerus == message.numerus and old.translated:
            message.translation, message.forms = old.translation, old.forms
            message.state = "unfinished" if old.state in ("vanished", "obsolete") else old.state
        elif key in drafts:
            message.translation = drafts[key]
        if message.numerus:
            message.forms = (message.forms + [""] * PLURAL_FORMS)[:PLURAL_FORMS]
        merged.append(message)
    return merged


def _order(message: Message) -> tuple[bool, str, str, int, str, str]:
    """The app's own messages first, in the order the code uses them; Qt's after, by name."""
    file, line = message.locations[0] if message.locations else ("", 0)
    at = (file, line) if message.context == CONTEXT else ("", 0)
    return (
        message.context != CONTEXT,
        message.context,
        *at,
        message.source,
        message.disambiguation,
    )


def write_ts(messages: Iterable[Message], path: Path) -> str:
    """The catalogue as Qt Linguist writes it (TS 2.1), in a stable order."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="en_GB">',
    ]
    by_context: dict[str, list[Message]] = {}
    for message in sorted(messages, key=_order):
        by_context.setdefault(message.context, []).append(message)
    for context, members in by_context.items():
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in members:
            out.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for file, line in message.locations:
                target = os.path.relpath(file, path.parent).replace(os.sep, "/")
                where = f' line="{line}"' if line else ""
                out.append(f'        <location filename="{escape(target)}"{where}/>')
            out.append(f"        <source>{escape(message.source)}</source>")
            if message.disambiguation:
                out.append(f"        <comment>{escape(message.disambiguation)}</comment>")
            if message.note:
                out.append(f"        <extracomment>{escape(message.note)}</extracomment>")
            if message.reviewer_note:
                note = escape(message.reviewer_note)
                out.append(f"        <translatorcomment>{note}</translatorcomment>")
            state = f' type="{message.state}"' if message.state else ""
            if message.numerus:
                out.append(f"        <translation{state}>")
                out += [
                    f"            <numerusform>{escape(f)}</numerusform>" for f in message.forms
                ]
                out.append("        </translation>")
            else:
                out.append(
                    f"        <translation{state}>{escape(message.translation)}</translation>"
                )
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def updated_text(root: Path = ROOT, ts: Path = TS_FILE) -> str:
    return write_ts(merge(extract(root), read_ts(ts)), ts)


# -- importing drafted translations ----------------------------------------------------------
def placeholders(text: str) -> set[str] | None:
    """The ``{fields}`` that ``.format()`` fills in, or None if it would fail on ``text``."""
    try:
        return {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError:  # a stray brace: .format() would raise
        return None


def same_placeholders(translation: str, source: str) -> bool:
    """Whether ``translation`` can be formatted exactly as ``source`` is."""
    expected = placeholders(source)
    if expected is None:  # the English is never formatted; keep its braces as they are
        return set(PLACEHOLDER.findall(translation)) == set(PLACEHOLDER.findall(source))
    return placeholders(translation) == expected


def problem_with(message: Message, entry: dict[str, object]) -> str | None:
    """Why a drafted translation can't be used as it is, or None."""
    forms = entry.get("forms") if message.numerus else [entry.get("translation")]
    if not isinstance(forms, list) or not all(isinstance(f, str) and f for f in forms):
        return "needs " + ("'forms': five strings" if message.numerus else "a 'translation'")
    if message.numerus and len(forms) != PLURAL_FORMS:
        return f"needs {PLURAL_FORMS} plural forms, has {len(forms)}"
    for form in forms:
        if not same_placeholders(form, message.source):
            return "its {placeholders} differ from the English"
        if message.numerus and "%n" not in form:
            return "a plural form has no %n"
    return None


def import_json(files: Sequence[Path], ts: Path = TS_FILE) -> int:
    """Fill in drafted translations; reviewed ones are never overwritten. Returns how many."""
    catalogue = read_ts(ts)
    if not catalogue:
        print(f"{ts} is empty or missing: run `update` first.", file=sys.stderr)
        return 0
    applied = 0
    given: dict[Key, tuple[str, list[str]]] = {}  # what this run took in, and from where
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            key = (
                entry.get("context", CONTEXT),
                entry.get("source", ""),
                entry.get("disambiguation") or "",
            )
            message = catalogue.get(key)
            where = f"{file.name}: {key[1][:60]!r}"
            if message is None:
                print(
                    f"{where}: not in the catalogue (run `update`, or check the English)",
                    file=sys.stderr,
                )
                continue
            if not message.state and message.translated:
                print(f"{where}: already reviewed; kept the reviewed Welsh", file=sys.stderr)
                continue
            problem = problem_with(message, entry)
            if problem:
                print(f"{where}: skipped, {problem}", file=sys.stderr)
                continue
            new = list(entry["forms"]) if message.numerus else [str(entry["translation"])]
            earlier = given.setdefault(key, (file.name, new))
            if earlier[1] != new:
                print(f"{where}: {earlier[0]} gave other Welsh; kept this file's", file=sys.stderr)
                given[key] = (file.name, new)
            if message.numerus:
                message.forms = new
            else:
                message.translation = new[0]
            message.state = "unfinished"
            applied += 1
    ts.write_text(write_ts(catalogue.values(), ts), encoding="utf-8")
    return applied


# -- compiling and checking ------------------------------------------------------------------
def lrelease() -> str:
    """Qt's compiler: beside this Python (a virtual environment), in PySide6, or on PATH."""
    here = Path(sys.executable).parent
    candidates = [here / "pyside6-lrelease", here / "pyside6-lrelease.exe"]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / "lrelease", package / "lrelease.exe"]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease can't be found: install PySide6 in this environment.")
    return found


def digest_file(qm: Path) -> Path:
    """Where the compiled file's SHA-256 is kept, in ``sha256sum`` format."""
    return qm.parent / (qm.name + ".sha256")


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    """Compile with unfinished entries included: a drafted Welsh beats no Welsh.

    The SHA-256 is written beside it because Qt trusts a .qm file's insides: a damaged one
    can crash the app as it translates, so ``ui/i18n.py`` checks the digest before loading.
    """
    done = subprocess.run(
        [lrelease(), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.exists():
        raise SystemExit(f"lrelease could not compile {ts.name}:\n{done.stdout}{done.stderr}")
    digest = hashlib.sha256(qm.read_bytes()).hexdigest()
    digest_file(qm).write_text(f"{digest}  {qm.name}\n", encoding="utf-8")


_LOCATION = re.compile(r"^\s*<location [^>]*/>\n", re.MULTILINE)


def _without_locations(text: str) -> str:
    """The catalogue minus its source line numbers: moving code is no reason to fail CI."""
    return _LOCATION.sub("", text)


def check(root: Path = ROOT, ts: Path = TS_FILE, qm: Path = QM_FILE) -> list[str]:
    """What is out of date, in plain words; empty when the catalogue and the .qm are current."""
    problems = []
    if not ts.exists() or _without_locations(ts.read_text(encoding="utf-8")) != (
        _without_locations(updated_text(root, ts))
    ):
        problems.append(
            f"{ts.name} does not match the source: run `python packaging/translations.py update`."
        )
    for message in read_ts(ts).values():
        for form in message.forms if message.numerus else [message.translation]:
            if form and not same_placeholders(form, message.source):
                problems.append(
                    f"{ts.name}: the Welsh for {message.source[:60]!r} has other placeholders"
                )
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm.name
        compile_qm(ts, fresh)
        stale = not qm.exists() or qm.read_bytes() != fresh.read_bytes()
        sums = digest_file(qm)
        if stale or not sums.exists() or sums.read_bytes() != digest_file(fresh).read_bytes():
            problems.append(
                f"{qm.name} is older than {ts.name}: "
                "run `python packaging/translations.py compile`."
            )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="bring the .ts catalogue up to date with the source")
    importing = commands.add_parser("import-json", help="take in drafted translations")
    importing.add_argument("files", nargs="+", type=Path)
    commands.add_parser("compile", help="compile the .ts into the .qm the app loads")
    commands.add_parser("check", help="exit 1 if the .ts or the .qm is out of date")
    args = parser.parse_args(argv)
    if args.command == "update":
        TS_FILE.parent.mkdir(parents=True, exist_ok=True)
        TS_FILE.write_text(updated_text(), encoding="utf-8")
        catalogue = read_ts(TS_FILE).values()
        done = sum(1 for m in catalogue if m.translated)
        print(f"{TS_FILE.name}: {len(catalogue)} messages, {done} with a translation.")
    elif args.command == "import-json":
        print(f"Imported {import_json(args.files)} translations (marked for review).")
    elif args.command == "compile":
        compile_qm()
        print(f"Wrote {QM_FILE.relative_to(ROOT)}.")
    else:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return 1
        print("The Welsh catalogue and its compiled file are up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
