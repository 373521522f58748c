"""People: names with real frequencies, gender, title, date of birth and age.

Every field of one person ``group`` reads the same latent person, drawn once
per block from the group's own stream: a row's ``first_name``, ``full_name``,
``gender``, ``age`` and the email built from it all agree.

>>> import lookalike
>>> rows = lookalike.generate({"seed": 5, "locale": "en_GB", "reference_time": "2026-01-01",
...     "tables": {"p": {"rows": 3, "fields": {
...         "first": {"kind": "person", "attribute": "first_name"},
...         "full": {"kind": "person", "attribute": "full_name"}}}}}).to_pylist()
>>> all(row["full"].startswith(row["first"] + " ") for row in rows)
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.discrete import AliasTable
from lookalike.errors import CapacityError, SpecError
from lookalike.kinds.base import (
    BlockContext,
    Column,
    Env,
    GroupLatent,
    bool_array,
    int64_array,
    register,
    typed_array,
)
from lookalike.locales.data import Pool, name_pool, widened_name_pool
from lookalike.locales.drafted import drafted_names, missing_pool
from lookalike.locales.profiles import profile_for
from lookalike.native.concat import Piece, Take, concat, padded
from lookalike.native.sampling import birth_days
from lookalike.permutation import Permutation
from lookalike.randomness import column_key
from lookalike.spec import PersonField
from lookalike.strings import null_of, string_array

_EPOCH = dt.date(1970, 1, 1)
_FAMILY_NAME_FIRST = {"ja", "zh", "ko"}
_NO_SPACE = {"ja", "zh", "ko"}
#: Naming systems without middle names: a given name and a family name only.
_NO_MIDDLE_NAME = {"ja", "zh", "ko"}
_GENDER = string_array(["Female", "Male"])

#: Titles by language: (female titles with weights, male titles with weights).
_TITLES: dict[str, tuple[list[tuple[str, float]], list[tuple[str, float]]]] = {
    "en": ([("Mrs", 45), ("Ms", 28), ("Miss", 22), ("Dr", 5)], [("Mr", 95), ("Dr", 5)]),
    "de": ([("Frau", 95), ("Dr.", 5)], [("Herr", 95), ("Dr.", 5)]),
    "fr": ([("Mme", 85), ("Mlle", 12), ("Dr", 3)], [("M.", 97), ("Dr", 3)]),
    "es": ([("Sra.", 80), ("Srta.", 17), ("Dra.", 3)], [("Sr.", 97), ("Dr.", 3)]),
    "it": ([("Sig.ra", 85), ("Sig.na", 12), ("Dott.ssa", 3)], [("Sig.", 96), ("Dott.", 4)]),
    "nl": ([("Mevr.", 95), ("Dr.", 5)], [("Dhr.", 95), ("Dr.", 5)]),
    "pt": ([("Sra.", 85), ("Srta.", 12), ("Dra.", 3)], [("Sr.", 97), ("Dr.", 3)]),
    "ja": ([("様", 1)], [("様", 1)]),
    "zh": ([("女士", 1)], [("先生", 1)]),
    "ur": ([("Mrs", 60), ("Miss", 35), ("Dr", 5)], [("Mr", 95), ("Dr", 5)]),
}


def _age_weights(low: int, high: int) -> np.ndarray:
    """A plausible adult age profile: flat to 60, thinning after."""
    ages = np.arange(low, high + 1, dtype=np.float64)
    return np.where(ages < 60, 1.0, np.exp(-(ages - 60) / 14.0))


@dataclass(frozen=True)
class PersonModel:
    """What a person group draws from; equal models mean the same latent people."""

    locale: str
    gender: str
    min_age: int
    max_age: int
    reference: dt.date
    #: Every row its own first-and-last-name pair (a unique ``full_name``).
    distinct_names: bool = False
    #: Drafted women's first, men's first and last names that widen the pools.
    drafted: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())

    @cached_property
    def language(self) -> str:
        return profile_for(self.locale).language

    @cached_property
    def pools(self) -> tuple[Pool, Pool, Pool]:
        kinds = ("first_female", "first_male", "last")
        return tuple(  # type: ignore[return-value]
            widened_name_pool(self.locale, kind, extra) if extra else name_pool(self.locale, kind)
            for kind, extra in zip(kinds, self.drafted, strict=True)
        )

    @cached_property
    def ages(self) -> tuple[AliasTable, np.ndarray, np.ndarray]:
        """Age table and, per age, the first and last birth day giving exactly that age."""
        table = AliasTable.from_weights(_age_weights(self.min_age, self.max_age))
        first, last = [], []
        for age in range(self.min_age, self.max_age + 1):
            newest = _years_before(self.reference, age)
            oldest = _years_before(self.reference, age + 1) + dt.timedelta(days=1)
            first.append((oldest - _EPOCH).days)
            last.append((newest - _EPOCH).days)
        return table, np.array(first, dtype=np.int64), np.array(last, dtype=np.int64)

    @cached_property
    def titles(self) -> tuple[pa.StringArray, AliasTable, AliasTable, int]:
        female, male = _TITLES.get(self.language, _TITLES["en"])
        names = [t for t, _ in female] + [t for t, _ in male]
        weights_f = [w for _, w in female] + [0.0] * len(male)
        weights_m = [0.0] * len(female) + [w for _, w in male]
        return (
            string_array(names),
            AliasTable.from_weights(weights_f),
            AliasTable.from_weights(weights_m),
            len(female),
        )

    @cached_property
    def name_space(self) -> tuple[np.ndarray, np.ndarray]:
        """Indices of the distinct first names (into :attr:`first_names`, for the model's
        gender) and of the distinct last names: every pair of them is a different name."""
        female, male, last = self.pools
        firsts = pa.concat_arrays([female.values, male.values])
        chosen = np.arange(len(firsts))
        if self.gender != "any":
            chosen = chosen[len(female) :] if self.gender == "male" else chosen[: len(female)]
        return _first_of_each(firsts, chosen), _first_of_each(last.values, np.arange(len(last)))

    def pair_permutation(self, seed: int, table: str, group: str) -> Permutation:
        """The keyed permutation of rows onto name pairs (see :attr:`name_space`)."""
        firsts, lasts = self.name_space
        return _pair_permutation(seed, table, group, len(firsts) * len(lasts))

    @cached_property
    def first_names(self) -> Pool:
        """Women's then men's first names in one pool, so one take serves both."""
        female, male, _ = self.pools
        return Pool(
            padded(pa.concat_arrays([female.values, male.values])),
            padded(pa.concat_arrays([female.slugs, male.slugs])),
            female.table,
        )

    def latent(self, ctx: BlockContext, group: str) -> PersonLatent:
        """This block's people for ``group`` (built once, shared by the group's columns)."""
        latent: PersonLatent = ctx.latent(
            f"person:{group}:{self!r}", lambda: PersonLatent(self, ctx, group)
        )
        return latent


def _first_of_each(values: pa.Array, candidates: np.ndarray) -> np.ndarray:
    """The candidates whose value is not a repeat of an earlier candidate's (a name in both
    the women's and the men's pool counts once)."""
    taken = values.take(pa.array(candidates))
    first = pc.index_in(taken, value_set=pc.unique(taken)).to_numpy(zero_copy_only=False)
    keep = np.zeros(len(candidates), dtype=bool)
    keep[np.unique(first, return_index=True)[1]] = True
    return candidates[keep]


@lru_cache(maxsize=64)
def _pair_permutation(seed: int, table: str, group: str, size: int) -> Permutation:
    return Permutation(size=size, key=tuple(column_key(seed, table, f"@{group}", "name-pairs")))


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


class PersonLatent(GroupLatent):
    """One block of latent people (see :class:`GroupLatent`)."""

    model: PersonModel

    @cached_property
    def male(self) -> np.ndarray:
        if self.model.distinct_names:  # the gender is the first name's
            return self._pairs[0] >= len(self.model.pools[0])
        share = {"any": 0.5, "male": 1.0, "female": 0.0}[self.model.gender]
        return self._uniform("gender") < share

    @cached_property
    def _pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """(first, last) of a keyed permutation of the row numbers over every name pair:
        distinct by construction while the table has no more rows than pairs."""
        firsts, lasts = self.model.name_space
        permutation = self.model.pair_permutation(self.ctx.seed, self.ctx.table, self.group)
        index = permutation.apply(self.ctx.row_numbers())
        count = np.uint64(len(lasts))
        return firsts[(index // count).astype(np.int64)], lasts[(index % count).astype(np.int64)]

    def _first(self, part: str) -> np.ndarray:
        """Indices into the model's combined first-name pool, by gender."""
        female, male, _ = self.model.pools
        uniform = self._uniform(part)
        return np.where(self.male, len(female) + male.table.lookup(uniform),
                        female.table.lookup(uniform))  # fmt: skip

    @cached_property
    def first(self) -> np.ndarray:
        if self.model.distinct_names:
            return self._pairs[0]  # already an index of the combined pool
        return self._first("first")

    @cached_property
    def middle(self) -> np.ndarray:
        return self._first("middle")

    @cached_property
    def has_middle(self) -> np.ndarray:
        share = 0.0 if self.model.language in _NO_MIDDLE_NAME else 0.35
        return self._uniform("has-middle") < share

    @cached_property
    def last(self) -> np.ndarray:
        if self.model.distinct_names:
            return self._pairs[1]
        return self.model.pools[2].table.lookup(self._uniform("last"))

    @cached_property
    def birth(self) -> np.ndarray:
        """Birth days (since 1970) giving each person an age in the model's range."""
        age_table, first_day, last_day = self.model.ages
        u_age = self._uniform("age")
        if not age_table.uniform:
            done = birth_days(
                u_age, self._uniform("birthday"), age_table.probability, age_table.alias,
                first_day, last_day,
            )  # fmt: skip
            if done is not None:  # compiled: the same days in one pass
                return done
        age = age_table.lookup(u_age)
        span = last_day[age] - first_day[age] + 1
        birth: np.ndarray = first_day[age] + (self._uniform("birthday") * span).astype(np.int64)
        return birth

    @cached_property
    def title(self) -> np.ndarray:
        _, female_titles, male_titles, _ = self.model.titles
        uniform = self._uniform("title")
        return np.where(self.male, male_titles.lookup(uniform), female_titles.lookup(uniform))


def _take(values: pa.Array, index: np.ndarray) -> pa.Array:
    return concat([Take(values, index)], len(index))  # one pass, short copies from the pool


@dataclass(frozen=True)
class PersonColumn(Column):
    model: PersonModel
    group: str
    attribute: str

    @property
    def arrow_type(self) -> pa.DataType:
        return {"date_of_birth": pa.date32(), "age": pa.int64()}.get(self.attribute, pa.string())

    @property
    def may_be_null(self) -> bool:  # type: ignore[override]
        return self.attribute == "middle_name"

    @property
    def positional(self) -> bool:  # type: ignore[override]
        # A unique full name: distinct by construction (the group's name pairs).
        return self.model.distinct_names and self.attribute == "full_name"

    def at_rows(self, ctx: BlockContext) -> pa.Array:
        return self.sample(ctx)

    def check_rows(self, rows: int, path: str) -> None:
        if not self.positional:
            return
        firsts, lasts = self.model.name_space
        pairs = len(firsts) * len(lasts)
        if rows > pairs:
            raise CapacityError(
                f"unique space is {pairs:,} but rows is {rows:,}: the {self.model.locale} name "
                f"pools hold {len(firsts):,} first and {len(lasts):,} last names; use fewer "
                "rows, another locale, or make an email unique instead",
                path=path,
            )

    def warm(self) -> None:
        _ = self.model.first_names, self.model.ages, self.model.titles

    def sample(self, ctx: BlockContext) -> pa.Array:
        person = self.model.latent(ctx, self.group)
        pools = self.model.pools
        attribute = self.attribute
        if attribute == "date_of_birth":
            return typed_array(person.birth.astype(np.int32), pa.date32())
        if attribute == "age":
            return int64_array(self._ages(person.birth))
        if attribute == "gender":
            return _GENDER.take(typed_array(person.male.astype(np.int32), pa.int32()))
        if attribute == "title":
            names, *_ = self.model.titles
            return names.take(typed_array(person.title.astype(np.int32), pa.int32()))
        if attribute == "last_name":
            return _take(pools[2].values, person.last)
        names = self.model.first_names.values
        if attribute == "first_name":
            return _take(names, person.first)
        if attribute == "middle_name":
            middle = _take(names, person.middle)
            return pc.if_else(bool_array(person.has_middle), middle, null_of(pa.string()))
        language = self.model.language
        first, last = Take(names, person.first), Take(pools[2].values, person.last)
        pieces: list[Piece] = [last, first] if language in _FAMILY_NAME_FIRST else [first, last]
        if language not in _NO_SPACE:
            pieces.insert(1, " ")
        return concat(pieces, ctx.rows)

    def _ages(self, birth: np.ndarray) -> np.ndarray:
        """Whole years between each birth day and the reference day (calendar exact)."""
        ref = self.model.reference
        born = birth.astype("datetime64[D]")
        years = born.astype("datetime64[Y]").astype(np.int64) + 1970
        months = born.astype("datetime64[M]").astype(np.int64) % 12 + 1
        days = (born - born.astype("datetime64[M]")).astype(np.int64) + 1
        # Not yet had this year's birthday on the reference day: one year younger.
        not_yet = (months > ref.month) | ((months == ref.month) & (days > ref.day))
        ages: np.ndarray = ref.year - years - not_yet.astype(np.int64)
        return ages


@register("person")
def compile_person(spec: PersonField, env: Env) -> Column:
    """Compile a ``person`` field (its group's model is shared with the group's other fields)."""
    if spec.min_age > spec.max_age:
        raise SpecError("min_age is greater than max_age; swap them", path=env.path)
    locale = spec.locale or env.locale
    profile_for(locale, f"{env.path}.locale")
    if spec.unique and spec.attribute != "full_name":
        raise SpecError(
            f"a person's {spec.attribute} cannot be unique (real names repeat); make "
            "full_name unique (each row its own name pair), or an email or username",
            path=f"{env.path}.unique",
        )
    # A unique full_name in the group makes every field of it describe distinct names.
    existing = env.groups.get("person", spec.group)
    distinct = spec.unique or spec.names == "distinct"
    distinct = distinct or (isinstance(existing, PersonModel) and existing.distinct_names)
    drafted = ((), (), ()) if spec.pools == "shipped" else _drafted(locale, env.path)
    model = PersonModel(
        locale, spec.gender, spec.min_age, spec.max_age, env.reference_time.date(),
        distinct_names=distinct, drafted=drafted,
    )  # fmt: skip
    model = env.groups.define("person", spec.group, model, env.path)
    return PersonColumn(model, spec.group, spec.attribute)


def _drafted(locale: str, path: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The drafted names of ``locale``, or an error saying how to draft them."""
    found = drafted_names(locale, family_first=profile_for(locale).language in ("ja", "zh", "ko"))
    if not any(found):
        raise SpecError(
            missing_pool(locale, "names") + "; or use pools: shipped", path=f"{path}.pools"
        )
    return found


def person_model_for(env: Env, group: str, locale: str | None) -> PersonModel:
    """The model of ``group`` if a person field defines it, else the default person."""
    found = env.groups.get("person", group)
    if isinstance(found, PersonModel):
        return found
    return PersonModel(locale or env.locale, "any", 18, 90, env.reference_time.date())
