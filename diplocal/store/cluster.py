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

from collections.abc import Sequence
from itertools import combinations

from diplocal.store.fold import Sighting
from diplocal.store.merge import link_score


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


def link_matrix(items: Sequence[Sighting]) -> dict[tuple[int, int], float]:
    """The link score of every compared pair (``i < j``); blocked pairs are left out."""
    scores: dict[tuple[int, int], float] = {}
    for i, j in combinations(range(len(items)), 2):
        a, b = items[i], items[j]
        if a.article_id == b.article_id:
            continue
        score = link_score(a.meeting, b.meeting, known_published=a.published, seen_published=b.published)
        if score != float("-inf"):
            scores[(i, j)] = score
    return scores


def cluster(sightings: Sequence[Sighting]) -> list[list[Sighting]]:
    """The sightings grouped into meetings, each group and the list of groups in canonical order.

    Each group is known by its first sighting's index; the links between two groups are kept
    as their sum, count and best, updated when groups join, so each step looks at the linked
    pairs only (not at every pair of sightings again): a neighbourhood of hundreds of
    sightings (a headline repeated all year) clusters in milliseconds. Ties go to the pair
    of groups that comes first in canonical order.
    """
    items = canonical(sightings)
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    articles: dict[int, set[str]] = {i: {items[i].article_id} for i in range(len(items))}
    links: dict[tuple[int, int], list[float]] = {}  # (group, group) -> [sum, count, best]
    for pair, score in link_matrix(items).items():
        links[pair] = [score, 1.0, score]
    while True:
        best: tuple[float, int, int] | None = None
        for (x, y), (total, count, top) in links.items():
            if top <= 0:
                continue
            average = total / count
            if average <= 0 or articles[x] & articles[y]:
                continue  # one article's two readings are two meetings
            if best is None or average > best[0] or (average == best[0] and (x, y) < best[1:]):
                best = (average, x, y)
        if best is None:
            break
        _, x, y = best
        members[x] = sorted(members[x] + members.pop(y))
        articles[x] |= articles.pop(y)
        joined: dict[tuple[int, int], list[float]] = {}
        for (a, b), values in links.items():
            if y not in (a, b) and x not in (a, b):
                joined[(a, b)] = values
                continue
            if {a, b} == {x, y}:
                continue
            other = b if a in (x, y) else a
            key = (min(x, other), max(x, other))
            held = joined.get(key)
            if held is None:
                joined[key] = list(values)
            else:
                joined[key] = [held[0] + values[0], held[1] + values[1], max(held[2], values[2])]
        links = joined
    groups = [[items[i] for i in members[g]] for g in sorted(members)]
    return sorted(groups, key=lambda g: canonical(g)[0].order())
