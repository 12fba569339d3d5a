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

Each node is a small list, ``[children, ends, classes, wildcard]``: the word edges (a dict),
the sequences that end there, the class edges ("any of these words") and the any-word edge.
A list of builtins rather than a class, so the whole compiled trie can be written to the
start-up cache with :mod:`marshal` and read back without building a single object.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from womenscentre.guidance.text import Token

#: Kind of a trie terminal.
RULE: Final = 0
CONDITION: Final = 1
#: A pattern position that takes any one word.
WILDCARD: Final = "*"
#: Positions in a node list.
_CHILDREN: Final = 0
_ENDS: Final = 1
_CLASSES: Final = 2
_WILD: Final = 3

Node = list[Any]


def _node() -> Node:
    return [{}, None, None, None]


@dataclass(frozen=True, slots=True)
class Expansion:
    """One token sequence a pattern stands for, ready for the trie.

    Each position is a normalised word, a set of words any of which will do, or
    :data:`WILDCARD`.
    """

    norms: tuple[str | frozenset[str], ...]
    #: The exact spelling per position, or None when no position is case-sensitive.
    exact: tuple[str | None, ...] | None


class Hit(NamedTuple):
    """A rule or condition matched over tokens ``first..last`` (inclusive)."""

    kind: int
    #: The rule's place in pack order, or the condition's number.
    number: int
    first: int
    last: int


class Trie:
    """Rules and conditions compiled together; built once, read by any number of threads."""

    def __init__(self, root: Node | None = None, sequences: int = 0) -> None:
        self._root: Node = _node() if root is None else root
        self.sequences = sequences

    @property
    def root(self) -> Node:
        """The node lists, for the start-up cache (:mod:`.cache`); treat as read-only."""
        return self._root

    def add(self, pattern: str, kind: int, index: int) -> None:
        """Add every expansion of ``pattern`` (already validated by the pack loader)."""
        from womenscentre.guidance.patterns import expand  # only when compiling

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
            node = _child(node, key)
        ends = node[_ENDS]
        if ends is None:
            ends = node[_ENDS] = []
        entry = (kind, index, expansion.exact)
        if entry not in ends:
            ends.append(entry)
            self.sequences += 1

    def scan(self, tokens: Sequence[Token]) -> list[Hit]:
        """Every match of every rule and condition in ``tokens``, in one walk.

        Most paths through the trie are a single chain of words, so the walk follows the
        word edge directly and only keeps a stack for the rare branch (a class of words or
        a wildcard that might also continue).
        """
        hits: list[Hit] = []
        root = self._root[_CHILDREN]
        norms = [token.norm for token in tokens]
        count = len(norms)
        make = tuple.__new__
        for first, norm in enumerate(norms):
            node = root.get(norm)
            if node is None:
                continue
            last = first
            branches: list[tuple[Node, int]] = []
            while True:
                children, ends, classes, wild = node
                if ends is not None:
                    for kind, index, exact in ends:
                        if exact is None or _case_fits(tokens, first, exact):
                            hits.append(make(Hit, (kind, index, first, last)))
                following = last + 1
                node = None
                if following < count:
                    word = norms[following]
                    if children:
                        node = children.get(word)
                    if classes is not None:
                        for members, member_child in classes:
                            if word in members:
                                branches.append((member_child, following))
                    if wild is not None and tokens[following].is_word:
                        branches.append((wild, following))
                if node is not None:
                    last = following
                elif branches:
                    node, last = branches.pop()
                else:
                    break
        return hits


def _child(node: Node, key: str | frozenset[str]) -> Node:
    """The node reached from ``node`` by ``key``, made if it isn't there yet."""
    if isinstance(key, str) and key == WILDCARD:
        if node[_WILD] is None:
            node[_WILD] = _node()
        child: Node = node[_WILD]
        return child
    if isinstance(key, str):
        children: dict[str, Node] = node[_CHILDREN]
        found = children.get(key)
        if found is None:
            found = children[key] = _node()
        return found
    classes: list[tuple[frozenset[str], Node]] | None = node[_CLASSES]
    if classes is None:
        classes = node[_CLASSES] = []
    for members, member_child in classes:
        if members == key:
            return member_child
    made = _node()
    classes.append((key, made))
    return made


def _case_fits(tokens: Sequence[Token], first: int, exact: Iterable[str | None]) -> bool:
    """Case-sensitive words ("DNA") must be typed with the pattern's capitals."""
    for offset, wanted in enumerate(exact):
        if wanted is not None and tokens[first + offset].raw.replace("\u2019", "'") != wanted:
            return False
    return True
