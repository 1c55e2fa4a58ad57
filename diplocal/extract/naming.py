"""Titles: composed in English from a meeting's canonical parts (its series or organisation,
who meets, the kind of meeting, where), so one calendar reads alike whatever language the
news came in; and the phrase that named it in the article, kept as the original title."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from diplocal.places import country_name, lineage, organisation
from diplocal.text import latin_script, romanised

_MAX_WORDS = 12

# How titles shorten a few country names when two are joined ("Russia-US talks").
_SHORT = {"US": "US", "GB": "UK", "AE": "UAE", "KP": "North Korea", "KR": "South Korea", "CD": "DR Congo"}
# The English word for each kind of meeting, when the cue gives no better head noun.
_KIND_WORDS = {
    "summit": "summit",
    "talks": "talks",
    "meeting": "meeting",
    "ministerial": "ministerial meeting",
    "conference": "conference",
    "visit": "visit",
    "videoconference": "videoconference",
    "call": "phone call",
}
# Family name first: the short given names of Chinese, Korean and Vietnamese leaders.
_FAMILY_FIRST = re.compile(r"^[A-Z][a-z]{0,2}$")
# A Korean given name with its hyphen ("Jae-in") follows a family name of up to five letters.
_KOREAN_FAMILY = re.compile(r"^[A-Z][a-z]{0,4}$")
# Korea's commonest family names as romanised in the news (no package lists them): a three-word
# name opening with one, its given syllables short, is called by it.
_KOREAN_FAMILIES = frozenset(
    "Kim Lee Park Choi Choe Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong"
    " Moon Roh Chun Chung Ban Hahn".split()
)
# China's commonest family names of three letters or more, romanised (no package lists them):
# a two-word name opening with one is called by it ("Wang Yi", "Zhang Gaoli", "Qin Gang").
_CHINESE_FAMILIES = frozenset(
    "Wang Zhang Liu Chen Yang Huang Zhao Zhou Sun Zhu Guo Lin Luo Gao Zheng Liang Xie Tang Feng Deng Cao"
    " Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Cheng Wei Ding Shen Yao Qin Wen Jia Qian Yin Kong Bai"
    " Qiu Fang Xiong Meng Lei Hou Duan Shi Lou Hao".split()
)
# What a role may start with that a title leaves out ("the presidents", "their leaders").
_DETERMINER = re.compile(r"^(?:the|their|its|his|her|both|all)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class TitleParts:
    """What a title is made of: canonical ids and English words only."""

    kind: str
    head: str | None = None  # the English head noun the text used ("state visit", "session")
    organisations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # English, lower case ("foreign ministers")
    modifier: str | None = None  # "emergency", "extraordinary", "informal"...
    ordinal: str | None = None  # "13th"
    place: str | None = None  # for visits: where to
    topic: str | None = None  # a word of the subject the text puts before the noun ("trade talks")
    partners: tuple[str, ...] = ()  # countries the phrase naming the meeting joins to an organisation


def compose_title(parts: TitleParts) -> str:
    """A title a person would write: the series or format when there is one ("13th BRICS
    Summit", "G7 foreign ministers' meeting"), else who meets whom ("Xi-Biden summit",
    "Russia-US talks", "Modi's visit to Japan"), never a fragment of the sentence."""
    noun = parts.head or _KIND_WORDS.get(parts.kind, "meeting")
    if noun == "ministerial meeting" and _group_role(parts.roles):
        noun = "meeting"  # "EU foreign ministers' meeting", not "... ministers' ministerial meeting"
    last = noun.split()[-1].casefold()
    if any(org.split()[-1].casefold() == last for org in parts.organisations if " " in org):
        noun = "meeting"  # "ASEAN Regional Forum foreign ministers' meeting", not "... forum"
    if parts.topic and parts.topic not in noun:
        noun = f"{parts.topic} {noun}"
    parts = replace(parts, organisations=_most_specific_first(parts.organisations))
    title = _series(parts, noun) or _who(parts, noun)
    words = title.split()
    if len(words) > _MAX_WORDS:
        title = " ".join(words[:_MAX_WORDS])
    return title[:1].upper() + title[1:]


def _most_specific_first(orgs: tuple[str, ...]) -> tuple[str, ...]:
    """Bodies before the organisations above them: "NATO-Russia Council" before "NATO"."""
    return tuple(sorted(orgs, key=lambda o: -sum(1 for other in orgs if other != o and other in lineage(o))))


def _series(parts: TitleParts, noun: str) -> str | None:
    for org_id in parts.organisations:
        org = organisation(org_id)
        if org is None:
            continue
        named = org.series.get(parts.kind) or (org_id if org.kind == "series" else None)
        if named:
            return _prefixed(parts, named, modifier=True)
    return None


def _prefixed(parts: TitleParts, name: str, *, modifier: bool = False) -> str:
    """A name with its ordinal ("13th"), and its modifier when the name has none in it."""
    prefix = " ".join(p for p in (parts.ordinal, parts.modifier if modifier else None) if p)
    return f"{prefix} {name}" if prefix else name


def _who(parts: TitleParts, noun: str) -> str:
    visit = parts.kind == "visit" and ("visit" in noun or noun == "tour")
    role = _group_role(parts.roles)
    noun = f"{parts.modifier} {noun}" if parts.modifier else noun
    if visit:
        return _visit_title(parts, noun)
    if parts.organisations:
        org = parts.organisations[0]
        if role and role.casefold().startswith(org.casefold() + " "):
            role = role[len(org) + 1 :]  # "Mercosur presidents": the organisation's, named once
        if role and "Council of the EU" in lineage(org) and org.endswith("Council"):
            role = None  # "Foreign Affairs Council meeting": the EU Council's configuration says who sits in it
        if role:
            return _prefixed(parts, f"{org} {role}' {noun}" if role.endswith("s") else f"{org} {role}'s {noun}")
        partners = [_country(c) for c in parts.partners if country_name(c) not in org and _country(c) not in org]
        if partners:
            return _prefixed(parts, f"{'-'.join([org, *partners])} {noun}")  # "EU-India trade talks"
        return _prefixed(parts, f"{org} {noun}")
    surnames = list(dict.fromkeys(_written(p) for p in parts.people))  # "Reagan" and "Nancy Reagan": one name
    by_name = f"{'-'.join(surnames[:3])} {noun}"
    # names in another script say less to an English reader than their countries do
    in_script = not all(latin_script(p) for p in parts.people)
    if (
        len(surnames) >= 2
        and (len(by_name.split()) <= _MAX_WORDS - 2 or len(parts.countries) < 2)
        and not (in_script and len(parts.countries) >= 2)
    ):
        return _prefixed(parts, by_name)
    # names too long for a title ("Sheikh Tamim bin Hamad Al Thani"): their countries say it
    if len(parts.countries) >= 2:
        return _prefixed(parts, f"{'-'.join(_country(c) for c in parts.countries[:3])} {noun}")
    if parts.people:
        return _prefixed(parts, f"{_written(parts.people[0])}'s {noun}")
    if role:
        return _prefixed(parts, f"{role}' {noun}" if role.endswith("s") else f"{role}'s {noun}")
    if parts.countries:
        return _prefixed(parts, f"{_country(parts.countries[0])} {noun}")
    return _prefixed(parts, f"{noun} in {parts.place}" if parts.place and parts.place != "virtual" else noun)


def _visit_title(parts: TitleParts, noun: str) -> str:
    """ "Modi's visit to Japan": the visitor (a person, else a country other than the host)."""
    host = None
    if parts.place:
        from diplocal.places import place as place_named

        found = place_named(parts.place)
        host = found.country if found else None
    visitor = _written(parts.people[0]) if parts.people else None
    if visitor is None:
        guests = [c for c in parts.countries if c != host]
        visitor = _country(guests[0]) if guests else (parts.organisations[0] if parts.organisations else None)
    where = f" to {parts.place}" if parts.place else ""
    return f"{visitor}'s {noun}{where}" if visitor else f"{noun}{where}"


def _written(name: str) -> str:
    """The surname a title writes, in Latin letters when the news wrote it in Cyrillic
    ("Лавров" -> "Lavrov")."""
    return romanised(surname(name))


def _group_role(roles: tuple[str, ...]) -> str | None:
    """The role a title names: a group ("foreign ministers", "leaders"), not one office."""
    for role in roles:
        role = _DETERMINER.sub("", role)
        if role in ("minister", "ministers", "counterparts", "counterpart") or " of " in role or " from " in role:
            continue
        return role if role.endswith("s") else role + "s"
    return None


def _country(code: str) -> str:
    return _SHORT.get(code) or country_name(code)


_REGNAL = re.compile(r"[IVX]+")  # "Charles III"


def without_numeral(name: str) -> str:
    """A name without its regnal number: "King Felipe VI" -> "King Felipe"."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and _REGNAL.fullmatch(words[-1]) else name


def named_in(sentence: str, person: str) -> bool:
    """True when a sentence names a person by any of the words of his name ("Lula" of "Luiz
    Inácio Lula da Silva"); a particle such as "da" is none, and a script without capitals,
    Arabic, has every word."""
    return any(word in sentence for word in person.split() if not word.islower())


def surname(name: str) -> str:
    """The name a title uses: "Biden" of "Joe Biden", "Xi" of "Xi Jinping", "King Charles III"."""
    words = _POSSESSIVE.sub("", name).split()  # "Putin's" names Putin
    if words[0] in ("King", "Queen", "Prince", "Emir", "Amir", "Sheikh", "Pope", "Sultan", "Crown"):
        return " ".join(words)
    if len(words) >= 2 and re.search(r"-[a-z]", words[-1]) and _KOREAN_FAMILY.match(words[0]):
        return words[0]  # "Moon Jae-in"
    family_first = (len(words) == 2 and len(words[0]) <= 2) or (  # "Xi Jinping", "Hu Jintao", "Li Qiang"
        # "Kim Jong Un", "Lee Hsien Loong": given names of short syllables ("Ram Nath Kovind" is no such name)
        len(words) >= 3 and len(words[0]) <= 3 and len(words[-1]) <= 5
    )
    if family_first and _FAMILY_FIRST.match(words[0]):
        return words[0]
    if len(words) == 2 and words[0] in _CHINESE_FAMILIES and words[1].isalpha() and words[1][1:].islower():
        return words[0]  # "Wang Yi", "Qin Gang"
    if len(words) == 3 and words[0] in _KOREAN_FAMILIES and all(len(w) <= 4 for w in words[1:]):
        return words[0]  # "Yoon Suk Yeol", "Moon Jae In": a Korean name's syllables written apart
    if len(words) >= 2 and _REGNAL.fullmatch(words[-1]):
        return " ".join(words[-2:])  # "Charles III", not "III"
    first = len(words) - 1
    while first > 1 and (words[first - 1] in PARTICLES or words[first - 1] in ("Al", "El")):
        first -= 1  # "Le Drian", "von der Leyen", "de la Fuente", "Al Thani"
    return " ".join(words[first:])


# The small words a surname may begin with (in any case at the head of a name part: "Le Drian").
PARTICLES = frozenset("le la de del della di da du dos das van von der den ter Le La De Del Van Von Da Di Du".split())
