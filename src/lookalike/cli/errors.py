"""How the CLI reports failures: one clear line and exit code 2, never a traceback.

``--debug`` lets the traceback through for bug reports.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from lookalike.errors import LookalikeError
from lookalike.extras import missing_extra

if TYPE_CHECKING:
    from rich.console import Console

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
T = TypeVar("T")


class _Stderr:
    """The CLI's stderr console, built on first use: a quiet run (``-q``) that
    succeeds never imports Rich (a few hundredths of a second of every start).

    Attribute access reaches the console; Rich objects that take a console
    (progress bars) get the real one from :func:`stderr_console`, since protocols
    such as ``with console:`` are not looked up through ``__getattr__``.
    """

    _console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(stderr_console(), name)


def stderr_console() -> Console:
    """The one Rich console on stderr (created on first use)."""
    if _Stderr._console is None:
        from rich.console import Console

        _Stderr._console = Console(stderr=True, highlight=False, soft_wrap=True)
    return _Stderr._console


stderr: Console = _Stderr()  # type: ignore[assignment]


def fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    from rich.markup import escape

    stderr.print(f"[bold red]error:[/] {escape(message)}", markup=True)
    return typer.Exit(code)


@contextmanager
def reported(debug: bool) -> Iterator[None]:
    """Turn expected failures into one line and an exit code."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        if debug:
            raise
        raise fail("interrupted; no partial output was left behind", EXIT_INTERRUPTED) from None
    except ImportError as exc:
        hint = missing_extra(exc)
        if debug or hint is None:
            raise
        raise fail(str(hint)) from None
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, like other Unix tools.
        sys.stderr.close()
        raise typer.Exit(0) from None
    except (LookalikeError, ValueError, OSError) as exc:
        if debug:
            raise
        raise fail(str(exc)) from None
