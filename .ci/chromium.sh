#!/usr/bin/env bash
# Chromium for rasd-serve's end-to-end dashboard test (crates/rasd-serve/tests/browser.rs):
# installs Debian's chromium and chromium-driver if missing and exports
#   RASD_CHROMIUM=/usr/bin/chromium  RASD_CHROMEDRIVER=/usr/bin/chromedriver
# Sourced by .ci/run. The test is #[ignore]d and .ci/run runs it with `cargo test -- --ignored`:
# if the install fails, the test itself fails loudly, so this script only warns and never stops
# the other tests from running.

rasd_chromium_main() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "chromium.sh: installing Debian's chromium and chromium-driver" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || return 1
    apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >&2 || return 1
  fi
  export RASD_CHROMIUM="${RASD_CHROMIUM:-$(command -v chromium)}"
  export RASD_CHROMEDRIVER="${RASD_CHROMEDRIVER:-$(command -v chromedriver)}"
  echo "chromium.sh: $("$RASD_CHROMEDRIVER" --version 2>/dev/null | head -n 1)" >&2
}

if ! rasd_chromium_main; then
  echo "chromium.sh: WARNING: could not install chromium; the dashboard's browser test will fail" >&2
fi
unset -f rasd_chromium_main
