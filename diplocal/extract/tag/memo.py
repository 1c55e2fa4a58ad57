"""One memo for the taggers: a tagger is a pure function of a text and a language, and the
stages ask it the same question many times (once per candidate of a sentence), so each
answer is kept, bounded, by the text and the pack's code.

Every memo kept by sentence or stretch of text is registered with
:func:`diplocal.extract.memos.by_text`, so that ``forget_texts`` can empty them all (a
benchmark's pass must not read the answers of the pass before).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import Concatenate, ParamSpec, TypeVar

from diplocal.extract.lang import LanguagePack, pack_for
from diplocal.extract.memos import by_text, forget_texts

__all__ = ["SIZE", "by_text", "forget_texts", "per_text"]

P = ParamSpec("P")
T = TypeVar("T")

# Sentences kept per tagger: more than any article has, few enough to stay small.
SIZE = 4096


def per_text(
    tagger: Callable[Concatenate[str, LanguagePack, P], list[T]],
) -> Callable[Concatenate[str, LanguagePack, P], list[T]]:
    """Wrap ``tagger(text, pack, *args)`` so that a repeated question is answered from memory.

    The answer is a fresh list each time (the spans are frozen), so a caller may change it.
    """

    @lru_cache(maxsize=SIZE)
    def remembered(text: str, code: str, *args: Hashable) -> tuple[T, ...]:
        return tuple(tagger(text, pack_for(code), *args))  # type: ignore[arg-type,call-arg]

    @wraps(tagger)
    def answer(text: str, pack: LanguagePack, /, *args: P.args, **kwargs: P.kwargs) -> list[T]:
        if kwargs or pack is not pack_for(pack.code):  # a pack built for a test: no memo
            return tagger(text, pack, *args, **kwargs)
        return list(remembered(text, pack.code, *args))

    answer.cache_clear = by_text(remembered).cache_clear  # type: ignore[attr-defined]
    return answer
