#!/usr/bin/env bash
# Installs what wgfinder needs on Debian bookworm, idempotently: Debian packages, Debian source
# packages of the C/C++ libraries compiled to wasm (Dear ImGui from trixie, md4c, utf8proc) into
# .deps/, and node packages from package-lock.json. Safe to run again; fast when all is there.
#
# Overrides: IMGUI_DIR=/path/to/imgui (1.89.5 to 1.91.3) skips the Dear ImGui download;
#            EMSDK=/path/to/emsdk uses an activated emsdk instead of Debian's emscripten;
#            WGF_SKIP_APT=1 skips apt (for systems that are not Debian: install by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DEPS=$ROOT/.deps
mkdir -p "$DEPS"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# yaml-cpp and toml++ let the native importer read YAML and TOML registries (sigs.yaml, yaml2ical,
# Rust's calendars). Fonts: Inter for the native tests' font atlas; DejaVu (Greek, Cyrillic) and WenQuanYi Micro Hei
# (Chinese, Japanese, Korean) for the browser tests, whose widget draws with the system's fonts.
APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3 dpkg-dev
  nlohmann-json3-dev doctest-dev libmd4c-dev libutf8proc-dev libyaml-cpp-dev libtomlplusplus-dev tzdata
  clang-14 libclang-rt-14-dev
  node-acorn chromium fonts-inter fonts-dejavu-core fonts-wqy-microhei hugo
)
if [ -z "${EMSDK:-}" ]; then APT_PACKAGES+=(emscripten); fi
# Debian's emscripten brings Debian's nodejs (18 on bookworm) but not npm, a package of its own. A
# machine whose node came from elsewhere usually has that node's npm: keep it.
if ! command -v npm >/dev/null 2>&1; then APT_PACKAGES+=(npm); fi

missing=()
if [ -z "${WGF_SKIP_APT:-}" ]; then
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# Source packages, fetched through a private apt list so the system's apt set-up is untouched.
# Only source is taken from trixie; no trixie binary is ever installed.
# The upstream tarballs wgfinder is built and tested with, by checksum: a suite that moves on to
# another release is refused (and the next suite tried) rather than built unseen. To take a new
# release, check it builds and passes ./scripts/test.sh, then add its line here.
declare -A PINNED=(
  [imgui_1.90.1+ds.orig.tar.xz]=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
  [md4c_0.5.2.orig.tar.gz]=55d0111d48fb11883aaee91465e642b8b640775a4d6993c2d0e7a8092758ef21
  [utf8proc_2.8.0.orig.tar.gz]=a0a60a79fe6f6d54e7d411facbfcc867a6e198608f2cd992490e46f04b1bcecc
)
fetch_source() {  # package dest-dir-name suite...: the first suite whose tarball arrives wins
  local pkg=$1 dest=$DEPS/$2 suite
  [ -d "$dest" ] && return 0
  shift 2
  for suite in "$@"; do
    fetch_source_from "$suite" "$pkg" "$dest" && return 0
    echo "setup: $pkg from $suite failed; trying the next suite" >&2
  done
  echo "setup: could not fetch the source of $pkg" >&2
  return 1
}

fetch_source_from() {  # suite package dest
  local suite=$1 pkg=$2 dest=$3
  local w=$DEPS/apt-$suite
  mkdir -p "$w/lists/partial" "$w/src"
  if [ ! -f "$w/sources.list" ]; then
    local mirror
    mirror=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null \
             | grep -oE 'https?://[^ ]+/debian/?' | head -n1 || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" > "$w/sources.list"
  fi
  local a=(-o "Dir::Etc::SourceList=$w/sources.list" -o Dir::Etc::SourceParts=/dev/null
           -o "Dir::State::Lists=$w/lists" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  if ! ls "$w/lists/"*Sources* >/dev/null 2>&1; then apt-get "${a[@]}" update -qq || return 1; fi
  echo "setup: fetching the source of $pkg ($suite)"
  # Only the upstream tarball is needed. Take its address and checksum from the Sources index
  # (signature-checked by `apt-get update`) and verify what arrives: some mirrors serve the
  # .orig tarball of a package but not its .dsc, which makes a plain `apt-get source` fail.
  local line url file sum orig
  line=$(apt-get "${a[@]}" source --download-only --print-uris -qq "$pkg" | grep -E "\.orig\.tar\." | head -n1)
  url=$(echo "$line" | awk '{print $1}' | tr -d "'"); file=$(echo "$line" | awk '{print $2}')
  sum=$(echo "$line" | awk '{print $4}' | sed 's/^SHA256://')
  [ -n "$url" ] || { echo "setup: no source of $pkg in $suite" >&2; return 1; }
  if [ "${PINNED[$file]:-}" != "$sum" ]; then
    echo "setup: $suite has $file, which is not a pinned source of wgfinder (see PINNED in scripts/setup.sh)" >&2
    return 1
  fi
  orig=$w/src/$file
  if [ ! -f "$orig" ] || ! echo "$sum  $orig" | sha256sum -c --status; then
    python3 -c 'import sys,urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])' \
      "$url" "$orig.part" 2>/dev/null || { rm -f "$orig.part"; return 1; }
    mv "$orig.part" "$orig"
  fi
  echo "$sum  $orig" | sha256sum -c --status || { echo "setup: checksum mismatch for $file" >&2; return 1; }
  mkdir -p "$dest.tmp"
  tar -xf "$orig" -C "$dest.tmp" --strip-components=1
  mv "$dest.tmp" "$dest"
}

# Dear ImGui 1.90.1 (trixie): bookworm's 1.86 loses keys pressed and released within one frame.
if [ -z "${IMGUI_DIR:-}" ]; then fetch_source imgui imgui trixie; fi
fetch_source md4c md4c trixie
fetch_source utf8proc utf8proc bookworm  # 2.8.0, the release tested

# Node packages (playwright-core, axe-core, benchmark peers...) from the committed lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
