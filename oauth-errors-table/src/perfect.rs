//! Perfect hashing of a table's codes or error ids, so that `from_code` and `from_error` on a
//! large table find a variant with one hash and one comparison.
//!
//! The scheme is "hash and displace" (as in CHD and PTHash): a key's 64-bit hash picks a bucket,
//! the bucket's pilot (found here, at expansion) moves its keys to free slots of a power-of-two
//! table, and the lookup compares the one key stored in that slot:
//!
//! ```text
//! hash  = hash_u64(key as u64, seed)            or hash_bytes(id, seed)
//! slot  = ((hash ^ pilots[bucket(hash)]).wrapping_mul(C)) >> (64 - bits)
//! found = keys[slot] == key
//! ```
//!
//! The hash functions (`hash_u64`, `hash_bytes`, `bucket`, `displace`, `slot`) have twins in
//! `oauth_errors::__private::hash`, which the generated code calls at run time: the facade is
//! `no_std` and depends on nothing, and this crate is a build-time dependency of the macro, so
//! neither can call the other. The twins are the same text; both are tested against
//! [`HASH_U64_VECTORS`] and [`HASH_BYTES_VECTORS`] (computed by an independent implementation,
//! `benches/hash_vectors.py`), the facade's tests check that the two agree on random input, and
//! the integration tests look up every key of large generated tables.

/// A multiplier of the golden ratio, for the length and chunk mixing of byte strings.
const K: u64 = 0x9E37_79B9_7F4A_7C15;
/// The multiplier of the slot computation.
const C: u64 = 0xBF58_476D_1CE4_E5B9;
const P0: u64 = 0xA076_1D64_78BD_642F;
const P1: u64 = 0xE703_7ED1_A0B4_28DB;
/// The seed of the pilot hashes.
const PILOT_SEED: u64 = 0x2545_F491_4F6C_DD1D;

/// The splitmix64 finalizer of `key ^ seed`.
#[inline]
#[must_use]
pub const fn hash_u64(key: u64, seed: u64) -> u64 {
    let mut x = key ^ seed;
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// A hash of a byte string, after wyhash: up to sixteen bytes are two words (overlapping for
/// eight to sixteen) folded by one 128-bit multiply; longer strings fold sixteen bytes at a time.
#[inline]
#[must_use]
pub fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    let len = bytes.len();
    let (first, last, seed) = if len <= 16 {
        let (first, last) = if len >= 8 {
            (word(bytes, 0), word(bytes, len - 8))
        } else if len >= 4 {
            (u64::from(half(bytes, 0)), u64::from(half(bytes, len - 4)))
        } else if len > 0 {
            let spread = u64::from(bytes[0]) << 16
                | u64::from(bytes[len / 2]) << 8
                | u64::from(bytes[len - 1]);
            (spread, 0)
        } else {
            (0, 0)
        };
        (first, last, seed)
    } else {
        let mut seed = seed;
        let mut at = 0;
        while len - at > 16 {
            seed = fold(word(bytes, at) ^ P0, word(bytes, at + 8) ^ seed);
            at += 16;
        }
        // The last sixteen bytes, overlapping the block before: no copy of a partial word.
        (word(bytes, len - 16), word(bytes, len - 8), seed)
    };
    fold(first ^ P0 ^ len as u64, last ^ seed ^ P1)
}

/// The 128-bit product of two words, folded to 64 bits.
#[inline]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the two halves of the product"
)]
fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The eight bytes at `at`, little-endian.
#[inline]
fn word(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The four bytes at `at`, little-endian.
#[inline]
fn half(bytes: &[u8], at: usize) -> u32 {
    let mut half = [0; 4];
    half.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(half)
}

/// The key of a code: its two's complement bits, sign-extended to 64 (what
/// `__private::hash::key_*` computes from the code's own type).
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a code fits i64 or u64: its low 64 bits are its bits, sign-extended"
)]
pub(crate) fn code_key(code: i128) -> u64 {
    code as u64
}

/// The bucket of a hash among `buckets`.
#[inline]
#[must_use]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the bucket is below `buckets`, a `usize`"
)]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot of a hash whose bucket's pilot hash is `pilot`, in a table of `2^bits` slots.
#[inline]
#[must_use]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the slot is below 2^bits, the length of a slice"
)]
pub const fn displace(hash: u64, pilot: u64, bits: u32) -> usize {
    ((hash ^ pilot).wrapping_mul(C) >> (64 - bits)) as usize
}

/// The slot of a key with hash `hash`, in a table of `2^bits` slots whose buckets have the
/// pilot hashes `pilots`: what the generated lookups compute.
#[inline]
#[must_use]
pub const fn slot(hash: u64, pilots: &[u64], bits: u32) -> usize {
    displace(hash, pilots[bucket(hash, pilots.len())], bits)
}

/// `(key, seed, hash_u64(key, seed))`, computed by an independent implementation
/// (`benches/hash_vectors.py`).
pub const HASH_U64_VECTORS: [(u64, u64, u64); 3] = [
    (0, 0, 0),
    (21325, 0x1234, 0x1656_dfb3_2a4a_7605),
    (u64::MAX, u64::MAX, 0),
];

/// `(bytes, seed, hash_bytes(bytes, seed))`, computed by an independent implementation
/// (`benches/hash_vectors.py`): every length class (empty, under 4, 4 to 7, 8 to 16, over 16).
pub const HASH_BYTES_VECTORS: [(&[u8], u64, u64); 6] = [
    (b"", 0, 0x1ff5_c292_3a78_8d2c),
    (b"ab", 7, 0xb23c_b93a_8541_e634),
    (b"abcde", 7, 0xa6dd_445f_018b_c3e2),
    (
        b"redirect_uri_mismatch_and_more_than_32",
        7,
        0x9002_5d85_ddcb_6c2f,
    ),
    (b"invalid_grant", 7, 0x8594_c584_3934_b232),
    ("错误码(error)".as_bytes(), 7, 0xe723_03d4_4bd5_cc59),
];

/// A perfect hash of a set of keys.
#[derive(Debug)]
pub(crate) struct PerfectHash {
    /// The seed of the key hashes.
    pub(crate) seed: u64,
    /// Each bucket's pilot hash.
    pub(crate) pilots: Vec<u64>,
    /// The table has `2^bits` slots.
    pub(crate) bits: u32,
    /// Each slot's key, as an index into the keys; `None` for a free slot.
    pub(crate) slots: Vec<Option<usize>>,
}

/// Finds a perfect hash for the keys whose hashes `hashes(seed)` gives, in key order. `None`
/// when no seed of the ones tried works (then a `match` does the lookup).
pub(crate) fn build(count: usize, hashes: impl Fn(u64) -> Vec<u64>) -> Option<PerfectHash> {
    if count == 0 {
        return None;
    }
    // A load factor of at most 0.8, and four keys per bucket on average.
    let bits = (count + count / 4)
        .max(2)
        .next_power_of_two()
        .trailing_zeros();
    let buckets = count.div_ceil(4);
    (0..64u64).find_map(|attempt| {
        let seed = hash_u64(attempt, K);
        try_seed(&hashes(seed), seed, bits, buckets)
    })
}

fn try_seed(hashes: &[u64], seed: u64, bits: u32, buckets: usize) -> Option<PerfectHash> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (key, &hash) in hashes.iter().enumerate() {
        members[bucket(hash, buckets)].push(key);
    }
    let mut order: Vec<usize> = (0..buckets).collect();
    order.sort_by_key(|&bucket| std::cmp::Reverse(members[bucket].len()));

    let mut slots: Vec<Option<usize>> = vec![None; 1 << bits];
    let mut pilots = vec![0; buckets];
    let mut taken: Vec<usize> = Vec::new();
    for bucket in order {
        let keys = &members[bucket];
        if keys.is_empty() {
            break;
        }
        let found = (0..=u64::from(u16::MAX)).find_map(|pilot| {
            let pilot = hash_u64(pilot, PILOT_SEED);
            taken.clear();
            for &key in keys {
                let slot = displace(hashes[key], pilot, bits);
                if slots[slot].is_some() || taken.contains(&slot) {
                    return None;
                }
                taken.push(slot);
            }
            Some(pilot)
        })?;
        pilots[bucket] = found;
        for (&key, &slot) in keys.iter().zip(&taken) {
            slots[slot] = Some(key);
        }
    }
    Some(PerfectHash {
        seed,
        pilots,
        bits,
        slots,
    })
}

impl PerfectHash {
    /// The slot of a key with this hash (as the generated code computes it).
    #[cfg(test)]
    pub(crate) fn slot_of(&self, hash: u64) -> usize {
        slot(hash, &self.pilots, self.bits)
    }
}

#[cfg(test)]
mod tests {
    use super::{HASH_BYTES_VECTORS, HASH_U64_VECTORS, build, hash_bytes, hash_u64};
    use proptest::prelude::*;
    use std::collections::HashSet;

    #[test]
    fn the_hashes_are_the_independent_implementations() {
        for (key, seed, hash) in HASH_U64_VECTORS {
            assert_eq!(hash_u64(key, seed), hash, "{key} {seed}");
        }
        for (bytes, seed, hash) in HASH_BYTES_VECTORS {
            assert_eq!(hash_bytes(bytes, seed), hash, "{bytes:?} {seed}");
        }
    }

    fn check(keys: &[u64]) {
        let hash = build(keys.len(), |seed| {
            keys.iter().map(|&key| hash_u64(key, seed)).collect()
        })
        .expect("a perfect hash");
        let mut used = HashSet::new();
        for (index, &key) in keys.iter().enumerate() {
            let slot = hash.slot_of(hash_u64(key, hash.seed));
            assert_eq!(hash.slots[slot], Some(index));
            assert!(used.insert(slot));
        }
        assert_eq!(hash.slots.iter().flatten().count(), keys.len());
    }

    #[test]
    fn tables_of_every_size() {
        for count in [1, 2, 3, 10, 17, 100, 1_000, 10_000] {
            let keys: Vec<u64> = (0..count).map(|i| hash_u64(i, 99) % 1_000_000).collect();
            let distinct: HashSet<u64> = keys.iter().copied().collect();
            let keys: Vec<u64> = distinct.into_iter().collect();
            check(&keys);
        }
        // Consecutive codes, and QQ's codes.
        check(&(100_000..110_000).collect::<Vec<u64>>());
        check(&[0, 100_000, 100_001, 110_510, u64::MAX, 1 << 63]);
    }

    proptest! {
        #![proptest_config(crate::testing::config(64))]

        #[test]
        fn any_set_of_codes(keys in prop::collection::hash_set(any::<u64>(), 1..300)) {
            check(&keys.into_iter().collect::<Vec<u64>>());
        }
    }
}
