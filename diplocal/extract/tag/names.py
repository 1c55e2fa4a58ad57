"""Who and where in a sentence: organisations, countries, people, roles and places (pure).

Names come from the places module (organisations, countries, cities, venues, in every
language); the pack says how a language writes them (case, word forms, prefixes, the
prepositions before a place). Everything found carries its canonical id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from diplocal.extract.lang import LanguagePack, pack_for
from diplocal.extract.memos import by_text, by_word
from diplocal.extract.spans import Mention
from diplocal.extract.tag.memo import per_text
from diplocal.extract.tag.words import find_cues
from diplocal.places import (
    City,
    Place,
    all_venues,
    capital_of,
    city_in,
    city_names,
    country_adjectives,
    country_combining,
    country_names,
    historic_codes,
    local_city_names,
    organisation_names,
    place_from_city,
    place_from_country,
    place_from_venue,
    region_names,
    region_qualifiers,
    venue_in,
    venue_names,
)
from diplocal.places import city as city_by_name
from diplocal.places import country as country_by_code

# A word, kept whole across inner apostrophes and dots ("d'Ivoire", "U.S."), but not across a
# possessive ("Argentina's" is "Argentina" and "'s").
_TOKEN = re.compile(r"[^\W_]+(?:['’](?!s\b)[^\W\d_]+|\.[^\W\d_]+)*\.?|['’]s\b|\+")
# Regions and points of the compass: places in a sense, never a meeting's venue.
NOT_PLACES = frozenset(
    {"Europe", "Asia", "Africa", "Latin America", "Gulf", "Middle East", "West", "East", "North", "South", "Pacific",
     "Atlantic", "Arctic", "Antarctica", "Americas", "Balkans", "Caucasus", "Sahel", "Levant", "Maghreb"}
)  # fmt: skip


# Words whose keys a language's indexes remember before they start again: news vocabulary is
# mostly a few thousand words; at ~200 bytes a word this keeps the memo under ~6 MB (at
# 100,000 the Reuters run's peak RSS grew by ~30 MB).
_WORDS_KEPT = 30_000
_WORD_MEMOS: dict[tuple[str, bool], dict[str, tuple[str, str | None, str | None]]] = {}


@by_word
def _forget_word_keys() -> None:
    for memo in _WORD_MEMOS.values():
        memo.clear()  # each index holds its memo: emptied in place


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    value: str


class NameIndex:
    """Names (several words each) found in a sentence by their tokens, longest first.

    A token is compared by its key: as written for acronyms, otherwise folded and, for
    languages that inflect names, lemmatised ("Брюсселе" and "Брюссель" share a key).
    """

    def __init__(self, names: Mapping[str, str], pack: LanguagePack, *, inflected: bool) -> None:
        self._pack = pack
        self._inflected = inflected
        self._table: dict[tuple[str, ...], str] = {}
        self._lower_ok: set[tuple[str, ...]] = set()  # names written in lower case ("russe")
        self._longest = 1
        for name, value in names.items():
            key = self._key_of_name(name)
            if not key:
                continue
            self._table.setdefault(key, value)
            if name[:1].islower():
                self._lower_ok.add(key)
            self._longest = max(self._longest, len(key))
        self._first = {key[0] for key in self._table}
        # every start of a name, so that a search stops as soon as no name goes on
        self._prefixes = {key[:size] for key in self._table for size in range(1, len(key) + 1)}
        # The indexes of a language's own pack key words alike: they share one memo.
        shared = pack is pack_for(pack.code)
        self._words = _WORD_MEMOS.setdefault((pack.code, inflected), {}) if shared else {}

    def _token_key(self, token: str) -> str:
        if token.endswith(".") and "." not in token[:-1]:
            token = token[:-1]  # "the European Union." ends a sentence, "St." a word: one key each way
        if (token.isupper() and len(token) <= 6) or (not token.isalpha() and any(c.isdigit() for c in token)):
            return token  # acronyms and codes: as written ("US" is not "us", "G7")
        if not self._inflected:
            return token if self._pack.code == "en" else token.casefold()
        fold = self._pack.extra.get("fold_letters")
        return _name_lemma(fold(token) if fold else token.casefold(), self._pack)

    def _word(self, token: str) -> tuple[str, str | None, str | None]:
        """A token's key, and the token without its prefix ("l'Algérie") with that one's key
        (None, None without one). Remembered by word: news vocabulary repeats, and folding,
        lemmatising and stripping a word cost more than the rest of the search."""
        known = self._words.get(token)
        if known is not None:
            return known
        bare: str | None = None
        bare_key: str | None = None
        strip = self._pack.extra.get("strip_prefixes")
        if strip is not None:
            stripped = strip(token)
            if stripped != token:
                bare, bare_key = stripped, self._token_key(stripped)
        answer = (self._token_key(token), bare, bare_key)
        if len(self._words) >= _WORDS_KEPT:
            self._words.clear()
        self._words[token] = answer
        return answer

    def _key_of_name(self, name: str) -> tuple[str, ...]:
        return tuple(self._token_key(t) for t in _TOKEN.findall(name))

    def find(self, sentence: str) -> list[_Hit]:
        return list(self._find(sentence))

    @lru_cache(maxsize=4096)  # noqa: B019 (one index per language, kept for the process)
    def _find(self, sentence: str) -> tuple[_Hit, ...]:
        remembered = self._words.get
        words = [remembered(token) or self._word(token) for token in _TOKEN.findall(sentence)]
        first = self._first
        if not any(w[0] in first or w[2] in first for w in words):
            return ()  # no name starts with any word of the sentence (most sentences)
        matches = list(_TOKEN.finditer(sentence))
        keys = [w[0] for w in words]
        prefixes = self._prefixes
        table = self._table
        hits: list[_Hit] = []
        index = 0
        count = len(words)
        while index < count:
            key0, bare, bare_key = words[index]
            if key0 not in first and (bare_key is None or bare_key not in first):
                index += 1  # no name starts with this word (most words)
                continue
            heads = [(key0, matches[index].group(0))]
            if bare is not None and bare_key is not None:
                heads.append((bare_key, bare))  # "l'Algérie": the case of "Algérie"
            found = None
            for head, word in heads:
                if head not in first:
                    continue
                reach = 1  # the most words a name starting here can have
                limit = min(self._longest, count - index)
                while reach < limit and (head, *keys[index + 1 : index + reach + 1]) in prefixes:
                    reach += 1
                for size in range(reach, 0, -1):
                    key = (head, *keys[index + 1 : index + size])
                    value = table.get(key)
                    if value is not None and (key in self._lower_ok or not _lower_case(word)):
                        # a proper name counts only when the text capitalises it too:
                        # "la réunion" is a meeting, "La Réunion" the island
                        found = (size, value)
                        break
                if found:
                    break
            if found is None:
                index += 1
                continue
            size, value = found
            hits.append(_Hit(matches[index].start(), matches[index + size - 1].end(), value))
            index += size
        return tuple(hits)


by_text(NameIndex._find)


def _name_lemma(word: str, pack: LanguagePack) -> str:
    """The lemma a word of a name is looked up by; in a language whose lemmas of names must be
    found inside the word (the pack's ``name_lemma_within``), the word itself when its lemma is
    not: "بوليا" (Puglia) is no form of "بالي" (Bali), nor "البلاد" (the country) of the town
    of Balad ("بلد")."""
    lemma = str(pack.lemma(word))
    fold = pack.extra.get("fold_letters")
    if pack.extra.get("name_lemma_within") and fold is not None and fold(lemma) not in fold(word):
        return word
    return lemma


def _lower_case(token: str) -> bool:
    """True when a word of a script with capitals starts with a small letter."""
    first = token[:1]
    return first.islower() and first.upper() != first


def _inflected(pack: LanguagePack) -> bool:
    return bool(pack.extra.get("inflected_names"))


@cache
def _org_index(code: str) -> NameIndex:
    pack = pack_for(code)
    return NameIndex(organisation_names(code), pack, inflected=_inflected(pack))


@cache
def _country_index(code: str) -> NameIndex:
    pack = pack_for(code)
    names: dict[str, str] = {}
    for name, iso in country_names(code).items():
        if _city_of_own_country(name, iso):
            continue  # "Luxembourg", "Singapore": the city is a place, not a participant
        names[name] = iso
    for adjective, iso in country_adjectives(code).items():
        if _city_of_own_country(adjective, iso):
            continue
        names.setdefault(adjective, iso)
        if code == "en" and adjective.isalpha() and not adjective.endswith(("ese", "ish", "ch", "ss")):
            names.setdefault(adjective + "s", iso)  # "Nigerians", "Saudis"
    for first_half, iso in country_combining(code).items():
        names.setdefault(first_half, iso)  # read only before a hyphen: see find_countries
    return NameIndex(names, pack, inflected=_inflected(pack))


@lru_cache(maxsize=8)
def _combining(code: str) -> frozenset[str]:
    """The first halves of compound country adjectives that are no adjective of their own."""
    adjectives = {a.casefold() for a in country_adjectives(code)} | {n.casefold() for n in country_names(code)}
    return frozenset(h.casefold() for h in country_combining(code) if h.casefold() not in adjectives)


def _city_of_own_country(name: str, iso: str) -> bool:
    found = city_by_name(name)
    return found is not None and found.country == iso and found.name == name


@per_text
def find_organisations(sentence: str, pack: LanguagePack) -> list[Mention]:
    """Organisations, their bodies, formats and meeting series, by canonical id; never one whose
    name lies inside a longer name of a state's own body ("Conseil de sécurité nationale", the
    "National Security Council", is not the UN's Security Council)."""
    hits = _org_index(pack.code).find(sentence)
    return [
        Mention(h.start, h.end, sentence[h.start : h.end], "org", h.value)
        for h in hits
        if not _inside_own_body(sentence, h.start, h.end, pack)
    ]


def _inside_own_body(sentence: str, start: int, end: int, pack: LanguagePack) -> bool:
    """True when a longer name of a state's own body (the pack's ``domestic`` words) holds the
    stretch ``start:end`` (read near it only: most sentences are long, most names short)."""
    near = pack.rx.domestic.finditer(sentence, max(0, start - 40), min(len(sentence), end + 40))
    return any(m.start() <= start and end <= m.end() and m.end() - m.start() > end - start for m in near)


@per_text
def find_countries(sentence: str, pack: LanguagePack) -> list[Mention]:
    """Countries named or qualified ("Russia", "Russian", "ФРГ"), by ISO code."""
    found = []
    former: re.Pattern[str] | None = pack.extra.get("former_before")
    halves = _combining(pack.code)
    hits = _country_index(pack.code).find(_compounds_in_lower_case(sentence, pack.code))
    # "la Reunión de Alto Nivel" is a meeting, not the island: a country's name that is the
    # text's meeting word
    cues = {(c.start, c.end) for c in find_cues(sentence, pack)} if hits else set()
    names = country_names(pack.code)
    # a form of a country's name inside a person's ("Frankreichs Präsident François Hollande" is
    # no form of Holland): the titled names, looked for only when a hit is not a name as written
    titled = (
        [m.span("name") for m in pack.rx.person.finditer(sentence)]
        if any(sentence[h.start : h.end] not in names for h in hits)
        else []
    )
    homograph: re.Pattern[str] | None = pack.extra.get("not_country")
    for hit in hits:
        if (hit.start, hit.end) in cues:
            continue
        if homograph is not None and homograph.fullmatch(sentence[hit.start : hit.end].rstrip('.,;:!?،؛»"')):
            continue  # "وزارة المالية": the finance ministry, not Mali
        if sentence[hit.start : hit.end] not in names and any(lo < hit.start and hit.end <= hi for lo, hi in titled):
            continue
        if former is not None and hit.value in historic_codes() and former.search(sentence, 0, hit.start):
            continue  # "six former Soviet republics": the states that came after it, not it
        if sentence[hit.end : hit.end + 1] != "-" and sentence[hit.start : hit.end].casefold() in halves:
            continue  # "Franco-German" names France; "un diálogo franco" and General Franco do not
        if _given_name(sentence, hit.start, hit.end, pack):
            continue  # "Mauricio Macri", "Jordan Bardella": a first name, not Mauritius or Jordan
        if _part_of_a_place(sentence, hit.start, hit.end, pack):
            continue  # "Northern Ireland" is not the Irish state
        found.append(Mention(hit.start, hit.end, sentence[hit.start : hit.end], "country", hit.value))
    return found


_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")


@cache
def _halves_written_small(code: str) -> frozenset[str]:
    """The first halves of compound country adjectives, when the language writes them small."""
    halves = country_combining(code)
    return frozenset(h.casefold() for h in halves) if any(h[:1].islower() for h in halves) else frozenset()


def _compounds_in_lower_case(sentence: str, code: str) -> str:
    """The sentence with its capitalised compound country adjectives in lower case, where the
    language writes them so ("la XXVII Cumbre Hispano-Portuguesa" is "hispano-portuguesa", the
    form the names are known by); every other word as written, at its place."""
    lower = _halves_written_small(code)
    if not lower or "-" not in sentence:
        return sentence

    def lowered(found: re.Match[str]) -> str:
        whole = found.group(0)
        small = whole.lower()
        keep = not found.group(1)[:1].isupper() or found.group(1).casefold() not in lower or len(small) != len(whole)
        return whole if keep else small

    return _COMPOUND.sub(lowered, sentence)


_NEXT_WORD = re.compile(r" ([^\W\d_][^\W\d_]+)(?=[,.;:!?)]|$| (?![^\W\d_]*[A-ZÀ-ÞА-Я]))")


def _given_name(sentence: str, start: int, end: int, pack: LanguagePack) -> bool:
    """True when a one-word country name is a person's first name: a capitalised word follows
    it at once that names no country, place, organisation, month or weekday, and no word
    closes the name after it ("Mauricio Macri viajará", "Jordan Bardella said"; never a
    headline's words in capitals: "Iran Nuclear Talks")."""
    name = sentence[start:end]
    if not (name.isalpha() and name.isascii() and name[:1].isupper() and name[1:].islower()):
        # (in Cyrillic a country's genitive stands before its capital's name: "в столице Тонги
        # Нукуалофе", whose case no look-up reads)
        return False
    if name not in country_names(pack.code):
        return False  # an adjective ("Japanese Parliament", "Dutch Government") names its country
    found = _NEXT_WORD.match(sentence, end)
    if found is None:
        return False
    word = found.group(1)
    if not (word[0].isupper() and word[1:].islower()):
        return False
    key = pack.fold(word)
    if key in pack.months or key in pack.weekdays or key in pack.relative_days:
        return False  # "will visit Spain Monday", as wires write it
    if word in country_names(pack.code) or word in organisation_names(pack.code) or city_by_name(word) is not None:
        return False  # "Russia Ukraine talks", "Spain Madrid"
    return not _cues_at(sentence, found.start(1), found.end(1), pack)


def _cues_at(sentence: str, start: int, end: int, pack: LanguagePack) -> bool:
    return any(c.start < end and start < c.end for c in find_cues(sentence, pack))


@per_text
def find_people(sentence: str, pack: LanguagePack) -> list[Mention]:
    """People named with a title ("President Reagan", "Foreign Minister Sergey Lavrov")."""
    rx = pack.rx
    found: list[Mention] = []
    matches = list(rx.person.finditer(sentence))
    starts = {m.start("name") for m in matches}
    matches += [m for m in rx.person_lower_title.finditer(sentence) if m.start("name") not in starts]
    orgs = organisation_names(pack.code)
    countries = country_names(pack.code)
    base = pack.extra.get("person_base")  # a name in the nominative, in languages that decline names
    for match in matches:
        name = match.group("name")
        words = name.split()
        # "Bundeskanzler Olaf Scholz zu Gesprächen": a meeting word, or a particle left
        # dangling, ends no name
        while words and (words[-1] in rx.not_names or words[-1].islower() or _names_a_meeting(words[-1], pack)):
            words.pop()
        if not words or words[0] in rx.not_names or name in orgs or name in countries:
            continue
        skipped = 0
        if len(words) >= 3 and words[0] in countries:
            # "Министром иностранных дел Республики Узбекистан Абдулазизом Камиловым", "Foreign
            # Minister of Jordan Ayman Safadi": the title's country, then the whole name
            skipped = len(words[0]) + 1
            words = words[1:]
        title = match.group(0)[: match.start("name") - match.start()].strip().rstrip(".,")
        begin = match.start("name") + skipped
        if _names_a_thing(sentence, match.start(), begin + len(" ".join(words)), pack):
            continue  # "au complexe sportif Prince Moulay Abdellah", "King Fahd Stadium": a thing named after
        if len(words) == 1 and title not in rx.single_name_titles:
            continue  # one bare word after a title is too often a place or an office
        text = " ".join(words)
        value = base(text) if base else text
        # the longest that fits ("Crown Prince", not "Prince"): a set's order is no order
        honorific = max(
            (h for h in rx.honorifics if title == h or title.endswith(" " + h)), key=lambda h: (len(h), h), default=None
        )
        if honorific:
            text, value = f"{honorific} {text}", f"{honorific} {value}"
        found.append(Mention(begin, begin + len(" ".join(words)), text, "person", value))
    taken = [(m.start(), m.end()) for m in matches]
    for bare in _bare_people(sentence, pack):
        if not any(start < bare.end and bare.start < end for start, end in taken):
            taken.append((bare.start, bare.end))
            found.append(bare)
    return sorted(found, key=lambda m: m.start)


def _names_a_thing(sentence: str, start: int, end: int, pack: LanguagePack) -> bool:
    """True when a titled name is that of a stadium, an airport, a street or a prize named
    after its bearer: the pack's ``named_after`` words stand right before it ("complexe
    sportif", "aeropuerto") or its ``named_thing`` words end it or follow it ("Stadium",
    "Airport": a capitalised thing's word may be read into the name)."""
    before: re.Pattern[str] | None = pack.extra.get("named_after")
    after: re.Pattern[str] | None = pack.extra.get("named_thing")
    return bool(
        (before is not None and before.search(sentence, max(0, start - 30), start))
        or (after is not None and (after.search(sentence, start, end) or after.match(sentence, end)) is not None)
    )


def _bare_people(sentence: str, pack: LanguagePack) -> list[Mention]:
    """People named without a title where only a person stands ("Xi Jinping and Vladimir Putin
    will hold talks", "talks with Olaf Scholz"): never a place, a country, an organisation, or
    words that name institutions and offices (the pack's ``not_bare_names``)."""
    patterns: tuple[re.Pattern[str], ...] = pack.extra.get("bare_person", ())
    if not patterns:
        return []
    refused: frozenset[str] = pack.extra.get("not_bare_names", frozenset())
    orgs = organisation_names(pack.code)
    countries = country_names(pack.code)
    adjectives = country_adjectives(pack.code)
    base = pack.extra.get("person_base")
    found: dict[int, Mention] = {}
    named: list[tuple[int, int]] | None = None  # countries' and bodies' names, read once a name is found
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            name = match.group("name")
            words = name.split()
            if named is None:
                named = [
                    (m.start, m.end) for m in (*find_countries(sentence, pack), *find_organisations(sentence, pack))
                ]
            if any(start < match.end("name") and match.start("name") < end for start, end in named):
                continue  # "Саудовской Аравии", "Совета Безопасности": a country's, a body's name
            if any(w in refused or w in pack.rx.not_names or w in countries or w in adjectives for w in words):
                continue
            if name in orgs or any(o in name for o in words if o in orgs):
                continue
            place = lookup_place(name, pack)
            if place is not None and place[1] >= len(words[0]) + 1 + len(words[1]):
                continue  # "New York", "Abu Dhabi": a place of two words or more
            start = match.start("name")
            value = base(name) if base else name
            found.setdefault(start, Mention(start, start + len(name), name, "person", value, "untitled"))
    return list(found.values())


def _names_a_meeting(word: str, pack: LanguagePack) -> bool:
    return bool(pack.meeting_lemmas) and any(cue.start == 0 and cue.end == len(word) for cue in find_cues(word, pack))


@per_text
def find_roles(sentence: str, pack: LanguagePack) -> list[Mention]:
    """Office-holders and groups ("foreign ministers", "heads of state"), by their English
    name in lower case (a pack's ``roles_english`` names the roles of its language)."""
    english: list[tuple[re.Pattern[str], str]] = pack.extra.get("roles_english", [])
    found = []
    for match in pack.rx.roles.finditer(sentence):
        text = match.group(0)
        value = next((name for pattern, name in english if pattern.search(text)), text.lower())
        found.append(Mention(match.start(), match.end(), text, "role", value))
    # "Außen- und Wirtschaftsminister": the first word ends in a hyphen and shares the second's
    # base; the pack's ``role_ellipsis`` finds the first ("head") and the base
    ellipsis: re.Pattern[str] | None = pack.extra.get("role_ellipsis")
    if ellipsis is not None and "-" in sentence:
        for match in ellipsis.finditer(sentence):
            word = match.group("head") + match.group("base")
            named = next((name for pattern, name in english if pattern.search(word)), None)
            if named is not None:
                found.append(Mention(match.start(), match.end("head") + 1, match.group("head") + "-", "role", named))
        found.sort(key=lambda m: m.start)
    return found


# -- places ------------------------------------------------------------------------------------


@per_text
def find_places(
    sentence: str, pack: LanguagePack, dateline_city: str | None = None, told_before: str = ""
) -> list[Mention]:
    """Places a meeting may be at: "in Geneva", "visit Tokyo", "Brussels will host", "here".

    ``role`` says how the text puts it: venue ("in", "at"), destination ("to", "visit"),
    host, here (the dateline's city), name (a venue named outright). A small town counts when
    its country is named beside it, in the dateline or in ``told_before`` (the sentence before).
    """
    found: list[Mention] = []
    rx = pack.rx
    water: re.Pattern[str] | None = pack.extra.get("water_before")
    for match in rx.place_prep.finditer(sentence):
        chunk = match.group("place")
        if rx.capital_of.match(sentence, match.start("place") - 4):
            continue  # "in the Kazakh capital": the capital, found below
        if water is not None and water.search(sentence, max(0, match.start("place") - 12), match.start("place")):
            continue  # "la mer Rouge", "el mar Rojo": a sea's name, not a town called Rouge
        known = lookup_place(chunk, pack)
        styled = _state_styled(sentence, match.start("place"), pack)
        if styled is not None and (known is None or known[0].level != "country"):
            known = styled  # "al Reino de Marruecos" is Morocco, not a village called Reino
        prep = " ".join(match.group("prep").casefold().split())
        role = "venue" if prep in rx.venue_preps else "destination" if prep in rx.destination_preps else "venue"
        start = match.start("place")
        inner = rx.appositive_place.match(sentence, match.end("place"))
        if inner is not None and (known is None or known[0].level != "country"):
            # "at the Grove, a hotel in Watford": the venue lies in the town named after it
            within = lookup_place(inner.group("place"), pack)
            if within is not None:
                place, length = within
                at = inner.start("place")
                found.append(Mention(at, at + length, inner.group("place")[:length], "place", place.name, role, place))
                continue
        if known is None or known[0].level == "city":
            # "en Santo Tomé y Príncipe", "in Bosnien und Herzegowina": the country whose name
            # runs on past the list joiner, not a town called Santo Tomé (nor nothing)
            longer = next(
                (m for m in find_countries(sentence, pack) if m.start == start and m.end - m.start > len(chunk)), None
            )
            if longer is not None:
                whole = lookup_place(sentence[start : longer.end], pack)
                if whole is not None and whole[0].level == "country" and whole[1] == longer.end - start:
                    known = whole
        if known is None:
            known = _city_adjective(chunk, pack)  # "in den Hamburger Messehallen": in Hamburg
        if known is None:
            continue
        place, length = known
        if _part_of_a_place(sentence, start, start + length, pack):
            continue  # "en Irlanda del Norte": a part of Ireland, not its state
        chunk = sentence[start : start + max(length, len(chunk))]
        # "St. Petersburg, Russia": the town of the country named after it, not Florida's
        named_country = _country_after(sentence, start + length, pack)
        if place.level == "city" and named_country and named_country != place.country:
            other = city_in(chunk[:length], named_country)
            if other is not None:
                place = place_from_city(other)
        named_after = pack.extra.get("named_venue")
        if named_after is not None and named_after.match(sentence, start + length) and not _great_city(place):
            # "in the Nelson Mandela plenary hall": a hall named after a person, not Nelson (a
            # great city's name is its own: "at the Shanghai Expo Center" is in Shanghai)
            continue
        found.append(Mention(start, start + length, chunk[:length], "place", place.name, role, place))
        found += _listed_after(sentence, start + length, role, pack)
    for match in rx.capital_of.finditer(sentence):
        # the adjective ("the Kazakh capital") or, where the pack has one, the country's name
        # ("Niger's capital")
        word = match.group("adjective") or (match.groupdict().get("country") or "")
        code = _adjective_country(word, pack) or country_names(pack.code).get(word)
        capital = capital_of(code) if code else None
        # "in the Congolese capital Kinshasa", "die belgische Hauptstadt Brüssel": the city
        # named after it, when there is one ("Congolese" says Brazzaville or Kinshasa)
        named = _named_after_capital(sentence, match.end(), pack)
        if named is not None and (code is None or named.country == code):
            found.append(Mention(match.start(), match.end(), match.group(0), "place", named.name, "venue", named))
        elif capital is not None:
            place = place_from_city(capital)
            found.append(Mention(match.start(), match.end(), match.group(0), "place", place.name, "venue", place))
    owned: re.Pattern[str] | None = pack.extra.get("country_capital")
    town = city_by_name(dateline_city) if owned is not None and dateline_city else None
    capital = capital_of(town.country) if town is not None else None
    # "en la capital del país": the dateline's country's, never a seat still being built that the
    # dateline's town dwarfs (Ciudad de la Paz beside Malabo)
    if owned is not None and town is not None and capital is not None and capital.population * 10 >= town.population:
        for match in owned.finditer(sentence):
            place = place_from_city(capital)
            found.append(Mention(match.start(), match.end(), match.group(0), "place", place.name, "venue", place))
    for match in rx.host.finditer(sentence):
        known = lookup_place(match.group("place"), pack)
        # the host named whole: "Herman Van Rompuy will host" is no town of Van
        if known and not match.group("place")[known[1] :].strip()[:1].isupper():
            place, length = known
            found.append(
                Mention(
                    match.start("place"),
                    match.start("place") + length,
                    match.group("place")[:length],
                    "place",
                    place.name,
                    "host",
                    place,
                )
            )
    for hit in _venue_index(pack.code).find(sentence):
        # a venue whose name runs on past a town found at its first word is the venue ("в
        # Константиновском дворце" is the palace at Strelna, not the town of Konstantinovsk)
        shorter: list[Mention] = [
            m
            for m in found
            if m.start == hit.start
            and sentence[m.end : hit.end].strip(" .,;:")  # longer by a word, not by a stop
            and m.role in ("venue", "destination")
            and m.place is not None
            and m.place.level == "city"
        ]
        if any(m.start <= hit.start < m.end for m in found if m not in shorter):
            continue
        venue = venue_names(pack.code).get(hit.value)
        if venue is not None:
            place = place_from_venue(venue)
            role = shorter[0].role if shorter else "venue" if _after_venue_prep(sentence, hit.start, pack) else "name"
            found = [m for m in found if m not in shorter]
            found.append(Mention(hit.start, hit.end, sentence[hit.start : hit.end], "place", place.name, role, place))
    found = _plausible(found, sentence, pack, dateline_city, told_before)
    home = city_by_name(dateline_city) if dateline_city else None
    # a venue whose name several cities' venues bear is the one in the dateline's city ("the
    # Palace of Independence" in a story from Astana is Astana's, not Minsk's), else in a town
    # the sentence names ("in the Cambodian capital, where ... opens at the Peace Palace")
    # (its name read in any case: "во Дворце независимости")
    towns = [home.name] if home is not None else []
    towns += [
        m.place.name for m in found if m.place is not None and m.place.level == "city" and m.value == m.place.name
    ]
    for number, mention in enumerate(found):
        for there in dict.fromkeys(towns):
            namesake = venue_namesake_in(mention.text, pack, there) if mention.value != there else None
            if namesake is not None:
                found[number] = replace(mention, value=namesake.name, place=namesake)
                break
    if dateline_city:
        here = lookup_place(dateline_city, pack)
        for match in rx.here.finditer(sentence):
            place = here[0] if here else Place(dateline_city, "city")
            found.append(Mention(match.start(), match.end(), match.group(0), "place", place.name, "here", place))
    found.sort(key=lambda m: m.start)
    return found


def _after_venue_prep(sentence: str, start: int, pack: LanguagePack) -> bool:
    """Whether a place preposition of venues, with at most an article, stands right before
    ``start`` ("en el Gran Palacio del Pueblo", "at the Great Hall of the People")."""
    words = sentence[max(0, start - 20) : start].split()
    if not words or not sentence[:start].endswith((" ", "\u00a0")):
        return False
    preps = pack.rx.venue_preps
    if words[-1].casefold() in preps:
        return True
    return len(words) >= 2 and len(words[-1]) <= 3 and words[-1].islower() and words[-2].casefold() in preps


def venue_namesake_in(name: str, pack: LanguagePack, town: str) -> Place | None:
    """The place of the venue in ``town`` that bears the venue name ``name`` (as the text puts
    it, in any case), when venues in several cities bear it; None when none there does."""
    for hit in _venue_index(pack.code).find(name):
        namesake = venue_in(hit.value, pack.code, town)
        if namesake is not None and namesake.city == town:
            return place_from_venue(namesake)
    return None


def _listed_after(sentence: str, end: int, role: str, pack: LanguagePack) -> list[Mention]:
    """The towns listed after one a preposition puts, each with its own day ("in London on
    Monday, Berlin on Tuesday and Paris on Wednesday"): the preposition is theirs too (the
    pack's ``place_list_more`` reads the joiner; only towns, named outright, count)."""
    more: re.Pattern[str] | None = pack.extra.get("place_list_more")
    found: list[Mention] = []
    while more is not None and (joined := more.match(sentence, end)) is not None:
        known = lookup_place(sentence[joined.end() : joined.end() + 60], pack)
        if known is None or known[0].level != "city" or is_small_town(known[0]):
            break
        place, length = known
        start = joined.end()
        found.append(Mention(start, start + length, sentence[start : start + length], "place", place.name, role, place))
        end = start + length
    return found


def _state_styled(sentence: str, start: int, pack: LanguagePack) -> tuple[Place, int] | None:
    """A country named with its state's style ("в Арабскую Республику Египет", "a la República
    Árabe de Egipto", "au Royaume du Maroc"), and how many characters the whole name takes: the
    country is named by the words after the style (the pack's ``state_style``), or by all of
    them ("République démocratique du Congo")."""
    style = pack.extra.get("state_style")
    head = style.match(sentence, start) if style is not None else None
    if head is None:
        return None
    for word in list(re.finditer(r"\S+", sentence[head.end() : head.end() + 80]))[:4]:
        at = head.end() + word.start()
        name = sentence[start : head.end() + word.end()].rstrip(".,;:()")
        whole = _place_named(name, pack)
        if whole is not None and whole.level == "country":
            return whole, len(name)
        found = lookup_place(sentence[at:], pack)
        if found is not None:
            if found[0].level != "country":
                return None
            end = at + found[1]
            whole = _place_named(sentence[start:end], pack)
            return (whole if whole is not None and whole.level == "country" else found[0]), end - start
        if word.group(0)[-1] in ",.;:()" or word.group(0) in pack.extra.get("list_joiners", ()):
            return None  # "en République centrafricaine et au Tchad": Chad is another
    return None


# A town this small counts only in a country the sentence speaks of: "in Republic" or "at the
# Grove" are not the towns of that name in Washington state or Ohio.
_SMALL_TOWN = 40_000


def is_small_town(place: Place) -> bool:
    """A town too small to be taken for a venue without more: not a capital, under
    ``_SMALL_TOWN`` people (venues and countries are never small towns)."""
    if place.level != "city":
        return False
    known = city_by_name(place.city or place.name)
    if known is not None and known.name in _venue_towns():
        return False  # a resort where meetings are held ("à Charm el-Cheikh"), by any of its names
    return known is not None and known.population < _SMALL_TOWN and not known.capital


@cache
def _venue_towns() -> frozenset[str]:
    return frozenset(v.city for v in all_venues() if v.city)


def _country_after(sentence: str, end: int, pack: LanguagePack) -> str | None:
    """The country a place's name is followed by, after a comma ("St. Petersburg, Russia")."""
    if not sentence.startswith(",", end):
        return None
    rest = sentence[end + 1 : end + 40].lstrip()
    hits = [h for h in find_countries(rest, pack) if h.start == 0]
    return hits[0].value if hits else None


def _plausible(
    found: list[Mention], sentence: str, pack: LanguagePack, dateline_city: str | None, told_before: str = ""
) -> list[Mention]:
    small = []
    for mention in found:
        place = mention.place
        if place is None or mention.role == "name":
            continue
        if is_small_town(place):
            small.append(mention)
    if not small:
        return found
    context = {m.value for m in find_countries(sentence, pack)}
    if told_before:
        # "... nach Simbabwe reisen. Das Treffen findet ... in Victoria Falls statt"
        context |= {m.value for m in find_countries(told_before, pack)}
    context |= {m.place.country for m in found if m.place is not None and m not in small and m.place.country}
    if dateline_city:
        home = city_by_name(dateline_city)
        if home is not None:
            context.add(home.country)
    return [m for m in found if m not in small or (m.place is not None and m.place.country in context)]


@cache
def _venue_index(code: str) -> NameIndex:
    pack = pack_for(code)
    return NameIndex({name: name for name in venue_names(code)}, pack, inflected=_inflected(pack))


def _adjective_country(word: str, pack: LanguagePack) -> str | None:
    """The country an adjective names, as written, opening a sentence ("La capitale
    éthiopienne", "Эфиопская столица") or inflected ("эфиопской"): by its lemma."""
    adjectives = country_adjectives(pack.code)
    found = adjectives.get(word) or adjectives.get(word[:1].lower() + word[1:])
    if found is None and _inflected(pack):
        found = _adjectives_by_lemma(pack.code).get(str(pack.lemma(word.casefold())))
    return found


@cache
def _adjectives_by_lemma(code: str) -> dict[str, str]:
    pack = pack_for(code)
    return {str(pack.lemma(a.casefold())): iso for a, iso in country_adjectives(code).items()}


def _named_after_capital(sentence: str, end: int, pack: LanguagePack) -> Place | None:
    """The city named right after "the X capital" ("the Congolese capital Kinshasa")."""
    gap = re.match(r",?\s+", sentence[end:])
    if gap is None:
        return None
    known = lookup_place(sentence[end + gap.end() :], pack)
    return known[0] if known is not None and known[0].level == "city" else None


def lookup_place(chunk: str, pack: LanguagePack) -> tuple[Place, int] | None:
    """The place the longest known start of ``chunk`` names ("Geneva Monday" -> Geneva), and
    how many characters of it the name takes; None when a longer start names a world region
    ("в Центральной Азии" names no town of Tsentralny)."""
    return _place_at_start(chunk, pack.code)


@by_text
@lru_cache(maxsize=8192)
def _place_at_start(chunk: str, code: str) -> tuple[Place, int] | None:
    pack = pack_for(code)
    found = _lookup_place(chunk, code)
    if found is not None and any(h.start == 0 and h.end > found[1] for h in _region_index(code).find(chunk[:80])):
        return None
    if found is not None and _part_of_a_place(chunk, 0, found[1], pack):
        return None  # "Irlande du Nord" names a part of Ireland, not its state
    if found is not None and (head := chunk.split(maxsplit=1)[0]) and found[1] <= len(head):
        rest = chunk[len(head) :].lstrip()
        if rest[:1].isupper() and _qualifier_key(head, pack) in _qualifiers(code)[0]:
            return None  # "в Северной Ирландии" names no town of Severny
    return found


@lru_cache(maxsize=8)
def _qualifiers(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The keys of the words written before a name that make it a part of a place, and the
    words written after it (longest first), from the places module's region qualifiers."""
    pack = pack_for(code)
    before, after = region_qualifiers(code)
    keys = {_qualifier_key(word, pack) for word in before}
    return frozenset(key for key in keys if key), tuple(sorted(after, key=len, reverse=True))


def _qualifier_key(word: str, pack: LanguagePack) -> str | None:
    """A capitalised word's key for the qualifiers: its lemma in a language that inflects
    names ("Северной" -> "северный"), else as written; None for a word in lower case."""
    if not word[:1].isupper():
        return None
    return str(pack.lemma(word.casefold())) if _inflected(pack) else word


def _part_of_a_place(sentence: str, start: int, end: int, pack: LanguagePack) -> bool:
    """True when a place's name at ``start:end`` carries a region's qualifier, so that the
    whole names a part of it, not it ("Northern Ireland", "Северной Ирландии", "Irlande du
    Nord", "Irlanda del Norte" are not Ireland); a name that is whole with it is found first
    ("South Korea", "Южной Корее")."""
    before, after = _qualifiers(pack.code)
    previous = re.search(r"(\S+)\s+$", sentence[max(0, start - 30) : start])
    if previous is not None and _qualifier_key(previous.group(1), pack) in before:
        return True
    rest = sentence[end : end + 20].replace("'", "’")
    return any(rest.startswith(" " + words) and not rest[len(words) + 1 : len(words) + 2].isalpha() for words in after)


@cache
def _region_index(code: str) -> NameIndex:
    pack = pack_for(code)
    return NameIndex({name: name for name in region_names(code)}, pack, inflected=_inflected(pack))


@by_text
@lru_cache(maxsize=8192)
def _lookup_place(chunk: str, code: str) -> tuple[Place, int] | None:
    pack = pack_for(code)
    words = chunk.split()
    if len(words) > 1:
        # "в японскую Иокогаму", "im japanischen Yokohama": a town after its country's adjective
        adjectives = country_adjectives(code)
        # (the lemma, or the stem a lemma of another form gives: "в колумбийском Ипьялесе")
        country = adjectives.get(words[0]) or adjectives.get(pack.lemma(words[0])) or _adjective_country(words[0], pack)
        # ("в курортном Сочи", "в приморском Владивостоке": a word that says what kind of town)
        town_kind = pack.lemma(words[0]) in pack.extra.get("town_adjectives", ())
        rest = chunk[len(words[0]) :].lstrip()
        within = _lookup_place(rest, code) if country or town_kind else None
        if within is not None and within[0].level == "city" and (town_kind or within[0].country == country):
            return within[0], len(chunk) - len(rest) + within[1]
    found = _place_from_words(chunk, words, pack)
    if found is None and len(words) > 1 and words[0] in pack.extra.get("place_articles", ()):
        # "en La Antigua Guatemala": an article the gazetteer's name does not have (the pack's
        # ``place_articles``)
        rest = chunk[len(words[0]) :].lstrip()
        within = _lookup_place(rest, code)
        if within is not None and within[0].level == "city":
            return within[0], len(chunk) - len(rest) + within[1]
    return found


def _place_from_words(chunk: str, words: list[str], pack: LanguagePack) -> tuple[Place, int] | None:
    """The place the longest run of a chunk's first words (up to five) names."""
    calendar = pack.months.keys() | pack.weekdays.keys()
    for size in range(min(len(words), 5), 0, -1):
        candidate = " ".join(words[:size]).rstrip(".,;:'’")
        lower_before_name = size == 1 and len(words) > 1 and candidate.islower() and words[1][:1].isupper()
        if not candidate or candidate in NOT_PLACES or pack.fold(candidate) in calendar or lower_before_name:
            # "в новой Москве": a word in lower case before a name is not the place
            if size == 1:
                return None
            continue
        place = _place_named(candidate, pack)
        if (
            place is not None
            and size == 1
            and len(words) > 1
            and words[1][:1].isupper()
            and place.level == "city"
            and _fragment_of_name(candidate, place.name, pack)
            and lookup_place(words[1], pack) is None
        ):
            # "en Juan Dolio", "à Puerto Ordaz": one word that is only a piece of a town's longer
            # name, kept as its other name ("Juan" of Juan-les-Pins, "Puerto" of El Puerto de
            # Santa María), before another name word is a longer name the data does not have
            return None
        if place is not None:
            venue = candidate in venue_names(pack.code)
            if (
                pack.extra.get("surface_place_names")
                and not venue
                and place.level in ("city", "country")
                and place.name != candidate
                and not _split_spelling(candidate, place.name)
            ):
                # An English text's own name for a place ("Peking", "Britain") is what its
                # readers expect; the canonical city and country stay beside it.
                place = replace(place, name=candidate)
            return place, len(candidate)
    return None


def _fragment_of_name(word: str, name: str, pack: LanguagePack) -> bool:
    """True when a word is the start of a town's hyphenated name ("Juan" of Juan-les-Pins) or
    one of its later words ("Puerto" of El Puerto de Santa María): not the name's own first word
    ("Frankfurt" of Frankfurt am Main is how everyone writes it)."""
    folded, whole = pack.fold(word), pack.fold(name)
    return whole.startswith(folded + "-") or folded in re.split(r"[\s-]+", whole)[1:]


_GREAT_CITY = 1_000_000  # people in a city whose name, before a hall's, is where the hall is


def _great_city(place: Place) -> bool:
    """True when the place is a city of at least :data:`_GREAT_CITY` people."""
    if place.level != "city" or place.country is None:
        return False
    found = city_in(place.city or place.name, place.country)
    return found is not None and found.population >= _GREAT_CITY


def _split_spelling(written: str, name: str) -> bool:
    """True when a text writes a place's name in words the gazetteer's name joins ("Ha Noi",
    "Viet Nam", "Việt Nam" for Hanoi and Vietnam): a local transliteration, not the English
    name a reader expects ("Peking", "Britain" stay as written)."""
    return len(written.split()) > len(name.split()) and _unaccented(written).replace(" ", "").casefold() == (
        _unaccented(name).replace(" ", "").casefold()
    )


def _inflected_noun(word: str, city_name: str, pack: LanguagePack) -> bool:
    """True when a capitalised word is a noun in an inflected form ("auf Reisen", "an den Tagen")
    that only some town's alternate name spells alike (Yecheon's "Reisen"), in a language
    that capitalises its nouns: never a town's own name ("Halle")."""
    return (
        bool(pack.extra.get("capitalised_nouns"))
        and " " not in word
        and word != city_name.split(" (")[0]  # "Halle (Saale)"
        and pack.lemma(word) != word.casefold()
    )


@cache
def _cities_by_skeleton(code: str) -> dict[str, City]:
    """Towns of 100,000 people or more by their names' skeletons in the pack's script (the
    pack's ``skeleton``), where one skeleton names one town only."""
    pack = pack_for(code)
    shape = pack.extra["skeleton"]
    found: dict[str, City | None] = {}
    for name, town in city_names(pack.extra.get("script", "latin")).items():
        if town.population < 100_000 and not town.capital:
            continue
        key = shape(name)
        if len(key.replace(" ", "")) < 4:
            continue
        seen = found.get(key, town)
        found[key] = town if seen is not None and seen.id == town.id else None
    return {key: town for key, town in found.items() if town is not None}


def _city_adjective(chunk: str, pack: LanguagePack) -> tuple[Place, int] | None:
    """A venue named with its town's adjective before it ("in den Hamburger Messehallen", "im
    Wiener Hofburg-Palast"): the town, for a pack whose towns make adjectives with a suffix
    (``city_adjective_suffix``, German "-er")."""
    suffix: str | None = pack.extra.get("city_adjective_suffix")
    words = chunk.split()
    if suffix is None or len(words) < 2 or not words[0].endswith(suffix) or not words[1][:1].isupper():
        return None
    town = lookup_place(words[0][: -len(suffix)], pack)
    if town is None or town[0].level != "city" or town[1] != len(words[0]) - len(suffix):
        return None
    return town[0], len(words[0])


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _place_named(name: str, pack: LanguagePack) -> Place | None:
    venue = venue_names(pack.code).get(name)
    if venue is not None:
        return place_from_venue(venue)
    script = pack.extra.get("script", "latin")
    variants = [name]
    strip = pack.extra.get("strip_prefixes")
    if strip is not None:
        variants.append(strip(name))
    if _inflected(pack) and not (name.isupper() and len(name) <= 5):  # "USA" is no form of the town "Usa"
        variants.append(" ".join(_name_lemma(w, pack).capitalize() for w in name.split()))
        variants.append(
            " ".join(w.capitalize() if w.islower() else w for w in (_name_lemma(x, pack) for x in name.split()))
        )
    if script == "latin" and " " in name and not name.isascii():
        # "Port Sudán", "Puerto Príncipe": a town of several words the gazetteer spells without
        # the accent (one word is read exactly: "Brasília" is listed as it is written)
        variants.append(_unaccented(name))
    countries = country_names(pack.code)
    refused: frozenset[str] = pack.extra.get("not_town_words", frozenset())
    for variant in variants:
        if variant in refused:
            continue  # "في ميدان التحرير": a common noun some town's name is spelt as (Medan)
        code = countries.get(variant)
        if code is not None and variant not in ("US", "U.S.", "UK", "U.K."):
            found_city = city_names(script).get(variant)
            # the town that bears its country's name ("Kuwait", "Djibouti", "Singapore", the
            # wire's "Dar es Salaam"); in another script only the capital, as the gazetteer lists
            # other towns under their country's name by mistake (Sado under "Япония")
            if (
                found_city is not None
                and found_city.country == code
                and (found_city.capital or script == "latin" or found_city.name == variant)
            ):
                return place_from_city(found_city)
            if country_by_code(code) is not None:
                return place_from_country(code)
        found_city = city_names(script).get(variant)
        local = local_city_names(pack.code).get(variant)
        if local is not None and (found_city is None or found_city.population < local.population):
            # French "Mexico" is Mexico City, not the Philippine town whose own name it is
            found_city = local
        if found_city is not None and not _inflected_noun(variant, found_city.name, pack):
            return place_from_city(found_city)
    shape = pack.extra.get("skeleton")
    if shape is not None and len(name) >= 5 and not find_countries(name, pack):
        # (never a country's own word: "قمة سعودية أمريكية" names no Saïda)
        found_city = _cities_by_skeleton(pack.code).get(shape(name))
        if found_city is not None:
            return place_from_city(found_city)
    if _inflected(pack) and " " in name:
        # a country of several words in a case ("в Южную Корею", "в Саудовской Аравии"), whose
        # words' lemmas are not its name's ("южный корея"): the country index reads them
        hits = _country_index(pack.code).find(name)
        if len(hits) == 1 and (hits[0].start, hits[0].end) == (0, len(name)):
            return place_from_country(hits[0].value)
    return None
