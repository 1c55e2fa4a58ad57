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
    """The sightings grouped into meetings, each group and the list of groups in canonical order."""
    items = canonical(sightings)
    scores = link_matrix(items)
    groups: list[list[int]] = [[i] for i in range(len(items))]
    articles = [{items[i].article_id} for i in range(len(items))]
    while True:
        best: tuple[float, int, int] | None = None
        for x, y in combinations(range(len(groups)), 2):
            if articles[x] & articles[y]:
                continue  # one article's two readings are two meetings
            links = [
                scores[(min(i, j), max(i, j))] for i in groups[x] for j in groups[y] if (min(i, j), max(i, j)) in scores
            ]
            if not links or max(links) <= 0:
                continue
            average = sum(links) / len(links)
            if average <= 0:
                continue
            if best is None or average > best[0]:
                best = (average, x, y)
        if best is None:
            break
        _, x, y = best
        groups[x] = sorted(groups[x] + groups[y])
        articles[x] |= articles[y]
        del groups[y], articles[y]
    return sorted(([items[i] for i in group] for group in groups), key=lambda g: canonical(g)[0].order())
