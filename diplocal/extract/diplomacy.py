"""Whether a meeting is between governments or international bodies, not a company's,
a parliament's or a market's (pure; the words are the pack's)."""

from __future__ import annotations

import re

from diplocal.extract.lang import LanguagePack
from diplocal.extract.spans import Cue
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.names import find_countries, find_organisations
from diplocal.extract.tag.words import find_cues, referring_words
from diplocal.extract.titles import noun_phrase, place_in_name
from diplocal.places import Place, organisation

_SUBJECT = 45  # the head of a sentence where its subject, a company, stands
_MATCH = 40  # how near a meeting word a match's words make it a match


def diplomatic(
    sentence: str,
    clause: str,
    cue: Cue,
    orgs: list[str],
    countries: list[str],
    people: list[str],
    roles: list[str],
    place: Place | None,
    home: str | None,
    pack: LanguagePack,
    untitled: frozenset[str] = frozenset(),
) -> str | None:
    """Whether the meeting is between governments or international bodies: "yes", "context"
    (a sentence that only refers back, "the meeting", judged with the article around it) or
    None.

    International organisations, two or more countries, an official's visit abroad (``home``
    is the dateline's country), a named summit, or a group of ministers from several countries
    make it diplomatic. People in ``untitled`` were named without an office ("Tim Cook and
    Satya Nadella"): they say who meets, but two of them alone make no meeting diplomatic.
    """
    rx = pack.rx
    sport = pack.extra.get("sport")
    if sport is not None and sport.search(sentence, max(0, cue.start - _MATCH), min(len(sentence), cue.end + _MATCH)):
        return None  # "the national team meets its Tanzanian counterpart on Tuesday": a match
    window = rx.reporting.sub(" ", sentence[max(0, cue.start - 70) : cue.end + 70])
    owned = pack.extra.get("owned_meeting")
    owner = owned.search(sentence, max(0, cue.start - 40), cue.end) if owned is not None else None
    if owner is not None and owner.end() > cue.start:
        named = owner.group("owner")
        if not find_organisations(named, pack) and not find_countries(named, pack):
            return None  # "Boeing's own annual meeting": a company's, whatever bodies the sentence names
    if rx.corporate.search(window) and not orgs:
        return None
    # "se celebrará un foro empresarial UE-América Latina": what is held (or the meeting word's own
    # phrase) is a business event, whatever bodies attend it
    if any(
        (found.start() <= cue.start and cue.end < found.end()) or (cue.verb and 0 <= found.start() - cue.end <= 12)
        for found in rx.corporate.finditer(sentence, max(0, cue.start - 30), cue.end + 40)
    ):
        return None
    private: re.Pattern[str] | None = pack.extra.get("private_gathering")
    if private is not None and not cue.verb and not orgs and private.match(sentence, cue.end):
        return None  # "a conference of conservative activists": people who hold no office
    titled = [p for p in people if p not in untitled]
    company = rx.corporate.search(sentence)  # searched whole: an end position would cut "Costa" to "Co"
    if not (orgs or titled or roles) and company is not None and company.end() <= min(cue.start, _SUBJECT):
        return None  # "Earthworm Tractor Co Inc said it accepted an invitation ... to visit the Soviet Union"
    theirs = cue.verb or rx.possessive_before.search(sentence[max(0, cue.start - 25) : cue.start])
    if (
        theirs
        and not find_organisations(noun_phrase(sentence, cue, pack), pack)
        and rx.private_subject.search(sentence[max(0, cue.start - 90) : cue.start])
    ):
        return None  # "European coffee traders ... at the end of their meeting", "banks are meeting"
    if (
        not cue.verb
        and not people
        and not orgs
        and rx.possessive_before.search(sentence[max(0, cue.start - 25) : cue.start])
        and rx.domestic.search(clause[: max(0, clause.find(cue.word))])
        and not rx.body_anaphor.search(clause)  # "the agency's Board of Governors, which begins its meeting"
    ):
        return None  # "The Political Consultative Conference ... will begin its annual session": the body's own
    if cue.verb and cue.strength < 0.6:
        # "discuss", "review": a meeting only when governments' people do it.
        return "yes" if orgs or len(countries) >= 2 or any(rx.group_role.search(r) for r in roles) else None
    if any(
        found.start() <= cue.start < found.end()
        for found in rx.domestic.finditer(sentence, max(0, cue.start - 40), min(len(sentence), cue.end + 40))
    ):
        return None  # "la Asamblea Legislativa votará el martes el préstamo del BID": a parliament's own
    if orgs and all(_chamber(o) for o in orgs) and not people and not countries and cue.kind not in ("visit", "talks"):
        return None  # "the newly elected MEPs meet in Strasbourg on July 2": the chamber's own sitting
    if not orgs and _routine_sitting(sentence, cue, pack):
        return None  # "the Sovereign Council will hold its weekly meeting": a body's own routine
    if orgs:
        return "yes"
    if cue.kind == "summit" and place_in_name(noun_phrase(sentence, cue, pack), pack, sentence):
        return "yes"  # "the Venice summit": a named summit is an international one
    if cue.kind == "summit" and rx.summit_words.search(window):
        return "yes"  # "the seven-nation economic Summit": reporters' words around it do not make it domestic
    # (a verb's object stands past its date, "se reunirá mañana lunes con el presidente
    # colombiano": as far again as the date is long; unless a state's own body is what meets:
    # "le Conseil des ministres se réunira dimanche sous la présidence du chef de l'Etat")
    reach = _MATCH
    if cue.verb and not rx.domestic.search(window):
        reach += sum(m.end - m.start for m in find_dates(sentence, pack) if cue.end <= m.start < cue.end + _MATCH)
    if rx.bilateral.search(sentence, max(0, cue.start - 40), min(len(sentence), cue.end + reach)):
        return "yes"  # "bilateral talks", "a state visit", "his Kenyan counterpart"
    hosts: re.Pattern[str] | None = pack.extra.get("hosts_guest")
    if titled and hosts is not None and hosts.search(clause):
        return "yes"  # "President Biden will welcome him at the White House on Thursday for talks"
    abroad = [c for c in countries if home and c != home]
    if (people or roles) and abroad and not rx.domestic.search(window):
        return "yes"  # "talks with Tajik President Rahmon" (filed in Moscow): a foreign leader
    if place is not None and home and place.country not in (None, home) and (people or roles):
        return "yes"  # "Lavrov will hold talks in Beijing" (filed in Moscow)
    if rx.domestic.search(window):
        # "the agency's Board of Governors": a body of the organisation the article is about
        return "context" if rx.body_anaphor.search(window) else None
    if len(countries) >= 2 or cue.kind in ("summit", "ministerial"):
        return "yes"
    if any(rx.international_role.search(r) for r in roles):
        return "yes"
    visiting = cue.kind == "visit" or any(c.kind == "visit" for c in find_cues(clause, pack))
    if visiting and rx.private_venue.search(sentence, cue.start, min(len(sentence), cue.end + 80)):
        return None  # "will visit Visa's San Francisco headquarters": a company's
    if visiting and (people or countries or roles):
        return "yes"
    if visiting and place is not None and home and place.country not in (None, home):
        return "yes"  # "Baldrige will be in Peking from April 21 to 24" (filed in Washington)
    if any(rx.group_role.search(r) for r in roles) and len(countries) <= 1:
        qualified = len(countries) == 1 and rx.national_group.search(clause)
        return None if qualified else "yes"
    if len(people) >= 2 and any(p not in untitled for p in people):
        return "yes"  # two people, one named with an office at least; names alone could be a company's heads
    offices = pack.extra.get("state_offices")
    if offices is not None and people and countries and len(offices.findall(clause)) >= 2:
        return "yes"  # "the president will meet Chinese President Xi Jinping": two holders of state office
    if len(countries) <= 1 and not people and (rx.anaphor.search(clause) or not cue.verb):
        return "context"  # "the meeting", "in talks tomorrow": who meets is said around it
    instead: re.Pattern[str] | None = pack.extra.get("instead")
    if len(countries) <= 1 and instead is not None and instead.match(sentence):
        return "context"  # "Instead, Mnatsakanyan and Mammadyarov will meet on Tuesday": the one told before
    if len(countries) <= 1 and len(people) <= 1 and referring_words(sentence, cue, pack) == 0:
        # "The meeting will open on Thursday, with the American Secretary of State present":
        # the sentence is about the meeting told before, and names one who attends it
        return "context"
    if len(people) >= 2 and len(countries) <= 1:
        return "context"  # "a meeting of Joe Biden and Xi Jinping": the article says whose offices they hold
    return None


def _routine_sitting(sentence: str, cue: Cue, pack: LanguagePack) -> bool:
    """True when the meeting word is qualified as a body's routine sitting ("its weekly
    meeting", "sa séance hebdomadaire", "اجتماعه الأسبوعي")."""
    routine: tuple[re.Pattern[str], re.Pattern[str]] | None = pack.extra.get("routine_sitting")
    if routine is None:
        return False
    before, after = routine
    return bool(before.search(sentence, max(0, cue.start - 40), cue.start) or after.match(sentence, cue.end))


def _chamber(org_id: str) -> bool:
    # A parliament (the data's "chamber"): its sittings are no meetings between governments,
    # a visit of its president is one
    found = organisation(org_id)
    return found is not None and found.chamber
