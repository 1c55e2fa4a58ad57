"""The extractor's memos, registered so that they can be emptied: by text and by word.

The stages ask the same questions many times (a tagger once per candidate of a sentence, a
lemmatiser once per word of every sentence), so answers are kept, bounded. A memo keyed by a
sentence or stretch of text registers with :func:`by_text`, one keyed by a single word (a
lemma, a word's meeting word, a name's key) with :func:`by_word`. A benchmark empties both
before each pass (:func:`forget_texts`, :func:`forget_words`), so that no pass reads the
answers that the articles of the pass before left behind. Memos of loaded data (a language's
pack, its name indexes, the gazetteer) are not registered: a process loads them once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar, cast

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

_TEXTS: list[Callable[[], None]] = []
_WORDS: list[Callable[[], None]] = []


def by_text(cached: T) -> T:
    """Register a memo kept by text (anything with ``cache_clear``) with :func:`forget_texts`."""
    _TEXTS.append(cached.cache_clear)  # type: ignore[attr-defined]
    return cached


def by_word(cached: T) -> T:
    """Register a memo kept by word with :func:`forget_words`: anything with ``cache_clear``,
    or a function that empties one."""
    clear: Callable[[], None] = getattr(cached, "cache_clear", None) or cast(Callable[[], None], cached)
    _WORDS.append(clear)
    return cached


def word_memo(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, registered with :func:`forget_words`."""

    def decorate(function: F) -> F:
        return cast(F, by_word(lru_cache(maxsize=maxsize)(function)))

    return decorate


def forget_texts() -> None:
    """Empty every memo kept by text."""
    for clear in _TEXTS:
        clear()


def forget_words() -> None:
    """Empty every memo kept by word."""
    for clear in _WORDS:
        clear()
