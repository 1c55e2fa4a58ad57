"""Our labelled multi-outlet stories, every report extracted and stored, scored by the cluster
metric that ``python -m benchmarks.clusters`` prints (B-cubed precision and recall over
sightings, events per real meeting, real meetings sharing an event), in publication order
and reversed.

The bar is every real meeting exactly one event and no two meetings sharing one. It is not
met yet: the extractor still reads some meetings twice from one article (which merging,
rightly, never joins), and gives some reports wrong dates or organisations. The bar stays
as it is, a strict expected failure, so that the day it holds the marker must go; meanwhile
a floor keeps the metric from going back.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest

from benchmarks.clusters import STORIES, Outcome, extracted, label_of, read_reports, read_stories, run
from benchmarks.quality import scorer
from diplocal.model import Evidence, Meeting

# Where the metric stood with today's extractor and merging (benchmarks/fit_merge.py fitted the
# weights; the extractor's later revisions moved it from 0.9167/0.7122; from 0.9159/0.7276 the
# benchmark tells apart two meetings one sentence gives): it may only rise.
FLOOR_PRECISION = 0.9892  # 0.9889 until the thirty-sixth session
FLOOR_RECALL = 0.9770  # 0.9766 until the thirty-sixth session


# A second set of stories, written and labelled blind (by a helper who saw no extractor code or
# output) after the first set's revisions; its first score, "before revising", is its floor.
BLIND = STORIES.parent.parent / "clusters-blind"
BLIND_FLOOR_PRECISION = 1.0
BLIND_FLOOR_RECALL = 0.8841  # 0.85 until the tenth session read a first plan a sentence further on
# A third set, written blind in the sixth session (8 stories, 31 reports in six languages:
# moved in day and in city, postponed, two meetings in one city on one day, a sideline
# bilateral, a videoconference), scored before revising at B-cubed P 1.000 R 0.795; its floor is
# where the sixth session's revisions put it.
BLIND_2 = STORIES.parent.parent / "clusters-blind-2"
BLIND_2_FLOOR_PRECISION = 1.0
BLIND_2_FLOOR_RECALL = 0.9289  # 0.9273 until the thirteenth session
# A fourth, written blind in the seventh session (8 stories, 31 reports in six languages: moved
# in day, moved in city, postponed with no date, two meetings in Vienna on one day, a sideline
# bilateral, a videoconference with its time in four zones), scored before revising at B-cubed
# P 1.000 R 0.890 (1 wrong final state of 15); its floor is where later revisions put it (0.905
# after the seventh session, 0.962 once a move to another city on the same day joined both cities).
BLIND_3 = STORIES.parent.parent / "clusters-blind-3"
BLIND_3_FLOOR_PRECISION = 1.0
BLIND_3_FLOOR_RECALL = 0.964
# A fifth, written blind in the eighth session (8 stories, 34 reports in six languages: moved to
# another city on the same day, postponed then set by videoconference, two videoconferences on
# one day, sideline bilaterals, summits held during a state visit, one meeting dated four ways),
# scored before revising at B-cubed P 1.000 R 0.882 (7 wrong final states of 19, 6 once a meeting
# labelled "moved" is read as standing); its floor is where this session's revisions put it
# (R 0.968, 3 wrong final states).
BLIND_4 = STORIES.parent.parent / "clusters-blind-4"
BLIND_4_FLOOR_PRECISION = 1.0
BLIND_4_FLOOR_RECALL = (
    0.9704  # 0.969 until the thirty-sixth session (a Sunday read a week on, its two summits two labels)
)
# A sixth, written blind in the ninth session (8 stories, 32 reports in six languages: a
# leaders' meeting moved a day with a sideline bilateral, postponed then re-dated, a move to
# another city on the same day, two meetings in Kuwait on one day, a state visit holding a
# summit, two video summits on one day), scored before revising at B-cubed P 0.957 R 0.892 (one
# event holding both Kuwait meetings; 3 wrong final states of 14). Its floor starts there.
BLIND_5 = STORIES.parent.parent / "clusters-blind-5"
BLIND_5_FLOOR_PRECISION = 0.957
BLIND_5_FLOOR_RECALL = 0.8925
# A seventh, written blind in the tenth session (8 stories, 35 reports in six languages: a
# resort named three ways, postponed then re-set in another city, a cancelled summit beside a
# held one of the same series, a visit holding talks, a meeting brought forward a day beside
# another on its old day, postponed twice, three meetings on one day, a cancelled summit beside
# a held visit), scored before revising at B-cubed P 0.974 R 0.726 (one event holding two Quad
# meetings; 3 wrong final states of 19). Its floor is where this session's revisions put it:
# P 1.000, R 0.846, then R 0.838 once a Spanish dateline ("Ciudad de México, 8 de noviembre de
# 2022.-") was read as one: the report's summit, dated to that day before (a false event, its
# sighting unlabelled), is now on its day and counted, in the Mexico City event the later
# Lima report did not join; R 0.863 once that report read "les chefs d'État du bloc" as the
# Pacific Alliance's. 2 wrong final states.
BLIND_6 = STORIES.parent.parent / "clusters-blind-6"
BLIND_6_FLOOR_PRECISION = 1.0
BLIND_6_FLOOR_RECALL = (
    0.9231  # 0.8632 until the thirteenth session, 0.8667 until the fourteenth, 0.8917 until the thirty-third
)
# An eighth, written blind in the eleventh session (8 stories, 34 reports in six languages: a
# summit and talks on its sidelines on one day in one city, a visit holding consultations, a
# round moved a day earlier under another title, two state visits in one sentence (one
# postponed), a cancelled summit replaced elsewhere, a summit postponed to "next year", a
# moved meeting given a country only, a format meeting titled two ways), scored before
# revising at B-cubed P 0.931 R 0.805 (two events holding two meetings each; 5 wrong final
# states of 19). Its floor is where this session's revisions put it: P 0.967 R 0.825 (the
# Quad summit's event no longer holds the India-Australia summit of that day; 4 wrong states).
BLIND_7 = STORIES.parent.parent / "clusters-blind-7"
BLIND_7_FLOOR_PRECISION = 0.9683  # 0.9667 and 0.825 until the thirteenth session, 0.9675 until the twenty-ninth
BLIND_7_FLOOR_RECALL = 0.8571  # 0.8293 until the twenty-ninth (the Summit of the Americas put off "à 2026" is read)
# The twelfth session's blind stories (clusters-blind-8: 8 stories, 33 reports in six
# languages: an Arab League summit and a sidelines meeting in one city on one day, a council
# of ministers moved to a month and then held elsewhere, a visit postponed for good, a
# cancelled summit met instead at another summit, a state visit dated two ways and the talks
# inside it, talks moved by a day with a landmark for a place, one summit titled two ways),
# scored before revising at B-cubed P 0.909 R 0.852 (1.25 events per meeting, 7 wrong final
# states of 24); its floor is that figure: no rule was revised against it. The thirteenth
# session's rules (not revised against it either) moved it to P 0.911 R 0.856.
BLIND_8 = STORIES.parent.parent / "clusters-blind-8"
BLIND_8_FLOOR_PRECISION = 0.9111
BLIND_8_FLOOR_RECALL = 0.8556
# The thirteenth session's blind stories (clusters-blind-9: 8 stories, 33 reports in six
# languages: a summit, the talks on its sidelines and the ministers' meeting before it in one
# city, a state visit postponed for ten months then re-dated with a council inside it, a
# meeting moved by a day with a palace for a place, a trilateral summit and three bilaterals
# the day before, a trip postponed on its eve, a summit placed as a state, a city and a base,
# a meeting postponed then re-set in the same country, one video call dated in three zones),
# scored before revising at B-cubed P 0.933 R 0.795 (1.40 events per meeting, 4 wrong final
# states of 15 in publication order; P 0.962 in reverse order). Then revised against once: a
# meeting called off and set again in one sentence is one meeting moved (the called-off day had
# joined the summit's event in one order only): P 0.962 R 0.833 in every order, 2 wrong states.
BLIND_9 = STORIES.parent.parent / "clusters-blind-9"
BLIND_9_FLOOR_PRECISION = 0.963
BLIND_9_FLOOR_RECALL = 0.8657  # 0.8333 until the fourteenth session (P 0.963 since), 0.8380 until the twentieth
# The fourteenth session's blind stories (clusters-blind-10: 8 stories, 33 reports in six
# languages: a trilateral summit and three bilaterals the day before in one city, talks put off
# then re-set three weeks on in another city of the same country, talks moved by a day beside a
# NATO ministers' meeting at a resort and a summit elsewhere, a round postponed with no date, a
# summit cancelled beside the G20 in the same month, a conference moved to another country, a
# summit with a bilateral and a visit the same day, ministers three days before their leaders),
# scored before revising at B-cubed P 0.974 R 0.722 (1.47 events per meeting, 5 wrong final
# states of 17) in every order. Revised against (who a meeting told ahead of lends, "the two
# countries", "in this resort", a day someone left, a meeting put off then found again):
# P 0.976 R 0.782, 20 meetings found, 1.35 events per meeting, in every order.
BLIND_10 = STORIES.parent.parent / "clusters-blind-10"
BLIND_10_FLOOR_PRECISION = 0.9762
BLIND_10_FLOOR_RECALL = 0.8294  # 0.7817 until the twentieth session, 0.8056 until the thirty-sixth
# The fifteenth session's blind stories (clusters-blind-11: 8 stories, 41 reports in six
# languages, 26 meetings: a conference moved and relocated, a summit postponed then re-set, a
# state visit and a trip cancelled, a summit postponed with no date, three meetings in one city
# on one day, a bilateral on the eve of a summit with the same leaders, an emergency summit and
# a leaders' trip, a summit whose place sharpens report by report), scored before revising at
# B-cubed P 0.911 R 0.778 (1.38 events per meeting, 7 wrong final states, 21 meetings found)
# in every order. Revised against once (a German wrap-up in the perfect tense had made two past
# meetings and put next year's APEC summit in this year): P 0.913 R 0.783, 22 meetings found.
# In the eighteenth session 0.941 / 0.807 (1.32 events per meeting), by rules for other sets.
BLIND_11 = STORIES.parent.parent / "clusters-blind-11"
BLIND_11_FLOOR_PRECISION = 0.9420  # 0.9407 until the fortieth session
BLIND_11_FLOOR_RECALL = 0.8116  # 0.8074 until the fortieth session
# The sixteenth session's blind stories (clusters-blind-12: 8 stories, 42 reports in six
# languages, 22 meetings: a summit cancelled, a summit postponed with no date and its video
# summit, a conference relocated on the same dates, a summit moved by months, two different
# meetings on one day in one city twice, a bilateral on the eve of a summit with the same
# leaders, wrap-ups published after the meeting), scored before revising at B-cubed P 0.957 R
# 0.806 (1.30 events per meeting, 5 wrong final states, 20 meetings found) in every order; not
# revised against. In the seventeenth session 0.978 / 0.828 (1.25 events per meeting), by rules
# for other sets ("Separately, the contact group ... will meet" is another meeting); in the
# nineteenth 1.000 / 0.886 (1.15 events per meeting): "St. Petersburg" is Russia's, not Florida's.
BLIND_12 = STORIES.parent.parent / "clusters-blind-12"
BLIND_12_FLOOR_PRECISION = 1.0
BLIND_12_FLOOR_RECALL = 0.8862
# The seventeenth session's blind set (8 stories, 43 reports in six languages, 23 meetings: a
# summit cancelled and reinstated, a conference relocated and a summit cancelled by one host, a
# summit postponed with no date and a video call on its day, a summit moved by months, two
# meetings on one day in one city, a bilateral on the eve of a summit, a state visit and a summit
# on one day in two cities, wrap-ups published after the meeting), scored before revising at
# B-cubed P 0.973 R 0.761 (1.39 events per meeting, 9 wrong final states, 18 meetings found);
# not revised against.
BLIND_13 = STORIES.parent.parent / "clusters-blind-13"
BLIND_13_FLOOR_PRECISION = 0.975
BLIND_13_FLOOR_RECALL = 0.9  # 0.9730 / 0.7613 until the twentieth session, 0.9737 / 0.8202 until the twenty-fourth, 0.8632 until the thirty-third
# The eighteenth session's blind set (8 stories, 41 reports in six languages, 26 meetings: a
# summit cancelled and a replacement stop, a conference relocated to a hotel in another town, a
# summit postponed with no date, a summit postponed then moved, two different meetings in one city
# on one day, a bilateral on the eve of a summit with the same leaders, talks moved by a day and a
# trilateral on the same day in the same palace, wrap-ups published after the meeting), scored
# before revising at B-cubed P 0.899 R 0.770 (1.41 events per meeting, 4 wrong final states, 22
# meetings found); not revised against but once: its German report made the G20 summit one with
# the Moscow summit called off, and cancelled it (a body's summit is no longer the summit of no
# body called off). At the session's end 0.928 / 0.796 (1.36 events per meeting), 4 wrong final
# states. In the nineteenth 0.928 / 0.826 (1.32 events per meeting): "St. Petersburg" is Russia's,
# and "Барака Обамы" is Barack Obama, so Obama's visit to Russia is the Moscow summit's.
BLIND_14 = STORIES.parent.parent / "clusters-blind-14"
BLIND_14_FLOOR_PRECISION = 0.9277
BLIND_14_FLOOR_RECALL = 0.8264
# The nineteenth session's blind set (8 stories, 42 reports in six languages, 23 meetings: a
# conference moved by two months and to another town, a summit moved twice, postponed and held in
# another country, a summit cancelled and reinstated for the same day, a visit cancelled beside a
# summit held, a summit postponed with no date and two video summits, three summits in one city on
# one day, a bilateral on the eve of a summit, a signing moved to another country), scored before
# revising at B-cubed P 0.942 R 0.799 (1.40 events per meeting, 5 wrong final states, 20
# meetings found) in every order; not revised against.
BLIND_15 = STORIES.parent.parent / "clusters-blind-15"
BLIND_15_FLOOR_PRECISION = 0.9444  # 0.9423 until the twentieth session (its Leipzig summit postponed since)
BLIND_15_FLOOR_RECALL = (
    0.8395  # 0.7987 until the thirty-second session (a move told in reverse read), 0.8272 until the fortieth
)
# The twentieth session's blind set (8 stories, 40 reports in six languages, 22 meetings: a
# summit first told by month then called off, a round of talks moved three times, a conference
# moved to another country on its days, two summits in one city on one day, a state visit put off
# with no date, a summit told only by an air base, a summit told by month then called off),
# scored before revising at B-cubed P 0.918 R 0.721 (1.48 events per meeting, 6 wrong final
# states, 21 meetings found); reversed order R 0.691. One general rule of this session (a place
# we cannot map is not the dateline's city) took its wrong states to 5; revised against once (the
# place of the meeting another is told before, "накануне саммита G20 в Санкт-Петербурге"): P
# 0.939 R 0.752, 1.43 events per meeting.
BLIND_16 = STORIES.parent.parent / "clusters-blind-16"
BLIND_16_FLOOR_PRECISION = 0.9388
BLIND_16_FLOOR_RECALL = 0.7517
# The twenty-first session's blind set (8 stories, 40 reports in six languages, 24 meetings:
# three summits in Brussels on one day, a meeting told by the estate it is held at, a summit
# called off and revived on its day, a conference moved to another country on its days, a round
# of talks moved by four days, a meeting postponed with no date), scored before revising at
# B-cubed P 0.965 R 0.737 (1.54 events per meeting, 6 wrong final states, 24 meetings found),
# the same in reversed order; the session's rules moved none of it, and it was not revised
# against.
BLIND_17 = STORIES.parent.parent / "clusters-blind-17"
BLIND_17_FLOOR_PRECISION = 0.9649
BLIND_17_FLOOR_RECALL = 0.7602  # 0.7368 until the thirty-eighth session (a building in the town of filing)
# The twenty-second session's blind set (8 stories, 40 reports in six languages, 27 meetings:
# a conference moved to another city on its day, three summits in Brussels on one day, a
# summit moved to another country and date, a round of talks postponed and then set in another
# city, leaders named by title or surname only), scored before revising at B-cubed P 0.889 R
# 0.755 (1.44 events per meeting, 12 wrong final states, 23 meetings found), the same reversed.
# Revised against in the twenty-third session (an Arabic trip to take part in a summit): P 0.908
# R 0.774.
BLIND_18 = STORIES.parent.parent / "clusters-blind-18"
BLIND_18_FLOOR_PRECISION = 0.9281
BLIND_18_FLOOR_RECALL = 0.7941  # 0.9085 / 0.7745 until the twenty-fourth session
# The twenty-third session's blind set (8 stories, 42 reports in six languages, 19 meetings: a
# summit set by month, postponed and set again; a conference moved to another country on its
# days; a summit postponed with no date beside a video call on its planned day; two meetings in
# one city on one day; talks moved twice), scored before revising at B-cubed P 0.966 R 0.867
# (1.22 events per meeting, 5 wrong final states, 18 meetings found), reversed R 0.898; the
# session's rules moved none of it, and it was not revised against.
BLIND_19 = STORIES.parent.parent / "clusters-blind-19"
BLIND_19_FLOOR_PRECISION = 0.9659
BLIND_19_FLOOR_RECALL = 0.9129  # 0.8674 until the thirty-second session

# The twenty-fourth session's blind set (8 stories, 42 reports in six languages, 15 meetings:
# two rounds of talks in one city; a forum's leaders' meeting and the talks with partners the
# next day; a bilateral called off beside a regional ministers' meeting that stands; a summit
# postponed with no date beside a video call the same day; talks moved a month on; a summit
# and a chiefs-of-staff meeting moved; a summit called off and a conference moved to another
# country on its days; talks on the eve of a summit), scored before revising at B-cubed P 0.909
# R 0.914 (1.14 events per meeting, 8 wrong final states, 14 meetings found); not revised against.
BLIND_20 = STORIES.parent.parent / "clusters-blind-20"
BLIND_20_FLOOR_PRECISION = 0.9086
BLIND_20_FLOOR_RECALL = 0.9570  # 0.9140 until the fortieth session

# The twenty-fifth session's blind set (8 stories, 42 reports in six languages, 16 meetings:
# a ministers' meeting the day before a leaders' summit, both put off with no date and then
# given new days in the same city; ministers and heads of state on consecutive days; a joint
# cabinet put off for floods and held months later in another city; an emergency summit moved
# four days, with its ministers' meeting the day before and a leaders' meeting elsewhere; a
# summit some call cancelled and some postponed beside a ministers' meeting that stands; a
# summit inside a premier's visit; a summit expected in one capital, put off, then held in
# another; talks put off on their day and opened three days later), scored before revising at
# B-cubed P 0.907 R 0.713 (1.50 events per meeting, 7 wrong final states, 16 meetings found);
# not revised against.
BLIND_21 = STORIES.parent.parent / "clusters-blind-21"
BLIND_21_FLOOR_PRECISION = 0.9099  # 0.9074 until the fortieth session
BLIND_21_FLOOR_RECALL = 0.7838  # 0.7130 until the thirty-second session, 0.7500 until the fortieth
# The twenty-sixth session's blind set, eight stories in six languages (ministers and a summit
# moved to another day and city; a summit and its ministers' council moved by ten days; a summit
# moved to another city on its days; an Arab League meeting beside a neighbours' meeting put off;
# a trilateral summit with talks the day before in another city; a leaders' mission called off
# before a summit elsewhere; talks put off, then reset; a summit with a five-way meeting called
# off and an informal European Council the next day), scored before revising at B-cubed P 0.888
# R 0.738 (1.56 events per meeting, 9 wrong final states, 16 meetings found); now P 0.911 R 0.754
# from the organisations it names.
BLIND_22 = STORIES.parent.parent / "clusters-blind-22"
BLIND_22_FLOOR_PRECISION = 0.9109
BLIND_22_FLOOR_RECALL = 0.7535
# The twenty-seventh session's blind set, eight stories in six languages (a founding summit put
# off with no day, then set with its ministers the day before; a trilateral summit set, then put
# off to next year beside a state visit; a summit and its ministers dated from "end of
# September"; talks moved from "next month" to days, then a round called off; a meeting called
# off and reset as a summit beside two European Councils; a leaders' meeting called off while a
# conference moved to another city on its days; ministers and leaders dated from "July"; a
# virtual summit with its time, then a ministers' call), scored before revising at B-cubed P 1.000
# R 0.892 (1.24 events per meeting, 3 wrong final states, 17 meetings found); not revised against.
BLIND_23 = STORIES.parent.parent / "clusters-blind-23"
BLIND_23_FLOOR_PRECISION = 1.0
BLIND_23_FLOOR_RECALL = 0.9099  # 0.8919 until the twenty-eighth session (a visit no longer placed on Sado)
# The twenty-eighth session's blind set, written the same way (8 stories, 43 reports in six
# languages, 16 meetings: a forum dated from "August" to days with its ministers two days
# before; leaders' and ministers' meetings moved to a resort the same day; presidents' talks
# put off then re-set; a summit called off by one side; a summit, its ministers and a session
# of a guest; a conference put off then dated; a summit put off with no date; a summit called
# off and reinstated), scored before revising at B-cubed P 1.000 R 0.763 (1.40 events per
# meeting, 4 wrong final states, 15 meetings found); not revised against.
BLIND_24 = STORIES.parent.parent / "clusters-blind-24"
BLIND_24_FLOOR_PRECISION = 1.0
BLIND_24_FLOOR_RECALL = 0.8232  # raised by the thirty-first session (0.7626 before)
# The twenty-ninth session's blind set, written the same way (8 stories, 41 reports in six
# languages, 16 meetings: summits with their ministers' meeting on the eve, a summit moved to
# another capital, a summit put off then moved to an island, a trilateral summit dated then put
# off, talks moved by a week, a consultation put off then re-set, a summit called off while its
# ministers meet), scored before revising at B-cubed P 0.860 R 0.788 (1.375 events per
# meeting, 3 meetings sharing an event, 4 wrong final states; reversed: P 0.869 R 0.770, 1.44
# events per meeting); not revised against. The lowest precision of any blind set so far:
# ministers' meetings on the eve joined to their summits.
BLIND_25 = STORIES.parent.parent / "clusters-blind-25"
BLIND_25_FLOOR_PRECISION = 0.8604
BLIND_25_FLOOR_RECALL = 0.7883
# The thirtieth session's blind set, written the same way (8 stories, 41 reports in six
# languages, 17 meetings: talks moved by a day, summits first told as a month and a country,
# then dated in a city, a leaders' meeting called off by three outlets, a summit moved from one
# capital to another with its ministers on the eve, a summit put off then set, a round moved
# from late August to mid-September), scored before revising at B-cubed P 0.955 R 0.746 (1.529 events per meeting, 2
# meetings sharing an event, 5 wrong final states; reversed the same); not revised against.
BLIND_26 = STORIES.parent.parent / "clusters-blind-26"
BLIND_26_FLOOR_PRECISION = 0.9545
BLIND_26_FLOOR_RECALL = 0.7462
# The thirty-first session's blind set, written the same way (8 stories, 41 reports in six
# languages, 17 meetings: a Caspian summit and its ministers moved in date and town, a UNASUR
# summit called off, an Arab League session moved with a three-country meeting on its eve,
# government consultations put off, a Pacific retreat moved between capitals, IGAD meetings moved
# a week, a SAARC council, summit and talks on adjacent days, a 5+2 round moved beside an OSCE
# ministerial), scored before revising at B-cubed P 0.952 R 0.813 (1.412 events per meeting, 2
# meetings sharing an event, 4 wrong final states; reversed P 0.971, 1 shared); not revised against.
BLIND_27 = STORIES.parent.parent / "clusters-blind-27"
BLIND_27_FLOOR_PRECISION = 0.9519
BLIND_27_FLOOR_RECALL = 0.8128
# The thirty-second session's blind set, written the same way (8 stories, 40 reports in six
# languages, 13 meetings found of 16: Serbia-Kosovo talks moved by five days with a dinner called
# off, Nile dam talks moved by a day, an ECOWAS summit put off, a Colombian president's visit put
# off, Karabakh ministers moved from Geneva to Moscow, a trilateral summit put off, a France-Oceania
# summit moved to Paris, Yemen talks moved and an envoy's visit called off), scored before
# revising at B-cubed P 0.958 R 0.755 (1.538 events per meeting, 1 meeting sharing an event, 7
# wrong final states; reversed the same); not revised against.
BLIND_28 = STORIES.parent.parent / "clusters-blind-28"
BLIND_28_FLOOR_PRECISION = 0.9615  # 0.9595 until the thirty-fifth session, 0.9605 until the thirty-seventh
BLIND_28_FLOOR_RECALL = (
    0.8205  # 0.7476 until the thirty-third session ("instead" and "the same day" read), 0.7973 until the
    # thirty-fifth, 0.8026 until the thirty-seventh (people's talks on a body's day are their own)
)
# The thirty-third session's blind set, written the same way (8 stories, 40 reports in six
# languages, 16 meetings found of 16: Nile dam talks moved from Cairo to Khartoum, a Colombia-
# Venezuela ministers' meeting moved from Cúcuta to San Cristóbal and a presidents' meeting put off,
# a China-Japan-Korea ministers' meeting with a bilateral moved to the next morning, a G5 Sahel
# summit called off beside its defence ministers, a JCPOA commission moved beside a side meeting,
# Sudan talks moved twice then called off, India-Pakistan secretaries with one round put off, a
# Caspian ministers' meeting put off and a Lavrov-Zarif meeting moved to Moscow), scored before
# revising at B-cubed P 0.826 R 0.661 (1.750 events per meeting, 6 meetings sharing an event, 9
# wrong final states; reversed the same); not revised against.
BLIND_29 = STORIES.parent.parent / "clusters-blind-29"
BLIND_29_FLOOR_PRECISION = 0.8299  # 0.8262 until the thirty-fourth session
BLIND_29_FLOOR_RECALL = 0.7479  # 0.661 until the thirty-fourth (a meeting put off, then held by a pronoun, read as moved), 0.7097 until the thirty-fifth
# The thirty-fourth session's blind set, written the same way (8 stories, 40 reports in six
# languages, 16 meetings found of 16: Thailand-Cambodia border bodies in Bogor, one called off; Mali
# accord monitoring moved from Bamako to Algiers beside a committee put off; a Santos-Maduro meeting
# in Quito beside UNASUR ministers called off; Vučić-Kurti moved a week beside EU foreign ministers
# in Brussels; an Arctic Council ministerial with a Blinken-Lavrov meeting brought forward a day;
# the second Baghdad Conference moved from Amman to the Dead Sea beside a Saudi-Iranian round put
# off; a China-Japan-Korea summit put off beside Wang Yi in Seoul; a Luanda mini-summit with a
# Tshisekedi-Kagame meeting called off), scored before revising at B-cubed P 0.847 R 0.794 (1.438
# events per meeting, 4 meetings sharing an event, 8 wrong final states; reversed the same); not
# revised against.
BLIND_30 = STORIES.parent.parent / "clusters-blind-30"
BLIND_30_FLOOR_PRECISION = 0.8465
BLIND_30_FLOOR_RECALL = 0.8333  # 0.7939 until the thirty-fifth session (a lead's reschedule read, its hall no person)
# The thirty-fifth session's blind set, written the same way (8 stories, 40 reports in six
# languages, 16 meetings, 15 found: Kyrgyz-Tajik border talks in Khujand with the prime ministers'
# meeting put off the same day; an Ecuador-Colombia binational cabinet moved from Tulcán to Quito
# beside defence ministers called off; an Arab League emergency ministerial moved a day beside three
# ministers in Amman; a European-Iranian side meeting called off beside the Vienna Joint Commission
# the same day and hotel; a Bangladesh-Myanmar working group put off beside a minister's visit; an
# IGAD summit moved from Addis Ababa to Nairobi beside its Council of Ministers; Turkey-Armenia
# envoys moved beside a Minsk Group meeting called off; a Belgrade-Pristina round put off beside
# Merkel in Belgrade), scored before revising at B-cubed P 0.922 R 0.826 (1.400 events per meeting,
# 2 meetings sharing an event, 5 wrong final states; reversed the same); not revised against.
BLIND_31 = STORIES.parent.parent / "clusters-blind-31"
BLIND_31_FLOOR_PRECISION = 0.9239  # 0.9222 until the fortieth session
BLIND_31_FLOOR_RECALL = 0.8514  # 0.8259 until the fortieth session
# The thirty-sixth session's blind set, written the same way (8 stories, 40 reports in six
# languages, 16 meetings, 14 found: a Thailand-Cambodia boundary commission moved a week beside
# ministers' talks called off in the same city; a Belgrade-Pristina round held beside a leaders'
# meeting put off the same afternoon; Nile dam talks in Kinshasa called off beside Arab League
# ministers in Doha that day; Colombia-Venezuela ministers in Quito and a presidents' summit moved
# by three days; India-Pakistan secretaries put off and advisers called off in Islamabad the same
# day; ECOWAS defence chiefs put off then moved beside an AU council; a Caspian summit moved from
# Astana to Aktau beside its ministers; Putin-Erdogan in Moscow beside Astana-format talks put
# off), scored before revising at B-cubed P 0.969 R 0.738 (1.571 events per meeting, 1 meeting
# sharing an event, 8 wrong final states; reversed the same); not revised against.
BLIND_32 = STORIES.parent.parent / "clusters-blind-32"
BLIND_32_FLOOR_PRECISION = 0.9704  # 0.9690 until the thirty-seventh session, 0.9697 until the fortieth
BLIND_32_FLOOR_RECALL = 0.7496  # 0.7380 until the thirty-seventh session, 0.7439 until the fortieth
# The thirty-seventh session's blind set, written the same way (8 stories, 40 reports in six
# languages, 16 meetings, 15 found: Nile dam ministers moved from Khartoum to Addis Ababa beside
# their next round; Lebanon-Israel border talks put off beside Aoun's meeting with the US mediator
# at Baabda; Armenia-Azerbaijan ministers moved from Geneva to Vienna the same day as a meeting
# called off there; a Peru-Ecuador cabinet beside a ministers' meeting moved onto its day; an
# ECOWAS summit on Guinea-Bissau called off beside one put off in Monrovia; Normandy-format
# ministers at the Villa Borsig beside a bilateral called off that afternoon; Caspian ministers at
# Avaza beside Lavrov's Ashgabat visit put off; China-Japan-Korea ministers in Seoul moved beside
# one called off), scored before revising at B-cubed P 0.913 R 0.625 (1.800 events per meeting, 2
# meetings sharing an event, 8 wrong final states; reversed the same); revised against one story
# (the Normandy ministers' Russian report: "the same day" as a meeting told by its month), now
# P 0.9114 R 0.6409.
BLIND_33 = STORIES.parent.parent / "clusters-blind-33"
BLIND_33_FLOOR_PRECISION = 0.9114
BLIND_33_FLOOR_RECALL = 0.6636  # 0.6409 until the thirty-eighth session (an Arabic move past a long name)
# The thirty-eighth session's blind stories, the same way (40 reports in six languages, 16
# meetings, 16 found: an ECOWAS summit on Guinea-Bissau in Dakar put off beside a ministers'
# mission to Bissau; a Mekong commission session moved from Vientiane to Pakse beside talks called
# off that were first set for its day; a three-way Egypt-Jordan-Iraq summit moved from Baghdad to
# New Alamein beside its ministers' preparatory meeting called off; a Geneva Discussions round
# beside a bilateral moved there from Prague onto its first day; a Peru-Ecuador cabinet in Tumbes
# put off beside ministers' talks in Lima; China-Japan-Korea ministers in Seoul called off beside
# a visit to China; Weimar Triangle ministers called off beside their videoconference the day
# before; a Bangladesh-Myanmar working group moved from Naypyidaw to Dhaka beside talks put off
# that evening), scored before revising at B-cubed P 0.9286 R 0.7844 (1.500 events per meeting, 3
# meetings sharing an event, 6 wrong final states; reversed the same); not revised against.
BLIND_34 = STORIES.parent.parent / "clusters-blind-34"
BLIND_34_FLOOR_PRECISION = 0.9286
BLIND_34_FLOOR_RECALL = 0.7844
# The thirty-ninth session's blind stories, the same way (40 reports in six languages, 17
# meetings, 17 found: Armenian-Azerbaijani ministers in Paris moved by five days beside the
# mediators' talks in Yerevan; the CELAC founding summit in Caracas moved from July to December
# beside its ministers' meeting on Margarita called off; a Kiir-Machar meeting and IGAD ministers
# brought forward onto its day in Addis Ababa; Serbia-Kosovo talks in Brussels and Ohrid; the GCC
# summit moved from Manama to Al-Ula beside its ministers that morning; Putin's visit to Japan beside
# a three-way summit put off; a SAARC summit in Islamabad put off beside a visit to India; a
# Normandy summit in Astana called off beside its ministers' two meetings in Berlin), scored before
# revising at B-cubed P 1.0000 R 0.8348 (1.353 events per meeting, none shared, 7 wrong final
# states; reversed the same); not revised against.
BLIND_35 = STORIES.parent.parent / "clusters-blind-35"
BLIND_35_FLOOR_PRECISION = 1.0
BLIND_35_FLOOR_RECALL = 0.8348
# The fortieth session's blind stories, the same way (40 reports in six languages, 17 meetings,
# 17 found: Kyrgyz-Tajik border talks in Batken put off beside Lavrov's talks in Moscow; Colombian-
# Venezuelan foreign ministers moved from Cúcuta to Caracas beside their defence ministers called
# off; the Nile dam meeting in Khartoum put off, then moved, beside talks held on its first day; a
# Seoul-Tokyo-Beijing summit put off beside a visit to Tokyo called off; Serbia-Kosovo talks in
# Brussels moved beside a NATO meeting; a Luanda summit called off beside its ministers the day
# before; Yemen talks in Geneva put off, then moved; the four-country group in Kabul beside Afghan-
# Taliban talks put off), scored before revising at B-cubed P 0.9074 R 0.7956 (1.353 events per
# meeting, 3 shared, 5 wrong final states; reversed the same); not revised against.
BLIND_36 = STORIES.parent.parent / "clusters-blind-36"
BLIND_36_FLOOR_PRECISION = 0.9074
BLIND_36_FLOOR_RECALL = 0.7956
# clusters-blind-37: eight stories labelled blind in the forty-first session (Lake Chad summit,
# Transnistria talks, Silala, Libya's 5+5 commission, Tunis, Skopje-Sofia, Karabakh, Indus);
# first reading at b6c0b7f: P 0.8599 R 0.7510, 1.368 events per meeting, 4 shared, 10 wrong of 19.
BLIND_37 = STORIES.parent.parent / "clusters-blind-37"
BLIND_37_FLOOR_PRECISION = 0.8599
BLIND_37_FLOOR_RECALL = 0.7510
# clusters-blind-38: eight stories labelled blind in the forty-second session (Essequibo, the
# Ankara process, South Sudan in Addis Ababa, the Cambodia-Thailand border in Bogor, the Caspian
# summit in Aktau, the Pacific Alliance, the Baghdad conference at the Dead Sea, Ladakh talks);
# first reading at 6708f9b: P 0.9457 R 0.7572, 1.556 events per meeting, 2 shared, 7 wrong of 18.
BLIND_38 = STORIES.parent.parent / "clusters-blind-38"
BLIND_38_FLOOR_PRECISION = 0.9457
BLIND_38_FLOOR_RECALL = 0.7572


@cache
def outcomes() -> dict[str, Outcome]:
    rows, stories = read_reports(), read_stories()
    found = extracted(rows)
    return {order: run(rows, stories, order, None, found) for order in ("publication", "reversed")}


@pytest.mark.parametrize("order", ["publication", "reversed"])
@pytest.mark.xfail(
    strict=True,
    reason="not met yet (B-cubed 0.989 / 0.977): one article read as two meetings, wrong dates and "
    "organisations from the extractor; see the module docstring",
)
def test_every_real_meeting_is_exactly_one_event(order: str) -> None:
    outcome = outcomes()[order]
    print(f"{order}: B-cubed P {outcome.precision} R {outcome.recall}, events per meeting {outcome.events_per_meeting}")
    assert outcome.split == [], "real meetings that became several events"
    assert outcome.joined == [], "events holding several real meetings"
    assert outcome.events_per_meeting == 1.0
    assert (outcome.precision, outcome.recall) == (1.0, 1.0)


@pytest.mark.parametrize("order", ["publication", "reversed"])
def test_the_metric_never_goes_back(order: str) -> None:
    outcome = outcomes()[order]
    assert outcome.meetings >= 40
    assert outcome.precision >= FLOOR_PRECISION, outcome.joined
    assert outcome.recall >= FLOOR_RECALL, outcome.split


def test_arrival_order_changes_nothing() -> None:
    publication, reversed_ = outcomes()["publication"], outcomes()["reversed"]
    assert (publication.precision, publication.recall, publication.split, publication.joined) == (
        reversed_.precision,
        reversed_.recall,
        reversed_.split,
        reversed_.joined,
    )


@cache
def blind_outcome(folder: str = "clusters-blind") -> Outcome:
    where = STORIES.parent.parent / folder
    rows, stories = read_reports(where / "reports.jsonl"), read_stories(where / "stories.jsonl")
    return run(rows, stories, "publication", None)


# Each blind story set with the real meetings it must find and its floors.
BLIND_FLOORS = [
    (BLIND, 19, BLIND_FLOOR_PRECISION, BLIND_FLOOR_RECALL),
    (BLIND_2, 17, BLIND_2_FLOOR_PRECISION, BLIND_2_FLOOR_RECALL),
    (BLIND_3, 15, BLIND_3_FLOOR_PRECISION, BLIND_3_FLOOR_RECALL),
    (BLIND_4, 19, BLIND_4_FLOOR_PRECISION, BLIND_4_FLOOR_RECALL),
    (BLIND_5, 14, BLIND_5_FLOOR_PRECISION, BLIND_5_FLOOR_RECALL),
    (BLIND_6, 20, BLIND_6_FLOOR_PRECISION, BLIND_6_FLOOR_RECALL),
    (BLIND_7, 20, BLIND_7_FLOOR_PRECISION, BLIND_7_FLOOR_RECALL),
    (BLIND_8, 24, BLIND_8_FLOOR_PRECISION, BLIND_8_FLOOR_RECALL),
    (BLIND_9, 16, BLIND_9_FLOOR_PRECISION, BLIND_9_FLOOR_RECALL),
    (BLIND_10, 20, BLIND_10_FLOOR_PRECISION, BLIND_10_FLOOR_RECALL),
    (BLIND_11, 23, BLIND_11_FLOOR_PRECISION, BLIND_11_FLOOR_RECALL),
    (BLIND_12, 20, BLIND_12_FLOOR_PRECISION, BLIND_12_FLOOR_RECALL),
    (BLIND_13, 19, BLIND_13_FLOOR_PRECISION, BLIND_13_FLOOR_RECALL),
    (BLIND_14, 22, BLIND_14_FLOOR_PRECISION, BLIND_14_FLOOR_RECALL),
    (BLIND_15, 20, BLIND_15_FLOOR_PRECISION, BLIND_15_FLOOR_RECALL),
    (BLIND_16, 21, BLIND_16_FLOOR_PRECISION, BLIND_16_FLOOR_RECALL),
    (BLIND_17, 24, BLIND_17_FLOOR_PRECISION, BLIND_17_FLOOR_RECALL),
    (BLIND_18, 23, BLIND_18_FLOOR_PRECISION, BLIND_18_FLOOR_RECALL),
    (BLIND_19, 18, BLIND_19_FLOOR_PRECISION, BLIND_19_FLOOR_RECALL),
    (BLIND_20, 14, BLIND_20_FLOOR_PRECISION, BLIND_20_FLOOR_RECALL),
    (BLIND_21, 16, BLIND_21_FLOOR_PRECISION, BLIND_21_FLOOR_RECALL),
    (BLIND_22, 16, BLIND_22_FLOOR_PRECISION, BLIND_22_FLOOR_RECALL),
    (BLIND_23, 17, BLIND_23_FLOOR_PRECISION, BLIND_23_FLOOR_RECALL),
    (BLIND_24, 15, BLIND_24_FLOOR_PRECISION, BLIND_24_FLOOR_RECALL),
    (BLIND_25, 16, BLIND_25_FLOOR_PRECISION, BLIND_25_FLOOR_RECALL),
    (BLIND_26, 17, BLIND_26_FLOOR_PRECISION, BLIND_26_FLOOR_RECALL),
    (BLIND_27, 17, BLIND_27_FLOOR_PRECISION, BLIND_27_FLOOR_RECALL),
    (BLIND_28, 14, BLIND_28_FLOOR_PRECISION, BLIND_28_FLOOR_RECALL),
    (BLIND_29, 16, BLIND_29_FLOOR_PRECISION, BLIND_29_FLOOR_RECALL),
    (BLIND_30, 16, BLIND_30_FLOOR_PRECISION, BLIND_30_FLOOR_RECALL),
    (BLIND_31, 15, BLIND_31_FLOOR_PRECISION, BLIND_31_FLOOR_RECALL),
    (BLIND_32, 16, BLIND_32_FLOOR_PRECISION, BLIND_32_FLOOR_RECALL),
    (BLIND_33, 15, BLIND_33_FLOOR_PRECISION, BLIND_33_FLOOR_RECALL),
    (BLIND_34, 16, BLIND_34_FLOOR_PRECISION, BLIND_34_FLOOR_RECALL),
    (BLIND_35, 17, BLIND_35_FLOOR_PRECISION, BLIND_35_FLOOR_RECALL),
    (BLIND_36, 17, BLIND_36_FLOOR_PRECISION, BLIND_36_FLOOR_RECALL),
    (BLIND_37, 19, BLIND_37_FLOOR_PRECISION, BLIND_37_FLOOR_RECALL),
    (BLIND_38, 18, BLIND_38_FLOOR_PRECISION, BLIND_38_FLOOR_RECALL),
]


@pytest.mark.parametrize(
    ("folder", "meetings", "precision", "recall"), BLIND_FLOORS, ids=[f.name for f, *_ in BLIND_FLOORS]
)
def test_the_blind_stories_never_go_back(folder: Path, meetings: int, precision: float, recall: float) -> None:
    outcome = blind_outcome(folder.name)
    assert outcome.meetings >= meetings
    assert outcome.precision >= precision, outcome.joined
    assert outcome.recall >= recall, outcome.split


def test_two_meetings_one_sentence_tells_take_two_labels_not_the_likelier_one_twice() -> None:
    """The metric pairs a report's meetings of one sentence with its labels one to one, as the
    scorer does: a Gulf summit and an Arab summit told in one sentence on one day are the
    report's two labelled meetings, whichever of them the other's title words happen to favour."""
    sentence = "On Sunday a Gulf-US summit will be held, followed the same day by an Arab-Islamic-US summit."
    day = date(2017, 5, 21)
    row = {
        "id": "r",
        "story": "s",
        "events": [
            {
                "key": "B",
                "title": "GCC-US Summit",
                "start": "2017-05-21",
                "end": "2017-05-21",
                "precision": "day",
                "location": "Riyadh",
                "participants": ["GCC", "United States", "Donald Trump"],
            },
            {
                "key": "C",
                "title": "Arab Islamic American Summit",
                "start": "2017-05-21",
                "end": "2017-05-21",
                "precision": "day",
                "location": "Riyadh",
                "participants": ["United States", "Saudi Arabia", "Donald Trump"],
            },
        ],
    }
    told = [
        Meeting(title=title, start=day, end=day, location="Saudi Arabia", evidence=(Evidence("r", sentence),))
        for title in ("Arab-Islamic Summit", "GCC Summit")
    ]
    score = scorer()
    assert [label_of(row, meeting, score, told) for meeting in told] == ["s:C", "s:B"]
