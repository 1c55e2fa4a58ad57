"""The extractor on our own labelled corpora, scored by the shared scorer (``score.py``).

Modern English (tests/corpus/en/modern-*.jsonl) and each language's sets
(tests/corpus/<lang>/set-*.jsonl), written and labelled blind (tests/corpus/LABELLING.md).
Each corpus has a floor: the figure it reached when the floor was set, less a small margin for
a rule that trades one meeting for another; a change that costs more fails here. The issues'
targets are higher (F1 0.95 for modern English, 0.90 per language); where a floor is below its
target, the gap is open work, not a target met. ``modern-3`` was kept aside while the rules
were written: no rule was revised against it.

The confidences are checked too: per 0.1 bin with 10 or more meetings, the share of meetings
right is within 0.1 of the bin (benchmarks/fit_confidence.py fits the calibration).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, need, shared_path

CORPUS = ROOT / "tests" / "corpus"
EVAL = shared_path("DIPLOCAL_EVAL_DIR", "eval")

# corpus -> (F1 floor, precision floor, false meetings allowed on articles that announce none)
FLOORS: dict[str, tuple[float, float, int]] = {
    "en/modern-1": (0.82, 0.90, 2),
    "en/modern-2": (0.81, 0.85, 2),
    "en/modern-3": (0.80, 0.85, 2),
    "ru/set-1": (0.91, 0.95, 0),
    "de/set-1": (0.93, 0.97, 0),
    "ar/set-1": (0.92, 0.97, 0),
    "fr/set-1": (0.90, 0.94, 0),
    "es/set-1": (0.90, 0.97, 0),
}


@pytest.fixture(scope="module")
def scorer() -> Any:
    need((EVAL / "score.py").exists(), f"the shared scorer in {EVAL}")
    from benchmarks.quality import scorer as shared_scorer

    return shared_scorer()


@pytest.fixture(scope="module")
def results(scorer: Any) -> dict[str, Any]:
    from benchmarks.quality import evaluate

    return {name: evaluate(CORPUS / f"{name}.jsonl", scorer) for name in FLOORS}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_corpus_stays_above_its_floor(name: str, results: dict[str, Any]) -> None:
    floor_f1, floor_precision, false_allowed = FLOORS[name]
    quality = results[name]
    scored = quality.scored
    report = f"{name}: F1 {scored['f1']} P {scored['precision']} R {scored['recall']}"
    if not name.endswith("modern-3"):  # the held-out set's misses are not for reading
        report += "\n" + "\n".join(quality.errors)
    assert not quality.failed, report
    assert scored["f1"] >= floor_f1, report
    assert scored["precision"] >= floor_precision, report
    assert scored["false_on_negative_articles"] <= false_allowed, report


def test_confidence_means_what_it_says(results: dict[str, Any], scorer: Any) -> None:
    from benchmarks.quality import evaluate, reliability_table

    pairs = [pair for quality in results.values() for pair in quality.reliability]
    pairs += evaluate(EVAL / "dev.jsonl", scorer).reliability
    table = reliability_table(pairs)
    for row in table:
        if row["meetings"] < 10:
            continue
        low, high = (float(x) for x in row["bin"].split("-"))
        middle = (low + high) / 2
        assert abs(row["right"] - middle) <= 0.1, table


def test_every_corpus_is_scored() -> None:
    """A corpus added to tests/corpus/ gets a floor here (a language's set-2 is read by its
    own test below once it has one)."""
    ours = {f"{p.parent.name}/{p.stem}" for p in Path(CORPUS).glob("*/*.jsonl") if p.parent.name != "clusters"}
    assert ours - set(FLOORS) - {f"{lang}/set-2" for lang in ("ru", "de", "ar", "fr", "es")} == set()
