#!/usr/bin/env bash
# Times one `reportpipeline convert` call on a folder of 40 reports (the fixtures and seed variants, copied),
# whole process, Release build, and reports the CPU use: above 100% means the files were converted on both cores.
# Usage: bash scripts/bench-batch.sh [copies]   (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-40}
dotnet build src/ReportPipeline.Cli -c Release -v quiet -nologo >/dev/null
cli="dotnet src/ReportPipeline.Cli/bin/Release/net10.0/reportpipeline.dll"
work=$(mktemp -d)
mkdir -p "$work/in"
sources=(fixtures/*.txt fixtures/variants/*.txt)
for ((i = 0; i < copies; i++)); do cp "${sources[i % ${#sources[@]}]}" "$work/in/report-$i.txt"; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version) SDK"
for run in 1 2 3; do
  rm -rf "$work/out"
  /usr/bin/time -f "run $run: %e s elapsed, %U s user, %S s system, %P CPU, %M KB peak" $cli convert "$work/in" -o "$work/out" >/dev/null
  echo "  $(find "$work/out" -type f | wc -l) files written"
done
rm -rf "$work"
