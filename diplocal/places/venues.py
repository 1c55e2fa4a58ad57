"""Venues: resorts, retreats, palaces and halls where meetings are held (``data/venues.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Venue:
    """A named venue: in a city (``city`` is its English name), or a place of its own."""

    name: str
    country: str
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    zone: str | None = None
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)


@cache
def all_venues() -> tuple[Venue, ...]:
    """Every venue of the data file."""
    raw = json.loads(files("diplocal.places").joinpath("data/venues.json").read_text(encoding="utf-8"))
    return tuple(
        Venue(
            name=row["name"],
            country=row["country"],
            city=row.get("city"),
            latitude=row.get("latitude"),
            longitude=row.get("longitude"),
            zone=row.get("zone"),
            names={language: tuple(names) for language, names in row.get("names", {}).items()},
        )
        for row in raw["venues"]
    )


@cache
def venue_names(language: str) -> dict[str, Venue]:
    """A venue's names in ``language`` (as written), and its English ones, -> the venue."""
    table: dict[str, Venue] = {}
    for venue in all_venues():
        for name in (*venue.names.get(language, ()), *venue.names.get("en", ()), venue.name):
            table.setdefault(name, venue)
            # "Buergenstock": a name's umlauts as a keyboard without them spells them
            table.setdefault(name.translate(_UMLAUTS_SPELT_OUT), venue)
    return table


_UMLAUTS_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@cache
def _namesakes(language: str) -> dict[str, tuple[Venue, ...]]:
    table: dict[str, list[Venue]] = {}
    for venue in all_venues():
        for name in dict.fromkeys((*venue.names.get(language, ()), *venue.names.get("en", ()), venue.name)):
            table.setdefault(name, []).append(venue)
    return {name: tuple(venues) for name, venues in table.items() if len(venues) > 1}


def venue_in(name: str, language: str, city: str | None) -> Venue | None:
    """The venue a name means, as :func:`venue_names`; when venues in several cities share it
    ("Palace of Independence": Minsk's and Astana's), the one in ``city`` (the article's
    dateline city) if there is one."""
    for namesake in _namesakes(language).get(name, ()):
        if city is not None and namesake.city is not None and namesake.city.casefold() == city.casefold():
            return namesake
    return venue_names(language).get(name)


@cache
def _by_folded_name() -> dict[str, Venue]:
    return {name.casefold(): venue for venue in all_venues() for names in venue.names.values() for name in names} | {
        venue.name.casefold(): venue for venue in all_venues()
    }


def venue(name: str) -> Venue | None:
    """The venue a name means, in any language and case."""
    return _by_folded_name().get(" ".join(name.split()).casefold())
