#!/usr/bin/env python3
"""Writes a synthetic concept-mapping study (sterk's study/ format) for tests and
`make bench`: statements around hidden themes, sorters who mostly follow the themes
with noise, ratings per group. Seeded, so the same arguments give the same files.

usage: gen_study.py OUT_DIR [--statements N] [--sorters S] [--clusters K] [--seed X]
"""
import argparse, math, os, random

GROUPS = ["jongere", "werkgever", "jobcoach", "steunsysteem"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--statements", type=int, default=100)
    ap.add_argument("--sorters", type=int, default=40)
    ap.add_argument("--clusters", type=int, default=8)
    ap.add_argument("--themes", type=int, default=0, help="hidden themes (default: clusters)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-names", action="store_true")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    n, themes = a.statements, a.themes or a.clusters
    os.makedirs(a.out, exist_ok=True)
    # Hidden 2-D positions: themes on a circle, statements scattered around them.
    theme_pos = [(math.cos(2 * math.pi * t / themes), math.sin(2 * math.pi * t / themes)) for t in range(themes)]
    stmts = []
    for i in range(n):
        t = i % themes
        x = theme_pos[t][0] + rnd.gauss(0, 0.35)
        y = theme_pos[t][1] + rnd.gauss(0, 0.35)
        stmts.append((i + 1, t, x, y))
    with open(os.path.join(a.out, "statements.csv"), "w") as f:
        f.write("id,text\n")
        for sid, t, _, _ in stmts:
            f.write(f'{sid},"Statement {sid} about theme {t + 1}, in a few words."\n')
    participants = []
    with open(os.path.join(a.out, "participants.csv"), "w") as f:
        f.write("participant,group\n")
        for p in range(a.sorters):
            pid = f"p{p + 1:03d}"
            g = GROUPS[p % len(GROUPS)]
            participants.append((pid, g))
            f.write(f"{pid},{g}\n")
    with open(os.path.join(a.out, "sorts.csv"), "w") as f:
        f.write("participant,pile,statement\n")
        for pid, _ in participants:
            # Each sorter makes piles by grid cells of a noisy view of the map.
            piles_wanted = rnd.randint(max(3, themes - 3), themes + 5)
            centres = [(rnd.uniform(-1.3, 1.3), rnd.uniform(-1.3, 1.3)) for _ in range(piles_wanted)]
            for sid, _, x, y in stmts:
                if rnd.random() < 0.03:
                    continue  # left unsorted
                vx, vy = x + rnd.gauss(0, 0.3), y + rnd.gauss(0, 0.3)
                best = min(range(piles_wanted), key=lambda k: (centres[k][0] - vx) ** 2 + (centres[k][1] - vy) ** 2)
                f.write(f"{pid},{best + 1},{sid}\n")
    with open(os.path.join(a.out, "ratings.csv"), "w") as f:
        f.write("participant,statement,belang,haalbaar\n")
        for gi, (pid, g) in enumerate(participants):
            for sid, t, _, _ in stmts:
                if rnd.random() < 0.05:
                    continue
                b = min(5, max(1, round(3 + math.sin(t + gi % 4) + rnd.gauss(0, 1))))
                h = min(5, max(1, round(3 + math.cos(t) + rnd.gauss(0, 1))))
                f.write(f"{pid},{sid},{b},{h}\n")
    with open(os.path.join(a.out, "study.yaml"), "w") as f:
        f.write(f"title: Generated study ({n} statements, {a.sorters} sorters, seed {a.seed})\n")
        f.write("focus: Wat helpt om werk te vinden en te houden?\n")
        f.write("groups: [" + ", ".join(GROUPS) + "]\n")
        f.write("ratings:\n  - {id: belang, label: Belang, min: 1, max: 5}\n"
                "  - {id: haalbaar, label: Haalbaar, min: 1, max: 5}\n")
        f.write(f"clusters:\n  count: {a.clusters}\n")


if __name__ == "__main__":
    main()
