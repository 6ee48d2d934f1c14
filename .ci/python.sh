#!/usr/bin/env bash
# The Python package (crates/rasd-py): builds and installs it into a fresh virtualenv exactly as
# README.md says (`pip install ./crates/rasd-py`, maturin fetched from PyPI by pip), then runs its
# pytest tests. Run by .ci/run after the Rust tests; also runs alone: `bash .ci/python.sh`.
# Needs python3 with venv (installed with apt-get if missing); no Python headers (PyO3 builds for
# the stable ABI). Any failure stops with a non-zero exit code.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${RASD_PY_VENV:-target/py-venv}"
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  echo "python.sh: installing Debian's python3 and python3-venv" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq python3 python3-venv >&2
fi
rm -rf "$venv"
python3 -m venv "$venv"
py="$venv/bin/python"
"$py" -m pip install -q --disable-pip-version-check --upgrade pip
"$py" -m pip install -q --disable-pip-version-check pytest pandas
start=$(date +%s)
"$py" -m pip install --disable-pip-version-check ./crates/rasd-py
echo "python.sh: built and installed rasd-py in $(( $(date +%s) - start )) s" >&2
# the CLI the tests compare with: the one `cargo test --workspace` built (else cargo run builds it)
if [ -x target/debug/rasd ]; then
  export RASD_BIN="$PWD/target/debug/rasd"
fi
"$py" -m pytest -p no:cacheprovider crates/rasd-py/tests
