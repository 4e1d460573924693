#!/usr/bin/env bash
# nbdev invariants, checked without git so they hold on a dirty tree too:
# 1. notebooks are clean (nbdev_clean changes nothing), 2. medgan/ is exactly what nbs/ exports
#    (new untracked modules and stale leftovers included).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r nbs settings.ini "$tmp/"
mkdir -p "$tmp/medgan"
( cd "$tmp" && nbdev_clean --fname nbs >/dev/null && nbdev_export >/dev/null )
fail=0
if ! diff -rq nbs "$tmp/nbs" >/dev/null; then
  echo "FAIL: notebooks are not clean; run nbdev_clean:"; diff -rq nbs "$tmp/nbs" || true; fail=1
fi
if ! diff -rq -x __pycache__ medgan "$tmp/medgan" >/dev/null; then
  echo "FAIL: medgan/ differs from what nbs/ exports; run nbdev_export:"; diff -rq -x __pycache__ medgan "$tmp/medgan" || true; fail=1
fi
python .ci/readme.py --check || fail=1
[ $fail -eq 0 ] && echo "nbdev invariants: notebooks clean, package matches export"
exit $fail
