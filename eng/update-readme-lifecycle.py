#!/usr/bin/env python3
"""Rewrites the Mermaid diagram embedded in README.md after the marker
`<!-- lifecycle: local-child-safeguarding-practice-review -->` with the library's own output
(`safeguarding lifecycle local-child-safeguarding-practice-review`). ReadmeDiagramTests fails until
this has been run after a change to the transition table."""
import pathlib, subprocess

root = pathlib.Path(__file__).resolve().parent.parent
kind = "local-child-safeguarding-practice-review"
marker = "<!-- lifecycle: " + kind + " -->"
diagram = subprocess.run(["dotnet", "run", "--project", str(root / "src" / "Safeguarding.Cli"), "--", "lifecycle", kind],
                         capture_output=True, text=True, check=True).stdout
readme = root / "README.md"
text = readme.read_text()
at = text.index(marker)
start = text.index("```mermaid\n", at) + len("```mermaid\n")
end = text.index("```", start)
readme.write_text(text[:start] + diagram + text[end:])
print("README.md diagram updated")
