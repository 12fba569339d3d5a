"""Every word a person reads passes through :func:`tr` so the app can speak Welsh (or any language).

The core may not import Qt, so it cannot call ``QCoreApplication.translate`` itself. The
desktop app installs a lookup at start-up (``ui/i18n.py``), and so does the command line when
a language other than English is chosen (``ui/launcher.py``); until then (the core on its
own, most tests) every string comes back exactly as written, in British
English. The catalogue has one context, :data:`CONTEXT`; where one English word needs two
translations, the call passes a short ``disambiguation`` ("Close" a window, "close" a case).

Rules the extractor (``packaging/translations.py``) and the tests rely on:

- the first argument of :func:`tr`, :func:`trn` and :func:`N_` is a string literal, unless
  it is text from a resource file (prompts, plan templates), which the extractor reads from
  the TOML itself;
- placeholders are named, ``tr("Saved {count} notes").format(count=n)``, so a translation
  can put them in a different order;
- text held in a module-level constant is marked with :func:`N_` and translated where it is
  shown, because modules are imported before the language is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "womenscentre"

#: ``(source, disambiguation, n) -> translation``, or ``""`` when the catalogue has none.
#: The desktop app's asks its Qt translator directly, so a missing Welsh plural can fall back
#: to the right English form instead of Qt's "1 notes".
Lookup = Callable[[str, str | None, int], str]

ENGLISH = "en-GB"

_lookup: Lookup | None = None
_generation = 0
_language = ENGLISH


def install(lookup: Lookup | None, language: str = ENGLISH) -> Lookup | None:
    """Use ``lookup`` for every later call (None means British English); returns the old one.

    ``language`` names it (a BCP 47 tag such as "cy") for anything kept between runs
    that holds translated words, such as the sealed caseload listing.
    """
    global _lookup, _generation, _language
    previous, _lookup = _lookup, lookup
    _language = language if lookup is not None else ENGLISH
    _generation += 1
    return previous


def current_language() -> str:
    """The tag given to the last :func:`install`; British English until then."""
    return _language


def lookup_generation() -> int:
    """Changes with every :func:`install`, so text translated earlier can tell it is stale."""
    return _generation


def tr(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the chosen language, or as written when no translation exists."""
    if _lookup is None or not text:
        return text
    return _lookup(text, disambiguation, -1) or text


def trn(singular: str, plural: str, count: int, disambiguation: str | None = None) -> str:
    """A phrase about ``count`` things; ``%n`` in either form stands for the number.

    English needs two forms and Welsh five, so the catalogue keys the message on ``plural``
    and Qt picks the form; in English the choice is made here, with no catalogue at all.
    """
    translated = _lookup(plural, disambiguation, count) if _lookup is not None else ""
    if not translated:
        translated = singular if count == 1 else plural
    return translated.replace("%n", str(count))


def N_(text: str) -> str:  # noqa: N802 - the conventional name for "mark, translate later"
    """Mark ``text`` for the catalogue without translating it yet (see the module notes)."""
    return text
