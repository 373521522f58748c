"""Step `banks`: banks and IBAN formats from schwifty's registries (MIT; sourced from
central-bank lists)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from .config import BANK_COUNTRIES, IBAN_COUNTRIES, NOTES, SEED
from .outputs import write_json, write_parquet

# BBAN layouts where schwifty's registry differs from the SWIFT IBAN registry. Brazil: the bank
# code is 8 digits (ISPB) and the account type a letter, "8!n5!n10!n1!a1!c"; schwifty
# 2026.10.1 has "8!c5!n10!n1!c1!c", which lets letters into the bank code.
BBAN_CORRECTIONS = {"BR": "8!n5!n10!n1!a1!c"}


def build_banks(out: Path) -> None:
    import schwifty
    from schwifty import registry

    rows = []
    info: dict[str, Any] = {}
    countries = [c for c in BANK_COUNTRIES if c in registry.get_countries()]
    for cc in countries:
        spec = registry.get_iban_spec(cc)
        r = spec.positions[schwifty.domain.Component.BANK_CODE]
        bank_len = r.end - r.start
        banks = registry.get_banks_by_country(cc)
        prim = [b for b in banks if b.primary]
        ok = [b for b in prim if b.bic and b.bank_code and len(b.bank_code) == bank_len]
        seen: dict[tuple[str, str], Any] = {}
        for b in sorted(ok, key=lambda b: (b.bank_code, b.bic, b.name)):
            seen.setdefault((b.bank_code, b.bic.upper()), b)
        for (code, bic_code), b in sorted(seen.items()):
            rows.append((cc, code, bic_code, " ".join(b.name.split())))
        info[cc] = {
            "records": len(banks),
            "primary": len(prim),
            "dropped_no_bic_or_bad_code": len(prim) - len(ok),
            "kept": len(seen),
        }
    # every bank code must give a valid IBAN (schwifty) whose BIC lookup finds this bank
    rng = np.random.default_rng(SEED + 3)
    for cc, code, _bic, _ in rows[:: max(1, len(rows) // 500)]:
        iban = schwifty.IBAN.random(country_code=cc, random=_PyRandom(rng), bank_code=code)
        iban.validate()
        if iban.bank_code != code:
            raise SystemExit(f"IBAN bank code mismatch for {cc} {code}")
    table = pa.table(
        {
            "country": pa.array([r[0] for r in rows], pa.string()),
            "bank_code": pa.array([r[1] for r in rows], pa.string()),
            "bic": pa.array([r[2] for r in rows], pa.string()),
            "name": pa.array([r[3] for r in rows], pa.string()),
        }
    )
    write_parquet(out, "banks.parquet", table)
    formats: dict[str, Any] = {}
    for cc in IBAN_COUNTRIES:
        spec = registry.get_iban_spec(cc)
        pos = {
            comp.value: [rg.start, rg.end]
            for comp, rg in sorted(spec.positions.items(), key=lambda kv: kv[1].start)
            if rg.end > rg.start
        }
        bank = pos.get("bank_code", [0, 0])
        branch = pos.get("branch_code", [0, 0])
        formats[cc] = {
            "length": spec.iban_length,
            "bban": BBAN_CORRECTIONS.get(cc, spec.bban_spec),
            "bank_code_length": bank[1] - bank[0],
            "branch_code_length": branch[1] - branch[0],
            "bban_positions": pos,
        }
    write_json(out, "iban_formats.json", formats, indent=1)
    NOTES["banks"] = info


class _PyRandom:
    """The bits of random.Random that schwifty's IBAN.random uses, backed by numpy."""

    def __init__(self, rng: Any) -> None:
        self.rng = rng

    def choice(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.rng.integers(len(seq)))]

    def choices(self, population: Sequence[Any], k: int = 1, **_: Any) -> list[Any]:
        return [self.choice(population) for _ in range(k)]

    def randint(self, a: int, b: int) -> int:
        return int(self.rng.integers(a, b + 1))

    def random(self) -> float:
        return float(self.rng.random())
