"""The store's memos change nothing: clustering with remembered link scores and a heap gives
the groups of plain average linkage, and a fold resumed from a remembered one is the fold
from scratch (real-shaped sightings from tests/corpus/clusters, and made-up ones)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.clusters import extracted, read_reports
from diplocal.model import ChangeAction, Meeting
from diplocal.store.cluster import LinkScores, canonical, cluster
from diplocal.store.fold import Sighting, derive
from diplocal.store.merge import link_score, publisher_key
from diplocal.store.tokens import Tokens


@cache
def labelled() -> tuple[Sighting, ...]:
    """Every labelled report's sightings, as the extractor reads them."""
    return tuple(
        Sighting(article.id, article.published, publisher_key(article.publisher, article.url), meeting)
        for article, meetings in extracted(read_reports()).values()
        for meeting in meetings
    )


def plain_average_linkage(sightings: list[Sighting]) -> list[list[Sighting]]:
    """The specification the store's clustering keeps to: at each step, every pair of
    groups is looked at and the best average joins (the first pair in canonical order on a
    tie), as long as it is above zero, some pair of it links, and no article is in both."""
    items = canonical(sightings)
    members = {i: [i] for i in range(len(items))}
    articles = {i: {items[i].article_id} for i in range(len(items))}
    links: dict[tuple[int, int], list[float]] = {}
    for i, j in combinations(range(len(items)), 2):
        a, b = items[i], items[j]
        score = link_score(a.meeting, b.meeting, known_published=a.published, seen_published=b.published)
        if a.article_id != b.article_id and score != float("-inf"):
            links[(i, j)] = [score, 1.0, score]
    # A report of a move that links to a report of the old day and to one of the new day
    # explains their disagreement: that pair's link against is forgotten.
    explained = set()
    for m, mover in enumerate(items):
        change = mover.meeting.change
        if change is None or change.action is not ChangeAction.RESCHEDULE:
            continue
        for i, j in combinations(range(len(items)), 2):
            if m in (i, j):
                continue
            for old, new in ((i, j), (j, i)):
                to_old = links.get((min(m, old), max(m, old)))
                to_new = links.get((min(m, new), max(m, new)))
                if (
                    to_old is not None
                    and to_new is not None
                    and to_old[2] > 0
                    and to_new[2] > 0
                    and items[new].meeting.start == mover.meeting.start
                    and items[old].meeting.start != mover.meeting.start
                    and (
                        change.previous_start is None
                        or items[old].meeting.start <= change.previous_start <= items[old].meeting.end
                    )
                ):
                    explained.add((i, j))
    for pair in explained:
        if pair in links and links[pair][2] <= 0:
            del links[pair]
    while True:
        best: tuple[float, int, int] | None = None
        for (x, y), (total, count, top) in links.items():
            average = total / count
            if top <= 0 or average <= 0 or articles[x] & articles[y]:
                continue
            if best is None or average > best[0] or (average == best[0] and (x, y) < best[1:]):
                best = (average, x, y)
        if best is None:
            break
        _, x, y = best
        members[x] = sorted(members[x] + members.pop(y))
        articles[x] |= articles.pop(y)
        joined: dict[tuple[int, int], list[float]] = {}
        for (a_, b_), values in links.items():
            if x not in (a_, b_) and y not in (a_, b_):
                joined[(a_, b_)] = values
            elif {a_, b_} != {x, y}:
                other = b_ if a_ in (x, y) else a_
                key = (min(x, other), max(x, other))
                held = joined.get(key)
                joined[key] = (
                    list(values)
                    if held is None
                    else [held[0] + values[0], held[1] + values[1], max(held[2], values[2])]
                )
        links = joined
    groups = [[items[i] for i in members[g]] for g in sorted(members)]
    return sorted(groups, key=lambda g: canonical(g)[0].order())


def test_the_labelled_reports_cluster_as_plain_average_linkage() -> None:
    everything = list(labelled())
    assert len(everything) > 50
    expected = plain_average_linkage(everything)
    assert any(len(group) > 3 for group in expected)  # something to join
    assert cluster(everything) == expected
    tokens = Tokens()
    assert cluster(everything, LinkScores(tokens)) == expected  # scores remembered now
    assert cluster(list(reversed(everything)), LinkScores(tokens)) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_part_of_them_clusters_as_plain_average_linkage(data: st.DataObject) -> None:
    everything = list(labelled())
    part = data.draw(st.lists(st.sampled_from(everything), unique_by=id, min_size=2, max_size=len(everything)))
    assert cluster(part, LinkScores(Tokens())) == plain_average_linkage(part)


def test_a_fold_resumed_from_a_remembered_one_is_the_fold_from_scratch() -> None:
    groups = [group for group in cluster(list(labelled())) if len(group) >= 3]
    assert groups
    tokens = Tokens()
    for group in groups:
        ordered = sorted(group, key=Sighting.order)
        for size in range(1, len(ordered) + 1):  # each one more source, as articles arrive
            assert derive(ordered[:size], tokens) == derive(ordered[:size])
        late = [*ordered[:1], *ordered[2:]]  # the second source read last: the fold forks
        assert derive(late, tokens) == derive(late)
        assert derive(ordered, tokens) == derive(ordered)
        assert derive(list(reversed(ordered)), Tokens()) == derive(ordered)


def _talks(title: str) -> Meeting:
    return Meeting(
        title=title,
        start=date(2022, 3, 10),
        end=date(2022, 3, 10),
        location="Beijing",
        participants=("Sergei Lavrov", "Wang Yi"),
        countries=("RU", "CN"),
    )


def test_one_meeting_object_told_twice_is_folded_as_without_the_memo() -> None:
    """Title agreement counts the other sources by identity: one meeting object told by two
    articles does not agree with itself, an equal copy does. The memo (by content) must not
    give one the other's fold."""
    shared = _talks("Lavrov-Wang talks")
    other = _talks("Lavrov Wang Beijing talks")

    def at(hour: int) -> datetime:
        return datetime(2022, 3, 1, hour, tzinfo=UTC)

    twice = [Sighting("a", at(1), "x", shared), Sighting("b", at(2), "y", shared), Sighting("c", at(3), "z", other)]
    copied = [twice[0], replace(twice[1], meeting=replace(shared)), twice[2]]
    assert derive(twice).meeting.title != derive(copied).meeting.title  # the two folds differ
    tokens = Tokens()
    assert derive(copied, tokens) == derive(copied)
    assert derive(twice, tokens) == derive(twice)
