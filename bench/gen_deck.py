#!/usr/bin/env python3
"""Generates a benchmark project with one deck of N content cards.

usage: gen_deck.py N OUT_DIR

Writes OUT_DIR/sterk.yaml, OUT_DIR/cards/bench.yaml (professional template,
10 clusters, Dutch-like text of realistic card length) and OUT_DIR/cards.tsv
with the same texts for the bare Cairo+Pango program (bench/bare_cairo.cc):
title, text, tip 1, tip 2, question, pictogram, card id, cluster, tab-separated.
Fonts and templates are linked from the repository by bench/run.sh.
Deterministic: the same N gives the same files.
"""
import os
import random
import sys

WORDS = ("werk jobcoach collega taak rust pauze afspraak vragen hulp samen plan "
         "dag week begin uitleg tijd goed leren sterk open praten thuis steun "
         "duidelijk rustig vast team baas contract uren geld keuze").split()
PICTOS = ["briefcase", "handshake", "heart", "house", "users", "coins", "smile", "sprout", "route", "lightbulb"]


def sentence(rng, n):
    w = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(w).capitalize() + "."


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(n)
    os.makedirs(os.path.join(out, "cards"), exist_ok=True)
    with open(os.path.join(out, "sterk.yaml"), "w") as f:
        f.write("output: {formats: [print], date: 2026-11-01}\n")
    deck = ["deck: {id: bench, title: Benchmark, audience: werkgever, template: professional, edition: '1'}",
            "cards:"]
    rows = []
    for i in range(n):
        title = sentence(rng, 3)[:-1]
        text = " ".join(sentence(rng, rng.randint(5, 9)) for _ in range(3))
        tips = [sentence(rng, 6), sentence(rng, 5)]
        question = sentence(rng, 5)[:-1] + "?"
        picto = PICTOS[i % len(PICTOS)]
        deck += [f"  - id: B-{i + 1:04d}",
                 f"    cluster: cluster-{i * 10 // n + 1}",
                 f"    title: {title}",
                 f"    text: {text}",
                 f"    tips: [{tips[0]}, {tips[1]}]",
                 f"    question: {question}",
                 f"    pictogram: {picto}"]
        rows.append("\t".join([title, text, tips[0], tips[1], question, picto,
                                f"B-{i + 1:04d}", f"cluster-{i * 10 // n + 1}"]))
    with open(os.path.join(out, "cards", "bench.yaml"), "w") as f:
        f.write("\n".join(deck) + "\n")
    with open(os.path.join(out, "cards.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
