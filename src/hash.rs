//! FNV-1a, 64 bits: the small non-keyed hash of the crate's event ids (stable across Rust
//! versions, unlike the standard library's hasher); and [`content_hash`], 128 bits, the identity
//! of an article's bytes for the cache, the map lines and the evidence read back at output.
//! The date lexicon's lookups hash words their own way (`dates::lexicon`), by their ends
//! rather than byte by byte.

use std::hash::Hasher;

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(bytes);
    h.finish()
}

/// FNV-1a as a [`Hasher`] (for `HashMap<_, _, BuildHasherDefault<Fnv>>`): the writes hash as
/// their concatenation.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(OFFSET)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(PRIME);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The multiply-rotate hash of rustc (FxHash) as a [`Hasher`], for the maps of small keys
/// (ids, dates, event types) that the merge probes for every mention: several times quicker
/// than the standard library's SipHash on such keys. Not keyed: the keys are the program's
/// own numbers, not text an attacker chooses; no output depends on a map's order.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fx(u64);

/// Maps hashed with [`Fx`]: `HashMap<K, V, FxBuild>`, made with `HashMap::default()`.
pub type FxBuild = std::hash::BuildHasherDefault<Fx>;

/// A map hashed with [`Fx`], for the program's own small keys (made with `default()`, not
/// `new()`).
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

impl Fx {
    #[inline(always)]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A 128-bit hash of `bytes`, as 32 hex digits: the identity of an article's content (and of
/// the data files) for the cache and the map lines.
///
/// Not cryptographic (nobody gains by forging a collision with their own archive), but wide
/// enough that two different articles of any real archive do not share one; it reads eight
/// bytes at a time, so hashing costs little beside reading.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", content_hash_value(bytes))
}

/// [`content_hash`] as a number (what the evidence read back at output compares).
pub fn content_hash_value(bytes: &[u8]) -> u128 {
    let mut h = Hash128::new();
    h.write(bytes);
    h.value()
}

/// The incremental form of [`content_hash`]: two FNV-style lanes over 64-bit words, with
/// different seeds and rotations, and the length mixed in at the end.
#[derive(Debug, Clone)]
pub struct Hash128 {
    a: u64,
    b: u64,
    len: u64,
}

impl Default for Hash128 {
    fn default() -> Self {
        Hash128::new()
    }
}

impl Hash128 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    /// A fresh hasher.
    pub fn new() -> Hash128 {
        Hash128 { a: 0xcbf2_9ce4_8422_2325, b: 0x6c62_272e_07bb_0142, len: 0 }
    }

    /// Add `bytes` (a sequence of writes hashes like one write of their concatenation only
    /// when every write but the last is a multiple of eight bytes: callers write whole
    /// fields and separate them with [`Hash128::field`]).
    pub fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.word(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.word(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 59));
        }
        self.len = self.len.wrapping_add(bytes.len() as u64);
    }

    /// Add one field and mark its end, so that ("ab", "c") and ("a", "bc") differ.
    pub fn field(&mut self, bytes: &[u8]) {
        self.write(bytes);
        self.word(0x9e37_79b9_7f4a_7c15 ^ bytes.len() as u64);
    }

    fn word(&mut self, w: u64) {
        self.a = (self.a ^ w).wrapping_mul(Self::PRIME);
        self.b = (self.b ^ w.rotate_left(29)).wrapping_mul(Self::PRIME).rotate_left(31);
    }

    /// The hash, as 32 hex digits.
    pub fn hex(&self) -> String {
        format!("{:032x}", self.value())
    }

    /// The hash, as a number.
    pub fn value(&self) -> u128 {
        // A final avalanche so that close inputs give unlike digits (splitmix64's finaliser).
        let mix = |mut z: u64| {
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        (u128::from(mix(self.a ^ self.len)) << 64) | u128::from(mix(self.b ^ self.len.rotate_left(32)))
    }
}

/// A [`Hash128`] as a [`std::hash::Hasher`], each write one field: it hashes whatever derives
/// `Hash` (the corpus step fingerprints events with it).
#[derive(Debug, Clone, Default)]
pub struct FieldHasher(pub Hash128);

impl std::hash::Hasher for FieldHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.field(bytes);
    }

    fn finish(&self) -> u64 {
        self.0.value() as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_split_writes() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
        let mut h = Fnv::default();
        h.write(b"foo");
        h.write(b"bar");
        assert_eq!(h.finish(), fnv1a(b"foobar"));
    }

    #[test]
    fn hashes_tell_contents_apart() {
        let inputs: [&[u8]; 7] = [b"", b"a", b"b", b"ab", b"ba", b"abcdefgh", b"abcdefgh\0"];
        let hashes: std::collections::BTreeSet<String> = inputs.iter().map(|b| content_hash(b)).collect();
        assert_eq!(hashes.len(), inputs.len(), "{hashes:?}");
        assert_eq!(content_hash(b"same"), content_hash(b"same"));
        let fields = |parts: &[&str]| {
            let mut h = Hash128::new();
            parts.iter().for_each(|p| h.field(p.as_bytes()));
            h.hex()
        };
        assert_ne!(fields(&["ab", "c"]), fields(&["a", "bc"]));
    }
}
