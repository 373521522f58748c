"""Financial template: volatility, correlation, trading days, balances and fraud."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyarrow as pa
import pytest

import lookalike
from lookalike.datasets.build import DomainOptions, domain_spec
from lookalike.pipeline import collect_table

DomainTable = Callable[..., pa.Table]


def grid(table: pa.Table, column: str, entities: int) -> np.ndarray:
    values = np.array(table.column(column).to_pylist(), dtype=float)
    shaped: np.ndarray = values.reshape(-1, entities)
    return shaped


@pytest.fixture(scope="module")
def stocks(domain_table: DomainTable) -> pa.Table:
    return domain_table("financial", "stocks", None,
                        date_range=("2010-01-01", "2020-01-01"), extra={"tickers": 20})  # fmt: skip


def test_stock_returns_have_the_stated_volatility_on_trading_days(stocks: pa.Table) -> None:
    returns = grid(stocks, "daily_return", 20)[1:]
    yearly = returns.std(axis=0) * np.sqrt(252)
    assert abs(yearly.mean() - 0.28) < 0.015
    days = {d.weekday() for d in stocks.column("date").to_pylist()}
    assert days == {0, 1, 2, 3, 4}
    assert stocks.num_rows == 20 * int(np.busday_count("2010-01-01", "2020-01-01"))


def test_tickers_of_one_sector_move_together(stocks: pa.Table) -> None:
    corr = np.corrcoef(grid(stocks, "daily_return", 20)[1:].T)
    pairs = [(i, j) for i in range(20) for j in range(i + 1, 20)]
    same = np.mean([corr[i, j] for i, j in pairs if i % 5 == j % 5])
    other = np.mean([corr[i, j] for i, j in pairs if i % 5 != j % 5])
    # Market loading 0.3 for every pair, plus 0.25 within a sector.
    assert abs(same - 0.55) < 0.05
    assert abs(other - 0.30) < 0.05
    sectors = stocks.column("sector").to_pylist()[:10]
    assert sectors[0] == sectors[5]
    assert sectors[0] != sectors[1]


def test_volume_rises_with_the_size_of_the_move_and_prices_are_coherent(stocks: pa.Table) -> None:
    moves = np.abs(grid(stocks, "daily_return", 20)[1:]).ravel()
    volume = np.log(grid(stocks, "volume", 20)[1:]).ravel()
    assert np.corrcoef(moves, volume)[0, 1] > 0.5
    close, high, low, open_ = (grid(stocks, c, 20) for c in ("close", "high", "low", "open"))
    assert np.all(low <= np.minimum(open_, close) + 1e-9)
    assert np.all(high >= np.maximum(open_, close) - 1e-9)


def test_crypto_trades_around_the_clock_with_higher_volatility(domain_table: DomainTable) -> None:
    crypto = domain_table("financial", "crypto", None, date_range=("2024-01-01", "2024-07-01"))
    stamps = crypto.column("timestamp").to_pylist()
    assert {s.weekday() for s in stamps} == set(range(7))
    assert {s.hour for s in stamps} == set(range(24))
    returns = grid(crypto, "hourly_return", 5)[1:]
    assert abs(returns.std(axis=0).mean() * np.sqrt(8766) - 0.75) < 0.05
    assert crypto.column("symbol").to_pylist()[:2] == ["BTC", "ETH"]


@pytest.fixture(scope="module")
def ledger(domain_table: DomainTable) -> pa.Table:
    return domain_table("financial", "transactions", 300_000, extra={"fraud_rate": 0.03})


def test_balances_add_up_across_every_block(ledger: pa.Table) -> None:
    amount, before, after = (grid(ledger, c, 1000) for c in ("amount", "balance_before",
                                                             "balance_after"))  # fmt: skip
    assert np.allclose(after - before, amount, atol=0.011)
    assert np.allclose(before[1:], after[:-1], atol=0.011)  # rows 65,536 apart too


def test_fraud_is_the_asked_share_and_looks_like_fraud(ledger: pa.Table) -> None:
    fraud = np.array(ledger.column("is_fraud").to_pylist())
    amount = np.array(ledger.column("amount").to_pylist())
    debits = amount < 0
    share = fraud[debits].mean()
    assert abs(share - 0.03) < 5 * np.sqrt(0.03 * 0.97 / debits.sum())
    assert np.median(-amount[fraud]) > 4 * np.median(-amount[debits & ~fraud])
    hours = np.array([t.hour for t in ledger.column("booked_at").to_pylist()])
    assert np.isin(hours[fraud], [23, 0, 1, 2, 3, 4, 5]).all()
    assert (hours[~fraud] >= 7).all()
    channels = np.array(ledger.column("channel").to_pylist())
    assert (channels[fraud] == "Card Not Present").mean() > 0.75
    assert (channels[~fraud & debits] == "Card Not Present").mean() == 0


def test_credits_cluster_after_payday(ledger: pa.Table) -> None:
    days = np.array([t.day for t in ledger.column("booked_at").to_pylist()])
    credit = np.array(ledger.column("amount").to_pylist()) > 0
    late = (days >= 25) | (days == 1)
    assert credit[late].mean() > 3 * credit[~late].mean()


def test_transactions_belong_to_accounts() -> None:
    spec = domain_spec("financial", {"accounts": None, "transactions": 5000}, DomainOptions())
    plan = lookalike.resolve(spec, seed=3)
    accounts = set(collect_table(plan, "accounts").column("account_id").to_pylist())
    used = set(collect_table(plan, "transactions").column("account_id").to_pylist())
    assert used == accounts
