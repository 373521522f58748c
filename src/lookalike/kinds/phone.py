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

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.address import AddressModel
from lookalike.kinds.base import BlockContext, Column, Env, register
from lookalike.locales.data import json_file, table
from lookalike.locales.places import places_for
from lookalike.locales.prepared import prepared
from lookalike.locales.profiles import FLAGSHIP, SUPPORTED, profile_for, require_places
from lookalike.spec import PhoneField
from lookalike.strings import string_array


@dataclass(frozen=True, eq=False)
class Layouts:
    """Text layouts of numbers, one per template: which digit or literal byte goes
    where, as matrices, so a block is laid out with a few numpy gathers.

    >>> lay = Layouts.of(["0## ###", "(#) #"])
    >>> chars = np.frombuffer(b"12345" b"67000", np.uint8).reshape(2, 5)
    >>> lay.apply(chars, np.array([0, 1])).to_pylist()
    ['012 345', '(6) 7']
    """

    texts: tuple[str, ...]  # distinct layouts
    of_template: np.ndarray  # int64 (T,): each template's layout
    source: np.ndarray  # int64 (K, W): digit position per output byte, -1 for a literal
    literal: np.ndarray  # uint8 (K, W): the literal bytes
    length: np.ndarray  # int64 (K,): bytes of each layout

    @classmethod
    def of(cls, per_template: list[str]) -> Layouts:
        texts = tuple(dict.fromkeys(per_template))
        number = {text: i for i, text in enumerate(texts)}
        encoded = [text.encode() for text in texts]
        width = max(len(e) for e in encoded)
        source = np.full((len(texts), width), -1, dtype=np.int64)
        literal = np.zeros((len(texts), width), dtype=np.uint8)
        for k, text in enumerate(encoded):
            codes = np.frombuffer(text, np.uint8)
            slots = codes == ord("#")
            source[k, : len(codes)][slots] = np.arange(int(slots.sum()))
            literal[k, : len(codes)] = np.where(slots, 0, codes)
        of_template = np.array([number[t] for t in per_template], dtype=np.int64)
        lengths = np.array([len(e) for e in encoded], dtype=np.int64)
        return cls(texts, of_template, source, literal, lengths)

    @property
    def single(self) -> str | None:
        """The one layout every template shares, if so."""
        return self.texts[0] if len(self.texts) == 1 else None

    def apply(self, chars: np.ndarray, template: np.ndarray) -> pa.Array:
        """Rows of ASCII digits (one row per number) laid out by their template."""
        rows = len(template)
        kind = self.of_template[template]
        source = self.source[kind]
        picked = np.take_along_axis(chars, np.maximum(source, 0), axis=1)
        out = np.where(source >= 0, picked, self.literal[kind])
        lengths = self.length[kind]
        data = out[np.arange(out.shape[1]) < lengths[:, None]]
        offsets = np.zeros(rows + 1, dtype=np.int32)
        np.cumsum(lengths, out=offsets[1:])
        return pa.Array.from_buffers(
            pa.string(), rows, [None, pa.py_buffer(offsets), pa.py_buffer(data)]
        )


@dataclass(frozen=True, eq=False)
class Templates:
    """Digit templates as arrays: ``digits[t, p, k]`` is the k-th allowed digit (ASCII)."""

    digits: np.ndarray  # uint8 (T, L, 10)
    sizes: np.ndarray  # int64 (T, L); 1 past a template's length
    lengths: np.ndarray  # int64 (T,)
    weights: np.ndarray  # float64 (T,)
    #: libphonenumber's grouping of each template's numbers, one ``#`` per digit
    #: (``0#### ######``, ``+44 #### ######``): see tools/locale_build/layouts.py.
    national: pa.StringArray
    international: pa.StringArray

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
        national = string_array([str(t.get("national") or "") for t in templates])
        international = string_array([str(t.get("international") or "") for t in templates])
        return cls(digits, sizes, lengths, weights, national, international)

    def layouts(self, style: str, country_code: str) -> Layouts:
        """How numbers are written in ``style`` (national, international, e164)."""
        if style == "e164":
            texts = [f"+{country_code}" + "#" * int(n) for n in self.lengths]
        else:
            found = (self.national if style == "national" else self.international).to_pylist()
            # Templates without a stored layout (older data): the digits as they are.
            texts = [t or "#" * int(n) for t, n in zip(found, self.lengths, strict=True)]
        return Layouts.of(texts)

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
        self,
        template: np.ndarray,
        choice: np.ndarray,
        layout: str | Layouts | None = None,
    ) -> pa.Array:
        """Numbers from a template per row and a digit choice per position.

        ``layout`` places the digits in text, one ``#`` per digit: one text for
        every row (``"0#### ######"``, same-length numbers only), or each
        template's own (:class:`Layouts`).
        """
        width = self.digits.shape[1]
        # One flat lookup: (template, position, choice) -> ASCII digit.
        where = (template.astype(np.int64) * width)[:, None] + np.arange(width)
        return self._text(np.take(self._flat, where * 10 + choice), template, layout)

    def _text(
        self, chars: np.ndarray, template: np.ndarray, layout: str | Layouts | None
    ) -> pa.Array:
        """The numbers' text from their ASCII digits (one row of ``width`` per number)."""
        rows, width = len(template), self.digits.shape[1]
        if isinstance(layout, Layouts):
            return layout.apply(chars, template)
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
        self, rng: np.random.Generator, template: np.ndarray, layout: str | Layouts | None = None
    ) -> pa.Array:
        from lookalike.native.digits import random_pick

        uniform = rng.random((len(template), self.sizes.shape[1]))
        chars = random_pick(uniform, template, self.sizes, self.digits)
        if chars is not None:  # the compiled kernel, from the same draws
            return self._text(chars, template, layout)
        sizes = self.sizes[template]
        choice = (uniform * sizes).astype(np.int64)
        return self.render(template, np.minimum(choice, sizes - 1), layout)

    def at(self, index: np.ndarray, layout: str | Layouts | None = None) -> pa.Array:
        """Number ``index`` of the combined space (injective)."""
        if isinstance(layout, str) and self._same_length:
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
@prepared(
    "phone_templates",
    each=lambda: [
        *((p.country, kind, False) for p in FLAGSHIP.values() for kind in ("mobile", "fixed")),
        *(("GB", kind, True) for kind in ("mobile", "fixed")),
    ],
)
def templates_for(region: str, kind: str, safe: bool) -> Templates:
    """The templates of a region for ``mobile`` or ``fixed`` numbers."""
    source = json_file("phones_safe.json" if safe else "phones.json")
    entry = source.get(region) or {}
    found = entry.get(kind) or []
    if not found:
        raise KeyError(region)
    return Templates.of(found)


def _area_sources(region: str) -> dict[str, list[dict[str, Any]]]:
    """Landline templates by area code (national digits, no trunk prefix) of a region."""
    if region == "GB":  # GB's areas live with its numbering plan
        return dict((json_file("phones.json").get(region) or {}).get("fixed_by_area") or {})
    rows = table("phone_areas.parquet").to_pylist()
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["region"] == region:
            entry = {**row, "positions": row["positions"].split(",")}
            found.setdefault(row["area"], []).append(entry)
    return found


@cache
@prepared("phone_areas", each=lambda: [(locale,) for locale in FLAGSHIP])
def area_segments(locale: str) -> tuple[Templates, np.ndarray, np.ndarray] | None:
    """All landline templates of a locale in one table, in segments: the general ones
    first, then one segment per area code. Returns (templates, segment cumulative
    weights offset by segment number, segment of each place's dial code)."""
    region = profile_for(locale).country
    dial_code = places_for(locale).dial_code
    by_area = _area_sources(region)
    if dial_code is None or not by_area:
        return None
    general = (json_file("phones.json").get(region) or {}).get("fixed") or []
    names = ["", *sorted(by_area)]
    segments: list[dict[str, Any]] = []
    cumulative: list[np.ndarray] = []
    for number, area in enumerate(names):
        found = by_area[area] if area else general
        segments.extend(found)
        weights = np.array([float(t.get("weight", 1.0)) for t in found])
        share = np.cumsum(weights) / weights.sum()
        share[-1] = 1.0
        cumulative.append(number + share)
    segment_of_area = {area: number for number, area in enumerate(names)}
    segment_of_dial = np.array(
        [segment_of_area.get(code or "", 0) for code in dial_code.dictionary.to_pylist()],
        dtype=np.float64,
    )
    return Templates.of(segments), np.concatenate(cumulative), segment_of_dial


@cache
def country_code(region: str) -> str:
    """The calling code of a region (``44``); flagship ones without reading phones.json."""
    if region in _CALLING_CODES:
        return _CALLING_CODES[region]
    entry = json_file("phones.json").get(region) or {}
    return str(entry.get("country_code", ""))


_CALLING_CODES = {"GB": "44", "US": "1", "DE": "49", "FR": "33", "ES": "34", "IT": "39",
                  "NL": "31", "BR": "55", "IN": "91", "PK": "92", "JP": "81",
                  "CN": "86"}  # fmt: skip


def has_numbering_plan(region: str) -> bool:
    """Whether the shipped data expand the region's numbering plan (every flagship one and
    the countries of Faker's other locales whose plans expand exactly)."""
    return region in _CALLING_CODES or region in json_file("phones.json")


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
                return local
        template = self.templates.table.lookup(ctx.uniform("template"))
        numbers = self.templates.sample(ctx.rng("digits"), template, self._layout or self._layouts)
        return numbers

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        return self.templates.at(index.astype(np.uint64), self._layout or self._layouts)

    @cached_property
    def _layouts(self) -> Layouts:
        return self.templates.layouts(self.style, country_code(self.region))

    @cached_property
    def _layout(self) -> str | None:
        """One text layout for every number, when they share it (the fast path)."""
        single = self._layouts.single
        return single if single is not None and self.templates._same_length else None

    @cached_property
    def _areas(self) -> tuple[Templates, np.ndarray, np.ndarray, Layouts] | None:
        """The locale's landline segments by area (see :func:`area_segments`) and
        their layouts in this column's style."""
        if self.address is None:
            return None
        found = area_segments(self.address.locale)
        if found is None:
            return None
        templates, cumulative, segment_of_dial = found
        layouts = templates.layouts(self.style, country_code(self.region))
        return templates, cumulative, segment_of_dial, layouts

    def _by_area(self, ctx: BlockContext) -> pa.Array | None:
        """Landlines whose area code is that of the row's town."""
        areas = self._areas
        if areas is None or self.address is None or self.address.places.dial_code is None:
            return None
        templates, cumulative, segment_of_dial, layouts = areas
        latent = self.address.latent(ctx, self.address_group)
        segment = segment_of_dial[self.address.places.dial_code.codes[latent.place]]
        # A uniform draw inside the row's segment picks a template of that area by weight.
        chance = ctx.uniform("template")
        template = np.searchsorted(cumulative, segment + chance, side="right")
        template = np.minimum(template, len(cumulative) - 1)
        return templates.sample(ctx.rng("digits"), template, layouts)


@register("phone")
def compile_phone(spec: PhoneField, env: Env) -> Column:
    """Compile a ``phone`` field."""
    locale = spec.locale or env.locale
    profile = profile_for(locale, f"{env.path}.locale")
    kind = "fixed" if spec.type == "landline" else "mobile"
    safe = spec.mode == "safe"
    if kind == "fixed" and not safe:  # a landline follows the row's town: real places only
        require_places(locale, "phone (type: landline)", env.path)
    if locale not in FLAGSHIP and not safe and not has_numbering_plan(profile.country):
        # Faker's phone strings are mostly invalid for their country (12% for tr_TR).
        raise SpecError(
            f"no numbering plan of {profile.country} ships with lookalike, so {locale!r} "
            f"phones would not be valid; use one of the supported locales "
            f"{', '.join(SUPPORTED)}, or kind: faker with method: phone_number",
            path=f"{env.path}.locale",
        )
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
        # Landlines follow the town where the places know their area codes.
        address = AddressModel(locale) if kind == "fixed" and locale in SUPPORTED else None
    return PhoneColumn(profile.country, kind, spec.format, safe, address, spec.address_group)
