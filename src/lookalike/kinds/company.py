"""Companies: names with the locale's legal suffixes, industries, sizes, websites and jobs.

Fields of one company ``group`` read one latent company per row, so the
website and email are built from the name in the same row, and the size
category fits the employee count.

>>> import lookalike
>>> row = lookalike.generate({"seed": 3, "locale": "en_GB", "tables": {"c": {"rows": 1,
...     "fields": {"name": {"kind": "company"},
...                "website": {"kind": "company", "attribute": "website"}}}}}).to_pylist()[0]
>>> row["website"].startswith("https://www.")
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
from lookalike.kinds.base import (
    BlockContext,
    Column,
    Env,
    GroupLatent,
    int64_array,
    register,
    typed_array,
)
from lookalike.locales.data import Pool, json_file, make_pool, name_pool
from lookalike.locales.profiles import profile_for
from lookalike.spec import CompanyField
from lookalike.strings import join, string_array

_SIZES = string_array(["Micro", "Small", "Medium", "Large", "Enterprise"])
_SIZE_LIMITS = np.array([10, 50, 250, 5000])


def _int32(values: np.ndarray) -> pa.Array:
    return typed_array(values.astype(np.int32), pa.int32())


@dataclass(frozen=True, eq=False)
class CompanyData:
    """The word lists one locale's companies are made of."""

    words: Pool
    suffixes: pa.StringArray
    suffix_table: AliasTable
    industries: pa.StringArray
    sub_industries: pa.StringArray
    sub_start: np.ndarray  # first sub-industry of each industry
    sub_count: np.ndarray
    titles: pa.StringArray
    departments: pa.StringArray


def _pairs(value: Any) -> list[tuple[str, float]]:
    """[[name, weight], ...] or {name: weight} or [name, ...] as (name, weight) pairs."""
    if isinstance(value, dict):
        return [(str(k), float(v)) for k, v in value.items()]
    out = []
    for item in value:
        if isinstance(item, list | tuple):
            out.append((str(item[0]), float(item[1]) if len(item) > 1 else 1.0))
        else:
            out.append((str(item), 1.0))
    return out


@cache
def company_data(locale: str) -> CompanyData:
    """Load (once) the company vocabulary for ``locale``."""
    raw: dict[str, Any] = json_file("companies.json")
    suffixes_by_locale = raw.get("suffixes") or raw.get("legal_suffixes") or {}
    suffixes = _pairs(suffixes_by_locale.get(locale) or suffixes_by_locale.get("en_US") or [])
    industries_raw = raw.get("industries") or {}
    if isinstance(industries_raw, dict):
        industries = [(k, list(v)) for k, v in industries_raw.items()]
    else:
        industries = [
            (str(i.get("name") or i.get("industry")), list(i.get("sub_industries") or []))
            for i in industries_raw
        ]
    subs: list[str] = []
    starts, counts = [], []
    for name, children in industries:
        starts.append(len(subs))
        children = children or [name]
        subs.extend(str(c) for c in children)
        counts.append(len(children))
    jobs = raw.get("jobs") or raw.get("job_titles") or []
    titles = [str(j[0]) if isinstance(j, list | tuple) else str(j.get("title")) for j in jobs]
    departments = [
        str(j[1]) if isinstance(j, list | tuple) else str(j.get("department")) for j in jobs
    ]
    words_raw = raw.get("words") or raw.get("name_words") or []
    words = (
        [w for w, _ in _pairs(words_raw)]
        if not isinstance(words_raw, dict)
        else list(words_raw.get(locale) or words_raw.get("en_US") or [])
    )
    return CompanyData(
        words=make_pool(words, np.ones(len(words)), []),
        suffixes=string_array([s for s, _ in suffixes]),
        suffix_table=AliasTable.from_weights([w for _, w in suffixes]),
        industries=string_array([n for n, _ in industries]),
        sub_industries=string_array(subs),
        sub_start=np.array(starts, dtype=np.int64),
        sub_count=np.array(counts, dtype=np.int64),
        titles=string_array(titles),
        departments=string_array(departments),
    )


@dataclass(frozen=True)
class CompanyModel:
    locale: str
    reference_year: int

    @cached_property
    def data(self) -> CompanyData:
        return company_data(self.locale)

    @cached_property
    def surnames(self) -> Pool:
        return name_pool(self.locale, "last")

    def latent(self, ctx: BlockContext, group: str) -> CompanyLatent:
        """This block's companies for ``group`` (built once, shared by its columns)."""
        latent: CompanyLatent = ctx.latent(
            f"company:{group}:{self.locale}", lambda: CompanyLatent(self, ctx, group)
        )
        return latent


class CompanyLatent(GroupLatent):
    """One block of latent companies (see :class:`GroupLatent`)."""

    model: CompanyModel

    @cached_property
    def style(self) -> np.ndarray:
        return self._rng("style").integers(0, 4, self.rows)

    @cached_property
    def first_word(self) -> np.ndarray:
        return self.model.data.words.table.lookup(self._uniform("word-1"))

    @cached_property
    def second_word(self) -> np.ndarray:
        return self.model.data.words.table.lookup(self._uniform("word-2"))

    @cached_property
    def surname_a(self) -> np.ndarray:
        return self.model.surnames.table.lookup(self._uniform("surname-1"))

    @cached_property
    def surname_b(self) -> np.ndarray:
        return self.model.surnames.table.lookup(self._uniform("surname-2"))

    @cached_property
    def suffix(self) -> np.ndarray:
        return self.model.data.suffix_table.lookup(self._uniform("suffix"))

    @cached_property
    def industry(self) -> np.ndarray:
        return self._rng("industry").integers(0, len(self.model.data.industries), self.rows)

    @cached_property
    def sub_industry(self) -> np.ndarray:
        data = self.model.data
        within = self._uniform("sub-industry") * data.sub_count[self.industry]
        sub: np.ndarray = data.sub_start[self.industry] + within.astype(np.int64)
        return sub

    @cached_property
    def founded(self) -> np.ndarray:
        # Most firms are young; a few are very old.
        age = np.minimum(self._rng("age").exponential(18.0, self.rows).astype(np.int64), 180)
        founded: np.ndarray = self.model.reference_year - 1 - age
        return founded

    @cached_property
    def employees(self) -> np.ndarray:
        drawn = self._rng("employees").lognormal(np.log(18.0), 1.9, self.rows)
        return np.maximum(1, drawn).astype(np.int64)

    @cached_property
    def job(self) -> np.ndarray:
        return self._rng("job").integers(0, max(len(self.model.data.titles), 1), self.rows)


@dataclass(frozen=True)
class CompanyColumn(Column):
    model: CompanyModel
    group: str
    attribute: str
    tld: str

    @property
    def arrow_type(self) -> pa.DataType:
        if self.attribute in {"employee_count", "founded_year"}:
            return pa.int64()
        return pa.string()

    def _base_name(self, latent: CompanyLatent, slugs: bool) -> pa.Array:
        """The name without its legal suffix, in one of four styles (or its slug)."""
        words = self.model.data.words
        surnames = self.model.surnames
        word_text = words.slugs if slugs else words.values
        surname_text = surnames.slugs if slugs else surnames.values
        first = word_text.take(_int32(latent.first_word))
        second = word_text.take(_int32(latent.second_word))
        surname_a = surname_text.take(_int32(latent.surname_a))
        surname_b = surname_text.take(_int32(latent.surname_b))
        space = "" if slugs else " "
        amp = "and" if slugs else " & "
        styles = [
            join(first, second, space),
            join(surname_a, amp, surname_b, ""),
            join(surname_a, second, space),
            join(first, surname_a, space),
        ]
        result = styles[0]
        for number in (1, 2, 3):
            mask = typed_array((latent.style == number).astype(np.uint8), pa.uint8())
            result = pc.if_else(pc.cast(mask, pa.bool_()), styles[number], result)
        return result

    def warm(self) -> None:
        _ = self.model.data, self.model.surnames

    def sample(self, ctx: BlockContext) -> pa.Array:
        latent = self.model.latent(ctx, self.group)
        data = self.model.data
        attribute = self.attribute
        if attribute == "employee_count":
            return int64_array(latent.employees)
        if attribute == "founded_year":
            return int64_array(latent.founded)
        if attribute == "size_category":
            return _SIZES.take(_int32(np.searchsorted(_SIZE_LIMITS, latent.employees, "right")))
        if attribute == "industry":
            return data.industries.take(_int32(latent.industry))
        if attribute == "sub_industry":
            return data.sub_industries.take(_int32(latent.sub_industry))
        if attribute == "job_title":
            return data.titles.take(_int32(latent.job))
        if attribute == "department":
            return data.departments.take(_int32(latent.job))
        suffix = data.suffixes.take(_int32(latent.suffix))
        if attribute == "suffix":
            return suffix
        base = self._base_name(latent, slugs=False)
        if attribute == "name":
            return join(base, suffix, " ")
        if attribute == "trading_name":
            return base
        domain = join(self._base_name(latent, slugs=True), self.tld, ".")
        if attribute == "domain":
            return domain
        if attribute == "website":
            return join("https://www.", domain, "")
        if attribute == "email":
            return join("info@", domain, "")
        sub = data.sub_industries.take(_int32(latent.sub_industry))
        return join(
            base, " is a ", pc.utf8_lower(sub), " business founded in ",
            pc.cast(int64_array(latent.founded), pa.string()), ".", "",
        )  # fmt: skip


@register("company")
def compile_company(spec: CompanyField, env: Env) -> Column:
    """Compile a ``company`` field; its group's model is shared with the group's fields."""
    locale = spec.locale or env.locale
    profile = profile_for(locale, f"{env.path}.locale")
    if spec.unique:
        raise SpecError("company fields cannot be unique", path=f"{env.path}.unique")
    model = env.groups.define(
        "company", spec.group, CompanyModel(locale, env.reference_time.year), env.path
    )
    return CompanyColumn(model, spec.group, spec.attribute, profile.tld)
