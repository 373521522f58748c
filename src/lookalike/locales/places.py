"""Places: the real address records each locale samples from.

A :class:`Places` table holds one row per real place (a GB postcode, a US ZIP,
a postal code elsewhere) with its town, county or region and coordinates, all
from the same source row, which is what keeps a generated address coherent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.discrete import AliasTable
from lookalike.locales.data import table
from lookalike.locales.prepared import prepared
from lookalike.locales.profiles import FLAGSHIP, LocaleProfile, profile_for
from lookalike.native.concat import padded
from lookalike.strings import numbers_of, string_array, text


@dataclass(frozen=True, eq=False)
class Coded:
    """A column stored as codes into a small dictionary of distinct values."""

    codes: np.ndarray  # int32 per place
    dictionary: pa.StringArray
    #: Every place has its own value, in place order (GB postcodes): no lookup needed.
    identity: bool = False

    @classmethod
    def of(cls, values: pa.Array) -> Coded:
        encoded = pc.dictionary_encode(values.cast(pa.string()))
        if isinstance(encoded, pa.ChunkedArray):
            encoded = encoded.combine_chunks()
        codes = numbers_of(encoded.indices).astype(np.int32)  # shipped data has no nulls
        identity = bool(np.array_equal(codes, np.arange(len(codes), dtype=np.int32)))
        return cls(codes, padded(encoded.dictionary), identity)

    def codes_of(self, places: np.ndarray) -> np.ndarray:
        """The dictionary entry (int32) of each place."""
        return places.astype(np.int32) if self.identity else self.codes[places]

    def take(self, places: np.ndarray) -> pa.Array:
        """Values for the given place numbers (a dictionary array: no string copies)."""
        indices = pa.Array.from_buffers(
            pa.int32(), len(places), [None, pa.py_buffer(self.codes_of(places))]
        )
        # The codes index the dictionary by construction: no bounds check per row.
        return pa.DictionaryArray.from_arrays(indices, self.dictionary, safe=False)


@dataclass(frozen=True, eq=False)
class Places:
    """Address records of one locale."""

    postcode: Coded
    town: Coded
    county: Coded
    region: Coded
    latitude: np.ndarray  # float64, NaN where unknown
    longitude: np.ndarray
    weights: AliasTable
    #: The area code (national digits, no trunk prefix) of the place's landlines.
    dial_code: Coded | None = None
    state_code: Coded | None = None  # US

    def __len__(self) -> int:
        return len(self.latitude)


def _coords(data: pa.Table, name: str) -> np.ndarray:
    return numbers_of(data[name]).astype(np.float64)


@cache
@prepared("places", each=lambda: [(locale,) for locale in FLAGSHIP])
def places_for(locale: str) -> Places:
    """The places of a locale (loaded on first use)."""
    profile = profile_for(locale)
    if profile.address_source == "gb":
        return _gb()
    if profile.address_source == "us":
        return _us()
    if profile.address_source == "postal":
        return _postal(profile.country)
    return _faker_places(profile)


def _gb() -> Places:
    data = table("gb_postcodes.parquet")
    towns = table("gb_towns.parquet")
    dial = dict(zip(towns["town"].to_pylist(), towns["dial_code"].to_pylist(), strict=True))
    town = Coded.of(data["town"])
    # gb_towns writes the code as dialled at home (0113): the area is what follows the 0.
    areas = [(dial.get(t) or "").removeprefix("0") for t in town.dictionary.to_pylist()]
    dial_dictionary = string_array(areas)
    return Places(
        postcode=Coded.of(data["postcode"]),
        town=town,
        county=Coded.of(data["county"]),
        region=Coded.of(data["region"]),
        latitude=_coords(data, "latitude"),
        longitude=_coords(data, "longitude"),
        weights=AliasTable.from_weights(np.ones(data.num_rows)),
        dial_code=Coded(town.codes, dial_dictionary),
    )


def _us() -> Places:
    data = table("us_zips.parquet")
    population = numbers_of(data["population"]).astype(np.float64)
    # Every ZIP can appear; people live where the population is.
    weights = population + max(1.0, float(population.mean()) * 0.02)
    return Places(
        postcode=Coded.of(data["zip"]),
        town=Coded.of(data["city"]),
        county=Coded.of(data["county"]),
        region=Coded.of(data["state"]),
        latitude=_coords(data, "latitude"),
        longitude=_coords(data, "longitude"),
        weights=AliasTable.from_weights(weights),
        state_code=Coded.of(data["state_code"]),
        dial_code=_area_codes(data),
    )


def _postal(country: str) -> Places:
    data = table("postal_codes.parquet")
    data = data.filter(pc.equal(data["country"], text(country)))  # typed: no pandas import
    return Places(
        postcode=Coded.of(data["postal_code"]),
        town=Coded.of(data["city"]),
        county=Coded.of(data["admin1"]),
        region=Coded.of(data["admin1"]),
        latitude=_coords(data, "latitude"),
        longitude=_coords(data, "longitude"),
        weights=AliasTable.from_weights(np.ones(data.num_rows)),
        dial_code=_area_codes(data),
    )


def _area_codes(data: pa.Table) -> Coded | None:
    """Each place's landline area code, where the shipped data have them."""
    return Coded.of(data["area_code"]) if "area_code" in data.column_names else None


def _faker_places(profile: LocaleProfile, size: int = 2000) -> Places:
    """Pools taken once from Faker (seeded, so the same every run), then sampled vectorised."""
    from faker import Faker

    faker = Faker(profile.code)
    faker.seed_instance(0)

    def pool(method: str) -> pa.Array:
        function = getattr(faker, method, None)
        if function is None:
            return string_array([""] * size)
        return string_array([str(function()) for _ in range(size)])

    region_method = next(
        (m for m in ("state", "administrative_unit", "region", "province") if hasattr(faker, m)),
        "city",
    )
    nan = np.full(size, np.nan)
    return Places(
        postcode=Coded.of(pool("postcode")),
        town=Coded.of(pool("city")),
        county=Coded.of(pool(region_method)),
        region=Coded.of(pool(region_method)),
        latitude=nan,
        longitude=nan,
        weights=AliasTable.from_weights(np.ones(size)),
    )
