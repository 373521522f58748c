/* Fixed-width texts: UUIDs and patterns (fixed.py). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
