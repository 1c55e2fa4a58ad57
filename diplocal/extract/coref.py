"""Merging an article's sightings that are one meeting, and finishing each as a Meeting."""

from __future__ import annotations

import re
from collections import Counter

from diplocal.extract.cues import find_cues
from diplocal.extract.entities import country_name, country_places, find_countries, find_organisations, find_places
from diplocal.extract.gazetteer import organisation_seats
from diplocal.extract.sightings import Sighting
from diplocal.extract.titles import make_title
from diplocal.model import Article, DatePrecision, Evidence, Meeting, Status

_ORDER = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2}
_GENERIC_ROLES = frozenset({"minister", "ministers", "senior officials", "negotiators", "trade negotiators"})
_SEATS = organisation_seats()
# Below this a meeting is shown as tentative.
TENTATIVE_BELOW = 0.65


def merge_sightings(
    found: list[Sighting],
    *,
    article: Article,
    headline: str,
    dateline_city: str | None,
    sentences: list[str] | None = None,
) -> list[Meeting]:
    """One Meeting per real meeting among ``found`` (several mentions of it become one)."""
    if not found:
        return []  # most articles: skip reading the whole text for organisations
    _share_surnames(found)
    groups: list[_Group] = []
    for sighting in sorted(found, key=lambda s: (_ORDER[s.precision], -s.confidence, s.index)):
        for group in groups:
            if group.accepts(sighting):
                group.add(sighting)
                break
        else:
            groups.append(_Group(sighting))
    article_orgs = Counter(o.value for o in find_organisations(article.title + " " + article.text))
    finished = []
    for kept in groups:
        members = kept.members
        meeting = _finish(members, article, headline, dateline_city, article_orgs, found, sentences or [])
        told = all(s.needs_context for s in members)
        if told and not (meeting.organisations or len(meeting.countries) >= 2):
            continue  # "the meeting" of an article that never says who meets
        finished.append(meeting)
    return finished


class _Group:
    """Sightings taken for one meeting. A newcomer must agree with every member; members that
    say the same thing are compared once (an article repeating a sentence a thousand times
    stays linear)."""

    def __init__(self, first: Sighting) -> None:
        self.members: list[Sighting] = []
        self._distinct: dict[tuple[object, ...], Sighting] = {}
        self._phrases: dict[int, set[str]] = {}
        self.add(first)

    def add(self, sighting: Sighting) -> None:
        self.members.append(sighting)
        self._distinct.setdefault(_signature(sighting), sighting)
        self._phrases.setdefault(sighting.index, set()).add(sighting.phrase)

    def accepts(self, new: Sighting) -> bool:
        if self._phrases.get(new.index, {new.phrase}) - {new.phrase}:
            return False  # one sentence naming two meetings ("in Rome from June 3 ... an audience on June 6")
        return all(_compatible(new, member) for member in self._distinct.values())


def _signature(sighting: Sighting) -> tuple[object, ...]:
    return (
        sighting.precision,
        sighting.start,
        sighting.end,
        sighting.kind,
        tuple(sighting.organisations),
        tuple(sighting.countries),
        tuple(sighting.people),
        tuple(sighting.roles),
    )


def _share_surnames(found: list[Sighting]) -> None:
    """Give each sighting the people its sentence names by surname alone ("Reagan" after
    "President Reagan"), so mentions of one person's meetings can merge."""
    people = {p for s in found for p in s.people}
    for sighting in found:
        for person in people:
            surname = person.split()[-1]
            if person not in sighting.people and re.search(rf"\b{re.escape(surname)}\b", sighting.sentence):
                sighting.people.append(person)


def _compatible(new: Sighting, old: Sighting) -> bool:
    if not _dates_fit(new, old):
        return False
    if new.specific and old.specific:
        shared = (
            set(new.organisations) & set(old.organisations)
            or set(new.countries) & set(old.countries)
            or set(new.people) & set(old.people)
        )
        if not shared:
            return False
    specific_new = {r for r in new.roles if r not in _GENERIC_ROLES}
    specific_old = {r for r in old.roles if r not in _GENERIC_ROLES}
    if specific_new and specific_old and not specific_new & specific_old:
        return False
    return not ("summit" in (new.kind, old.kind) and new.kind != old.kind and specific_new != specific_old)


def _dates_fit(new: Sighting, old: Sighting) -> bool:
    if new.precision is DatePrecision.DAY and old.precision is DatePrecision.DAY:
        return new.start <= old.end and old.start <= new.end
    if old.precision is DatePrecision.DAY:
        return new.start <= old.start <= new.end
    if new.precision is DatePrecision.DAY:
        return old.start <= new.start <= old.end
    return new.start <= old.end and old.start <= new.end


def _finish(
    group: list[Sighting],
    article: Article,
    headline: str,
    dateline_city: str | None,
    article_orgs: Counter[str],
    everything: list[Sighting],
    sentences: list[str],
) -> Meeting:
    primary = group[0]
    orgs = _union(s.organisations for s in group)
    countries = _union(s.countries for s in group)
    people = _union(s.people for s in group)
    roles = _union(s.roles for s in group)
    told = all(s.needs_context for s in group)
    if not (orgs or countries or people) or (told and not orgs and len(countries) < 2):
        orgs = _context_orgs(primary, everything, article_orgs)
        if not orgs:
            countries = _union([countries, _context_countries(primary, sentences)])
    kind = "videoconference" if any(s.kind == "videoconference" for s in group) else primary.kind
    location = _place(group, kind, headline, dateline_city, orgs, countries, sentences)
    who = _who(orgs, people, countries, roles)
    phrase = _best_phrase(group, who)
    title = make_title(phrase or kind, who, location, kind)
    confidence = min(0.97, max(s.confidence for s in group) + 0.04 * (len({s.index for s in group}) - 1))
    participants = [*orgs, *(country_name(c) for c in countries), *people]
    participants += [r for r in roles if not any(r in p.lower() for p in participants)][:1]
    evidence = Evidence(
        article_id=article.id,
        sentence=primary.sentence,
        url=article.url,
        publisher=article.publisher,
        published=article.published,
        title=article.title,
    )
    return Meeting(
        title=title,
        start=primary.start,
        end=primary.end,
        precision=primary.precision,
        start_time=primary.start_time if primary.time_zone not in (None, "local") or location else None,
        timezone=_zone(primary, location) if primary.start_time else None,
        location=location,
        participants=tuple(participants),
        organisations=tuple(orgs),
        countries=tuple(countries),
        kind=kind,
        status=_status(group, confidence),
        change=next((s.change for s in group if s.change is not None), None),
        confidence=round(confidence, 2),
        end_certain=primary.end_certain,
        evidence=(evidence,),
    )


def _status(group: list[Sighting], confidence: float) -> Status:
    for sighting in group:
        if sighting.status in (Status.CANCELLED, Status.POSTPONED):
            return sighting.status
    return Status.CONFIRMED if confidence >= TENTATIVE_BELOW else Status.TENTATIVE


def _union(lists: object) -> list[str]:
    seen: list[str] = []
    for values in lists:  # type: ignore[attr-defined]
        for value in values:
            if value not in seen:
                seen.append(value)
    return seen


def _context_orgs(primary: Sighting, everything: list[Sighting], article_orgs: Counter[str]) -> list[str]:
    """Who "the ministers" are: the nearest earlier meeting's organisations, or the article's."""
    earlier = [s for s in everything if s.index < primary.index and s.organisations]
    if earlier:
        return list(max(earlier, key=lambda s: s.index).organisations)
    if article_orgs:
        return [article_orgs.most_common(1)[0][0]]
    return []


def _context_countries(primary: Sighting, sentences: list[str]) -> list[str]:
    """Who "the next formal talks" are between: the countries of the few sentences before, when
    they name at least two."""
    seen: list[str] = []
    for index in range(max(0, primary.index - 3), primary.index + 1):
        if index < len(sentences):
            for mention in find_countries(sentences[index]):
                if mention.value not in seen:
                    seen.append(mention.value)
    return seen if len(seen) >= 2 else []


def _who(orgs: list[str], people: list[str], countries: list[str], roles: list[str]) -> list[str]:
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
    return who


def _surname(name: str) -> str:
    return name.split()[-1]


def _best_phrase(group: list[Sighting], who: list[str]) -> str:
    phrases = [s.phrase for s in group if s.phrase]
    if not phrases:
        return ""

    def score(phrase: str) -> tuple[int, int]:
        named = sum(1 for w in who if w and w.split()[0].lower() in phrase.lower())
        capitals = sum(1 for w in phrase.split() if w[:1].isupper())
        return (named + capitals, -abs(len(phrase.split()) - 5))

    return max(phrases, key=score)


def _place(
    group: list[Sighting],
    kind: str,
    headline: str,
    dateline_city: str | None,
    orgs: list[str],
    countries: list[str],
    sentences: list[str],
) -> str | None:
    for source in ("virtual", "name", "explicit", "here"):
        for sighting in group:
            if sighting.location and sighting.location_source == source:
                return sighting.location
    nearby = _place_nearby(group[0], sentences, dateline_city)
    if nearby:
        return nearby
    if kind == "visit":
        match = re.search(r"\bVISIT(?:S|ING)?\s+(?:TO\s+)?([A-Z][A-Z .'-]+)", headline.upper())
        if match:
            for place in find_places("in " + match.group(1).title().strip()):
                return place.value
        return None
    if dateline_city:
        if any(_SEATS.get(o) == dateline_city for o in orgs):
            return dateline_city
        if any(dateline_city in country_places(c) for c in countries):
            return dateline_city
    return None


def _place_nearby(primary: Sighting, sentences: list[str], dateline_city: str | None) -> str | None:
    """A place the text gave the same talks a sentence or two earlier ("talks in Washington")."""
    for index in (primary.index - 1, primary.index - 2, primary.index - 3):
        if not 0 <= index < len(sentences):
            continue
        sentence = sentences[index]
        starts = [cue.start for cue in find_cues(sentence)] + [m.start() for m in _MISSION.finditer(sentence)]
        for place in find_places(sentence, dateline_city):
            for start in starts:
                if 0 <= place.start - start <= 45:
                    return place.value
    return None


_MISSION = re.compile(r"\b(?:mission|journey|trip|tour)\b")


def _zone(primary: Sighting, location: str | None) -> str | None:
    if primary.time_zone and primary.time_zone != "local":
        return primary.time_zone
    from diplocal.extract.gazetteer_zones import zone_of

    return zone_of(location)
