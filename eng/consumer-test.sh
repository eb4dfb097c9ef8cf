#!/usr/bin/env bash
# Packs the library and the tool, then uses them exactly as a council would: a fresh console project
# that references the packed library from a local folder source, and the packed tool installed with
# `dotnet tool install --tool-path`. Prints "consumer: N passed, N failed" and exits non-zero on failure.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-consumer.$(date +%s)"
feed="$work/feed"
mkdir -p "$feed"

echo "== pack $version"
dotnet pack "$repo/src/Safeguarding.Domain" -c Release -p:Version="$version" -o "$feed" >/dev/null
dotnet pack "$repo/src/Safeguarding.Domain.Wire" -c Release -p:Version="$version" -o "$feed" >/dev/null
dotnet pack "$repo/src/Safeguarding.Cli" -c Release -p:Version="$version" -o "$feed" >/dev/null

# The consumer's own nuget.config adds the folder and keeps the machine's sources (no <clear/>).
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="packed" value="$feed" /></packageSources></configuration>
XML

passed=0; failed=0
check() { if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAILED: $*"; fi; }

library_consumer() {
  (cd "$work" && dotnet new console -n Council -o app --force >/dev/null \
    && cp "$repo/eng/consumer/Program.cs" app/Program.cs \
    && dotnet add app package Safeguarding.Domain --version "$version" >/dev/null \
    && dotnet add app package Safeguarding.Domain.Wire --version "$version" >/dev/null \
    && dotnet run --project app)
}

tool_consumer() {
  (cd "$work" && dotnet tool install Safeguarding.Cli --version "$version" --tool-path tools >/dev/null \
    && ./tools/safeguarding demo > demo.txt && grep -q "Statutory clocks" demo.txt \
    && ./tools/safeguarding --version | grep -q "$version")
}

echo "== library consumer"
check library_consumer
echo "== tool consumer"
check tool_consumer
echo "consumer: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
