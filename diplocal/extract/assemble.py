"""Assembly: one Meeting from a group of candidates (pure): dates, time and zone, place,
participants, status, title, evidence and confidence."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from diplocal.extract.candidates import Candidate
from diplocal.extract.document import Document
from diplocal.extract.group import Group, name_one_alike
from diplocal.extract.lang import LanguagePack
from diplocal.extract.naming import TitleParts, compose_title, without_numeral
from diplocal.extract.pair import not_a_meeting_date
from diplocal.extract.spans import Cue, Mention, Tense
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.names import (
    find_countries,
    find_organisations,
    find_people,
    find_places,
    lookup_place,
    venue_namesake_in,
)
from diplocal.extract.tag.words import clause_around, find_cues, governing_tense, referring_words
from diplocal.extract.weights import MAX_CONFIDENCE, MIN_CONFIDENCE, PER_MENTION, calibrated
from diplocal.model import TENTATIVE_BELOW, ChangeAction, DatePrecision, Evidence, Meeting, Status
from diplocal.places import Place, country_name, organisation, same_place
from diplocal.places import place as place_named
from diplocal.text import romanised

# Roles (by their English names, in every pack) that are one person's office: a title before a
# name, no party to a meeting of its own.
_OFFICES = frozenset({"president", "prime minister", "head of state"})


def assemble(
    group: Group,
    document: Document,
    everything: list[Candidate],
    article_orgs: ArticleOrganisations,
    *,
    min_score: float = MIN_CONFIDENCE,
) -> Meeting | None:
    """The meeting a group tells of, or None when the article never says who meets or its
    score is below ``min_score``."""
    members = _visit_first(group.members)
    primary = members[0]
    pack = document.pack
    orgs = _union(c.organisations for c in members)
    countries = _union(c.countries for c in members)
    people = _one_name_each(_union(c.people for c in members))
    roles = _union(c.roles for c in members)
    told = all(c.needs_context for c in members)
    if not (orgs or countries or people) or (told and not orgs and len(countries) < 2):
        pair = _pair_told_before(primary, document, everything)
        found = [] if pair else _context_orgs(primary, everything, article_orgs)
        around = countries if found else pair or _union([countries, _context_countries(primary, document, everything)])
        if told and len(people) >= 2:
            # "Putin and Xi will meet": the article says whose meeting it is, the people who
            if not (found or len(around) >= 2):
                return None
            told = False
        else:
            orgs, countries = found, around
    if told and not (orgs or len(countries) >= 2):
        return None  # "the meeting" of an article that never says who meets
    # (and "the summit in Wilmington ..., with Australian Prime Minister Albanese and Japanese
    # Prime Minister Kishida attending": the Quad's, however many countries attend; never the
    # talks two leaders hold on its sidelines)
    beside: re.Pattern[str] | None = pack.extra.get("beside_of")
    gathering_only = all(c.kind == primary.kind for c in members) and not (
        beside is not None and beside.search(primary.sentence, max(0, primary.cue.start - 40), primary.cue.start)
    )
    if not orgs and (len(countries) <= 1 or gathering_only) and _gathering_told_again(primary, pack):
        # "Brazil's foreign minister will represent the country at the ministerial council in
        # Asunción on Sunday": the council of the organisation the article told of before
        orgs = _context_orgs(primary, everything, article_orgs) if _earlier_orgs(primary, everything) else []
    if not orgs and _body_told_again(primary, pack):
        # "la rencontre des chefs d'État du bloc": the bloc the article is about
        orgs = _context_orgs(primary, everything, article_orgs)
    kind = "videoconference" if any(c.kind == "videoconference" for c in members) else primary.kind
    place = _place(members, kind, document, orgs, countries, everything)
    named_by = primary
    if kind in ("talks", "meeting") and not (primary.countries or primary.organisations):
        # "a state visit on Tuesday ... talks at the palace on the first day of the visit": the
        # talks, which name no country of their own, are the visit's, which names the whole
        day = primary.start
        visit = next(
            (c for c in members if c.kind == "visit" and day and c.start and c.end and c.start <= day <= c.end), None
        )
        if visit is not None:
            kind, named_by = "visit", visit
    phrase = _best_phrase(members, [*orgs, *people, *(country_name(c) for c in countries)])
    parts = TitleParts(
        kind=kind,
        head=_head(named_by, pack),
        organisations=tuple(orgs),
        countries=tuple(countries),
        people=tuple(people),
        roles=tuple(roles),
        modifier=_modifier(members, pack),
        ordinal=_ordinal(members, pack),
        place=place.name if place and place.level != "online" else None,
        topic=_topic(phrase, pack),
        partners=tuple(v.value for v in find_countries(phrase, pack) if v.value in countries)[:2] if phrase else (),
    )
    title = compose_title(parts)
    score = min(
        MAX_CONFIDENCE, max(c.confidence for c in members) + PER_MENTION * (len({c.index for c in members}) - 1)
    )
    if score < min_score:
        return None
    # English names, as the title's: a name in Cyrillic in Latin letters ("Sergey Lavrov")
    participants = [*orgs, *(country_name(c) for c in countries), *dict.fromkeys(romanised(p) for p in people)]
    # the group named by its first role ("foreign ministers"), unless that is one person's office
    # ("president": a title before a name the participants already hold)
    role = next((r for r in roles if not any(r in p.lower() for p in participants)), None)
    if role is not None and role not in _OFFICES:
        participants.append(role)
    article = document.article
    evidence = Evidence(
        article_id=article.id,
        sentence=primary.sentence,
        url=article.url,
        publisher=article.publisher,
        published=article.published,
        title=article.title,
    )
    assert primary.start is not None
    assert primary.end is not None
    start_day, start_time, zone = _when(_with_clock(members), place)
    whole = _holding_gathering(primary, members)
    if whole is not None:
        start_day, start_time, zone = _when(whole, place)
    return Meeting(
        title=title,
        title_original=phrase[:1].upper() + phrase[1:] if phrase else None,
        start=start_day,
        end=max(_last_day(primary, members), whole.end if whole and whole.end else start_day, start_day),
        precision=primary.precision,
        start_time=start_time,
        timezone=zone,
        location=place.name if place else None,
        participants=tuple(participants),
        organisations=tuple(orgs),
        countries=tuple(countries),
        kind=kind,
        status=_status(members, score),
        change=next((c.change for c in members if c.change is not None), None),
        confidence=calibrated(score),
        end_certain=primary.end_certain,
        evidence=(evidence,),
    )


def _visit_first(members: list[Candidate]) -> list[Candidate]:
    """The members, a visit of several days first when it holds all the others' days ("a state
    visit from Monday to Thursday ... a state banquet on Tuesday": the visit is the meeting);
    never over a summit or a conference told with it (the summit a visit is made for is the
    meeting: "Xi's state visit from the 12th ... the SCO summit on the 13th and 14th")."""
    if any(
        c.kind in ("summit", "ministerial", "conference") or (c.kind != "visit" and c.end != c.start) for c in members
    ):
        return members  # (nor over a session of several days: "Заседание Совета глав государств ШОС")
    spans = [
        c
        for c in members
        if c.kind == "visit" and c.precision is DatePrecision.DAY and c.start and c.end and c.end > c.start
    ]
    if not spans or spans[0] is members[0]:
        return members
    visit = max(spans, key=lambda c: ((c.end - c.start) if c.end and c.start else timedelta(0), c.confidence))
    assert visit.start is not None
    assert visit.end is not None
    if not all(c.start is not None and visit.start <= c.start and (c.end or c.start) <= visit.end for c in members):
        return members
    return [visit, *(c for c in members if c is not visit)]


def _holding_gathering(primary: Candidate, members: list[Candidate]) -> Candidate | None:
    """A member that tells the primary's meeting on more days, starting earlier, when the
    primary names no one: a gathering of two or three days in the same place that holds the
    primary's days ("the General Assembly from Monday 13 to Wednesday 15 ... the plenary
    sessions on Tuesday and Wednesday": the meeting is from the 13th). Never a longer stretch:
    a week of meetings holds several ("the ASEAN meetings from the 19th to the 23rd")."""
    if primary.precision is not DatePrecision.DAY or primary.start is None or primary.end is None:
        return None
    if primary.people or primary.countries or primary.organisations:
        return None  # a meeting of its own within the gathering ("bilateral talks on Friday")
    holding = [
        c
        for c in members
        if c.kind != "visit" and c.precision is DatePrecision.DAY and c.start and c.end
        if c.start < primary.start and primary.end <= c.end <= c.start + timedelta(days=2)
        if same_place(c.place, primary.place) >= 0
    ]
    first = primary.start
    return min(holding, key=lambda c: c.start or first, default=None)


def _one_name_each(people: list[str]) -> list[str]:
    """One entry per person: a name of one word that is the surname of exactly one fuller name
    ("Kanon" beside "Bra Kanon") is that person."""
    full = [p for p in people if " " in p]
    numbered = {without_numeral(p) for p in people if without_numeral(p) != p}  # "King Felipe" of "King Felipe VI"
    return [p for p in people if p not in numbered and (" " in p or sum(1 for f in full if f.split()[-1] == p) != 1)]


def _last_day(primary: Candidate, members: list[Candidate]) -> date:
    """The last day: the primary's, or a longer span another member gives from the same first
    day ("a two-day summit starting Thursday" beside "the summit's opening session on Thursday")."""
    assert primary.end is not None
    same = [
        c.end
        for c in members
        if c.end and c.start == primary.start and c.precision is primary.precision
        if same_place(c.place, primary.place) >= 0  # never from a member told in another city
    ]
    return max([primary.end, *same])


def _with_clock(members: list[Candidate]) -> Candidate:
    """The primary member, or the first member that states a time on the same first day."""
    primary = members[0]
    if primary.clock is not None:
        return primary
    return next((c for c in members if c.clock is not None and c.start == primary.start), primary)


def _when(primary: Candidate, place: Place | None) -> tuple[date, time | None, str | None]:
    """The first day, and the stated time as the venue's wall clock with its zone."""
    assert primary.start is not None
    clock = primary.clock
    if clock is None:
        return primary.start, None, None
    venue_zone = place.zone if place is not None else None
    stated = clock.zone if clock.zone not in (None, "local") else None
    if stated and venue_zone and stated != venue_zone:
        # "08:00 GMT" for a meeting in Brussels: the calendar shows Brussels' wall clock.
        moment = datetime.combine(primary.start, clock.value, tzinfo=ZoneInfo(stated)).astimezone(ZoneInfo(venue_zone))
        return moment.date(), moment.time().replace(tzinfo=None), venue_zone
    zone = stated or venue_zone
    if zone is None:
        return primary.start, None, None  # "at 10:00 local time" of a place we cannot tell
    return primary.start, clock.value, zone


def _status(members: list[Candidate], score: float) -> Status:
    # a meeting moved to its day stands, whatever put it off before ("Postponed several times,
    # the summit will be held on Sunday": a headline's "will finally take place on Sunday")
    # (but not a move told as done before the news: "The summit, which had been moved to
    # November, was postponed indefinitely on Monday")
    moved_here = any(
        c.change is not None and c.change.action is ChangeAction.RESCHEDULE and not c.facts.get("moved_before")
        for c in members
    )
    for candidate in members:
        if candidate.status is Status.CANCELLED or (candidate.status is Status.POSTPONED and not moved_here):
            return candidate.status
    return Status.CONFIRMED if score >= TENTATIVE_BELOW else Status.TENTATIVE


def _union(lists: object) -> list[str]:
    seen: list[str] = []
    for values in lists:  # type: ignore[attr-defined]
        for value in values:
            if value not in seen:
                seen.append(value)
    return seen


def _context_orgs(primary: Candidate, everything: list[Candidate], article_orgs: ArticleOrganisations) -> list[str]:
    """Who "the ministers" are: the nearest earlier meeting's organisations, or the article's."""
    earlier = [c for c in everything if c.index < primary.index and c.organisations]
    if earlier:
        # the organisation the text is about, not one body's meeting of it ("the Common Market
        # Council meets on Thursday ... the presidents meet on Friday": Mercosur's presidents)
        found = (organisation(o) for o in max(earlier, key=lambda c: c.index).organisations)
        lent = (o.parent if o.kind == "body" and o.parent else o.id for o in found if o is not None)
        return list(dict.fromkeys(o for o in lent if _lendable(o, primary)))
    counted = [o for o, _ in article_orgs.counted().most_common() if _lendable(o, primary)]
    return counted[:1]


def _lendable(org_id: str, primary: Candidate) -> bool:
    """Whether a meeting with no one named may be told of as the organisation's: a meeting
    series is one meeting's name, lent only to a meeting of its kind ("the summit"), never to
    a visit or talks beside it ("the Arab-Islamic Summit" told of in passing is not who visits)."""
    known = organisation(org_id)
    return known is None or known.kind != "series" or primary.kind in known.series


def _others_trip(trip: Candidate, primary: Candidate) -> bool:
    """True when a candidate is a trip on other days by someone the meeting does not name."""
    return trip.kind == "visit" and trip.start != primary.start and not name_one_alike(trip, primary)


def _gathering_told_again(primary: Candidate, pack: LanguagePack) -> bool:
    """True when a summit or ministerial gathering is named by referring back ("the ministerial
    council", "the summit"): a gathering of an organisation the text named before."""
    cue = primary.cue
    if cue.kind not in ("summit", "ministerial") or cue.verb or not cue.word.islower():
        return False
    start = referring_words(primary.sentence, cue, pack)
    # never a named one ("the Venice Summit"): only lower-case words between "the" and the noun
    return start is not None and primary.sentence[start : cue.start] == primary.sentence[start : cue.start].lower()


def _body_told_again(primary: Candidate, pack: LanguagePack) -> bool:
    """True when words close to the meeting word name an organisation told before ("the heads
    of state of the bloc", "des chefs d'État du bloc")."""
    cue, sentence = primary.cue, primary.sentence
    return pack.rx.body_anaphor.search(sentence, max(0, cue.start - 60), min(len(sentence), cue.end + 40)) is not None


def _earlier_orgs(primary: Candidate, everything: list[Candidate]) -> bool:
    return any(c.index < primary.index and c.organisations for c in everything)


def _pair_told_before(primary: Candidate, document: Document, everything: list[Candidate]) -> list[str]:
    """The two countries a meeting's clause refers back to ("a meeting of the foreign and
    defence ministers of the two countries"): those of the nearest meeting before that names
    exactly two, not the organisation the article names most; none when no such meeting."""
    pattern: re.Pattern[str] | None = document.pack.extra.get("two_countries")
    if pattern is None:
        return []
    lo, hi = clause_around(primary.sentence, primary.cue.start, primary.cue.end, document.pack)
    if pattern.search(primary.sentence, lo, hi) is None:
        return []
    pairs = [
        c for c in everything if c.kept and c.index <= primary.index and c is not primary and len(c.countries) == 2
    ]
    return list(max(pairs, key=lambda c: (c.index, c.cue.start)).countries) if pairs else []


_REFERS_BACK_WITHIN = 5  # sentences after a meeting that may name it again and say who meets


def _context_countries(primary: Candidate, document: Document, everything: list[Candidate]) -> list[str]:
    """Who "the next formal talks" are between: the countries of the few sentences before,
    when they name at least two; else of the sentence after ("The third round of tripartite
    negotiations will be held in Addis Ababa on October 23. Negotiators from Ethiopia, Egypt
    and Sudan resumed talks in August")."""
    seen: list[str] = []
    for index in range(max(0, primary.index - 3), primary.index + 1):
        if index < len(document.sentences):
            text = document.sentences[index].text
            if index == primary.index:
                # its own sentence up to the end of its clause: not a later clause's ("the visit
                # is cancelled after Bulgaria, North Macedonia and Montenegro closed their airspace")
                text = text[: clause_around(text, primary.cue.start, primary.cue.end, document.pack)[1]]
            for mention in find_countries(text, document.pack):
                if mention.value not in seen:
                    seen.append(mention.value)
    after_is_free = not primary.roles and not any(c.index == primary.index + 1 for c in everything)
    if len(seen) < 2 and after_is_free and primary.index + 1 < len(document.sentences):
        # the sentence after, when it names two countries that hold talks themselves, of no
        # meeting of its own ("Before the summit, the Finnish president visits Sweden on Monday")
        # and the meeting names no one ("Nordic prime ministers will hold a summit")
        after = document.sentences[primary.index + 1].text
        theirs = list(dict.fromkeys(m.value for m in find_countries(after, document.pack)))
        if len(theirs) >= 2 and find_cues(after, document.pack):
            return theirs
    lead = document.sentences[primary.index].paragraph == document.sentences[0].paragraph
    if len(seen) < 2 and lead:
        # the lead's meeting, named again with who meets a few sentences on, before any sentence
        # with a date of its own: "The second Baghdad Conference ... will now be held on December 20 ...
        # French President Macron, who co-sponsors the gathering with King Abdullah and Iraqi
        # Prime Minister al-Sudani, ..." (the next paragraphs say who meets)
        for index in range(primary.index + 1, min(len(document.sentences), primary.index + 1 + _REFERS_BACK_WITHIN)):
            text = document.sentences[index].text
            if any(c.index == index for c in everything) or find_dates(text, document.pack):
                break
            if document.pack.rx.anaphor.search(text):
                more = [m.value for m in find_countries(text, document.pack) if m.value not in seen]
                if len(seen) + len(set(more)) >= 2:
                    return [*seen, *dict.fromkeys(more)]
    return seen if len(seen) >= 2 else []


def _topic(phrase: str, pack: LanguagePack) -> str | None:
    """The subject word the phrase puts before its noun ("trade" of "trade talks"), in English."""
    topics: frozenset[str] = pack.extra.get("title_topics", frozenset())
    words = phrase.lower().split()
    for index, word in enumerate(words[1:], start=1):
        if words[index - 1] in topics and pack.extra.get("heads", {}).get(word):
            return words[index - 1]
    return None


def _head(primary: Candidate, pack: LanguagePack) -> str | None:
    """The English head noun of the words that named the meeting ("state visit", "session")."""
    heads: dict[str, str] = pack.extra.get("heads", {})
    words = primary.cue.word.casefold().split()
    word = " ".join(words)
    # "will hold talks": the noun the verb phrase ends with
    return heads.get(word) or heads.get(pack.lemma(word)) or (heads.get(words[-1]) if primary.cue.verb else None)


def _modifier(members: list[Candidate], pack: LanguagePack) -> str | None:
    """ "emergency", "extraordinary", "informal": how the text qualifies the meeting."""
    modifiers: list[tuple[re.Pattern[str], str]] = pack.extra.get("title_modifiers", [])
    for candidate in members:
        near = candidate.sentence[max(0, candidate.cue.start - 40) : candidate.cue.end + 10]
        for pattern, english in modifiers:
            if pattern.search(near):
                return english
    return None


def _ordinal(members: list[Candidate], pack: LanguagePack) -> str | None:
    """ "13th" of "the 13th BRICS summit"."""
    ordinal: re.Pattern[str] | None = pack.extra.get("ordinal")
    if ordinal is None:
        return None
    for candidate in members:
        match = ordinal.search(candidate.sentence, max(0, candidate.cue.start - 40), candidate.cue.start)
        if match:
            return match.group("n")
    return None


def _best_phrase(members: list[Candidate], who: list[str]) -> str:
    phrases = [c.phrase for c in members if c.phrase]
    if not phrases:
        return ""

    def score(phrase: str) -> tuple[int, int]:
        named = sum(1 for w in who if w and w.split()[0].lower() in phrase.lower())
        capitals = sum(1 for w in phrase.split() if w[:1].isupper())
        return (named + capitals, -abs(len(phrase.split()) - 5))

    return max(phrases, key=score)


# Meetings of one organisation this many days apart may be one gathering's stages
GATHERING_DAYS = 7


def _place(
    members: list[Candidate],
    kind: str,
    document: Document,
    orgs: list[str],
    countries: list[str],
    everything: list[Candidate],
) -> Place | None:
    if kind == "call":
        return None  # a phone call is held nowhere: no place nearby lends it one (nor its zone)
    for source in ("online", "name", "explicit", "here"):
        for candidate in members:
            if candidate.place is not None and candidate.place_source == source:
                if source in ("name", "explicit"):
                    return _namesake_in_article(candidate, members, document, everything)
                return _city_within(candidate.place, members, document)
    host = _host_meeting_place(members[0], everything)
    if host is not None:
        return host
    pack = document.pack
    seat = _headquarters(members, orgs, pack) or (_seat_of_body(orgs, pack) if kind != "visit" else None)
    if seat is not None and not _hosted_at_home(seat, countries, orgs, document):
        return seat
    nearby = _place_nearby(members[0], document, everything)
    if nearby is not None:
        return nearby
    gathering = _gathering_place(members, kind, orgs, everything)
    if gathering is not None:
        return gathering
    if kind == "visit":
        match = pack.rx.headline_visit.search(document.title.upper())
        if match:
            for found in find_places("in " + match.group(1).title().strip(), pack):
                return found.place
        return None
    dateline = document.dateline.city
    here = _seat_place(dateline, pack) if dateline else None  # named in English whatever the text's language
    building: re.Pattern[str] | None = pack.extra.get("at_a_building")
    if (
        here is not None
        and here.level == "city"
        and building is not None
        and any(building.search(m.sentence) for m in members)
        and not _other_town_told(here, members[0].index, document)
    ):
        # "Ciudad de México.- ... la Cumbre ..., que se celebrará el sábado en Palacio Nacional":
        # a building no gazetteer places, in the town the story is filed from (unless the story
        # went elsewhere before: "will travel to the border city of Foz do Iguaçu ... at the
        # Cataratas Palace hotel")
        return here
    if dateline and not _somewhere_unknown(members[0], pack):
        if here is None:
            return None
        seats = {found.seat for found in (organisation(o) for o in orgs) if found is not None}
        if here.name in seats or here.city in seats:
            return here
        if (here.country in countries or here.country in _hosts(document, orgs)) and here.level == "city":
            return here  # "المنامة ... البحرين تستضيف القمة العربية": the host's city
    return None


def _other_town_told(here: Place, index: int, document: Document) -> bool:
    """True when a sentence up to ``index`` names a town or venue other than ``here``."""
    pack = document.pack
    return any(
        found.place is not None and found.place.level in ("city", "venue") and found.place.city != here.city
        for sentence in document.sentences[: index + 1]
        for found in find_places(sentence.text, pack)
    )


def _somewhere_unknown(primary: Candidate, pack: LanguagePack) -> bool:
    """True when the meeting's clause puts it in a place we cannot place ("he would meet Putin
    next Friday, Aug. 15, in Alaska": a state, no town or country): it is there, not in the
    dateline's city, though we cannot say where on a map (better none than a wrong town)."""
    sentence = primary.sentence
    lo, hi = clause_around(sentence, primary.cue.start, primary.cue.end, pack)
    names = [(m.start, m.end) for m in (*find_organisations(sentence, pack), *find_people(sentence, pack))]
    for match in pack.rx.place_prep.finditer(sentence, lo, hi):
        chunk = match.group("place")
        words = chunk.split()
        if not words or not all(w[:1].isupper() for w in (words[0], words[-1])) or chunk.isupper():
            continue  # ("at the PSC", "USDA": an acronym is a body's, not a place's)
        if " ".join(match.group("prep").casefold().split()) not in pack.rx.venue_preps:
            continue  # "send a record of today's talks to the Trade Negotiating Committee": not where
        if lookup_place(chunk, pack) is not None or find_cues(chunk, pack):
            continue
        if any(start <= match.start("place") < end for start, end in names):
            continue  # "Organisation für Sicherheit und Zusammenarbeit in Europa": a name's words
        if find_dates(match.group(0), pack) or find_organisations(chunk, pack) or find_countries(chunk, pack):
            continue  # "in March", "at NATO": no place
        return True
    return False


def _city_within(place: Place, members: list[Candidate], document: Document) -> Place:
    """The city a meeting is in when the text gives its country here and the city nearby
    ("a state visit to Japan ... talks in Tokyo"): the city, never a town two sentences off
    in another country."""
    if place.level != "country":
        return place
    indexes = sorted({c.index for c in members})
    near = {i for index in indexes for i in range(index - 1, index + 3)}
    cities: dict[str, Place] = {}
    for index in sorted(near):
        if not 0 <= index < len(document.sentences):
            continue
        for found in find_places(document.sentences[index].text, document.pack, document.dateline.city):
            if found.place is not None and found.place.level == "city" and found.place.country == place.country:
                cities.setdefault(found.place.city or found.place.name, found.place)
    # One city: the visit is there. Several ("Beijing and Shanghai"): the country says it best.
    if len(cities) == 1:
        return next(iter(cities.values()))
    if cities:
        return place
    # "Namibia richtet das Gipfeltreffen aus ... im Safari-Konferenzzentrum", filed from Windhoek:
    # a building no gazetteer places, in the host's town the story is filed from
    return _building_at_home(place, members, document) or place


def _building_at_home(country: Place, members: list[Candidate], document: Document) -> Place | None:
    """The town the story is filed from, when it lies in ``country``, a member's sentence puts
    the meeting in a building (the pack's ``at_a_building``) and no other town is named before."""
    building: re.Pattern[str] | None = document.pack.extra.get("at_a_building")
    dateline = document.dateline.city
    here = _seat_place(dateline, document.pack) if dateline else None
    if (
        building is not None
        and here is not None
        and here.level == "city"
        and here.country == country.country
        and any(building.search(m.sentence) for m in members)
        and not _other_town_told(here, members[0].index, document)
    ):
        return here
    return None


def _namesake_in_article(
    candidate: Candidate, members: list[Candidate], document: Document, everything: list[Candidate]
) -> Place:
    """The place of a venue named outright; when venues in several cities bear its name, the
    one in a town the article names ("во Дворце независимости" in a story whose summit is in
    Astana is Astana's palace, not Minsk's), unless the article names the first one's town."""
    place = candidate.place
    assert place is not None
    told = {c.index for c in members}
    towns = {
        c.place.city or c.place.name
        for c in everything
        if c.place is not None and c.place.level == "city" and c.index not in told
    }
    if place.level != "city" or place.city in towns or place.name in towns:
        return _city_within(place, members, document)
    for found in find_places(candidate.sentence, document.pack, document.dateline.city):
        if found.place != place:
            continue
        for town in sorted(towns):
            namesake = venue_namesake_in(found.text, document.pack, town)
            if namesake is not None:
                return namesake
    return place


def _headquarters(members: list[Candidate], orgs: list[str], pack: LanguagePack) -> Place | None:
    """The seat of the meeting's organisation when the text puts the meeting at its
    headquarters ("at the alliance's headquarters", "at NATO headquarters")."""
    pattern = pack.extra.get("headquarters")
    if pattern is None or not any(pattern.search(c.sentence) for c in members):
        return None
    seats = {found.seat for found in (organisation(o) for o in orgs) if found is not None and found.seat}
    if len(seats) != 1:
        return None
    return _seat_place(next(iter(seats)), pack)


def _seat_of_body(orgs: list[str], pack: LanguagePack) -> Place | None:
    """Where a body or a meeting series sits, when the text names no place: the Security
    Council meets in New York, the Munich Security Conference in Munich."""
    found = [organisation(o) for o in orgs]
    seats = {o.seat for o in found if o is not None and o.kind in ("body", "series") and o.seat}
    if len(seats) != 1:
        return None
    return _seat_place(next(iter(seats)), pack)


def _hosted_at_home(seat: Place, countries: list[str], orgs: list[str], document: Document) -> bool:
    """True when the story comes from a country the meeting names, other than the seat's
    ("المنامة ... أعلنت مملكة البحرين أنها ستستضيف ... مجلس جامعة الدول العربية على مستوى
    القمة": the Arab League Council meets in Bahrain this time, not in Cairo)."""
    if not document.dateline.city:
        return False
    here = _seat_place(document.dateline.city, document.pack)  # the dateline's city, named in English
    home = here.country if here else None
    return home is not None and home != seat.country and (home in countries or home in _hosts(document, orgs))


def _hosts(document: Document, orgs: list[str]) -> set[str]:
    """The countries the headline says host something ("البحرين تستضيف القمة العربية"), or the
    lead says host a meeting of one of ``orgs`` ("Namibia richtet in der kommenden Woche das 38.
    Gipfeltreffen der SADC aus": for the SADC's meetings only)."""
    pack = document.pack
    host = pack.rx.host
    found: set[str] = set()
    lead = document.sentences[0].text if document.sentences else ""
    if not {m.value for m in find_organisations(lead, pack)} & set(orgs) or any(
        place.place is not None and place.place.level != "country" for place in find_places(lead, pack)
    ):
        lead = ""  # ("Saudi Arabia will host talks ... in Jeddah": the host's town is told, not the dateline's)
    for text in (document.title, lead):
        for hit in find_countries(text, pack):
            if host.match(text, hit.start) or host.search(text, hit.end, min(len(text), hit.end + 30)):
                found.add(hit.value)
    return found


def _seat_place(seat: str, pack: LanguagePack) -> Place | None:
    """The place of a seat named in the organisations file (in English, whatever the text's
    language: a Russian text's pack reads no "Cairo"), as the text's pack would name it."""
    found = lookup_place(seat, pack)
    return found[0] if found else place_named(seat)


def _host_meeting_place(primary: Candidate, everything: list[Candidate]) -> Place | None:
    """Where the meeting whose day tells this one's is held ("a meeting of the NATO-Ukraine
    Council on the summit's second day" is at the summit, not at the council's seat)."""
    if primary.mention.qualifier != "anaphoric" or primary.start is None:
        return None
    hosts = [
        c
        for c in everything
        if c is not primary
        and c.index <= primary.index
        and c.place is not None
        and c.place_source in ("name", "explicit")
        and c.start is not None
        and c.end is not None
        and c.end > c.start
        and c.start <= primary.start <= c.end
    ]
    return hosts[-1].place if hosts else None


def _place_nearby(primary: Candidate, document: Document, everything: list[Candidate]) -> Place | None:
    """A place the text gave the same talks a sentence or two earlier ("talks in Washington",
    "will host the two leaders in the lakeside town of Ohrid": further off when a place
    preposition puts it in the meeting word's own clause, see ``_same_clause_venue``)."""
    pack = document.pack
    for index in (primary.index - 1, primary.index - 2, primary.index - 3):
        if not 0 <= index < len(document.sentences):
            continue
        # Another's trip, dated otherwise, two or more sentences back lends no place ("Milei will
        # travel at the weekend to Balneário Camboriú" to Sunday's council of ministers); the
        # sentence right before may set the scene ("... to Dublin. The council there").
        theirs = [c for c in everything if c.index == index]
        far = primary.index - index >= 2
        if far and theirs and primary.kind != "visit" and all(_others_trip(c, primary) for c in theirs):
            continue
        sentence = document.sentences[index].text
        # never a past meeting's place ("Xi held talks with Tokayev in Nur-Sultan on Wednesday")
        spans = [
            (cue.start, cue.end) for cue in find_cues(sentence, pack) if not _told_as_past(sentence, cue, pack)
        ] + [m.span() for m in pack.rx.mission.finditer(sentence)]
        for place in find_places(sentence, pack, document.dateline.city):
            for start, end in spans:
                if place.place is None or place.start < start:
                    continue
                topic = pack.rx.topic.search(sentence, end, place.start)
                if topic is not None and place.start - topic.end() <= 3:
                    continue  # "the talks on the conflict in Georgia": the topic's place
                if place.start - end <= 45 or (
                    place.start - end <= 90 and _same_clause_venue(sentence, end, place, pack)
                ):
                    return place.place
    return _place_told_after(primary, document)


def _gathering_place(members: list[Candidate], kind: str, orgs: list[str], everything: list[Candidate]) -> Place | None:
    """The one city where the article puts the same organisation's meetings of those days
    ("preparatory meetings open tomorrow in Tunis ... the foreign ministers meet on Friday,
    before the leaders gather for the summit on Sunday": the summit's week is held in one
    city), when the meeting names no place of its own. Countries it names that the other does
    not make it another gathering, whatever organisation the article lends it ("Iran and six
    world powers" beside the EU ministers who will be briefed on their talks)."""
    day = members[0].start
    countries = {c for m in members for c in m.countries}
    own = {o for m in members for o in m.organisations}
    if own:
        orgs = sorted(own)
    elif countries:
        return None
    if kind == "visit" or not orgs or day is None:
        return None
    places: dict[str, Place] = {}
    for other in everything:
        if (
            other in members
            or not other.kept
            or other.place is None
            or other.place_source not in ("name", "explicit")
            or other.place.level not in ("city", "venue")
            or other.start is None
            or abs((other.start - day).days) > GATHERING_DAYS
            or not set(orgs).intersection(other.organisations)
            or not countries.issubset(other.countries)
        ):
            continue
        places[other.place.city or other.place.name] = other.place
    return next(iter(places.values())) if len(places) == 1 else None


def _place_told_after(primary: Candidate, document: Document) -> Place | None:
    """A place a sentence or two later gives the meeting by naming it again, with no day of its
    own ("... is moved to 10 April. The venue does not change: the meeting will be held in the
    Tajik capital")."""
    pack = document.pack
    for index in (primary.index + 1, primary.index + 2):
        if not index < len(document.sentences):
            break
        sentence = document.sentences[index].text
        if any(not_a_meeting_date(sentence, m, pack) is None for m in find_dates(sentence, pack)):
            continue  # a day of its own (but "the notice circulated on Monday" is the notice's)
        again = [cue.end for cue in find_cues(sentence, pack) if referring_words(sentence, cue, pack) is not None]
        # "..., adding that the venue, the State House in Dar es Salaam, remains the same"
        venue: re.Pattern[str] | None = pack.extra.get("venue_word")
        again += [m.end() for m in venue.finditer(sentence)] if venue is not None else []
        for place in find_places(sentence, pack, document.dateline.city):
            if (
                place.place is not None
                and place.place.level in ("city", "venue")  # a country there is more often a topic's
                and any(0 <= place.start - end <= 45 for end in again)
            ):
                return place.place
        # "Tagungsort ist Toulouse", "The venue is Toulouse": a town named by the copula alone
        named: re.Pattern[str] | None = pack.extra.get("venue_named")
        for match in named.finditer(sentence) if named is not None else ():
            found = lookup_place(sentence[match.end() :], pack)
            if found is not None and found[0].level in ("city", "venue"):
                return found[0]
    return None


def _told_as_past(sentence: str, cue: Cue, pack: LanguagePack) -> bool:
    """True when the words that govern a meeting word tell it as past (as candidates read them:
    from the clause's start to just past the word, else the whole clause)."""
    lo, hi = clause_around(sentence, cue.start, cue.end, pack)
    return governing_tense(sentence, cue.start, cue.end, lo, hi, pack) is Tense.PAST


def _same_clause_venue(sentence: str, end: int, place: Mention, pack: LanguagePack) -> bool:
    """True when a place further off is still the meeting word's own venue: put by a place
    preposition in its clause, with no organisation named between them (whose meeting it
    would be: "ahead of the meetings of the IMF and World Bank in Washington")."""
    return (
        place.role == "venue"
        and clause_around(sentence, end, end, pack)[1] >= place.end
        and not find_organisations(sentence[end : place.start], pack)
        # a country after the topic is the topic's: "consacrée à la situation dans l'est de la RDC"
        and not (
            place.place is not None
            and place.place.level == "country"
            and pack.rx.topic.search(sentence, end, place.start)
        )
    )


class ArticleOrganisations:
    """How often the article names each organisation (for "the ministers" without a
    subject), counted only when a meeting needs it: most articles never ask."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._counted: Counter[str] | None = None

    def counted(self) -> Counter[str]:
        if self._counted is None:
            text = self._document.title + " " + self._document.text
            self._counted = Counter(o.value for o in find_organisations(text, self._document.pack))
        return self._counted
