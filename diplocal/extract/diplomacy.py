"""Whether a meeting is between governments or international bodies, not a company's,
a parliament's or a market's."""

from __future__ import annotations

import re

from diplocal.extract import cues as cue_words
from diplocal.extract.cues import Cue, find_cues
from diplocal.extract.entities import country_of_place, find_organisations, place_in_name
from diplocal.extract.gazetteer import COUNTRIES
from diplocal.extract.titles import noun_phrase

_ADJECTIVES = sorted({a for c in COUNTRIES for a in c.adjectives if a.isalpha()}, key=len, reverse=True)


# "Japanese officials", "Thai finance ministers": one country's own people.
_NATIONAL_GROUP = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in _ADJECTIVES) + r")\s+(?:[a-z]+\s+){0,2}(?:ministers|officials|leaders)"
)


_ANAPHOR = re.compile(
    r"\b(?:the|this|that|these|its|their)\s+(?:next\s+|first\s+|same\s+)?(?:[a-z]+\s+)?(?:meeting|meetings|conference|talks|"
    r"session|summit|council|committee|negotiations|discussions|gathering|ministers|delegates|delegations|group|trip|visit|tour"
    r"|board|commission|conference|working group)\b",
    re.IGNORECASE,
)


_REPORTING = re.compile(
    r"\b(?:many |most |some |other |industry |market |oil |trade |western |u\.s\. )?(?:analysts|traders|dealers|economists|bankers|"
    r"sources|officials|diplomats|observers|delegates|executives)\s+(?:here |there )?(?:said|say|says|believe[sd]?|expect(?:s|ed)?|"
    r"think|thought|predict(?:s|ed)?|told|not(?:e|ed)|add(?:s|ed)|reported|agreed|doubt(?:s|ed)?)\b",
    re.IGNORECASE,
)


_INTERNATIONAL_ROLE = re.compile(
    r"donors|creditor governments|consultative group|counterparts|dialogue partners|producers|exporters|consumers|importers"
)


_GROUP_ROLE = re.compile(
    r"ministers|governors|heads|leaders|chiefs|secretaries|representatives|negotiators|nations|countries|powers|democracies|officials"
)


def diplomatic(
    sentence: str,
    clause: str,
    cue: Cue,
    orgs: list[str],
    countries: list[str],
    people: list[str],
    roles: list[str],
    place: str | None,
    home: str | None,
) -> str | None:
    """Whether the meeting is between governments or international bodies, not a company's,
    a parliament's or a market's: "yes", "context" (a sentence that only refers back, "the
    meeting", judged with the article around it in coref) or None.

    International organisations, two or more countries, an official's visit abroad (``home``
    is the dateline's country), a named summit, or a group of ministers from several countries
    make it diplomatic.
    """
    window = _REPORTING.sub(" ", sentence[max(0, cue.start - 70) : cue.end + 70])
    if cue_words.is_corporate(window) and not orgs:
        return None
    theirs = cue.verb or re.search(r"\b(?:their|its)\s+(?:[\w-]+\s+)?$", sentence[max(0, cue.start - 25) : cue.start])
    if (
        theirs
        and not names_body(noun_phrase(sentence, cue))
        and _PRIVATE_SUBJECT.search(sentence[max(0, cue.start - 90) : cue.start])
    ):
        return None  # "European coffee traders ... at the end of their meeting", "banks are meeting"
    if cue.verb and cue.strength < 0.6:
        # "discuss", "review": a meeting only when governments' people do it.
        return "yes" if orgs or len(countries) >= 2 or any(_GROUP_ROLE.search(r) for r in roles) else None
    if orgs:
        return "yes"
    if cue.kind == "summit" and place_in_name(noun_phrase(sentence, cue)):
        return "yes"  # "the Venice summit": a named summit is an international one
    if cue.kind == "summit" and re.search(
        r"\b(?:economic|seven-nation|western|world|arab|african|european|nato|g-7)\b", window, re.IGNORECASE
    ):
        return "yes"  # "the seven-nation economic Summit": reporters' words around it do not make it domestic
    if cue_words.domestic_words(window):
        return None
    if len(countries) >= 2 or cue.kind in ("summit", "ministerial"):
        return "yes"
    if any(_INTERNATIONAL_ROLE.search(r) for r in roles):
        return "yes"
    visiting = cue.kind == "visit" or any(c.kind == "visit" for c in find_cues(clause))
    if visiting and _PRIVATE_VENUE.search(sentence, cue.start, min(len(sentence), cue.end + 80)):
        return None  # "will visit Visa's San Francisco headquarters": a company's
    if visiting and (people or countries or roles):
        return "yes"
    if visiting and place and home and country_of_place(place) not in (None, home):
        return "yes"  # "Baldrige will be in Peking from April 21 to 24" (filed in Washington)
    if any(_GROUP_ROLE.search(r) for r in roles) and len(countries) <= 1:
        qualified = len(countries) == 1 and _NATIONAL_GROUP.search(clause)
        return None if qualified else "yes"
    if people and len(people) >= 2:
        return "yes"
    if len(countries) <= 1 and not people and (_ANAPHOR.search(clause) or not cue.verb):
        return "context"  # "the meeting", "in talks tomorrow": who meets is said around it
    return None


_PRIVATE_VENUE = re.compile(
    r"\b(?:headquarters|plant|plants|factory|factories|offices|facility|facilities|mill|mine|refinery|shipyard|showroom)\b"
)


_PRIVATE_SUBJECT = re.compile(
    r"\b(?:traders|roasters|dealers|brokers|companies|executives|shareholders|stockholders|bankers|industrialists|"
    r"businessmen|manufacturers|refiners|(?<!central )(?<!development )(?<!world )banks)\b(?![^.]*\b(?:and|with)\s+(?:government|ministers|officials))",
    re.IGNORECASE,
)


def names_body(text: str) -> bool:
    return bool(find_organisations(text))
