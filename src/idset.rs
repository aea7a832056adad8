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
use std::collections::HashMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::{LazyLock, OnceLock, PoisonError, RwLock};

/// An id (of a gazetteer entry, a topic, a rule, an article) or a text that many records
/// share: the number of its text in one table of the run's texts, so that the millions of
/// mentions and events of a large archive hold four bytes for each, and copying one costs
/// nothing. It reads as its text (`Deref<Target = str>`), and compares, orders and hashes as
/// its text, so sets of ids keep the text's order and maps of ids are looked up by text.
/// Two ids are ordered by a number kept with each text, its first eight bytes, and by their
/// texts only when those are the same (see [`order_key`]): the sorted sets of an event take in
/// every id of every mention, and compared text against text, that cost most of rebuilding
/// the events of a large archive.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Id(u32);

/// The run's texts: each distinct text is kept once, for the rest of the run, in chunks that
/// never move (chunk `k` holds `FIRST << k` texts), so an id is read without a lock; `INDEX`
/// finds the id of a text.
const FIRST: usize = 1024;
const CHUNKS: usize = 22;
static TEXTS: [OnceLock<Box<[OnceLock<Kept>]>>; CHUNKS] = [const { OnceLock::new() }; CHUNKS];

/// A text of the run and its [`order_key`].
#[derive(Clone, Copy)]
struct Kept {
    text: &'static str,
    key: u64,
}

/// The first eight bytes of `text` as a big-endian number, zeros after a shorter text: two
/// texts whose keys differ order as their keys do (the first byte where the keys differ is the
/// first where the texts do, or where the shorter one, a prefix of the other, ends), and
/// only texts whose keys are equal need to be compared.
fn order_key(text: &str) -> u64 {
    let mut head = [0u8; 8];
    let n = text.len().min(8);
    head[..n].copy_from_slice(&text.as_bytes()[..n]);
    u64::from_be_bytes(head)
}
/// (Hashed with [`crate::hash::Fx`], not the default hasher: a run that reads the reduced
/// state looks up every name of every article's record, hundreds of thousands of lookups.)
static INDEX: LazyLock<RwLock<HashMap<&'static str, u32, crate::hash::FxBuild>>> = LazyLock::new(Default::default);

/// The chunk of id `i` and its place there.
fn place(i: u32) -> (usize, usize) {
    let n = i as usize / FIRST + 1;
    let k = (usize::BITS - 1 - n.leading_zeros()) as usize;
    (k, i as usize - FIRST * ((1 << k) - 1))
}

impl Id {
    /// The id of `text`, given it the first time a text is seen.
    pub fn of(text: &str) -> Id {
        if let Some(&i) = INDEX.read().unwrap_or_else(PoisonError::into_inner).get(text) {
            return Id(i);
        }
        let mut index = INDEX.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(&i) = index.get(text) {
            return Id(i);
        }
        // Four billion distinct texts would be a corpus of thousands of terabytes.
        let i = u32::try_from(index.len()).expect("fewer than 2^32 distinct ids in one run");
        let kept: &'static str = Box::leak(text.into());
        let (k, at) = place(i);
        let Some(chunk) = TEXTS.get(k).map(|c| c.get_or_init(|| (0..FIRST << k).map(|_| OnceLock::new()).collect())) else {
            unreachable!("{CHUNKS} chunks hold more than 2^32 texts")
        };
        let _ = chunk[at].set(Kept { text: kept, key: order_key(kept) });
        index.insert(kept, i);
        Id(i)
    }

    /// Its text, kept for the rest of the run.
    pub fn text(self) -> &'static str {
        self.kept().text
    }

    /// Its text and order key.
    fn kept(self) -> Kept {
        let (k, at) = place(self.0);
        // Every id was made by `Id::of`, which set its place before giving it out.
        TEXTS.get(k).and_then(OnceLock::get).and_then(|c| c.get(at)).and_then(OnceLock::get).copied().unwrap_or(Kept { text: "", key: 0 })
    }
}

impl std::ops::Deref for Id {
    type Target = str;
    fn deref(&self) -> &str {
        self.text()
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        self.text()
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        self.text()
    }
}

impl Hash for Id {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.text().hash(h)
    }
}

impl Ord for Id {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.0 == other.0 {
            return Ordering::Equal;
        }
        let (a, b) = (self.kept(), other.kept());
        a.key.cmp(&b.key).then_with(|| a.text.cmp(b.text))
    }
}

impl PartialOrd for Id {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Default for Id {
    fn default() -> Id {
        Id::of("")
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.text(), f)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.text(), f)
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Id {
        Id::of(text)
    }
}

impl From<&String> for Id {
    fn from(text: &String) -> Id {
        Id::of(text)
    }
}

impl From<String> for Id {
    fn from(text: String) -> Id {
        Id::of(&text)
    }
}

impl From<Box<str>> for Id {
    fn from(text: Box<str>) -> Id {
        Id::of(&text)
    }
}

impl serde::Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.text())
    }
}

impl<'de> serde::Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Ok(Id::of(&text))
    }
}

/// One shared copy of `text`, for a text that many records repeat but no table lists (the
/// date expression a mention is dated by: "أمس", "10 ديسمبر 2020" recur across the mentions of
/// an article and of a corpus): its [`Id`].
pub fn shared_text(text: &str) -> Id {
    Id::of(text)
}

/// An element of an [`IdSet`]: ordered, with the comparison the set operations walk by.
pub trait Member: Ord {
    /// The same order as [`Ord::cmp`], as cheaply as the type allows.
    fn order(&self, other: &Self) -> Ordering {
        self.cmp(other)
    }
}

/// Two ids are one text exactly when they are one number (see [`Id::of`]).
impl Member for Id {}

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
        self.view().contains(x)
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
        self.view().difference(&other.view())
    }
}

impl<T: Member> IdSet<T> {
    /// How many elements the two sets share.
    pub fn shared(&self, other: &Self) -> usize {
        self.view().shared(&other.view())
    }

    /// Whether the two sets share an element.
    pub fn intersects(&self, other: &Self) -> bool {
        self.view().intersects(&other.view())
    }

    /// Whether every element of `self` is in `other`.
    pub fn is_subset(&self, other: &Self) -> bool {
        self.view().is_subset(&other.view())
    }
}

impl<T> IdSet<T> {
    /// The set as a borrowed [`IdSlice`].
    pub fn view(&self) -> IdSlice<'_, T> {
        IdSlice(&self.0)
    }
}

/// A set borrowed as its sorted slice without repeats: one of an [`IdSets`]' sets, or an
/// [`IdSet`]'s ([`IdSet::view`]). Copying it copies the reference.
#[derive(PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdSlice<'a, T>(&'a [T]);

impl<T> Clone for IdSlice<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for IdSlice<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for IdSlice<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0).finish()
    }
}

impl<'a, T> IdSlice<'a, T> {
    /// The elements in order.
    pub fn iter(&self) -> std::slice::Iter<'a, T> {
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

    /// The elements as a sorted slice.
    pub fn as_slice(&self) -> &'a [T] {
        self.0
    }
}

impl<'a, T: Ord> IdSlice<'a, T> {
    /// Whether `x` is in the set.
    pub fn contains<Q: Ord + ?Sized>(&self, x: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|e| e.borrow().cmp(x)).is_ok()
    }

    /// The elements of `self` not in `other`, in order.
    pub fn difference<'b>(&self, other: &IdSlice<'b, T>) -> impl Iterator<Item = &'a T> + use<'a, 'b, T> {
        let other = *other;
        self.0.iter().filter(move |x| !other.contains(*x))
    }

    /// The set as an owned [`IdSet`].
    pub fn to_set(&self) -> IdSet<T>
    where
        T: Clone,
    {
        IdSet(self.0.into())
    }
}

impl<T: Member> IdSlice<'_, T> {
    /// How many elements the two sets share.
    pub fn shared(&self, other: &IdSlice<'_, T>) -> usize {
        self.walk(other, usize::MAX)
    }

    /// Whether the two sets share an element.
    pub fn intersects(&self, other: &IdSlice<'_, T>) -> bool {
        self.walk(other, 1) > 0
    }

    /// Whether every element of `self` is in `other`.
    pub fn is_subset(&self, other: &IdSlice<'_, T>) -> bool {
        self.len() <= other.len() && self.walk(other, usize::MAX) == self.len()
    }

    /// Count shared elements, stopping at `enough`: one pass over both sorted slices, or when
    /// one is much the shorter (a mention's two people against the hundreds of a merged event
    /// that thousands of reports tell), a binary search of the longer for each of its
    /// elements, each from where the last one left off.
    fn walk(&self, other: &IdSlice<'_, T>, enough: usize) -> usize {
        let (a, b) = (self.0, other.0);
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        if short.len() * 16 < long.len() {
            let (mut rest, mut n) = (long, 0);
            for x in short {
                if n >= enough || rest.is_empty() {
                    break;
                }
                match rest.binary_search_by(|y| y.order(x)) {
                    Ok(k) => {
                        n += 1;
                        rest = &rest[k + 1..];
                    }
                    Err(k) => rest = &rest[k..],
                }
            }
            return n;
        }
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

impl<'a, T> IntoIterator for IdSlice<'a, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, T> IntoIterator for &IdSlice<'a, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// `N` sets of ids in one allocation: the people, organisations, places, countries, topics
/// and articles of a merged event. A large archive holds millions of events until the merge
/// ends, and six boxed sets cost six headers and up to six allocations each; here the sets
/// lie one after another behind the ends of each (slot `k` of the first `N` holds where set
/// `k` ends, counted from slot `N`). No set at all allocates nothing.
///
/// The merge adds a mention at a time to an event that a large archive reports from
/// thousands of articles: the ids it brings are inserted in place (the sets after them
/// moved along), in a vector that grows by doubling once it is large ([`GROW_FREELY`]), so an
/// addition is not a new allocation and a copy of every id the event holds.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct IdSets<const N: usize> {
    all: Vec<Id>,
}

/// From how many ids an [`IdSets`] grows by doubling rather than to the size it needs: most
/// events keep one or two mentions and a handful of ids, and a large archive holds millions.
const GROW_FREELY: usize = 64;

/// Up to how many ids a set is searched by comparing the ids' numbers one by one rather than
/// by their texts in order: equal texts are one id, and a short run of integer comparisons
/// costs less than a binary search whose every step compares two texts.
const SCAN_UP_TO: usize = 16;

/// Whether the sorted set `set` holds `x`.
fn holds(set: &[Id], x: Id) -> bool {
    if set.len() <= SCAN_UP_TO { set.contains(&x) } else { set.binary_search(&x).is_ok() }
}

/// Set `k` of `N` sets laid out as an [`IdSets`] lays them out.
fn set_in<const N: usize>(all: &[Id], k: usize) -> IdSlice<'_, Id> {
    if all.is_empty() {
        return IdSlice(&[]);
    }
    let start = if k == 0 { 0 } else { all[k - 1].0 as usize };
    IdSlice(&all[N + start..N + all[k].0 as usize])
}

/// [`IdSets`] that no longer grow, in a boxed slice: no spare room and one word less. A
/// summary of each report borrowing compares holds one, and a large archive has millions.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct FrozenIdSets<const N: usize>(Box<[Id]>);

impl<const N: usize> FrozenIdSets<N> {
    /// Set `k` (`k < N`).
    pub fn get(&self, k: usize) -> IdSlice<'_, Id> {
        set_in::<N>(&self.0, k)
    }
}

impl<const N: usize> fmt::Debug for FrozenIdSets<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries((0..N).map(|k| self.get(k))).finish()
    }
}

impl<const N: usize> IdSets<N> {
    /// Set `k` (`k < N`).
    pub fn get(&self, k: usize) -> IdSlice<'_, Id> {
        set_in::<N>(&self.all, k)
    }

    /// The same sets, no longer to grow.
    pub fn freeze(self) -> FrozenIdSets<N> {
        FrozenIdSets(self.all.into_boxed_slice())
    }

    /// Add the ids of `new[k]` (in any order, repeats allowed) to set `k`, for every `k`:
    /// nothing moves when none of them is new; else each new id is put in its place, the
    /// sets from the last to the first, each from its end, so that every id moves once at
    /// most.
    pub fn extend(&mut self, new: [&[Id]; N]) {
        if self.all.is_empty() {
            self.fill(new);
            return;
        }
        // The new ids of every set in one vector, set `k`'s sorted and without repeats from
        // `added_ends[k - 1]` to `added_ends[k]`: one allocation a call (a vector a set cost
        // most of the call for the events of one mention that every cached run rebuilds).
        let mut added: Vec<Id> = Vec::new();
        let mut added_ends = [0usize; N];
        for k in 0..N {
            let set = self.get(k).as_slice();
            let start = added.len();
            for &x in new[k] {
                if !holds(set, x) {
                    if added.capacity() == added.len() {
                        added.reserve(new[k..].iter().map(|s| s.len()).sum());
                    }
                    added.push(x);
                }
            }
            if added.len() - start > 1 {
                added[start..].sort_unstable();
                let mut kept = start + 1;
                for r in start + 1..added.len() {
                    if added[r] != added[kept - 1] {
                        added[kept] = added[r];
                        kept += 1;
                    }
                }
                added.truncate(kept);
            }
            added_ends[k] = added.len();
        }
        let n_added = added.len();
        if n_added == 0 {
            return;
        }
        let run = |k: usize| &added[if k == 0 { 0 } else { added_ends[k - 1] }..added_ends[k]];
        if self.all.is_empty() {
            self.all.resize(N, Id(0));
        }
        let ends: [usize; N] = std::array::from_fn(|k| N + self.all[k].0 as usize);
        let old_len = self.all.len();
        if old_len + n_added > GROW_FREELY {
            self.all.reserve(n_added);
        } else {
            self.all.reserve_exact(n_added);
        }
        self.all.resize(old_len + n_added, Id(0));
        let all = &mut self.all;
        // Where the next id moved or put goes (it only moves toward the end).
        let mut write = old_len + n_added;
        for k in (0..N).rev() {
            let start = if k == 0 { N } else { ends[k - 1] };
            let mut end = ends[k];
            for &x in run(k).iter().rev() {
                // The old ids after `x` go after it.
                let at = start + all[start..end].partition_point(|o| *o < x);
                all.copy_within(at..end, write - (end - at));
                write -= end - at;
                write -= 1;
                all[write] = x;
                end = at;
            }
            all.copy_within(start..end, write - (end - start));
            write -= end - start;
        }
        debug_assert_eq!(write, N, "every id moved into its place");
        for (k, grown) in added_ends.into_iter().enumerate() {
            // Four billion ids would not fit in memory.
            all[k] = Id(u32::try_from(ends[k] - N + grown).expect("fewer than 2^32 ids in an event"));
        }
    }

    /// [`IdSets::extend`] of sets that hold nothing yet (an event of one mention: every
    /// mention read makes one, mapped or read back from the reduced state): the ids are
    /// copied to their places once and each run sorted where it lies, instead of gathered in
    /// a vector of their own, each looked for in an empty set and then moved into place.
    fn fill(&mut self, new: [&[Id]; N]) {
        let total: usize = new.iter().map(|s| s.len()).sum();
        if total == 0 {
            // No set at all allocates nothing.
            return;
        }
        let mut all = Vec::with_capacity(N + total);
        all.resize(N, Id(0));
        for (k, ids) in new.into_iter().enumerate() {
            let start = all.len();
            all.extend_from_slice(ids);
            if all.len() - start > 1 {
                all[start..].sort_unstable();
                let mut kept = start + 1;
                for r in start + 1..all.len() {
                    if all[r] != all[kept - 1] {
                        all[kept] = all[r];
                        kept += 1;
                    }
                }
                all.truncate(kept);
            }
            // Four billion ids would not fit in memory.
            all[k] = Id(u32::try_from(all.len() - N).expect("fewer than 2^32 ids in an event"));
        }
        self.all = all;
    }
}

impl<const N: usize> fmt::Debug for IdSets<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries((0..N).map(|k| self.get(k))).finish()
    }
}

/// `old` (sorted, without repeats) and `new` (sorted, without repeats, none in `old`) merged
/// in order onto the end of `out`.
///
/// Each new element's place is found by binary search and the old ones before it are copied
/// as one run: the merge adds a mention or two at a time to an event that a large archive
/// reports from thousands of articles (its set of sources holds them all), and ids order by
/// their text, so walking the old set compared one text per source at every addition (the
/// corpus merge then grew with the square of an event's sources).
fn merge_sorted<T: Ord + Clone>(old: &[T], new: Vec<T>, out: &mut Vec<T>) {
    let mut rest = old;
    for x in new {
        let before = rest.partition_point(|o| *o < x);
        out.extend_from_slice(&rest[..before]);
        rest = &rest[before..];
        out.push(x);
    }
    out.extend_from_slice(rest);
}

impl<T: Ord> FromIterator<T> for IdSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut v: Vec<T> = iter.into_iter().collect();
        v.sort();
        v.dedup();
        IdSet(v.into_boxed_slice())
    }
}

impl<T: Ord + Clone> Extend<T> for IdSet<T> {
    /// The new elements are merged in with one reallocation, not one per element.
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let mut new: Vec<T> = iter.into_iter().filter(|x| self.0.binary_search(x).is_err()).collect();
        if new.is_empty() {
            return;
        }
        new.sort();
        new.dedup();
        let mut all = Vec::with_capacity(self.0.len() + new.len());
        merge_sorted(&self.0, new, &mut all);
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

    use super::{Id, IdSet, Member};

    /// Ids past the first chunks of the table read back their texts, and again.
    #[test]
    fn many_ids_read_back() {
        let texts: Vec<String> = (0..5000).map(|i| format!("many-ids-{i}")).collect();
        let ids: Vec<Id> = texts.iter().map(|t| Id::of(t)).collect();
        for (t, id) in texts.iter().zip(&ids) {
            assert_eq!(&**id, t.as_str());
            assert_eq!(Id::of(t), *id);
        }
        assert_eq!((super::place(0), super::place(1023), super::place(1024), super::place(3071), super::place(3072)), ((0, 0), (0, 1023), (1, 0), (1, 2047), (2, 0)));
    }

    /// Three sets extended by each step's three lists, checked against one `BTreeSet` each
    /// after every step; the sets and the model.
    fn extended_as_btreesets(steps: &[Vec<Vec<String>>]) -> Result<(super::IdSets<3>, [BTreeSet<String>; 3]), proptest::test_runner::TestCaseError> {
        let mut sets: super::IdSets<3> = super::IdSets::default();
        let mut model: [BTreeSet<String>; 3] = Default::default();
        for step in steps {
            let ids: Vec<Vec<Id>> = step.iter().map(|list| list.iter().map(|t| Id::of(t)).collect()).collect();
            sets.extend([&ids[0], &ids[1], &ids[2]]);
            for (k, list) in step.iter().enumerate() {
                model[k].extend(list.iter().cloned());
            }
            for k in 0..3 {
                prop_assert_eq!(sets.get(k).iter().map(|id| id.to_string()).collect::<Vec<_>>(), model[k].iter().cloned().collect::<Vec<_>>());
            }
        }
        Ok((sets, model))
    }

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

        /// The counts agree with `BTreeSet` when one set is much the shorter (the other is
        /// then searched rather than walked), from either side.
        #[test]
        fn agrees_with_btreeset_one_set_much_shorter(a in proptest::collection::vec(any::<u8>(), 0..5), b in proptest::collection::vec(any::<u8>(), 0..250)) {
            let (sa, sb): (IdSet<u8>, IdSet<u8>) = (a.iter().copied().collect(), b.iter().copied().collect());
            let (ta, tb): (BTreeSet<u8>, BTreeSet<u8>) = (a.iter().copied().collect(), b.iter().copied().collect());
            prop_assert_eq!(sa.shared(&sb), ta.intersection(&tb).count());
            prop_assert_eq!(sb.shared(&sa), ta.intersection(&tb).count());
            prop_assert_eq!(sa.intersects(&sb), ta.intersection(&tb).next().is_some());
            prop_assert_eq!(sb.intersects(&sa), ta.intersection(&tb).next().is_some());
            prop_assert_eq!(sa.is_subset(&sb), ta.is_subset(&tb));
            prop_assert_eq!(sb.is_subset(&sa), tb.is_subset(&ta));
        }

        /// Sets held in one allocation agree with one `BTreeSet` each, after any sequence of
        /// extensions (repeats, ids already held, empty lists), and compare equal exactly
        /// when their sets do.
        #[test]
        fn sets_in_one_allocation_agree_with_btreesets(steps in proptest::collection::vec(proptest::collection::vec(proptest::collection::vec("[abc]{0,2}", 0..4), 3..=3), 0..6)) {
            let (sets, model) = extended_as_btreesets(&steps)?;
            let mut again: super::IdSets<3> = super::IdSets::default();
            let lists: Vec<Vec<Id>> = model.iter().map(|set| set.iter().rev().map(|t| Id::of(t)).collect()).collect();
            again.extend([&lists[0], &lists[1], &lists[2]]);
            prop_assert_eq!(again, sets);
        }

        /// The same with sets longer than those searched one id at a time, and ids that fall
        /// before, between and after those held.
        #[test]
        fn long_sets_in_one_allocation_agree_with_btreesets(steps in proptest::collection::vec(proptest::collection::vec(proptest::collection::vec("[a-f]{1,2}", 0..12), 3..=3), 0..8)) {
            extended_as_btreesets(&steps)?;
        }

        /// Ids order as their texts whether those differ in their first eight bytes or after
        /// (then their order keys are equal), one is a prefix of the other, or they hold zero
        /// bytes (which the keys pad a shorter text with) or letters of several bytes.
        #[test]
        fn ids_order_as_text_past_their_keys(a in "[ab\u{0}é]{0,11}", b in "[ab\u{0}é]{0,11}", head in "(abcdefgh)?") {
            let (a, b) = (format!("{head}{a}"), format!("{head}{b}"));
            prop_assert_eq!(Id::of(&a).cmp(&Id::of(&b)), a.cmp(&b));
            prop_assert_eq!(Id::of(&b).cmp(&Id::of(&a)), b.cmp(&a));
            prop_assert_eq!(super::order_key(&a).cmp(&super::order_key(&b)) == std::cmp::Ordering::Equal || super::order_key(&a).cmp(&super::order_key(&b)) == a.cmp(&b), true);
        }

        /// A shared text is the text given, and one id for equal texts.
        #[test]
        fn shared_texts_are_one_copy(a in "[ab]{0,3}", b in "[ab]{0,3}") {
            let (x, y) = (super::shared_text(&a), super::shared_text(&b));
            prop_assert_eq!((&*x, &*y), (a.as_str(), b.as_str()));
            prop_assert_eq!(x == y, a == b);
            prop_assert_eq!(x.cmp(&y), a.cmp(&b));
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
