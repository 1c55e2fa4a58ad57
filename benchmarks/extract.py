"""Extraction speed: our extractor over all of Reuters-21578 against naive dateparser.search_dates.

    python -m benchmarks.extract [--limit N] [--naive-sample N] [--seed S] [--profile]
    python -m benchmarks.extract --languages [--passes N] [--limit N] [--keep-words] [--profile]

The process is pinned to one CPU. Our extractor reads every document of the corpus (those
with a text, and the headline-only ones counted apart). The reference, the naive approach
(``dateparser.search_dates`` over the article's text, relative to its publication time,
keeping the dates that stand near a meeting word), is some fifty times slower, so it runs on
a seeded random sample of the articles with a text, and our extractor runs on the very same
sample in the same run: the ratio compares like with like on a shared, noisy machine.

``--languages`` measures each language apart on our labelled corpora, read in place: English
from tests/corpus/en/modern-*.jsonl and the shared dev set ($DIPLOCAL_EVAL_DIR), every other
language from tests/corpus/<code>/set-*.jsonl. Modern articles are dense (most sentences name
a meeting), so they are the hard case. Each pass reads every article once, after every memo
kept by text or by word is emptied (``forget_texts``, ``forget_words``): a pass costs what a
fresh process reading these articles costs once its pack and gazetteer are loaded, and no
pass reads the answers that the same articles left in the pass before (a word's lemma
included: with the words' memos kept, the second pass finds every word of the corpus known,
which a process reading new articles does not). ``--keep-words`` keeps the memos by word
between passes, the vocabulary of a long-running process that has read these very words.
The rate is the articles of all passes over their CPU time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from benchmarks.common import machine, peak_rss_mb, pin_to_one_core, table, timed, verdict
from benchmarks.reuters import Document, read_documents
from diplocal.errors import DiplocalError
from diplocal.extract import meetings_from_article
from diplocal.extract.language import detect_language
from diplocal.extract.memos import forget_texts, forget_words
from diplocal.model import Article
from diplocal.sources.files import article_from_json

TARGET_RATE = 1000.0  # articles per second on one core
TARGET_RATIO = 5.0  # times the naive approach
TARGET_RSS_MB = 300.0
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
LANGUAGES = ("en", "ru", "fr", "de", "es", "ar")
_MEETING_WORD = re.compile(r"\b(?:meet|meets|meeting|talks|summit|conference|session|visit)\b", re.IGNORECASE)


@dataclass
class Run:
    """What one pass over some articles took and found."""

    articles: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    found: int = 0
    failed: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles per CPU second (the work done on our core, whatever else the machine runs)."""
        return self.articles / self.cpu if self.cpu else 0.0

    @property
    def wall_rate(self) -> float:
        return self.articles / self.wall if self.wall else 0.0


def ours(articles: Sequence[Article]) -> Run:
    """Our extractor over ``articles``."""
    run = Run(len(articles))
    with timed() as spent:
        for article in articles:
            try:
                run.found += len(meetings_from_article(article))
            except DiplocalError as error:
                run.failed.append(f"{article.id}: {error}")
    run.wall, run.cpu = spent.wall, spent.cpu
    return run


def naive(articles: Sequence[Article]) -> Run:
    """``dateparser.search_dates`` over each text, keeping dates within 100 characters of a
    meeting word: the approach issue 3 measures against (English only, the fast way)."""
    from dateparser.search import search_dates

    search_dates("The talks open on March 3.", languages=["en"])  # load the language data outside the clock
    run = Run(len(articles))
    with timed() as spent:
        for article in articles:
            base = article.published.replace(tzinfo=None) if article.published else None
            found = search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
            for phrase, _when in found:
                at = article.text.find(phrase)
                if _MEETING_WORD.search(article.text[max(0, at - 100) : at + len(phrase) + 100]):
                    run.found += 1
    run.wall, run.cpu = spent.wall, spent.cpu
    return run


def profile(articles: Sequence[Article]) -> str:
    """Where our extractor spends its time over ``articles``: pyinstrument's call tree, the
    frames under 2% of the time left out."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit("--profile needs pyinstrument: pip install -e '.[bench]'") from None
    profiler = Profiler(interval=0.0005)
    with profiler:
        ours(articles)
    return profiler.output_text(unicode=True, color=False, show_all=False, time="percent_of_total")


def language_corpora(code: str) -> list[Path]:
    """The labelled corpora of one language, read in place."""
    if code == "en":
        shared = Path(os.environ.get("DIPLOCAL_EVAL_DIR") or ROOT.parent / "shared" / "eval") / "dev.jsonl"
        return sorted(CORPUS.glob("en/modern-*.jsonl")) + ([shared] if shared.exists() else [])
    return sorted(CORPUS.glob(f"{code}/set-*.jsonl"))


def read_corpus(paths: Sequence[Path]) -> list[Article]:
    """The articles of some JSONL corpora, in order."""
    articles = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    articles.append(article_from_json(json.loads(line), where=f"{path.name}:{number}"))
    return articles


def forget(*, keep_words: bool = False) -> None:
    """Empty the extractor's memos by text, and by word unless ``keep_words``."""
    forget_texts()
    if not keep_words:
        forget_words()


def load(articles: Sequence[Article]) -> None:
    """Load what a process loads once, outside the clock: the articles' pack, the gazetteer,
    and py3langid's model (the dev set's articles give no language: the first one detected
    would pay for reading the model, ~0.3 s, inside the first pass).

    The gazetteer builds some of its tables on first use (the index of city names by
    country, about 1 s, the first time an article names a city beside its country), so one
    untimed pass reads every article; the passes that are timed empty the memos by text and
    by word first (:func:`forget`), so they answer nothing from this one.
    """
    ours(articles)
    with contextlib.suppress(DiplocalError):  # an unclear answer: the model is loaded all the same
        detect_language(f"{articles[0].title}\n{articles[0].text}")


def passes(articles: Sequence[Article], count: int, *, keep_words: bool = False) -> Run:
    """``count`` passes over ``articles``, each after the memos are emptied (see :func:`forget`)."""
    run = Run()
    for _ in range(count):
        forget(keep_words=keep_words)
        once = ours(articles)
        run.articles += once.articles
        run.wall += once.wall
        run.cpu += once.cpu
        run.found += once.found
        run.failed += once.failed
    return run


def by_language(
    codes: Sequence[str], count: int, limit: int | None, with_profile: bool, *, keep_words: bool = False
) -> int:
    """Articles per CPU second in each language (``--languages``)."""
    rows = []
    verdicts = []
    for code in codes:
        paths = language_corpora(code)
        articles = read_corpus(paths)[:limit]
        if not articles:
            print(f"{code}: no corpus found ({', '.join(str(p) for p in paths) or 'none'})")
            continue
        load(articles)
        run = passes(articles, count, keep_words=keep_words)
        rows.append((code, len(articles), count, run.rate, run.wall_rate, run.found // count))
        verdicts.append(f"{code}: target >= {TARGET_RATE:,.0f} articles/s: {verdict(run.rate >= TARGET_RATE)}")
        if run.failed:
            print(f"{code}: {len(run.failed) // count} articles failed, e.g. {run.failed[0]}")
        if with_profile:
            forget(keep_words=keep_words)
            print(f"-- {code} --")
            print(profile(articles))
    print()
    print(table(("language", "articles", "passes", "per CPU s", "per wall s", "found"), rows))
    print()
    print("\n".join(verdicts))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extract", description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="Only the first N documents of the corpus (for a quick run).")
    parser.add_argument(
        "--naive-sample", type=int, default=500, help="Articles the naive approach reads (default 500)."
    )
    parser.add_argument("--seed", type=int, default=8, help="Seed of the sample (default 8).")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="Also profile our pass over the texts with pyinstrument (pip install -e '.[bench]') and print "
        "where the time goes; profiling slows the run, so the figures of that run are not the clean ones.",
    )
    parser.add_argument(
        "--languages",
        action="store_true",
        help="Measure each language apart on our labelled corpora instead (English: modern-*.jsonl and the "
        "shared dev set; others: set-*.jsonl).",
    )
    parser.add_argument("--only", help="With --languages: these codes only, comma-separated (default all).")
    parser.add_argument("--passes", type=int, default=5, help="With --languages: passes per language (default 5).")
    parser.add_argument(
        "--keep-words",
        action="store_true",
        help="With --languages: keep the memos by word (lemmas, name keys) between passes, as a long-running "
        "process that has read these words would; by default every pass starts with them empty.",
    )
    args = parser.parse_args(argv)

    cpu = pin_to_one_core()
    print("machine:", machine())
    print(f"pinned to CPU {cpu}" if cpu is not None else "not pinned (platform cannot)")
    if args.languages:
        codes = args.only.split(",") if args.only else LANGUAGES
        started = time.process_time()
        status = by_language(codes, max(1, args.passes), args.limit, args.profile, keep_words=args.keep_words)
        print(f"(took {time.process_time() - started:.0f} CPU s)")
        return status
    with timed() as reading:
        documents: list[Document] = list(islice(read_documents(), args.limit))
    with_text = [d.article for d in documents if d.kind in ("body", "unproc")]
    headline_only = [d.article for d in documents if d.kind in ("title", "empty")]
    print(f"read {len(documents):,} documents in {reading.wall:.1f} s (not counted below)")

    # The gazetteer and the language pack load once per process (geonames' cities, CLDR names):
    # timed apart, so the rates below measure reading articles.
    with timed() as loading:
        ours(with_text[:1])
    print(f"loaded the gazetteer and the English pack in {loading.wall:.1f} s (not counted below)")
    texts = ours(with_text)
    if args.profile:
        print(profile(with_text))
    titles = ours(headline_only)
    every = Run(
        texts.articles + titles.articles,
        texts.wall + titles.wall,
        texts.cpu + titles.cpu,
        texts.found + titles.found,
        texts.failed + titles.failed,
    )
    rss_ours = peak_rss_mb()

    sample = random.Random(args.seed).sample(with_text, min(args.naive_sample, len(with_text)))
    ours_sample = ours(sample)
    reference = naive(sample) if sample else Run()
    rss_all = peak_rss_mb()

    rows = [
        ("ours: articles with a text", texts.articles, texts.rate, texts.wall_rate, texts.found),
        ("ours: headline only (or empty)", titles.articles, titles.rate, titles.wall_rate, titles.found),
        ("ours: whole corpus", every.articles, every.rate, every.wall_rate, every.found),
        (
            f"ours: sample (seed {args.seed})",
            ours_sample.articles,
            ours_sample.rate,
            ours_sample.wall_rate,
            ours_sample.found,
        ),
        ("naive search_dates: same sample", reference.articles, reference.rate, reference.wall_rate, reference.found),
    ]
    print()
    print(table(("run", "articles", "per CPU s", "per wall s", "found"), rows))
    ratio = ours_sample.rate / reference.rate if reference.rate else float("inf")
    wall_ratio = ours_sample.wall_rate / reference.wall_rate if reference.wall_rate else float("inf")
    print()
    print(f"ratio ours / naive on the same sample: {ratio:.1f}x by CPU time ({wall_ratio:.1f}x by wall time)")
    print(f"peak RSS: {rss_ours:.0f} MB after our extractor (corpus in memory), {rss_all:.0f} MB after dateparser too")
    if every.failed:
        print(f"{len(every.failed)} articles failed, e.g. {every.failed[0]}")
    print()
    print(f"target >= {TARGET_RATE:,.0f} articles/s (texts, per CPU s): {verdict(texts.rate >= TARGET_RATE)}")
    print(f"target >= {TARGET_RATIO:.0f}x naive: {verdict(ratio >= TARGET_RATIO)}")
    print(f"target peak RSS < {TARGET_RSS_MB:.0f} MB: {verdict(rss_ours < TARGET_RSS_MB)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
