"""Display names for stored values, translated each time one is read.

Tables of labels ("Mental health" for ``DataCategory.MENTAL_HEALTH``) are built when their
module is imported, before the desktop app has chosen a language. Their entries are marked
with :func:`~womenscentre.i18n.N_` for the catalogue, and :class:`Labels` hands each one
out through :func:`~womenscentre.i18n.tr`, so every caller (a referral pack, her read-back,
a list in the app) reads the chosen language without having to remember to translate.
The keys, the values stored in the vault, never change.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TypeVar

from womenscentre.i18n import tr

K = TypeVar("K")


class Labels(Mapping[K, str]):
    """A read-only ``{stored value: English label}`` table that answers in the chosen language.

    ``english(key)`` gives the label as written, for places that must stay in English (such
    as the coded ``display`` of an interchange file, or a comparison with older text).
    """

    __slots__ = ("_english",)

    def __init__(self, english: Mapping[K, str]) -> None:
        self._english = dict(english)

    def __getitem__(self, key: K) -> str:
        return tr(self._english[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def english(self, key: K) -> str:
        return self._english[key]
