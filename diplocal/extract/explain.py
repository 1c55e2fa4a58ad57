"""The extractor's reading of an article in words: every candidate with its spans, the
decision taken and why, then the meetings kept (pure; ``diplocal extract --explain``)."""

from __future__ import annotations

from diplocal.extract import Explanation
from diplocal.extract.candidates import Candidate


def explain_lines(explanation: Explanation) -> list[str]:
    """Lines to print for one article's explanation."""
    document = explanation.document
    article = document.article
    lines = [
        f"{article.id}: {article.title}",
        f"  language {document.pack.code} ({document.pack.name}); written {document.reference.isoformat()}"
        + (f"; dateline {document.dateline.city}" if document.dateline.city else ""),
    ]
    if not explanation.candidates:
        lines.append("  no sentence pairs a meeting word with a date")
    for candidate in explanation.candidates:
        lines.extend(_candidate_lines(candidate))
    lines.append(f"  meetings kept: {len(explanation.meetings)}")
    for meeting in explanation.meetings:
        span = (
            meeting.start_label() if meeting.end == meeting.start else f"{meeting.start_label()}..{meeting.end_label()}"
        )
        clock = f" {meeting.start_time.strftime('%H:%M')} {meeting.timezone}" if meeting.start_time else ""
        where = f" @ {meeting.location}" if meeting.location else ""
        lines.append(
            f"    {span}{clock}  {meeting.title}{where}  ({meeting.status.value}, confidence {meeting.confidence:.2f})"
        )
    return lines


def _candidate_lines(candidate: Candidate) -> list[str]:
    mention = candidate.mention
    sentence = candidate.sentence
    short = sentence if len(sentence) <= 160 else sentence[:157] + "..."
    when = "?"
    if candidate.start is not None and candidate.end is not None:
        when = (
            candidate.start.isoformat() if candidate.start == candidate.end else f"{candidate.start}..{candidate.end}"
        )
        if candidate.precision.value != "day":
            when += f" ({candidate.precision.value})"
    spans = [
        f"meeting word {candidate.cue.word!r} ({candidate.cue.kind})",
        f"date {mention.text!r} ({mention.kind}) -> {when}",
        f"tense {candidate.tense.value}",
    ]
    who = [*candidate.organisations, *candidate.countries, *candidate.people, *candidate.roles]
    if who:
        spans.append("who " + ", ".join(who))
    if candidate.place is not None:
        spans.append(f"place {candidate.place.name} ({candidate.place_source})")
    if candidate.clock is not None:
        spans.append(f"time {candidate.clock.value.strftime('%H:%M')} {candidate.clock.zone or ''}".rstrip())
    if candidate.change is not None:
        change = candidate.change
        moved_from = [str(v) for v in (change.previous_start, change.previous_place) if v is not None]
        spans.append(f"update {change.action.value}" + (f" from {', '.join(moved_from)}" if moved_from else ""))
    lines = [f"  [{candidate.index}] {short}", "      " + "; ".join(spans)]
    confidence = f" (confidence {candidate.confidence:.2f})" if candidate.kept else ""
    lines.append(f"      {candidate.decision}{confidence}")
    return lines
