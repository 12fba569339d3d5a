"""``womenscentre lint [FILE…|-] [--format text|json]``: language guidance on plain text.

The same guide the note editor uses, for scripts, trainers and checking templates before
they ship (design §3). It needs no vault and must start fast, so this module imports only
the standard library at load time; the guidance engine (pure Python, no Qt, no database) is
imported when the command runs.

Exit codes follow the rest of the CLI: 0 when there is nothing or only hints, 1 when any
warning is found, 2 for a usage or input problem, explained in one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

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
        help="suggest kinder, clearer wording in plain-text files",
        description=(
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
        help="text files (UTF-8) to check; '-' or nothing reads standard input",
    )
    lint.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (the default), json for scripts",
    )
    lint.set_defaults(handler=run_lint)
    return lint


def run_lint(args: argparse.Namespace) -> int:
    """The subcommand handler: ``args.files`` and ``args.format`` as parsed above."""
    files: list[str] = list(getattr(args, "files", None) or [STDIN])
    return lint_files(files, output_format=getattr(args, "format", "text"))


def lint_files(
    files: Sequence[str],
    *,
    output_format: str = "text",
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Check each file and print the findings; returns the exit code.

    Every input is read before anything is checked, so an unreadable file stops the run
    with exit code 2 (raised as ``InvalidInput``) instead of leaving half a report.
    """
    from womenscentre.guidance import Guide, Severity

    out = stdout if stdout is not None else sys.stdout
    texts = [(name, _read(name, stdin)) for name in files]
    guide = Guide.load()
    results = [(name, guide.check(text)) for name, text in texts]
    if output_format == "json":
        payload = [finding.to_json(name) for name, found in results for finding in found]
        ascii_only = "utf" not in (getattr(out, "encoding", None) or "utf-8").lower()
        out.write(json.dumps(payload, ensure_ascii=ascii_only, indent=2) + "\n")
    else:
        for name, found in results:
            for finding in found:
                out.write(_describe(name, finding) + "\n")
        out.write(_summary([f for _, found in results for f in found], len(results)) + "\n")
    warned = any(f.severity is Severity.WARNING for _, found in results for f in found)
    return 1 if warned else 0


def _read(name: str, stdin: TextIO | None) -> str:
    """The text of one input as UTF-8, or ``InvalidInput`` saying in one line what's wrong."""
    from womenscentre.errors import InvalidInput

    try:
        if name == STDIN:
            source = stdin if stdin is not None else sys.stdin
            buffer = getattr(source, "buffer", None)
            data = buffer.read() if buffer is not None else source.read().encode("utf-8")
            label = "The text given on standard input"
        else:
            data = Path(name).read_bytes()
            label = name
        return bytes(data).decode("utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(f"Can't find {name}. Please check the file name.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{name} is a folder; please name the text files in it.") from None
    except PermissionError:
        raise InvalidInput(f"This account isn't allowed to read {name}.") from None
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{label} isn't plain UTF-8 text, so it can't be checked. "
            "Please save it as UTF-8 text and try again."
        ) from None
    except OSError as error:
        reason = error.strerror or "it can't be read"
        raise InvalidInput(f"{name} can't be read ({reason}).") from None


def _describe(name: str, finding: Finding) -> str:
    """One finding as ``file:line:column: severity: …``, the shape editors can jump to."""
    text = " ".join(finding.text.split())
    line = f"{name}:{finding.line}:{finding.column}: {finding.severity}: “{text}” {finding.message}"
    if finding.suggestions:
        if finding.action == "ask":
            line += " " + " ".join(finding.suggestions)
        else:
            line += " Perhaps: " + "; ".join(f"“{s}”" for s in finding.suggestions) + "."
    if finding.count > 1:
        line += f" ({finding.count} times in this text.)"
    return line + f" [{finding.rule}]"


def _summary(findings: Sequence[Finding], files: int) -> str:
    if not findings:
        return "Nothing to suggest."
    warnings = sum(1 for f in findings if f.severity == "warning")
    hints = len(findings) - warnings
    parts = []
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    if hints:
        parts.append(f"{hints} hint{'s' if hints != 1 else ''}")
    where = f" in {files} files" if files > 1 else ""
    return " and ".join(parts) + where + "."


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
