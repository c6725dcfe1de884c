#!/usr/bin/env python3
"""Simulate the sorting and rating data of the example concept-mapping study.

The study in study/ is an ILLUSTRATIVE EXAMPLE. The statements in
study/statements.csv were written by the project team; the participants, sorts
and ratings are simulated by this script so that `sterk analyze` has realistic
input to work on. They are not the data of the real study.

Usage:
    python3 scripts/simulate_study.py [--seed 2026] [--out study]

Writes, in --out:
    participants.csv  participant,group
    sorts.csv         participant,pile,statement   (one row per sorted statement)
    ratings.csv       participant,statement,belang,haalbaar   (1..5, a few empty)

Only the standard library is used and all randomness comes from one
random.Random(seed), so two runs with the same seed give byte-identical files.

Latent structure
----------------
Every statement belongs to one of nine latent themes (THEMES below, ten
statements each). Each theme has two halves (the first and last five ids in
its list) that a sorter who makes finer piles may split apart. The themes lie
on a ring of related topics (NEIGHBOURS): work that fits -- applying and
starting -- money and rules -- the job coach -- employer and colleagues --
stigma and openness -- own skills -- health -- support from home -- back to
work that fits, plus chords that no flat map can show exactly (job coach ~
home, own skills ~ work that fits, health ~ employer, money ~ home, stigma ~
applying, work that fits ~ employer, job coach ~ own skills); the chords keep
the two-dimensional stress realistic. Some statements are about two themes at
once (AMBIGUOUS): they are often put with the second theme.

How a sorter behaves
--------------------
1. Start from one pile per theme.
2. Merge: join 0-3 pairs of neighbouring themes into one pile (young people
   merge most, job coaches least).
3. Split: split 0-2 themes into their two halves (job coaches split most).
4. Misplace: every statement is, with the sorter's own probability
   (between 18 % and 30 %, about 23 % on average: young people most, job
   coaches least), put on another pile:
   three times out of four on the pile of a neighbouring theme, otherwise on
   any other pile. An ambiguous statement goes to its second theme with
   probability 0.35.
5. A few sorters leave one to three statements unsorted (no row).
With these settings (seed 2026) `sterk analyze` finds a stress-1 of about
0.23 for the two-dimensional non-metric MDS, in the range real studies report
(0.20-0.35), and Ward clustering at nine clusters recovers the nine themes,
with a few ambiguous statements landing in a neighbouring cluster. Much more
misplacement makes Ward merge two themes and leave a small cluster of
bridging statements, which no longer gives one named cluster per theme.

How ratings are drawn
---------------------
rating = theme mean (per group, BELANG / HAALBAAR below)
       + statement effect (one per statement, same for all groups)
       + rater leniency (one per rater and rating)
       + noise (normal, sd 0.75),
rounded and clipped to 1..5; about 1 % of the cells are left empty.
Group differences built in: young people rate "steun van thuis" and "eigen
kunnen" higher on belang; employers rate "geld en regels" as less feasible
(haalbaar) and "werkgever en collega's" as more feasible; job coaches rate the
job coach theme higher on belang but lower on haalbaar (caseloads); the
people at home rate health and money higher on belang.

Participants: 40 sorters (10 per group) and 60 raters (jongere 16, werkgever
14, jobcoach 16, steunsysteem 14); six sorters per group also rate.
"""

import argparse
import csv
import os
import random

GROUPS = ["jongere", "werkgever", "jobcoach", "steunsysteem"]

# Latent theme -> statement ids (ids as in study/statements.csv).
THEMES = {
    "passend-werk": [50, 61, 3, 11, 62, 71, 64, 60, 5, 74],
    "solliciteren-en-starten": [45, 89, 7, 67, 15, 47, 66, 36, 72, 33],
    "steun-van-thuis": [38, 37, 19, 65, 17, 4, 90, 52, 32, 31],
    "de-jobcoach": [39, 6, 59, 78, 76, 43, 29, 18, 20, 84],
    "werkgever-en-collegas": [13, 46, 53, 63, 30, 82, 24, 75, 70, 57],
    "eigen-kunnen": [40, 42, 27, 8, 1, 25, 49, 81, 68, 55],
    "gezondheid": [44, 88, 77, 54, 34, 14, 56, 41, 16, 73],
    "geld-en-regels": [48, 58, 9, 86, 69, 85, 22, 21, 12, 2],
    "open-zijn": [26, 83, 28, 79, 87, 80, 10, 51, 35, 23],
}
THEME_NAMES = list(THEMES)

RING = ["passend-werk", "solliciteren-en-starten", "geld-en-regels", "de-jobcoach",
        "werkgever-en-collegas", "open-zijn", "eigen-kunnen", "gezondheid",
        "steun-van-thuis"]
CHORDS = [("de-jobcoach", "steun-van-thuis"), ("eigen-kunnen", "passend-werk"),
          ("gezondheid", "werkgever-en-collegas"), ("geld-en-regels", "steun-van-thuis"),
          ("open-zijn", "solliciteren-en-starten"), ("passend-werk", "werkgever-en-collegas"),
          ("de-jobcoach", "eigen-kunnen")]


def _neighbours():
    nb = {t: [] for t in THEME_NAMES}
    for i, t in enumerate(RING):
        u = RING[(i + 1) % len(RING)]
        nb[t].append(u)
        nb[u].append(t)
    for a, b in CHORDS:
        nb[a].append(b)
        nb[b].append(a)
    return nb


NEIGHBOURS = _neighbours()

# Statements about two themes: statement id -> second theme.
AMBIGUOUS = {
    4: "de-jobcoach",               # thuis en de jobcoach bellen elkaar
    78: "werkgever-en-collegas",    # jobcoach legt uit aan de werkgever
    85: "werkgever-en-collegas",    # werkgever weet van loonkostensubsidie
    22: "de-jobcoach",              # jobcoachvoorziening snel geregeld
    15: "open-zijn",                # werkgever kijkt naar wat je kunt
    68: "passend-werk",             # zelf met de bus naar je werk
    77: "steun-van-thuis",          # iemand bij wie je terechtkunt
    51: "werkgever-en-collegas",    # voorlichting aan collega's
    64: "eigen-kunnen",             # werk dichtbij, met de bus
    8: "de-jobcoach",               # leren om hulp te vragen
}

# Sorter behaviour per group: (merges min, max), (splits min, max), (misplace min, max)
SORTER = {
    "jongere":      ((1, 3), (0, 1), (0.24, 0.30)),
    "werkgever":    ((1, 2), (0, 1), (0.21, 0.27)),
    "jobcoach":     ((0, 2), (1, 2), (0.18, 0.24)),
    "steunsysteem": ((1, 2), (0, 2), (0.21, 0.27)),
}

# Mean rating per theme (order of THEME_NAMES) and group, on 1..5.
#                passend solli  thuis  coach  werkg  kunnen gezond geld   open
BELANG = {
    "jongere":      [4.3, 3.8, 4.4, 4.1, 4.2, 4.5, 3.9, 3.7, 3.9],
    "werkgever":    [4.2, 3.9, 3.5, 4.0, 4.4, 3.9, 3.9, 3.5, 3.4],
    "jobcoach":     [4.3, 3.9, 3.8, 4.6, 4.3, 4.1, 4.2, 3.9, 3.8],
    "steunsysteem": [4.2, 3.8, 4.1, 4.2, 4.1, 4.0, 4.4, 4.2, 3.8],
}
HAALBAAR = {
    "jongere":      [3.6, 3.8, 4.0, 3.6, 3.6, 3.9, 3.3, 2.9, 3.0],
    "werkgever":    [3.5, 3.8, 3.6, 3.5, 3.9, 3.6, 3.2, 2.2, 3.2],
    "jobcoach":     [3.4, 3.7, 3.7, 2.9, 3.4, 3.6, 3.1, 2.6, 2.9],
    "steunsysteem": [3.3, 3.5, 4.0, 3.1, 3.3, 3.5, 3.1, 2.5, 2.8],
}
RATERS = {"jongere": 16, "werkgever": 14, "jobcoach": 16, "steunsysteem": 14}
SORTERS_PER_GROUP = 10
SORTERS_WHO_RATE = 6


def make_participants():
    """Return [(participant id, group, sorts?, rates?)] in a fixed order."""
    people = []
    n = 0
    for g in GROUPS:
        sorters = SORTERS_PER_GROUP
        extra_raters = RATERS[g] - SORTERS_WHO_RATE
        for k in range(sorters + extra_raters):
            n += 1
            sorts = k < sorters
            rates = k < SORTERS_WHO_RATE or k >= sorters
            people.append(("p%03d" % n, g, sorts, rates))
    return people


def simulate_sort(rng, group):
    (m_lo, m_hi), (s_lo, s_hi), (p_lo, p_hi) = SORTER[group]
    # 1. one pile per theme; pile[theme] is a list of "sub-piles" (halves)
    owner = {t: t for t in THEME_NAMES}           # theme -> representative after merges

    def find(t):
        while owner[t] != t:
            t = owner[t]
        return t

    # 2. merges of neighbouring themes
    for _ in range(rng.randint(m_lo, m_hi)):
        a = rng.choice(THEME_NAMES)
        b = rng.choice(NEIGHBOURS[a])
        ra, rb = find(a), find(b)
        if ra != rb:
            owner[rb] = ra
    # 3. splits of unmerged themes into their halves
    split = set()
    for _ in range(rng.randint(s_lo, s_hi)):
        t = rng.choice(THEME_NAMES)
        if find(t) == t and all(find(u) != t or u == t for u in THEME_NAMES):
            split.add(t)
    # pile key for each statement's "true" place
    home = {}
    for t, ids in THEMES.items():
        for i, s in enumerate(ids):
            key = find(t)
            if t in split:
                key = key + ("#a" if i < 5 else "#b")
            home[s] = (t, key)
    keys = sorted(set(k for _, k in home.values()))

    def pile_of_theme(t):
        r = find(t)
        if t in split:
            return r + rng.choice(["#a", "#b"])
        return r

    # 4. misplacements
    p = rng.uniform(p_lo, p_hi)
    placed = {}
    for t in THEME_NAMES:
        for s in THEMES[t]:
            key = home[s][1]
            if s in AMBIGUOUS and rng.random() < 0.35:
                key = pile_of_theme(AMBIGUOUS[s])
            elif rng.random() < p:
                if rng.random() < 0.75:
                    key = pile_of_theme(rng.choice(NEIGHBOURS[t]))
                else:
                    key = rng.choice(keys)
            placed[s] = key
    # 5. a few statements left unsorted by some sorters
    unsorted = set()
    if rng.random() < 0.12:
        all_ids = sorted(placed)
        unsorted = set(rng.sample(all_ids, rng.randint(1, 3)))
    # number the piles in a random order, as a sorter would label them
    used = sorted(set(k for s, k in placed.items() if s not in unsorted))
    numbers = list(range(1, len(used) + 1))
    rng.shuffle(numbers)
    pile_no = dict(zip(used, numbers))
    return sorted((pile_no[k], s) for s, k in placed.items() if s not in unsorted)


def clip(x):
    return max(1, min(5, int(round(x))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--out", default="study")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    people = make_participants()
    theme_of = {s: i for i, t in enumerate(THEME_NAMES) for s in THEMES[t]}
    statements = sorted(theme_of)

    # statement effects, shared by all groups
    eff_b = {s: rng.gauss(0, 0.35) for s in statements}
    eff_h = {s: rng.gauss(0, 0.35) for s in statements}

    sort_rows = []
    rating_rows = []
    for pid, group, sorts, rates in people:
        if sorts:
            for pile, s in simulate_sort(rng, group):
                sort_rows.append((pid, pile, s))
        if rates:
            len_b = rng.gauss(0, 0.35)
            len_h = rng.gauss(0, 0.35)
            for s in statements:
                th = theme_of[s]
                b = clip(BELANG[group][th] + eff_b[s] + len_b + rng.gauss(0, 0.75))
                h = clip(HAALBAAR[group][th] + eff_h[s] + len_h + rng.gauss(0, 0.75))
                bs = "" if rng.random() < 0.01 else str(b)
                hs = "" if rng.random() < 0.01 else str(h)
                rating_rows.append((pid, s, bs, hs))

    def write(name, header, rows):
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("participants.csv", ["participant", "group"], [(p, g) for p, g, _, _ in people])
    write("sorts.csv", ["participant", "pile", "statement"], sort_rows)
    write("ratings.csv", ["participant", "statement", "belang", "haalbaar"], rating_rows)


if __name__ == "__main__":
    main()
