"""Merging on multi-outlet coverage: our labelled stories ingested in several arrival orders.

    python -m benchmarks.clusters [--corpus DIR] [--orders N] [--errors]

Each story is a few reports of the same meetings from different outlets and languages
(``tests/corpus/clusters/``). Every report is extracted and stored, all stories in one
store, in publication order, in reverse, and in seeded shuffles. Each stored sighting is
labelled with the story meeting it tells of (by the report's own labels), and the store's
events are scored: B-cubed precision and recall over sightings, events per real meeting
(1.0 is right), real meetings sharing an event (0 is right), and whether each real meeting's
event has the right first day, status and place in the end.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.quality import scorer
from diplocal.errors import DiplocalError
from diplocal.extract import meetings_from_article
from diplocal.model import Article, Meeting
from diplocal.sources.files import article_from_json
from diplocal.store import Store

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "corpus" / "clusters" / "stories.jsonl"
REPORTS = ROOT / "tests" / "corpus" / "clusters" / "reports.jsonl"


@dataclass
class Outcome:
    """One arrival order's result."""

    order: str
    precision: float = 0.0
    recall: float = 0.0
    events_per_meeting: float = 0.0
    shared: int = 0
    split: list[str] = field(default_factory=list)  # real meetings that became several events
    joined: list[str] = field(default_factory=list)  # events holding several real meetings
    wrong_state: list[str] = field(default_factory=list)  # first day, status or place wrong
    meetings: int = 0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def read_reports(path: Path = REPORTS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_stories(path: Path = STORIES) -> dict[str, dict[str, Any]]:
    return {row["story"]: row for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if row}


def extracted(rows: list[dict[str, Any]]) -> dict[str, tuple[Article, list[Meeting]]]:
    """Each report as an article with the meetings the extractor finds in it."""
    found: dict[str, tuple[Article, list[Meeting]]] = {}
    for row in rows:
        article = article_from_json(row, where=row["id"])
        try:
            found[row["id"]] = (article, meetings_from_article(article))
        except DiplocalError:
            found[row["id"]] = (article, [])
    return found


def label_of(row: dict[str, Any], meeting: Meeting, score: Any, told: list[Meeting] | None = None) -> str | None:
    """The story meeting (``story:key``) an extracted meeting of a report tells of, or None
    when it fits none of the report's labels (a false meeting).

    ``told``: the report's extracted meetings. Those told in the meeting's own sentence are
    first paired one to one with the labels, most alike first, as the scorer pairs them ("GCC
    Summit" and "Arab-Islamic Summit" told in one sentence on one day are two labels, not the
    likelier one twice); any other takes the label it is most like."""
    fitting = _fitting(row, meeting, score)
    if not fitting:
        return None
    sentence = meeting.evidence[0].sentence if meeting.evidence else None
    told = [m for m in told or () if sentence is not None and m.evidence and m.evidence[0].sentence == sentence]
    if len(told) > 1 and any(m is meeting for m in told):
        pairs = sorted(
            (
                (score.similarity(g, _compared(m)), -number, -at, number, at)
                for number, m in enumerate(told)
                for at, g in enumerate(_fitting(row, m, score))
            ),
            reverse=True,
        )
        taken: set[str] = set()
        paired: dict[int, dict[str, Any]] = {}
        for *_, number, at in pairs:
            label = _fitting(row, told[number], score)[at]
            key = str(label.get("key"))
            if number in paired or key in taken:
                continue
            paired[number] = label
            taken.add(key)
        mine = next(number for number, m in enumerate(told) if m is meeting)
        if mine in paired:
            best = paired[mine]
            return f"{row['story']}:{best['key']}" if "key" in best else None
    best = max(fitting, key=lambda g: score.similarity(g, _compared(meeting)))
    return f"{row['story']}:{best['key']}" if "key" in best else None


def _fitting(row: dict[str, Any], meeting: Meeting, score: Any) -> list[dict[str, Any]]:
    labels = [*row.get("events", []), *row.get("changes", [])]
    start = meeting.start_label()
    fitting = [g for g in labels if "precision" in g and score.fits(g, start)]
    fitting += [g for g in labels if "precision" not in g and str(g.get("start", "")) in (start, start[:7])]
    return fitting


def _compared(meeting: Meeting) -> dict[str, Any]:
    return {"title": meeting.title, "location": meeting.location}


def run(
    rows: list[dict[str, Any]],
    stories: dict[str, dict[str, Any]],
    order: str,
    seed: int | None,
    found: dict[str, tuple[Article, list[Meeting]]] | None = None,
) -> Outcome:
    """Ingest the reports in one order into a fresh store and score its events (``found``:
    the reports already extracted, to extract them once for several orders)."""
    score = scorer()
    found = found if found is not None else extracted(rows)
    ordered = sorted(rows, key=lambda r: r["published"])
    if order == "reversed":
        ordered.reverse()
    elif order == "shuffled":
        random.Random(seed).shuffle(ordered)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/clusters.db")
        try:
            for row in ordered:
                article, meetings = found[row["id"]]
                store.ingest(article, meetings)
            items = _items(store, rows, found, score)
            states = {meeting_id: store.get(meeting_id).meeting for meeting_id in {m for _, m, _ in items}}
        finally:
            store.close()
    return _score(items, states, stories, f"{order}" + (f" {seed}" if seed is not None else ""))


def _items(
    store: Store, rows: list[dict[str, Any]], found: dict[str, tuple[Article, list[Meeting]]], score: Any
) -> list[tuple[str, str, str]]:
    """(report id, stored event id, story meeting) for every labelled sighting in the store."""
    items: list[tuple[str, str, str]] = []
    for row in rows:
        for stored in store.meetings_of_article(row["id"]):
            sightings = [e for e in stored.meeting.evidence if e.article_id == row["id"]]
            if not sightings:
                continue
            mine = [m for m in found[row["id"]][1] if m.evidence and m.evidence[0].sentence == sightings[0].sentence]
            # One sentence may tell of two meetings ("a Gulf summit, followed by an Arab summit"):
            # the report's meeting is the one most like the stored event.
            meeting = max(mine, key=lambda m: _likeness(m, stored.meeting)) if mine else stored.meeting
            label = label_of(row, meeting, score, found[row["id"]][1])
            if label is not None:
                items.append((row["id"], stored.id, label))
    return items


def _likeness(mine: Meeting, stored: Meeting) -> tuple[int, int, int]:
    """How alike a report's meeting and a stored event are: same first day, shared
    organisations, shared participants (first in list order on ties)."""
    return (
        int(mine.start == stored.start),
        len(set(mine.organisations) & set(stored.organisations)),
        len(set(mine.participants) & set(stored.participants)),
    )


def _score(
    items: list[tuple[str, str, str]], states: dict[str, Meeting], stories: dict[str, dict[str, Any]], order: str
) -> Outcome:
    outcome = Outcome(order)
    if not items:
        return outcome
    by_event: dict[str, list[str]] = defaultdict(list)
    by_label: dict[str, list[str]] = defaultdict(list)
    for _, event, label in items:
        by_event[event].append(label)
        by_label[label].append(event)
    precision = recall = 0.0
    for _, event, label in items:
        precision += by_event[event].count(label) / len(by_event[event])
        recall += by_label[label].count(event) / len(by_label[label])
    outcome.precision = round(precision / len(items), 4)
    outcome.recall = round(recall / len(items), 4)
    outcome.meetings = len(by_label)
    outcome.events_per_meeting = round(sum(len(set(v)) for v in by_label.values()) / len(by_label), 3)
    outcome.split = sorted(label for label, events in by_label.items() if len(set(events)) > 1)
    outcome.joined = sorted(  # the event, and the real meetings it holds
        f"{event} ({', '.join(sorted(set(labels)))})" for event, labels in by_event.items() if len(set(labels)) > 1
    )
    outcome.shared = len(outcome.joined)
    for label, events in sorted(by_label.items()):
        event = Counter(events).most_common(1)[0][0]
        story, key = label.split(":")
        gold = next(m for m in stories[story]["meetings"] if m["key"] == key)
        state = states[event]
        wrong = []
        if state.start_label() != gold["start"] and not (
            gold["precision"] != "day" and state.start_label().startswith(gold["start"][:7])
        ):
            wrong.append(f"start {state.start_label()} (labelled {gold['start']})")
        if state.status.value != _STANDING.get(gold["status"], gold["status"]):
            wrong.append(f"status {state.status.value} (labelled {gold['status']})")
        if gold.get("location") and not _same_place(gold["location"], state.location):
            wrong.append(f"place {state.location} (labelled {gold['location']})")
        if wrong:
            outcome.wrong_state.append(f"{label} {gold['title']}: " + "; ".join(wrong))
    return outcome


# A story may label a meeting that was moved "moved": it stands, at its new date and place
# (which the start and place checks compare), so a calendar shows it confirmed.
_STANDING = {"moved": "confirmed"}


def _same_place(gold: str, predicted: str | None) -> bool:
    """True when the stored place is the labelled one. A label names a town as people write
    it; a name several towns bear ("St. John's": Newfoundland's and Antigua's capital) is read
    in the country of the stored place before it is read alone."""
    from diplocal.places import city_in, place, same_place

    if not predicted:
        return False
    stored = place(predicted)
    if stored is not None and stored.level == "city" and stored.country:
        there = city_in(gold, stored.country)
        if there is not None and there.name == stored.city:
            return True
    return same_place(place(gold), stored) > 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--orders", type=int, default=3, help="seeded shuffles beside publication order and its reverse"
    )
    parser.add_argument("--errors", action="store_true", help="list split and joined meetings and wrong states")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=STORIES.parent,
        help="a folder with stories.jsonl and reports.jsonl (default: tests/corpus/clusters)",
    )
    args = parser.parse_args(argv)
    rows, stories = read_reports(args.corpus / "reports.jsonl"), read_stories(args.corpus / "stories.jsonl")
    found = extracted(rows)
    runs = [run(rows, stories, "publication", None, found), run(rows, stories, "reversed", None, found)]
    runs += [run(rows, stories, "shuffled", seed, found) for seed in range(args.orders)]
    print(
        f"{'order':<14}{'B3 P':>8}{'B3 R':>8}{'B3 F1':>8}{'events/mtg':>12}{'shared':>8}{'wrong state':>13}  meetings"
    )
    for outcome in runs:
        print(
            f"{outcome.order:<14}{outcome.precision:>8.3f}{outcome.recall:>8.3f}{outcome.f1:>8.3f}"
            f"{outcome.events_per_meeting:>12.3f}{outcome.shared:>8}{len(outcome.wrong_state):>13}  {outcome.meetings}"
        )
    if args.errors:
        for outcome in runs[:2]:
            print(f"== {outcome.order}")
            for label in outcome.split:
                print("  split ", label)
            for event in outcome.joined:
                print("  joined", event)
            for line in outcome.wrong_state:
                print("  state ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())


def pure_run(rows: list[dict[str, Any]], stories: dict[str, dict[str, Any]]) -> Outcome:
    """The clustering alone, without a store: every labelled report's sightings grouped at once."""
    from diplocal.store.cluster import cluster
    from diplocal.store.fold import Sighting, derive
    from diplocal.store.merge import publisher_key

    score = scorer()
    found = extracted(rows)
    by_id = {row["id"]: row for row in rows}
    sightings = [
        Sighting(article.id, article.published, publisher_key(article.publisher, article.url), meeting)
        for article, meetings in found.values()
        for meeting in meetings
    ]
    items: list[tuple[str, str, str]] = []
    states: dict[str, Meeting] = {}
    for number, group in enumerate(cluster(sightings)):
        event = f"e{number}"
        states[event] = derive(group).meeting
        for sighting in group:
            label = label_of(by_id[sighting.article_id], sighting.meeting, score, found[sighting.article_id][1])
            if label is not None:
                items.append((sighting.article_id, event, label))
    return _score(items, states, stories, "pure")
