"""Build the one-folder bundle: ``python packaging/build_bundle.py``.

Runs PyInstaller on ``packaging/womenscentre.spec`` with the Python that runs this script, so
build it from the environment the app is installed in (``pip install '.[bundle]'``). The
result is ``dist/womenscentre/`` (plus ``dist/womenscentre.app`` on macOS), with the
executable at ``dist/womenscentre/womenscentre`` (``womenscentre.exe`` and
``womenscentre-cli.exe`` on Windows).

The build always starts clean (``--clean``): a stale work folder has been known to keep a
module that was since removed, and a bundle is only worth anything if it is reproducible.
It never needs the network.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "womenscentre.spec"
NAME = "womenscentre"


def executable_in(bundle: Path, *, cli: bool = False) -> Path:
    """The bundle's executable: on Windows the console one for ``cli``, else the windowed one."""
    if sys.platform == "win32":
        return bundle / (f"{NAME}-cli.exe" if cli else f"{NAME}.exe")
    return bundle / NAME


def build(dist: Path, work: Path, *, quiet: bool = False) -> Path:
    """Run PyInstaller and return the bundle folder (``dist / "womenscentre"``)."""
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            "PyInstaller isn't installed in this environment. Install it with\n"
            f"    {sys.executable} -m pip install '.[bundle]'\n"
            "from the top of the checkout, then run this again."
        )
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / NAME
    missing = [
        path
        for path in (executable_in(bundle), bundle / "_internal" / "womenscentre_resources")
        if not path.exists()
    ]
    if missing:
        raise SystemExit(f"The build finished but these are missing: {missing}")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="scratch folder"
    )
    parser.add_argument("--quiet", action="store_true", help="show only warnings")
    args = parser.parse_args(argv)
    started = time.monotonic()
    bundle = build(args.dist.absolute(), args.work.absolute(), quiet=args.quiet)
    print(f"Built {bundle} in {time.monotonic() - started:.0f}s.")
    print(f"Try it: {executable_in(bundle, cli=True)} --version")
    return 0


if __name__ == "__main__":
    sys.exit(main())
