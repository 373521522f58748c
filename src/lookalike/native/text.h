/*
 * Helpers the kernels share: decimal digits by pairs, and copies of short
 * strings without a library call (see copy_padded for the SLACK contract).
 */
#ifndef LOOKALIKE_TEXT_H
#define LOOKALIKE_TEXT_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* "00" "01" ... "99": two digits per division. */
static const char PAIRS[201] =
    "0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849"
    "5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

/* The decimal digits of v, ending at tmp[20]; returns where they start. */
static inline int uint_digits(uint8_t tmp[20], uint64_t v) {
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
    return n;
}

static inline uint8_t *put_uint(uint8_t *out, uint64_t v) {
    uint8_t tmp[20];
    const int n = uint_digits(tmp, v);
    memcpy(out, tmp + n, (size_t)(20 - n));
    return out + (20 - n);
}

/* put_uint that always stores 20 bytes (one fixed-size move, not a library
 * call): only where the caller has reserved 20 bytes for the number. */
static inline uint8_t *put_uint_wide(uint8_t *out, uint64_t v) {
    uint8_t tmp[40]; /* 20 more, so a move of 20 from any start stays inside */
    const int n = uint_digits(tmp, v);
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

#endif
