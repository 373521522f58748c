"""Every fact about an output format, in one table: names, suffixes, media types, abilities.

The CLI, the library, the service (streams, jobs, downloads) and ``lookalike
check --files`` all read this table, so a format is described once: adding one
is a row here and a sink class.

>>> infer_format("out/people.csv.gz")
('csv', 'gzip')
>>> infer_format("data.pq")
('parquet', None)
>>> FORMATS["ndjson"].media_type
'application/x-ndjson'
>>> extension_for("arrow", "zstd")
'.arrow.zst'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lookalike.errors import OutputError, UnknownFormatError


@dataclass(frozen=True)
class Format:
    """What lookalike knows about one output format.

    ``suffixes`` are the file name endings that mean it (the first is the one
    lookalike writes); ``text`` formats are encoded block by block and can be
    streamed, placed by worker processes and appended to; ``compressions`` are
    the codecs it accepts (Parquet and Arrow compress inside the file, and the
    name still says which: ``orders.parquet.zst``). ``pieces`` binary formats
    are encoded by worker processes too, a block at a time (Parquet row groups,
    Arrow record batches). ``encode_ns`` is about what encoding costs, in CPU
    nanoseconds per byte of the values as text (the plan's estimate of a row),
    measured on base-types, person and TPC-H lineitem (see
    :mod:`lookalike.executors.sizing`, which picks the default worker count).
    """

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    text: bool
    compressions: tuple[str, ...] = ("gzip", "zstd")
    aliases: tuple[str, ...] = ()
    pieces: bool = False
    encode_ns: float = 1.2

    @property
    def workers_encode(self) -> bool:
        """Whether worker processes can encode it (else this process encodes every block)."""
        return self.text or self.pieces

    @property
    def streamable(self) -> bool:
        """Whether rows can be sent as they are made (an HTTP body, standard output)."""
        return self.text

    @property
    def appendable(self) -> bool:
        """Whether a resumed job can append to a half-written file of this format."""
        return self.text


#: Every format lookalike writes, in the order help texts list them.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", (".csv",), "text/csv; charset=utf-8", text=True),
        Format("tsv", (".tsv", ".tab"), "text/tab-separated-values; charset=utf-8", text=True),
        Format("json", (".json",), "application/json", text=True, encode_ns=3.0),
        Format(
            "ndjson",
            (".ndjson", ".jsonl"),
            "application/x-ndjson",
            text=True,
            aliases=("jsonl",),
            encode_ns=2.5,
        ),
        Format(
            "parquet",
            (".parquet", ".pq"),
            "application/vnd.apache.parquet",
            text=False,
            aliases=("pq",),
            pieces=True,
            encode_ns=1.8,
        ),
        Format(
            "arrow",
            (".arrow", ".feather", ".ipc"),
            "application/vnd.apache.arrow.file",
            text=False,
            compressions=("zstd",),
            aliases=("ipc", "feather"),
            pieces=True,
            encode_ns=0.2,
        ),
        Format(
            "xlsx",
            (".xlsx",),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            text=False,
            compressions=(),
            aliases=("excel",),
            encode_ns=30.0,
        ),
        Format(
            "geojson",
            (".geojson",),
            "application/geo+json",
            text=False,
            compressions=(),
            encode_ns=6.0,
        ),
    )
}
#: Compression codecs a text file may be wrapped in, by the suffix that means them.
COMPRESSION_SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}
#: What a compressed download is served as.
COMPRESSED_MEDIA_TYPES = {"gzip": "application/gzip", "zstd": "application/zstd"}
#: Text codecs (Parquet and Arrow name their own inner codecs).
COMPRESSIONS = ("gzip", "zstd")
#: Formats that can be streamed (HTTP bodies, standard output).
TEXT = tuple(name for name, f in FORMATS.items() if f.text)

_ALIASES = {alias: f.name for f in FORMATS.values() for alias in f.aliases}
_BY_SUFFIX = {suffix: f.name for f in FORMATS.values() for suffix in f.suffixes}


def normalise_format(name: str) -> str:
    """A format name in its canonical spelling, or a clear error.

    >>> normalise_format("JSONL")
    'ndjson'
    """
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise UnknownFormatError(f"unknown format {name!r}; use one of {', '.join(FORMATS)}")
    return key


def check_compression(fmt: str, compression: str | None) -> None:
    """Refuse a codec the format cannot take (e.g. gzip inside an Arrow file).

    >>> try:
    ...     check_compression("arrow", "gzip")
    ... except UnknownFormatError as exc:
    ...     print(str(exc).split("; ")[0])
    Arrow IPC files compress their buffers with zstd, not gzip
    """
    if compression is None:
        return
    if compression not in COMPRESSIONS:
        raise UnknownFormatError(
            f"unknown compression {compression!r}; use {' or '.join(COMPRESSIONS)}"
        )
    if compression not in FORMATS[fmt].compressions:
        if fmt == "arrow":
            raise UnknownFormatError(
                "Arrow IPC files compress their buffers with zstd, not gzip; "
                "use .arrow.zst or --compression zstd"
            )
        raise UnknownFormatError(f"{fmt} files are not compressed; drop --compression")


def infer_format(path: str | Path) -> tuple[str, str | None]:
    """(format, compression) from a file name; raises if the extension is unknown."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    compression = None
    if suffixes and suffixes[-1] in COMPRESSION_SUFFIXES:
        compression = COMPRESSION_SUFFIXES[suffixes.pop()]
    if suffixes and suffixes[-1] in _BY_SUFFIX:
        return _BY_SUFFIX[suffixes[-1]], compression
    raise UnknownFormatError(
        f"{path}: cannot tell the format from the extension; add --format "
        f"({', '.join(FORMATS)}) or use an extension like .csv, .parquet or .jsonl"
    )


def compression_of(path: str | Path) -> str | None:
    """The codec a file name's last suffix means, if any.

    >>> compression_of("people.zst"), compression_of("people.csv")
    ('zstd', None)
    """
    return COMPRESSION_SUFFIXES.get(Path(path).suffix.lower())


def looks_like_file(path: str | Path) -> bool:
    """Whether a name ends like one of lookalike's output files (not a directory).

    >>> looks_like_file("out/orders.parquet"), looks_like_file("out/2026")
    (True, False)
    """
    suffix = Path(path).suffix.lower()
    return suffix in _BY_SUFFIX or suffix in COMPRESSION_SUFFIXES


def extension_for(fmt: str, compression: str | None = None) -> str:
    """The file extension lookalike writes for a format.

    >>> extension_for("ndjson", "zstd")
    '.ndjson.zst'
    """
    ext = FORMATS[fmt].suffixes[0]
    return ext + {"gzip": ".gz", "zstd": ".zst", None: ""}[compression]


def media_type(fmt: str, compression: str | None = None) -> str:
    """What a file of ``fmt`` is served as (a compressed text file as its codec).

    >>> media_type("csv", "gzip"), media_type("parquet", "zstd")
    ('application/gzip', 'application/vnd.apache.parquet')
    """
    if compression is not None and FORMATS[fmt].text:
        return COMPRESSED_MEDIA_TYPES[compression]
    return FORMATS[fmt].media_type


def require_file(fmt: str, path: object) -> None:
    """Binary formats need a file (not standard output or a stream)."""
    if not FORMATS[fmt].streamable and (path is None or str(path) == "-"):
        raise OutputError(f"{fmt} is a binary file format; give an output file with -o")
