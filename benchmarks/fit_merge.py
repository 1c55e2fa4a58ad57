"""Fit the link weights of ``diplocal/store/merge.py`` on our labelled stories.

    python -m benchmarks.fit_merge [--l2 0.05] [--steps 4000]

Every pair of extracted sightings from the stories' reports that passes blocking is a
training example: its features (merge.features) and whether the two are labelled the same
meeting. A logistic regression (plain gradient descent with an L2 penalty, no library) gives
the weights; they are printed as a dict to paste into ``WEIGHTS``, with how many pairs each
feature fired on and the fit's accuracy. The weights are fitted, then read and rounded by a
person: a feature that fired on a handful of pairs keeps a weight a person can defend.
"""

from __future__ import annotations

import argparse
import math
import sys
from itertools import combinations

from benchmarks.clusters import extracted, label_of, read_reports
from benchmarks.quality import scorer
from diplocal.store.merge import WEIGHTS, features


def examples() -> list[tuple[dict[str, float], bool]]:
    """(features, same meeting?) for every compared pair of labelled sightings."""
    score = scorer()
    rows = read_reports()
    found = extracted(rows)
    by_id = {row["id"]: row for row in rows}
    labelled = []
    for article, meetings in found.values():
        for meeting in meetings:
            label = label_of(by_id[article.id], meeting, score, meetings)
            if label is not None:
                labelled.append((article, meeting, label))
    out = []
    for (a, ma, la), (b, mb, lb) in combinations(labelled, 2):
        if a.id == b.id:
            continue
        pair = features(ma, mb, known_published=a.published, seen_published=b.published)
        if pair.blocked:
            continue
        out.append((pair.values, la == lb))
    return out


def fit(data: list[tuple[dict[str, float], bool]], l2: float, steps: int) -> dict[str, float]:
    names = sorted(k for k in WEIGHTS if k != "bias")
    weights = dict.fromkeys(names, 0.0)
    bias = 0.0
    rate = 0.5
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        grad_bias = 0.0
        for values, same in data:
            z = bias + sum(weights[n] * v for n, v in values.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            error = p - (1.0 if same else 0.0)
            grad_bias += error
            for n, v in values.items():
                grad[n] += error * v
        count = len(data)
        bias -= rate * grad_bias / count
        for name in names:
            weights[name] -= rate * (grad[name] / count + l2 * weights[name])
    return {"bias": bias, **weights}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=0.02)
    parser.add_argument("--steps", type=int, default=3000)
    args = parser.parse_args(argv)
    data = examples()
    fitted = fit(data, args.l2, args.steps)
    fired = {name: sum(1 for values, _ in data if name in values) for name in fitted}
    positives = sum(1 for _, same in data if same)
    print(f"{len(data)} compared pairs, {positives} of one meeting")
    right = sum(
        1 for values, same in data if (fitted["bias"] + sum(fitted[n] * v for n, v in values.items()) > 0) == same
    )
    print(f"accuracy on the pairs: {right / len(data):.3f}")
    print("WEIGHTS = {")
    for name, value in fitted.items():
        print(f'    "{name}": {value:.2f},  # fired on {fired.get(name, len(data))} pairs')
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
