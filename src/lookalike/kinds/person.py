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
from functools import cached_property

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, int64_array, register, typed_array
from lookalike.locales.data import Pool, name_pool
from lookalike.locales.profiles import profile_for
from lookalike.spec import PersonField
from lookalike.strings import string_array

_EPOCH = dt.date(1970, 1, 1)
_FAMILY_NAME_FIRST = {"ja", "zh"}
_NO_SPACE = {"ja", "zh"}
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

    @cached_property
    def language(self) -> str:
        return profile_for(self.locale).language

    @cached_property
    def pools(self) -> tuple[Pool, Pool, Pool]:
        return (
            name_pool(self.locale, "first_female"),
            name_pool(self.locale, "first_male"),
            name_pool(self.locale, "last"),
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

    def latent(self, ctx: BlockContext, group: str) -> PersonLatent:
        """This block's people for ``group`` (drawn once, shared by the group's columns)."""

        def build() -> PersonLatent:
            draws, n = ctx.streams(group=group), ctx.rows
            female_pool, male_pool, last_pool = self.pools
            # Every draw happens whatever the fields are, in a fixed order, so
            # adding a field never changes the others.
            share_male = {"any": 0.5, "male": 1.0, "female": 0.0}[self.gender]
            male = next(draws).random(n) < share_male
            first_m, first_f = male_pool.sample(next(draws), n), female_pool.sample(next(draws), n)
            first = np.where(male, first_m, first_f)
            middle_m = male_pool.sample(next(draws), n)
            middle_f = female_pool.sample(next(draws), n)
            middle = np.where(male, middle_m, middle_f)
            has_middle = next(draws).random(n) < 0.35
            last = last_pool.sample(next(draws), n)
            age_table, first_day, last_day = self.ages
            age = age_table.sample(next(draws), n)
            span = last_day[age] - first_day[age] + 1
            birth = first_day[age] + (next(draws).random(n) * span).astype(np.int64)
            _, female_titles, male_titles, _ = self.titles
            title_m = male_titles.sample(next(draws), n)
            title = np.where(male, title_m, female_titles.sample(next(draws), n))
            return PersonLatent(male, first, middle, has_middle, last, birth, title)

        latent: PersonLatent = ctx.latent(f"person:{group}:{self!r}", build)
        return latent


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True, eq=False)
class PersonLatent:
    male: np.ndarray
    first: np.ndarray
    middle: np.ndarray
    has_middle: np.ndarray
    last: np.ndarray
    birth: np.ndarray  # days since 1970
    title: np.ndarray


def _names(pools: tuple[Pool, Pool, Pool], male: np.ndarray, index: np.ndarray) -> pa.Array:
    """First names: women's from one pool, men's from the other, merged in row order."""
    female_pool, male_pool, _ = pools
    # Each pool is read at every row (clamped); the gender then picks the right one.
    female = female_pool.values.take(
        typed_array(np.minimum(index, len(female_pool) - 1).astype(np.int32), pa.int32())
    )
    male_names = male_pool.values.take(
        typed_array(np.minimum(index, len(male_pool) - 1).astype(np.int32), pa.int32())
    )
    return pc.if_else(typed_bool(male), male_names, female)


def typed_bool(mask: np.ndarray) -> pa.Array:
    """Arrow booleans from numpy (bit-packed, no pandas import)."""
    from lookalike.kinds.base import bool_array

    return bool_array(mask)


@dataclass(frozen=True)
class PersonColumn(Column):
    model: PersonModel
    group: str
    attribute: str

    @property
    def arrow_type(self) -> pa.DataType:
        return {"date_of_birth": pa.date32(), "age": pa.int64()}.get(self.attribute, pa.string())

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
        last = pools[2].values.take(typed_array(person.last.astype(np.int32), pa.int32()))
        if attribute == "last_name":
            return last
        first = _names(pools, person.male, person.first)
        if attribute == "first_name":
            return first
        if attribute == "middle_name":
            middle = _names(pools, person.male, person.middle)
            return pc.if_else(typed_bool(person.has_middle), middle, pa.scalar(None, pa.string()))
        language = self.model.language
        separator = "" if language in _NO_SPACE else " "
        if language in _FAMILY_NAME_FIRST:
            return pc.binary_join_element_wise(last, first, separator)
        return pc.binary_join_element_wise(first, last, separator)

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
    if spec.unique:
        raise SpecError(
            "person fields cannot be unique (real names repeat); make an email or username "
            "unique instead",
            path=f"{env.path}.unique",
        )
    model = PersonModel(locale, spec.gender, spec.min_age, spec.max_age, env.reference_time.date())
    model = env.groups.define("person", spec.group, model, env.path)
    return PersonColumn(model, spec.group, spec.attribute)


def person_model_for(env: Env, group: str, locale: str | None) -> PersonModel:
    """The model of ``group`` if a person field defines it, else the default person."""
    found = env.groups.get("person", group)
    if isinstance(found, PersonModel):
        return found
    return PersonModel(locale or env.locale, "any", 18, 90, env.reference_time.date())
