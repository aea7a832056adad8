//! A small ordered set kept as a sorted vector: the people, organisations, places, countries
//! and topics of an event.
//!
//! Those sets hold a handful of ids each and the merge compares them millions of times on a
//! large archive (shared members, inclusion). A `BTreeSet` pays a node allocation per set and a
//! tree walk per comparison; a sorted vector is one allocation and its comparisons are merges
//! of two short slices. Iteration order is the elements' order, as with a `BTreeSet`, so every
//! output keeps its order.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::sync::Arc;

/// An id (of a gazetteer entry, a topic, a rule, an article) or a text that many records
/// share: cloning it costs a reference count, not a copy, so the millions of mentions and
/// events of a large archive point to one copy of each.
pub type Id = Arc<str>;

/// An element of an [`IdSet`]: ordered, with the comparison the set operations walk by.
pub trait Member: Ord {
    /// The same order as [`Ord::cmp`], as cheaply as the type allows.
    fn order(&self, other: &Self) -> Ordering {
        self.cmp(other)
    }
}

/// The merge compares the id sets of events millions of times, and `str`'s order calls
/// `memcmp` for every pair: two ids that are one shared copy are equal at once, and two
/// distinct ids mostly differ in their first byte.
impl Member for Id {
    fn order(&self, other: &Self) -> Ordering {
        if Arc::ptr_eq(self, other) {
            return Ordering::Equal;
        }
        let (a, b) = (self.as_bytes(), other.as_bytes());
        match (a.first(), b.first()) {
            (Some(x), Some(y)) if x != y => x.cmp(y),
            _ => a.cmp(b),
        }
    }
}

impl Member for &str {}

impl Member for u8 {}

/// A set of ordered elements stored as a sorted vector without repeats.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdSet<T>(Vec<T>);

impl<T> Default for IdSet<T> {
    fn default() -> Self {
        IdSet(Vec::new())
    }
}

impl<T: Ord> IdSet<T> {
    /// The empty set.
    pub fn new() -> Self {
        IdSet(Vec::new())
    }

    /// Add `x`; false when it was already there.
    pub fn insert(&mut self, x: T) -> bool {
        match self.0.binary_search(&x) {
            Ok(_) => false,
            Err(at) => {
                // Most sets hold a few ids and live until the end of the run: grow those by
                // one; a large one (the sources of a much-reported event) grows as usual.
                if self.0.len() < 8 {
                    self.0.reserve_exact(1);
                }
                self.0.insert(at, x);
                true
            }
        }
    }

    /// Whether `x` is in the set.
    pub fn contains<Q: Ord + ?Sized>(&self, x: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|e| e.borrow().cmp(x)).is_ok()
    }

    /// The elements in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// How many elements.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The elements of `self` not in `other`, in order.
    pub fn difference<'a>(&'a self, other: &'a Self) -> impl Iterator<Item = &'a T> + 'a {
        self.0.iter().filter(move |x| !other.contains(*x))
    }
}

impl<T: Member> IdSet<T> {
    /// How many elements the two sets share.
    pub fn shared(&self, other: &Self) -> usize {
        self.walk(other, usize::MAX)
    }

    /// Whether the two sets share an element.
    pub fn intersects(&self, other: &Self) -> bool {
        self.walk(other, 1) > 0
    }

    /// Whether every element of `self` is in `other`.
    pub fn is_subset(&self, other: &Self) -> bool {
        self.len() <= other.len() && self.walk(other, usize::MAX) == self.len()
    }

    /// Count shared elements, stopping at `enough`: one pass over both sorted slices.
    fn walk(&self, other: &Self, enough: usize) -> usize {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() && n < enough {
            match a[i].order(&b[j]) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }
}

impl<T: Ord> FromIterator<T> for IdSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v: Vec<T> = iter.into_iter().collect();
        v.sort();
        v.dedup();
        IdSet(v)
    }
}

impl<T: Ord> Extend<T> for IdSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.insert(x);
        }
    }
}

impl<'a, T> IntoIterator for &'a IdSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> IntoIterator for IdSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::{Id, IdSet, Member};

    proptest! {
        /// Every operation agrees with `BTreeSet` on random small sets.
        #[test]
        fn agrees_with_btreeset(a in proptest::collection::vec(0u8..12, 0..8), b in proptest::collection::vec(0u8..12, 0..8)) {
            let (sa, sb): (IdSet<u8>, IdSet<u8>) = (a.iter().copied().collect(), b.iter().copied().collect());
            let (ta, tb): (BTreeSet<u8>, BTreeSet<u8>) = (a.iter().copied().collect(), b.iter().copied().collect());
            prop_assert_eq!(sa.iter().collect::<Vec<_>>(), ta.iter().collect::<Vec<_>>());
            prop_assert_eq!(sa.shared(&sb), ta.intersection(&tb).count());
            prop_assert_eq!(sa.intersects(&sb), ta.intersection(&tb).next().is_some());
            prop_assert_eq!(sa.is_subset(&sb), ta.is_subset(&tb));
            prop_assert_eq!(sa.difference(&sb).collect::<Vec<_>>(), ta.difference(&tb).collect::<Vec<_>>());
            let mut grown = sa.clone();
            grown.extend(b.iter().copied());
            prop_assert_eq!(grown.iter().collect::<Vec<_>>(), ta.union(&tb).collect::<Vec<_>>());
            for x in 0u8..12 {
                prop_assert_eq!(sa.contains(&x), ta.contains(&x));
            }
        }

        /// Ids compare as their text whether they are one shared copy or two, equal or not,
        /// empty or sharing a first byte, and sets of them agree with `BTreeSet`.
        #[test]
        fn ids_order_as_text(a in proptest::collection::vec("[ab]{0,3}", 0..6), b in proptest::collection::vec("[ab]{0,3}", 0..6)) {
            let copies: Vec<Id> = a.iter().map(|s| Id::from(s.as_str())).collect();
            // `b`'s ids are `a`'s copy when `a` has the same text, else copies of their own.
            let others: Vec<Id> = b.iter().map(|s| copies.iter().find(|c| &***c == s.as_str()).cloned().unwrap_or_else(|| Id::from(s.as_str()))).collect();
            for (x, y) in copies.iter().zip(&others) {
                prop_assert_eq!(x.order(y), x.cmp(y));
                prop_assert_eq!(x.order(x), std::cmp::Ordering::Equal);
            }
            let (sa, sb): (IdSet<Id>, IdSet<Id>) = (copies.into_iter().collect(), others.into_iter().collect());
            let (ta, tb): (BTreeSet<String>, BTreeSet<String>) = (a.into_iter().collect(), b.into_iter().collect());
            prop_assert_eq!(sa.shared(&sb), ta.intersection(&tb).count());
            prop_assert_eq!(sa.intersects(&sb), ta.intersection(&tb).next().is_some());
            prop_assert_eq!(sa.is_subset(&sb), ta.is_subset(&tb));
        }
    }
}
