"""Write the ready-made locale structures (``python -m lookalike.locales.prepare``).

Runs every builder registered with :func:`lookalike.locales.prepared.prepared`
for the arguments it names, without reading any prepared file, and writes the
results to ``data/locales/prepared/`` (see :mod:`lookalike.locales.prepared`).
Run it after rebuilding the locale data or changing a builder; a test fails
until then.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def register_builders() -> None:
    """Import the modules whose builders are prepared."""
    import lookalike.kinds.address
    import lookalike.kinds.phone
    import lookalike.locales.data
    import lookalike.locales.places  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    from lookalike.locales import prepared

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=prepared.PREPARED_DIR)
    args = parser.parse_args(argv)
    # Build from the shipped sources, never from files this run is replacing.
    os.environ["LOOKALIKE_NO_PREPARED"] = "1"
    register_builders()
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("*.arrow"):
        old.unlink()
    total = 0
    for name, (builder, each) in sorted(prepared.BUILDERS.items()):
        started = time.perf_counter()
        count = 0
        for arguments in each():
            path = args.out / prepared.file_name(name, arguments)
            prepared.save(path, builder(*arguments))
            total += path.stat().st_size
            count += 1
        print(f"{name}: {count} files in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    print(f"{total / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
