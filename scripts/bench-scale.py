#!/usr/bin/env python3
"""Whole-process timings for the issue 14 scaling rows of docs/PERFORMANCE.md: a report with 100,000 notes in each
input format (.md, .txt, .html from scripts/make-notes-benchmark.py; .docx written from the .md by ReportPipeline
itself) and text-only PDFs of 500, 1,000 and 2,000 pages (scripts/make-text-pdf.py; the three show whether time grows
linearly), each converted to all four formats, beside pandoc reading the same file (to Word; from Word to Markdown)
and pdftotext on each PDF, in the same run.
Prints a Markdown table: wall time, user + system CPU, peak resident memory (GNU time). One run a row.

usage (repository root, after `dotnet build -c Release src/ReportPipeline.Cli`):
    python3 scripts/bench-scale.py [CLI] [NOTES] [PAGES,PAGES,...] [ROWS]
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CLI = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "src/ReportPipeline.Cli/bin/Release/net10.0/reportpipeline")
NOTES = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
PAGES = [int(p) for p in sys.argv[3].split(",")] if len(sys.argv) > 3 else [500, 1_000, 2_000]
# A fourth argument names the rows to run (comma-separated: md, txt, html, links, docx, pdf); all by default.
ONLY = set(sys.argv[4].split(",")) if len(sys.argv) > 4 else {"md", "txt", "html", "links", "docx", "pdf"}


def timed(cmd, stdout=subprocess.DEVNULL):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "timeout", "900", *cmd], stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall, user, system, peak = result.stderr.strip().splitlines()[-1].split()
    return result.returncode, float(wall), float(user) + float(system), int(peak) / 1024


def row(label, cmd, stdout=subprocess.DEVNULL):
    code, wall, cpu, peak = timed(cmd, stdout)
    note = "" if code == 0 else f" (exit {code})"
    print(f"| {label}{note} | {wall:,.1f} s | {cpu:,.1f} s | {peak:,.0f} MB |", flush=True)


with tempfile.TemporaryDirectory() as work:
    work = pathlib.Path(work)
    subprocess.run([sys.executable, ROOT / "scripts/make-notes-benchmark.py", str(NOTES), work], check=True)
    for pages in PAGES if "pdf" in ONLY else []:
        subprocess.run([sys.executable, ROOT / "scripts/make-text-pdf.py", str(pages), work / f"pages-{pages}.pdf"], check=True)
    # A Word file of 100,000 notes has a document.xml over the 32 MB part budget: raised here through --options.
    options = work / "options.json"
    options.write_text(json.dumps({"budgets": {"maxPartBytes": 512 * 1024 * 1024}}))
    if "docx" in ONLY:
        subprocess.run([CLI, "convert", work / f"notes-{NOTES}.md", "-o", work / "docx", "--to", "docx"], check=True, stdout=subprocess.DEVNULL)
        (work / "docx" / f"notes-{NOTES}.docx").rename(work / f"notes-{NOTES}.docx")

    print("| command | wall | user + system CPU | peak memory |")
    print("|---|---:|---:|---:|")
    for ext in [e for e in ["md", "txt", "html", "docx"] if e in ONLY]:
        source = work / f"notes-{NOTES}.{ext}"
        extra = ["--options", options] if ext == "docx" else []
        row(f"ReportPipeline: {NOTES:,} notes `.{ext}` → md, html, docx, json", [CLI, "convert", source, "-o", work / f"out-{ext}", *extra])
        if ext in ("md", "html"):
            row(f"pandoc: the same `.{ext}` → docx", ["pandoc", "-f", "markdown" if ext == "md" else "html", source, "-o", work / f"pandoc-{ext}.docx"])
        elif ext == "docx":
            row(f"pandoc: the same `.docx` → markdown", ["pandoc", "-f", "docx", "-t", "markdown", source, "-o", work / "pandoc-docx.md"])
    if "links" in ONLY:
        links = work / f"links-{NOTES}.html"
        row(f"ReportPipeline: a page of {NOTES:,} links `.html` → md, html, docx, json", [CLI, "convert", links, "-o", work / "out-links"])
        row(f"pandoc: the same page → docx", ["pandoc", "-f", "html", links, "-o", work / "pandoc-links.docx"])
    for pages in PAGES if "pdf" in ONLY else []:
        pdf = work / f"pages-{pages}.pdf"
        row(f"ReportPipeline: {pages:,}-page text PDF ({pdf.stat().st_size / 1e6:.1f} MB) → md, html, docx, json", [CLI, "convert", pdf, "-o", work / f"out-pdf-{pages}"])
        row(f"pdftotext: the same PDF", ["pdftotext", pdf, work / f"pages-{pages}.txt"])
