"""Record the checksums of the files `make reproduce` wrote, for the determinism test.

tests/test_study.py runs the study once, in another environment (hash seed, time zone,
locale), and compares every file it writes with these checksums: a change of any
figure, table or rendering that the notebooks' strict nbval would not see shows there.
After a deliberate change: `make reproduce`, then `python tools/record_results.py`,
and commit tests/results.sha256 with the change. The manifest and the RO-Crate name the
commit and its date, so they are left out.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXCLUDE = {"manifest.json", "ro-crate-metadata.json"}


def main() -> int:
    results = ROOT / "results"
    if not (results / "manifest.json").is_file():
        print("results/: no run here; run `make reproduce` first", file=sys.stderr)
        return 2
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}" for p in sorted(results.iterdir())
             if p.is_file() and p.name not in EXCLUDE]
    (ROOT / "tests" / "results.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"tests/results.sha256: {len(lines)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
