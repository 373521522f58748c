/*
 * Compiled kernels for the few string assemblies numpy cannot do in one pass.
 * Each is called through ctypes (which releases the GIL) from a small Python
 * module that checks its inputs and falls back to numpy or Arrow when the
 * library was not built; output is the same either way.
 *
 * csvfast_encode: CSV rows from Arrow column buffers, in one pass, row by row.
 *
 * Arrow's CSV writer casts every column to text, then stitches the texts into
 * rows: two passes and an allocation per column. This encoder reads the
 * column buffers directly and writes each row once. It produces exactly the
 * bytes Arrow's writer produces for the same batch (the Python side checks
 * that a column is one of the kinds below and otherwise hands it over already
 * cast to text), so output never depends on whether it was compiled.
 *
 * Called through ctypes, which releases the GIL for the call.
 */
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum kind {
    K_INT64 = 0,      /* int64 values */
    K_DATE32 = 1,     /* days since 1970-01-01 */
    K_TIMESTAMP = 2,  /* int64 ticks; per_second, digits (fraction), suffix 'Z' */
    K_DECIMAL = 3,    /* decimal128 whose values fit in int64; scale */
    K_BOOL = 4,       /* bit-packed */
    K_STRING = 5,     /* int32 offsets + bytes, always quoted */
    K_DICT = 6,       /* int32 indices into a string dictionary, quoted */
    K_RAW = 7,        /* int32 offsets + bytes, written as they are */
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

/* "00" "01" ... "99": two digits per division. */
static const char PAIRS[201] =
    "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
    "5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

static inline uint8_t *put_uint(uint8_t *out, uint64_t v) {
    uint8_t tmp[20];
    int n = 20;
    while (v >= 100) {
        unsigned pair = (unsigned)(v % 100);
        v /= 100;
        tmp[--n] = (uint8_t)PAIRS[2 * pair + 1];
        tmp[--n] = (uint8_t)PAIRS[2 * pair];
    }
    if (v >= 10) {
        tmp[--n] = (uint8_t)PAIRS[2 * v + 1];
        tmp[--n] = (uint8_t)PAIRS[2 * v];
    } else {
        tmp[--n] = (uint8_t)('0' + v);
    }
    memcpy(out, tmp + n, (size_t)(20 - n));
    return out + (20 - n);
}

/* put_uint that always stores 20 bytes (one fixed-size move, not a library
 * call): only where the caller has reserved 20 bytes for the number. */
static inline uint8_t *put_uint_wide(uint8_t *out, uint64_t v) {
    uint8_t tmp[40];
    int n = 20;
    while (v >= 100) {
        unsigned pair = (unsigned)(v % 100);
        v /= 100;
        tmp[--n] = (uint8_t)PAIRS[2 * pair + 1];
        tmp[--n] = (uint8_t)PAIRS[2 * pair];
    }
    if (v >= 10) {
        tmp[--n] = (uint8_t)PAIRS[2 * v + 1];
        tmp[--n] = (uint8_t)PAIRS[2 * v];
    } else {
        tmp[--n] = (uint8_t)('0' + v);
    }
    memcpy(out, tmp + n, 20);
    return out + (20 - n);
}

static inline uint8_t *put_two(uint8_t *out, unsigned v) {
    out[0] = (uint8_t)PAIRS[2 * v];
    out[1] = (uint8_t)PAIRS[2 * v + 1];
    return out + 2;
}

static inline uint8_t *put_int(uint8_t *out, int64_t v) {
    if (v < 0) {
        *out++ = '-';
        return put_uint(out, (uint64_t)0 - (uint64_t)v);
    }
    return put_uint(out, (uint64_t)v);
}

static inline uint8_t *put_digits(uint8_t *out, uint64_t v, int width) {
    for (int k = width - 1; k >= 0; k--) {
        out[k] = (uint8_t)('0' + v % 10);
        v /= 10;
    }
    return out + width;
}

/*
 * Copy n bytes with fixed-size moves: names and words are short, and a libc
 * memcpy call per string costs more than the copy. Never reads or writes
 * outside [src, src + n) and [dst, dst + n).
 */
typedef struct { uint8_t b[16]; } block16_t;

static inline void copy_bytes(uint8_t *dst, const uint8_t *src, size_t n) {
    if (n <= 16) {
        if (n >= 8) {
            uint64_t a, b;
            memcpy(&a, src, 8);
            memcpy(&b, src + n - 8, 8);
            memcpy(dst, &a, 8);
            memcpy(dst + n - 8, &b, 8);
        } else if (n >= 4) {
            uint32_t a, b;
            memcpy(&a, src, 4);
            memcpy(&b, src + n - 4, 4);
            memcpy(dst, &a, 4);
            memcpy(dst + n - 4, &b, 4);
        } else if (n) {
            dst[0] = src[0];
            dst[n / 2] = src[n / 2];
            dst[n - 1] = src[n - 1];
        }
    } else if (n <= 32) {
        block16_t a, b;
        memcpy(&a, src, 16);
        memcpy(&b, src + n - 16, 16);
        memcpy(dst, &a, 16);
        memcpy(dst + n - 16, &b, 16);
    } else {
        memcpy(dst, src, n);
    }
}

/*
 * copy_bytes without a branch on the length for strings up to 32 bytes: it
 * always moves 32, so the source must have 32 readable bytes from src (a
 * padded pool) and the destination room for them (the caller's slack). Name
 * lengths are random, and a branch on them would be mispredicted often.
 */
#define SLACK 32
typedef struct { uint8_t b[SLACK]; } block32_t;

static inline void copy_padded(uint8_t *dst, const uint8_t *src, size_t n) {
    block32_t a;
    memcpy(&a, src, SLACK);
    memcpy(dst, &a, SLACK);
    if (n > SLACK) memcpy(dst + SLACK, src + SLACK, n - SLACK);
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

/* Whether any of the first n (at most 32) bytes of the block is a '"': a
 * zero-byte test on each word of the block XORed with '"' in every byte.
 * A bit set by a borrow always sits above a true match, so "any" is exact. */
static inline int has_quote(const block32_t *block, size_t n) {
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
}

/* put_quoted for a string with SLACK readable bytes after it, into a buffer
 * with SLACK bytes of room: one fixed-size move and a test, no library calls;
 * the rare string with a '"' (or longer than SLACK) takes put_quoted. */
static inline uint8_t *put_quoted_padded(uint8_t *out, const uint8_t *s, int64_t n) {
    if (n > SLACK) return put_quoted(out, s, n);
    block32_t block;
    memcpy(&block, s, SLACK);
    if (has_quote(&block, (size_t)n)) return put_quoted(out, s, n);
    out[0] = '"';
    memcpy(out + 1, &block, SLACK);
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

/* The last template starting at or before v (starts[0] is 0), found without
 * branches: a search's comparisons are unpredictable. */
static inline int32_t template_of(const uint64_t *starts, int32_t ntemplates, uint64_t v) {
    int32_t lo = 0, len = ntemplates;
    while (len > 1) {
        const int32_t step = len / 2;
        lo += step & -(int32_t)(starts[lo + step] <= v);
        len -= step;
    }
    return lo;
}

/*
 * Per template: a row with its fixed digits (positions of one allowed digit)
 * already in the layout, and the other positions, last first, each with its
 * radix and Lemire's multiplier M = 2^64 / radix + 1, which gives exact
 * quotient and remainder by multiplication for any 32-bit dividend (then the
 * fixed positions, with M = 0). Built when
 * every template holds fewer than 2^32 numbers; NULL otherwise (or without memory).
 */
typedef struct {
    uint8_t *rows;      /* ntemplates * layout_len */
    int32_t *positions; /* ntemplates * width: the varying positions, last first, then the fixed */
    uint32_t *radix;    /* same shape */
    uint64_t *magic;    /* same shape */
    int32_t *count;     /* ntemplates */
    int32_t *bucket;    /* BUCKETS + 1: the template holding number b << shift */
    int32_t shift;
} plan_t;

/* Buckets of the number space, each mapped to the template its first number is
 * in: a number's template is its bucket's, or one of the next few where a
 * bucket holds a boundary (rare, so the check is predicted). A search of even
 * a few templates costs more than the digits, its loads waiting on each other. */
#define BUCKETS 4096

static void free_plan(plan_t *plan) {
    free(plan->rows);
    free(plan->positions);
    free(plan->radix);
    free(plan->magic);
    free(plan->count);
    free(plan->bucket);
}

static int build_plan(plan_t *plan, const uint64_t *starts, int32_t ntemplates, const int64_t *sizes,
                      const uint8_t *digits, int32_t width, const uint8_t *layout,
                      int32_t layout_len, const int32_t *slots) {
    for (int32_t t = 0; t < ntemplates; t++) {
        uint64_t space = 1;
        for (int32_t p = 0; p < width; p++) {
            space *= (uint64_t)sizes[(int64_t)t * width + p];
            if (space > UINT32_MAX) return 0;
        }
    }
    const size_t cells = (size_t)ntemplates * (size_t)width;
    plan->rows = malloc((size_t)ntemplates * (size_t)layout_len);
    plan->positions = malloc(cells * sizeof(int32_t));
    plan->radix = malloc(cells * sizeof(uint32_t));
    plan->magic = malloc(cells * sizeof(uint64_t));
    plan->count = malloc((size_t)ntemplates * sizeof(int32_t));
    plan->bucket = malloc((BUCKETS + 1) * sizeof(int32_t));
    if (!plan->rows || !plan->positions || !plan->radix || !plan->magic || !plan->count ||
        !plan->bucket) {
        free_plan(plan);
        return 0;
    }
    for (int32_t t = 0; t < ntemplates; t++) {
        uint8_t *row = plan->rows + (int64_t)t * layout_len;
        memcpy(row, layout, (size_t)layout_len);
        const size_t cell = (size_t)t * (size_t)width;
        int32_t k = 0, fixed = width;
        for (int32_t p = width - 1; p >= 0; p--) {
            const uint64_t radix = (uint64_t)sizes[(int64_t)t * width + p];
            if (radix == 1) {
                /* Written in the row once; listed at the end with multiplier 0,
                 * which gives digit 0 (the one allowed) and leaves 0 behind, so
                 * every template runs the same number of steps: a loop whose
                 * length changed with the template would be mispredicted. */
                row[slots[p]] = digits[((int64_t)t * width + p) * 10];
                fixed--;
                plan->positions[cell + (size_t)fixed] = p;
                plan->radix[cell + (size_t)fixed] = 1;
                plan->magic[cell + (size_t)fixed] = 0;
                continue;
            }
            plan->positions[cell + (size_t)k] = p;
            plan->radix[cell + (size_t)k] = (uint32_t)radix;
            plan->magic[cell + (size_t)k] = UINT64_MAX / radix + 1;
            k++;
        }
        plan->count[t] = width;
    }
    uint64_t last = 1; /* the last template's space: below 2^32, checked above */
    for (int32_t p = 0; p < width; p++) last *= (uint64_t)sizes[(int64_t)(ntemplates - 1) * width + p];
    const uint64_t capacity = starts[ntemplates - 1] + last;
    plan->shift = 0;
    while ((capacity >> plan->shift) >= BUCKETS) plan->shift++;
    for (int32_t b = 0, t = 0; b <= BUCKETS; b++) {
        const uint64_t first = (uint64_t)b << plan->shift;
        while (t + 1 < ntemplates && starts[t + 1] <= first) t++;
        plan->bucket[b] = t;
    }
    return 1;
}

/*
 * mixed_radix_render: number index[i] of a space made of templates, each a
 * fixed-length run of positions with a few allowed digits (a phone numbering
 * plan), written into a text layout. starts[t] is the first index of template
 * t (ascending); sizes[t][p] the allowed digits at position p; digits[t][p][k]
 * the k-th of them, in ASCII; slots[p] where position p goes in the layout.
 * Exact integer division throughout, so the digits numpy's path gives.
 */
void mixed_radix_render(const uint64_t *index, int64_t n, const uint64_t *starts,
                        int32_t ntemplates, const int64_t *sizes, const uint8_t *digits,
                        int32_t width, const uint8_t *layout, int32_t layout_len,
                        const int32_t *slots, uint8_t *out) {
    plan_t plan = {0};
    if (build_plan(&plan, starts, ntemplates, sizes, digits, width, layout, layout_len, slots)) {
        for (int64_t i = 0; i < n; i++) {
            const uint64_t v = index[i];
            uint64_t b = v >> plan.shift;
            int32_t t = plan.bucket[b < BUCKETS ? b : BUCKETS];
            while (t + 1 < ntemplates && starts[t + 1] <= v) t++;
            uint64_t local = v - starts[t]; /* below 2^32: the template's space is */
            const size_t cell = (size_t)t * (size_t)width;
            const uint8_t *allowed = digits + (int64_t)t * width * 10;
            uint8_t *row = out + i * layout_len;
            copy_bytes(row, plan.rows + (int64_t)t * layout_len, (size_t)layout_len);
            for (int32_t k = 0; k < plan.count[t]; k++) {
                const uint64_t magic = plan.magic[cell + (size_t)k];
                const uint64_t fraction = magic * local;
                const uint64_t choice =
                    (uint64_t)(((unsigned __int128)fraction * plan.radix[cell + (size_t)k]) >> 64);
                local = (uint64_t)(((unsigned __int128)magic * local) >> 64);
                const int32_t p = plan.positions[cell + (size_t)k];
                row[slots[p]] = allowed[p * 10 + (int64_t)choice];
            }
        }
        free_plan(&plan);
        return;
    }
    for (int64_t i = 0; i < n; i++) {
        const uint64_t v = index[i];
        const int32_t t = template_of(starts, ntemplates, v);
        uint64_t local = v - starts[t];
        const int64_t *size = sizes + (int64_t)t * width;
        const uint8_t *allowed = digits + (int64_t)t * width * 10;
        uint8_t *row = out + i * layout_len;
        memcpy(row, layout, (size_t)layout_len);
        for (int32_t p = width - 1; p >= 0; p--) {
            const uint64_t s = (uint64_t)size[p];
            const uint64_t choice = local % s;
            local /= s;
            row[slots[p]] = allowed[p * 10 + choice];
        }
    }
}

/*
 * concat_strings: row i of the result is the concatenation of every piece's
 * row i. A piece is a constant, a string array, a take from a string pool by
 * int32 indices (so the take is never materialised), or an unsigned integer
 * written in decimal. out_offsets gets rows + 1 offsets; out_data must hold
 * the caller's upper bound plus SLACK bytes. Returns the bytes written.
 */
enum piece_kind { P_CONST = 0, P_ARRAY = 1, P_TAKE = 2, P_UINT = 3 };


typedef struct {
    int32_t kind;
    int32_t padded;         /* P_ARRAY, P_TAKE: SLACK readable bytes after every string */
    const int32_t *offsets; /* P_ARRAY, P_TAKE (the pool's) */
    const uint8_t *data;    /* P_CONST bytes, P_ARRAY and P_TAKE bytes */
    const void *values;     /* P_TAKE int32 indices, P_UINT uint64 values */
    int64_t offset;         /* P_ARRAY slice offset; P_TAKE pool offset; P_CONST length */
} piece_t;

int64_t concat_strings(const piece_t *pieces, int32_t npieces, int64_t rows,
                       int32_t *out_offsets, uint8_t *out_data) {
    uint8_t *out = out_data;
    out_offsets[0] = 0;
    for (int64_t r = 0; r < rows; r++) {
        for (int32_t k = 0; k < npieces; k++) {
            const piece_t *p = &pieces[k];
            switch (p->kind) {
            case P_CONST:
                copy_bytes(out, p->data, (size_t)p->offset);
                out += p->offset;
                break;
            case P_ARRAY: {
                const int32_t *o = p->offsets + p->offset;
                if (p->padded) copy_padded(out, p->data + o[r], (size_t)(o[r + 1] - o[r]));
                else copy_bytes(out, p->data + o[r], (size_t)(o[r + 1] - o[r]));
                out += o[r + 1] - o[r];
                break;
            }
            case P_TAKE: {
                int64_t j = ((const int32_t *)p->values)[r] + p->offset;
                const int32_t *o = p->offsets;
                if (p->padded) copy_padded(out, p->data + o[j], (size_t)(o[j + 1] - o[j]));
                else copy_bytes(out, p->data + o[j], (size_t)(o[j + 1] - o[j]));
                out += o[j + 1] - o[j];
                break;
            }
            default: /* P_UINT */
                out = put_uint_wide(out, ((const uint64_t *)p->values)[r]);
                break;
            }
        }
        out_offsets[r + 1] = (int32_t)(out - out_data);
    }
    return out - out_data;
}

/*
 * feistel_permute: the keyed permutation of [0, size) in permutation.py, per
 * value: a balanced Feistel network of four SplitMix64 rounds over 2 * half
 * bits, walked again while the image falls outside [0, size).
 */
static inline uint64_t mix64(uint64_t x, uint64_t key) {
    x ^= key;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/*
 * Processors with AVX-512 (x86-64-v4) multiply eight 64-bit words at once; GCC
 * builds the chunked loops below twice and picks one at load time.
 */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define WIDE_VARIANTS __attribute__((target_clones("default", "arch=x86-64-v4")))
#else
#define WIDE_VARIANTS
#endif

#define FEISTEL_CHUNK 256

/* One Feistel pass over n <= FEISTEL_CHUNK values: round by round over the
 * whole chunk, so the compiler vectorises across values (about 8x faster
 * than value by value with AVX-512, where the rounds of one value wait on
 * each other). */
WIDE_VARIANTS
static void feistel_chunk(const uint64_t *in, uint64_t *out, int64_t n, int32_t half,
                          uint64_t mask, const uint64_t *keys, int32_t rounds) {
    uint64_t left[FEISTEL_CHUNK], right[FEISTEL_CHUNK];
    for (int64_t j = 0; j < n; j++) {
        left[j] = in[j] >> half;
        right[j] = in[j] & mask;
    }
    for (int32_t r = 0; r < rounds; r++) {
        const uint64_t key = keys[r];
        for (int64_t j = 0; j < n; j++) {
            const uint64_t next = left[j] ^ (mix64(right[j], key) & mask);
            left[j] = right[j];
            right[j] = next;
        }
    }
    for (int64_t j = 0; j < n; j++) out[j] = (left[j] << half) | right[j];
}

/*
 * Every value takes one pass; those whose image falls outside [0, size) are
 * listed (a branch-free append) and walked again, list by list, gathered into
 * chunks. Returns 0, or -1 when the work lists cannot be allocated.
 */
int32_t feistel_permute(const uint64_t *in, uint64_t *out, int64_t n, uint64_t size, int32_t half,
                        const uint64_t *keys, int32_t rounds) {
    const uint64_t mask = (half >= 64) ? ~0ULL : ((1ULL << half) - 1);
    const int full = (2 * half < 64) && size == (1ULL << (2 * half));
    for (int64_t i = 0; i < n; i += FEISTEL_CHUNK) {
        const int64_t m = n - i < FEISTEL_CHUNK ? n - i : FEISTEL_CHUNK;
        feistel_chunk(in + i, out + i, m, half, mask, keys, rounds);
    }
    if (full) return 0;
    int64_t *again = malloc((size_t)(n ? n : 1) * sizeof(int64_t));
    if (!again) return -1;
    int64_t pending = 0;
    for (int64_t i = 0; i < n; i++) {
        again[pending] = i;
        pending += out[i] > size - 1;
    }
    uint64_t values[FEISTEL_CHUNK], walked[FEISTEL_CHUNK];
    while (pending) {
        int64_t still = 0;
        for (int64_t j0 = 0; j0 < pending; j0 += FEISTEL_CHUNK) {
            const int64_t m = pending - j0 < FEISTEL_CHUNK ? pending - j0 : FEISTEL_CHUNK;
            for (int64_t j = 0; j < m; j++) values[j] = out[again[j0 + j]];
            feistel_chunk(values, walked, m, half, mask, keys, rounds);
            for (int64_t j = 0; j < m; j++) {
                const int64_t i = again[j0 + j];
                out[i] = walked[j];
                again[still] = i; /* still <= j0 + j: never overwrites an unread entry */
                still += walked[j] > size - 1;
            }
        }
        pending = still;
    }
    free(again);
    return 0;
}

/*
 * alias_lookup: Walker's alias method for given uniforms, as discrete.py does
 * it (the same double operations in the same order, so the same outcomes).
 */
void alias_lookup(const double *uniform, int32_t *out, int64_t n, const double *probability,
                  const int32_t *alias, int32_t size) {
    for (int64_t i = 0; i < n; i++) {
        double scaled = uniform[i] * (double)size;
        int32_t column = (int32_t)scaled;
        if (column > size - 1) column = size - 1;
        /* A mask, not a branch: the comparison is a coin toss the processor
         * would mispredict half the time. */
        const int32_t other = alias[column];
        const int32_t mask = -(int32_t)((scaled - (double)column) < probability[column]);
        out[i] = (column & mask) | (other & ~mask);
    }
}

/*
 * uuid_format: the canonical 8-4-4-4-12 lower-case text of 128-bit values
 * given as high and low 64-bit halves, 36 bytes per row into out.
 */
static const char HEX[] = "0123456789abcdef";

static inline void put_hex(uint8_t *out, uint64_t v, int digits) {
    for (int k = digits - 1; k >= 0; k--) {
        out[k] = (uint8_t)HEX[v & 15];
        v >>= 4;
    }
}

void uuid_format(const uint64_t *high, const uint64_t *low, int64_t n, uint8_t *out) {
    for (int64_t i = 0; i < n; i++) {
        uint8_t *row = out + i * 36;
        const uint64_t h = high[i], l = low[i];
        put_hex(row, h >> 32, 8);
        row[8] = '-';
        put_hex(row + 9, (h >> 16) & 0xFFFF, 4);
        row[13] = '-';
        put_hex(row + 14, h & 0xFFFF, 4);
        row[18] = '-';
        put_hex(row + 19, l >> 48, 4);
        row[23] = '-';
        put_hex(row + 24, l & 0xFFFFFFFFFFFFULL, 12);
    }
}

/*
 * pattern_render: rows of a pattern (``ORD-#####-??``) from 32 random bits
 * per placeholder, as identifiers.py does it: the digit of a placeholder is
 * trunc(bits * (len(alphabet) / 2^32)) in double precision (the same
 * operations numpy does, so the same digits), looked up in its alphabet.
 * bits holds row i's placeholders at [i * nslots, (i + 1) * nslots);
 * alphabets holds 256 bytes per placeholder; template is the row with its
 * literal characters; slots[k] the byte offset of placeholder k.
 */
void pattern_render(const uint32_t *bits, int64_t n, int32_t nslots, const int32_t *slots,
                    const double *scales, const uint8_t *alphabets, const uint8_t *template_row,
                    int32_t width, uint8_t *out) {
    for (int64_t i = 0; i < n; i++) {
        uint8_t *row = out + i * width;
        memcpy(row, template_row, (size_t)width);
        const uint32_t *b = bits + i * nslots;
        for (int32_t k = 0; k < nslots; k++) {
            const uint8_t digit = (uint8_t)(int64_t)((double)b[k] * scales[k]);
            row[slots[k]] = alphabets[k * 256 + digit];
        }
    }
}

/*
 * philox_uniform: what numpy's Generator(Philox(key=...)).random(n) returns
 * from a fresh generator: Philox4x64-10 (Random123) blocks at counters 1, 2,
 * ... (numpy increments the counter before its first block), four 64-bit words
 * each, turned into doubles as numpy does: (word >> 11) * 2^-53. numpy spends
 * twice as long on it, a call and a buffer check per value.
 */
#define PHILOX_M0 0xD2E7470EE14C6C93ULL
#define PHILOX_M1 0xCA5A826395121157ULL
#define PHILOX_W0 0x9E3779B97F4A7C15ULL
#define PHILOX_W1 0xBB67AE8584CAA73BULL

static inline void philox_block(uint64_t counter, uint64_t k0, uint64_t k1, uint64_t out[4]) {
    uint64_t x0 = counter, x1 = 0, x2 = 0, x3 = 0;
    for (int r = 0; r < 10; r++) {
        if (r) {
            k0 += PHILOX_W0;
            k1 += PHILOX_W1;
        }
        const unsigned __int128 p0 = (unsigned __int128)PHILOX_M0 * x0;
        const unsigned __int128 p1 = (unsigned __int128)PHILOX_M1 * x2;
        const uint64_t n0 = (uint64_t)(p1 >> 64) ^ x1 ^ k0;
        const uint64_t n2 = (uint64_t)(p0 >> 64) ^ x3 ^ k1;
        x1 = (uint64_t)p1;
        x3 = (uint64_t)p0;
        x0 = n0;
        x2 = n2;
    }
    out[0] = x0;
    out[1] = x1;
    out[2] = x2;
    out[3] = x3;
}

void philox_uniform(uint64_t k0, uint64_t k1, int64_t n, double *out) {
    const double unit = 1.0 / 9007199254740992.0; /* 2^-53 */
    uint64_t words[4];
    for (int64_t i = 0; i < n; i += 4) {
        philox_block((uint64_t)(i / 4) + 1, k0, k1, words);
        const int64_t m = n - i < 4 ? n - i : 4;
        for (int64_t j = 0; j < m; j++) out[i + j] = (double)(words[j] >> 11) * unit;
    }
}

/*
 * birth_days: a person's birth day (days since 1970) in one pass, as
 * person.py computes it: an age drawn from the age table (the alias lookup
 * above), then a day among those giving exactly that age,
 * first_day[age] + trunc(u_day * (last_day[age] - first_day[age] + 1)).
 */
void birth_days(const double *u_age, const double *u_day, int64_t n, const double *probability,
                const int32_t *alias, int32_t size, const int64_t *first_day,
                const int64_t *last_day, int64_t *out) {
    for (int64_t i = 0; i < n; i++) {
        const double scaled = u_age[i] * (double)size;
        int32_t column = (int32_t)scaled;
        if (column > size - 1) column = size - 1;
        const int32_t other = alias[column];
        const int32_t mask = -(int32_t)((scaled - (double)column) < probability[column]);
        const int32_t age = (column & mask) | (other & ~mask);
        const int64_t span = last_day[age] - first_day[age] + 1;
        out[i] = first_day[age] + (int64_t)(u_day[i] * (double)span);
    }
}

/* An importable module, so the library ships inside the package like any extension. */
static struct PyModuleDef kernels_module = {
    PyModuleDef_HEAD_INIT, "_kernels", "Compiled kernels (see kernels.c), called via ctypes.",
    -1, NULL, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__kernels(void) { return PyModule_Create(&kernels_module); }
