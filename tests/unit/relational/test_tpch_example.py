"""The shipped TPC-H example keeps TPC-H's rules: checked on its output with SQL.

``examples/tpch/tpch.yaml`` is generated at scale factor 0.05 (300k line items over
75k orders: several blocks of each, so per-parent layouts, lookups and the orders'
totals cross block boundaries) into Parquet, then every rule is one DuckDB query
over the files that counts the rows breaking it. Keys must join both ways.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import lookalike

duckdb = pytest.importorskip("duckdb")

SPEC = Path(__file__).parents[3] / "examples" / "tpch" / "tpch.yaml"
SCALE = 0.05
TABLES = ("region", "nation", "supplier", "part", "partsupp", "customer", "orders", "lineitem")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    out = tmp_path_factory.mktemp("tpch")
    lookalike.write(SPEC, out, format="parquet", scale=SCALE, workers=1)
    connection = duckdb.connect()
    for table in TABLES:
        connection.execute(f"CREATE VIEW {table} AS SELECT * FROM '{out / table}.parquet'")
    yield connection
    connection.close()


def scalar(db: object, sql: str) -> object:
    row = db.execute(sql).fetchone()  # type: ignore[attr-defined]
    assert row is not None
    return row[0]


def test_row_counts_follow_the_scale_factor_but_region_and_nation_do_not(db: object) -> None:
    counts = {t: int(str(scalar(db, f"SELECT count(*) FROM {t}"))) for t in TABLES}
    assert counts["region"] == 5
    assert counts["nation"] == 25
    assert counts["supplier"] == 10_000 * SCALE
    assert counts["part"] == 200_000 * SCALE
    assert counts["partsupp"] == 4 * counts["part"]
    assert counts["customer"] == 150_000 * SCALE
    assert counts["orders"] == 1_500_000 * SCALE
    assert 1 * counts["orders"] <= counts["lineitem"] <= 7 * counts["orders"]


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ("region", "r_regionkey"),
        ("nation", "n_nationkey"),
        ("supplier", "s_suppkey"),
        ("part", "p_partkey"),
        ("partsupp", "ps_partkey, ps_suppkey"),
        ("customer", "c_custkey"),
        ("orders", "o_orderkey"),
        ("lineitem", "l_orderkey, l_linenumber"),
    ],
)
def test_primary_keys_are_unique_and_not_null(db: object, table: str, key: str) -> None:
    sql = f"SELECT count(*) - count(DISTINCT ({key})) FROM {table}"
    assert scalar(db, sql) == 0
    nulls = " OR ".join(f"{k} IS NULL" for k in key.split(", "))
    assert scalar(db, f"SELECT count(*) FROM {table} WHERE {nulls}") == 0


@pytest.mark.parametrize(
    ("child", "columns", "parent", "parent_columns"),
    [
        ("nation", "n_regionkey", "region", "r_regionkey"),
        ("supplier", "s_nationkey", "nation", "n_nationkey"),
        ("customer", "c_nationkey", "nation", "n_nationkey"),
        ("partsupp", "ps_partkey", "part", "p_partkey"),
        ("partsupp", "ps_suppkey", "supplier", "s_suppkey"),
        ("orders", "o_custkey", "customer", "c_custkey"),
        ("lineitem", "l_orderkey", "orders", "o_orderkey"),
        ("lineitem", "l_partkey, l_suppkey", "partsupp", "ps_partkey, ps_suppkey"),
    ],
)
def test_foreign_keys_join(
    db: object, child: str, columns: str, parent: str, parent_columns: str
) -> None:
    on = " AND ".join(
        f"c.{a} = p.{b}"
        for a, b in zip(columns.split(", "), parent_columns.split(", "), strict=True)
    )
    orphans = f"SELECT count(*) FROM {child} c ANTI JOIN {parent} p ON {on}"
    assert scalar(db, orphans) == 0


def test_every_order_has_one_to_seven_lines_numbered_from_one(db: object) -> None:
    sql = """SELECT count(*) FROM (SELECT count(*) AS n, min(l_linenumber) AS lo,
             max(l_linenumber) AS hi FROM lineitem GROUP BY l_orderkey)
             WHERE n NOT BETWEEN 1 AND 7 OR lo <> 1 OR hi <> n"""
    assert scalar(db, sql) == 0
    assert (
        scalar(db, "SELECT count(*) FROM orders ANTI JOIN lineitem ON l_orderkey = o_orderkey") == 0
    )


def test_every_part_has_four_different_suppliers(db: object) -> None:
    sql = """SELECT count(*) FROM (SELECT count(DISTINCT ps_suppkey) AS n FROM partsupp
             GROUP BY ps_partkey) WHERE n <> 4"""
    assert scalar(db, sql) == 0


def test_order_keys_are_sparse_like_dbgen(db: object) -> None:
    # The first 8 keys of every 32, in order: 1..8, 33..40, ...
    sql = """SELECT count(*) FROM (SELECT o_orderkey, row_number() OVER (ORDER BY o_orderkey)
             - 1 AS n FROM orders) WHERE o_orderkey <> n // 8 * 32 + n % 8 + 1"""
    assert scalar(db, sql) == 0


def test_every_third_customer_has_no_orders(db: object) -> None:
    assert scalar(db, "SELECT count(*) FROM orders WHERE o_custkey % 3 = 0") == 0


#: Each rule as the rows that break it (TPC-H 4.2.3).
LINE_RULES = {
    "ship after order": "l_shipdate <= o_orderdate OR l_shipdate > o_orderdate + 121",
    "commit 30-90 days after order": (
        "l_commitdate NOT BETWEEN o_orderdate + 30 AND o_orderdate + 90"
    ),
    "receipt 1-30 days after ship": "l_receiptdate NOT BETWEEN l_shipdate + 1 AND l_shipdate + 30",
    "extended price from the part": "l_extendedprice <> l_quantity * p_retailprice",
    "quantity 1-50": "l_quantity NOT BETWEEN 1 AND 50",
    "discount 0-0.10": "l_discount NOT BETWEEN 0 AND 0.10",
    "tax 0-0.08": "l_tax NOT BETWEEN 0 AND 0.08",
    "return flag from receipt": """(l_receiptdate <= DATE '1995-06-17'
        AND l_returnflag NOT IN ('R', 'A'))
        OR (l_receiptdate > DATE '1995-06-17' AND l_returnflag <> 'N')""",
    "line status from ship": """l_linestatus <> CASE WHEN l_shipdate > DATE '1995-06-17'
        THEN 'O' ELSE 'F' END""",
    "comment 10-43 characters": "length(l_comment) NOT BETWEEN 10 AND 43",
}


@pytest.mark.parametrize("rule", list(LINE_RULES))
def test_line_rules_hold_on_every_line(db: object, rule: str) -> None:
    sql = f"""SELECT count(*) FROM lineitem JOIN orders ON l_orderkey = o_orderkey
              JOIN part ON l_partkey = p_partkey WHERE {LINE_RULES[rule]}"""
    assert scalar(db, sql) == 0


def test_retail_price_is_tpch_formula_of_the_key(db: object) -> None:
    sql = """SELECT count(*) FROM part WHERE p_retailprice <>
             (90000 + (p_partkey // 10) % 20001 + 100 * (p_partkey % 1000)) / 100"""
    assert scalar(db, sql) == 0


def test_order_total_and_status_come_from_its_lines(db: object) -> None:
    sql = """WITH lines AS (
               SELECT l_orderkey,
                      sum(round(l_extendedprice * (1 + l_tax) * (1 - l_discount), 2)) AS total,
                      CASE WHEN bool_and(l_linestatus = 'F') THEN 'F'
                           WHEN bool_and(l_linestatus = 'O') THEN 'O' ELSE 'P' END AS status
               FROM lineitem GROUP BY l_orderkey)
             SELECT count(*) FROM orders JOIN lines ON l_orderkey = o_orderkey
             WHERE o_totalprice <> total OR o_orderstatus <> status"""
    assert scalar(db, sql) == 0
    statuses = dict(db.execute("SELECT o_orderstatus, count(*) FROM orders GROUP BY 1").fetchall())  # type: ignore[attr-defined]
    assert set(statuses) == {"F", "O", "P"}  # all three occur, as in TPC-H


def test_order_dates_and_values_in_tpch_ranges(db: object) -> None:
    sql = """SELECT count(*) FROM orders WHERE o_orderdate NOT BETWEEN DATE '1992-01-01'
             AND DATE '1998-08-02' OR o_orderpriority NOT IN
             ('1-URGENT', '2-HIGH', '3-MEDIUM', '4-NOT SPECIFIED', '5-LOW')
             OR o_clerk NOT SIMILAR TO 'Clerk#[0-9]{9}' OR o_shippriority <> 0"""
    assert scalar(db, sql) == 0


def test_parts_suppliers_and_customers_in_tpch_formats(db: object) -> None:
    assert (
        scalar(
            db,
            """SELECT count(*) FROM part WHERE p_brand <> 'Brand#' ||
        substr(p_mfgr, 14) || '' || substr(p_brand, 8) OR p_size NOT BETWEEN 1 AND 50
        OR len(string_split(p_name, ' ')) <> 5""",
        )
        == 0
    )
    for table, prefix, name in (("supplier", "s", "Supplier"), ("customer", "c", "Customer")):
        sql = f"""SELECT count(*) FROM {table} WHERE {prefix}_name <> '{name}#' ||
                  lpad({prefix}_{"supp" if prefix == "s" else "cust"}key::VARCHAR, 9, '0')
                  OR {prefix}_phone NOT SIMILAR TO '[0-9]{{2}}-[0-9]{{3}}-[0-9]{{3}}-[0-9]{{4}}'
                  OR substr({prefix}_phone, 1, 2)::INT <> {prefix}_nationkey + 10
                  OR {prefix}_acctbal NOT BETWEEN -999.99 AND 9999.99"""
        assert scalar(db, sql) == 0


def test_comments_come_from_the_grammar(db: object) -> None:
    words = db.execute(  # type: ignore[attr-defined]
        """SELECT word, count(*) FROM (SELECT unnest(string_split(o_comment, ' ')) AS word
           FROM orders) GROUP BY 1 ORDER BY 2 DESC LIMIT 40"""
    ).fetchall()
    common = {w for w, _ in words}
    assert {"the", "furiously", "carefully"} & common  # TPC-H's words, not lorem ipsum
    assert not {"lorem", "ipsum"} & common
