"""The extractor on our own labelled corpora, scored by the shared scorer (``score.py``).

Modern English (tests/corpus/en/modern-*.jsonl) and each language's sets
(tests/corpus/<lang>/set-*.jsonl), written and labelled blind (tests/corpus/LABELLING.md).
Each language's sets 1 and 2, scored together, must reach the target (F1 0.90); its set 3,
blind, has a floor. Modern English has
floors: the figure each corpus reached when the floor was set, less a small margin for a rule
that trades one meeting for another; a change that costs more fails here. Its target is
higher (F1 0.95): the gap is open work, not a target met. ``modern-3`` was kept aside while
the rules were written: no rule was revised against it, and its misses are not printed.

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

# Modern English: corpus -> (F1 floor, precision floor, false meetings allowed on articles
# that announce none). The target is F1 0.95; these floors are below it.
FLOORS: dict[str, tuple[float, float, int]] = {
    "en/modern-1": (0.94, 0.96, 2),  # 0.936 (P 0.962) in the eleventh session, 0.940 in the twelfth
    "en/modern-2": (0.91, 0.93, 0),  # 0.891 (P 0.919) in the eighth, 0.896 (P 0.920) in the tenth, 0.905, 0.914, 0.918
    "en/modern-3": (
        0.89,
        0.92,
        2,
    ),  # held out: 0.874 for three sessions, 0.879 (P 0.899), 0.887 (P 0.916), 0.883 (ninth)
    "en/modern-4": (0.91, 0.91, 0),  # labelled blind 2026-12-03: 0.823 (P 0.818) before revising; 0.897, 0.903
    # Blind sets of the fifth session, each scored once before any rule was revised against it
    # (the figures in the comments), then revised against; their floors are the revised figures,
    # less a margin.
    "en/modern-5": (0.90, 0.88, 3),  # before revising: 0.831 (P 0.852); revised 0.864, 0.882, 0.889 (eighth), 0.902
    "ru/set-3": (0.92, 0.93, 1),  # before revising: 0.879 (P 0.909), places 0.714; revised 0.891, 0.903 (tenth)
    "de/set-3": (0.85, 0.91, 1),  # before revising: 0.714 (P 0.745); revised 0.825 (ninth), 0.833 (P 0.889)
    "ar/set-3": (0.90, 0.88, 1),  # before revising: 0.857 (P 0.857); revised 0.907
    "fr/set-3": (
        0.86,
        0.97,
        0,
    ),  # before revising: 0.821 (P 0.886); revised 0.833, 0.842 (seventh), 0.851 (seventeenth), 0.860 (P 0.952)
    # (eighteenth), 0.870 (P 0.976) (nineteenth)
    "es/set-3": (0.92, 0.97, 0),  # before revising: 0.843 (P 0.854); revised 0.900, 0.914 (seventh), 0.925 (twelfth)
    # The sixth session's blind sets, the same way.
    "de/set-4": (0.96, 0.94, 1),  # before revising: 0.947 (P 0.947); 0.961 (P 0.949) in the eighth session
    "fr/set-4": (
        0.89,
        0.88,
        2,
    ),  # before revising: 0.849 (P 0.818); revised 0.865, 0.876 (seventh), 0.885 (P 0.868), 0.893 (P 0.885) (seventeenth)
    # The seventh session's blind sets, the same way.
    "en/modern-6": (0.92, 0.94, 1),  # before revising: 0.855 (P 0.855); 0.882, 0.897, 0.905, 0.920, 0.927 (P 0.940)
    "ru/set-4": (0.89, 0.97, 1),  # before revising: 0.897 (P 0.972)
    "es/set-4": (
        0.88,
        0.84,
        2,
    ),  # before revising: 0.762 (P 0.762); revised 0.851 (P 0.822), 0.864 (P 0.826), 0.874 (P 0.844) (seventeenth),
    # 0.886 (P 0.848) (twentieth)
    "ar/set-4": (
        0.95,
        0.95,
        1,
    ),  # before revising: 0.902 (P 0.881); revised 0.925, 0.937 (P 0.949) (tenth), 0.950 (P 0.950)
    # The eighth session's blind sets, the same way.
    "en/modern-7": (
        0.85,
        0.87,
        3,
    ),  # before revising: 0.800 (P 0.806); revised 0.831 (P 0.855), 0.841, 0.847, 0.853 (P 0.871) (twenty-third)
    "de/set-5": (0.92, 0.93, 1),  # before revising: 0.750 (P 0.805); revised 0.832, 0.870 (P 0.889) (ninth), 0.882
    "fr/set-5": (
        0.83,
        0.85,
        1,
    ),  # before revising: 0.759 (P 0.767); revised 0.800 (P 0.829), 0.814 (P 0.833) (seventeenth)
    "es/set-5": (0.94, 0.97, 0),  # before revising: 0.853 (P 0.865); revised 0.889, 0.904 (P 0.943) (tenth), 0.919
    # The ninth session's blind sets, the same way.
    "en/modern-8": (0.93, 0.90, 0),  # before revising: 0.873 (P 0.846); revised 0.928, 0.937 (P 0.908) (tenth)
    "ru/set-5": (0.88, 0.93, 0),  # before revising: 0.800 (P 0.897); revised 0.831, 0.866 (tenth), 0.882 (P 0.938)
    "ar/set-5": (
        0.87,
        0.85,
        1,
    ),  # before revising: 0.765 (P 0.721); revised 0.810, 0.821, 0.835, 0.846, 0.872 (P 0.850)
    # The tenth session's blind sets, the same way.
    "en/modern-9": (
        0.89,
        0.92,
        1,
    ),  # before revising: 0.812 (P 0.872); revised 0.865 (P 0.900), 0.876, 0.887 (P 0.904), 0.895 (P 0.922) (seventeenth)
    "es/set-6": (0.88, 0.91, 0),  # before revising: 0.771 (P 0.818); revised 0.829, 0.857, 0.873, 0.889 (P 0.914)
    "fr/set-6": (0.85, 0.87, 2),  # before revising: 0.829 (P 0.872); revised 0.857 (P 0.878)
    "de/set-6": (0.81, 0.83, 1),  # before revising: 0.714 (P 0.807); revised 0.784 (P 0.829), 0.800, 0.816 (P 0.838)
    # The eleventh session's blind sets, the same way.
    "en/modern-10": (0.92, 0.92, 1),  # before revising: 0.847 (P 0.855); 0.873 (P 0.889), 0.891 (P 0.907)
    "ru/set-6": (0.87, 0.90, 0),  # before revising: 0.864 (P 0.897); 0.878 (P 0.900) (thirteenth)
    "ar/set-6": (0.87, 0.89, 0),  # before revising: 0.848 (P 0.833); 0.877 (P 0.893)
    "fr/set-7": (
        0.81,
        0.83,
        0,
    ),  # before revising: 0.776 (P 0.765); 0.788 (P 0.788) in the sixteenth session, 0.800 (P 0.813)
    "es/set-7": (0.86, 0.87, 0),  # before revising: 0.825 (P 0.846); 0.840 (P 0.850), 0.854 (P 0.854)
    "de/set-7": (
        0.82,
        0.84,
        0,
    ),  # before revising: 0.737 (P 0.800); 0.795 (P 0.838) (thirteenth), 0.810 (P 0.842), 0.825 (P 0.846)
    # The twelfth session's blind sets, the same way.
    "en/modern-11": (0.87, 0.90, 1),  # before revising: 0.860 (P 0.885); 0.870 (P 0.887), 0.879 (P 0.904)
    "ru/set-7": (0.89, 0.96, 0),  # before revising: 0.807 (P 0.926); 0.825 (P 0.929), 0.862 (P 0.933), 0.879 (P 0.935)
    "ar/set-7": (0.86, 0.85, 2),  # before revising: 0.829 (P 0.810); 0.840 (P 0.829), 0.850 (P 0.850), 0.864 (P 0.854)
    "fr/set-8": (0.92, 0.90, 0),  # before revising: 0.902 (P 0.881); 0.916 (P 0.884)
    "es/set-8": (0.91, 0.93, 0),  # before revising: 0.844 (P 0.794); 0.871 (P 0.844), 0.885 (P 0.871), 0.900 (P 0.900)
    # (0.800 (P 0.875) in the seventeenth session came of a wrong merge: the Munich Security Conference
    # "Mitte Februar" joined the Blinken trip put off from 5-6 February; apart, it reads 0.789)
    "de/set-8": (
        0.81,
        0.87,
        2,
    ),  # before revising: 0.703 (P 0.722); 0.757 (P 0.778), 0.778 (P 0.824), 0.789 (P 0.848), 0.800 (P 0.875)
    # The thirteenth session's blind sets, the same way.
    "en/modern-12": (0.85, 0.92, 0),  # before revising: 0.804 (P 0.896); 0.836, 0.844 (P 0.920)
    "ru/set-8": (0.96, 0.95, 0),  # before revising: 0.911 (P 0.911); 0.933 (P 0.933), 0.944 (P 0.955)
    "ar/set-8": (0.81, 0.81, 1),  # before revising: 0.795 (P 0.775); 0.810, 0.795, 0.805 (P 0.795) (eighteenth)
    # before revising: 0.795 (P 0.775); 0.810, 0.825, 0.835 (P 0.805), 0.846 (P 0.825) in the twenty-sixth
    "fr/set-9": (0.86, 0.82, 2),
    "es/set-9": (0.84, 0.86, 1),  # before revising: 0.790 (P 0.781); 0.800, 0.825, 0.835, 0.846 (P 0.868)
    "de/set-9": (
        0.90,
        0.89,
        1,
    ),  # before revising: 0.740 (P 0.750); 0.767, 0.795 (P 0.806), 0.806 (P 0.829), 0.822, 0.865 (P 0.865) (seventeenth),
    # 0.880 (P 0.868) (twenty-fourth)
    # The fourteenth session's blind sets, the same way (scored at 6a0a8f4).
    "en/modern-13": (0.86, 0.90, 2),  # before revising: 0.804 (P 0.872); 0.827, 0.849 (P 0.882), 0.857 (P 0.900)
    "ru/set-9": (0.88, 0.91, 0),  # before revising: 0.806 (P 0.879); 0.822, 0.838 (P 0.886)
    "ar/set-9": (0.89, 0.90, 2),  # before revising: 0.892 (P 0.902); not revised against
    "fr/set-10": (0.90, 0.87, 2),  # before revising: 0.867 (P 0.839); 0.881, 0.900 (P 0.871)
    "es/set-10": (0.90, 0.93, 1),  # before revising: 0.832 (P 0.902); 0.844, 0.857, 0.879 (P 0.930)
    "de/set-10": (
        0.85,
        0.85,
        1,
    ),  # before revising: 0.725 (P 0.714); 0.754, 0.771, 0.783, 0.806, 0.824 (P 0.824), 0.836 (P 0.848) in the seventeenth session, 0.853 (P 0.853) in the twenty-fifth
    # The fifteenth session's blind sets, the same way (scored at 6b0088d).
    "en/modern-14": (0.86, 0.86, 2),  # before revising: 0.840 (P 0.848); 0.857 (P 0.864), 0.867 (P 0.867)
    "ru/set-10": (0.91, 0.91, 2),  # before revising: 0.833 (P 0.800); 0.875, 0.894, 0.913 (P 0.913)
    "ar/set-10": (0.92, 0.96, 1),  # before revising: 0.807 (P 0.862); 0.839, 0.853, 0.903 (P 0.966), 0.921 (P 0.967)
    "fr/set-11": (0.80, 0.80, 1),  # before revising: 0.755 (P 0.714); 0.784, 0.800 (P 0.800)
    "es/set-11": (0.84, 0.82, 1),  # before revising: 0.760 (P 0.679); 0.776, 0.809, 0.826 (P 0.792)
    "de/set-11": (
        0.85,
        0.90,
        1,
    ),  # before revising: 0.761 (P 0.771); 0.771, 0.794, 0.812 (P 0.849), 0.836 (P 0.903) (seventeenth)
    # The sixteenth session's blind sets, the same way (scored at d01032b).
    "en/modern-15": (0.85, 0.84, 4),  # before revising: 0.838 (P 0.831); 0.855 (P 0.848)
    "ru/set-11": (0.95, 0.92, 0),  # before revising: 0.818 (P 0.857); 0.844, 0.870, 0.913, 0.936 (P 0.917)
    "ar/set-11": (0.85, 0.86, 0),  # before revising: 0.820 (P 0.833); 0.852 (P 0.867)
    "fr/set-12": (
        0.82,
        0.77,
        2,
    ),  # before revising: 0.735 (P 0.694); 0.746, 0.758, 0.769, 0.788, 0.806 (seventeenth), 0.824 (P 0.778)
    "es/set-12": (
        0.93,
        0.90,
        1,
    ),  # before revising: 0.871 (P 0.794); 0.885 (P 0.818), 0.900, 0.915, 0.931 (P 0.900) (twenty-third)
    "de/set-12": (
        0.85,
        0.92,
        0,
    ),  # before revising: 0.746 (P 0.846); 0.787, 0.800, 0.820 (P 0.893), 0.833 (P 0.926) (seventeenth)
    # The seventeenth session's blind sets, the same way (scored at 65ff00b, the session's start).
    "en/modern-16": (0.87, 0.87, 0),  # before revising: 0.855 (P 0.862); 0.862, 0.872 (P 0.879)
    "ru/set-12": (
        0.84,
        0.88,
        0,
    ),  # before revising: 0.830 (P 0.846); places 0.905 -> 0.952 (venues added on its errors); 0.846 (P 0.880)
    "ar/set-12": (0.86, 0.89, 0),  # before revising: 0.867 (P 0.897); places 0.625 -> 0.667 -> 0.750
    "fr/set-13": (0.80, 0.86, 0),  # before revising: 0.706 (P 0.727); 0.717, 0.739, 0.758, 0.788, 0.806 (P 0.844)
    "es/set-13": (0.84, 0.85, 1),  # before revising: 0.780 (P 0.767); 0.800, 0.814 (P 0.800)
    "de/set-13": (0.82, 0.88, 0),  # before revising: 0.780 (P 0.793); 0.793, 0.807 (P 0.852)
    # The eighteenth session's blind sets, the same way (scored at 250d963, the session's start).
    "en/modern-17": (0.88, 0.88, 0),  # before revising: 0.821 (P 0.780); 0.839, 0.860, 0.870, 0.889 (P 0.889)
    "ru/set-13": (0.87, 1.00, 0),  # before revising: 0.873 (P 1.000); not revised against (places 0.826)
    "ar/set-13": (
        0.87,
        0.86,
        0,
    ),  # before revising: 0.842 (P 0.828); 0.857 (P 0.857), places 0.739 -> 0.826, 0.877 (P 0.862)
    "fr/set-14": (0.86, 0.92, 0),  # before revising: 0.794 (P 0.781); 0.862 (P 0.926)
    "es/set-14": (0.88, 0.88, 0),  # before revising: 0.857 (P 0.828); 0.873 (P 0.857), 0.889 (P 0.889)
    "de/set-14": (0.90, 0.88, 0),  # before revising: 0.868 (P 0.852); not revised against; 0.889 (P 0.857)
    # The nineteenth session's blind sets, the same way (scored at ee7a090, the session's start).
    "en/modern-18": (0.83, 0.84, 2),  # before revising: 0.821 (P 0.833); one rule from it; 0.830 (P 0.836)
    "ru/set-14": (0.89, 0.89, 2),  # before revising: 0.877 (P 0.893); not revised against; 0.897 (P 0.897)
    "ar/set-14": (0.82, 0.82, 0),  # before revising: 0.776 (P 0.731); 0.826 (P 0.826)
    "fr/set-15": (0.84, 0.82, 1),  # before revising: 0.806 (P 0.771); 0.849 (P 0.824)
    "es/set-15": (0.79, 0.80, 0),  # before revising: 0.727 (P 0.714); 0.764, 0.778 (P 0.778)
    # before revising: 0.733 (P 0.815); 0.800 (P 0.889), 0.820 (P 0.893), 0.833 (P 0.926) in the twenty-sixth
    "de/set-15": (0.83, 0.92, 1),
    # The twentieth session's blind sets, the same way (scored at 8aba454, the session's start).
    "en/modern-19": (0.85, 0.86, 1),  # before revising: 0.817 (P 0.831); 0.836 (P 0.836) in the next session,
    # 0.843 (P 0.850) in the twenty-fourth
    "ru/set-15": (0.90, 0.87, 1),  # before revising: 0.850 (P 0.829); 0.864, 0.875, 0.889 (P 0.857)
    "ar/set-15": (0.85, 0.83, 0),  # before revising: 0.825 (P 0.788); 0.839 (P 0.813)
    "fr/set-16": (0.85, 0.92, 0),  # before revising: 0.767 (P 0.742); 0.821 (P 0.852), 0.836 (P 0.885), 0.852 (P 0.920)
    "es/set-16": (0.86, 0.95, 0),  # before revising: 0.776 (P 0.792); 0.826 (P 0.905); 0.870 (P 0.952)
    # before revising: 0.892 (P 0.943); not revised against; 0.907 (P 0.944) lifted by later rules
    "de/set-16": (0.90, 0.94, 0),
    # The twenty-first session's blind sets, the same way (scored at 8dc4aa1, the session's start).
    "en/modern-20": (0.85, 0.86, 0),  # before revising: 0.814 (P 0.814); 0.838, 0.845 (P 0.860)
    "ru/set-16": (0.83, 0.92, 0),  # before revising: 0.821 (P 0.885); not revised against (places 0.86 -> 0.91)
    "ar/set-16": (0.92, 0.92, 0),  # before revising: 0.923 (P 0.923); not revised against
    "fr/set-17": (0.91, 0.94, 1),  # before revising: 0.901 (P 0.914); not revised against
    "es/set-17": (0.85, 0.83, 1),  # before revising: 0.727 (P 0.625); 0.833, 0.851 (P 0.833)
    "de/set-17": (0.80, 0.82, 2),  # before revising: 0.690 (P 0.741); 0.767 (P 0.793), 0.787 (P 0.800)
    # The twenty-second session's blind sets, the same way (scored at a4841b3, the session's start).
    "en/modern-21": (0.88, 0.91, 0),  # before revising: 0.817 (P 0.844); 0.872 (P 0.891), 0.882 (P 0.911)
    "ru/set-17": (0.93, 0.96, 0),  # before revising: 0.915 (P 0.931)
    "ar/set-17": (0.87, 0.84, 1),  # before revising: 0.857 (P 0.808)
    "fr/set-18": (0.85, 0.85, 0),  # before revising: 0.787 (P 0.727); 0.857 (P 0.857)
    "es/set-18": (0.78, 0.81, 2),  # before revising: 0.772 (P 0.786); 0.786 (P 0.815)
    "de/set-18": (0.84, 0.87, 0),  # before revising: 0.710 (P 0.759); 0.800 (P 0.813), 0.831 (P 0.844)
    # The twenty-third session's blind sets, the same way (scored at ba0845b, the session's start).
    "en/modern-22": (0.82, 0.80, 1),  # before revising: 0.786 (P 0.733); 0.815 (P 0.786)
    "ru/set-18": (0.81, 0.83, 0),  # before revising: 0.800 (P 0.813); 0.813 (P 0.839)
    "ar/set-18": (0.74, 0.68, 1),  # before revising: 0.733 (P 0.667); 0.746 (P 0.688)
    "fr/set-19": (0.72, 0.70, 2),  # before revising: 0.716 (P 0.686); 0.727 (P 0.706)
    "es/set-19": (0.80, 0.75, 1),  # before revising: 0.800 (P 0.759)
    "de/set-19": (0.88, 0.84, 2),  # before revising: 0.820 (P 0.781); 0.833 (P 0.806) in the twenty-seventh
    # The twenty-fourth session's blind sets, the same way (scored at d6f02e9, the session's start).
    # before revising: 0.788 (P 0.774); 0.835 (P 0.827), 0.843 (P 0.843), 0.852 (P 0.860)
    "en/modern-23": (0.85, 0.86, 3),
    "ru/set-19": (0.96, 0.96, 0),  # before revising: 0.873 (P 0.889)
    "ar/set-19": (0.89, 0.91, 1),  # before revising: 0.857 (P 0.840); 0.875 (P 0.875) in the twenty-seventh
    "fr/set-20": (0.81, 0.80, 2),  # before revising: 0.737 (P 0.750); 0.793 (P 0.793)
    "es/set-20": (0.83, 0.86, 0),  # before revising: 0.700 (P 0.750); 0.787 (P 0.828)
    # before revising: 0.732 (P 0.722); 0.784 (P 0.744), 0.806 (P 0.784), 0.817 (P 0.806) in the twenty-seventh
    "de/set-20": (0.83, 0.81, 0),
    # The twenty-fifth session's blind sets, the same way (scored at cb747b2, the session's start).
    # before revising: 0.789 (P 0.837); 0.796 (P 0.854), 0.804 (P 0.872), 0.812 (P 0.891)
    "en/modern-24": (0.81, 0.89, 0),
    "ru/set-20": (0.90, 0.88, 0),  # before revising: 0.885 (P 0.852); not revised against
    "ar/set-20": (0.95, 0.95, 0),  # before revising: 0.958 (P 0.958); not revised against
    "fr/set-21": (0.91, 0.91, 1),  # before revising: 0.917 (P 0.917); not revised against
    "es/set-21": (0.88, 0.90, 0),  # before revising: 0.862 (P 0.848); not revised against
    "de/set-21": (0.80, 0.75, 0),  # before revising: 0.725 (P 0.658); 0.776 (P 0.722), 0.788 (P 0.743)
    # The twenty-sixth session's blind sets, the same way (scored at 205591a, the session's start).
    # before revising: 0.894 (P 0.873); not revised against; 0.902 (P 0.887) lifted by the next session's rules
    "en/modern-25": (0.91, 0.91, 1),
    "ru/set-21": (0.88, 0.88, 0),  # before revising: 0.861 (P 0.838); not revised against
    "ar/set-21": (0.80, 0.83, 2),  # before revising: 0.735 (P 0.783); 0.760 (P 0.792), 0.775 (P 0.826), 0.800 (P 0.833)
    # before revising: 0.756 (P 0.680); 0.800 (P 0.720), 0.818 (P 0.750), 0.837 (P 0.783) in the next session
    "fr/set-22": (0.83, 0.78, 1),
    "es/set-22": (0.86, 1.00, 0),  # before revising: 0.784 (P 0.800); 0.851 (P 0.952)
    "de/set-22": (0.94, 0.94, 1),  # before revising: 0.872 (P 0.809); 0.931 (P 0.919), 0.944 (P 0.944)
    # The twenty-seventh session's blind sets, the same way (scored at 6157f3b, the session's start).
    "en/modern-26": (0.83, 0.84, 0),  # before revising: 0.807 (P 0.815); 0.836 (P 0.836), 0.826 (P 0.833)
    "ru/set-22": (0.87, 0.85, 1),  # before revising: 0.873 (P 0.857); not revised against
    "ar/set-22": (0.90, 0.85, 1),  # before revising: 0.828 (P 0.727); 0.842 (P 0.750), 0.906 (P 0.857)
    "fr/set-23": (0.94, 0.96, 1),  # before revising: 0.949 (P 0.966); not revised against
    "es/set-23": (0.89, 0.85, 3),  # before revising: 0.892 (P 0.853); not revised against
    "de/set-23": (0.82, 0.90, 0),  # before revising: 0.731 (P 0.704); 0.792 (P 0.826), 0.808, 0.826 (P 0.905)
    # The twenty-eighth session's blind sets, the same way (scored at 0d5d6b5, the session's start).
    "en/modern-27": (0.83, 0.86, 2),  # before revising: 0.813 (P 0.822); 0.832 (P 0.861)
    "ru/set-23": (0.78, 0.81, 0),  # before revising: 0.737 (P 0.750); 0.764 (P 0.808)
    "ar/set-23": (0.81, 0.78, 0),  # before revising: 0.800 (P 0.750); 0.837 (P 0.818), 0.818 (P 0.783)
    "fr/set-24": (0.80, 0.87, 2),  # before revising: 0.783 (P 0.871); not revised against
    "es/set-24": (0.83, 0.88, 0),  # before revising: 0.778 (P 0.808); 0.830 (P 0.880)
    "de/set-24": (0.80, 0.87, 0),  # before revising: 0.739 (P 0.828); 0.794 (P 0.844)
    # The twenty-ninth session's blind sets, the same way (scored at 5555d97, the session's start).
    "en/modern-28": (0.86, 0.86, 1),  # before revising: 0.800 (P 0.844); 0.852 (P 0.843)
    "ru/set-24": (0.82, 0.80, 1),  # before revising: 0.776 (P 0.788); not revised against
    "ar/set-24": (0.78, 0.74, 0),  # before revising: 0.755 (P 0.690); 0.769 (P 0.714)
    "fr/set-25": (0.81, 0.84, 1),  # before revising: 0.812 (P 0.849); not revised against
    "es/set-25": (0.78, 0.75, 1),  # before revising: 0.781 (P 0.758); not revised against
    "de/set-25": (0.78, 0.89, 1),  # before revising: 0.769 (P 0.893); not revised against
    # The thirtieth session's blind sets, the same way (scored at 9329eca, the session's start).
    "en/modern-29": (0.87, 0.92, 1),  # before revising: 0.835 (P 0.857); 0.865 (P 0.923)
    "ru/set-25": (0.89, 0.91, 1),  # before revising: 0.863 (P 0.846); 0.880 (P 0.880)
    "ar/set-25": (
        0.90,
        0.90,
        2,
    ),  # before revising: 0.892 (P 0.906); not revised against; 0.909 (P 0.909) by later rules
    "fr/set-26": (0.90, 0.94, 0),  # before revising: 0.831 (P 0.800); 0.901 (P 0.941)
    "es/set-26": (0.88, 0.83, 2),  # before revising: 0.881 (P 0.839); not revised against
    "de/set-26": (0.83, 0.82, 1),  # before revising: 0.765 (P 0.743); 0.836 (P 0.824)
    # The thirty-first session's blind sets, the same way (scored at 71f4015, the session's start).
    "en/modern-30": (0.85, 0.85, 1),  # before revising: 0.859 (P 0.859); read for places only, F1 unchanged
    "ru/set-26": (0.91, 0.88, 1),  # before revising: 0.830 (P 0.733); 0.898 (P 0.846)
    "ar/set-26": (0.86, 0.82, 1),  # before revising: 0.862 (P 0.824); not revised against
    "fr/set-27": (0.74, 0.86, 0),  # before revising: 0.694 (P 0.850); 0.745 (P 0.864)
    "es/set-27": (0.85, 0.83, 2),  # before revising: 0.857 (P 0.833); not revised against
    "de/set-27": (0.76, 0.78, 0),  # before revising: 0.727 (P 0.774); 0.765 (P 0.788)
    # The thirty-second session's blind sets, the same way (scored at 2e185ff, the session's start).
    "en/modern-31": (0.86, 0.92, 1),  # before revising: 0.800 (P 0.821); 0.865 (P 0.923)
    "ru/set-27": (0.98, 1.00, 0),  # before revising: 0.877 (P 0.862); 0.982 (P 1.000)
    "ar/set-27": (0.93, 0.93, 0),  # before revising: 0.889 (P 0.848); 0.933 (P 0.933)
    "fr/set-28": (0.93, 0.91, 0),  # before revising: 0.912 (P 0.861); 0.925 (P 0.886)
    "es/set-28": (0.92, 0.96, 0),  # before revising: 0.912 (P 0.929); 0.929 (P 0.963)
    "de/set-28": (0.84, 0.89, 0),  # before revising: 0.781 (P 0.758); 0.848 (P 0.893)
    # The thirty-third session's blind sets, the same way (scored at 79b94be, the session's start).
    "en/modern-32": (0.82, 0.81, 0),  # before revising: 0.806 (P 0.778); 0.824 (P 0.812), read for two rules
    "ru/set-28": (
        0.89,
        0.86,
        1,
    ),  # before revising: 0.882 (P 0.857); not revised against; 0.899 (P 0.861) by later rules
    "ar/set-28": (0.80, 0.72, 2),  # before revising: 0.800 (P 0.727); 0.800 (P 0.727)
    "fr/set-29": (0.88, 0.86, 3),  # before revising: 0.838 (P 0.795); 0.889 (P 0.865)
    "es/set-29": (0.86, 0.83, 0),  # before revising: 0.800 (P 0.714); 0.870 (P 0.833)
    "de/set-29": (0.87, 0.90, 1),  # before revising: 0.831 (P 0.844); not revised against
    # The thirty-fourth session's blind sets, the same way (scored at e89f193, the session's start).
    "en/modern-33": (0.83, 0.86, 1),  # before revising: 0.824 (P 0.860); 0.833 (P 0.862)
    "ru/set-29": (0.91, 0.90, 1),  # before revising: 0.853 (P 0.839); 0.918 (P 0.903)
    "ar/set-29": (0.83, 0.86, 1),  # before revising: 0.800 (P 0.857); 0.839 (P 0.867)
    "fr/set-30": (0.91, 0.89, 0),  # before revising: 0.901 (P 0.889); not revised against
    "es/set-30": (0.92, 0.93, 0),  # before revising: 0.925 (P 0.939); 0.925 (P 0.939)
    "de/set-30": (0.90, 0.86, 2),  # before revising: 0.857 (P 0.857); 0.904 (P 0.868)
    # The thirty-fifth session's blind sets, the same way (scored at 84483fe, the session's start).
    "en/modern-34": (0.90, 0.88, 1),  # before revising: 0.901 (P 0.881); not revised against
    "ru/set-30": (0.90, 0.92, 0),  # before revising: 0.877 (P 0.862); 0.909 (P 0.926)
    "ar/set-30": (0.90, 0.90, 1),  # before revising: 0.889 (P 0.875); 0.903 (P 0.903)
    "fr/set-31": (0.90, 0.93, 0),  # before revising: 0.892 (P 0.906); not revised against
    "es/set-31": (0.90, 0.93, 0),  # before revising: 0.844 (P 0.871); 0.892 (P 0.906)
    "de/set-31": (0.89, 0.90, 0),  # before revising: 0.857 (P 0.833); 0.896 (P 0.909)
    # The thirty-sixth session's blind sets, the same way (scored at d0a9c87, the session's start).
    "en/modern-35": (0.87, 0.88, 1),  # before revising: 0.875 (P 0.889); not revised against
    "ru/set-31": (0.88, 0.87, 0),  # before revising: 0.885 (P 0.871); not revised against
    "ar/set-31": (0.88, 0.86, 1),  # before revising: 0.886 (P 0.861); not revised against
    "fr/set-32": (0.89, 0.90, 1),  # before revising: 0.778 (P 0.718); 0.892 (P 0.906)
    "es/set-32": (0.81, 0.81, 0),  # before revising: 0.677 (P 0.667); 0.813 (P 0.813)
    "de/set-32": (0.84, 0.87, 1),  # before revising: 0.800 (P 0.813); 0.844 (P 0.871)
    # The thirty-seventh session's blind sets, the same way (scored at 3cbe815, the session's start).
    "en/modern-36": (0.86, 0.88, 3),  # before revising: 0.862 (P 0.883); not revised against
    "ru/set-32": (
        0.87,
        0.92,
        0,
    ),  # before revising: 0.857 (P 0.923); not revised against; 0.877 (P 0.926) by later rules
    "ar/set-32": (0.90, 0.90, 2),  # before revising: 0.906 (P 0.906); read for one clock time (6 -> 7 of 13)
    "fr/set-33": (0.87, 0.86, 2),  # before revising: 0.873 (P 0.861); not revised against
    "es/set-33": (0.83, 0.81, 2),  # before revising: 0.788 (P 0.722); 0.839 (P 0.813)
    "de/set-33": (0.83, 0.89, 0),  # before revising: 0.788 (P 0.788); 0.825 (P 0.867)
    # The thirty-eighth session's blind sets, the same way (scored at 5954bdb, the session's start).
    "en/modern-37": (0.88, 0.88, 0),  # before revising: 0.873 (P 0.873); 0.880 (P 0.887)
    "ru/set-33": (0.84, 0.87, 1),  # before revising: 0.813 (P 0.867); 0.848 (P 0.875)
    "ar/set-33": (0.84, 0.88, 0),  # before revising: 0.800 (P 0.880); 0.842 (P 0.889)
    "fr/set-34": (0.86, 0.89, 1),  # before revising: 0.848 (P 0.893); 0.867 (P 0.897)
    "es/set-34": (0.86, 0.85, 3),  # before revising: 0.870 (P 0.857); not revised against
    "de/set-34": (0.80, 0.83, 0),  # before revising: 0.758 (P 0.781); 0.800 (P 0.839)
    # The thirty-ninth session's blind sets, the same way (scored at 627ed1f, the session's start).
    "en/modern-38": (0.87, 0.88, 3),  # before revising: 0.848 (P 0.841); 0.878 (P 0.885)
    "ru/set-34": (0.96, 1.00, 0),  # before revising: 0.943 (P 1.000); 0.963 (P 1.000)
    "ar/set-34": (0.81, 0.81, 0),  # before revising: 0.813 (P 0.813); read for clock times (3/6 -> 6/6)
    "fr/set-35": (0.86, 0.89, 1),  # before revising: 0.862 (P 0.893); read for a host town (F1 the same)
    "es/set-35": (0.87, 0.87, 1),  # before revising: 0.820 (P 0.862); 0.857 (P 0.871)
    "de/set-35": (0.84, 0.85, 1),  # before revising: 0.829 (P 0.829); 0.841 (P 0.853)
    # The fortieth session's blind sets, the same way (scored at 5322a7e, the session's start).
    "en/modern-39": (0.86, 0.81, 2),  # before revising: 0.861 (P 0.819); not revised against
    "ru/set-35": (0.85, 0.95, 0),  # before revising: 0.852 (P 0.958); not revised against
    "ar/set-35": (0.86, 0.87, 1),  # before revising: 0.866 (P 0.879); not revised against
    "fr/set-36": (0.86, 0.92, 0),  # before revising: 0.814 (P 0.857); 0.862 (P 0.926)
    "es/set-36": (0.90, 0.93, 1),  # before revising: 0.881 (P 0.929); 0.900 (P 0.931)
    "de/set-36": (0.81, 0.84, 0),  # before revising: 0.781 (P 0.833); 0.818 (P 0.844)
    # The forty-first session's blind sets, the same way (scored at b6c0b7f, the session's start).
    "en/modern-40": (0.86, 0.84, 1),  # before revising: 0.862 (P 0.848); read for one rule, unchanged
    "ru/set-36": (0.90, 0.95, 1),  # before revising: 0.902 (P 0.958); not revised against
    "ar/set-36": (0.88, 0.88, 1),  # before revising: 0.889 (P 0.889); not revised against
    "fr/set-37": (0.85, 0.82, 2),  # before revising: 0.846 (P 0.805); 0.857 (P 0.825)
    "es/set-37": (0.85, 0.90, 1),  # before revising: 0.836 (P 0.903); 0.853 (P 0.906)
    "de/set-37": (0.80, 0.79, 1),  # before revising: 0.767 (P 0.719); 0.807 (P 0.793)
    # The forty-second session's blind sets, the same way (scored at 6708f9b, the session's start).
    "en/modern-41": (0.87, 0.83, 2),  # before revising: 0.854 (P 0.796); 0.875 (P 0.833)
    "ru/set-37": (0.90, 0.84, 0),  # before revising: 0.903 (P 0.848)
    "ar/set-37": (0.86, 0.92, 1),  # before revising: 0.862 (P 0.926)
    "fr/set-38": (0.87, 0.85, 1),  # before revising: 0.873 (P 0.857)
    "es/set-38": (0.86, 0.90, 0),  # before revising: 0.848 (P 0.903); 0.866 (P 0.906)
    "de/set-38": (0.80, 0.85, 1),  # before revising: 0.800 (P 0.857)
}
# Each language's first two sets (written with its pack, then a blind one revised against),
# scored together, must reach the target itself; the third, blind, set has a floor above and
# shows how far the target holds on text the rules were not written for: not yet.
LANGUAGES = ("ru", "de", "ar", "fr", "es")
TARGET_SETS = ("set-1", "set-2")
LANGUAGE_F1 = 0.90
LANGUAGE_PRECISION = 0.93


@pytest.fixture(scope="module")
def scorer() -> Any:
    need((EVAL / "score.py").exists(), f"the shared scorer in {EVAL}")
    from benchmarks.quality import scorer as shared_scorer

    return shared_scorer()


@pytest.fixture(scope="module")
def results(scorer: Any) -> dict[str, Any]:
    from benchmarks.quality import evaluate

    return {name: evaluate(CORPUS / f"{name}.jsonl", scorer) for name in FLOORS}


@pytest.fixture(scope="module")
def languages(scorer: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each language's sets scored as one corpus (the scorer reads one file)."""
    from benchmarks.quality import evaluate

    folder = tmp_path_factory.mktemp("languages")
    scored = {}
    for code in LANGUAGES:
        joined = folder / code / "sets.jsonl"
        joined.parent.mkdir()
        joined.write_text(
            "".join((CORPUS / code / f"{name}.jsonl").read_text(encoding="utf-8") for name in TARGET_SETS)
        )
        scored[code] = evaluate(joined, scorer)
    return scored


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


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_reaches_the_target(code: str, languages: dict[str, Any]) -> None:
    quality = languages[code]
    scored = quality.scored
    report = f"{code}: F1 {scored['f1']} P {scored['precision']} R {scored['recall']}\n" + "\n".join(quality.errors)
    assert not quality.failed, report
    assert scored["f1"] >= LANGUAGE_F1, report
    assert scored["precision"] >= LANGUAGE_PRECISION, report
    assert scored["false_on_negative_articles"] <= 1, report


def test_confidence_means_what_it_says(results: dict[str, Any], languages: dict[str, Any], scorer: Any) -> None:
    from benchmarks.quality import evaluate, reliability_table

    pairs = [pair for quality in [*results.values(), *languages.values()] for pair in quality.reliability]
    pairs += evaluate(EVAL / "dev.jsonl", scorer).reliability
    table = reliability_table(pairs)
    for row in table:
        if row["meetings"] < 10:
            continue
        low, high = (float(x) for x in row["bin"].split("-"))
        middle = (low + high) / 2
        assert abs(row["right"] - middle) <= 0.1, table


def test_every_corpus_is_scored() -> None:
    """A corpus added to tests/corpus/ is scored here."""
    ours = {
        f"{p.parent.name}/{p.stem}" for p in Path(CORPUS).glob("*/*.jsonl") if not p.parent.name.startswith("clusters")
    }
    scored = set(FLOORS) | {f"{code}/{name}" for code in LANGUAGES for name in TARGET_SETS}
    assert ours == scored
