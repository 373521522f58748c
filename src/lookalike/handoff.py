"""Hand work to one background thread, an item at a time, with its errors raised here.

The loop's sink thread (encode and write block ``k`` while block ``k + 1`` is
made) and a file's writer thread (write one buffer while the next is encoded)
are the same thing: a thread that takes an item only when it is free, so at
most one item waits in memory besides the one being worked on, and whose
failure is raised in the thread that hands it work. This is that thread.

>>> done = []
>>> worker = Handoff(done.append, name="example")
>>> worker.put(1); worker.put(2); worker.finish()
>>> done
[1, 2]
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Handoff(Generic[T]):
    """Runs ``work(item)`` on a thread of its own for each item :meth:`put`, in order.

    :meth:`put` waits until the thread has finished the previous item; once an
    item failed, the failure is raised by the next :meth:`put` or by
    :meth:`finish`, and later items are given to ``drop`` instead (which also
    takes what :meth:`stop` leaves undone).
    """

    def __init__(
        self,
        work: Callable[[T], None],
        *,
        name: str,
        drop: Callable[[T], None] | None = None,
    ) -> None:
        self._work = work
        self._drop = drop
        self._lock = threading.Condition()
        self._item: T | None = None
        self._waiting = False  # an item is in self._item
        self._busy = False  # the thread is working on an item
        self._closing = False
        self._stopped = False
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _take(self) -> tuple[bool, T | None]:
        with self._lock:
            while not self._waiting and not self._closing:
                self._lock.wait()
            if not self._waiting:
                return False, None
            item, self._item = self._item, None
            self._waiting, self._busy = False, True
            return True, item

    def _run(self) -> None:
        while True:
            found, item = self._take()
            if not found:
                return
            try:
                if self.error is None and not self._stopped:
                    self._work(item)  # type: ignore[arg-type]
                elif self._drop is not None:
                    self._drop(item)  # type: ignore[arg-type]
            except BaseException as exc:  # raised again in the handing thread
                self.error = self.error or exc
            finally:
                del item  # the item's memory goes before the next one is taken
                with self._lock:
                    self._busy = False
                    self._lock.notify_all()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def put(self, item: T) -> None:
        """Hand ``item`` over once the thread is free; raise an earlier item's failure."""
        with self._lock:
            while (self._waiting or self._busy) and self.error is None:
                self._lock.wait()
            if self.error is None:
                self._item, self._waiting = item, True
                self._lock.notify_all()
                return
        if self._drop is not None:
            self._drop(item)
        self._raise()

    def flush(self) -> None:
        """Wait until every item handed over is done; raise any failure."""
        with self._lock:
            while self._waiting or self._busy:
                self._lock.wait()
        self._raise()

    def finish(self) -> None:
        """Do what was handed over, end the thread, and raise any failure."""
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        self._thread.join()
        self._raise()

    def stop(self, reason: BaseException | None = None, *, timeout: float = 30) -> None:
        """End the thread without doing what still waits (it is dropped); later
        :meth:`put` calls raise ``reason``."""
        with self._lock:
            self._stopped = self._closing = True
            self.error = self.error or reason
            self._lock.notify_all()
        self._thread.join(timeout=timeout)

    @property
    def alive(self) -> bool:
        """Whether the thread is still running."""
        return self._thread.is_alive()
