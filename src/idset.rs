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
use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// An id (of a gazetteer entry, a topic, a rule, an article) or a text that many records
/// share: cloning it costs a reference count, not a copy, so the millions of mentions and
/// events of a large archive point to one copy of each.
pub type Id = Arc<str>;

/// One shared copy of `text`, for a text that many records repeat but no table lists (the
/// date expression a mention is dated by: "أمس", "10 ديسمبر 2020" recur across the mentions of
/// an article and of a corpus). The copies are kept for the rest of the run, one per distinct
/// text; the empty text is one of them, so a record without a text allocates nothing.
pub fn shared_text(text: &str) -> Id {
    static POOL: OnceLock<Mutex<HashSet<Id>>> = OnceLock::new();
    let mut pool = POOL.get_or_init(Default::default).lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(id) = pool.get(text) {
        return id.clone();
    }
    let id: Id = text.into();
    pool.insert(id.clone());
    id
}

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

/// A set of ordered elements stored as a sorted slice without repeats.
///
/// The slice is boxed, not a vector: an event holds six of these until the end of the run, and
/// a box is two words where a vector is three, with no spare capacity (an empty set allocates
/// nothing either way). Adding an element reallocates by one, as a vector grown with
/// `reserve_exact` would; most sets hold a handful of ids.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdSet<T>(Box<[T]>);

impl<T> Default for IdSet<T> {
    fn default() -> Self {
        IdSet(Box::default())
    }
}

impl<T: Ord> IdSet<T> {
    /// The empty set.
    pub fn new() -> Self {
        IdSet::default()
    }

    /// Add `x`; false when it was already there.
    pub fn insert(&mut self, x: T) -> bool {
        match self.0.binary_search(&x) {
            Ok(_) => false,
            Err(at) => {
                let mut v = std::mem::take(&mut self.0).into_vec();
                v.reserve_exact(1);
                v.insert(at, x);
                self.0 = v.into_boxed_slice();
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
        IdSet(v.into_boxed_slice())
    }
}

impl<T: Ord> Extend<T> for IdSet<T> {
    /// The new elements are merged in with one reallocation, not one per element.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let mut new: Vec<T> = iter.into_iter().filter(|x| self.0.binary_search(x).is_err()).collect();
        if new.is_empty() {
            return;
        }
        new.sort();
        new.dedup();
        let mut all = Vec::with_capacity(self.0.len() + new.len());
        let mut old = std::mem::take(&mut self.0).into_vec().into_iter().peekable();
        for x in new {
            while let Some(o) = old.next_if(|o| *o < x) {
                all.push(o);
            }
            all.push(x);
        }
        all.extend(old);
        self.0 = all.into_boxed_slice();
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
        self.0.into_vec().into_iter()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use std::sync::Arc;

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

        /// A shared text is the text given, and one copy for equal texts.
        #[test]
        fn shared_texts_are_one_copy(a in "[ab]{0,3}", b in "[ab]{0,3}") {
            let (x, y) = (super::shared_text(&a), super::shared_text(&b));
            prop_assert_eq!((&*x, &*y), (a.as_str(), b.as_str()));
            prop_assert_eq!(Arc::ptr_eq(&x, &y), a == b);
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
