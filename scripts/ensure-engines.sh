#!/usr/bin/env bash
# Makes sure both engines are available for the end-to-end tests.
# - `terraform` / `tofu` on PATH are used as they are.
# - When `tofu` is not on PATH, OpenTofu is built from its Go module (the Go proxy serves it) and
#   cached by version outside the repository, so a machine with only terraform still tests both.
# Prints one line per engine: "<name> <absolute path>". Exits non-zero when no engine is available.
set -euo pipefail

TOFU_VERSION="${EVS_TOFU_VERSION:-v1.12.6}"
CACHE_ROOT="${EVS_ENGINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/evs-connectors/engines}"
TOFU_DIR="$CACHE_ROOT/tofu-${TOFU_VERSION#v}"
TOFU_BIN="$TOFU_DIR/tofu"

log() { echo "ensure-engines: $*" >&2; }

build_tofu() {
  if ! command -v go >/dev/null 2>&1; then
    log "tofu is not on PATH and Go is not installed: cannot build OpenTofu ${TOFU_VERSION}"
    return 1
  fi
  mkdir -p "$CACHE_ROOT"
  # One builder at a time (jest workers, CI and a developer shell may all call this).
  exec 9>"$CACHE_ROOT/.tofu-${TOFU_VERSION}.lock"
  flock 9
  if [ -x "$TOFU_BIN" ]; then return 0; fi
  log "building OpenTofu ${TOFU_VERSION} from its Go module (takes several minutes once)"
  local src work
  # Outside any go.mod (the repository may hold Go examples), with the user's GOFLAGS set aside.
  src="$(cd "$CACHE_ROOT" && GOFLAGS= go mod download -json "github.com/opentofu/opentofu@${TOFU_VERSION}" \
    | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ -z "$src" ] || [ ! -d "$src" ]; then
    log "go mod download did not yield a source directory for opentofu ${TOFU_VERSION}"
    return 1
  fi
  # The module cache is read-only and go.mod has a `replace`, so build from a writable copy.
  work="$(mktemp -d "$CACHE_ROOT/.build-tofu-XXXXXX")"
  cp -R "$src/." "$work/"
  chmod -R u+w "$work"
  (cd "$work" && GOFLAGS= CGO_ENABLED=0 go build -trimpath -buildvcs=false \
    -ldflags "-s -w -X 'github.com/opentofu/opentofu/version.dev=no'" \
    -o "$work/tofu.out" ./cmd/tofu)
  mkdir -p "$TOFU_DIR"
  mv "$work/tofu.out" "$TOFU_BIN.tmp" && mv "$TOFU_BIN.tmp" "$TOFU_BIN"
  rm -rf "$work"
  log "built $TOFU_BIN"
}

found=0
if command -v terraform >/dev/null 2>&1; then
  echo "terraform $(command -v terraform)"; found=1
fi
if command -v tofu >/dev/null 2>&1; then
  echo "tofu $(command -v tofu)"; found=1
else
  if build_tofu; then
    echo "tofu $TOFU_BIN"; found=1
  elif [ "$found" = 0 ]; then
    log "no engine: neither terraform nor tofu is on PATH and OpenTofu could not be built"
  fi
fi
[ "$found" = 1 ]
