#!/usr/bin/env python3
"""Adds up Stryker.NET JSON reports measured part by part (eng/mutation.sh with MUTATION_OUTPUT).

Usage: python3 eng/mutation-summary.py <report folder or mutation-report.json> ...
Prints a Markdown table: one row per source folder, then the total. The score is Stryker's:
(killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored mutants do not count.
When two reports cover the same file, the later argument wins (a re-run after new tests replaces the old one).
"""
import json
import os
import sys
from collections import Counter, defaultdict


def report_path(arg):
    if os.path.isdir(arg):
        for root, _, files in os.walk(arg):
            if "mutation-report.json" in files:
                return os.path.join(root, "mutation-report.json")
        raise SystemExit(f"no mutation-report.json under {arg}")
    return arg


def main(args):
    if not args:
        raise SystemExit(__doc__)
    files = {}
    for arg in args:
        with open(report_path(arg), encoding="utf-8") as handle:
            report = json.load(handle)
        for name, entry in report["files"].items():
            statuses = Counter(m["status"] for m in entry["mutants"])
            # A report lists only the files it mutated (others are 'Ignored' by the mutate filter).
            if sum(v for k, v in statuses.items() if k != "Ignored") == 0:
                continue
            files[name.split("Safeguarding.Domain/", 1)[-1]] = statuses
    folders = defaultdict(Counter)
    for name, statuses in files.items():
        folder = name.split("/", 1)[0] if "/" in name else "(root)"
        folders[folder].update(statuses)
    total = Counter()
    print("| Folder | Killed | Timeout | Survived | No coverage | Compile error | Score |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for folder in sorted(folders):
        c = folders[folder]
        total.update(c)
        print(row(folder, c))
    print(row("**All measured**", total))


def row(label, c):
    detected = c["Killed"] + c["Timeout"]
    undetected = c["Survived"] + c["NoCoverage"]
    score = 100.0 * detected / (detected + undetected) if detected + undetected else 0.0
    return (f"| {label} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | "
            f"{c['CompileError']} | {score:.1f} % |")


if __name__ == "__main__":
    main(sys.argv[1:])
