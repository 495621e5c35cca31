#!/usr/bin/env python3
"""An independent implementation of the perfect-hash functions (oauth-errors-table/src/perfect.rs
and their runtime twins in oauth-errors/src/__private.rs), which prints the test vectors both crates
assert. Python's integers do the 64-bit wrapping arithmetic and the 128-bit products explicitly.

    python3 benches/hash_vectors.py
"""

MASK = (1 << 64) - 1
P0 = 0xA0761D6478BD642F
P1 = 0xE7037ED1A0B428DB


def hash_u64(key, seed):
    """The splitmix64 finalizer of key ^ seed."""
    x = (key ^ seed) & MASK
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK
    return x ^ (x >> 31)


def fold(a, b):
    """The 128-bit product of two words, its halves xor-ed."""
    product = a * b
    return (product & MASK) ^ (product >> 64)


def hash_bytes(data, seed):
    """The wyhash-style hash of a byte string."""
    n = len(data)
    word = lambda at: int.from_bytes(data[at : at + 8], "little")
    half = lambda at: int.from_bytes(data[at : at + 4], "little")
    if n <= 16:
        if n >= 8:
            first, last = word(0), word(n - 8)
        elif n >= 4:
            first, last = half(0), half(n - 4)
        elif n > 0:
            first, last = (data[0] << 16) | (data[n // 2] << 8) | data[n - 1], 0
        else:
            first, last = 0, 0
    else:
        at = 0
        while n - at > 16:
            seed = fold(word(at) ^ P0, word(at + 8) ^ seed)
            at += 16
        first, last = word(n - 16), word(n - 8)
    return fold(first ^ P0 ^ n, last ^ seed ^ P1)


if __name__ == "__main__":
    print(f"hash_u64(21325, 0x1234) = {hash_u64(21325, 0x1234):#x}")
    print(f"hash_u64(u64::MAX, u64::MAX) = {hash_u64(MASK, MASK):#x}")
    for text, seed in [
        (b"", 0),
        (b"ab", 7),
        (b"abcde", 7),
        (b"invalid_grant", 7),
        ("错误码(error)".encode(), 7),
        (b"redirect_uri_mismatch_and_more_than_32", 7),
    ]:
        print(f"hash_bytes({text!r}, {seed}) = {hash_bytes(text, seed):#x}")
