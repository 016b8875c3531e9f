#!/usr/bin/env python3
"""Times whole processes side by side in one run and writes docs/PERFORMANCE.md.

Compares ReportPipeline (JIT, ReadyToRun and Native AOT builds) with pandoc (the same report's Markdown to Word) and
pdftotext (the same PDF), times a batch of 100 reports in one call, and checks that time grows linearly from 10 to
1,000 pages (reports made by scripts/make-large-report.py) with peak memory. Needs pandoc, pdftotext, clang (for AOT).
Usage (repository root): python3 scripts/bench-vs-tools.py [runs]
"""
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
SEED = ROOT / "fixtures" / "yuexiu-2025-plan-report.txt"
SEED_PDF = ROOT / "fixtures" / "office" / "yuexiu-2025-plan-report.styled.pdf"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def measure(cmd, runs=RUNS):
    """Median wall time in seconds and peak resident memory in MB over runs (one warm-up run first)."""
    run(cmd)
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        peaks.append(int(result.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(times), max(peaks)


def publish(tmp):
    builds = {"JIT": None, "ReadyToRun": None, "Native AOT": None}
    run(["dotnet", "build", "src/ReportPipeline.Cli", "-c", "Release"], cwd=ROOT)
    builds["JIT"] = ["dotnet", str(ROOT / "src/ReportPipeline.Cli/bin/Release/net10.0/reportpipeline.dll")]
    run(["dotnet", "publish", "src/ReportPipeline.Cli", "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
         "-p:PublishReadyToRun=true", "-o", str(tmp / "r2r")], cwd=ROOT)
    builds["ReadyToRun"] = [str(tmp / "r2r" / "reportpipeline")]
    clang = shutil.which("clang") or shutil.which("clang-14")
    if clang:
        run(["dotnet", "publish", "src/ReportPipeline.Cli", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
             f"-p:CppCompilerAndLinker={pathlib.Path(clang).name}", "-o", str(tmp / "aot")], cwd=ROOT)
        builds["Native AOT"] = [str(tmp / "aot" / "reportpipeline")]
    return {k: v for k, v in builds.items() if v}


def main():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="rp-bench-"))
    builds = publish(tmp)
    fastest = builds.get("Native AOT") or builds["ReadyToRun"]
    out = tmp / "out"
    rows = []

    # One report, four outputs, against pandoc's Markdown to Word.
    run([*builds["JIT"], "convert", str(SEED), "-o", str(tmp), "--to", "md"])
    seed_md = tmp / "yuexiu-2025-plan-report.md"
    pandoc = measure(["pandoc", "-f", "commonmark_x", str(seed_md), "-o", str(tmp / "pandoc.docx")])
    rows.append(("pandoc: seed Markdown → Word", *pandoc))
    for name, cli in builds.items():
        rows.append((f"ReportPipeline ({name}): seed text → md, html, docx, json", *measure([*cli, "convert", str(SEED), "-o", str(out)])))

    # A batch of 100 reports in one call.
    batch = tmp / "batch"
    batch.mkdir()
    for i in range(100):
        shutil.copy(SEED, batch / f"report-{i:03}.txt")
    batch_time = measure([*fastest, "convert", str(batch), "-o", str(tmp / "batch-out")], runs=3)
    rows.append(("ReportPipeline (fastest build): 100 reports → 400 files, one call", *batch_time))

    # PDF reading against pdftotext.
    pdftotext = measure(["pdftotext", str(SEED_PDF), str(tmp / "seed.txt")])
    rows.append(("pdftotext: seed PDF (30 pages)", *pdftotext))
    pdf_times = {}
    for name, cli in builds.items():
        if name == "JIT":
            continue
        pdf_times[name] = measure([*cli, "convert", str(SEED_PDF), "-o", str(out), "--to", "json"])
        rows.append((f"ReportPipeline ({name}): seed PDF → json", *pdf_times[name]))

    # Linear growth.
    scaling = {}
    for pages in (10, 1000):
        path = tmp / f"report-{pages}.txt"
        run(["python3", str(ROOT / "scripts" / "make-large-report.py"), str(pages), str(path)])
        scaling[pages] = measure([*fastest, "convert", str(path), "-o", str(out)], runs=3)
        rows.append((f"ReportPipeline (fastest build): {pages}-page report → four outputs", *scaling[pages]))

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    mem = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)
    seed_fastest = min(t for (label, t, _) in rows if label.startswith("ReportPipeline (") and "seed text" in label)
    lines = [
        "# Performance",
        "",
        f"Measured by `scripts/bench-vs-tools.py` in one run on {os.cpu_count()} cores ({cpu}), {mem} GiB, "
        f"{subprocess.run(['dotnet', '--version'], capture_output=True, text=True).stdout.strip()} SDK, "
        f"{subprocess.run(['pandoc', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}, "
        f"pdftotext {subprocess.run(['pdftotext', '-v'], capture_output=True, text=True).stderr.splitlines()[0].split()[-1]}. "
        f"Whole processes, median of {RUNS} runs (3 for the batch and scaling rows) after a warm-up run; peak resident memory.",
        "",
        "| command | time | peak memory |",
        "|---|---:|---:|",
        *[f"| {label} | {t * 1000:.0f} ms | {peak:.0f} MB |" for label, t, peak in rows],
        "",
        "## Targets",
        "",
        f"- Seed text to all four outputs vs pandoc's Markdown to Word alone: {seed_fastest * 1000:.0f} ms vs {pandoc[0] * 1000:.0f} ms "
        f"({'met' if seed_fastest <= pandoc[0] else 'not met'}).",
        f"- A batch of 100 reports: {batch_time[0] * 10:.1f} ms a report, against a tenth of pandoc's single report, "
        f"{pandoc[0] * 100:.1f} ms ({'met' if batch_time[0] / 100 <= pandoc[0] / 10 else 'not met'}).",
        *[f"- PDF reading ({name}): {t * 1000:.0f} ms, {t / pdftotext[0]:.1f} × pdftotext's {pdftotext[0] * 1000:.0f} ms "
          f"(target at most 4 ×, aim 2 ×)." for name, (t, _) in pdf_times.items()],
        f"- Linear growth: 1,000 pages take {scaling[1000][0] / scaling[10][0]:.1f} × the time of 10 pages (target at most 110 ×); "
        f"peak memory at 1,000 pages {scaling[1000][1]:.0f} MB (target under 500 MB).",
        "",
    ]
    existing = (ROOT / "docs" / "PERFORMANCE.md").read_text(encoding="utf-8") if (ROOT / "docs" / "PERFORMANCE.md").exists() else ""
    notes = existing.split("<!-- notes -->", 1)[1] if "<!-- notes -->" in existing else "\n"
    (ROOT / "docs" / "PERFORMANCE.md").write_text("\n".join(lines) + "<!-- notes -->" + notes, encoding="utf-8")
    print("\n".join(lines))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
