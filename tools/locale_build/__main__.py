"""``python -m locale_build`` (from ``tools/``): the same as ``tools/build_locale_data.py``."""

import sys

from .cli import main

sys.exit(main())
