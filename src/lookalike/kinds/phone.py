"""Phone numbers in each locale's real numbering plan, vectorised.

Numbers come from digit templates expanded from libphonenumber's metadata at
build time (``phones.json``): a template lists the digits allowed at each
position. A row picks a template by weight, then a digit per position, all as
numpy lookups; uniqueness enumerates the templates' combined space.

>>> import lookalike
>>> numbers = lookalike.generate({"seed": 1, "locale": "en_GB", "tables": {"t": {"rows": 3,
...     "fields": {"m": {"kind": "phone", "format": "e164"}}}}}).column("m").to_pylist()
>>> all(n.startswith("+447") for n in numbers)
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.address import AddressModel
from lookalike.kinds.base import BlockContext, Column, Env, register, typed_array
from lookalike.locales.data import json_file
from lookalike.locales.profiles import FLAGSHIP, profile_for
from lookalike.spec import PhoneField
from lookalike.strings import join, string_array

_TRUNK = {"GB": "0", "DE": "0", "FR": "0", "NL": "0", "IN": "0", "PK": "0", "JP": "0",
          "CN": "0", "BR": "0"}  # fmt: skip


@dataclass(frozen=True, eq=False)
class Templates:
    """Digit templates as arrays: ``digits[t, p, k]`` is the k-th allowed digit (ASCII)."""

    digits: np.ndarray  # uint8 (T, L, 10)
    sizes: np.ndarray  # int64 (T, L); 1 past a template's length
    lengths: np.ndarray  # int64 (T,)
    weights: np.ndarray  # float64 (T,)

    @classmethod
    def of(cls, templates: list[dict[str, Any]]) -> Templates:
        width = max(len(t["positions"]) for t in templates)
        digits = np.full((len(templates), width, 10), ord("0"), dtype=np.uint8)
        sizes = np.ones((len(templates), width), dtype=np.int64)
        for t, template in enumerate(templates):
            for p, allowed in enumerate(template["positions"]):
                encoded = np.frombuffer(str(allowed).encode(), dtype=np.uint8)
                digits[t, p, : len(encoded)] = encoded
                sizes[t, p] = len(encoded)
        lengths = np.array([len(t["positions"]) for t in templates], dtype=np.int64)
        weights = np.array([float(t.get("weight", 1.0)) for t in templates])
        return cls(digits, sizes, lengths, weights)

    @cached_property
    def table(self) -> AliasTable:
        return AliasTable.from_weights(self.weights)

    @cached_property
    def spaces(self) -> np.ndarray:
        """How many numbers each template holds (Python ints: spaces can be large)."""
        return np.array([int(np.prod(row, dtype=object)) for row in self.sizes], dtype=object)

    @cached_property
    def starts(self) -> np.ndarray:
        """Where each template's numbers begin in the combined space (uint64)."""
        return np.concatenate([[0], np.cumsum(self.spaces)[:-1]]).astype(np.uint64)

    @property
    def capacity(self) -> int:
        return int(np.sum(self.spaces))

    @cached_property
    def _flat(self) -> np.ndarray:
        return self.digits.reshape(-1)

    @cached_property
    def _same_length(self) -> bool:
        return bool(np.all(self.lengths == self.lengths[0]))

    def render(
        self, template: np.ndarray, choice: np.ndarray, layout: str | None = None
    ) -> pa.Array:
        """Numbers from a template per row and a digit choice per position.

        ``layout`` (for same-length numbers only) places the digits in a fixed
        text, one ``#`` per digit: ``"0#### ######"``, ``"+44##########"``.
        """
        rows = len(template)
        width = self.digits.shape[1]
        # One flat lookup: (template, position, choice) -> ASCII digit.
        where = (template.astype(np.int64) * width)[:, None] + np.arange(width)
        chars = np.take(self._flat, where * 10 + choice)
        if self._same_length:  # every number as long as the widest: no compaction needed
            from lookalike.strings import fixed_width_strings

            if layout is not None and layout.count("#") == width:
                text = np.frombuffer(layout.encode(), dtype=np.uint8)
                out = np.empty((rows, len(text)), dtype=np.uint8)
                out[:] = text
                out[:, text == ord("#")] = chars
                return fixed_width_strings(out)
            return fixed_width_strings(chars)
        lengths = self.lengths[template]
        data = chars[np.arange(width) < lengths[:, None]]
        offsets = np.zeros(rows + 1, dtype=np.int32)
        np.cumsum(lengths, out=offsets[1:])
        return pa.Array.from_buffers(
            pa.string(), rows, [None, pa.py_buffer(offsets), pa.py_buffer(data)]
        )

    def sample(
        self, rng: np.random.Generator, template: np.ndarray, layout: str | None = None
    ) -> pa.Array:
        sizes = self.sizes[template]
        choice = (rng.random(sizes.shape) * sizes).astype(np.int64)
        return self.render(template, np.minimum(choice, sizes - 1), layout)

    def at(self, index: np.ndarray, layout: str | None = None) -> pa.Array:
        """Number ``index`` of the combined space (injective)."""
        if layout is not None and self._same_length:
            from lookalike.native.digits import render

            text = render(index, self.starts, self.sizes, self.digits, layout)
            if text is not None:
                return text
        starts = self.starts
        template = np.searchsorted(starts, index, side="right") - 1
        local = index - starts[template]
        sizes = self.sizes[template]
        choice = np.zeros(sizes.shape, dtype=np.int64)
        if self.capacity < 2**53:  # exact in float64, and far faster than uint64 division
            rest = local.astype(np.float64)
            for position in range(sizes.shape[1] - 1, -1, -1):
                radix = sizes[:, position].astype(np.float64)
                quotient = np.floor(rest / radix)
                choice[:, position] = (rest - quotient * radix).astype(np.int64)
                rest = quotient
            return self.render(template, choice, layout)
        wide = local.astype(np.uint64)
        unsigned = sizes.astype(np.uint64)
        for position in range(sizes.shape[1] - 1, -1, -1):
            choice[:, position] = (wide % unsigned[:, position]).astype(np.int64)
            wide = wide // unsigned[:, position]
        return self.render(template, choice, layout)


@cache
def templates_for(region: str, kind: str, safe: bool) -> Templates:
    """The templates of a region for ``mobile`` or ``fixed`` numbers."""
    source = json_file("phones_safe.json" if safe else "phones.json")
    entry = source.get(region) or {}
    found = entry.get(kind) or []
    if not found:
        raise KeyError(region)
    return Templates.of(found)


@cache
def area_templates(region: str) -> dict[str, Templates]:
    """GB landline templates by area code (without the leading 0)."""
    entry = json_file("phones.json").get(region) or {}
    return {area: Templates.of(found) for area, found in (entry.get("fixed_by_area") or {}).items()}


@cache
def country_code(region: str) -> str:
    entry = json_file("phones.json").get(region) or {}
    return str(entry.get("country_code", ""))


@dataclass(frozen=True)
class PhoneColumn(Column):
    region: str
    kind: str  # mobile | fixed
    style: str  # national | e164 | international
    safe: bool
    address: AddressModel | None  # for landlines that follow the row's town
    address_group: str
    arrow_type: pa.DataType = pa.string()
    widen_hint = "use mode: valid, or fewer rows (the safe ranges are small)"

    @cached_property
    def templates(self) -> Templates:
        return templates_for(self.region, self.kind, self.safe)

    @property
    def capacity(self) -> int:  # type: ignore[override]
        return self.templates.capacity

    def warm(self) -> None:
        _ = self.templates.table, self.templates.starts, self._layout, self._areas
        if self.address is not None:
            _ = self.address.places

    def sample(self, ctx: BlockContext) -> pa.Array:
        ctx = ctx.in_locale(self.region)  # other countries, other digits for the same seed
        if self.address is not None and self.kind == "fixed" and not self.safe:
            local = self._by_area(ctx)
            if local is not None:
                return self._format(local)
        template = self.templates.table.lookup(ctx.uniform("template"))
        layout = self._layout
        numbers = self.templates.sample(ctx.rng("digits"), template, layout)
        return numbers if layout is not None else self._format(numbers)

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        layout = self._layout
        numbers = self.templates.at(index.astype(np.uint64), layout)
        return numbers if layout is not None else self._format(numbers)

    @cached_property
    def _layout(self) -> str | None:
        """A fixed text layout for same-length numbers (the fast path), or None."""
        templates = self.templates
        if not templates._same_length:
            return None
        digits = "#" * int(templates.lengths[0])
        cc = country_code(self.region)
        if self.style == "e164":
            return f"+{cc}{digits}"
        if self.style == "international":
            return f"+{cc} {digits}"
        if self.region == "US":
            return "(###) ###-####" if len(digits) == 10 else None
        if self.region == "GB":
            return "0" + digits[:4] + " " + digits[4:]
        if self.region == "BR":
            return "(##) " + digits[2:-4] + "-####"
        trunk = "" if self.region == "CN" and self.kind == "mobile" else _TRUNK.get(self.region, "")
        return trunk + digits

    @cached_property
    def _areas(self) -> tuple[Templates, np.ndarray, np.ndarray] | None:
        """All landline templates in one table, in segments: the general ones first,
        then one segment per area code. Returns (templates, segment cumulative
        weights offset by segment number, segment of each dial code)."""
        if self.address is None or self.address.places.dial_code is None:
            return None
        by_area = area_templates(self.region)
        if not by_area:
            return None
        segments: list[dict[str, Any]] = []
        raw = json_file("phones.json")[self.region]
        names = ["", *sorted(by_area)]
        cumulative: list[np.ndarray] = []
        for number, area in enumerate(names):
            found = raw["fixed"] if not area else raw["fixed_by_area"][area]
            segments.extend(found)
            weights = np.array([float(t.get("weight", 1.0)) for t in found])
            share = np.cumsum(weights) / weights.sum()
            share[-1] = 1.0
            cumulative.append(number + share)
        segment_of_area = {area: number for number, area in enumerate(names)}
        dial = self.address.places.dial_code.dictionary.to_pylist()
        segment_of_dial = np.array(
            [segment_of_area.get((code or "").lstrip("0"), 0) for code in dial], dtype=np.float64
        )
        return Templates.of(segments), np.concatenate(cumulative), segment_of_dial

    def _by_area(self, ctx: BlockContext) -> pa.Array | None:
        """Landlines whose area code is the row's town's, where the locale has them (GB)."""
        areas = self._areas
        if areas is None or self.address is None or self.address.places.dial_code is None:
            return None
        templates, cumulative, segment_of_dial = areas
        latent = self.address.latent(ctx, self.address_group)
        segment = segment_of_dial[self.address.places.dial_code.codes[latent.place]]
        # A uniform draw inside the row's segment picks a template of that area by weight.
        chance = ctx.uniform("template")
        template = np.searchsorted(cumulative, segment + chance, side="right")
        template = np.minimum(template, len(cumulative) - 1)
        return templates.sample(ctx.rng("digits"), template)

    def _format(self, national: pa.Array) -> pa.Array:
        cc = country_code(self.region)
        if self.style == "e164":
            return join("+" + cc, national, "")
        if self.style == "international":
            return join("+" + cc, national, " ")
        if self.region == "US":
            return join(
                "(", pc.utf8_slice_codeunits(national, 0, 3), ") ",
                pc.utf8_slice_codeunits(national, 3, 6), "-",
                pc.utf8_slice_codeunits(national, 6), "",
            )  # fmt: skip
        if self.region == "BR":  # (11) 96123-4567
            return join(
                "(", pc.utf8_slice_codeunits(national, 0, 2), ") ",
                pc.utf8_slice_codeunits(national, 2, -4), "-",
                pc.utf8_slice_codeunits(national, -4), "",
            )  # fmt: skip
        # Chinese mobiles are dialled without the trunk 0; landlines with it.
        trunk = "" if self.region == "CN" and self.kind == "mobile" else _TRUNK.get(self.region, "")
        if self.region == "GB":
            return join(
                trunk, pc.utf8_slice_codeunits(national, 0, 4), " ",
                pc.utf8_slice_codeunits(national, 4), "",
            )  # fmt: skip
        return join(trunk, national, "")


_FAKER_POOL = 5000


@cache
def faker_phone_pool(locale: str) -> pa.StringArray:
    """Phone numbers taken once from Faker (seeded) for locales without shipped plans."""
    from faker import Faker

    faker = Faker(locale)
    faker.seed_instance(0)
    return string_array(list(dict.fromkeys(faker.phone_number() for _ in range(_FAKER_POOL))))


@dataclass(frozen=True)
class FakerPhoneColumn(Column):
    """Phones for Faker-only locales: a pool from Faker, sampled vectorised."""

    locale: str
    arrow_type: pa.DataType = pa.string()
    widen_hint = "use a flagship locale: this locale's phone pool is small"

    @property
    def capacity(self) -> int:  # type: ignore[override]
        return len(faker_phone_pool(self.locale))

    def sample(self, ctx: BlockContext) -> pa.Array:
        ctx = ctx.in_locale(self.locale)
        pool = faker_phone_pool(self.locale)
        return pool.take(typed_array(ctx.rng().integers(0, len(pool), ctx.rows).astype(np.int32),
                                     pa.int32()))  # fmt: skip

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        return faker_phone_pool(self.locale).take(typed_array(index.astype(np.int32), pa.int32()))


@register("phone")
def compile_phone(spec: PhoneField, env: Env) -> Column:
    """Compile a ``phone`` field."""
    locale = spec.locale or env.locale
    profile = profile_for(locale, f"{env.path}.locale")
    kind = "fixed" if spec.type == "landline" else "mobile"
    safe = spec.mode == "safe"
    if locale not in FLAGSHIP and not safe:
        return FakerPhoneColumn(locale)
    try:
        templates_for(profile.country, kind, safe)
    except KeyError:
        if safe:
            raise SpecError(
                f"no fiction-reserved {spec.type} range is known for {profile.country}; "
                "use mode: valid",
                path=f"{env.path}.mode",
            ) from None
        raise
    address = env.groups.get("address", spec.address_group)
    if not isinstance(address, AddressModel) or address.locale != locale:
        address = AddressModel(locale) if kind == "fixed" and profile.country == "GB" else None
    return PhoneColumn(profile.country, kind, spec.format, safe, address, spec.address_group)
