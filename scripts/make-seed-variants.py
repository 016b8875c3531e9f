#!/usr/bin/env python3
"""Writes the seed report in the other text layouts people really have, into fixtures/variants/.

Each variant holds the same report; the tests check that each gives the same tree as the seed:
  gb18030.txt            the seed's bytes in GB18030
  utf8-bom-crlf.txt      UTF-8 with a byte-order mark and CRLF line ends
  utf16.txt              UTF-16 little endian with a byte-order mark
  indented.txt           paragraphs opened by two U+3000, no blank lines between them, page-break fragments whole,
                         footnotes gathered at the end under "注释"
  circled.txt            markers ①…㉖, notes at the end under "注释："
  bracketed.txt          markers [1]…[26], notes at the end under "注："
Run from the repository root: python3 scripts/make-seed-variants.py
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "yuexiu-2025-plan-report.txt"
OUT = ROOT / "fixtures" / "variants"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
NOTE = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) (.*)$")
ENDS = tuple("。！？；：…”’）")


def number(sup):
    return int("".join(str(SUPERSCRIPTS.index(c)) for c in sup))


def circled(n):
    return chr(0x2460 + n - 1) if n <= 20 else chr(0x3251 + n - 21)


def blocks_and_notes(text):
    """The seed's blocks with footnote definitions taken out and page-break fragments joined."""
    blocks, notes = [], []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        m = NOTE.match(block)
        if m:
            notes.append((number(m.group(1)), m.group(2)))
            continue
        blocks.append(block)
    joined, in_body = [], False
    for block in blocks:
        prev = joined[-1] if joined else None
        heading = prev is not None and prev.startswith(("一、", "二、", "（", "(")) and "。" not in prev
        body_text = prev is not None and "\t" not in prev and not prev.startswith("-") and not heading
        if in_body and body_text and len(prev) > 10 and not prev.endswith(ENDS) and "\t" not in block:
            joined[-1] = prev + block
        else:
            joined.append(block)
        in_body = in_body or block.startswith("各位代表")
    return joined, notes


def replace_markers(text, render):
    return re.sub(r" ?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", lambda m: render(number(m.group(1))), text)


def notes_at_end(text, render_marker, heading):
    blocks, notes = blocks_and_notes(text)
    body = "\n\n".join(replace_markers(b, render_marker) for b in blocks)
    end = "\n\n".join(f"{render_marker(n)} {t}" for n, t in notes)
    return f"{body}\n\n{heading}\n\n{end}\n"


def indented(text):
    blocks, notes = blocks_and_notes(text)
    head, body, in_body = [], [], False
    for block in blocks:
        if block.startswith("各位代表"):
            in_body = True
        if not in_body:
            head.append(block)
            continue
        plain = "\t" in block or block.startswith(("-", "一、", "二、", "（", "(")) or (len(block) < 30 and not block.endswith(ENDS))
        body.append(block if plain else "\u3000\u3000" + block)
    notes_text = "\n".join(f"{''.join(SUPERSCRIPTS[int(d)] for d in str(n))} {t}" for n, t in notes)
    return "\n\n".join(head) + "\n\n" + "\n".join(body) + "\n注释\n" + notes_text + "\n"


def main():
    text = SEED.read_text(encoding="utf-8")
    OUT.mkdir(exist_ok=True)
    (OUT / "gb18030.txt").write_bytes(text.encode("gb18030"))
    (OUT / "utf8-bom-crlf.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    (OUT / "utf16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (OUT / "indented.txt").write_text(indented(text), encoding="utf-8")
    (OUT / "circled.txt").write_text(notes_at_end(text, circled, "注释："), encoding="utf-8")
    (OUT / "bracketed.txt").write_text(notes_at_end(text, lambda n: f"[{n}]", "注："), encoding="utf-8")


if __name__ == "__main__":
    main()
