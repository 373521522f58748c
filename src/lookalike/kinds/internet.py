"""Internet values: emails and usernames built from the row's person, and the rest.

``email`` and ``username`` read the latent person of ``person_group``, so an
email belongs to the name in the same row. ``unique: true`` appends a number
that is a keyed permutation of the row number: distinct by construction and
no longer than the table needs.

>>> import lookalike
>>> row = lookalike.generate({"seed": 2, "locale": "en_GB", "tables": {"t": {"rows": 1,
...     "fields": {"first": {"kind": "person", "attribute": "first_name"},
...                "email": {"kind": "internet", "domain": "testcorp.co.uk",
...                          "unique": True}}}}}).to_pylist()[0]
>>> row["email"].endswith("@testcorp.co.uk")
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from lookalike.discrete import AliasTable
from lookalike.errors import SpecError
from lookalike.kinds.base import BlockContext, Column, Env, bool_array, register, typed_array
from lookalike.kinds.network import (
    ipv4_space,
    ipv4_text,
    ipv6_prefixes,
    ipv6_text,
    ouis,
    user_agents,
)
from lookalike.kinds.person import PersonModel, person_model_for
from lookalike.locales.profiles import SAFE_EMAIL_DOMAINS, profile_for
from lookalike.native.concat import Number, Piece, Take, concat, padded
from lookalike.permutation import mix64
from lookalike.randomness import column_key
from lookalike.spec import InternetField
from lookalike.strings import fixed_width_strings, hex_bytes, join, string_array, text

_DOMAIN_RE_OK = set("abcdefghijklmnopqrstuvwxyz0123456789.-")
_BASE64 = np.frombuffer(
    b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", dtype=np.uint8
)
_SEPARATORS = padded(string_array([".", "_", ""]))
_NO_SEPARATOR = 2  # the empty one
#: "" then "1" to "999": the number an email may end with (0: none).
_SMALL_NUMBERS = padded(string_array(["", *(str(n) for n in range(1, 1000))]))
_STYLES = AliasTable.from_weights([6, 2, 2])


#: 000 to 999, and the zeros that pad a number of two digits, one, or more.
_PADDED_NUMBERS = padded(string_array([f"{n:03d}" for n in range(1000)]))
_PADS = padded(string_array(["", "0", "00"]))
_STEMS: dict[tuple[int, int], tuple[pa.Array, pa.Array, tuple[pa.Array, pa.Array] | None]] = {}


def _username_stems(first: pa.Array, last: pa.Array) -> tuple[pa.Array, pa.Array] | None:
    """Each first name's initial and each last name's first 11 characters (padded pools),
    made once per pair of pools: ``initial || last`` cut to 12 characters is then
    ``initial || last[:11]``. None when a first name is empty (its stem would keep 12
    characters of the last name)."""
    key = (id(first), id(last))
    cached = _STEMS.get(key)
    if cached is None or cached[0] is not first or cached[1] is not last:
        initials = pc.utf8_slice_codeunits(first, 0, 1)
        usable = first.null_count == 0 and last.null_count == 0
        usable = usable and pc.min(pc.utf8_length(initials)).as_py() == 1
        stems = (padded(initials), padded(pc.utf8_slice_codeunits(last, 0, 11))) if usable else None
        cached = _STEMS[key] = (first, last, stems)
    return cached[2]


def _int32(values: np.ndarray) -> pa.Array:
    return typed_array(values.astype(np.int32), pa.int32())


def _digits(values: np.ndarray) -> pa.Array:
    return pc.cast(typed_array(values.astype(np.int64), pa.int64()), pa.string())


@dataclass(frozen=True)
class InternetColumn(Column):
    attribute: str
    person: PersonModel
    person_group: str
    domains: tuple[tuple[str, float], ...]
    tld: str
    safe: bool
    #: Country whose registry's addresses IPs come from, and public/private/any space.
    country: str = "GB"
    address_space: str = "public"
    #: Keys the column's streams, so another locale never repeats its values.
    locale: str | None = None
    #: mixed, first.last or first.last.N (see the field's ``style``).
    style: str = "mixed"
    arrow_type: pa.DataType = pa.string()

    @property
    def row_sized(self) -> bool:  # type: ignore[override]
        # Unique emails and usernames number their rows 1..rows, shuffled.
        return self.attribute in {"email", "username"}

    @property
    def capacity(self) -> int | None:  # type: ignore[override]
        if self.attribute in {"email", "username"}:
            return 10**15
        if self.attribute == "ipv4":
            if self.safe:
                return 3 * 256  # three documentation /24s
            return ipv4_space(self.country, self.address_space).size
        if self.attribute == "ipv6":
            return 2**48
        if self.attribute == "mac":
            # safe: locally administered (46 free bits); else a real OUI and 24 bits.
            return 2**46 if self.safe else len(ouis()) * 2**24
        return None

    def warm(self) -> None:
        _ = self.person.first_names, self.person.pools
        if self.attribute == "user_agent":
            user_agents()
        elif self.attribute == "mac":
            ouis()
        elif self.attribute in {"ipv4", "ipv6"}:
            ipv4_space(self.country, self.address_space), ipv6_prefixes(self.country)

    def _names(self, ctx: BlockContext) -> tuple[pa.Array, pa.Array]:
        person = self.person.latent(ctx, self.person_group)
        first = self.person.first_names.slugs.take(_int32(person.first))
        last = self.person.pools[2].slugs.take(_int32(person.last))
        return first, last

    def _email(self, ctx: BlockContext, number: Piece, has_number: np.ndarray | None) -> pa.Array:
        """``first.last``, ``first_last`` or ``firstlast``, the number, ``@`` and the domain.

        Assembled in one pass from the name pools (:func:`concat`); ``has_number``
        (None: every row has one) keeps a separator from ending the local part.
        """
        person = self.person.latent(ctx, self.person_group)
        if self.style == "mixed":
            picks = _STYLES.lookup(ctx.uniform("style"))
        else:  # always first.last: the dot is separator 0
            picks = np.zeros(ctx.rows, dtype=np.int64)
        tail = picks if has_number is None else np.where(has_number, picks, _NO_SEPARATOR)
        pieces: list[Piece] = [
            Take(self.person.first_names.slugs, person.first),
            Take(_SEPARATORS, picks),
            Take(self.person.pools[2].slugs, person.last),
            Take(_SEPARATORS, tail),
            number,
        ]
        if len(self.domains) == 1:  # one domain (e.g. --email-domain): no per-row pick
            pieces.append("@" + self.domains[0][0])
        else:
            pieces += ["@", Take(*self._domain_picks(ctx))]
        return concat(pieces, ctx.rows)

    def _domain_picks(self, ctx: BlockContext) -> tuple[pa.Array, np.ndarray]:
        names = string_array([d for d, _ in self.domains])
        table = AliasTable.from_weights([w for _, w in self.domains])
        return names, table.lookup(ctx.uniform("domain"))

    def sample(self, ctx: BlockContext) -> pa.Array:
        ctx = ctx.in_locale(self.locale)
        rng, n = ctx.rng(), ctx.rows
        attribute = self.attribute
        if attribute in {"email", "username"}:
            # Most addresses carry a number; some are just the name.
            numbers = rng.integers(1, 1000, n)
            with_number = ctx.uniform("has-number") < 0.7
            if self.style == "first.last.N":
                with_number = np.ones(n, dtype=bool)
            if attribute == "email":
                picked = Take(_SMALL_NUMBERS, np.where(with_number, numbers, 0))
                return self._email(ctx, picked, with_number)
            # lpad("", 3, "0") is "000": a name without a number ends in 000.
            three = Take(_PADDED_NUMBERS, np.where(with_number, numbers, 0))
            return self._username(
                ctx,
                lambda: pc.if_else(bool_array(with_number), _digits(numbers), text("")),
                (three,),
            )
        if attribute in {"url", "domain"}:
            _, last = self._names(ctx)
            ending = "example" if self.safe else self.tld
            domain = join(last, "." + ending, "")
            if attribute == "domain":
                return domain
            return join("https://www.", domain, "/", "")
        if attribute == "ipv4":
            return self._ipv4(rng.integers(0, self.capacity or 2**32, n, dtype=np.uint64))
        if attribute == "ipv6":
            return self._ipv6(ctx, ctx.raw(n, "interface"))
        if attribute == "mac":
            if self.safe:
                return self._mac(rng.integers(0, 2**46, n, dtype=np.uint64))
            chosen = ouis().values[ouis().table.lookup(ctx.uniform("oui"))]
            nic = rng.integers(0, 2**24, n, dtype=np.uint64)
            return _mac_text((chosen << np.uint64(24)) | nic)
        if attribute == "user_agent":
            texts, shares = user_agents()
            return concat([Take(texts, shares.lookup(ctx.uniform()))], n)
        return self._bcrypt(rng, n)

    def at(self, ctx: BlockContext, index: np.ndarray) -> pa.Array:
        ctx = ctx.in_locale(self.locale)
        attribute = self.attribute
        if attribute == "email":
            return self._email(ctx, Number(index.astype(np.uint64) + np.uint64(1)), None)
        if attribute == "username":
            values = index.astype(np.int64) + 1
            pad = Take(_PADS, (values < 10).astype(np.int64) + (values < 100))
            number = Number(values.astype(np.uint64))
            return self._username(ctx, lambda: _digits(values), (pad, number))
        if attribute == "ipv4":
            return self._ipv4(index)
        if attribute == "ipv6":
            # A keyed bijection of the index: distinct interface identifiers that do not
            # count up from zero.
            key = column_key(ctx.seed, ctx.table, ctx.column, "interface")
            with np.errstate(over="ignore"):
                return self._ipv6(ctx, mix64(index.astype(np.uint64), np.uint64(key[0])))
        if self.safe:
            return self._mac(index)
        index = index.astype(np.uint64)
        chosen = ouis().values[(index >> np.uint64(24)).astype(np.int64)]
        return _mac_text((chosen << np.uint64(24)) | (index & np.uint64(2**24 - 1)))

    def _username(
        self, ctx: BlockContext, number: Callable[[], pa.Array], pieces: tuple[Piece, ...]
    ) -> pa.Array:
        """The first name's initial, the last name (12 characters together at most), then
        the number zero-padded to three digits; ``pieces`` are that number ready for
        :func:`concat`, which then joins the whole name in one pass from the pools."""
        stems = _username_stems(self.person.first_names.slugs, self.person.pools[2].slugs)
        if pieces and stems is not None:
            person = self.person.latent(ctx, self.person_group)
            initials, lasts = stems
            return concat([Take(initials, person.first), Take(lasts, person.last), *pieces],
                          ctx.rows)  # fmt: skip
        first, last = self._names(ctx)
        stem = pc.utf8_slice_codeunits(join(pc.utf8_slice_codeunits(first, 0, 1), last, ""), 0, 12)
        # At least five characters: the name part has at least two letters and the
        # number at least three digits (zero-padded on its left, so still distinct).
        return join(stem, pc.utf8_lpad(number(), 3, "0"), "")

    def _ipv4(self, values: np.ndarray) -> pa.Array:
        values = values.astype(np.uint64)
        if self.safe:  # documentation ranges (RFC 5737): 192.0.2.x, 198.51.100.x, 203.0.113.x
            bases = np.array([0xC0000200, 0xC6336400, 0xCB007100], dtype=np.uint64)
            return ipv4_text(
                bases[values % np.uint64(3)] + (values // np.uint64(3)) % np.uint64(256)
            )
        return ipv4_text(ipv4_space(self.country, self.address_space).at(values))

    def _ipv6(self, ctx: BlockContext, low: np.ndarray) -> pa.Array:
        """Addresses with interface identifiers ``low`` in prefixes the space allows."""
        rows = len(low)
        bits = ctx.raw(rows, "prefix")
        if self.safe:  # 2001:db8::/32, the documentation prefix (RFC 3849)
            high = (np.uint64(0x20010DB8) << np.uint64(32)) | (bits & np.uint64(2**32 - 1))
        elif self.address_space == "private":  # unique local addresses, fd00::/8 (RFC 4193)
            high = (np.uint64(0xFD) << np.uint64(56)) | (bits & np.uint64(2**56 - 1))
        elif self.address_space == "any":  # global unicast, 2000::/3
            high = (np.uint64(1) << np.uint64(61)) | (bits & np.uint64(2**61 - 1))
        else:
            prefixes, lengths, table = ipv6_prefixes(self.country)
            chosen = table.lookup(ctx.uniform("prefix-choice"))
            free = (np.uint64(1) << (64 - lengths[chosen]).astype(np.uint64)) - np.uint64(1)
            high = prefixes[chosen] | (bits & free)
        return ipv6_text(high, low)

    def _mac(self, values: np.ndarray) -> pa.Array:
        """Locally administered unicast addresses (``mode: safe``): no device's OUI."""
        # 46 free bits: the top 6 go above the two flag bits of the first octet.
        wide = values.astype(np.uint64) & np.uint64(2**46 - 1)
        spread = ((wide >> np.uint64(40)) << np.uint64(42)) | (wide & np.uint64(2**40 - 1))
        spread |= np.uint64(0x02) << np.uint64(40)  # locally administered, unicast
        return _mac_text(spread)

    def _bcrypt(self, rng: np.random.Generator, n: int) -> pa.Array:
        """Strings shaped like bcrypt hashes (``$2b$12$`` + 53 characters); not of any password."""
        body = _BASE64[rng.integers(0, 64, (n, 53))]
        prefix = np.broadcast_to(np.frombuffer(b"$2b$12$", dtype=np.uint8), (n, 7))
        return fixed_width_strings(np.concatenate([prefix, body], axis=1))


def _mac_text(values: np.ndarray) -> pa.Array:
    """``aa:bb:cc:dd:ee:ff`` text of 48-bit values (uint64)."""
    raw = values.astype(">u8").view(np.uint8).reshape(-1, 8)[:, 2:]
    hexed = hex_bytes(raw)
    out = np.full((len(values), 17), ord(":"), dtype=np.uint8)
    for octet in range(6):
        out[:, octet * 3 : octet * 3 + 2] = hexed[:, octet * 2 : octet * 2 + 2]
    return fixed_width_strings(out)


@register("internet")
def compile_internet(spec: InternetField, env: Env) -> Column:
    """Compile an ``internet`` field."""
    locale = spec.locale or env.locale
    profile = profile_for(locale, f"{env.path}.locale")
    if spec.domain is not None:
        domain = spec.domain.strip().lower()
        if not domain or "." not in domain or not set(domain) <= _DOMAIN_RE_OK:
            raise SpecError(
                f"email domain {spec.domain!r} is not a domain name; use e.g. testcorp.co.uk",
                path=f"{env.path}.domain",
            )
        domains: tuple[tuple[str, float], ...] = ((domain, 1.0),)
    elif spec.mode == "safe":
        domains = SAFE_EMAIL_DOMAINS
    else:
        domains = profile.email_domains
    if spec.unique and spec.attribute in {"url", "domain", "user_agent", "password_hash"}:
        raise SpecError(f"{spec.attribute} cannot be unique", path=f"{env.path}.unique")
    person = person_model_for(env, spec.person_group, spec.locale)
    return InternetColumn(
        spec.attribute, person, spec.person_group, domains, profile.tld, spec.mode == "safe",
        profile.country, spec.address_space, locale, spec.style,
    )  # fmt: skip
