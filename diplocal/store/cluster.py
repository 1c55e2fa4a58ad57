"""Grouping sightings into meetings (pure): the same set of sightings always gives the same
groups, whatever order the articles arrived in.

Average-linkage clustering over the link scores of :mod:`diplocal.store.merge`: the two
groups whose sightings link best on average join, as long as that average is above zero,
at least one pair of them really links, and no article would be in a group twice (two
readings of one article are two meetings). Pairs that are not compared at all (their dates
are far apart) take no part in the average: a move links an old date to a new one through
the sighting that reports it, and a first and a second round of talks, weeks apart, never
link.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from diplocal.model import ChangeAction
from diplocal.places import place, same_place
from diplocal.store.fold import Sighting
from diplocal.store.merge import link_score
from diplocal.store.tokens import Tokens


def canonical(sightings: Sequence[Sighting]) -> list[Sighting]:
    """The sightings in an order that depends on nothing but themselves."""
    return sorted(
        sightings,
        key=lambda s: (
            *s.order(),
            s.meeting.start,
            s.meeting.end,
            s.meeting.title,
            s.meeting.location or "",
            s.meeting.confidence,
        ),
    )


class LinkScores:
    """The link scores of pairs of sightings, each computed once and remembered by the two
    sightings' content: a store re-clusters a busy meeting's hundreds of sightings with
    every article that mentions it, and all but the new article's pairs were scored before.

    A score depends on nothing but the two sightings (``link_score`` is pure), so sightings
    equal in content (see :class:`Tokens`) share it. The pairs are kept in one table for the
    process, emptied when it reaches :data:`REMEMBERED_PAIRS`. An object of this class
    lives for one article's clustering.
    """

    def __init__(self, tokens: Tokens | None = None) -> None:
        self.token = tokens or Tokens()

    def score(self, known: Sighting, seen: Sighting) -> float:
        """``link_score`` of the pair, ``known`` first (-inf when blocked)."""
        return self.scored(self.token(known), known, self.token(seen), seen)

    def scored(self, known_token: int, known: Sighting, seen_token: int, seen: Sighting) -> float:
        """:meth:`score` with the two tokens already in hand."""
        found = _SCORES.get((known_token, seen_token))
        return self.computed(known_token, known, seen_token, seen) if found is None else found

    @staticmethod
    def computed(known_token: int, known: Sighting, seen_token: int, seen: Sighting) -> float:
        """The pair's score computed, and remembered."""
        if len(_SCORES) >= REMEMBERED_PAIRS:
            _SCORES.clear()
        found = link_score(known.meeting, seen.meeting, known_published=known.published, seen_published=seen.published)
        _SCORES[(known_token, seen_token)] = found
        return found


# Pairs remembered at most, ~140 bytes each (55 MB when full): the whole of Reuters-21578
# leaves 250,000.
REMEMBERED_PAIRS = 400_000
_SCORES: dict[tuple[int, int], float] = {}


def link_matrix(
    items: Sequence[Sighting], scores: LinkScores | None = None
) -> tuple[dict[int, dict[int, list[float]]], list[tuple[float, int, int]]]:
    """The links of every compared pair of ``items`` (blocked pairs left out), both ways:
    ``links[i][j]`` is ``[score, 1.0, score]`` (sum, count and best of a pair of groups of
    one sighting each); and the pairs that may join as heap entries ``(-score, i, j)``,
    ``i < j``. One pass: it runs n²/2 times per clustering, so the loop is kept tight."""
    scores = scores or LinkScores()
    tokens = [scores.token(item) for item in items]
    links: dict[int, dict[int, list[float]]] = {i: {} for i in range(len(items))}
    offers: list[tuple[float, int, int]] = []
    remembered = _SCORES.get
    blocked = float("-inf")
    for i, a in enumerate(items):
        mine, article, row = tokens[i], a.article_id, links[i]
        for j in range(i + 1, len(items)):
            b = items[j]
            if article == b.article_id:
                continue  # one article's two readings are two meetings: never compared
            score = remembered((mine, tokens[j]))
            if score is None:
                score = scores.computed(mine, a, tokens[j], b)
            if score != blocked:
                row[j] = links[j][i] = [score, 1.0, score]
                if score > 0:  # joinable (see _joinable): two articles, a link above zero
                    offers.append((-score, i, j))
    return links, offers


def cluster(sightings: Sequence[Sighting], scores: LinkScores | None = None) -> list[list[Sighting]]:
    """The sightings grouped into meetings, each group and the list of groups in canonical order.

    Each group is known by its first sighting's index; the links between two groups are kept
    as their sum, count and best, updated when groups join, so a join touches the links of
    the two groups only, and the joinable pairs wait in a heap by average (a pair whose links
    changed since it was offered is offered again and its old offer skipped): a neighbourhood
    of hundreds of sightings (a headline repeated all year) clusters in milliseconds. Ties
    go to the pair of groups that comes first in canonical order. ``scores`` remembers link
    scores across calls (see :class:`LinkScores`).
    """
    items = canonical(sightings)
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    articles: dict[int, set[str]] = {i: {items[i].article_id} for i in range(len(items))}
    links, offers = link_matrix(items, scores)  # links both ways, one list per pair
    _explain_moves(items, links)
    heapq.heapify(offers)  # (-average, group, group): the best join on top
    while offers:
        negative, x, y = heapq.heappop(offers)
        values = links[x].get(y) if x in members else None
        if values is None or -negative != values[0] / values[1] or not _joinable(x, y, values, articles):
            continue  # stale: a group joined since, or the pair's links changed
        members[x] = sorted(members[x] + members.pop(y))
        articles[x] |= articles.pop(y)
        theirs = links.pop(y)
        mine = links[x]
        del theirs[x], mine[y]
        for other, held in theirs.items():
            del links[other][y]
            old = mine.get(other)
            # The sum of two sums (exact either way round), as the pair would hold it had
            # the two groups been one from the start of the step.
            joined = list(held) if old is None else [old[0] + held[0], old[1] + held[1], max(old[2], held[2])]
            mine[other] = links[other][x] = joined
            # Only changed pairs are offered again: x's other pairs keep their offers (an
            # article x gained may bar one now, which is checked when it comes up).
            if joined[2] > 0 and joined[0] / joined[1] > 0 and articles[x].isdisjoint(articles[other]):
                heapq.heappush(offers, (-(joined[0] / joined[1]), min(x, other), max(x, other)))
    groups = [[items[i] for i in members[g]] for g in sorted(members)]
    return sorted(groups, key=lambda g: canonical(g)[0].order())


def _explain_moves(items: Sequence[Sighting], links: dict[int, dict[int, list[float]]]) -> None:
    """Forget the links against between the reports of a meeting's old day and of its new day
    when a report of the move links to both: "the talks set for Tuesday in Wroclaw will take
    place in Warsaw on Thursday" explains why Tuesday's reports and Thursday's disagree, and
    their disagreement must not keep them apart (their links, always negative, would pull
    the average below zero)."""
    for mover, item in enumerate(items):
        change = item.meeting.change
        if change is None or change.action is not ChangeAction.RESCHEDULE:
            continue
        mine = links[mover]
        new_day = [j for j, link in mine.items() if link[2] > 0 and items[j].meeting.start == item.meeting.start]
        old_day = [
            i
            for i, link in mine.items()
            if link[2] > 0
            and items[i].meeting.start != item.meeting.start
            and (
                change.previous_start is None or items[i].meeting.start <= change.previous_start <= items[i].meeting.end
            )
        ]
        _forget_between(links, old_day, new_day)
        if change.previous_place and item.meeting.location:
            # "... due to be held in Perpignan on Thursday will instead take place in Paris":
            # the reports of the old place and of the new one, in the same way
            here, there = place(item.meeting.location), place(change.previous_place)
            linked = [j for j, link in mine.items() if link[2] > 0 and items[j].meeting.location]
            new_place = [j for j in linked if same_place(place(items[j].meeting.location), here) >= 1.0]
            old_place = [i for i in linked if same_place(place(items[i].meeting.location), there) >= 1.0]
            _forget_between(links, old_place, new_place)


def _forget_between(links: dict[int, dict[int, list[float]]], old: list[int], new: list[int]) -> None:
    """Drop the links against (at most zero) between two sets of sightings a move explains."""
    for i in old:
        for j in new:
            link = links[i].get(j)
            if link is not None and link[2] <= 0:
                del links[i][j], links[j][i]


def _joinable(x: int, y: int, values: list[float], articles: dict[int, set[str]]) -> bool:
    """Whether groups ``x`` and ``y`` may join: a pair of them really links, their links
    average above zero, and no article is in both (one article's two readings are two meetings)."""
    return values[2] > 0 and values[0] / values[1] > 0 and articles[x].isdisjoint(articles[y])
