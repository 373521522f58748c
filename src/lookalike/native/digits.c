/* Phone numbers from numbering plans (digits.py). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

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
 * random_pick: the digits of random numbers of a numbering plan, as phone.py's
 * Templates.sample draws them: row i uses template[i], and position p takes
 * choice min(trunc(u[i][p] * sizes[t][p]), sizes[t][p] - 1) among its allowed
 * digits (the same double product and truncation as numpy's), written as
 * ASCII into chars[i][p].
 */
void random_pick(const double *uniform, const int64_t *template, int64_t n, const int64_t *sizes,
                 const uint8_t *digits, int32_t width, uint8_t *chars) {
    for (int64_t i = 0; i < n; i++) {
        const int64_t t = template[i];
        const int64_t *size = sizes + t * width;
        const uint8_t *allowed = digits + t * width * 10;
        const double *u = uniform + i * width;
        uint8_t *row = chars + i * width;
        for (int32_t p = 0; p < width; p++) {
            int64_t choice = (int64_t)(u[p] * (double)size[p]);
            if (choice > size[p] - 1) choice = size[p] - 1;
            row[p] = allowed[p * 10 + choice];
        }
    }
}
