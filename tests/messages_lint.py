#!/usr/bin/env python3
"""Fails when a message a person reads is written in src/ as a bare string literal or glued
together with `+`, instead of one whole sentence through tr()/trn() (docs/messages.md).

What counts as a message:
  - the message argument (the last one) of a diagnostic: any call `x->error(...)`,
    `x.warning(...)`, `report(...)`, `add(...)` whose argument before the message is a rule
    code ("preflight/overlap", "environment", or a variable named code);
  - an error text handed up for a diagnostic: `*err = …`, `*problem = …`, `*usage = …`,
    `x.error = …`, `x.problem = …`;
  - a line printed for the person: `log << …`, `std::cerr << …`, `std::cout << …` and
    `fprintf(stderr, …)`.
Such a text may hold string literals only inside tr()/trn()/N_() calls, and may not be
joined with `+` (a translated piece plus another piece is still two halves). Literals
without letters ("\\n", ": ") are punctuation, not words, and are allowed.

  python3 tests/messages_lint.py SOURCE_DIR      (ctest: messages/no-literal-diagnostics)
"""
import os
import re
import sys

# Texts that look like messages but are not (path, a piece of the offending text, why).
ALLOWED = [
    ("src/publish/progress.cc", r'"\r\033[K"', "clears the terminal line; no words"),
    ("src/load/yaml_tree.cc", "yaml_syntax_hint(",
     "the hint is a whole translated sentence ('; a colon … Put the whole text in quotes') after the YAML "
     "parser's own text, which only exists in English"),
    ("src/cli/analyze_command.cc", '"analyze ["', "the command's name before its progress line, like 'sterk build: '"),
]

LETTERS = re.compile(r"[A-Za-z]{2,}")
CODE = re.compile(r'^"[a-z0-9-]+(/[a-z0-9-]+)?"$')


def statement_from(text, start):
    """The rest of the C++ statement that starts at `start`, up to its `;` (a `;` inside a
    string or character literal does not end it)."""
    i, n = start, len(text)
    while i < n and text[i] != ";":
        i = literal_close(text, i) + 1 if text[i] in "\"'" else i + 1
    return text[start:i]


def literal_close(text, i):
    """The index of the quote closing the string or character literal that opens at `i`
    (len(text) when it is not closed); a backslash escapes the character after it."""
    j, n = i + 1, len(text)
    while j < n and text[j] != text[i]:
        j += 2 if text[j] == "\\" else 1
    return j


def strip_comments(text):
    """Blanks out comments, keeping every position, line numbers and string literals."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = literal_close(text, i)
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def balanced(text, start):
    """The index just after the bracket closing the one at `start`."""
    depth, i, n = 0, start, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = literal_close(text, i)
            i = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def split_top(text, sep=","):
    """Splits at `sep` outside brackets and literals."""
    parts, depth, cur, i, n = [], 0, "", 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = literal_close(text, i)
            cur += text[i:j + 1]
            i = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == sep and depth == 0 and not (sep == "+" and (text[i + 1:i + 2] in ("+", "=") or cur.endswith("+"))):
            parts.append(cur.strip())
            cur = ""
        else:
            cur += c
        i += 1
    parts.append(cur.strip())
    return parts


def outside_translation(expr):
    """expr with the arguments of every call removed: tr(…)/trn(…)/N_(…) are translated, and a
    literal handed to another function (f.side == "front", join(ids, ", ")) is not the text
    itself. Grouping brackets, as around a ?: choice, stay."""
    out, i = "", 0
    for m in re.finditer(r"[\w>\]]\s*\(", expr):
        if m.start() < i:
            continue
        out += expr[i:m.end() - 1]
        i = balanced(expr, m.end() - 1)
        out += "()"
    return out + expr[i:]


# The program's name before a message, as every command-line tool prints it ("sterk build: ").
PROGRAM_NAME = re.compile(r"^(\\n)*sterk( [a-z]+)?:? $")


def word_literals(expr):
    return [s for s in re.findall(r'"((?:[^"\\]|\\.)*)"', outside_translation(expr))
            if LETTERS.search(s) and not PROGRAM_NAME.match(s)]


def problems_in(expr):
    """Why `expr`, a message, is not one translated sentence ("" when it is)."""
    words = word_literals(expr)
    if words:
        return 'a bare string literal ("%s") instead of tr()' % words[0]
    if len(split_top(outside_translation(expr), "+")) > 1:
        return "a message glued together with + instead of one tr() sentence with {}"
    return ""


def findings(path, text):
    text = strip_comments(text)
    line_of = lambda pos: text.count("\n", 0, pos) + 1
    found = []
    # Diagnostics: the argument before the message is a rule code.
    for m in re.finditer(r"(?:->|\.)\s*(error|warning|report|add)\s*\(", text):
        end = balanced(text, m.end() - 1)
        args = split_top(text[m.end():end - 1])
        if len(args) < 3 or not (CODE.match(args[-2]) or args[-2] in ("code", "d.code", "rule")):
            continue
        why = problems_in(args[-1])
        if why:
            found.append((line_of(m.start()), why, args[-1]))
    # Error texts handed up to a diagnostic.
    for m in re.finditer(r"(?:\*(?:err|problem|usage)|\b\w+\.(?:error|problem))\s*=(?!=)", text):
        expr = statement_from(text, m.end())
        why = problems_in(expr)
        if why:
            found.append((line_of(m.start()), why, expr.strip()))
    # Lines printed for the person.
    for m in re.finditer(r"\b(log|std::cerr|std::cout)\s*<<", text):
        stmt = statement_from(text, m.end())
        for piece in split_top(stmt, "<"):
            if piece and word_literals(piece):
                found.append((line_of(m.start()), 'a bare string literal ("%s") printed instead of tr()'
                              % word_literals(piece)[0], stmt.strip()))
                break
    for m in re.finditer(r"\bfprintf\s*\(\s*stderr\s*,", text):
        end = balanced(text, text.find("(", m.start()))
        args = split_top(text[text.find("(", m.start()) + 1:end - 1])
        if args and word_literals(args[1] if len(args) > 1 else ""):
            found.append((line_of(m.start()), "a bare format string printed instead of tr()", args[1]))
    out = []
    for line, why, expr in found:
        if any(path == p and piece in expr for p, piece, _ in ALLOWED):
            continue
        out.append("%s:%d: %s: %s" % (path, line, why, " ".join(expr.split())[:160]))
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    bad = []
    for folder, _, files in os.walk(os.path.join(root, "src")):
        for name in sorted(files):
            if name.endswith((".cc", ".h")):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    bad += findings(os.path.relpath(path, root), f.read())
    if bad:
        print("These messages are not one whole sentence through tr()/trn() (docs/messages.md):")
        print("\n".join(sorted(bad)))
        return 1
    print("every diagnostic, error text and printed line in src/ goes through tr()/trn()")
    return 0


if __name__ == "__main__":
    sys.exit(main())
