/* The keyed permutation, alias lookups and birth days (sampling.py). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

/*
 * alias_build: Vose's method exactly as AliasTable.from_weights runs it in
 * Python (discrete.py), on weights already scaled to average 1 (``work``,
 * changed in place): the same stacks (small popped from its end, large read
 * at its end) and the same double operations in the same order, so the
 * tables are equal to the bit. Returns 0, or -1 when the stacks cannot be
 * allocated.
 */
int32_t alias_build(double *work, int64_t n, double *probability, int32_t *alias) {
    int64_t *small = malloc((size_t)(n > 0 ? n : 1) * sizeof(int64_t));
    int64_t *large = malloc((size_t)(n > 0 ? n : 1) * sizeof(int64_t));
    if (small == NULL || large == NULL) {
        free(small);
        free(large);
        return -1;
    }
    int64_t smalls = 0, larges = 0;
    for (int64_t i = 0; i < n; i++) {
        probability[i] = 1.0;
        alias[i] = (int32_t)i;
        if (work[i] < 1.0) small[smalls++] = i;
    }
    for (int64_t i = 0; i < n; i++) {
        if (work[i] >= 1.0) large[larges++] = i; /* NaN is in neither list, as in Python */
    }
    while (smalls > 0 && larges > 0) {
        const int64_t low = small[--smalls], high = large[larges - 1];
        probability[low] = work[low];
        alias[low] = (int32_t)high;
        work[high] -= 1.0 - work[low];
        if (work[high] < 1.0) small[smalls++] = large[--larges];
    }
    free(small);
    free(large);
    return 0;
}
