"""Grouping: an article's kept candidates that tell of one meeting become one group (pure).

A candidate joins a group when its dates fit every member's, and who meets agrees: a shared
organisation, country or person when both say who; no two specific roles that differ; no
summit joined to a different kind of meeting by other people. The finest date comes first.
"""

from __future__ import annotations

import re

from diplocal.extract.candidates import Candidate
from diplocal.extract.lang import LanguagePack
from diplocal.extract.naming import named_in, without_numeral
from diplocal.extract.pair import told_after
from diplocal.extract.tag.names import find_countries, find_organisations, find_places
from diplocal.extract.tag.words import find_cues, referring_words
from diplocal.model import ChangeAction, DatePrecision, Status
from diplocal.places.organisations import organisation, related

_ORDER = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2}
# Roles (by their English names, in every pack) of those a summit gathers: a meeting of them and a
# summit the same days are one.
_MEETINGS_OF_BODIES = frozenset({"summit", "ministerial", "conference", "meeting"})
_LEADERS = frozenset(
    {"heads of state", "heads of government", "heads of state and government", "leaders", "presidents", "president"}
)


class Group:
    """Candidates taken for one meeting. A newcomer must agree with every member; members that
    say the same thing are compared once (an article repeating a sentence a thousand times
    stays linear)."""

    def __init__(self, first: Candidate, pack: LanguagePack) -> None:
        self.members: list[Candidate] = []
        self._pack = pack
        self._distinct: dict[tuple[object, ...], Candidate] = {}
        self._phrases: dict[int, set[str]] = {}
        self.add(first)

    def add(self, candidate: Candidate) -> None:
        self.members.append(candidate)
        self._distinct.setdefault(_signature(candidate), candidate)
        self._phrases.setdefault(candidate.index, set()).add(candidate.phrase)

    def accepts(self, new: Candidate) -> bool:
        part = self._part_of_its_days(new)
        if self._phrases.get(new.index, {new.phrase}) - {new.phrase} and not self._told_twice(new) and not part:
            return False  # one sentence naming two meetings ("in Rome from June 3 ... an audience on June 6")
        generic = self._pack.rx.generic_roles
        # the group's meeting of several days told again in its own words, on one of its days
        # ("Sánchez travels tomorrow to The Hague for the summit, held tomorrow and Wednesday"):
        # a member on another of its days ("at the end of the meeting on Wednesday") is no bar
        spans = [m for m in self._distinct.values() if m.end != m.start and _days(m) and _holds(m, new)]
        # and the group's meeting of several days told again on all its days ("Visit of Prime
        # Minister to Japan (October 28-29)"): the talks on one of them are no bar either
        again = [
            s for s in spans if (s.start, s.end) == (new.start, new.end) and _compatible(new, s, generic, self._pack)
        ]
        # a member that only refers back to the group's meeting ("lors du sommet de vendredi")
        # bars no one the meeting's own members take
        echoes = [
            m
            for m in self._distinct.values()
            if (m.start, m.end) == (new.start, new.end) and not m.countries and _refers_back(m, self._pack)
        ]
        if echoes and len(echoes) < len(self._distinct):
            named = [m for m in self._distinct.values() if m not in echoes]
            if all(_compatible(new, m, generic, self._pack) for m in named):
                return True
        return all(
            _compatible(
                new,
                member,
                generic,
                self._pack,
                # (or a part told by a common noun, with no one of its own: "Las sesiones plenarias
                # se desarrollarán el jueves 27 y el viernes 28" of an assembly from the 26th to the
                # 28th; never a meeting named by its own name, "The 44th AMM will take place on 19-20 July")
                within=any(
                    _holds(s, member) and (_again(s, new) or _again(s, member) or _part_told(new) or part)
                    for s in spans
                ),
            )
            or any(_holds(s, member) and (member.start, member.end) != (s.start, s.end) for s in again)
            for member in self._distinct.values()
        )

    def _part_of_its_days(self, new: Candidate) -> bool:
        """True when ``new`` is a part of the group's meeting of several days, told by a common
        noun and no one of its own, on one of its days, beside another part in its sentence
        ("Sessions in narrow and wide format are set for Wednesday, and on Thursday a meeting in
        the BRICS Plus format" of a summit from Tuesday to Thursday), or by a verb alone of no
        one ("La ceremonia inaugural se realizará el viernes a las 19:00 ..., y las sesiones
        plenarias ... el sábado": the summit's opening, its hour the summit's)."""
        return (
            (not new.cue.verb or not new.specific)
            and _common_noun(new)
            and not new.people
            and any(
                m.index != new.index
                and m.end != m.start
                and _days(m)
                and _holds(m, new)
                # (naming no one the meeting does not: "une réunion en format BRICS Plus" of the BRICS summit)
                and set(new.organisations) <= set(m.organisations)
                and set(new.countries) <= set(m.countries)
                # (nor anywhere else: "los dos presidentes viajarán a Tapachula para encabezar una
                # reunión" is a leg of the visit, not a part told at its venue)
                and (new.place is None or (m.place is not None and new.place.name == m.place.name))
                for m in self._distinct.values()
            )
        )

    def _told_twice(self, new: Candidate) -> bool:
        """True when the sentence names this group's meeting twice, each time with its own
        words for the same days ("Monday 16 March: ministers meet today for the Foreign
        Affairs Council"). A meeting that borrows another's date ("..., followed by talks")
        shares that date's very words, and stays a meeting of its own."""
        same = [m for m in self.members if m.index == new.index]
        if new.precision is DatePrecision.WEEK and any(
            _days(m)
            and new.start <= m.start  # type: ignore[operator]
            and m.end <= new.end  # type: ignore[operator]
            and 0 <= new.mention.start - m.mention.end <= 2
            for m in same
        ):
            return True  # "from Tuesday to Friday next week": the week right after the days it holds
        if new.precision is DatePrecision.MONTH and any(
            _days(m)
            and new.start <= m.start  # type: ignore[operator]
            and m.end <= new.end  # type: ignore[operator]
            and m.organisations
            and (m.organisations, m.countries, m.people, m.roles)
            == (new.organisations, new.countries, new.people, new.roles)
            and m.kind == new.kind
            and m.place == new.place
            for m in same
        ):
            # "will chair a session of the Security Council on Tuesday in New York, one of the
            # most visible engagements of its presidency this month": the same who and where
            return True
        return all(
            m.mention.start != new.mention.start
            and (m.start, m.end, m.precision) == (new.start, new.end, new.precision)
            and (m.clock is None or new.clock is None or m.clock.value == new.clock.value)
            for m in same
        )


def group_candidates(kept: list[Candidate], pack: LanguagePack) -> list[Group]:
    """The article's kept candidates in groups, one per meeting, finest dates first."""
    _share_surnames(kept)
    groups: list[Group] = []
    for candidate in sorted(kept, key=lambda c: (_ORDER[c.precision], -c.confidence, c.index)):
        for group in groups:
            if group.accepts(candidate):
                group.add(candidate)
                break
        else:
            groups.append(Group(candidate, pack))
    return groups


def _signature(candidate: Candidate) -> tuple[object, ...]:
    return (
        candidate.precision,
        candidate.start,
        candidate.end,
        candidate.kind,
        tuple(candidate.organisations),
        tuple(candidate.countries),
        tuple(candidate.people),
        tuple(candidate.roles),
    )


def _share_surnames(found: list[Candidate]) -> None:
    """Give each candidate the people its sentence names by surname alone ("Reagan" after
    "President Reagan"), so mentions of one person's meetings can merge."""
    people = list(dict.fromkeys(p for c in found for p in c.people))  # in order: output must not vary
    for candidate in found:
        for person in people:
            surname = person.split()[-1]
            if (
                person not in candidate.people
                and (
                    " " not in person or person not in candidate.sentence
                )  # named in full there: its who-scope said whose it is
                and surname in candidate.sentence  # (a cheap test first: the pattern is compiled per name)
                and re.search(rf"\b{re.escape(surname)}\b", candidate.sentence)
            ):
                candidate.people.append(person)


def _days(candidate: Candidate) -> bool:
    return candidate.precision is DatePrecision.DAY and candidate.start is not None and candidate.end is not None


def _again(span: Candidate, part: Candidate) -> bool:
    """True when ``part`` is ``span``'s meeting told again by its sentence's own words."""
    return part is not span and part.index == span.index and part.phrase == span.phrase


def _part_told(candidate: Candidate) -> bool:
    """True when a candidate names no one and its meeting word is a common noun ("sessions")."""
    return not candidate.specific and not candidate.cue.verb and _common_noun(candidate)


def _common_noun(candidate: Candidate) -> bool:
    """True when the meeting word is a common noun, the sentence's first word included
    ("Sessions are set for Wednesday")."""
    word = candidate.cue.word
    return word.islower() or (
        word[:1].isupper() and word[1:].islower() and not candidate.sentence[: candidate.cue.start].strip()
    )


def _holds(span: Candidate, part: Candidate) -> bool:
    """True when ``part`` is dated to days inside ``span``'s."""
    assert span.start is not None
    assert span.end is not None
    return _days(part) and span.start <= part.start <= part.end <= span.end  # type: ignore[operator]


def _compatible(
    new: Candidate, old: Candidate, generic: frozenset[str], pack: LanguagePack, *, within: bool = False
) -> bool:
    """``within``: both fall inside the days of a meeting of several days that ``new`` tells
    again, each on a day of its own."""
    if not within and not _dates_fit(new, old):
        return False
    if new.facts.get("apart") is not None and new.facts.get("apart") == old.facts.get("apart"):
        return new.people == old.people  # one host's separate meetings with each guest
    if new.index == old.index and new.clock and old.clock and new.clock.value != old.clock.value:
        return False  # "talks at noon, followed by talks over dinner at 8 p.m.": two meetings
    if _apart(new, old, pack) or _other_bodies(new, old):
        return False
    if _told_by_another(new, old) or _told_by_another(old, new):
        return False
    if _readies(new, old, pack) or _readies(old, new, pack):
        return False
    if _told_apart_from(new, old, pack) or _told_apart_from(old, new, pack):
        return False
    if _beside_it(new, old, pack) or _beside_it(old, new, pack):
        return False
    if _summit_inside(new, old) or _summit_inside(old, new):
        return False
    if _series_inside(new, old) or _series_inside(old, new):
        return False
    if _gathering_during_visit(new, old) or _gathering_during_visit(old, new):
        return False
    if _others_during_visit(new, old) or _others_during_visit(old, new):
        return False
    if _elsewhere_during_visit(new, old) or _elsewhere_during_visit(old, new):
        return False
    if new.index != old.index and (_separate(new, old, pack) or _separate(old, new, pack)):
        return False
    if _put_off_without(new, old) or _put_off_without(old, new):
        return False
    if _off_elsewhere(new, old) or _off_elsewhere(old, new):
        return False
    hosting = _host_of_its_guests(new, old) or _host_of_its_guests(old, new)
    if (
        new.specific
        and old.specific
        and not hosting
        and not (_visit_told_closer(new, old) or _visit_told_closer(old, new))
    ):
        shared = name_one_alike(new, old) or _one_body(new, old)
        # (a summit held by video is a summit: "un sommet extraordinaire par visioconférence ...
        # lors du sommet de vendredi")
        same = new.start == old.start and (new.kind == old.kind or "videoconference" in (new.kind, old.kind))
        if not shared and not (same and (_refers_back(new, pack) or _refers_back(old, pack))):
            return False
    specific_new = {r for r in new.roles if r not in generic}
    specific_old = {r for r in old.roles if r not in generic}
    if specific_new and specific_old and not specific_new & specific_old:
        # a foreign minister's trip joins the foreign ministers' meeting she travels to
        visit = "visit" in (new.kind, old.kind) and new.index != old.index
        # (nor one body's summit told twice, once by whom a state sends to it: "Lavrov will lead
        # Moscow's delegation to the BRICS summit next month ... The 15th BRICS summit will take
        # place from August 22 to 24")
        summit = (
            new.kind == old.kind == "summit"
            and new.index != old.index
            and bool(set(new.organisations) & set(old.organisations))
        )
        if not (visit and _one_office(specific_new, specific_old)) and not summit:
            return False
    return hosting or not (
        "summit" in (new.kind, old.kind)
        and new.kind != old.kind
        and specific_new != specific_old
        # "heads of state gather this weekend ... the opening ceremony of the summit": the summit
        # told again, by leaders
        and not (
            (specific_new | specific_old) <= _LEADERS
            # (or "the summit", of no one, told beside the leaders' meeting: "Die Staats- und
            # Regierungschefs beraten am Donnerstag per Video ... Der Gipfel beginnt um 15 Uhr")
            and (
                _refers_back(new, pack)
                or _refers_back(old, pack)
                or _one_unnamed_on_its_days(new, old)
                or _leaders_on_a_day_of_it(new, old)
                or _leaders_on_a_day_of_it(old, new)
            )
        )
    )


def _host_of_its_guests(host: Candidate, gathering: Candidate) -> bool:
    """True when one person receives his "counterparts", and no one else he names (his own
    country aside), in the town of a body's gathering of several days, on one of its days ("Le sommet du G7 s'ouvre
    samedi à Biarritz pour trois jours ... Emmanuel Macron recevra ses homologues samedi soir
    pour un dîner"): the host of the gathering, whose guests are its members."""
    if len(host.people) != 1 or host.organisations or set(host.roles) != {"counterparts"}:
        return False
    if (
        not gathering.organisations
        or gathering.kind not in _MEETINGS_OF_BODIES
        or not (_days(host) and _days(gathering))
    ):
        return False
    if gathering.start == gathering.end or not _holds(gathering, host):
        return False
    town = _city_of(gathering)
    if town is None or gathering.place is None or not set(host.countries) <= {gathering.place.country}:
        return False  # (the host's own country only: "le président lituanien ... à Vilnius")
    # in the gathering's town, or at a venue of no town told ("au palais présidentiel")
    return host.place is None or _city_of(host) == town


def _one_unnamed_on_its_days(new: Candidate, old: Candidate) -> bool:
    """True when one of two meetings told on days (never a week or month: "a summit at the end
    of June" is not the leaders' meeting of the 24th) names no one, so cannot be another's."""
    days = new.precision is DatePrecision.DAY and old.precision is DatePrecision.DAY
    return days and not (new.roles and old.roles)


def _leaders_on_a_day_of_it(day: Candidate, vague: Candidate) -> bool:
    """True when a summit told in a week or month is told again a sentence or two on, on a day
    of it, by leaders whom no name or organisation makes another meeting's, with a verb and no
    meeting noun of their own ("Bolsonaro travels to the Mercosur summit in Argentina next week.
    The heads of state meet on Wednesday in Santa Fe"): the summit's day ("an informal special
    meeting of leaders on Sunday, 24 June" before the summit at the end of June is another)."""
    if vague.kind != "summit" or day.precision is not DatePrecision.DAY or not 0 < day.index - vague.index <= 2:
        return False
    if not day.cue.verb:
        return False
    if vague.precision not in (DatePrecision.WEEK, DatePrecision.MONTH) or day.organisations or day.people:
        return False
    if day.start is None or vague.start is None or vague.end is None:
        return False
    if not (day.roles and set(day.roles) <= _LEADERS and vague.start <= day.start <= vague.end):
        return False
    here, there = day.place, vague.place
    return here is None or there is None or here.country == there.country


def _visit_told_closer(day: Candidate, vague: Candidate) -> bool:
    """True when a visit to a country in a week or month is told again, a sentence or two on,
    on a day of that week in one of its cities ("Mexico's president comes to Germany next week
    on a state visit. The federal president receives the guest in Berlin on Monday"): one
    visit, whoever the second sentence names (the host)."""
    if day.kind != "visit" or vague.kind != "visit" or not 0 < day.index - vague.index <= 2:
        return False
    if day.precision is not DatePrecision.DAY or vague.precision not in (DatePrecision.WEEK, DatePrecision.MONTH):
        return False
    here, there = day.place, vague.place
    return (
        here is not None
        and there is not None
        and there.level == "country"
        and here.level in ("city", "venue")
        and here.country == there.country
    )


def _summit_inside(inner: Candidate, outer: Candidate) -> bool:
    """True when a summit is told on its own days, in its own sentence, inside the longer span
    of another kind of meeting: "COP22 opens on Monday and runs until the 18th ... The King
    chairs an African summit on Wednesday 16 November" is a summit beside the conference (as a
    summit during a state visit is), not the conference told again."""
    if inner.kind != "summit" or outer.kind == "summit" or inner.index == outer.index:
        return False
    if inner.precision is not DatePrecision.DAY or outer.precision is not DatePrecision.DAY:
        return False
    if inner.start is None or inner.end is None or outer.start is None or outer.end is None:
        return False
    return outer.start < inner.start and inner.end <= outer.end


def _series_inside(inner: Candidate, outer: Candidate) -> bool:
    """True when a meeting series of an organisation meets on one day of that organisation's
    own meeting of several days, which does not name the series ("the ASEAN summit runs from
    Tuesday to Thursday; on its last day the ten meet their partners at the East Asia Summit")."""
    assert inner.start
    assert inner.end
    assert outer.start
    assert outer.end
    if not (
        outer.start <= inner.start and inner.end <= outer.end and (inner.start, inner.end) != (outer.start, outer.end)
    ):
        return False
    for name in inner.organisations:
        found = organisation(name)
        if found is not None and found.kind == "series" and found.parent in outer.organisations:
            return name not in outer.organisations
    return False


def _gathering_during_visit(visit: Candidate, gathering: Candidate) -> bool:
    """True when a visit of several days and a gathering of several days have different
    spans ("a state visit from Wednesday 13 to Saturday 16 ... the Leaders' Meeting on Friday
    15 and Saturday 16"): the guest attends the gathering during his visit; they are two."""
    if visit.kind != "visit" or gathering.kind in ("visit", "call", "talks"):
        return False
    if not (_days(visit) and _days(gathering)):
        return False
    spans = [(c.start, c.end) for c in (visit, gathering)]
    return all(end > start for start, end in spans) and spans[0] != spans[1]  # type: ignore[operator]


def _others_during_visit(visit: Candidate, other: Candidate) -> bool:
    """True when a meeting told on its own day during a visit names its people and the visitor
    is none of them ("Lula's official visit from Saturday to Monday ... On Sunday, the foreign
    ministers of Iran, Brazil and Turkey - Mottaki, Amorim and Davutoğlu - will meet"): other
    people's meeting, not a part of the visit."""
    if visit.kind != "visit" or other.kind == "visit" or visit.index == other.index:
        return False
    if not visit.people or not other.people or not _days(visit) or visit.start == visit.end:
        return False
    return not any(named_in(other.sentence, name) for name in visit.people)


def _elsewhere_during_visit(visit: Candidate, other: Candidate) -> bool:
    """True when a meeting told on its own day during a trip of several days is in another city
    than the one the trip is placed in, or, for a trip told without a place, in a country the
    trip does not name ("reist vom 10. bis 15. März nach Südamerika ... Am Nachmittag trifft er
    in Santiago Aussenminister van Klaveren"): a stop of a tour, not the trip told again."""
    if visit.kind != "visit" or other.kind == "visit" or visit.index == other.index:
        return False
    if not _days(visit) or visit.start == visit.end or other.start != other.end:
        return False
    there = _city_of(other)
    if there is None or other.place is None:
        return False
    if visit.place is None:
        # a trip told without its place ("reist nach Südamerika") holds a stop in a country it
        # names ("زيارة عمل إلى موريتانيا" ... "محادثات في نواكشوط"), not one elsewhere
        return other.place.country not in visit.countries
    here = _city_of(visit)
    return here is not None and here != there


def _city_of(candidate: Candidate) -> str | None:
    place = candidate.place
    if place is None or place.level not in ("city", "venue"):
        return None
    return place.city or place.name


def _put_off_without(off: Candidate, going: Candidate) -> bool:
    """True when a meeting told as put off or called off names someone the sentence of one told
    as going ahead never mentions, and that one names people of its own ("Borrell had been due
    to hold talks with Qin Gang from Thursday" put off; "On Friday she meets her counterpart Qin Gang in Beijing", of another
    minister's trip that stands): the second is someone else's meeting, not the first told again."""
    if off.index == going.index or going.status is not Status.CONFIRMED or off.status is Status.CONFIRMED:
        return False
    if going.change is not None or off.change is None or off.change.action is ChangeAction.RESCHEDULE:
        return False
    if not set(going.people) - set(off.people) and not set(going.organisations) - set(off.organisations):
        # "the talks were to be held at the Palace of Serbia": the put-off one's, told again (but
        # "Obama will still go to St. Petersburg for the G20 summit" is the G20's, not the Moscow
        # summit with Putin he called off)
        return False
    if going.organisations and not off.organisations and going.people and off.people:
        # "Obama hat das Gipfeltreffen mit Kremlchef Putin in Moskau abgesagt ... Zum G20-Gipfel am
        # 5. und 6. September will Obama trotzdem reisen": a body's summit is not the summit of
        # no body called off (a cancellation missed costs less than one wrongly shown)
        return True
    if (
        going.organisations
        and not (off.organisations or off.countries or off.people)
        and (off.start, off.end)
        != (
            going.start,
            going.end,
        )
    ):
        # "Der reguläre Frühjahrsgipfel in Brüssel, ursprünglich für Donnerstag und Freitag
        # angesetzt, war abgesagt worden" beside the G20's summit by video on that Thursday: a
        # summit of no one named, on other days, is not the body's told again
        return True
    return any(" " in person and not named_in(going.sentence, person) for person in off.people)


def _off_elsewhere(off: Candidate, going: Candidate) -> bool:
    """True when a meeting called off or put off was in one city and one told as going ahead
    is in another ("the G8 summit planned for June in Sochi would not take place. Instead
    they will meet on June 4-5 in Brussels"): the one held instead, not the first told again."""
    if off.index == going.index or going.status is not Status.CONFIRMED or off.status is Status.CONFIRMED:
        return False
    if going.change is not None or off.change is None or off.change.action is ChangeAction.RESCHEDULE:
        return False
    here, there = off.place, going.place
    return (
        here is not None
        and there is not None
        and here.city is not None
        and there.city is not None
        and here.city != there.city
    )


def _one_office(first: set[str], second: set[str]) -> bool:
    """True when the two name an office in common, one holder or several ("foreign minister"
    joins "foreign ministers": she attends their meeting)."""
    return bool({r.removesuffix("s") for r in first} & {r.removesuffix("s") for r in second})


def _told_by_another(new: Candidate, old: Candidate) -> bool:
    """True when one's day is told by another meeting ("a meeting of the NATO-Ukraine
    Commission on the summit's first day") and nothing it names is the other's: the summit
    it counts from is not that meeting."""
    if new.mention.qualifier != "anaphoric" or not new.specific:
        return False
    if not name_one_alike(new, old):
        return True
    if new.people and old.organisations and not set(old.organisations) & set(new.organisations):
        # "in Berlin late in November, in the Normandy format ... The same day Lavrov and Gabriel
        # hold bilateral talks there": people's own talks on the day of a body's meeting
        return True
    # ("The two foreign ministers now meet in Moscow on Tuesday ... The same day Lavrov receives
    # his Armenian counterpart": each names a state the other does not)
    return bool(set(new.countries) - set(old.countries)) and bool(set(old.countries) - set(new.countries))


def _readies(new: Candidate, old: Candidate, pack: LanguagePack) -> bool:
    """True when one is told as readying a meeting of the other's kind, named after its own
    meeting word ("the envoy will travel to Pristina later this week to prepare the meeting"):
    the trip that prepares a meeting is not that meeting."""
    prepares: re.Pattern[str] | None = pack.extra.get("prepares_for")
    if prepares is None or new.index == old.index:
        return False
    sentence, after = new.sentence, new.cue.end
    return any(
        cue.start > after
        and cue.kind == old.kind
        and prepares.search(sentence, max(after, cue.start - 60), cue.start) is not None
        for cue in find_cues(sentence, pack)
    )


def _told_apart_from(new: Candidate, old: Candidate, pack: LanguagePack) -> bool:
    """True when one's sentence sets it after or before a meeting of the other's kind ("After
    the summit, the Prime Minister will pay an official visit to Australia"): it is not that
    meeting. The pack's ``sequenced`` words stand right before that meeting word."""
    if "sequenced" not in pack.extra or new.index == old.index:
        return False
    sentence = new.sentence
    told = {old.kind} | {cue.kind for cue in find_cues(old.sentence, pack)}  # "the special summit ... dialogue"
    return any(
        cue.start != new.cue.start
        and cue.kind != new.kind
        and cue.kind in told
        and told_after(sentence, cue, pack) is not None
        for cue in find_cues(sentence, pack)
    )


def _beside_it(new: Candidate, old: Candidate, pack: LanguagePack) -> bool:
    """True when one's sentence holds it on the sidelines of the other ("les dirigeants du Quad se
    retrouveront en marge du G7 d'Hiroshima, samedi" beside the G7 summit): a meeting beside a
    summit is not that summit, though it shares its day, its place and its organisation."""
    beside: re.Pattern[str] | None = pack.extra.get("beside_of")
    if beside is None or new.index == old.index or new.kind == "visit":
        return False  # (a visit to a summit's city, with talks on its sidelines, is the summit's)
    sentence = new.sentence
    for cue in find_cues(sentence, pack):
        if (
            cue.start != new.cue.start
            and cue.kind == old.kind
            and beside.search(sentence, max(0, cue.start - 40), cue.start)
        ):
            return True
    return any(
        found.value in old.organisations and beside.search(sentence, max(0, found.start - 40), found.start)
        for found in find_organisations(sentence, pack)
    )


def _separate(candidate: Candidate, other: Candidate, pack: LanguagePack) -> bool:
    """True when the text says the meeting is another one ("a separate meeting of Putin and
    Lukashenko", "another round of talks"): not the meeting told before (``other``)."""
    separate: re.Pattern[str] | None = pack.extra.get("separate")
    cue = candidate.cue
    if separate is not None and separate.search(candidate.sentence, max(0, cue.start - 40), cue.start) is not None:
        return True
    # a sentence that opens so: "Separately, the contact group ... will meet in Minsk on Wednesday as well"
    opening: re.Pattern[str] | None = pack.extra.get("separate_opening")
    # (told again after it, it is the same: "... will meet in Paris next week. Colonna will host them
    # on Thursday")
    return opening is not None and other.index < candidate.index and opening.match(candidate.sentence) is not None


def name_one_alike(new: Candidate, old: Candidate) -> bool:
    """True when the two name one organisation, country or person in common ("King Felipe"
    is "King Felipe VI")."""
    return bool(
        set(new.organisations) & set(old.organisations)
        or set(new.countries) & set(old.countries)
        or {without_numeral(p) for p in new.people} & {without_numeral(p) for p in old.people}
    )


def _one_body(new: Candidate, old: Candidate) -> bool:
    """True when one names an organisation and the other one of its bodies, as one meeting
    of one kind from one first day ("EU leaders will confer by video tonight" and "the European Council's
    videoconference at 18:00"); never two different bodies of one organisation (the NATO-Russia
    Council and the NATO Military Committee meet the same day, apart)."""
    if new.kind != old.kind or new.start != old.start:
        return False  # a session of the General Assembly and a talk with the UN chief that week
    bodies_new, bodies_old = _bodies(new), _bodies(old)
    if bodies_new and bodies_old and not bodies_new & bodies_old:
        return False
    return any(related(a, b) for a in new.organisations for b in old.organisations)


def _bodies(candidate: Candidate) -> set[str]:
    found = (organisation(o) for o in candidate.organisations)
    return {o.id for o in found if o is not None and o.kind == "body"}


def _refers_back(candidate: Candidate, pack: LanguagePack) -> bool:
    """True when a candidate names its meeting only by referring back to one told before
    ("the inaugural session of the summit will begin at noon on Thursday, where President
    Zardari takes the chair"): no organisation or country of its own, and none of its people
    named in its meeting's words. Who it names then attends the meeting told before."""
    if candidate.organisations:
        return False
    cue = candidate.cue
    start = referring_words(candidate.sentence, cue, pack)
    if start is None:
        return False
    words = candidate.sentence[start : cue.end + 40]
    if candidate.countries and any(m.value in candidate.countries for m in find_countries(words, pack)):
        return False  # "the Franco-German talks": a meeting of its own
    # a country named later, of someone who attends ("the meeting will open on Thursday at
    # 9.30, in the presence of the American Secretary of State"), is no meeting of its own
    return not any(person.split()[-1] in words for person in candidate.people)


def _apart(new: Candidate, old: Candidate, pack: LanguagePack) -> bool:
    """True when the text puts the two in different cities ("in Washington" and "in
    Baden-Baden"): one meeting is not in two places. A city and its country, a venue and
    its city, a place only one of them names, or the place of a sentence that only refers
    back (whose place may be the reporter's) do not part them."""
    a, b = new.place, old.place
    if a is None or b is None:
        return False
    if (a.level == "online") != (b.level == "online"):
        # a trip to a city is not the videoconference told beside it ("will travel to Kyiv in
        # January" and "Friday's videoconference"); otherwise a call may be a meeting's link
        trip = new if b.level == "online" else old
        return trip.kind == "visit" and trip.place_source == "explicit"
    if new.place_source != "explicit" or old.place_source != "explicit":
        return False
    if any(c.needs_context and not _placed_between(c, pack) for c in (new, old)):
        # "the talks were set for tomorrow, a spokeswoman told reporters in Washington": a
        # sentence that needs another for who meets may take its place from the reporter,
        # unless the place stands between its meeting word and its date ("Die Sondersitzung des
        # Gremiums in New York beginnt am Freitag")
        return False
    if a.level == "online":
        return False
    if a.country and b.country and a.country != b.country:
        return True
    return bool(a.city and b.city and a.city != b.city)


def _placed_between(candidate: Candidate, pack: LanguagePack) -> bool:
    """True when the candidate's place is named between its meeting word and its date, or
    just after the later of them with no comma between ("Diese kommen heute ebenfalls in
    Berlin zusammen"; but not "..., a spokeswoman told reporters in Washington")."""
    lo, hi = sorted((candidate.cue.end, candidate.mention.start))
    end = max(candidate.cue.end, candidate.mention.end)
    sentence = candidate.sentence
    return any(
        found.place == candidate.place
        and (
            lo <= found.start < hi
            or (end <= found.start <= end + 25 and not re.search(r"[,;:.]", sentence[end : found.start]))
        )
        for found in find_places(sentence, pack)
    )


def _other_bodies(new: Candidate, old: Candidate) -> bool:
    """True when each names organisations and none is the other's or one's body ("the G20
    summit" and "the UN climate conference"; but "the UN" and "the Security Council" may be
    one): one person attending both does not make them one meeting."""
    if not new.organisations or not old.organisations:
        return False
    return not any(related(a, b) for a in new.organisations for b in old.organisations)


def _dates_fit(new: Candidate, old: Candidate) -> bool:
    assert new.start
    assert new.end
    assert old.start
    assert old.end
    if new.precision is DatePrecision.DAY and old.precision is DatePrecision.DAY:
        return new.start <= old.end and old.start <= new.end
    if old.precision is DatePrecision.DAY:
        return new.start <= old.start <= new.end
    if new.precision is DatePrecision.DAY:
        return old.start <= new.start <= old.end
    return new.start <= old.end and old.start <= new.end
