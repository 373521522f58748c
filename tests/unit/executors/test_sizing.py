"""The default worker count's decisions, from the cost model alone (nothing is timed)."""

from __future__ import annotations

import pytest

from lookalike.executors.sizing import Choice, Costs, Work, choose
from lookalike.sinks.formats import FORMATS

ROW_BYTES = 157.0  # the plan's estimate of a base-types row as text
ONE_THREAD = Choice(1, False)
TWO_THREADS = Choice(2, False)


def _work(rows: int, *outputs: tuple[str, str | None], aligned: bool = True) -> Work:
    return Work(rows=rows, row_bytes=ROW_BYTES, outputs=outputs, aligned=aligned)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_small_table_stays_on_one_thread(fmt: str) -> None:
    assert choose(_work(10_000, (fmt, None)), cores=2) == ONE_THREAD


@pytest.mark.parametrize("cores", [2, 4, 16])
@pytest.mark.parametrize(
    "output", [("csv", None), ("ndjson", None), ("parquet", None), ("parquet", "zstd"),
               ("arrow", None), ("arrow", "zstd")],
)  # fmt: skip
def test_a_big_file_that_workers_encode_uses_every_core(
    output: tuple[str, str | None], cores: int
) -> None:
    assert choose(_work(10_000_000, output), cores=cores) == Choice(cores, True)


def test_a_mid_sized_file_stays_in_process_on_two_threads() -> None:
    # Half a million rows: starting processes costs more than a second thread.
    assert choose(_work(500_000, ("csv", None)), cores=2) == TWO_THREADS
    assert choose(_work(500_000, ("parquet", None)), cores=2) == TWO_THREADS


def test_the_switch_to_processes_comes_sooner_for_costlier_rows() -> None:
    def first_rows_on_processes(fmt: str) -> int:
        rows = 100_000
        while not choose(_work(rows, (fmt, None)), cores=2).processes:
            rows += 100_000
        return rows

    # JSON costs more to encode than CSV: processes pay from fewer rows.
    assert first_rows_on_processes("json") < first_rows_on_processes("csv")
    # Arrow barely encodes, so a second thread has nothing to overlap: processes it is,
    # from fewer rows than CSV, whose encoding a second thread takes over.
    assert first_rows_on_processes("arrow") < first_rows_on_processes("csv")


def test_one_core_always_gets_one_thread() -> None:
    assert choose(_work(10**9, ("csv", None)), cores=1) == ONE_THREAD


def test_without_processes_a_big_job_takes_two_threads() -> None:
    assert choose(_work(10**8, ("csv", None)), cores=8, processes=False) == TWO_THREADS


def test_a_format_only_this_process_encodes_gains_little_from_more_cores() -> None:
    # Excel is encoded here, block after block; other cores can only generate meanwhile.
    work = _work(1_000_000, ("xlsx", None))
    costs = Costs.of(work)
    assert costs.serial > 10 * costs.parallel
    best = costs.seconds(choose(work, cores=2))
    assert best > 0.9 * costs.seconds(ONE_THREAD)


def test_compressing_text_is_serial_and_parquet_codecs_are_not() -> None:
    gzip = Costs.of(_work(1_000_000, ("csv", "gzip")))
    plain = Costs.of(_work(1_000_000, ("csv", None)))
    assert gzip.parallel == plain.parallel
    assert gzip.serial > plain.serial == 0
    inner = Costs.of(_work(1_000_000, ("parquet", "gzip")))
    assert inner.serial == 0
    assert inner.parallel > Costs.of(_work(1_000_000, ("parquet", None))).parallel


def test_row_groups_workers_cannot_encode_make_encoding_serial() -> None:
    # A row range from mid-block: Parquet's row groups are encoded here.
    aligned = Costs.of(_work(1_000_000, ("parquet", None)))
    unaligned = Costs.of(_work(1_000_000, ("parquet", None), aligned=False))
    assert unaligned.serial > 0 == aligned.serial
    assert unaligned.parallel + unaligned.serial == pytest.approx(aligned.parallel + aligned.serial)
    # CSV blocks of any size are still encoded by workers.
    assert Costs.of(_work(1_000_000, ("csv", None), aligned=False)).serial == 0


def test_several_formats_at_once_are_encoded_here() -> None:
    both = Costs.of(_work(1_000_000, ("csv", None), ("parquet", None)))
    assert both.parallel == both.generate
    assert both.serial > 0


def test_batches_taken_here_still_use_processes_when_big() -> None:
    # A table in memory or a database: workers generate, this process takes batches.
    assert choose(Work(rows=10_000_000, row_bytes=ROW_BYTES), cores=2) == Choice(2, True)
    assert choose(Work(rows=10_000, row_bytes=ROW_BYTES), cores=2) == ONE_THREAD


def test_an_estimate_covers_start_up_on_processes() -> None:
    costs = Costs.of(_work(0, ("csv", None)))
    assert costs.seconds(ONE_THREAD) == 0
    assert costs.seconds(Choice(2, True)) > 0


def test_workers_starting_as_fresh_interpreters_need_a_bigger_job() -> None:
    # TPC-H lineitem (about 308 bytes of values a row) as Parquet: its plan runs Polars,
    # so workers start from a forkserver, importing everything again.
    def lineitem(rows: int) -> Work:
        return Work(rows=rows, row_bytes=308, outputs=(("parquet", None),))

    assert choose(lineitem(1_200_000), cores=2) == Choice(2, True)
    assert not choose(lineitem(1_200_000), cores=2, clean_start=True).processes
    assert not choose(lineitem(6_000_000), cores=2, clean_start=True).processes
    assert choose(lineitem(30_000_000), cores=2, clean_start=True) == Choice(2, True)
