"""The language guide the editor, the practice pad and the guide window share.

- :func:`load_guide` compiles the rule packs (about 0.15 s; read back from the per-user
  cache folder, :func:`~womenscentre.paths.cache_dir`, when the packs are unchanged) with
  the centre's choices: the rules it has switched off, the opt-in rules it has switched on
  and the phrases it allows (all from its signed settings) and its own packs in the vault's
  ``local-language`` folder. The window sets the choices with
  :func:`set_choices` as the settings are read at unlock, and puts the defaults back on lock.
  Each set of choices is compiled once and then shared (the few most recent are kept, and
  always the one in use); it may be built on the task worker (a lock keeps two threads
  from building it twice), and, being pure data, may be used from any thread afterwards.
- :func:`choice_changes` is told whenever the choices change, so a note being written and
  the practice pad move to the centre's new rules at once, without being reopened. Only a
  guide that came from here (:func:`is_centre_guide`) follows the centre: a guide handed in
  by a test or a tool is left as it is.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from womenscentre.guidance import Guide
from womenscentre.paths import cache_dir


@dataclass(frozen=True)
class GuideChoices:
    """A centre's own say over the guidance."""

    disabled: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    local_packs: tuple[Path, ...] = ()
    #: Each pack's size and modification time, so a pack replaced under the same name is
    #: compiled afresh rather than an old guide reused. Left out of ``==`` (two choices
    #: naming the same packs are the same choice) but part of the cache key, :func:`_key`.
    pack_stamps: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    #: Opt-in rules (``opt_in`` in their pack, such as "the client") the centre switched on.
    enabled: tuple[str, ...] = ()

    @classmethod
    def for_centre(
        cls,
        disabled: tuple[str, ...],
        allow: tuple[str, ...],
        local_folder: Path,
        enabled: tuple[str, ...] = (),
    ) -> GuideChoices:
        """The settings' choices, and every ``*.toml`` pack in ``local_folder`` if it exists."""
        packs: list[Path] = []
        stamps: list[tuple[int, int]] = []
        try:
            for pack in sorted(local_folder.glob("*.toml")):
                status = pack.stat()
                packs.append(pack)
                stamps.append((status.st_size, status.st_mtime_ns))
        except OSError:
            packs, stamps = [], []
        return cls(
            disabled=tuple(disabled),
            allow=tuple(allow),
            local_packs=tuple(packs),
            pack_stamps=tuple(stamps),
            enabled=tuple(enabled),
        )


DEFAULT_CHOICES = GuideChoices()


class ChoiceChanges(QObject):
    """Tells the live guidance that the centre's choices changed.

    Signals:
        changed(): :func:`set_choices` was given choices unlike the ones before.
    """

    changed = Signal()


_lock = threading.Lock()
#: Compiled guides by choice, oldest first; a few are kept (a manager trying choices out
#: goes back and forth), and the oldest dropped after that.
_guides: dict[tuple[GuideChoices, tuple[tuple[int, int], ...]], Guide] = {}
KEEP_GUIDES = 4
#: Every guide made here that is still in use anywhere, whether cached or not.
_centre_guides: weakref.WeakSet[Guide] = weakref.WeakSet()
_choices = DEFAULT_CHOICES
_changes: ChoiceChanges | None = None


def choice_changes() -> ChoiceChanges:
    """The one notifier (made on first use, on the GUI thread)."""
    global _changes
    if _changes is None:
        _changes = ChoiceChanges()
    return _changes


def set_choices(choices: GuideChoices) -> None:
    """Use these choices for guides loaded from now on (the window calls this)."""
    global _choices
    if _key(choices) == _key(_choices):
        return
    _choices = choices
    if _changes is not None:
        _changes.changed.emit()


def current_choices() -> GuideChoices:
    return _choices


def load_guide(choices: GuideChoices | None = None) -> Guide:
    """The guide for ``choices`` (the current ones by default), compiled on first use."""
    choices = _choices if choices is None else choices
    with _lock:
        guide = _guides.get(_key(choices))
        if guide is None:
            guide = Guide.load(
                local_packs=choices.local_packs,
                disabled=choices.disabled,
                enabled=choices.enabled,
                allow=choices.allow,
                cache_dir=cache_dir(),
            )
            _guides[_key(choices)] = guide
            _centre_guides.add(guide)
            for old in list(_guides)[: max(0, len(_guides) - KEEP_GUIDES)]:
                if old != _key(_choices):
                    del _guides[old]
        return guide


def loaded_guide(choices: GuideChoices | None = None) -> Guide | None:
    """The guide for ``choices`` if it has been compiled already, without waiting for it."""
    return _guides.get(_key(_choices if choices is None else choices))


def is_centre_guide(guide: object) -> bool:
    """Whether ``guide`` came from :func:`load_guide`, and so should follow the centre."""
    try:
        return guide in _centre_guides
    except TypeError:  # not weakly referenceable, so not one of ours
        return False


def _key(choices: GuideChoices) -> tuple[GuideChoices, tuple[tuple[int, int], ...]]:
    return choices, choices.pack_stamps
