/* Lorem ipsum text in one pass: words, or capitalised sentences, joined per row (lorem.py). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/*
 * Row r of the result joins its next counts[r] units with ' '. Without
 * lengths a unit is one word (an int32 index into the pool); with lengths,
 * unit s is a sentence of lengths[s] words joined with ' ', its first letter
 * upper-cased and a '.' after it. The pool holds lowercase ASCII words (the
 * caller checks), so upper-casing the first byte is what utf8_capitalize does.
 * out_offsets gets rows + 1 offsets; out_data must hold the caller's bound.
 * Returns the bytes written.
 */
int64_t lorem_text(const int32_t *pool_offsets, const uint8_t *pool_data, const int32_t *words,
                   const int64_t *lengths, const int64_t *counts, int64_t rows,
                   int32_t *out_offsets, uint8_t *out_data) {
    uint8_t *out = out_data;
    int64_t word = 0, sentence = 0;
    out_offsets[0] = 0;
    for (int64_t r = 0; r < rows; r++) {
        for (int64_t u = 0; u < counts[r]; u++) {
            if (u) *out++ = ' ';
            const int64_t n = lengths ? lengths[sentence++] : 1;
            uint8_t *first = out;
            for (int64_t k = 0; k < n; k++, word++) {
                if (k) *out++ = ' ';
                const int32_t j = words[word];
                const int32_t size = pool_offsets[j + 1] - pool_offsets[j];
                copy_bytes(out, pool_data + pool_offsets[j], (size_t)size);
                out += size;
            }
            if (lengths) {
                if (out > first && *first >= 'a' && *first <= 'z') *first -= 'a' - 'A';
                *out++ = '.';
            }
        }
        out_offsets[r + 1] = (int32_t)(out - out_data);
    }
    return out - out_data;
}
