#!/usr/bin/env python3
"""Times the seed conversion through installed reportpipeline binaries against pandoc, in one run.

Each binary (default: `reportpipeline` on the PATH) converts the seed text to all four outputs; pandoc converts the
seed's Markdown to Word alone. Median of 5 whole-process runs after a warm-up, peak resident memory.
Also times the README's `dotnet run` line. Usage (repository root): python3 scripts/bench-installed.py [BINARY...]
"""
import importlib.util
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
binaries_asked, sys.argv = sys.argv[1:], sys.argv[:1]  # bench-vs-tools reads its own arguments on import
spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench-vs-tools.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def main():
    binaries = binaries_asked or [shutil.which("reportpipeline")]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="rp-bench-installed-"))
    rows = []
    for binary in binaries:
        version = subprocess.run([binary, "--version"], check=True, capture_output=True, text=True).stdout.strip()
        time, peak = bench.measure([binary, "convert", str(bench.SEED), "-o", str(tmp / "out")])
        rows.append((f"`{version}`: seed text → md, html, docx, json", time, peak))
    readme = ["dotnet", "run", "--project", str(ROOT / "src/ReportPipeline.Cli"), "-c", "Release", "--", "convert", str(bench.SEED), "-o", str(tmp / "out")]
    time, peak = bench.measure(readme)
    rows.append(("the README's `dotnet run` line (JIT, already built): seed text → four outputs", time, peak))
    markdown = tmp / "seed.md"
    subprocess.run([binaries[0], "convert", str(bench.SEED), "-o", str(tmp), "--to", "md"], check=True, capture_output=True)
    (tmp / "yuexiu-2025-plan-report.md").rename(markdown)
    time, peak = bench.measure(["pandoc", str(markdown), "-o", str(tmp / "pandoc.docx")])
    rows.append(("pandoc: seed Markdown → Word", time, peak))
    print("| command | time | peak memory |\n|---|---:|---:|")
    for name, time, peak in rows:
        print(f"| {name} | {time * 1000:.0f} ms | {peak:.0f} MB |")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
