/* Strings assembled from pieces in one pass (concat.py). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

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
