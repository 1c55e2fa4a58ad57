"""Regexes that skip, in one cheap look, the positions where no match can start (pure).

Python's ``re`` tries every alternative of a pattern at every position of the text. For a
pattern of many alternatives (a date grammar of twenty templates, a list of meeting words)
most of the time goes on positions where none can match. :func:`guarded` reads the pattern's
syntax tree for the characters a match can begin with and puts that class in a lookahead in
front: the engine then rejects the other positions at once. The guarded pattern matches
exactly what the original matches (same spans, same groups), only sooner.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)})
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})


class _AnyStart(Exception):
    """The pattern may start a match with any character (``.``, a back-reference...)."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a lookahead for the characters its matches can begin with, or
    ``pattern`` itself when it may match the empty string or begin with any character."""
    look = first_look(pattern.pattern, pattern.flags)
    if look is None:
        return pattern
    try:
        return re.compile(f"{look}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags ("(?i)...") must stay first: keep the original
        return pattern


def first_look(source: str, flags: int = 0) -> str | None:
    """A lookahead (regex source) for the characters a match of ``source`` can begin with,
    or None when it may match the empty string or begin with any character."""
    if flags & re.VERBOSE:
        return None
    try:
        tree = sre_parse.parse(source, flags)
        classes = _Classes()
        if _first(tree.data, bool(tree.state.flags & re.IGNORECASE), classes):
            return None  # may match the empty string: a match may start anywhere
    except (_AnyStart, re.error):
        return None
    return f"(?={classes.source()})"


class _Classes:
    """The character classes a match can begin with, as regex source."""

    def __init__(self) -> None:
        self.plain: set[str] = set()  # class members, case as written
        self.folded: set[str] = set()  # class members under IGNORECASE
        self.negated: set[str] = set()  # whole classes ("[^a]", "(?i:[^a])")

    def add(self, members: str, *, ignore_case: bool, negate: bool = False) -> None:
        if negate:
            cls = f"[^{members}]"
            self.negated.add(f"(?i:{cls})" if ignore_case else cls)
        else:
            (self.folded if ignore_case else self.plain).add(members)

    def source(self) -> str:
        parts = []
        if self.plain:
            parts.append("[" + "".join(sorted(self.plain)) + "]")
        if self.folded:
            parts.append("(?i:[" + "".join(sorted(self.folded)) + "])")
        parts.extend(sorted(self.negated))
        return "|".join(parts)


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(items: Any, ignore_case: bool, out: _Classes) -> bool:
    """Add the first characters of a sequence to ``out``; True when it may match empty."""
    return all(_first_of(op, arg, ignore_case, out) for op, arg in items)


def _first_of(op: Any, arg: Any, ignore_case: bool, out: _Classes) -> bool:
    """Add the first characters of one item to ``out``; True when it may match empty."""
    if op is sre.LITERAL:
        out.add(_char(arg), ignore_case=ignore_case)
        return False
    if op is sre.NOT_LITERAL:
        out.add(_char(arg), ignore_case=ignore_case, negate=True)
        return False
    if op is sre.IN:
        members, negate = _members(arg)
        out.add(members, ignore_case=ignore_case, negate=negate)
        return False
    if op is sre.CATEGORY and arg in _CATEGORIES:
        out.add(_CATEGORIES[arg], ignore_case=False)
        return False
    if op in _ZERO_WIDTH:
        return True  # looks, consumes nothing: the next item starts the match
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        ignore = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first(sub, ignore, out)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _first(arg, ignore_case, out)
    if op is sre.BRANCH:
        empty = False
        for alternative in arg[1]:
            empty = _first(alternative, ignore_case, out) or empty
        return empty
    if op in _REPEATS:
        low, _high, sub = arg
        return _first(sub, ignore_case, out) or low == 0
    raise _AnyStart


def _members(items: Any) -> tuple[str, bool]:
    negate = False
    parts = []
    for op, arg in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            parts.append(_char(arg))
        elif op is sre.RANGE:
            parts.append(f"{_char(arg[0])}-{_char(arg[1])}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            parts.append(_CATEGORIES[arg])
        else:
            raise _AnyStart
    return "".join(parts), negate
