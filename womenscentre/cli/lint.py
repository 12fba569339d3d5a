"""``womenscentre lint [FILE…|-] [--format text|json]``: language guidance on plain text.

The same guide the note editor uses, for scripts, trainers and checking templates before
they ship (design §3). It needs no vault and must start fast, so this module imports only
the standard library at load time; the guidance engine (pure Python, no Qt, no database) is
imported when the command runs.

Exit codes follow the rest of the CLI: 0 when there is nothing or only hints, 1 when any
warning is found, 2 for a usage or input problem, explained in one line on stderr.

Each file is treated as one note, with the editor's per-note cap: every warning, and the
first three hints (:mod:`womenscentre.guidance.cap`). The text output says how many hints
were held back; with ``--format json`` standard output stays design §3's array of findings
and the same sentence goes to standard error. ``--all`` shows every hint.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from womenscentre.i18n import tr, trn

if TYPE_CHECKING:
    from womenscentre.guidance import Finding

STDIN = "-"


def add_lint_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Register ``lint`` on the main parser's subcommands."""
    lint = commands.add_parser(
        "lint",
        parents=[common],
        help=tr("suggest kinder, clearer wording in plain-text files"),
        description=tr(
            "Check plain text for blaming, minimising or stigmatising wording and suggest "
            "other phrases. Quoted words and [her words] … [/her words] blocks are never "
            "flagged. Exit status: 0 nothing or only hints, 1 warnings found, 2 a problem "
            "with the input."
        ),
    )
    lint.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=tr("text files (UTF-8) to check; '-' or nothing reads standard input"),
    )
    lint.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=tr("text for people (the default), json for scripts"),
    )
    lint.add_argument(
        "--all",
        action="store_true",
        dest="all_hints",
        help=tr(
            "show every hint (by default each file shows all warnings and its first few hints)"
        ),
    )
    lint.set_defaults(handler=run_lint)
    return lint


def run_lint(args: argparse.Namespace) -> int:
    """The subcommand handler: ``args.files`` and ``args.format`` as parsed above."""
    files: list[str] = list(getattr(args, "files", None) or [STDIN])
    return lint_files(
        files,
        output_format=getattr(args, "format", "text"),
        all_hints=bool(getattr(args, "all_hints", False)),
    )


def lint_files(
    files: Sequence[str],
    *,
    output_format: str = "text",
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    all_hints: bool = False,
) -> int:
    """Check each file and print the findings; returns the exit code.

    Every input is read before anything is checked, so an unreadable file stops the run
    with exit code 2 (raised as ``InvalidInput``) instead of leaving half a report.
    """
    from womenscentre.guidance import HINT_CAP, Guide, Severity

    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    texts = [(name, _read(name, stdin)) for name in files]
    guide = Guide.load(cache_dir=_cache_dir())
    cap = None if all_hints else HINT_CAP
    results = [(name, guide.check_shown(text, hint_cap=cap)) for name, text in texts]
    shown = [f for _, result in results for f in result.findings]
    held = [(name, result.held_back_count) for name, result in results if result.held_back]
    if output_format == "json":
        payload = [f.to_json(name) for name, result in results for f in result.findings]
        ascii_only = "utf" not in (getattr(out, "encoding", None) or "utf-8").lower()
        out.write(json.dumps(payload, ensure_ascii=ascii_only, indent=2) + "\n")
        for name, count in held:
            err.write(_held_back(name, count) + "\n")
    else:
        for name, result in results:
            for finding in result.findings:
                out.write(_describe(name, finding) + "\n")
        for name, count in held:
            out.write(_held_back(name, count) + "\n")
        out.write(_summary(shown, len(results), sum(count for _, count in held)) + "\n")
    warned = any(f.severity is Severity.WARNING for f in shown)
    return 1 if warned else 0


def _held_back(name: str, count: int) -> str:
    """Said once per file, in a shape no editor mistakes for a finding (no line:column)."""
    return trn(
        "{file}: %n more hint held back, so the note isn't crowded; --all shows every hint.",
        "{file}: %n more hints held back, so the note isn't crowded; --all shows every hint.",
        count,
    ).format(file=name)


def _cache_dir() -> Path | None:
    """Where compiled rule packs are kept between runs, or None to compile every time."""
    from womenscentre.paths import cache_dir

    try:
        return cache_dir()
    except Exception:  # no home folder, say: checking text still works, just slower
        return None


def _read(name: str, stdin: TextIO | None) -> str:
    """The text of one input as UTF-8, or ``InvalidInput`` saying in one line what's wrong."""
    from womenscentre.errors import InvalidInput

    try:
        if name == STDIN:
            source = stdin if stdin is not None else sys.stdin
            buffer = getattr(source, "buffer", None)
            data = buffer.read() if buffer is not None else source.read().encode("utf-8")
            label = tr("The text given on standard input")
        else:
            data = Path(name).read_bytes()
            label = name
        return bytes(data).decode("utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(
            tr("Can't find {file}. Please check the file name.").format(file=name)
        ) from None
    except IsADirectoryError:
        raise InvalidInput(
            tr("{file} is a folder; please name the text files in it.").format(file=name)
        ) from None
    except PermissionError:
        raise InvalidInput(
            tr("This account isn't allowed to read {file}.").format(file=name)
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput(
            tr(
                "{file} isn't plain UTF-8 text, so it can't be checked. "
                "Please save it as UTF-8 text and try again."
            ).format(file=label)
        ) from None
    except OSError as error:
        if error.strerror:
            raise InvalidInput(
                tr("{file} can't be read ({reason}).").format(file=name, reason=error.strerror)
            ) from None
        raise InvalidInput(tr("{file} can't be read.").format(file=name)) from None


def _describe(name: str, finding: Finding) -> str:
    """One finding as ``file:line:column: severity: …``, the shape editors can jump to."""
    text = " ".join(finding.text.split())
    line = f"{name}:{finding.line}:{finding.column}: {finding.severity}: “{text}” {finding.message}"
    if finding.suggestions:
        if finding.action == "ask":
            line += " " + " ".join(finding.suggestions)
        elif finding.action == "rephrase":
            line += " For example: " + "; ".join(f"“{s}”" for s in finding.suggestions) + "."
        else:
            line += " Perhaps: " + "; ".join(f"“{s}”" for s in finding.suggestions) + "."
    if finding.count > 1:
        line += f" ({finding.count} times in this text.)"
    return line + f" [{finding.rule}]"


def _summary(findings: Sequence[Finding], files: int, held_back: int = 0) -> str:
    """The last line, as one sentence a translation can reorder.

    The counts ("2 warnings", "3 hints") are phrases of their own, because each needs its
    own plural; the sentence around them is whole, with named places for them.
    """
    if not findings:
        return tr("Nothing to suggest.")
    warnings = sum(1 for f in findings if f.severity == "warning")
    hints = len(findings) - warnings
    warning_words = trn("%n warning", "%n warnings", warnings)
    hint_words = trn("%n hint", "%n hints", hints)
    if warnings and hints:
        counts = tr("{warnings} and {hints}").format(warnings=warning_words, hints=hint_words)
    else:
        counts = warning_words if warnings else hint_words
    if files > 1 and held_back:
        sentence = trn(
            "{counts} in {files} files, and %n more hint held back.",
            "{counts} in {files} files, and %n more hints held back.",
            held_back,
        )
    elif files > 1:
        sentence = tr("{counts} in {files} files.")
    elif held_back:
        sentence = trn(
            "{counts}, and %n more hint held back.",
            "{counts}, and %n more hints held back.",
            held_back,
        )
    else:
        sentence = tr("{counts}.")
    return sentence.format(counts=counts, files=files)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``lint`` on its own (``python -m womenscentre.cli.lint``), as the CLI would."""
    from womenscentre.errors import UserFacingError

    parser = argparse.ArgumentParser(prog="womenscentre lint")
    commands = parser.add_subparsers(dest="command")
    add_lint_command(commands, argparse.ArgumentParser(add_help=False))
    args = parser.parse_args(["lint", *(argv if argv is not None else sys.argv[1:])])
    try:
        return run_lint(args)
    except UserFacingError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
