#!/usr/bin/env python3
"""Writes a large synthetic report for benchmarks: the seed's title block, then its body repeated until the text is
about PAGES pages long (the seed prints on 30 A4 pages at 16 pt), with footnote numbers made unique across copies.
Usage: python3 scripts/make-large-report.py PAGES OUTPUT.txt
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED_PAGES = 30
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def superscript(n):
    return "".join(SUPERSCRIPTS[int(d)] for d in str(n))


def renumber(text, offset):
    return re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: superscript(int("".join(str(SUPERSCRIPTS.index(c)) for c in m.group())) + offset), text)


def main():
    pages, output = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    seed = (ROOT / "fixtures" / "yuexiu-2025-plan-report.txt").read_text(encoding="utf-8")
    head, body = seed.split("各位代表：", 1)
    target = len(seed) * pages / SEED_PAGES
    parts, copy = [head, "各位代表："], 0
    while sum(map(len, parts)) < target:
        parts.append(renumber(body, copy * 26))
        copy += 1
    text = "".join(parts)
    if copy == 1 and len(text) > target:  # fewer pages than the seed: cut at a blank line, keeping whole footnote blocks
        cut = text.rfind("\n\n", 0, int(target))
        text = text[:cut] + "\n"
        text = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?![ ])", lambda m: m.group() if f"\n{m.group()} " in text else "", text)
    output.write_text(text, encoding="utf-8")
    print(f"{output}: {len(text)} characters, about {pages} pages, {copy} copies of the seed body", file=sys.stderr)


if __name__ == "__main__":
    main()
