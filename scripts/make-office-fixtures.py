#!/usr/bin/env python3
"""Lays out the fixture reports as office documents and has LibreOffice write them as Word, HTML and PDF.

For each report in fixtures/*.txt this takes ReportPipeline's JSON tree of it and writes an OpenDocument flat file
(.fodt) laid out like a printed Chinese government report: A4, 16 pt Song-style body with a two-character first-line
indent, 黑体 headings, native footnotes, a table whose header repeats on each page, page numbers "— N —" in the
footer. Two layouts:
  styled   Title/Subtitle/Author and Heading 1–4 paragraph styles (Word's navigation pane shows the outline)
  direct   no heading or title styles at all: every paragraph is plain "Standard" text with direct formatting
LibreOffice (soffice --headless, Debian package libreoffice-writer-nogui, fonts-noto-cjk) then converts:
  <name>.styled.fodt -> <name>.styled.docx, <name>.styled.pdf, <name>.styled.html
  <name>.direct.fodt -> <name>.direct.docx
Outputs go to fixtures/office/. CI does not run this; the outputs are committed.
Usage (repository root): python3 scripts/make-office-fixtures.py
"""
import json
import pathlib
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "office"
REPORTS = ["yuexiu-2025-plan-report", "lanshan-2026-budget-report", "riverton-2026-budget-report"]
WIDE_PUNCT = set("、）)．。，：；")

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')

SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"


def text_props(size, bold=False, font=SERIF):
    weight = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
    return (f'<style:text-properties style:font-name="{font}" style:font-name-asian="{font}" '
            f'fo:font-size="{size}pt" style:font-size-asian="{size}pt"{weight}/>')


def paragraph_style(name, parent="Standard", size=16, bold=False, font=SERIF, align="justify", indent=True,
                    outline=None, display=None, family_attrs=""):
    outline_attr = f' style:default-outline-level="{outline}"' if outline else ""
    display_attr = f' style:display-name="{display}"' if display else ""
    indent_attr = ' fo:text-indent="32pt"' if indent else ' fo:text-indent="0pt"'
    return (f'<style:style style:name="{name}"{display_attr} style:family="paragraph" style:parent-style-name="{parent}"{outline_attr}{family_attrs}>'
            f'<style:paragraph-properties fo:text-align="{align}"{indent_attr} fo:line-height="150%" fo:margin-top="0pt" fo:margin-bottom="4pt"/>'
            f'{text_props(size, bold, font)}</style:style>')


def styles(layout, chinese):
    body = paragraph_style("Text_20_body", display="Text body", indent=chinese)
    named = [body,
             paragraph_style("Footnote", size=11, indent=False),
             paragraph_style("Table_20_Contents", display="Table Contents", size=12, align="center", indent=False),
             paragraph_style("Table_20_Heading", display="Table Heading", size=12, bold=True, font=SANS, align="center", indent=False),
             paragraph_style("Caption", size=13, bold=True, font=SANS, align="center", indent=False),
             paragraph_style("Footer", size=14, align="center", indent=False),
             paragraph_style("List_20_Paragraph", display="List Paragraph", indent=False)]
    if layout == "styled":
        named += [paragraph_style("Title", size=22, bold=True, font=SANS, align="center", indent=False),
                  paragraph_style("Subtitle", size=16, align="center", indent=False),
                  paragraph_style("Author", size=16, align="center", indent=False)]
        for level, (size, font) in enumerate([(16, SANS), (16, SERIF), (16, SERIF), (16, SERIF)], start=1):
            named.append(paragraph_style(f"Heading_20_{level}", display=f"Heading {level}", size=size, bold=True, font=font,
                                         align="left", indent=False, outline=level))
    auto = []
    if layout == "direct":
        auto += [paragraph_style("PTitle", size=22, bold=True, font=SANS, align="center", indent=False),
                 paragraph_style("PCenter", size=16, align="center", indent=False)]
        for level in range(1, 5):
            auto.append(paragraph_style(f"PH{level}", size=16, bold=True, font=SANS if level == 1 else SERIF, align="left", indent=False))
    return named, auto


def inline_xml(inlines, notes, counter):
    out = []
    for node in inlines:
        kind = node["type"]
        if kind == "text":
            out.append(escape(node["value"]))
        elif kind == "strong":
            out.append(f'<text:span text:style-name="Bold">{inline_xml(node["content"], notes, counter)}</text:span>')
        elif kind == "emphasis":
            out.append(f'<text:span text:style-name="Italic">{inline_xml(node["content"], notes, counter)}</text:span>')
        elif kind == "footnoteRef":
            counter[0] += 1
            body = inline_xml(notes[node["id"]]["content"], notes, counter)
            out.append(f'<text:note text:id="ftn{counter[0]}" text:note-class="footnote"><text:note-citation>{counter[0]}</text:note-citation>'
                       f'<text:note-body><text:p text:style-name="Footnote">{body}</text:p></text:note-body></text:note>')
    return "".join(out)


def grid(rows):
    """The origin cells of each row with their spans, and which positions spans cover."""
    covered, placed = set(), []
    for r, row in enumerate(rows):
        c, cells = 0, []
        for cell in row:
            while (r, c) in covered:
                cells.append(None)
                c += 1
            cells.append(cell)
            for dr in range(cell["rowSpan"]):
                for dc in range(cell["colSpan"]):
                    if dr or dc:
                        covered.add((r + dr, c + dc))
            c += cell["colSpan"]
            for extra in range(cell["colSpan"] - 1):
                cells.append(None)
        placed.append(cells)
    width = max(len(r) for r in placed)
    return [cells + [None] * (width - len(cells)) for cells in placed], width


def table_xml(block, notes, counter, index):
    rows = block["header"] + block["body"]
    placed, width = grid(rows)
    head = len(block["header"])
    parts = []
    if block["caption"]:
        parts.append(f'<text:p text:style-name="Caption">{inline_xml(block["caption"], notes, counter)}</text:p>')
    parts.append(f'<table:table table:name="Table{index}" table:style-name="Tbl"><table:table-column table:style-name="TblCol" table:number-columns-repeated="{width}"/>')
    for r, cells in enumerate(placed):
        if r == 0 and head:
            parts.append("<table:table-header-rows>")
        parts.append("<table:table-row>")
        for cell in cells:
            if cell is None:
                parts.append("<table:covered-table-cell/>")
                continue
            spans = ""
            if cell["rowSpan"] > 1:
                spans += f' table:number-rows-spanned="{cell["rowSpan"]}"'
            if cell["colSpan"] > 1:
                spans += f' table:number-columns-spanned="{cell["colSpan"]}"'
            style = "Table_20_Heading" if r < head else "Table_20_Contents"
            parts.append(f'<table:table-cell table:style-name="TblCell" office:value-type="string"{spans}>'
                         f'<text:p text:style-name="{style}">{inline_xml(cell["content"], notes, counter)}</text:p></table:table-cell>')
        parts.append("</table:table-row>")
        if r == head - 1:
            parts.append("</table:table-header-rows>")
    parts.append("</table:table>")
    return "".join(parts)


def heading_text(block, notes, counter):
    label = block["label"] or ""
    sep = "" if not label or label[-1] in WIDE_PUNCT else " "
    return escape(label) + sep + inline_xml(block["title"], notes, counter)


def body_xml(tree, layout):
    notes = {n["id"]: n for n in tree["footnotes"]}
    counter = [0]
    meta = tree["metadata"]
    out = []
    title_styles = {"styled": ("Title", "Subtitle", "Author"), "direct": ("PTitle", "PCenter", "PCenter")}[layout]
    for key, style in zip(("title", "subtitle", "author"), title_styles):
        if meta[key]:
            out.append(f'<text:p text:style-name="{style}">{escape(meta[key])}</text:p>')
    tables = 0
    for block in tree["blocks"]:
        kind = block["type"]
        if kind == "heading":
            level = min(block["level"], 4)
            if layout == "styled":
                out.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{heading_text(block, notes, counter)}</text:h>')
            else:
                out.append(f'<text:p text:style-name="PH{level}">{heading_text(block, notes, counter)}</text:p>')
        elif kind == "paragraph":
            lead = f'<text:span text:style-name="Bold">{inline_xml(block["lead"], notes, counter)}</text:span>' if block["lead"] else ""
            out.append(f'<text:p text:style-name="Text_20_body">{lead}{inline_xml(block["content"], notes, counter)}</text:p>')
        elif kind == "list":
            style = "LNum" if block["ordered"] else "LBullet"
            items = "".join(f'<text:list-item><text:p text:style-name="List_20_Paragraph">{inline_xml(i, notes, counter)}</text:p></text:list-item>'
                            for i in block["items"])
            out.append(f'<text:list text:style-name="{style}">{items}</text:list>')
        elif kind == "table":
            tables += 1
            out.append(table_xml(block, notes, counter, tables))
    return "\n".join(out)


def fodt(tree, layout):
    chinese = tree["metadata"]["language"].startswith("zh")
    named, auto = styles(layout, chinese)
    lang = 'fo:language="zh" fo:country="CN"' if chinese else 'fo:language="en" fo:country="US"'
    dash = "— " if chinese else ""
    dash_after = " —" if chinese else ""
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(tree["metadata"]["title"] or "")}</dc:title><dc:language>{tree["metadata"]["language"]}</dc:language></office:meta>
<office:font-face-decls>
<style:font-face style:name="{SERIF}" svg:font-family="'{SERIF}'" style:font-family-generic="roman"/>
<style:font-face style:name="{SANS}" svg:font-family="'{SANS}'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" style:punctuation-wrap="simple"/>
<style:text-properties style:font-name="{SERIF}" style:font-name-asian="{SERIF}" fo:font-size="16pt" style:font-size-asian="16pt" {lang} style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
{"".join(named)}
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic"/></style:style>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
{"".join(auto)}
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center" fo:margin-top="6pt" fo:margin-bottom="6pt"/></style:style>
<style:style style:name="TblCol" style:family="table-column"/>
<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="2.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Footer">{dash}<text:page-number text:select-page="current">1</text:page-number>{dash_after}</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
{body_xml(tree, layout)}
</office:text></office:body>
</office:document>
'''


def soffice(source, target_format, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", target_format, "--outdir", str(outdir), str(source)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        subprocess.run(["dotnet", "run", "--project", str(ROOT / "src" / "ReportPipeline.Cli"), "-c", "Release", "--", "convert",
                        *[str(ROOT / "fixtures" / f"{r}.txt") for r in REPORTS], "-o", str(tmp), "--to", "json"],
                       check=True, stdout=subprocess.DEVNULL)
        for report in REPORTS:
            tree = json.loads((tmp / f"{report}.json").read_text(encoding="utf-8"))
            for layout in ("styled", "direct"):
                source = OUT / f"{report}.{layout}.fodt"
                source.write_text(fodt(tree, layout), encoding="utf-8")
                soffice(source, 'docx:MS Word 2007 XML', OUT)
                if layout == "styled":
                    soffice(source, "pdf", OUT)
                    soffice(source, "html:XHTML Writer File:UTF8", OUT)
            print(report, file=sys.stderr)


if __name__ == "__main__":
    main()
