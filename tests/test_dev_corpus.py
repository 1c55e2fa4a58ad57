"""The extractor on the labelled dev corpus, scored by the shared scorer, against the targets.

The corpus stays in ../shared; this test finds it through DIPLOCAL_EVAL_DIR (set by .ci/run).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import need, shared_path

from diplocal.extract import meetings_from_article
from diplocal.render.jsonview import prediction_to_json
from diplocal.sources.files import article_from_json

EVAL = shared_path("DIPLOCAL_EVAL_DIR", "eval")


def _scorer() -> ModuleType:
    need((EVAL / "score.py").exists(), f"the shared scorer ({EVAL / 'score.py'})")
    spec = importlib.util.spec_from_file_location("shared_score", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(gold_file: Path) -> dict[str, Any]:
    scorer = _scorer()
    need(gold_file.exists(), f"the labelled corpus {gold_file}")
    gold = scorer.read_jsonl(str(gold_file))
    predicted: dict[str, list[dict[str, Any]]] = {}
    for row in gold:
        article = article_from_json(row, where=f"{gold_file.name}:{row['id']}")
        predicted[str(row["id"])] = prediction_to_json(article.id, meetings_from_article(article))["events"]
    result: dict[str, Any] = scorer.score(gold, predicted)
    return result


@pytest.fixture(scope="module")
def dev() -> dict[str, Any]:
    return _score(EVAL / "dev.jsonl")


def test_dev_corpus_meets_the_targets(dev: dict[str, Any]) -> None:
    report = json.dumps({k: v for k, v in dev.items() if k != "errors"}, indent=1) + "\n" + "\n".join(dev["errors"])
    assert dev["f1"] >= 0.90, report
    assert dev["precision"] >= 0.92, report
    assert dev["end_date_accuracy"] >= 0.95, report
    assert dev["location_accuracy"] >= 0.85, report


def test_at_most_two_negative_articles_get_a_false_meeting(dev: dict[str, Any]) -> None:
    gold = [json.loads(line) for line in (EVAL / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    negatives = {str(row["id"]) for row in gold if not row.get("events")}
    assert len(negatives) == 10
    spoiled = {line.split(":")[0] for line in dev["errors"] if ": false " in line} & negatives
    assert len(spoiled) <= 2, sorted(spoiled)


def test_the_sample_article_scores_perfectly() -> None:
    seed = _score(EVAL / "seed.jsonl")
    assert seed["f1"] == 1.0, seed["errors"]
    assert seed["end_date_accuracy"] == 1.0
    assert seed["location_accuracy"] == 1.0
