#!/usr/bin/env python3
"""Brings the PublicAPI.Unshipped.txt of the model (src/Safeguarding.Domain) or, given its folder name as the argument,
of another packed project (src/Safeguarding.Domain.Wire) up to date with the code.

Builds the library, reads the analyzer's RS0016 (symbol not declared) and RS0017 (declared symbol
no longer exists) diagnostics, and adds or removes those lines. Review the diff before committing:
the public API file is the record of what the package promises.
"""
import re, subprocess, sys, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
project = root / "src" / (sys.argv[1] if len(sys.argv) > 1 else "Safeguarding.Domain")
unshipped = project / "PublicAPI.Unshipped.txt"

for _ in range(3):
    out = subprocess.run(["dotnet", "build", str(project), "-c", "Debug", "--no-incremental", "-p:TreatWarningsAsErrors=false"],
                         capture_output=True, text=True).stdout
    out = "\n".join(l for l in out.splitlines() if "[" + str(project / project.name) + ".csproj" in l)
    add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", out))
    remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", out))
    if not add and not remove:
        break
    lines = [l for l in unshipped.read_text().splitlines() if l.strip() and l.strip() != "#nullable enable"]
    lines = sorted((set(lines) | add) - remove)
    unshipped.write_text("#nullable enable\n" + "".join(l + "\n" for l in lines))
    print(f"added {len(add)}, removed {len(remove)}")
else:
    sys.exit("public API file did not settle after three passes")
