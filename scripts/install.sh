#!/usr/bin/env bash
# Installs the reportpipeline command in one step, as fast a build as this machine can make:
#   Native AOT when a native toolchain (clang and zlib headers) is present, installing them with apt-get when
#   missing and running as root; ReadyToRun otherwise. Puts `reportpipeline` on the PATH:
#   /usr/local/bin as root, ~/.local/bin otherwise.
#
#   bash scripts/install.sh [--kind auto|aot|r2r] [--prefix DIR]
#
# Needs the .NET 10 SDK. The program goes to PREFIX/lib/reportpipeline and a link to PREFIX/bin/reportpipeline.
set -euo pipefail
cd "$(dirname "$0")/.."

kind=auto
if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
while [ $# -gt 0 ]; do
  case "$1" in
    --kind) kind="$2"; shift 2 ;;
    --prefix) prefix="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (use --kind auto|aot|r2r, --prefix DIR)" >&2; exit 2 ;;
  esac
done
case "$kind" in auto|aot|r2r) ;; *) echo "install.sh: --kind takes auto, aot or r2r" >&2; exit 2 ;; esac

command -v dotnet >/dev/null 2>&1 || { echo "install.sh: the .NET 10 SDK is needed: https://dot.net/download (Debian: apt-get install dotnet-sdk-10.0)" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) echo "install.sh: on Windows use the PowerShell lines in README.md" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "install.sh: unsupported machine $(uname -m)" >&2; exit 1 ;; esac
rid="$os-$arch"

# A C compiler/linker for Native AOT: clang, else a versioned clang-NN.
find_clang() {
  command -v clang 2>/dev/null && return
  compgen -c clang- 2>/dev/null | grep -E '^clang-[0-9]+$' | sort -t- -k2 -n | tail -n 1
}
have_toolchain() {
  [ "$os" = osx ] && { command -v clang >/dev/null 2>&1; return; }
  [ -n "$(find_clang)" ] && [ -f /usr/include/zlib.h ]
}
if [ "$kind" != r2r ] && ! have_toolchain && [ "$os" = linux ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing clang and zlib1g-dev for Native AOT"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null || true
fi
if [ "$kind" = auto ]; then
  if have_toolchain; then kind=aot; else kind=r2r; echo "no clang and zlib headers: building ReadyToRun (run as root, or install clang and zlib1g-dev, for Native AOT)"; fi
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
publish() {
  local what="$1"; shift
  echo "publishing $what for $rid (Native AOT takes a few minutes)"
  dotnet publish src/ReportPipeline.Cli -c Release -r "$rid" -o "$staging/out" -p:DebugType=none "$@" >"$staging/log" 2>&1
}
if [ "$kind" = aot ]; then
  linker=$(basename "$(find_clang)")
  extra=(); [ "$os" = linux ] && [ "$linker" != clang ] && extra=(-p:CppCompilerAndLinker="$linker")
  if ! publish "Native AOT" -p:PublishAot=true "${extra[@]}"; then
    tail -n 5 "$staging/log" >&2
    echo "Native AOT failed; building ReadyToRun instead" >&2
    rm -rf "$staging/out"; kind=r2r
  fi
fi
if [ "$kind" = r2r ]; then
  publish ReadyToRun --self-contained false -p:PublishReadyToRun=true || { tail -n 20 "$staging/log" >&2; echo "install.sh: publishing failed" >&2; exit 1; }
fi

lib="$prefix/lib/reportpipeline" bin="$prefix/bin"
mkdir -p "$prefix/lib" "$bin"
rm -rf "$lib.new"; mv "$staging/out" "$lib.new"
rm -rf "$lib"; mv "$lib.new" "$lib"
ln -sf "$lib/reportpipeline" "$bin/reportpipeline"

"$bin/reportpipeline" --version
echo "installed: $bin/reportpipeline"
case ":$PATH:" in *":$bin:"*) ;; *) echo "add $bin to your PATH, e.g.: echo 'export PATH=\"$bin:\$PATH\"' >> ~/.profile" ;; esac
