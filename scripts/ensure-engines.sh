#!/usr/bin/env bash
# Makes sure the engines for the end-to-end tests are available.
# - `terraform` / `tofu` on PATH are used as they are.
# - When `tofu` is not on PATH, OpenTofu is built from its Go module (the Go proxy serves it).
# - Terraform 1.15 (list resources, resource identity) is built with the build kit that sits beside
#   the checkout (../shared/engines/terraform-1.15.0/build.sh; EVS_SHARED_DIR moves ../shared):
#   its Go module does not build alone. Optional on a plain clone, required under CI (CI=true).
# Builds are cached by version outside the repository (~/.cache/evs-connectors/engines/<name>-<version>/),
# one builder at a time per engine (flock), so a machine with only terraform 1.11 still tests all three.
# Prints one line per engine: "<name> <absolute path>". Exits non-zero when no engine is available,
# or under CI when Terraform 1.15 is not.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED_DIR="${EVS_SHARED_DIR:-$REPO_ROOT/../shared}"
TOFU_VERSION="${EVS_TOFU_VERSION:-v1.12.6}"
TF_VERSION="1.15.0"
CACHE_ROOT="${EVS_ENGINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/evs-connectors/engines}"
TOFU_DIR="$CACHE_ROOT/tofu-${TOFU_VERSION#v}"
TOFU_BIN="$TOFU_DIR/tofu"
TF_KIT="$SHARED_DIR/engines/terraform-$TF_VERSION"
TF_BIN="$CACHE_ROOT/terraform-$TF_VERSION/terraform"

log() { echo "ensure-engines: $*" >&2; }
under_ci() { [ "${CI:-}" = "true" ] || [ "${CI:-}" = "1" ]; }

# Takes the build lock of one engine version on fd 9 (jest workers, CI and a developer shell may
# all call this; a second caller waits for the first build instead of repeating it).
lock_build() {
  mkdir -p "$CACHE_ROOT"
  exec 9>"$CACHE_ROOT/.$1.lock"
  flock 9
}

need_go() {
  command -v go >/dev/null 2>&1 && return 0
  log "Go is not installed: cannot build $1"
  return 1
}

build_tofu() {
  need_go "OpenTofu ${TOFU_VERSION} (and tofu is not on PATH)" || return 1
  lock_build "tofu-${TOFU_VERSION}"
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

# Returns 0 when Terraform 1.15 is (now) cached, 1 when it failed, 2 when its build kit is absent.
build_terraform() {
  if [ -x "$TF_BIN" ]; then return 0; fi
  if [ ! -x "$TF_KIT/build.sh" ]; then return 2; fi
  need_go "Terraform ${TF_VERSION}" || return 1
  lock_build "terraform-v${TF_VERSION}"
  if [ -x "$TF_BIN" ]; then return 0; fi
  log "building Terraform ${TF_VERSION} with $TF_KIT/build.sh (about 5 minutes once)"
  mkdir -p "$(dirname "$TF_BIN")"
  # Built beside its final path and renamed: a reader sees no binary or a whole one. The kit ends
  # with `terraform version | head -n 1`, whose exit status pipefail can turn into SIGPIPE's, so
  # the binary itself decides: it must say it is this version.
  env -u TF_CLI_CONFIG_FILE "$TF_KIT/build.sh" "$TF_BIN.tmp" >&2 || true
  local said
  said="$(env -u TF_CLI_CONFIG_FILE "$TF_BIN.tmp" version 2>/dev/null || true)"
  case "$said" in
    "Terraform v${TF_VERSION}"*) mv "$TF_BIN.tmp" "$TF_BIN" ;;
    *) rm -f "$TF_BIN.tmp"; log "the Terraform ${TF_VERSION} build produced no working binary"; return 1 ;;
  esac
  log "built $TF_BIN"
}

found=0
if command -v terraform >/dev/null 2>&1; then
  echo "terraform $(command -v terraform)"; found=1
fi
status=0
build_terraform || status=$?
case "$status" in
  0) echo "terraform $TF_BIN"; found=1 ;;
  2) if under_ci; then
       log "CI: the Terraform ${TF_VERSION} build kit is missing at $TF_KIT (list resources and identity are tested on it)"
       exit 1
     fi
     log "Terraform ${TF_VERSION}: no build kit at $TF_KIT; the tests that need it run on no engine here (optional outside CI)" ;;
  *) if under_ci; then log "CI: Terraform ${TF_VERSION} could not be built"; exit 1; fi
     log "Terraform ${TF_VERSION} could not be built; continuing with the other engines" ;;
esac
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
