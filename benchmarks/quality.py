"""Extraction quality on labelled corpora: the shared scorer's figures, and what it leaves out.

    python -m benchmarks.quality [GOLD.jsonl ...] [--errors] [--json]

With no file, every corpus: the shared dev and seed sets (``DIPLOCAL_EVAL_DIR``), our modern
English sets and our sets in each language (``tests/corpus/``). Beside the shared scorer's
precision, recall, F1, end dates and places (computed by ``score.py`` itself), it reports
stated clock times right (the predicted instant equals the labelled one), updates read (a
labelled cancellation or postponement found as one), false updates (a meeting said to be
cancelled or postponed that no label says is), and a reliability table: per confidence bin of
0.1, how many kept meetings and the share that match a labelled meeting.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

from diplocal.errors import DiplocalError
from diplocal.extract import meetings_from_article
from diplocal.model import Meeting, Status
from diplocal.render.jsonview import prediction_to_json
from diplocal.sources.files import article_from_json

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def shared_eval_dir() -> Path:
    """The shared evaluation folder (``DIPLOCAL_EVAL_DIR``, else ../shared/eval)."""
    return Path(os.environ.get("DIPLOCAL_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def scorer() -> ModuleType:
    """The shared scorer, ``score.py``, imported from where it lies (never copied)."""
    path = shared_eval_dir() / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None or not path.exists():
        raise SystemExit(f"the shared scorer is not at {path} (set DIPLOCAL_EVAL_DIR)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def default_corpora() -> list[Path]:
    """Every labelled corpus we score, shared ones first."""
    shared = [shared_eval_dir() / "dev.jsonl", shared_eval_dir() / "seed.jsonl"]
    ours = sorted(p for p in CORPUS.glob("*/*.jsonl") if not p.parent.name.startswith("clusters"))
    return [p for p in shared if p.exists()] + ours


@dataclass
class Quality:
    """One corpus's figures."""

    name: str
    scored: dict[str, Any]
    times_right: int = 0
    times: int = 0
    updates_found: int = 0
    updates: int = 0
    false_updates: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    # (confidence, right) for every kept meeting
    reliability: list[tuple[float, bool]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def line(self) -> dict[str, Any]:
        s = self.scored
        return {
            "corpus": self.name,
            "articles": s["articles"],
            "gold": s["gold_meetings"],
            "predicted": s["predicted_meetings"],
            "precision": s["precision"],
            "recall": s["recall"],
            "f1": s["f1"],
            "end_dates": s["end_date_accuracy"],
            "places": s["location_accuracy"],
            "false_on_negatives": s["false_on_negative_articles"],
            "times": f"{self.times_right}/{self.times}",
            "updates": f"{self.updates_found}/{self.updates}",
            "false_updates": len(self.false_updates),
            "failed": len(self.failed),
        }


def evaluate(path: Path, module: ModuleType | None = None) -> Quality:
    """Extract every article of a labelled corpus and score it."""
    score = module or scorer()
    gold = score.read_jsonl(str(path))
    predicted: dict[str, list[dict[str, Any]]] = {}
    found: dict[str, list[Meeting]] = {}
    failed: list[str] = []
    for row in gold:
        try:
            article = article_from_json(row, where=f"{path.name}:{row['id']}")
            meetings = meetings_from_article(article)
        except DiplocalError as error:
            failed.append(f"{row['id']}: {error}")
            meetings = []
        found[str(row["id"])] = meetings
        predicted[str(row["id"])] = prediction_to_json(str(row["id"]), meetings)["events"]
    quality = Quality(
        path.stem if path.parent.name in ("eval",) else f"{path.parent.name}/{path.stem}", score.score(gold, predicted)
    )
    quality.failed = failed
    quality.errors = list(quality.scored["errors"]) + [f"failed: {f}" for f in failed]
    for row in gold:
        _extras(quality, row, predicted[str(row["id"])], found[str(row["id"])], score)
    return quality


def _pairs(golds: list[dict[str, Any]], preds: list[dict[str, Any]], score: ModuleType) -> dict[int, int]:
    """The scorer's own pairing of labelled and predicted meetings (gold index -> prediction index)."""
    starts = [score.day(p.get("start")) for p in preds]
    candidates = sorted(
        (
            (score.similarity(g, p), gi, pi)
            for gi, g in enumerate(golds)
            for pi, p in enumerate(preds)
            if score.fits(g, starts[pi])
        ),
        reverse=True,
    )
    used: dict[int, int] = {}
    taken: set[int] = set()
    for _, gi, pi in candidates:
        if gi in used or pi in taken:
            continue
        used[gi] = pi
        taken.add(pi)
    return used


def _extras(
    quality: Quality, row: dict[str, Any], preds: list[dict[str, Any]], meetings: list[Meeting], score: ModuleType
) -> None:
    golds = row.get("events", [])
    pairs = _pairs(golds, preds, score)
    optional = row.get("optional_events", [])
    for gi, gold in enumerate(golds):
        if not gold.get("time"):
            continue
        quality.times += 1
        pi = pairs.get(gi)
        stated = _instant(gold)
        predicted = preds[pi].get("time") if pi is not None else None
        if predicted and stated and datetime.fromisoformat(predicted) == stated:
            quality.times_right += 1
        else:
            quality.errors.append(
                f"{row['id']}: time    {gold['time']} {gold.get('timezone')} predicted {predicted} ({gold['title']})"
            )
    matched = set(pairs.values())
    scheduled = [m for m in meetings if m.status not in (Status.CANCELLED, Status.POSTPONED)]
    for pi, meeting in enumerate(scheduled):
        right = pi in matched
        if not right and any(score.fits(o, meeting.start_label()) for o in optional):
            continue
        quality.reliability.append((meeting.confidence, right))
    changes = [c for c in row.get("changes", []) if c.get("action") in ("cancel", "postpone")]
    called_off = [m for m in meetings if m.status in (Status.CANCELLED, Status.POSTPONED)]
    used: set[int] = set()
    for change in changes:
        quality.updates += 1
        hit = next(
            (
                i
                for i, m in enumerate(called_off)
                if i not in used and _fits_change(change, m) and _same_action(change["action"], m.status)
            ),
            None,
        )
        if hit is None:
            quality.errors.append(
                f"{row['id']}: update  {change['action']} {change['start']} not found ({change.get('title')})"
            )
        else:
            used.add(hit)
            quality.updates_found += 1
    for i, meeting in enumerate(called_off):
        if i not in used and not any(_fits_change(c, meeting) for c in row.get("changes", [])):
            quality.false_updates.append(f"{row['id']}: {meeting.status.value} {meeting.start} {meeting.title}")
            quality.errors.append(f"{row['id']}: false update {meeting.status.value} {meeting.start} {meeting.title}")


def _instant(gold: dict[str, Any]) -> datetime | None:
    try:
        day = date.fromisoformat(gold["start"])
        hour, minute = (int(x) for x in gold["time"].split(":"))
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(gold.get("timezone") or "UTC"))
    except (KeyError, ValueError):
        return None


def _fits_change(change: dict[str, Any], meeting: Meeting) -> bool:
    start = str(change.get("start", ""))
    if len(start) == 7:
        return meeting.start.isoformat()[:7] == start
    return meeting.start.isoformat() == start or (meeting.start.isoformat() <= start <= meeting.end.isoformat())


def _same_action(action: str, status: Status) -> bool:
    return (action == "cancel" and status is Status.CANCELLED) or (action == "postpone" and status is Status.POSTPONED)


def reliability_table(pairs: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Per confidence bin of 0.1: kept meetings, and the share that match a labelled one."""
    bins: dict[int, list[bool]] = defaultdict(list)
    for confidence, right in pairs:
        bins[min(9, int(confidence * 10))].append(right)
    return [
        {"bin": f"{b / 10:.1f}-{(b + 1) / 10:.1f}", "meetings": len(v), "right": round(sum(v) / len(v), 3)}
        for b, v in sorted(bins.items())
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every miss, false meeting, wrong time and update")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    module = scorer()
    results = [evaluate(p, module) for p in (args.gold or default_corpora())]
    every = [pair for q in results for pair in q.reliability]
    if args.json:
        print(json.dumps({"corpora": [q.line() for q in results], "reliability": reliability_table(every)}, indent=1))
        return 0
    if args.errors:
        for quality in results:
            print(f"== {quality.name}")
            print("\n".join(quality.errors))
    columns = ["corpus", "articles", "gold", "predicted", "precision", "recall", "f1", "end_dates", "places",
               "false_on_negatives", "times", "updates", "false_updates", "failed"]  # fmt: skip
    print("  ".join(f"{c:>10}" if c != "corpus" else f"{c:<16}" for c in columns))
    for quality in results:
        line = quality.line()
        print("  ".join(f"{line[c]!s:>10}" if c != "corpus" else f"{line[c]!s:<16}" for c in columns))
    print("\nreliability (kept meetings per confidence bin, share right):")
    for row in reliability_table(every):
        print(f"  {row['bin']}  {row['meetings']:>5}  {row['right']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
