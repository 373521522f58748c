/* numpy's Philox4x64-10 stream: raw words and uniform doubles (philox.py). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

/* philox_raw: what Generator(Philox(key=...)).bit_generator.random_raw(n)
 * returns from a fresh generator: the same words, unconverted. */
void philox_raw(uint64_t k0, uint64_t k1, int64_t n, uint64_t *out) {
    uint64_t words[4];
    for (int64_t i = 0; i < n; i += 4) {
        philox_block((uint64_t)(i / 4) + 1, k0, k1, words);
        const int64_t m = n - i < 4 ? n - i : 4;
        for (int64_t j = 0; j < m; j++) out[i + j] = words[j];
    }
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
