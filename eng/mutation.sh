#!/usr/bin/env bash
# Mutation testing of the library with Stryker.NET (a local tool, .config/dotnet-tools.json).
# Runs the domain tests against every mutant of src/Safeguarding.Domain (net10.0 build) and writes
# an HTML and JSON report under artifacts/mutation. Slow on 2 cores (tens of minutes): not part of CI.
# Usage: bash eng/mutation.sh [extra stryker options, e.g. --mutate "**/Calendars/**/*.cs"]
# MUTATION_OUTPUT=<folder> writes the reports elsewhere (one folder per part when measuring part by part;
# python3 eng/mutation-summary.py <folders...> adds the parts up).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dotnet tool restore >/dev/null
cd tests/Safeguarding.Domain.Tests
dotnet stryker \
  --project Safeguarding.Domain.csproj \
  --target-framework net10.0 \
  --reporter html --reporter json --reporter progress --reporter cleartext \
  --output "${MUTATION_OUTPUT:-$repo/artifacts/mutation}" \
  --concurrency 2 \
  --break-at 85 \
  "$@"
