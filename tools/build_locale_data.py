#!/usr/bin/env python3
"""Build the compact locale data files shipped in ``src/lookalike/data/locales/``.

Usage::

    python tools/build_locale_data.py                 # build everything, then self-check
    python tools/build_locale_data.py --only phones   # rebuild some parts (comma list)
    python tools/build_locale_data.py --check-only    # only run the self-check

The work is done by the ``locale_build`` package next to this script (one module per step);
see ``tools/README.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from locale_build.cli import main

if __name__ == "__main__":
    sys.exit(main())
