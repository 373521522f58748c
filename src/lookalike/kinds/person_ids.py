"""Identifiers that describe their person: birth date, sex, names and region from the row.

A codice fiscale, a Chinese resident ID, a French NIR, a Swedish personnummer...
encode facts about their holder. Such an identifier reads the latent person of
its ``person_group`` (sex, birth date, names: the same draws the row's ``person``
fields show) and, where the scheme encodes a region, the latent address of its
``address_group`` (its province, state or département), so decoding the value
gives back the row. Only the parts the facts leave free (a serial, a check
letter's inputs) are drawn, from the column's own stream.

With ``unique: true`` the free parts enumerate the plan's permutation instead,
so values stay distinct by construction; their capacity is then the size of the
free space (a plan asking for more rows is refused up front).

>>> import lookalike
>>> row = lookalike.generate({"seed": 4, "locale": "it_IT", "reference_time": "2026-01-01",
...     "tables": {"p": {"rows": 1, "fields": {
...         "born": {"kind": "person", "attribute": "date_of_birth"},
...         "cf": {"kind": "identifier", "scheme": "codice_fiscale"}}}}}).to_pylist()[0]
>>> row["cf"][6:8] == f"{row['born'].year % 100:02d}"  # the year of birth
True
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.errors import SpecError
from lookalike.kinds.address import AddressLatent, AddressModel
from lookalike.kinds.base import BlockContext, Column, Env
from lookalike.kinds.id_regions import place_codes
from lookalike.kinds.id_space import layout_text
from lookalike.kinds.person import PersonLatent, PersonModel, person_model_for
from lookalike.locales.profiles import profile_for
from lookalike.spec import IdentifierField

__all__ = ["Draws", "Facts", "PersonIdColumn", "PersonScheme", "compile_person_identifier"]


class Draws:
    """The free parts of a block's identifiers, drawn at random or read from an index.

    A scheme's renderer asks for its free parts in a fixed order. Drawn, each part
    is uniform; enumerated (``unique``), the index is split into mixed-radix
    digits in that order, so distinct indices give distinct free parts.

    >>> draws = Draws(3, None, np.array([0, 7, 13], dtype=np.uint64))
    >>> draws.digit(5).tolist(), draws.digit(10).tolist()
    ([0, 2, 3], [0, 1, 2])
    """

    def __init__(self, rows: int, rng: np.random.Generator | None, index: np.ndarray | None):
        self.rows = rows
        self._rng = rng
        self._rest = None if index is None else index.astype(np.uint64, copy=True)

    def digit(self, radix: int) -> np.ndarray:
        """A part in ``[0, radix)`` (int64)."""
        if self._rest is None:
            assert self._rng is not None
            return self._rng.integers(0, radix, self.rows)
        part = (self._rest % np.uint64(radix)).astype(np.int64)
        self._rest //= np.uint64(radix)
        return part

    @property
    def enumerating(self) -> bool:
        """Whether the parts come from an index (unique values) rather than draws."""
        return self._rest is not None

    def chance(self, probability: float) -> np.ndarray:
        """A random choice that is not part of the free space: all False when enumerating."""
        if self._rng is None:
            return np.zeros(self.rows, dtype=np.bool_)
        return self._rng.random(self.rows) < probability

    def pick(self, counts: np.ndarray, least: int) -> np.ndarray:
        """A part in ``[0, counts[row])``; enumerated, ``least`` (<= every count) values.

        ``floor(d * count / least)`` for ``d < least`` is one-to-one when
        ``count >= least``, which keeps enumerated values distinct.
        """
        counts = np.asarray(counts, dtype=np.int64)
        if self._rest is None:
            assert self._rng is not None
            drawn: np.ndarray = (self._rng.random(self.rows) * counts).astype(np.int64)
            return drawn
        spread: np.ndarray = self.digit(least) * counts // least
        return spread


@dataclass(eq=False)
class Facts:
    """What a block's identifiers may encode about their holders, one array per fact.

    The holders are the group's latent people (``person``), or, for a unique column
    of ``person_group: null``, people numbered by the index (``numbered``: birth days
    and sexes that the index enumerates, so the whole scheme can be walked).
    """

    model: PersonModel
    person: PersonLatent | None
    address: AddressLatent | None
    #: The scheme's region code of each row (see :mod:`lookalike.kinds.id_regions`).
    region: np.ndarray | None = None
    numbered: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def rows(self) -> int:
        return len(self.birth)

    @property
    def birth(self) -> np.ndarray:
        """Birth days since 1970-01-01."""
        if self.person is None:
            assert self.numbered is not None
            return self.numbered[0]
        return self.person.birth

    @property
    def male(self) -> np.ndarray:
        if self.person is None:
            assert self.numbered is not None
            return self.numbered[1]
        return self.person.male

    @property
    def latent(self) -> PersonLatent:
        """The latent people (schemes that encode names need them)."""
        assert self.person is not None
        return self.person

    @cached_property
    def date(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Year, month and day of birth."""
        dates = self.birth.astype("datetime64[D]")
        years = dates.astype("datetime64[Y]")
        months = dates.astype("datetime64[M]")
        return (
            years.astype(np.int64) + 1970,
            (months - years.astype("datetime64[M]")).astype(np.int64) + 1,
            (dates - months.astype("datetime64[D]")).astype(np.int64) + 1,
        )


#: Renders compact ASCII (one row per value) from the facts and the free parts.
Render = Callable[[Facts, Draws], np.ndarray]


@dataclass(frozen=True, eq=False)
class PersonScheme:
    """How one person-encoding identifier is written."""

    country: str
    render: Render
    #: Radices of the free parts, in the order the renderer asks for them (unique values
    #: enumerate this space); None: the scheme's check rules leave holes, so no enumeration.
    free: tuple[int, ...] | None
    layout: str | None = None
    #: Region codes this scheme reads from the address (a key of ``place_codes``), if any.
    region: str | None = None
    #: Draws a region for rows whose address has none (e.g. another country's address).
    region_weights: np.ndarray | None = None
    #: Loads the tables the renderer reads for this person and address model (before
    #: worker processes fork, so they share them).
    prepare: Callable[[PersonModel, AddressModel | None], object] | None = None
    #: Some values are shorter: the renderer pads them with NUL bytes, dropped at the end.
    ragged: bool = False

    @property
    def capacity(self) -> int | None:
        return None if self.free is None else math.prod(self.free)


#: The flagship locale of each country, for a scheme's people and places when the row has none.
HOME_LOCALE = {
    "IT": "it_IT", "CN": "zh_CN", "FR": "fr_FR", "PK": "ur_PK", "IN": "en_IN", "BR": "pt_BR",
    "US": "en_US", "GB": "en_GB", "ES": "es_ES", "DE": "de_DE", "NL": "nl_NL", "JP": "ja_JP",
    "SE": "sv_SE", "PL": "pl_PL", "KR": "ko_KR", "DK": "da_DK", "NO": "no_NO", "FI": "fi_FI",
    "EE": "et_EE", "BE": "nl_BE", "RO": "ro_RO", "BG": "bg_BG", "CZ": "cs_CZ", "ZA": "zu_ZA",
}  # fmt: skip


@dataclass(frozen=True, eq=False)
class PersonIdColumn(Column):
    """Identifiers computed from the row's latent person (and address)."""

    name: str
    scheme: PersonScheme
    person: PersonModel
    person_group: str
    address: AddressModel | None
    address_group: str
    formatted: bool
    #: ``person_group: null``: unique values number their holders too (birth day, sex and
    #: region come from the index), so the whole scheme can be enumerated.
    numbered: bool = False
    arrow_type: pa.DataType = pa.string()

    @property
    def capacity(self) -> int | None:  # type: ignore[override]
        free = self.scheme.capacity
        if free is None or not self.numbered:
            return free
        _, days = self._birth_span
        return free * days * 2 * len(self._regions)

    @cached_property
    def _birth_span(self) -> tuple[int, int]:
        """First birth day (since 1970) of the model's people, and how many days follow."""
        _, first_day, last_day = self.person.ages
        return int(first_day.min()), int(last_day.max() - first_day.min() + 1)

    @cached_property
    def _regions(self) -> np.ndarray:
        weights = self.scheme.region_weights
        return np.array([-1]) if weights is None else np.flatnonzero(weights)

    @property
    def widen_hint(self) -> str:  # type: ignore[override]
        return (
            f"a unique {self.name} encodes each row's person, which leaves that many free "
            "values; drop unique, or set person_group: null if the values need not describe "
            "the row's person"
        )

    def warm(self) -> None:
        _ = self.person.first_names, self.person.ages
        if self.address is not None and self.scheme.region is not None:
            place_codes(self.scheme.region, self.address)
        if self.scheme.prepare is not None:
            self.scheme.prepare(self.person, self.address)

    def _numbered(self, index: np.ndarray) -> tuple[Facts, np.ndarray]:
        """Holders numbered by the index, and what is left of it for the free parts."""
        free = self.scheme.capacity
        assert free is not None
        first, days = self._birth_span
        index = index.astype(np.uint64)
        rest = index // np.uint64(free)
        birth = first + (rest % np.uint64(days)).astype(np.int64)
        rest //= np.uint64(days)
        male = (rest % np.uint64(2)) == 1
        region = self._regions[
            (rest // np.uint64(2) % np.uint64(len(self._regions))).astype(np.int64)
        ]
        facts = Facts(self.person, None, None, numbered=(birth, male))
        facts.region = region if self.scheme.region is not None else None
        return facts, index % np.uint64(free)

    def _facts(self, ctx: BlockContext) -> Facts:
        person = self.person.latent(ctx, self.person_group)
        address = None if self.address is None else self.address.latent(ctx, self.address_group)
        facts = Facts(self.person, person, address)
        if self.scheme.region is not None and address is not None:
            region = place_codes(self.scheme.region, address.model)[address.place]
            weights = self.scheme.region_weights
            missing = region < 0
            if weights is not None and missing.any():
                drawn = ctx.rng("region").choice(len(weights), size=ctx.rows, p=weights)
                region = np.where(missing, drawn, region)
            facts.region = region
        return facts

    def _text(self, compact: np.ndarray) -> pa.Array:
        text = layout_text(compact, self.scheme.layout, self.formatted)
        if self.scheme.ragged:
            text = pc.utf8_rtrim(text, characters="\x00")
        return text

    def sample(self, ctx: BlockContext) -> pa.Array:
        return self._text(self.scheme.render(self._facts(ctx), Draws(ctx.rows, ctx.rng(), None)))

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        if self.numbered:
            facts, index = self._numbered(index)
        else:
            facts = self._facts(ctx)
        return self._text(self.scheme.render(facts, Draws(len(index), None, index)))


def _address_for(spec: IdentifierField, env: Env, country: str) -> tuple[AddressModel, str]:
    """The row's address group when it is in the scheme's country, else a hidden one there."""
    found = env.groups.get("address", spec.address_group)
    if isinstance(found, AddressModel) and profile_for(found.locale).country == country:
        return found, spec.address_group
    return AddressModel(HOME_LOCALE[country]), f"{spec.address_group}@{country}"


def compile_person_identifier(
    spec: IdentifierField, env: Env, scheme: PersonScheme, names_matter: bool
) -> PersonIdColumn:
    """A column of ``spec.scheme`` that reads the row's person (and address).

    ``names_matter``: the scheme encodes names, so a table without a person group
    uses people of the scheme's country rather than of the dataset's locale.
    """
    group = spec.person_group or f"#{env.path}"  # null: a private person nobody else reads
    locale = spec.locale
    if locale is None and names_matter:
        locale = HOME_LOCALE.get(scheme.country)
    if locale is not None:
        profile_for(locale, f"{env.path}.locale")
    person = person_model_for(env, group, locale)
    address, address_group = (None, "")
    if scheme.region is not None:
        address, address_group = _address_for(spec, env, scheme.country)
    if spec.unique and scheme.free is None:
        raise SpecError(
            f"{spec.scheme} cannot be unique: its check digits rule out some serials of "
            "each birth date, so values cannot be enumerated; drop unique",
            path=f"{env.path}.unique",
        )
    return PersonIdColumn(
        spec.scheme, scheme, person, group, address, address_group, spec.formatted,
        numbered=spec.person_group is None,
    )  # fmt: skip
