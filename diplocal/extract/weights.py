"""Every weight the extractor uses, by name, in one place.

``PAIRING`` scores how far a date is from a meeting word (weighted characters);
``CONFIDENCE`` turns a candidate's features into a score, on which the extractor decides
(below :data:`MIN_CONFIDENCE` a meeting is not reported; below ``TENTATIVE_BELOW`` it is
tentative). ``CALIBRATION`` turns a meeting's score into the confidence it reports: the
share of meetings so scored that are right, fitted on our labelled corpora by
``benchmarks/fit_confidence.py`` (Platt scaling: a logistic curve over the score), so that
a meeting given 0.8 is right about eight times in ten; ``benchmarks/quality.py`` prints the
reliability table.
"""

from __future__ import annotations

import math

# How far (in characters, weighted) a date may sit from the meeting word that owns it.
PAIRING: dict[str, float] = {
    "after_date": 1.2,  # a meeting word after the date counts its gap a little longer...
    "attached": 0.5,  # ...unless only modifiers stand between ("tomorrow's summit")
    "comma": 25.0,  # each comma between them
    "weak_noun": 15.0,  # a weak meeting noun ("conference", "forum")
    "weak_verb": 45.0,  # "discuss", "review": only when nothing better is near
    "clause_word": 90.0,  # "after", "before", "while", "but", "when" between them
    "other_act": 20.0,
    "joined_verb": 45.0,  # a meeting verb right after "and", past the date: its own predicate  # "and will open...": another act of the subject
    "held_verb": 30.0,  # a verb of holding before the date ("will take place in Warsaw on"): so far from its subject
    "max": 110.0,
    "max_month": 75.0,  # a month alone must sit close by its meeting: "the OECD meeting in May"
}

# Below this confidence a meeting is not reported at all.
MIN_CONFIDENCE = 0.45

# A candidate's confidence: base + sum(weight * feature), clipped to 0.05..0.97.
CONFIDENCE: dict[str, float] = {
    "base": 0.8,  # a dated meeting word, nothing else known
    "week": -0.2,  # known only to the week
    "month": -0.2,  # known only to the month
    "weekday_unqualified": -0.05,  # "on Friday" rather than "next Friday" or a date
    "future": 0.12,  # future words around it
    "tense_unknown": -0.1,
    "cue_strength": 0.5,  # per unit of the meeting word's strength above 0.85
    "hedged": -0.25,  # "could", "proposed", "hopes to"
    "nobody_named": -0.15,  # no organisation, country, person or role
    "explicit_year": 0.03,
}
# Each further sentence of an article telling of the same meeting adds this.
PER_MENTION = 0.04


# The reported confidence of a meeting scored s: 1 / (1 + exp(-(intercept + slope * s))).
# Fitted on the labelled corpora (never the held-out ones); None reports the score itself
# (what the fitter reads). benchmarks/fit_confidence.py's likelihood fit (-2.10, 5.44 with the
# tenth session's sets) leaves its 0.6-0.7 bin 0.11 under-confident; these are the values of a
# 0.1-step grid that keep every bin of 10 or more nearest its share right (at most 0.01 off).
CALIBRATION: dict[str, float] | None = {"intercept": -2.38, "slope": 5.33}
# No one article makes a meeting certain.
MAX_CONFIDENCE = 0.97


def confidence_of(features: dict[str, float]) -> float:
    """A candidate's score from its features (names of :data:`CONFIDENCE`), 0.05..0.97."""
    score = CONFIDENCE["base"] + sum(CONFIDENCE[name] * value for name, value in features.items())
    return round(min(MAX_CONFIDENCE, max(0.05, score)), 2)


def calibrated(score: float) -> float:
    """The confidence a meeting of this score reports: the share of such meetings that are
    right (see :data:`CALIBRATION`), 0.05..0.97, to two places."""
    if CALIBRATION is None:
        return round(score, 2)
    chance = 1 / (1 + math.exp(-(CALIBRATION["intercept"] + CALIBRATION["slope"] * score)))
    return round(min(MAX_CONFIDENCE, max(0.05, chance)), 2)
