"""Addresses: a real place per row (postcode, town, county, coordinates) plus a street.

All fields of one address ``group`` read one latent record per row, so the
postcode, town, county and coordinates come from the same real place.

>>> import lookalike
>>> row = lookalike.generate({"seed": 1, "locale": "en_GB", "tables": {"a": {"rows": 1,
...     "fields": {"town": {"kind": "address", "attribute": "town"},
...                "postcode": {"kind": "address", "attribute": "postcode"}}}}}).to_pylist()[0]
>>> sorted(row)
['postcode', 'town']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
import pyarrow as pa

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.base import (
    BlockContext,
    Column,
    Env,
    GroupLatent,
    float64_array,
    register,
    typed_array,
    with_nulls,
)
from lookalike.locales.data import name_pool, streets
from lookalike.locales.places import Places, places_for
from lookalike.locales.prepared import prepared
from lookalike.locales.profiles import FLAGSHIP, profile_for, require_places
from lookalike.native.concat import Piece, Take, concat, padded
from lookalike.spec import AddressField
from lookalike.strings import string_array

#: How a locale writes a street address, a one-line and a multi-line address.
_FORMATS: dict[str, tuple[str, str, str]] = {
    "en_GB": ("{number} {street}", "{line}, {town}, {postcode}",
              "{line}\n{town}\n{county}\n{postcode}"),
    "en_US": ("{number} {street}", "{line}, {town}, {state_code} {postcode}",
              "{line}\n{town}, {state_code} {postcode}"),
    "de_DE": ("{street} {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "fr_FR": ("{number} {street}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "es_ES": ("{street}, {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "it_IT": ("{street}, {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "nl_NL": ("{street} {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "pt_BR": ("{street}, {number}", "{line}, {town} - {region}, {postcode}",
              "{line}\n{town} - {region}\n{postcode}"),
    "en_IN": ("{number}, {street}", "{line}, {town}, {region} {postcode}",
              "{line}\n{town}, {region} {postcode}"),
    "ur_PK": ("House {number}, {street}", "{line}, {town} {postcode}",
              "{line}\n{town} {postcode}"),
    # GeoNames spells Japanese and Chinese places in Latin letters: keep them apart.
    "ja_JP": ("{street}{number}", "〒{postcode} {region} {town} {line}",
              "〒{postcode}\n{region} {town}\n{line}"),
    "zh_CN": ("{street}{number}号", "{region} {town} {line} {postcode}",
              "{region} {town}\n{line}\n{postcode}"),
    "en_AU": ("{number} {street}", "{line}, {town} {region} {postcode}",
              "{line}\n{town} {region} {postcode}"),
    "en_NZ": ("{number} {street}", "{line}, {town} {postcode}", "{line}\n{town} {postcode}"),
    "fr_BE": ("{street} {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "fr_CH": ("{street} {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "it_CH": ("{street} {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "pl_PL": ("{street} {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "pt_PT": ("{street}, {number}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}"),
    "tr_TR": ("{street} No: {number}", "{line}, {postcode} {town}/{region}",
              "{line}\n{postcode} {town}/{region}"),
    "hu_HU": ("{street} {number}.", "{postcode} {town}, {line}", "{town}\n{line}\n{postcode}"),
    "ro_RO": ("{street} nr. {number}", "{line}, {town} {postcode}, {region}",
              "{line}\n{postcode} {town}\n{region}"),
    "lv_LV": ("{street} {number}", "{line}, {town}, {postcode}", "{line}\n{town}\n{postcode}"),
}  # fmt: skip
#: Locales that write the street before the number (Hauptstraße 5), with the default lines.
_STREET_FIRST = ("de_AT", "de_CH", "nl_BE", "sv_SE", "fi_FI", "no_NO", "sk_SK", "et_EE",
                 "lt_LT")  # fmt: skip
_DEFAULT_FORMAT = ("{number} {street}", "{line}, {postcode} {town}", "{line}\n{postcode} {town}")
for _locale in _STREET_FIRST:
    _FORMATS[_locale] = ("{street} {number}", *_DEFAULT_FORMAT[1:])
_NL_LETTERS = string_array([a + b for a in "ABCDEFGHJKLMNPRTVWXZ" for b in "ABCDEFGHJKLMNPRSTVWXZ"
                            if a + b not in {"SA", "SD", "SS"}])  # fmt: skip
_STREET_POOL = 4000


@cache
@prepared("street_pool", each=lambda: [(locale,) for locale in FLAGSHIP])
def street_pool(locale: str) -> tuple[pa.StringArray, AliasTable]:
    """Street names of a locale: its common ones plus names built from its surnames.

    Built once with a fixed seed, so the pool is the same in every process.
    """
    info = streets(locale)
    types = info.get("types") or [["Street", 1.0]]
    common = info.get("common") or []
    form = info.get("format") or "{name} {type}"
    rng = np.random.Generator(np.random.Philox(0))
    built: list[str] = []
    # Czech, Slovak, Korean: a surname and a type is not how streets are named there.
    if info.get("surnames", True):
        surnames = name_pool(locale, "last")
        picks = surnames.sample(rng, _STREET_POOL)
        type_table = AliasTable.from_weights([float(w) for _, w in types])
        kinds = type_table.sample(rng, _STREET_POOL)
        surname_text = surnames.values.take(_int32(picks)).to_pylist()
        built = [
            form.format(name=name, type=types[k][0])
            for name, k in zip(surname_text, kinds, strict=True)
        ]
    names = list(dict.fromkeys([str(c[0]) for c in common] + built))
    common_weights = {str(c[0]): float(c[1]) for c in common}
    total_common = sum(common_weights.values()) or 1.0
    # Common names (High Street, Hauptstraße...) carry about a fifth of all addresses.
    weights = [
        common_weights[n] / total_common * 0.2 * len(names) if n in common_weights else 1.0
        for n in names
    ]
    return padded(string_array(names)), AliasTable.from_weights(weights)


@dataclass(frozen=True)
class AddressModel:
    """The latent address of a group: a place, a building number and a street."""

    locale: str

    @cached_property
    def places(self) -> Places:
        return places_for(self.locale)

    @cached_property
    def numbers(self) -> tuple[AliasTable, int]:
        """Building numbers: small ones are common (and US ones run higher)."""
        if self.locale == "en_US":
            values = np.arange(100, 10000)
            return AliasTable.from_weights(1.0 / values), 100
        values = np.arange(1, 301)
        return AliasTable.from_weights(1.0 / values**0.9), 1

    @cached_property
    def number_texts(self) -> tuple[pa.StringArray, int]:
        """Every possible building number as text, so rows take rather than format."""
        table, offset = self.numbers
        texts = string_array([str(offset + i) for i in range(len(table.probability))])
        return padded(texts), offset

    def latent(self, ctx: BlockContext, group: str) -> AddressLatent:
        """This block's addresses for ``group`` (built once, shared by its columns)."""
        latent: AddressLatent = ctx.latent(
            f"address:{group}:{self.locale}", lambda: AddressLatent(self, ctx, group)
        )
        return latent


class AddressLatent(GroupLatent):
    """One block of latent addresses (see :class:`GroupLatent`)."""

    model: AddressModel

    @cached_property
    def place(self) -> np.ndarray:
        return self.model.places.weights.lookup(self._uniform("place"))

    @cached_property
    def number(self) -> np.ndarray:
        table, offset = self.model.numbers
        return table.lookup(self._uniform("number")) + offset

    @cached_property
    def street(self) -> np.ndarray:
        _, street_table = street_pool(self.model.locale)
        return street_table.lookup(self._uniform("street"))

    @cached_property
    def suffix(self) -> np.ndarray:
        return self._rng("postcode-letters").integers(0, len(_NL_LETTERS), self.rows)

    @cached_property
    def jitter(self) -> np.ndarray:
        return self._rng("jitter").normal(0.0, 1.0, (self.rows, 2)).T


def _int32(values: np.ndarray) -> pa.Array:
    return typed_array(values.astype(np.int32), pa.int32())


@dataclass(frozen=True)
class AddressColumn(Column):
    model: AddressModel
    group: str
    attribute: str

    @property
    def arrow_type(self) -> pa.DataType:
        if self.attribute in {"latitude", "longitude"}:
            return pa.float64()
        if self.attribute in {"town", "city", "county", "state", "region", "country",
                              "country_code"}:  # fmt: skip
            return pa.dictionary(pa.int32(), pa.string())
        return pa.string()

    @property
    def may_be_null(self) -> bool:  # type: ignore[override]
        return self.attribute in {"latitude", "longitude"}

    @property
    def low_cardinality(self) -> bool:  # type: ignore[override]
        return self.attribute in {"county", "state", "region", "country", "country_code"}

    def _pieces(self, name: str, latent: AddressLatent) -> list[Piece]:
        """One named part of an address, as pieces for :func:`concat` (nothing copied yet)."""
        places = self.model.places
        if name == "number":
            texts, offset = self.model.number_texts
            return [Take(texts, latent.number - offset)]
        if name == "street":
            streets, _ = street_pool(self.model.locale)
            return [Take(streets, latent.street)]
        if name == "postcode":
            postcode = places.postcode
            pieces: list[Piece] = [Take(postcode.dictionary, postcode.codes_of(latent.place))]
            if self.model.locale == "nl_NL":  # GeoNames keeps 4 digits; add the 2 letters
                pieces += [" ", Take(_NL_LETTERS, latent.suffix)]
            return pieces
        if name == "state_code" and places.state_code is not None:
            coded = places.state_code
        else:
            coded = {"town": places.town, "county": places.county, "region": places.region}[
                "region" if name == "state_code" else name
            ]
        return [Take(coded.dictionary, coded.codes_of(latent.place))]

    def _render(self, template: str, latent: AddressLatent, line: pa.Array | None) -> pa.Array:
        """Fill ``{name}`` slots with the parts they name, assembled in one pass."""
        import string

        pieces: list[Piece] = []
        for literal, name, _, _ in string.Formatter().parse(template):
            if literal:
                pieces.append(literal)
            if name == "line" and line is not None:
                pieces.append(line)
            elif name:
                pieces += self._pieces(name, latent)
        return concat(pieces, latent.rows)

    def warm(self) -> None:
        _ = self.model.places, self.model.number_texts, street_pool(self.model.locale)

    def sample(self, ctx: BlockContext) -> pa.Array:
        attribute = self.attribute
        latent = self.model.latent(ctx, self.group)
        places = self.model.places
        profile = profile_for(self.model.locale)
        if attribute in {"latitude", "longitude"}:
            coords = places.latitude if attribute == "latitude" else places.longitude
            axis = 0 if attribute == "latitude" else 1
            # A little scatter around the place's centre (about 100 m); unknown: null.
            values = np.round(coords[latent.place] + latent.jitter[axis] * 0.001, 6)
            unknown = np.isnan(values)
            array = float64_array(values)
            return with_nulls(array, unknown) if unknown.any() else array
        if attribute in {"town", "city"}:
            return places.town.take(latent.place)
        if attribute == "county":
            return places.county.take(latent.place)
        if attribute in {"state", "region"}:
            return places.region.take(latent.place)
        if attribute in {"country", "country_code"}:
            value = profile.country_name if attribute == "country" else profile.country
            indices = typed_array(np.zeros(ctx.rows, dtype=np.int32), pa.int32())
            return pa.DictionaryArray.from_arrays(indices, padded(string_array([value])))
        if attribute == "building_number":
            return concat(self._pieces("number", latent), ctx.rows)
        if attribute in {"street", "postcode"}:
            return concat(self._pieces(attribute, latent), ctx.rows)
        line_format, full_format, multi_format = _FORMATS.get(self.model.locale, _DEFAULT_FORMAT)
        line = self._render(line_format, latent, None)
        if attribute == "street_address":
            return line
        return self._render(full_format if attribute == "full" else multi_format, latent, line)


@register("address")
def compile_address(spec: AddressField, env: Env) -> Column:
    """Compile an ``address`` field; its group's model is shared with the group's fields."""
    locale = spec.locale or env.locale
    require_places(locale, "address", env.path)
    if spec.unique:
        raise SpecError(
            "address fields cannot be unique (many people share a town or postcode)",
            path=f"{env.path}.unique",
        )
    model = env.groups.define("address", spec.group, AddressModel(locale), env.path)
    return AddressColumn(model, spec.group, spec.attribute)
