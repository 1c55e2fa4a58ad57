"""International organisations, their bodies, formats and meeting series (``data/organisations.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Organisation:
    """An organisation, one of its bodies, a format of countries, or a meeting series.

    ``id`` is the canonical short name used in titles, filters and merging ("NATO",
    "NATO-Russia Council", "Quad", "BRICS Summit").
    """

    id: str
    kind: str = "organisation"  # organisation, body, format, series
    parent: str | None = None
    seat: str | None = None
    members: tuple[str, ...] = ()
    chamber: bool = False  # a parliament: its own sittings are no meetings between governments
    series: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)


@cache
def all_organisations() -> dict[str, Organisation]:
    """Every organisation of the data file, by id."""
    raw = json.loads(files("diplocal.places").joinpath("data/organisations.json").read_text(encoding="utf-8"))
    found: dict[str, Organisation] = {}
    for row in raw["organisations"]:
        found[row["id"]] = Organisation(
            id=row["id"],
            kind=row.get("kind", "organisation"),
            parent=row.get("parent"),
            seat=row.get("seat"),
            members=tuple(row.get("members", ())),
            chamber=bool(row.get("chamber", False)),
            series=dict(row.get("series", {})),
            names={language: tuple(names) for language, names in row.get("names", {}).items()},
        )
    return found


def organisation(org_id: str) -> Organisation | None:
    """The organisation with this id, or None."""
    return all_organisations().get(org_id)


@cache
def organisation_names(language: str) -> dict[str, str]:
    """Names of organisations in ``language`` (as written) -> id. English names are included
    for every language: acronyms such as NATO, G7 and BRICS cross languages."""
    table: dict[str, str] = {}
    for org in all_organisations().values():
        for name in org.names.get(language, ()):
            table.setdefault(name, org.id)
    for org in all_organisations().values():
        table.setdefault(org.id, org.id)
        for name in org.names.get("en", ()):
            if language == "en" or _crosses_languages(name):
                table.setdefault(name, org.id)
    return table


def _crosses_languages(name: str) -> bool:
    # Acronyms and codes in Latin capitals or with digits ("NATO", "G7", "OPEC+") are written
    # the same in news of any language; words are not.
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(name) <= 8


def lineage(org_id: str) -> tuple[str, ...]:
    """The organisation and the ones above it: "NATO-Russia Council" -> (itself, "NATO")."""
    chain: list[str] = []
    current = all_organisations().get(org_id)
    while current is not None and current.id not in chain:
        chain.append(current.id)
        current = all_organisations().get(current.parent) if current.parent else None
    return tuple(chain) or (org_id,)


def related(first: str, second: str) -> bool:
    """True when two organisations are one, or one is a body of the other."""
    return first == second or first in lineage(second) or second in lineage(first)


def bodies_of(org_id: str) -> tuple[str, ...]:
    """The organisation and every body below it, for filters ("NATO" finds the NATO-Russia Council)."""
    return tuple(o.id for o in all_organisations().values() if org_id in lineage(o.id))


@cache
def _by_folded_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for org in all_organisations().values():
        table.setdefault(org.id.casefold(), org.id)
        for names in org.names.values():
            for name in names:
                table.setdefault(name.casefold(), org.id)
    return table


def organisation_id(name: str) -> str | None:
    """The id of the organisation a name means, in any language and case, or None."""
    return _by_folded_name().get(" ".join(name.split()).casefold())
