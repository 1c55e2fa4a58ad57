"""Fit the confidence calibration of ``diplocal/extract/weights.py`` on our labelled corpora.

    python -m benchmarks.fit_confidence [GOLD.jsonl ...] [--steps 20000]

The extractor scores each meeting it keeps; this reads every labelled corpus (by default all
of them but the held-out ones: ``modern-3``, which no rule or weight has been fitted on), notes
for each kept meeting its score and whether it matches a labelled meeting (the shared
scorer's own pairing, through ``benchmarks.quality``), and fits a logistic curve over the
score (Platt scaling: plain gradient descent, no library). It prints the two numbers to paste
into ``CALIBRATION``, and the reliability table before and after: per 0.1 bin, meetings and
the share right, which should sit within 0.1 of the bin.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from benchmarks.quality import default_corpora, evaluate, reliability_table, scorer
from diplocal.extract import weights

# Sets labelled and kept aside: nothing is fitted on them.
HELD_OUT = ("modern-3",)


def scored(paths: list[Path]) -> list[tuple[float, bool]]:
    """(score, right) for every meeting the extractor keeps in these corpora, uncalibrated."""
    module = scorer()
    saved = weights.CALIBRATION
    weights.CALIBRATION = None  # the meetings report their scores
    try:
        return [pair for path in paths for pair in evaluate(path, module).reliability]
    finally:
        weights.CALIBRATION = saved


def fit(pairs: list[tuple[float, bool]], steps: int = 20000, rate: float = 2.0) -> dict[str, float]:
    """Intercept and slope of the logistic curve that best predicts "right" from the score."""
    intercept, slope = 0.0, 1.0
    n = len(pairs)
    for _ in range(steps):
        grad_i = grad_s = 0.0
        for score, right in pairs:
            p = 1 / (1 + math.exp(-(intercept + slope * score)))
            error = p - (1.0 if right else 0.0)
            grad_i += error
            grad_s += error * score
        intercept -= rate * grad_i / n
        slope -= rate * grad_s / n
    return {"intercept": round(intercept, 2), "slope": round(slope, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, help="labelled corpora (default: all but the held-out ones)")
    parser.add_argument("--steps", type=int, default=20000)
    args = parser.parse_args(argv)
    paths = args.gold or [p for p in default_corpora() if p.stem not in HELD_OUT]
    pairs = scored(paths)
    if not pairs:
        raise SystemExit("no meeting was kept: nothing to fit")
    fitted = fit(pairs, args.steps)
    print(f"{len(pairs)} meetings from {len(paths)} corpora; right: {sum(r for _, r in pairs) / len(pairs):.2f}")
    print(f"CALIBRATION = {fitted}")
    saved = weights.CALIBRATION
    weights.CALIBRATION = fitted
    after = [(weights.calibrated(score), right) for score, right in pairs]
    weights.CALIBRATION = saved
    print("\nbin        scores: meetings right   calibrated: meetings right")
    before_rows = {row["bin"]: row for row in reliability_table(pairs)}
    after_rows = {row["bin"]: row for row in reliability_table(after)}
    for name in sorted(set(before_rows) | set(after_rows)):
        b = before_rows.get(name, {"meetings": 0, "right": 0.0})
        a = after_rows.get(name, {"meetings": 0, "right": 0.0})
        print(f"  {name}  {b['meetings']:>14} {b['right']:.2f}   {a['meetings']:>19} {a['right']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
