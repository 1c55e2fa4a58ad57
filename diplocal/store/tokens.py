"""Numbers for sightings' content, so work done on the same sightings is remembered from one
article to the next (a pair's link score, a meeting's fold over its first sightings)."""

from __future__ import annotations

from itertools import count
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diplocal.store.fold import Sighting

# Contents numbered at most; the table is emptied when it is full (numbers are never
# reused, so what other tables remember under an old number is simply not found again).
REMEMBERED_SIGHTINGS = 10_000  # ~1 kB each (their repr): Reuters-21578 numbers 1,300
_NUMBERS: dict[str, int] = {}
_NEXT = count(1)


class Tokens:
    """The number of a sighting's content: equal for sightings equal in every field (their
    ``repr``: types, time zones and the evidence included), different otherwise.

    The store reads a busy meeting's hundreds of sightings again with every article that
    mentions it, each time as new objects; an object of this class lives for one article
    and knows each object it has numbered by ``id`` (holding it, so the id stays its own).
    """

    def __init__(self) -> None:
        self._held: dict[int, tuple[Sighting, int]] = {}

    def __call__(self, sighting: Sighting) -> int:
        held = self._held.get(id(sighting))
        if held is None:
            key = repr(sighting)
            number = _NUMBERS.get(key)
            if number is None:
                if len(_NUMBERS) >= REMEMBERED_SIGHTINGS:
                    _NUMBERS.clear()
                number = _NUMBERS.setdefault(key, next(_NEXT))
            held = self._held[id(sighting)] = (sighting, number)
        return held[1]

    def adopt(self, sighting: Sighting, number: int) -> None:
        """Know ``sighting`` by the number an earlier object of this class gave it."""
        self._held[id(sighting)] = (sighting, number)
