#!/usr/bin/env bash
# Regenerates the reference documents templates/gongwen.docx and templates/plain.docx: the Word writer's own house
# styles, written by `reportpipeline convert` from the style samples in templates/source/. Edit a sample, run this,
# and commit both; a test checks the committed files match what the writer makes.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/ReportPipeline.Cli -- convert templates/source --to docx -o templates
