"""The language guide the editor, the practice pad and the guide window share.

- :func:`load_guide` compiles the rule packs (about 0.15 s) with the centre's choices: the
  rules it has switched off and the phrases it allows (both from its signed settings) and
  its own packs in the vault's ``local-language`` folder. The window sets the choices with
  :func:`set_choices` as the settings are read at unlock, and puts the defaults back on lock.
  Each set of choices is compiled once per process and then shared; it may be built on the
  task worker (a lock keeps two threads from building it twice), and, being pure data, may be
  used from any thread afterwards.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from womenscentre.guidance import Guide


@dataclass(frozen=True)
class GuideChoices:
    """A centre's own say over the guidance."""

    disabled: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    local_packs: tuple[Path, ...] = ()

    @classmethod
    def for_centre(
        cls, disabled: tuple[str, ...], allow: tuple[str, ...], local_folder: Path
    ) -> GuideChoices:
        """The settings' choices, and every ``*.toml`` pack in ``local_folder`` if it exists."""
        try:
            packs = tuple(sorted(local_folder.glob("*.toml")))
        except OSError:
            packs = ()
        return cls(tuple(disabled), tuple(allow), packs)


DEFAULT_CHOICES = GuideChoices()

_lock = threading.Lock()
_guides: dict[GuideChoices, Guide] = {}
_choices = DEFAULT_CHOICES


def set_choices(choices: GuideChoices) -> None:
    """Use these choices for guides loaded from now on (the window calls this)."""
    global _choices
    _choices = choices


def current_choices() -> GuideChoices:
    return _choices


def load_guide(choices: GuideChoices | None = None) -> Guide:
    """The guide for ``choices`` (the current ones by default), compiled on first use."""
    choices = _choices if choices is None else choices
    with _lock:
        guide = _guides.get(choices)
        if guide is None:
            guide = Guide.load(
                local_packs=choices.local_packs, disabled=choices.disabled, allow=choices.allow
            )
            _guides[choices] = guide
        return guide


def loaded_guide(choices: GuideChoices | None = None) -> Guide | None:
    """The guide for ``choices`` if it has been compiled already, without waiting for it."""
    return _guides.get(_choices if choices is None else choices)
