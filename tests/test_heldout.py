"""The extractor on three held-out sets of Reuters articles, scored by the shared scorer.

The labels are in tests/heldout/ (no article text); the articles are read by id from the
corpus through DIPLOCAL_REUTERS_DIR, so the text never enters the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, need, shared_path
from test_dev_corpus import _scorer

from diplocal.extract import meetings_from_article
from diplocal.render.jsonview import prediction_to_json

LABELS = ROOT / "tests" / "heldout"
CORPUS = shared_path("DIPLOCAL_REUTERS_DIR", "data/reuters21578")


@pytest.fixture(scope="module")
def corpus() -> dict[str, Any]:
    need(any(CORPUS.glob("reut2-*.sgm")), f"the Reuters-21578 corpus in {CORPUS}")
    from benchmarks.reuters import read_corpus

    return {article.id: article for article in read_corpus(CORPUS)}


@pytest.mark.parametrize(
    ("name", "floor_f1", "floor_precision"), [("set1", 0.90, 0.92), ("set2", 0.85, 0.92), ("set3", 0.80, 0.85)]
)
def test_held_out_set_stays_above_its_floor(
    name: str, floor_f1: float, floor_precision: float, corpus: dict[str, Any]
) -> None:
    path: Path = LABELS / f"{name}.labels.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    predicted = {
        row["id"]: prediction_to_json(row["id"], meetings_from_article(corpus[row["id"]]))["events"] for row in gold
    }
    result = _scorer().score(gold, predicted)
    report = f"{name}: F1 {result['f1']} P {result['precision']} R {result['recall']}\n" + "\n".join(result["errors"])
    assert result["f1"] >= floor_f1, report
    assert result["precision"] >= floor_precision, report
    assert result["false_on_negative_articles"] <= 1, report
