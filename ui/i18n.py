"""Choosing the app's language at start-up, and giving the core its translator.

The core's :func:`womenscentre.i18n.tr` cannot import Qt, so the app installs a lookup that
asks the Qt translator directly (``QTranslator.translate`` answers ``""`` when the catalogue
has nothing, and the core then keeps the English). The same translator is installed on the
application, so Qt's own words (a dialog's Cancel button, a text field's right-click menu)
change language with ours: PySide6 ships no Welsh catalogue for Qt itself, so those strings
are in our catalogue too (``packaging/translations.py`` lists them).

The language is chosen once, before any window is built, because widgets read their text
when they are made: the ``--language`` option, then ``WOMENSCENTRE_LANGUAGE``, then the
vault folder's ``settings.json`` (where View → Language / Iaith saves it), then British
English. English installs nothing at all, so it costs nothing at start-up.

Nothing here can stop the app opening: a missing or damaged catalogue, or a setting nobody
recognises, gives English and a note in the private log (no personal data in it).
"""

from __future__ import annotations

import math
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator

from womenscentre import i18n, laptop_settings
from womenscentre.paths import ensure_private_dir, private_umask, resource_path

ENGLISH = "en-GB"
WELSH = "cy"
PSEUDO = "pseudo"
#: Every language the app can be started in; "pseudo" is for checking layouts, not people.
LANGUAGES = (ENGLISH, WELSH, PSEUDO)
#: The languages offered to people (View → Language / Iaith, the unlock page's link).
OFFERED = (ENGLISH, WELSH)
#: The key in the vault folder's ``settings.json``.
SETTING = "language"
LANGUAGE_ENV = "WOMENSCENTRE_LANGUAGE"
#: Where each real language's compiled catalogue ships, under the resources folder.
CATALOGUES = {WELSH: "translations/womenscentre_cy.qm"}
#: Spellings people and systems use for the same choice.
_ALIASES = {
    "en": ENGLISH,
    "en-gb": ENGLISH,
    "en_gb": ENGLISH,
    "english": ENGLISH,
    "cy": WELSH,
    "cy-gb": WELSH,
    "cy_gb": WELSH,
    "cymraeg": WELSH,
    "welsh": WELSH,
    "pseudo": PSEUDO,
}

_installed: dict[str, object] = {"language": ENGLISH, "translator": None}


# -- the setting -----------------------------------------------------------------------------
def normalise(value: str | None) -> str | None:
    """The language ``value`` names, or None when it names none the app knows."""
    if value is None:
        return None
    return _ALIASES.get(value.strip().lower())


def load_choice(settings_file: Path) -> str | None:
    """The language saved on this laptop, as written; anything unreadable means none."""
    value = laptop_settings.read(settings_file).get(SETTING)
    return value if isinstance(value, str) else None


def save_choice(settings_file: Path, language: str) -> None:
    """Remember ``language`` for the next start, keeping whatever else the file holds.

    Raises ``OSError`` or :class:`womenscentre.paths.DataDirError` when it can't be written.
    """
    if language not in LANGUAGES:
        raise ValueError(f"not a language the app knows: {language!r}")
    laptop_settings.remember(settings_file, SETTING, language)


def choose_language(option: str | None, settings_file: Path, log_dir: Path | None = None) -> str:
    """The language to start in: the option, the environment, the setting, then English.

    The first one given decides. One the app doesn't know gives English (not the next in
    line, which would be a surprise) and a note in the log, without the value itself.
    """
    given = (
        ("the --language option", option),
        (LANGUAGE_ENV, os.environ.get(LANGUAGE_ENV)),
        ("settings.json", load_choice(settings_file)),
    )
    for where, value in given:
        if value is None or not value.strip():
            continue
        language = normalise(value)
        if language is None:
            log_note(
                f"The language given in {where} is not one the app knows (it knows "
                f"{', '.join(LANGUAGES)}), so it opened in British English.",
                log_dir,
            )
            return ENGLISH
        return language
    return ENGLISH


def log_note(text: str, log_dir: Path | None) -> None:
    """Add one line to the private log; text only, written by the app, never personal."""
    if log_dir is None:
        return
    try:
        ensure_private_dir(log_dir)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with private_umask(), open(log_dir / "womenscentre.log", "a", encoding="utf-8") as log:
            log.write(f"{stamp} note: {text}\n")
    except Exception:  # a note that cannot be written must never stop the app
        return


# -- installing it ---------------------------------------------------------------------------
def installed_language() -> str:
    """The language the app is showing now."""
    return str(_installed["language"])


def install_language(app: QCoreApplication, language: str, log_dir: Path | None = None) -> str:
    """Show the app in ``language`` from now on; returns the language actually installed.

    Call it before any window is built. English (and anything unknown) removes any
    translator and leaves the core's text as written.
    """
    uninstall_language(app)
    language = normalise(language) or ENGLISH
    if language == ENGLISH:
        return ENGLISH
    translator: QTranslator | None
    if language == PSEUDO:
        translator = PseudoTranslator(app)
    else:
        translator = _load_catalogue(app, language, log_dir)
        if translator is None:
            return ENGLISH
    app.installTranslator(translator)
    i18n.install(_lookup_for(translator), language=language)
    if language == WELSH:
        _installed["locale"] = QLocale()
        QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
    _installed.update(language=language, translator=translator)
    return language


def install_for_command_line(language: str, log_dir: Path | None = None) -> str:
    """Give the command line's text ``language``, with no QApplication; returns the one used.

    A ``QTranslator`` reads the catalogue on its own, so a subcommand pays for QtCore only
    when it speaks something other than English (the launcher decides that first, without
    Qt). The same checks as the app's apply: anything unusable gives English and a log note.
    """
    language = normalise(language) or ENGLISH
    if language == ENGLISH:
        i18n.install(None)
        return ENGLISH
    translator = (
        PseudoTranslator() if language == PSEUDO else _load_catalogue(None, language, log_dir)
    )
    if translator is None:
        return ENGLISH
    i18n.install(_lookup_for(translator), language=language)
    _installed.update(language=language, translator=translator)  # kept alive for the lookup
    return language


def uninstall_language(app: QCoreApplication) -> None:
    """Back to British English (tests, and before installing another language)."""
    translator = _installed["translator"]
    if isinstance(translator, QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.install(None)
    previous = _installed.pop("locale", None)
    if isinstance(previous, QLocale):
        QLocale.setDefault(previous)
    _installed.update(language=ENGLISH, translator=None)


def _load_catalogue(app: QObject | None, language: str, log_dir: Path | None) -> QTranslator | None:
    """The compiled catalogue for ``language``, or None (and a note) when it can't be read."""
    try:
        path = resource_path(CATALOGUES[language])
    except (KeyError, FileNotFoundError, ValueError):
        log_note(
            f"The translation for '{language}' is not installed, so the app opened in "
            "British English. Reinstalling the app should put it back.",
            log_dir,
        )
        return None
    if not _intact(path):
        log_note(
            f"The translation for '{language}' is damaged (it doesn't match its checksum), "
            "so the app opened in British English. Reinstalling the app should mend it.",
            log_dir,
        )
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)) or translator.isEmpty():
        translator.deleteLater()
        log_note(
            f"The translation for '{language}' could not be read (the file may be damaged), "
            "so the app opened in British English. Reinstalling the app should mend it.",
            log_dir,
        )
        return None
    return translator


def _intact(path: Path) -> bool:
    """Whether the .qm file matches the SHA-256 written beside it when it was compiled.

    Qt trusts a .qm file's insides, and a damaged one can crash the app the first time a
    string is looked up, so nothing is loaded unless it is exactly what was shipped.
    """
    try:
        expected = path.with_name(path.name + ".sha256").read_text(encoding="utf-8").split()
        import hashlib  # only when a catalogue is loaded: English starts without it

        actual = hashlib.sha256(path.read_bytes()).hexdigest()
    except (OSError, UnicodeDecodeError):
        return False
    return bool(expected) and expected[0].lower() == actual


def _lookup_for(translator: QTranslator) -> i18n.Lookup:
    """Ask ``translator`` itself, so a missing entry stays "" and the core keeps the English."""

    def lookup(source: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(i18n.CONTEXT, source, disambiguation, n) or ""

    return lookup


# -- pseudo-localisation ---------------------------------------------------------------------
#: How much longer pseudo text is than the English: translations often run 30-40% longer.
PSEUDO_GROWTH = 0.4
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "aceinosuyzwACEINOSUYZW",
    "áçéíñóšúýžŵÁÇÉÍÑÓŠÚÝŽŴ",
)
#: Padding in short "words", so long text can still wrap where a real translation would.
_PADDING = "·àéîõü "
#: What must come through untouched for the text to keep working: format fields and escaped
#: braces, Qt's %n and %1, HTML tags and entities, escaped ampersands, a mnemonic and the
#: letter after it, and line breaks.
_KEEP = re.compile(
    r"\{\{|\}\}|\{[^{}]*\}|%n|%L?\d+|<[^<>]*>|&[A-Za-z]+;|&#\d+;|&&|&.|\n|\t",
    re.DOTALL,
)


def pseudo(text: str) -> str:
    """``text`` accented, padded to at least 40% longer and marked, still usable.

    ``.format()``, ``%n``, mnemonics and rich text work on the result as on the English, so
    the whole app can be used in it: any word without the markers was never translated, and
    any cut-off text shows where a longer language wouldn't fit.
    """
    if not text.strip():
        return text
    pieces: list[str] = []
    at = 0
    for match in _KEEP.finditer(text):
        pieces.append(text[at : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        at = match.end()
    pieces.append(text[at:].translate(_ACCENTED))
    needed = max(1, math.ceil(len(text) * PSEUDO_GROWTH) - 2)
    padding = (_PADDING * (needed // len(_PADDING) + 1))[:needed]
    if padding.endswith(" "):
        padding = padding[:-1] + _PADDING[0]
    body = "".join(pieces)
    # Keep a trailing line break or tab where it was, after the padding.
    trailing = len(body) - len(body.rstrip("\n\t"))
    core, tail = (body[: len(body) - trailing], body[len(body) - trailing :])
    return f"{PSEUDO_OPEN}{core}{padding}{PSEUDO_CLOSE}{tail}"


class PseudoTranslator(QTranslator):
    """Answers every translation, the app's and Qt's own, with :func:`pseudo` text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source) if source else ""

    def isEmpty(self) -> bool:
        return False
