"""Healthcare template: clinic hours, specialties that fit, real codes, no-shows, age structure."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pytest

with warnings.catch_warnings():
    # The code list package reads its data file with a deprecated importlib call.
    warnings.simplefilter("ignore", DeprecationWarning)
    import simple_icd_10_cm as icd  # type: ignore[import-untyped]

DomainTable = Callable[..., pa.Table]


@pytest.fixture(scope="module")
def appointments(domain_table: DomainTable) -> pa.Table:
    return domain_table("healthcare", "appointments", 40_000, extra={"no_show_rate": 0.2})


def test_appointments_fall_in_clinic_hours_on_weekdays(appointments: pa.Table) -> None:
    starts = appointments.column("starts_at").to_pylist()
    assert all(s.weekday() < 5 for s in starts)
    assert all(8 <= s.hour < 18 for s in starts)
    assert all(s.minute % 15 == 0 and s.second == 0 for s in starts)
    winter = sum(s.month in (12, 1, 2) for s in starts)
    summer = sum(s.month in (6, 7, 8) for s in starts)
    assert winter > 1.25 * summer


def test_specialties_fit_the_patient_and_codes_are_icd10cm(
    appointments: pa.Table, domain_table: DomainTable
) -> None:
    patients = domain_table("healthcare", "patients", None)
    facts = dict(zip(patients.column("patient_id").to_pylist(), zip(
        patients.column("age").to_pylist(), patients.column("sex").to_pylist(), strict=True),
        strict=True))  # fmt: skip
    rows = zip(appointments.column("patient_id").to_pylist(),
               appointments.column("specialty").to_pylist(), strict=True)  # fmt: skip
    for patient, specialty in rows:
        age, sex = facts[patient]
        if specialty == "Pediatrics":
            assert age < 16
        if specialty == "Gynecology":
            assert sex == "Female"
        if age < 16:
            assert specialty in {"Pediatrics", "Dermatology", "Ophthalmology", "Orthopedics"}
    codes = domain_table("healthcare", "diagnoses", None)
    titles = dict(zip(codes.column("diagnosis_code").to_pylist(),
                      codes.column("description").to_pylist(), strict=True))  # fmt: skip
    assert len(titles) == 38  # two codes serve two specialties
    for code, title in titles.items():
        assert icd.is_valid_item(code), code
        assert icd.get_description(code) == title
    used = set(zip(appointments.column("specialty").to_pylist(),
                   appointments.column("diagnosis_code").to_pylist(), strict=True))  # fmt: skip
    listed = set(zip(codes.column("specialty").to_pylist(),
                     codes.column("diagnosis_code").to_pylist(), strict=True))  # fmt: skip
    assert used == listed


def test_no_shows_are_the_asked_share_and_booked_further_ahead(appointments: pa.Table) -> None:
    status = np.array(appointments.column("status").to_pylist())
    past = status != "Scheduled"
    missed = (status[past] == "No-show").mean()
    assert abs(missed - 0.2) < 5 * np.sqrt(0.2 * 0.8 / past.sum())
    lead = np.array(appointments.column("lead_days").to_pylist())
    assert np.median(lead[status == "No-show"]) > 1.8 * np.median(lead[status == "Completed"])


@pytest.mark.parametrize(("older", "younger"), [("jp", "pk"), ("de", "in")])
def test_patient_ages_follow_the_country(
    domain_table: DomainTable, older: str, younger: str
) -> None:
    old = np.array(domain_table("healthcare", "patients", 8000, country=older).column("age"))
    young = np.array(domain_table("healthcare", "patients", 8000, country=younger).column("age"))
    assert np.median(old) - np.median(young) > 12


def test_women_outnumber_men_among_the_old(domain_table: DomainTable) -> None:
    patients = domain_table("healthcare", "patients", 20_000)
    ages = np.array(patients.column("age").to_pylist())
    female = np.array(patients.column("sex").to_pylist()) == "Female"
    # About 0.6 against 0.5 by design; 0.05 is over four standard errors at these sizes.
    assert female[ages >= 75].mean() > female[(ages >= 20) & (ages < 50)].mean() + 0.05
    born = patients.column("date_of_birth").to_pylist()
    years = np.array([2026 - b.year for b in born])
    assert np.abs(years - ages).max() <= 1
