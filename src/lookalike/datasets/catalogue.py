"""The dataset types ``create_dataset`` knows, each a table of a shipped domain template.

A file name says which dataset it is: ``sales.csv`` is the sales table of the
business template, ``stocks.parquet`` the stocks table of the financial one,
``my_patients_2024.xlsx`` the patients table of the healthcare one.

>>> dataset_for("sales.csv").template, dataset_for("q3_web_logs.json").table
('business', 'web_logs')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lookalike.errors import SpecError


@dataclass(frozen=True)
class DatasetType:
    """One dataset: the template and table it comes from, and its own options.

    ``options`` maps an option of ``create_dataset`` (``fraud_rate=0.02``) to the
    places in the table it sets: ``fields.NAME.KEY`` or ``series.KEY``.
    """

    name: str
    template: str
    table: str
    description: str
    aliases: tuple[str, ...] = ()
    time_field: str | None = None
    options: dict[str, tuple[str, ...]] = field(default_factory=dict)


_SERIES = {"entities": ("series.entities",)}

DATASETS: tuple[DatasetType, ...] = (
    DatasetType("customers", "business", "customers", "Customers with ages, places, sign-ups.",
                ("customer", "clients"), "registered_at"),
    DatasetType("products", "business", "products", "A catalogue of 496 products."),
    DatasetType("sales", "business", "sales",
                "Sales by month, weekday and hour; regional tastes; the country's payment mix.",
                ("sale", "transactions_retail", "retail"), "sold_at"),
    DatasetType("orders", "business", "orders", "Online orders with shipping choices.",
                ("ecommerce", "e_commerce", "order"), "ordered_at"),
    DatasetType("order_items", "business", "order_items", "Lines of the orders.",
                ("items", "line_items")),
    DatasetType("returns", "business", "returns", "Returned order lines with reasons."),
    DatasetType("stocks", "financial", "stocks",
                "Daily prices by correlated GBM on trading days, volume tied to moves.",
                ("stock", "stock_prices", "equities", "market"), "date",
                {**_SERIES, "tickers": ("series.entities",),
                 "volatility": ("fields.close.volatility", "fields.daily_return.volatility",
                                "fields.volume.volatility")}),
    DatasetType("crypto", "financial", "crypto", "Hourly coin prices, 24/7, high volatility.",
                ("cryptocurrency", "coins", "bitcoin"), "timestamp",
                {**_SERIES, "coins": ("series.entities",),
                 "volatility": ("fields.price.volatility", "fields.hourly_return.volatility",
                                "fields.volume.volatility")}),
    DatasetType("accounts", "financial", "accounts", "Bank accounts of customers.",
                ("bank_accounts",), "opened_at"),
    DatasetType("transactions", "financial", "transactions",
                "Bank transactions with daily and monthly rhythm, balances, labelled fraud.",
                ("banking", "bank_transactions", "payments"), "booked_at",
                {**_SERIES, "accounts": ("series.entities",),
                 "fraud_rate": tuple(f"fields.{f}.fraud_rate" for f in (
                     "is_fraud", "amount", "balance_before", "balance_after"))}),
    DatasetType("patients", "healthcare", "patients",
                "Patients with the country's age and sex structure.", ("patient",)),
    DatasetType("appointments", "healthcare", "appointments",
                "Appointments in clinic hours with specialties, diagnoses and no-shows.",
                ("appointment", "visits", "medical_history"), "starts_at",
                {"no_show_rate": ("fields.no_show.probability",)}),
    DatasetType("diagnoses", "healthcare", "diagnoses",
                "The ICD-10-CM codes of the appointments, with titles and specialties.",
                ("diagnosis_codes", "icd10")),
    DatasetType("web_logs", "technology", "web_logs",
                "Web server requests: status mix, long-tailed latency, bursts.",
                ("weblogs", "server_logs", "access_logs", "logs", "web_analytics", "api_calls"),
                "requested_at"),
    DatasetType("app_sessions", "technology", "app_sessions", "Mobile app usage sessions.",
                ("app_usage", "sessions", "user_sessions"), "started_at"),
    DatasetType("system_metrics", "technology", "system_metrics",
                "CPU, memory and disk of servers every minute.",
                ("metrics", "server_metrics", "system_logs"), "timestamp",
                {**_SERIES, "hosts": ("series.entities",)}),
    DatasetType("sensor_readings", "iot", "sensor_readings",
                "Sensors with daily cycles, drift, noise, gaps and battery decline.",
                ("iot", "sensors", "sensor_data", "iot_sensors", "readings", "telemetry",
                 "weather", "environmental"), "timestamp",
                {**_SERIES, "sensors": ("series.entities",)}),
    DatasetType("profiles", "social", "profiles", "Social network users.",
                ("users", "user_profiles", "social_profiles"), "joined_at"),
    DatasetType("follows", "social", "follows", "Who follows whom: a heavy-tailed graph.",
                ("followers", "follow_graph", "connections"), "followed_at"),
    DatasetType("posts", "social", "posts", "Posts with likes, shares and comments.",
                ("social_media", "social", "post"), "posted_at"),
)  # fmt: skip

_BY_NAME = {name: d for d in DATASETS for name in (d.name, *d.aliases)}


def dataset_names() -> list[str]:
    """Every dataset type, in catalogue order."""
    return [d.name for d in DATASETS]


def dataset_for(filename: str | Path) -> DatasetType:
    """The dataset a file name asks for: its stem, or the longest dataset name inside it."""
    stem = Path(str(filename)).name.split(".")[0].lower().replace("-", "_")
    if stem in _BY_NAME:
        return _BY_NAME[stem]
    words = set(re.split(r"[^a-z]+", stem))
    found = [n for n in _BY_NAME if n in words or ("_" in n and n in stem)]
    if found:
        return _BY_NAME[max(found, key=len)]
    raise SpecError(
        f"cannot tell the dataset from {Path(str(filename)).name!r}; name the file after one "
        f"of {', '.join(dataset_names())} (e.g. sales.csv)",
        path="filename",
    )
