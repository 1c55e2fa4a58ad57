"""Titles for meetings: who meets, and a short title from the phrase that names the meeting."""

from __future__ import annotations

from diplocal.extract.lang import LanguagePack
from diplocal.extract.tag.names import find_countries, find_organisations, find_people
from diplocal.places import country_name

_MAX_WORDS = 9


def who_meets(
    orgs: list[str], people: list[str], countries: list[str], roles: list[str], pack: LanguagePack
) -> list[str]:
    """The main participants as a title would name them, most specific first."""
    generic = pack.rx.generic_roles
    role = next((r for r in roles if r not in ("minister", "ministers")), roles[0] if roles else None)
    who: list[str] = []
    if orgs and role:
        who.append(f"{orgs[0]} {role}")
    if orgs:
        who.append(orgs[0])
    if len(people) >= 2:
        who.append(f"{_surname(people[0])}-{_surname(people[1])}")
    elif people:
        who.append(people[0])
    if countries:
        who.append("-".join(country_name(c) for c in countries[:2]))
    if role:
        who.append(role)
    _ = generic
    return who


def _surname(name: str) -> str:
    return name.split()[-1]


def make_title(phrase: str, who: list[str], place: str | None, kind: str, pack: LanguagePack) -> str:
    """A title from the meeting's noun phrase, adding who meets when the phrase does not say.

    ``who`` lists the main participants, most specific first.
    """
    text = (phrase or kind).strip()
    lowered = text.lower()
    named = [w for w in who if w and w.lower() in lowered] or names_someone(text, pack)
    if not named and who:
        subject = who[0]
        if kind == "visit":
            text = f"{subject} {text}"
            if place and place.lower() not in text.lower():
                text = f"{text} to {place}"
        else:
            text = f"{text} of {subject}" if " of " not in text else f"{subject} {text}"
    elif kind == "visit" and place and place.lower() not in lowered and place != "virtual":
        text = f"{text} to {place}"
    words = text.split()
    if len(words) > _MAX_WORDS + 3:
        text = " ".join(words[: _MAX_WORDS + 3])
    return text[:1].upper() + text[1:]


def names_someone(phrase: str, pack: LanguagePack) -> bool:
    """True when a phrase already says who meets (an organisation, a country, a person)."""
    return bool(find_organisations(phrase, pack) or find_countries(phrase, pack) or find_people(phrase, pack))
