"""Field kinds as strict pydantic models, one per kind, joined by a ``kind`` tag.

These are data only: what a field asks for. How a kind turns into a column
lives in :mod:`lookalike.kinds`. Every model forbids unknown keys so a typo in
a spec is an error that names it, not a silently ignored option.

>>> IntegerField(min_value=1, max_value=6)
IntegerField(kind='integer', min_value=1, max_value=6)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from lookalike.spec.series import Seasonality, parse_interval

Scalar = str | int | float | bool
Distribution = Literal["uniform", "normal", "lognormal", "exponential", "poisson", "zipf"]
ContinuousDistribution = Literal["uniform", "normal", "lognormal", "exponential"]
#: A point in time: an ISO date/datetime, ``now``/``today``, or ``now-2y``, ``now+30d``...
TimePoint = str | dt.date | dt.datetime


class FieldBase(BaseModel):
    """Options every field has, whatever its kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    null_rate: float = Field(0.0, ge=0.0, le=1.0, description="Share of rows left null.")
    unique: bool = Field(False, description="No two non-null values are equal.")
    hidden: bool = Field(
        False, description="Generated for other fields' expressions but not written out."
    )
    nullable: bool | None = Field(
        None,
        description="May the column hold nulls (a database NOT NULL constraint when false)? "
        "Defaults to true when null_rate is above 0.",
    )
    description: str | None = None
    pii: bool = Field(
        False,
        description="The column a spec was extracted from holds personal data; its values are "
        "never copied, only generated.",
    )
    pii_reason: str | None = Field(None, description="Why the column counts as personal data.")

    @property
    def allows_nulls(self) -> bool:
        """Whether the column may hold nulls (``nullable``, else ``null_rate > 0``)."""
        return self.nullable if self.nullable is not None else self.null_rate > 0

    def __repr_args__(self) -> Any:
        # Show only what was set, so a repr reads like the call that built it.
        kind = getattr(self, "kind", None)
        if kind is not None:
            yield "kind", kind
        for name in type(self).model_fields:
            if name != "kind" and name in self.model_fields_set:
                yield name, getattr(self, name)


class IntegerField(FieldBase):
    """Whole numbers from a distribution, clipped to ``[min_value, max_value]``.

    ``mean``/``stddev`` shape normal, poisson (``mean``) and exponential (``mean``);
    lognormal takes ``mean`` as its median and ``sigma`` as its shape; zipf takes
    ``exponent`` (> 1) and counts up from ``min_value``.
    """

    kind: Literal["integer"] = "integer"
    min_value: int = 0
    max_value: int = 1_000_000
    distribution: Distribution = "uniform"
    mean: float | None = None
    stddev: float | None = Field(None, gt=0)
    sigma: float | None = Field(None, gt=0)
    exponent: float | None = Field(None, gt=1)
    tails: Literal["clip", "truncate"] = Field(
        "clip",
        description="clip: values beyond the bounds land on them; truncate: they are "
        "redrawn, so the bounds get no extra weight (best for zipf).",
    )


class DecimalField(FieldBase):
    """Fixed-point numbers with ``scale`` digits after the point (prices, amounts)."""

    kind: Literal["decimal"] = "decimal"
    min_value: Decimal = Decimal(0)
    max_value: Decimal = Decimal(1000)
    scale: int = Field(2, ge=0, le=9)
    distribution: ContinuousDistribution = "uniform"
    mean: float | None = None
    stddev: float | None = Field(None, gt=0)
    sigma: float | None = Field(None, gt=0)


class FloatField(FieldBase):
    """Floating-point numbers from a distribution, optionally rounded to ``round`` digits."""

    kind: Literal["float"] = "float"
    min_value: float = 0.0
    max_value: float = 1.0
    distribution: ContinuousDistribution = "uniform"
    mean: float | None = None
    stddev: float | None = Field(None, gt=0)
    sigma: float | None = Field(None, gt=0)
    round: int | None = Field(None, ge=0, le=15)


class BooleanField(FieldBase):
    """``true`` with the given probability."""

    kind: Literal["boolean"] = "boolean"
    probability: float = Field(0.5, ge=0.0, le=1.0)


class ChoiceField(FieldBase):
    """One of ``values``, drawn with ``weights`` (equal when omitted), or, with
    ``order: cycle``, each value in turn by row number (row ``i`` holds
    ``values[i % len(values)]``: a lookup table's rows kept as they were)."""

    kind: Literal["choice"] = "choice"
    values: list[Scalar] = Field(min_length=1)
    weights: list[float] | None = None
    order: Literal["random", "cycle"] = "random"

    @model_validator(mode="after")
    def _weights_match(self) -> ChoiceField:
        if self.weights is not None:
            if len(self.weights) != len(self.values):
                raise ValueError(
                    f"weights has {len(self.weights)} entries but values has "
                    f"{len(self.values)}; give one weight per value"
                )
            if any(w < 0 for w in self.weights) or not sum(self.weights) > 0:
                raise ValueError("weights must be >= 0 and sum to more than 0")
        return self


class DateField(FieldBase):
    """Calendar dates between two points (ISO dates or ``now-2y`` style offsets)."""

    kind: Literal["date"] = "date"
    min_value: TimePoint = "now-1y"
    max_value: TimePoint = "now"


class DatetimeField(FieldBase):
    """Timestamps between two points, at ``resolution``, optionally zoned."""

    kind: Literal["datetime"] = "datetime"
    min_value: TimePoint = "now-1y"
    max_value: TimePoint = "now"
    resolution: Literal["s", "ms", "us"] = "s"
    timezone: str | None = None


class TimeField(FieldBase):
    """Times of day between ``min_value`` and ``max_value`` (``HH:MM[:SS]``)."""

    kind: Literal["time"] = "time"
    min_value: dt.time = dt.time(0, 0, 0)
    max_value: dt.time = dt.time(23, 59, 59)

    @field_validator("min_value", "max_value", mode="before")
    @classmethod
    def _quoted(cls, value: Any) -> Any:
        # YAML reads an unquoted 12:30 as the number 750 (base 60).
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError('write times in quotes, e.g. "12:30"')
        return value


class SequenceField(FieldBase):
    """``start``, ``start + step``, ... by row number: keys and counters."""

    kind: Literal["sequence"] = "sequence"
    start: int = 1
    step: int = 1
    per: str | None = Field(
        None,
        description="Restart for each parent row of this link (the table's `rows: {per: ...}`), "
        "e.g. line numbers 1, 2, 3 within each order.",
    )

    @model_validator(mode="after")
    def _step_not_zero(self) -> SequenceField:
        if self.step == 0:
            raise ValueError("step must not be 0; use kind: constant for a fixed value")
        return self


class UuidField(FieldBase):
    """Textual UUIDs: version 4 (random) or 7 (time-ordered, Unix milliseconds)."""

    kind: Literal["uuid"] = "uuid"
    version: Literal[4, 7] = 4
    min_value: TimePoint = Field("now-1y", description="Earliest v7 timestamp.")
    max_value: TimePoint = Field("now", description="Latest v7 timestamp.")


class PatternField(FieldBase):
    r"""Strings from a pattern: ``#`` digit, ``%`` digit 1-9, ``?`` A-Z, ``@`` a-z,
    ``*`` A-Z or 0-9, ``^`` hex digit; ``\`` makes the next character literal."""

    kind: Literal["pattern"] = "pattern"
    pattern: str = Field(min_length=1)


class TextField(FieldBase):
    """Lorem ipsum: ``min_count`` to ``max_count`` words or sentences."""

    kind: Literal["text"] = "text"
    unit: Literal["words", "sentences"] = "words"
    min_count: int = Field(3, ge=1, le=1000)
    max_count: int = Field(8, ge=1, le=1000)


class ConstantField(FieldBase):
    """The same value in every row."""

    kind: Literal["constant"] = "constant"
    value: Scalar


class DerivedField(FieldBase):
    """A SQL expression over the row's other columns.

    ``quantity * unit_price``, ``first || ' ' || last``,
    ``CASE WHEN status = 'shipped' THEN shipped_at END``. ``type`` casts the
    result (``int64``, ``float64``, ``string``, ``bool``, ``date``,
    ``decimal(12,2)``...).
    """

    kind: Literal["derived"] = "derived"
    expr: str = Field(min_length=1)
    type: str | None = None


class LocaleFieldBase(FieldBase):
    """Options shared by the realistic, locale-aware kinds."""

    locale: str | None = Field(None, description="Overrides the dataset's locale.")


class PersonField(LocaleFieldBase):
    """A person's name, gender and birth date; fields of one ``group`` describe one person.

    All fields with the same ``group`` in a table share one latent person per
    row, so ``first_name``, ``full_name``, ``gender`` and ``age`` agree, and an
    ``internet`` email built from that group uses the same names. ``unique: true``
    on ``full_name`` gives every row its own first-and-last-name pair (drawn evenly
    from every pair of the locale's pools, through a keyed permutation, so the
    group's emails and usernames use those names too).
    """

    kind: Literal["person"] = "person"
    attribute: Literal[
        "first_name", "last_name", "full_name", "middle_name", "title", "gender",
        "date_of_birth", "age",
    ] = "full_name"  # fmt: skip
    group: str = "person"
    gender: Literal["any", "male", "female"] = "any"
    min_age: int = Field(18, ge=0, le=120)
    max_age: int = Field(90, ge=0, le=120)
    names: Literal["weighted", "distinct"] = Field(
        "weighted",
        description="weighted: names as often as people bear them; distinct: every row of "
        "the group its own first-and-last-name pair (as unique: true on full_name does).",
    )
    pools: Literal["shipped", "drafted"] = Field(
        "shipped",
        description="drafted: the shipped name pools widened by the names drafted for the "
        "locale with `lookalike pools draft` (names, first_names_*, last_names), if any.",
    )


class AddressField(LocaleFieldBase):
    """Part of a real-looking address; fields of one ``group`` describe one place.

    The postcode exists and belongs to the town, the town lies in its county or
    region, and the coordinates are near the town.
    """

    kind: Literal["address"] = "address"
    attribute: Literal[
        "building_number", "street", "street_address", "town", "city", "county", "state",
        "region", "postcode", "country", "country_code", "full", "multiline", "latitude",
        "longitude",
    ] = "full"  # fmt: skip
    group: str = "address"


class PhoneField(LocaleFieldBase):
    """Phone numbers in the locale's numbering plan.

    ``mode: valid`` (default) draws from the ranges libphonenumber accepts;
    ``mode: safe`` only from ranges the regulator reserves for fiction (few).
    A landline takes its area code from the row's ``address_group`` town where
    the locale has geographic codes.
    """

    kind: Literal["phone"] = "phone"
    type: Literal["mobile", "landline"] = "mobile"
    format: Literal["national", "e164", "international"] = "national"
    mode: Literal["valid", "safe"] = "valid"
    address_group: str = "address"


class InternetField(LocaleFieldBase):
    """Emails and usernames from the row's person, and other internet values."""

    kind: Literal["internet"] = "internet"
    attribute: Literal[
        "email", "username", "url", "domain", "ipv4", "ipv6", "mac", "user_agent",
        "password_hash",
    ] = "email"  # fmt: skip
    domain: str | None = Field(None, description="Email domain (e.g. testcorp.co.uk).")
    style: Literal["mixed", "first.last", "first.last.N"] = Field(
        "mixed",
        description="Email local parts: mixed (first.last, first_last or firstlast, mostly "
        "with a number), first.last (a number sometimes), or first.last.N (always "
        "firstname.lastname.N, the mock-data API's shape).",
    )
    person_group: str = "person"
    mode: Literal["valid", "safe"] = Field(
        "valid", description="safe: reserved example domains only (RFC 2606)."
    )
    address_space: Literal["public", "private", "any"] = Field(
        "public",
        description="ipv4/ipv6: public (allocated, routable space of the locale's registry), "
        "private (RFC 1918, unique local fd00::/8) or any.",
    )


class CompanyField(LocaleFieldBase):
    """Companies, their names, industries and people's jobs; one ``group`` = one company."""

    kind: Literal["company"] = "company"
    attribute: Literal[
        "name", "trading_name", "suffix", "industry", "sub_industry", "website", "domain",
        "email", "employee_count", "size_category", "founded_year", "job_title",
        "department", "description",
    ] = "name"  # fmt: skip
    group: str = "company"


class FinanceField(LocaleFieldBase):
    """Bank and card details with valid check digits, currencies and amounts."""

    kind: Literal["finance"] = "finance"
    attribute: Literal[
        "iban", "bic", "bank_name", "card_number", "card_scheme", "card_expiry", "cvv",
        "currency", "amount", "account_number", "sort_code",
    ] = "iban"  # fmt: skip
    scheme: Literal["any", "visa", "mastercard", "amex", "discover"] = "any"
    country: str | None = Field(None, description="IBAN country; defaults to the locale's.")
    min_value: float = 1.0
    max_value: float = 1000.0
    group: str = "account"


class IdentifierField(LocaleFieldBase):
    """National identifiers, tax numbers and product codes with valid check digits."""

    kind: Literal["identifier"] = "identifier"
    scheme: Literal[
        "isbn13", "isbn10", "ean13", "upc", "nhs_number", "ni_number", "ssn", "ein",
        "steuer_id", "nir", "dni", "nie", "cpf",
        "cnpj", "bsn", "aadhaar", "pan", "cnic", "my_number", "ric", "codice_fiscale", "vat",
        "utr", "personnummer", "pesel", "rrn", "cpr", "fodselsnummer", "hetu", "isikukood",
        "rijksregisternummer", "cnp", "egn", "rodne_cislo", "za_id_number",
    ]  # fmt: skip
    country: str | None = Field(None, description="For vat: the country (default: locale's).")
    formatted: bool = Field(True, description="Use the usual separators (e.g. 943 476 5919).")
    person_group: str | None = Field(
        "person",
        description="Schemes that encode their holder (birth date, sex, names) describe this "
        "person group's person; null: a person of their own.",
    )
    address_group: str = Field(
        "address", description="Schemes that encode a region take it from this address group."
    )


class PoolField(LocaleFieldBase):
    """Values of a pool drafted once for the locale (``lookalike pools draft``), by name.

    Read from the data directory when the spec is planned (``$LOOKALIKE_HOME``);
    a pool that was never drafted is an error that says how to draft it.
    """

    kind: Literal["pool"] = "pool"
    name: Literal[
        "names", "first_names_female", "first_names_male", "last_names", "streets",
        "companies", "products", "job_titles",
    ] = Field(description="The pool's domain, as drafted.")  # fmt: skip


class FakerField(LocaleFieldBase):
    """Any Faker provider method, row by row (slower: the one per-row Python path)."""

    kind: Literal["faker"] = "faker"
    method: str = Field(min_length=1)
    args: list[Any] = Field(default_factory=list)
    kwargs: dict[str, Any] = Field(default_factory=dict)


class EmpiricalField(FieldBase):
    """Values that follow a profile of a source column, learned without copying a row.

    Numbers, dates and datetimes come from ``quantiles``: evenly spaced cut points
    of the source's distribution (extremes already clipped), interpolated.
    Categories come from ``values`` with ``weights``; ``other`` is the share of
    rows drawn from ``fallback`` (a field spec) in place of categories too rare
    to keep. Free text comes from ``lengths`` (quantiles of its length).
    ``lookalike extract --profile`` writes these.
    """

    kind: Literal["empirical"] = "empirical"
    type: Literal["integer", "float", "decimal", "date", "datetime", "string", "boolean"] = "float"
    quantiles: list[float | str] | None = Field(None, min_length=2)
    values: list[Scalar] | None = None
    weights: list[float] | None = None
    other: float = Field(0.0, ge=0.0, le=1.0, description="Share of rows from `fallback`.")
    fallback: dict[str, Any] | None = Field(None, description="Field spec for the `other` rows.")
    lengths: list[int] | None = Field(None, min_length=2, description="String length quantiles.")
    scale: int = Field(2, ge=0, le=9, description="Decimals of a decimal column.")

    @model_validator(mode="after")
    def _one_shape(self) -> EmpiricalField:
        given = [n for n in ("quantiles", "values", "lengths") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of quantiles, values or lengths")
        if (
            self.values is not None
            and self.weights is not None
            and (len(self.weights) != len(self.values))
        ):
            raise ValueError("weights needs one entry per value")
        if self.other > 0 and self.fallback is None:
            raise ValueError("other > 0 needs a fallback field for those rows")
        return self


class ReferenceField(FieldBase):
    """A column of another table's row: a foreign key, or a parent's value.

    Fields of one table that name the same ``link`` (by default the referenced
    table's name) read the same parent row, so ``product_id: {ref: products.id}``
    and ``unit_price: {ref: products.price}`` agree, and composite keys hold.

    >>> ReferenceField(ref="customers.id")
    ReferenceField(kind='reference', ref='customers.id')
    """

    kind: Literal["reference"] = "reference"
    ref: str = Field(
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$",
        description="`table.column` of the parent.",
    )
    link: str | None = Field(
        None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="Name of the parent row this field reads; fields sharing a link read the "
        "same row. Defaults to the parent table's name.",
    )
    distribution: Literal["uniform", "zipf"] = Field(
        "uniform", description="How parents are picked: evenly, or a few popular ones (zipf)."
    )
    exponent: float = Field(1.2, gt=1, description="Skew of the zipf distribution.")
    distinct: bool = Field(
        False,
        description="Within one parent of the table's `rows: {per: ...}`, never pick the same "
        "row twice (junction tables: no duplicate pairs).",
    )
    depth: int | None = Field(
        None,
        ge=1,
        le=64,
        description="Self-references only: levels of the tree (roots have no parent).",
    )

    @property
    def parent_table(self) -> str:
        """The referenced table."""
        return self.ref.split(".", 1)[0]

    @property
    def parent_column(self) -> str:
        """The referenced column."""
        return self.ref.split(".", 1)[1]

    @property
    def link_name(self) -> str:
        """The parent row this field reads (``link`` or the parent table's name)."""
        return self.link or self.parent_table


class SeriesFieldBase(FieldBase):
    """The time grid a series field lives on (a table's ``series:`` option fills these in).

    Row ``r`` is entity ``r % entities`` at step ``r // entities``: rows are in
    time order, every entity once per step.
    """

    entities: int = Field(1, ge=1, le=10**7, description="Series side by side.")
    start: TimePoint = Field("now-30d", description="The first step's timestamp.")
    interval: str | int = Field("1h", description="Time step: 1min, 5min, 1h, 1day...")
    calendar: Literal["all", "weekdays"] = Field(
        "all", description="weekdays: daily steps skip weekends (trading days)."
    )

    @field_validator("interval")
    @classmethod
    def _interval(cls, value: str | int) -> str | int:
        parse_interval(value)
        return value


class SeriesTimeField(SeriesFieldBase):
    """Each row's timestamp on the grid: ``start + step * interval``."""

    kind: Literal["series_time"] = "series_time"


class SeriesEntityField(SeriesFieldBase):
    """Each row's entity: ``prefix`` and a zero-padded number, or one of ``values``; or
    where the entity is (``attribute: latitude | longitude``: a real addressed place of
    the ``country``, the same for every row of the entity)."""

    kind: Literal["series_entity"] = "series_entity"
    attribute: Literal["label", "latitude", "longitude"] = "label"
    prefix: str = "E"
    values: list[str] | None = Field(None, description="Labels, one per entity (cycled).")
    country: str | None = Field(None, description="Where entities are; default: the locale's.")


class SeriesShapeBase(SeriesFieldBase):
    """What is added to a walk: trend, seasonality, noise, per-entity offsets, gaps."""

    trend: float = Field(0.0, description="Change per day, the same for every entity.")
    trend_spread: float = Field(
        0.0, ge=0, description="Stddev of each entity's own extra change per day (drift)."
    )
    entity_spread: float = Field(0.0, ge=0, description="Stddev of each entity's fixed offset.")
    seasonality: Seasonality | None = None
    noise: float = Field(0.0, ge=0, description="Stddev of independent noise on each reading.")
    outage_rate: float = Field(0.0, ge=0, le=1, description="Share of readings lost in gaps.")
    outage_steps: int = Field(12, ge=1, description="Length of one gap, in steps.")
    min_value: float | None = Field(None, description="Readings are clipped to this floor.")
    max_value: float | None = Field(None, description="Readings are clipped to this ceiling.")
    round: int | None = Field(None, ge=0, le=15)
    group: str | None = Field(
        None, description="Fields of one group share one path (e.g. a price and its volume)."
    )


class RandomWalkField(SeriesShapeBase):
    """A random walk: ``start_value`` plus Gaussian steps of ``step_stddev`` and ``drift``."""

    kind: Literal["random_walk"] = "random_walk"
    start_value: float = 0.0
    step_stddev: float = Field(1.0, ge=0)
    drift: float = Field(0.0, description="Mean change per step.")


class GbmField(SeriesShapeBase):
    """Prices by geometric Brownian motion, with market and sector correlation.

    ``drift`` and ``volatility`` are yearly (a year is 252 steps on the weekdays
    calendar with daily steps, else its length in steps). ``attribute: return``
    gives each step's log-return and ``volume`` a traded volume that rises with
    the size of the move.
    """

    kind: Literal["gbm"] = "gbm"
    attribute: Literal["price", "return", "volume"] = "price"
    start_value: float = Field(100.0, gt=0)
    start_values: list[float] | None = Field(
        None, description="First prices, one per entity (cycled); overrides start_value."
    )
    drift: float = 0.05
    volatility: float = Field(0.2, ge=0)
    periods_per_year: float | None = Field(None, gt=0)
    sectors: int = Field(1, ge=1, le=1000, description="Entity j is in sector j % sectors.")
    market_correlation: float = Field(0.0, ge=0, le=1)
    sector_correlation: float = Field(0.0, ge=0, le=1)
    volume_mean: float = Field(1_000_000.0, gt=0, description="Typical volume on a quiet step.")
    volume_sensitivity: float = Field(
        40.0, ge=0, description="Volume multiplies by exp(this x |log-return|)."
    )

    @model_validator(mode="after")
    def _loadings(self) -> GbmField:
        if self.market_correlation + self.sector_correlation > 1:
            raise ValueError("market_correlation + sector_correlation must be at most 1")
        return self


class MeanRevertingField(SeriesShapeBase):
    """An Ornstein-Uhlenbeck process: readings wander around ``mean`` with long-run
    ``stddev``, half of any deviation gone after ``half_life`` steps."""

    kind: Literal["mean_reverting"] = "mean_reverting"
    mean: float = 0.0
    stddev: float = Field(1.0, ge=0)
    half_life: float = Field(24.0, gt=0, description="In steps.")
    start_value: float | None = Field(None, description="Defaults to the mean.")


class EventTimeField(FieldBase):
    """Timestamps of events whose rate follows the clock and the calendar.

    The rate at any hour is ``hours[hour] * weekdays[weekday] * months[month]``,
    growing by ``growth`` a year: sales peak in December and at lunchtime,
    clinics open 8 to 18 on weekdays, traffic has bursts. ``round_to`` puts
    events on slots (``15min`` appointments).
    """

    kind: Literal["event_time"] = "event_time"
    min_value: TimePoint = "now-1y"
    max_value: TimePoint = "now"
    hours: list[float] | None = Field(None, description="24 weights, hour 0 first.")
    weekdays: list[float] | None = Field(None, description="7 weights, Monday first.")
    months: list[float] | None = Field(None, description="12 weights, January first.")
    growth: float = Field(0.0, gt=-1, description="Yearly growth of the rate (0.1 = +10%).")
    burst_rate: float = Field(0.0, ge=0, le=1, description="Share of hours with a burst.")
    burst_factor: float = Field(10.0, ge=1, description="How many times busier a burst is.")
    round_to: str | int | None = Field(None, description="Slot length: 5min, 15min, 1h...")

    @model_validator(mode="after")
    def _lengths(self) -> EventTimeField:
        for name, size in (("hours", 24), ("weekdays", 7), ("months", 12)):
            weights = getattr(self, name)
            if weights is not None:
                if len(weights) != size:
                    raise ValueError(f"{name} needs {size} weights, got {len(weights)}")
                if any(w < 0 for w in weights) or not sum(weights) > 0:
                    raise ValueError(f"{name} weights must be >= 0 and sum to more than 0")
        if self.round_to is not None:
            parse_interval(self.round_to)
        return self


class LedgerField(SeriesFieldBase):
    """Bank account entries on a series grid whose balances add up.

    Entity ``j`` is an account; each row is one entry. Amounts are debits
    (card payments, bills: lognormal around ``debit_median``) or, with
    ``credit_rate``, credits (salary, transfers in), several times likelier from
    ``payday`` to the month's end. A ``fraud_rate`` share of debits are fraud:
    larger and labelled. ``balance`` is the opening balance plus every amount so
    far, so ``balance - amount`` is the balance before the entry.
    """

    kind: Literal["ledger"] = "ledger"
    attribute: Literal["amount", "balance", "balance_before", "is_fraud"] = "amount"
    opening_median: float = Field(2500.0, gt=0, description="Typical opening balance.")
    debit_median: float = Field(35.0, gt=0)
    debit_sigma: float = Field(1.0, gt=0, le=5)
    credit_rate: float = Field(0.06, ge=0, le=1)
    credit_median: float = Field(900.0, gt=0)
    credit_sigma: float = Field(0.7, gt=0, le=5)
    payday: int = Field(25, ge=1, le=31, description="Credits cluster from this day on.")
    fraud_rate: float = Field(0.01, ge=0, le=1)
    fraud_factor: float = Field(6.0, ge=1, description="Fraud debits are this many times larger.")
    group: str = "ledger"


class TripField(LocaleFieldBase):
    """A journey between two towns of the country, one per row; fields of one ``group``
    describe one trip. Towns are drawn by population; the distance is the great circle
    times the mode's road factor, the duration that distance at the mode's speed."""

    kind: Literal["trip"] = "trip"
    attribute: Literal[
        "origin", "destination", "origin_latitude", "origin_longitude",
        "destination_latitude", "destination_longitude", "distance_km", "duration_minutes",
        "path",
    ] = "origin"  # fmt: skip
    mode: Literal["driving", "truck", "cycling", "walking", "flying"] = "driving"
    country: str | None = Field(None, description="Defaults to the locale's country.")
    group: str = "trip"


class PoiField(LocaleFieldBase):
    """A point of interest near a town: its name, category and coordinates; fields of one
    ``group`` describe one place."""

    kind: Literal["poi"] = "poi"
    attribute: Literal["name", "category", "city", "latitude", "longitude", "distance_km"] = "name"
    category: str = Field("any", description="restaurant, cafe, hotel, ... or any.")
    city: str | None = Field(None, description="One town; default: towns drawn by population.")
    country: str | None = Field(None, description="Defaults to the locale's country.")
    group: str = "poi"


FieldSpec = Annotated[
    IntegerField
    | DecimalField
    | FloatField
    | BooleanField
    | ChoiceField
    | DateField
    | DatetimeField
    | TimeField
    | SequenceField
    | UuidField
    | PatternField
    | TextField
    | ConstantField
    | DerivedField
    | ReferenceField
    | PersonField
    | AddressField
    | PhoneField
    | InternetField
    | CompanyField
    | FinanceField
    | IdentifierField
    | FakerField
    | PoolField
    | EmpiricalField
    | SeriesTimeField
    | SeriesEntityField
    | RandomWalkField
    | GbmField
    | MeanRevertingField
    | EventTimeField
    | LedgerField
    | TripField
    | PoiField,
    Field(discriminator="kind"),
]

#: Every kind name, in the order the docs list them.
KIND_NAMES: tuple[str, ...] = (
    "integer", "decimal", "float", "boolean", "choice", "date", "datetime", "time",
    "sequence", "uuid", "pattern", "text", "constant", "derived", "reference", "person", "address",
    "phone", "internet", "company", "finance", "identifier", "faker", "pool", "empirical",
    "series_time", "series_entity", "random_walk", "gbm", "mean_reverting", "event_time",
    "ledger", "trip", "poi",
)  # fmt: skip
