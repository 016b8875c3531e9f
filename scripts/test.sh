#!/usr/bin/env bash
# Runs every test of ReportPipeline. On a fresh machine it first installs what the tests compare against:
# Debian's chromium (browser test), pandoc (a second CommonMark reader), CJK fonts, LibreOffice and poppler (the
# Word page layout; pdftotext with its CJK character maps also judges the PDF reader), xmllint (TMX against its DTD),
# and axe-core from npm (the accessibility judge of the HTML and the serve page, into tests/tools).
# Its last line is the count CI reads: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
command -v npm >/dev/null 2>&1 || need+=(npm)
# LibreOffice renders the Word output for the page-layout test; pdftotext reads that PDF and Chromium's print.
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# pdftotext reads Chinese, Japanese and Korean PDFs only with poppler's character maps (the PDF corpus judge).
[ -d /usr/share/poppler/cMap ] || need+=(poppler-data)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "could not install ${need[*]}" >&2; exit 1; }
fi

if [ ! -f tests/tools/node_modules/axe-core/axe.min.js ]; then
  echo "installing: axe-core (npm, tests/tools)"
  npm ci --prefix tests/tools --no-audit --no-fund --silent || { echo "could not install axe-core" >&2; exit 1; }
fi

# With this set, a test that needs chromium or pandoc fails instead of passing without them.
export REPORTPIPELINE_REQUIRE_TOOLS=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results=$(mktemp -d)
dotnet test ReportPipeline.sln --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
status=$?

trx=$(find "$results" -name '*.trx' | head -n 1)
if [ -z "$trx" ]; then
  echo "no test results were written" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
passed=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
failed=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
total=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
executed=$(sed -E 's/.* executed="([0-9]+)".*/\1/' <<<"$counters")
skipped=$((total - executed))
[ "$passed" -gt 0 ] || { echo "no test ran" >&2; status=1; }
[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
