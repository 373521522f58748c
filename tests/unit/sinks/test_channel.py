"""The channel between the loop's thread and its consumer: bounded by pieces and by bytes."""

from __future__ import annotations

import threading

import pyarrow as pa

from lookalike.sinks.channel import Channel


def _fill(channel: Channel, pieces: list[bytes | pa.Buffer]) -> threading.Thread:
    """Write ``pieces`` on a thread of their own (writes wait while the channel is full)."""

    def produce() -> None:
        for piece in pieces:
            channel.write(piece)
        channel.commit()

    thread = threading.Thread(target=produce)
    thread.start()
    return thread


def test_a_byte_budget_holds_back_the_next_piece_until_one_is_taken() -> None:
    channel = Channel(depth=8, max_bytes=10)
    writer = _fill(channel, [b"123456", b"abcdef", b"xy"])
    reader = iter(channel)
    # The second piece would make 12 bytes queued: it waits for the first to be taken.
    assert next(reader) == b"123456"
    assert next(reader) == b"abcdef"
    assert [bytes(p) for p in reader] == [b"xy"]
    writer.join()


def test_a_piece_larger_than_the_budget_still_goes_alone() -> None:
    channel = Channel(max_bytes=4)
    big = pa.py_buffer(b"x" * 100)
    writer = _fill(channel, [big, b"tail"])
    assert [bytes(p) for p in channel] == [b"x" * 100, b"tail"]
    writer.join()
    assert channel.tell() == 104


def test_queued_bytes_are_counted_down_as_pieces_are_taken() -> None:
    channel = Channel(depth=8, max_bytes=10)
    channel.write(b"12345678")
    assert channel.would_wait(3)  # 11 bytes would be queued
    assert not Channel(depth=8).would_wait(3)  # no budget: only the depth counts
    assert next(iter(channel)) == b"12345678"
    assert not channel.would_wait(10)
