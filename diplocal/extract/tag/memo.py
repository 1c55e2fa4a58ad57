"""One memo for the taggers: a tagger is a pure function of a text and a language, and the
stages ask it the same question many times (once per candidate of a sentence), so each
answer is kept, bounded, by the text and the pack's code."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from diplocal.extract.lang import LanguagePack

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
        from diplocal.extract.lang import pack_for

        return tuple(tagger(text, pack_for(code), *args))  # type: ignore[arg-type,call-arg]

    @wraps(tagger)
    def answer(text: str, pack: LanguagePack, /, *args: P.args, **kwargs: P.kwargs) -> list[T]:
        from diplocal.extract.lang import pack_for

        if kwargs or pack is not pack_for(pack.code):  # a pack built for a test: no memo
            return tagger(text, pack, *args, **kwargs)
        return list(remembered(text, pack.code, *args))

    answer.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    return answer
