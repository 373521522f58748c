/*
 * csvfast_encode: CSV rows from Arrow column buffers, in one pass, row by row.
 *
 * Arrow's CSV writer casts every column to text, then stitches the texts into
 * rows: two passes and an allocation per column. This encoder reads the
 * column buffers directly and writes each row once. It produces exactly the
 * bytes Arrow's writer produces for the same batch (csv.py checks that a
 * column is one of the kinds below and otherwise hands it over already cast
 * to text), so output never depends on whether it was compiled.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

enum kind {
    K_INT64 = 0,      /* int64 values */
    K_DATE32 = 1,     /* days since 1970-01-01 */
    K_TIMESTAMP = 2,  /* int64 ticks; per_second, digits (fraction), suffix 'Z' */
    K_DECIMAL = 3,    /* decimal128 whose values fit in int64; scale */
    K_BOOL = 4,       /* bit-packed */
    K_STRING = 5,     /* int32 offsets + bytes, always quoted */
    K_DICT = 6,       /* int32 indices into a string dictionary, quoted */
    K_RAW = 7,        /* int32 offsets + bytes, written as they are */
    K_FIXED = 8,      /* a double given as int64 n / 10^scale (csv.py proved it exact) */
};

typedef struct {
    int32_t kind;
    int32_t scale;          /* decimal scale; timestamp fraction digits */
    int64_t offset;         /* the array's slice offset, in elements */
    int64_t per_second;     /* timestamp ticks per second */
    int32_t utc_suffix;     /* timestamp: append 'Z' */
    int32_t padded;         /* strings: SLACK readable bytes after each (see copy_padded) */
    const uint8_t *validity; /* may be NULL: no nulls */
    const void *values;      /* values, or offsets for strings */
    const uint8_t *data;     /* string bytes (K_STRING, K_RAW, K_DICT dictionary) */
    const int32_t *dict_offsets; /* K_DICT: the dictionary's offsets */
    int64_t dict_offset;     /* K_DICT: the dictionary's slice offset */
} column_t;

static inline int is_valid(const column_t *c, int64_t i) {
    if (!c->validity) return 1;
    int64_t j = i + c->offset;
    return (c->validity[j >> 3] >> (j & 7)) & 1;
}

/*
 * Days since 1970-01-01 to year, month and day by Neri and Schneider's
 * Euclidean affine functions ("Euclidean affine functions and their
 * application to calendar algorithms", 2022): multiplications and shifts
 * only, in 32-bit arithmetic, for the days of years 1 to 9999 (the encoder
 * hands others to Arrow). Day 0 of its computational calendar is 1 March of
 * year -32800, so every such day is positive.
 */
static inline void civil(int64_t days, int64_t *y, unsigned *m, unsigned *d) {
    const uint32_t cycles = 82; /* 400-year cycles shifted */
    const uint32_t n = (uint32_t)(days + 719468 + 146097 * (int64_t)cycles);
    const uint32_t n1 = 4 * n + 3;
    const uint32_t century = n1 / 146097;
    const uint32_t n_c = n1 % 146097 / 4;
    const uint32_t n2 = 4 * n_c + 3;
    const uint64_t p2 = (uint64_t)2939745 * n2;
    const uint32_t z = (uint32_t)(p2 >> 32);
    const uint32_t n_y = (uint32_t)p2 / 2939745 / 4;
    const uint32_t year = 100 * century + z;
    const uint32_t n3 = 2141 * n_y + 197913;
    const uint32_t month = n3 >> 16;
    const uint32_t day = (n3 & 0xFFFF) / 2141;
    const uint32_t january_or_february = n_y >= 306;
    *y = (int64_t)year - 400 * (int64_t)cycles + january_or_february;
    *m = january_or_february ? month - 12 : month;
    *d = day + 1;
}

static inline uint8_t *put_date(uint8_t *out, int64_t days) {
    int64_t y;
    unsigned m, d;
    civil(days, &y, &m, &d);
    out = put_two(out, (unsigned)(y / 100));
    out = put_two(out, (unsigned)(y % 100));
    *out++ = '-';
    out = put_two(out, m);
    *out++ = '-';
    return put_two(out, d);
}

static inline uint8_t *put_timestamp(uint8_t *out, const column_t *c, int64_t ticks) {
    int64_t per = c->per_second, secs, frac;
    /* Constant divisors (multiplications) for Arrow's four units. */
    switch (per) {
    case 1:
        secs = ticks;
        frac = 0;
        break;
    case 1000:
        secs = ticks / 1000;
        frac = ticks % 1000;
        break;
    case 1000000:
        secs = ticks / 1000000;
        frac = ticks % 1000000;
        break;
    case 1000000000:
        secs = ticks / 1000000000;
        frac = ticks % 1000000000;
        break;
    default:
        secs = ticks / per;
        frac = ticks % per;
    }
    if (frac < 0) {
        frac += per;
        secs -= 1;
    }
    int64_t days = secs / 86400, rest = secs % 86400;
    if (rest < 0) {
        rest += 86400;
        days -= 1;
    }
    out = put_date(out, days);
    *out++ = ' ';
    unsigned sod = (unsigned)rest;
    out = put_two(out, sod / 3600);
    *out++ = ':';
    out = put_two(out, sod / 60 % 60);
    *out++ = ':';
    out = put_two(out, sod % 60);
    if (c->scale) {
        *out++ = '.';
        out = put_digits(out, (uint64_t)frac, c->scale);
    }
    if (c->utc_suffix) *out++ = 'Z';
    return out;
}

static inline uint8_t *put_decimal(uint8_t *out, int64_t v, int scale) {
    uint64_t a;
    if (v < 0) {
        *out++ = '-';
        a = (uint64_t)0 - (uint64_t)v;
    } else {
        a = (uint64_t)v;
    }
    /* Division by a constant is a multiplication; by a variable, a slow divide. */
    uint64_t whole, fraction;
    switch (scale) {
#define SCALE(k, unit)        \
    case k:                   \
        whole = a / (unit);   \
        fraction = a % (unit); \
        break;
        SCALE(1, 10ULL) SCALE(2, 100ULL) SCALE(3, 1000ULL) SCALE(4, 10000ULL)
        SCALE(5, 100000ULL) SCALE(6, 1000000ULL) SCALE(7, 10000000ULL) SCALE(8, 100000000ULL)
        SCALE(9, 1000000000ULL) SCALE(10, 10000000000ULL) SCALE(11, 100000000000ULL)
        SCALE(12, 1000000000000ULL) SCALE(13, 10000000000000ULL)
        SCALE(14, 100000000000000ULL) SCALE(15, 1000000000000000ULL)
        SCALE(16, 10000000000000000ULL) SCALE(17, 100000000000000000ULL)
        SCALE(18, 1000000000000000000ULL)
#undef SCALE
    default:
        return put_uint(out, a);
    }
    out = put_uint(out, whole);
    *out++ = '.';
    return put_digits(out, fraction, scale);
}

/* Powers of ten up to 10^18, for counting digits. */
static const uint64_t TENS[19] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
    1000000000000000000ULL};

/*
 * The double n / 10^scale as Arrow casts it to text (double-conversion's
 * shortest form): csv.py hands over only columns where |n| < 10^15 and the
 * double equals n / 10^scale, so n without its trailing zeros is the shortest
 * round-trip digit string (any two decimals of at most 15 significant digits
 * are distinct doubles). Arrow writes the digits plainly for decimal exponents
 * -6 to 9 and as d.ddde+XX otherwise.
 */
static inline uint8_t *put_fixed(uint8_t *out, int64_t v, int scale) {
    if (v == 0) {
        *out++ = '0';
        return out;
    }
    uint64_t a;
    if (v < 0) {
        *out++ = '-';
        a = (uint64_t)0 - (uint64_t)v;
    } else {
        a = (uint64_t)v;
    }
    while (scale > 0 && a % 10 == 0) {
        a /= 10;
        scale--;
    }
    int digits = 1;
    while (digits < 19 && a >= TENS[digits]) digits++;
    const int exponent = digits - 1 - scale;
    if (exponent >= -6 && exponent < 10) {
        if (scale == 0) return put_uint(out, a);
        if (digits > scale) {
            out = put_uint(out, a / TENS[scale]);
            *out++ = '.';
            return put_digits(out, a % TENS[scale], scale);
        }
        *out++ = '0';
        *out++ = '.';
        for (int k = digits; k < scale; k++) *out++ = '0';
        return put_digits(out, a, digits);
    }
    while (a % 10 == 0) { /* a whole number's trailing zeros belong to the exponent */
        a /= 10;
        digits--;
    }
    *out++ = (uint8_t)('0' + a / TENS[digits - 1]);
    if (digits > 1) {
        *out++ = '.';
        out = put_digits(out, a % TENS[digits - 1], digits - 1);
    }
    *out++ = 'e';
    *out++ = exponent < 0 ? '-' : '+';
    return put_uint(out, (uint64_t)(exponent < 0 ? -exponent : exponent));
}

static inline uint8_t *put_quoted(uint8_t *out, const uint8_t *s, int64_t n) {
    *out++ = '"';
    const uint8_t *end = s + n;
    while (s < end) {
        const uint8_t *q = memchr(s, '"', (size_t)(end - s));
        if (!q) {
            memcpy(out, s, (size_t)(end - s));
            out += end - s;
            break;
        }
        memcpy(out, s, (size_t)(q - s + 1));
        out += q - s + 1;
        *out++ = '"';
        s = q + 1;
    }
    *out++ = '"';
    return out;
}

/* Whether any of the first n (at most 32) bytes of the block is a '"': two
 * 16-byte compares and their byte masks (SSE2, part of every x86-64); a
 * zero-byte test on 64-bit words elsewhere. */
static inline int has_quote(const block32_t *block, size_t n) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i low = _mm_loadu_si128((const __m128i *)block->b);
    const __m128i high = _mm_loadu_si128((const __m128i *)(block->b + 16));
    const uint32_t hits = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(low, quote)) |
                          ((uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(high, quote)) << 16);
    const uint32_t valid = n >= 32 ? 0xFFFFFFFFu : ((1u << n) - 1u);
    return (hits & valid) != 0;
#else
    /* A bit set by a borrow always sits above a true match, so "any" is exact. */
    uint64_t found = 0;
    for (int k = 0; k < 4; k++) {
        uint64_t w;
        memcpy(&w, block->b + 8 * k, 8);
        const uint64_t x = w ^ 0x2222222222222222ULL;
        const uint64_t hits = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
        const size_t valid = n > (size_t)(8 * k) ? n - (size_t)(8 * k) : 0;
        const uint64_t mask = valid >= 8 ? ~0ULL : ((1ULL << (8 * valid)) - 1);
        found |= hits & mask;
    }
    return found != 0;
#endif
}

/* put_quoted for a string with SLACK readable bytes after it, into a buffer
 * with SLACK bytes of room: one or two fixed-size moves and tests, no library
 * calls. Strings of up to 2 * SLACK bytes (UUIDs, most emails) qualify: one
 * longer than SLACK has at least 2 * SLACK readable bytes from its start, and
 * its cell has 2 n + 2 >= 2 * SLACK + 1 bytes reserved. The rare string with a
 * '"', or longer still, takes put_quoted. */
static inline uint8_t *put_quoted_padded(uint8_t *out, const uint8_t *s, int64_t n) {
    block32_t head, tail;
    memcpy(&head, s, SLACK);
    if (n <= SLACK) {
        if (has_quote(&head, (size_t)n)) return put_quoted(out, s, n);
        out[0] = '"';
        memcpy(out + 1, &head, SLACK);
    } else if (n <= 2 * SLACK) {
        memcpy(&tail, s + SLACK, SLACK);
        if (has_quote(&head, SLACK) || has_quote(&tail, (size_t)(n - SLACK)))
            return put_quoted(out, s, n);
        out[0] = '"';
        memcpy(out + 1, &head, SLACK);
        memcpy(out + 1 + SLACK, &tail, SLACK);
    } else {
        return put_quoted(out, s, n);
    }
    out[n + 1] = '"';
    return out + n + 2;
}

/*
 * Write rows [0, rows) of the columns into out (capacity checked by the caller,
 * from an upper bound, plus SLACK bytes); return the number of bytes written.
 */
int64_t csvfast_encode(const column_t *cols, int32_t ncols, int64_t rows, uint8_t delimiter,
                       uint8_t *out) {
    uint8_t *start = out;
    for (int64_t r = 0; r < rows; r++) {
        for (int32_t k = 0; k < ncols; k++) {
            const column_t *c = &cols[k];
            if (k) *out++ = delimiter;
            if (!is_valid(c, r)) continue;
            int64_t i = r + c->offset;
            switch (c->kind) {
            case K_INT64:
                out = put_int(out, ((const int64_t *)c->values)[i]);
                break;
            case K_DATE32:
                out = put_date(out, ((const int32_t *)c->values)[i]);
                break;
            case K_TIMESTAMP:
                out = put_timestamp(out, c, ((const int64_t *)c->values)[i]);
                break;
            case K_DECIMAL:
                out = put_decimal(out, ((const int64_t *)c->values)[2 * i], c->scale);
                break;
            case K_FIXED:
                out = put_fixed(out, ((const int64_t *)c->values)[i], c->scale);
                break;
            case K_BOOL: {
                const uint8_t *bits = (const uint8_t *)c->values;
                if ((bits[i >> 3] >> (i & 7)) & 1) {
                    memcpy(out, "true", 4);
                    out += 4;
                } else {
                    memcpy(out, "false", 5);
                    out += 5;
                }
                break;
            }
            case K_STRING: {
                const int32_t *o = (const int32_t *)c->values;
                if (c->padded) out = put_quoted_padded(out, c->data + o[i], o[i + 1] - o[i]);
                else out = put_quoted(out, c->data + o[i], o[i + 1] - o[i]);
                break;
            }
            case K_DICT: {
                int64_t j = ((const int32_t *)c->values)[i] + c->dict_offset;
                const int32_t *o = c->dict_offsets;
                if (c->padded) out = put_quoted_padded(out, c->data + o[j], o[j + 1] - o[j]);
                else out = put_quoted(out, c->data + o[j], o[j + 1] - o[j]);
                break;
            }
            default: { /* K_RAW */
                const int32_t *o = (const int32_t *)c->values;
                if (c->padded) copy_padded(out, c->data + o[i], (size_t)(o[i + 1] - o[i]));
                else memcpy(out, c->data + o[i], (size_t)(o[i + 1] - o[i]));
                out += o[i + 1] - o[i];
                break;
            }
            }
        }
        *out++ = '\n';
    }
    return out - start;
}

/* How many times byte occurs in data[0, n): the quotes a column's cells will double. */
int64_t csvfast_count_byte(const uint8_t *data, int64_t n, uint8_t byte) {
    int64_t count = 0;
    const uint8_t *p = data, *end = data + n;
    while (p < end && (p = memchr(p, byte, (size_t)(end - p))) != NULL) {
        count++;
        p++;
    }
    return count;
}
