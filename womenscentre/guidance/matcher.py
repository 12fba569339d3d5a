"""One compiled pass over all rules: a trie of token sequences.

Every rule pattern, every ``requires``/``unless`` condition and every cue is expanded to
token sequences (:mod:`patterns`) and put into a single trie keyed by normalised words. A
text is then walked once: at each token the trie is followed as far as the next tokens
allow, and every rule or condition that ends there is recorded. Most tokens start no
pattern at all and cost one dictionary look-up, so the cost grows with the length of the
text, not with the number of rules; adding a rule costs nothing at check time unless its
first word appears. (A single alternation regex was the other option; Python's regex engine
tries alternatives one by one, so it slows as rules are added, and it has no tokens to give
the case, name and sentence checks.)

Nodes are plain dicts (word -> child), with the sequences that end at a node and the node's
class edges ("any of these words") kept under keys no word can have.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from womenscentre.guidance.patterns import WILDCARD, Expansion, expand
from womenscentre.guidance.text import Token

#: Kind of a trie terminal.
RULE: Final = 0
CONDITION: Final = 1
#: The key under which a node keeps the sequences ending there (no token is empty).
_END: Final = ""
#: The key under which a node keeps its class edges: {frozenset of words: child}.
_CLASSES: Final = "\x00"

_Ends = list[tuple[int, int, "tuple[str | None, ...] | None"]]


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule or condition matched over tokens ``first..last`` (inclusive)."""

    kind: int
    index: int
    first: int
    last: int


class Trie:
    """Rules and conditions compiled together; built once, read by any number of threads."""

    def __init__(self) -> None:
        self._root: dict[Any, Any] = {}
        self.sequences = 0

    def add(self, pattern: str, kind: int, index: int) -> None:
        """Add every expansion of ``pattern`` (already validated by the pack loader)."""
        for expansion in expand(pattern):
            self.add_expansion(expansion, kind, index)

    def add_expansion(self, expansion: Expansion, kind: int, index: int) -> None:
        """Add one token sequence; the allow-list uses this for literal phrases."""
        first, *rest = expansion.norms
        if not isinstance(first, str):  # the root stays one dict look-up per token
            for word in sorted(first):
                self.add_expansion(Expansion((word, *rest), expansion.exact), kind, index)
            return
        node = self._root
        for key in expansion.norms:
            table: dict[Any, Any] = node if isinstance(key, str) else node.setdefault(_CLASSES, {})
            child = table.get(key)
            if child is None:
                child = table[key] = {}
            node = child
        ends: _Ends | None = node.get(_END)
        if ends is None:
            ends = node[_END] = []
        entry = (kind, index, expansion.exact)
        if entry not in ends:
            ends.append(entry)
            self.sequences += 1

    def scan(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every match of every rule and condition in ``tokens``, in one walk."""
        hits: list[Hit] = []
        root = self._root
        count = len(tokens)
        for first, token in enumerate(tokens):
            node = root.get(token.norm)
            if node is None:
                continue
            stack = [(node, first)]
            while stack:
                node, last = stack.pop()
                ends = node.get(_END)
                if ends is not None:
                    for kind, index, exact in ends:
                        if exact is None or _case_fits(tokens, first, exact):
                            hits.append(Hit(kind, index, first, last))
                following = last + 1
                if following < count:
                    nxt = tokens[following]
                    child = node.get(nxt.norm)
                    if child is not None:
                        stack.append((child, following))
                    classes = node.get(_CLASSES)
                    if classes is not None:
                        for members, member_child in classes.items():
                            if nxt.norm in members:
                                stack.append((member_child, following))
                    if nxt.is_word:
                        wild = node.get(WILDCARD)
                        if wild is not None:
                            stack.append((wild, following))
        return hits


def _case_fits(tokens: Sequence[Token], first: int, exact: Iterable[str | None]) -> bool:
    """Case-sensitive words ("DNA") must be typed with the pattern's capitals."""
    for offset, wanted in enumerate(exact):
        if wanted is not None and tokens[first + offset].raw.replace("\u2019", "'") != wanted:
            return False
    return True
