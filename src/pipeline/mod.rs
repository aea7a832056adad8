//! The corpus: every article read and mapped in parallel (the per-article work is
//! [`crate::extraction`], the line it yields [`crate::mapred::ArticleMap`]), then the corpus
//! step every command shares ([`corpus_events`]): publication dates borrowed across articles
//! and the cross-article merge.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::cache::Cache;
use crate::corpus::{self, Article, CorpusError, Manifest};
use crate::evidence::{Evidence, Quotes};
use crate::dates::anchor::BorrowClue;
use crate::dates::Anchor;
use crate::events::resolve::{MentionDraft, finish};
use crate::gazetteer::Gazetteer;
use crate::idset::Id;
use crate::hash::content_hash;
use crate::events::EventType;
use crate::mapred::ArticleMap;
use crate::reduced::record::MentionRecord;
use crate::merge::{Event, Mention, meeting_rows, merge_article};
pub use crate::extraction::{ArticleExtraction, Context, Shares, extract_article};
use crate::text::lang::Lang;

/// Read every article under `corpus_dir` (or the listed files) in parallel. Articles come back
/// sorted by name; files that could not be read or decoded come back as errors.
pub fn read_corpus(corpus_dir: &Path, files: &[std::path::PathBuf]) -> Result<(Vec<Article>, Vec<CorpusError>), CorpusError> {
    let (paths, mut problems) = if files.is_empty() {
        corpus::list_articles(corpus_dir)?
    } else {
        (files.to_vec(), Vec::new())
    };
    let results: Vec<Result<Article, CorpusError>> = paths.par_iter().map(|p| corpus::read_article(corpus_dir, p)).collect();
    let articles = successes_by_name(results, &mut problems, |a| &a.name);
    Ok((articles, problems))
}

/// The successes of a parallel map over files, sorted by article name; the failures are added
/// to `problems` in file order.
fn successes_by_name<T>(results: Vec<Result<T, CorpusError>>, problems: &mut Vec<CorpusError>, name: impl Fn(&T) -> &str) -> Vec<T> {
    let mut ok = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => ok.push(a),
            Err(e) => problems.push(e),
        }
    }
    ok.sort_by(|a, b| name(a).cmp(name(b)));
    ok
}

/// Extract every article in parallel, keeping their order; `done` is called after each
/// article (a progress bar ticks there).
pub fn extract_all(articles: Vec<Article>, ctx: &Context, manifest: &Manifest, done: &(dyn Fn() + Sync)) -> Vec<ArticleExtraction> {
    articles
        .into_par_iter()
        .map(|a| {
            let entry = manifest.get(&a.name);
            let x = extract_article(a, ctx, entry);
            done();
            x
        })
        .collect()
}

/// How an article's map line was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapOutcome {
    /// The article was read and extracted.
    Mapped,
    /// Its line came from the cache.
    Cached,
    /// Its cache entry could not be used (the reason), so it was read and extracted again.
    Remapped(String),
}

/// Map one article file: read its bytes, take its line from `cache` when its content, name,
/// manifest row and the data are those the line was made with, else extract it (and keep the
/// line in the cache). `data` is the fingerprint of the loaded data
/// ([`crate::cache::data_fingerprint`]).
pub fn map_file(
    corpus_dir: &Path,
    path: &Path,
    ctx: &Context,
    manifest: &Manifest,
    data: &str,
    cache: Option<&Cache>,
) -> Result<(ArticleMap, MapOutcome), CorpusError> {
    let bytes = corpus::read_article_bytes(path)?;
    let hash = content_hash(&bytes);
    let name = corpus::article_name(corpus_dir, path);
    let entry = manifest.get(&name);
    let key = cache.map(|c| c.key(&name, &hash, entry));
    let mut outcome = MapOutcome::Mapped;
    if let (Some(cache), Some(key)) = (cache, &key) {
        let (found, made) = match cache.made(key) {
            Some(map) => (Ok(Some(map)), true),
            None => (cache.get(key, &name, &hash), false),
        };
        match found {
            Ok(Some(mut map)) => {
                let text = corpus::article_from_bytes(corpus_dir, path, &bytes)?.text;
                map.quotes = Some(Arc::new(Quotes::in_file(path, &name, &map.hash, &text, map.evidence.clone())));
                return Ok((map, if made { MapOutcome::Mapped } else { MapOutcome::Cached }));
            }
            Ok(None) => {}
            Err(reason) => outcome = MapOutcome::Remapped(reason),
        }
    }
    let article = corpus::article_from_bytes(corpus_dir, path, &bytes)?;
    drop(bytes);
    let x = extract_article(article, ctx, entry);
    let mut map = ArticleMap::of(&x, ctx, hash, data);
    // The corpus step keeps where the sentences are, not the sentences (see `crate::evidence`).
    map.quotes = Some(Arc::new(Quotes::in_file(path, &name, &map.hash, &x.doc.article.text, map.evidence.clone())));
    if let (Some(cache), Some(key)) = (cache, &key)
        && !map.cut_short
        && let Err(e) = cache.put(key, &map)
    {
        // The run goes on without the entry: only the next run is slower.
        outcome = MapOutcome::Remapped(format!("not kept in the cache: {e}"));
    }
    Ok((map, outcome))
}

/// [`map_file`] over many files in parallel, each line passed at once to `then` (so that the
/// caller keeps only what it needs of it); results come back sorted by article name, with how
/// each line was obtained. `done` is called after each file (a progress bar ticks there).
#[allow(clippy::too_many_arguments)]
pub fn map_files<T: Send>(
    corpus_dir: &Path,
    paths: Vec<PathBuf>,
    ctx: &Context,
    manifest: &Manifest,
    data: &str,
    cache: Option<&Cache>,
    then: &(dyn Fn(ArticleMap) -> T + Sync),
    done: &(dyn Fn() + Sync),
) -> (Vec<(String, T, MapOutcome)>, Vec<CorpusError>) {
    let mut problems = Vec::new();
    let results: Vec<Result<(String, T, MapOutcome), CorpusError>> = paths
        .into_par_iter()
        .map(|p| {
            let result = map_file(corpus_dir, &p, ctx, manifest, data, cache).map(|(map, outcome)| (map.file.clone(), then(map), outcome));
            done();
            result
        })
        .collect();
    let mapped = successes_by_name(results, &mut problems, |r| &r.0);
    (mapped, problems)
}

/// What the corpus step keeps of one article: its events, merged within the article and dated
/// against its own anchor, and, for an article that may borrow an anchor, its map line (its
/// mentions are resolved again against the borrowed one). Memory then grows with the events,
/// not with the corpus; and when the events wait in a spill file (`spilled`), with what
/// borrowing reads of them.
#[derive(Debug, Clone)]
pub struct ReducedArticle {
    /// Article name.
    pub name: String,
    /// Its events, merged within the article, dated against its own anchor (none while they
    /// wait in a spill file).
    pub events: Vec<Event>,
    /// Where its events wait when they were written to a spill file while mapping
    /// ([`reduce_article_spilling`]), and what borrowing reads of each.
    spilled: Option<(SpilledEvents, Box<[corpus_step::EventFacts]>)>,
    /// What borrowing needs of an article without a publication day (or with only its month
    /// or year), boxed: its map line is a few hundred bytes, most articles have a day, and
    /// every article's slot is held from its map to the merge (twice for a moment when the
    /// mapped articles are sorted).
    pub pending: Option<Box<PendingArticle>>,
    /// The article took longer than the time limit and was read only in part.
    pub cut_short: bool,
    /// Its language.
    pub lang: Lang,
}

/// The map line of an article that may borrow an anchor, its mentions to be resolved again
/// against the borrowed one: its sentences are held once, shared with its events' mentions.
#[derive(Debug, Clone)]
pub struct PendingArticle {
    /// The line, without its sentences (`evidence` is empty), and without its mentions when
    /// they were put aside (`set_aside`).
    pub map: ArticleMap,
    /// The sentences the mentions quote (the line's `evidence`, or where the article file has
    /// them).
    pub quoted: Arc<Quotes>,
    /// Where its mentions were put aside, when they were ([`reduce_article_spilling`]),
    /// and its mentions dated relative to the publication day, found before.
    set_aside: Option<(SetAside, Vec<Relative>)>,
}

/// An article's events written to a [`SpillFile`]: each as the records of its mentions
/// ([`MentionRecord`], which rebuild it exactly: an event is its mentions taken in in order),
/// with the sentences they quote. Each type family's events are written apart, one family
/// after another in one piece of the file, so that the merge, which takes one family at a
/// time, reads only that family's. Every article of a large archive holds one from its map to
/// the merge: where its piece starts, and each family's length in bytes and in events.
#[derive(Debug, Clone)]
pub(crate) struct SpilledEvents {
    file: Arc<SpillFile>,
    /// Where its piece of the file starts.
    at: u64,
    /// Each family's records, in family order, one after another from `at`.
    parts: Box<[SpilledFamily]>,
    /// For each event in the article's order, its family's place in `parts`.
    order: Box<[u8]>,
    quoted: Arc<Quotes>,
}

/// One family's events in a [`SpilledEvents`] piece.
#[derive(Debug, Clone, Copy)]
struct SpilledFamily {
    family: EventType,
    /// How many bytes its records take.
    len: u32,
    /// How many events.
    count: u32,
}

impl SpilledEvents {
    /// Write `events` (whose mentions quote `quoted`) to `file`; gives them back when the file
    /// cannot take them (they then stay in memory).
    pub(crate) fn put(file: &Arc<SpillFile>, events: Vec<Event>, quoted: &Arc<Quotes>) -> Result<SpilledEvents, Vec<Event>> {
        let families: std::collections::BTreeSet<EventType> = events.iter().map(|e| e.event_type.family()).collect();
        let families: Vec<EventType> = families.into_iter().collect();
        // An article's events are of a few families: EventType has fewer than 256.
        let order: Box<[u8]> = events.iter().map(|e| families.iter().position(|&f| f == e.event_type.family()).unwrap_or(0) as u8).collect();
        let mut bytes = Vec::new();
        let mut parts = Vec::with_capacity(families.len());
        for (k, &family) in families.iter().enumerate() {
            let records: Vec<Vec<MentionRecord>> = events.iter().zip(&order).filter(|(_, at)| usize::from(**at) == k).map(|(e, _)| e.mentions.iter().map(MentionRecord::of).collect()).collect();
            let before = bytes.len();
            if serde_json::to_writer(&mut bytes, &records).is_err() {
                return Err(events);
            }
            let (Ok(len), Ok(count)) = (u32::try_from(bytes.len() - before), u32::try_from(records.len())) else { return Err(events) };
            parts.push(SpilledFamily { family, len, count });
        }
        match file.put_bytes(&bytes) {
            Ok(at) => Ok(SpilledEvents { file: file.clone(), at, parts: parts.into_boxed_slice(), order, quoted: quoted.clone() }),
            Err(_) => Err(events),
        }
    }

}

/// The spilled events of every article ([`SpilledEvents`]), held by the corpus step from the
/// map to the merge: one record an article whose events wait in the file (where its piece
/// starts, its name and its sentences' places), the family parts and the event order of all
/// of them in two vectors they share, in the articles' order. A [`SpilledEvents`] kept its
/// parts and order in two small blocks of its own, made on the pool's threads among each
/// article's short-lived allocations, and every article, spilled or not, held a slot for one
/// beside its other slots: about 150 live bytes an article of a large archive through the
/// merge, and pages of small blocks kept resident for them (see docs/replay.md).
#[derive(Debug, Default)]
pub(crate) struct SpillShelf {
    file: Option<Arc<SpillFile>>,
    /// By article, in the articles' order.
    shelved: Vec<Shelved>,
    /// Each article's family parts, one article's after another's.
    parts: Vec<SpilledFamily>,
    /// Each article's events' places in its parts, one article's after another's.
    order: Vec<u8>,
}

/// One article's events on a [`SpillShelf`].
#[derive(Debug, Clone)]
struct Shelved {
    /// Where its piece of the file starts.
    at: u64,
    quoted: Arc<Quotes>,
    /// Its place among the corpus's articles.
    article: u32,
    name: Id,
    /// Where its family parts start in the shelf's `parts`, and how many.
    parts_from: u32,
    parts_len: u8,
    /// Where its events' order starts in the shelf's `order` (as many as its events).
    order_from: u32,
    order_len: u32,
}

/// One article's events on a [`SpillShelf`], as the merge reads them.
#[derive(Clone, Copy)]
pub(crate) struct ShelvedEvents<'a> {
    shelf: &'a SpillShelf,
    at: &'a Shelved,
}

impl SpillShelf {
    /// Shelve the events `events` of article `article` (its place in the corpus), named `name`.
    /// Articles are to be given in their order; [`SpillShelf::replace`] takes others.
    pub(crate) fn put(&mut self, article: usize, name: Id, events: SpilledEvents) {
        debug_assert!(self.shelved.last().is_none_or(|last| (last.article as usize) < article));
        let file = self.file.get_or_insert_with(|| events.file.clone());
        debug_assert!(Arc::ptr_eq(file, &events.file), "one spill file a run");
        let fits = |n: usize| u32::try_from(n).expect("fewer than 2^32 articles, parts and events on a shelf");
        self.shelved.push(Shelved {
            at: events.at,
            quoted: events.quoted,
            article: fits(article),
            name,
            parts_from: fits(self.parts.len()),
            // An article's events are of a few families: EventType has fewer than 256.
            parts_len: events.parts.len() as u8,
            order_from: fits(self.order.len()),
            order_len: fits(events.order.len()),
        });
        self.parts.extend_from_slice(&events.parts);
        self.order.extend_from_slice(&events.order);
    }

    /// Put each article's new events in place of those shelved (`None`: its events are now
    /// held in memory and none are shelved). The old ones' parts stay in the shared vectors,
    /// unread (only articles dated by borrowing are replaced, once each).
    pub(crate) fn replace(&mut self, mut articles: Vec<(usize, Id, Option<SpilledEvents>)>) {
        if articles.is_empty() {
            return;
        }
        articles.sort_unstable_by_key(|a| a.0);
        self.shelved.retain(|s| articles.binary_search_by_key(&(s.article as usize), |a| a.0).is_err());
        // The new ones are shelved apart (`put` takes articles in their order), then put
        // among the others in the articles' order.
        let others = std::mem::take(&mut self.shelved);
        for (article, name, events) in articles {
            if let Some(events) = events {
                self.put(article, name, events);
            }
        }
        let new = std::mem::replace(&mut self.shelved, others);
        self.shelved.extend(new);
        self.shelved.sort_by_key(|s| s.article);
    }

    /// Give back the room the vectors were grown with, and copy each article's sentences'
    /// places into a new allocation when nothing else holds them (see `corpus_step::repack`).
    pub(crate) fn repack(&mut self) {
        for s in &mut self.shelved {
            if Arc::strong_count(&s.quoted) == 1 {
                s.quoted = Arc::new(Quotes::clone(&s.quoted));
            }
        }
        self.shelved.shrink_to_fit();
        self.parts.shrink_to_fit();
        self.order.shrink_to_fit();
    }

    /// The file the events were written to (None: none were).
    pub(crate) fn file(&self) -> Option<Arc<SpillFile>> {
        self.file.clone()
    }

    /// Whether no article's events wait in the file.
    pub(crate) fn is_empty(&self) -> bool {
        self.shelved.is_empty()
    }

    /// Each article's events shelved, with its place in the corpus, in the articles' order.
    pub(crate) fn articles(&self) -> impl Iterator<Item = (usize, ShelvedEvents<'_>)> + '_ {
        self.shelved.iter().map(move |at| (at.article as usize, ShelvedEvents { shelf: self, at }))
    }

    /// [`SpillShelf::articles`] in parallel.
    pub(crate) fn par_articles(&self) -> impl IndexedParallelIterator<Item = (usize, ShelvedEvents<'_>)> + '_ {
        self.shelved.par_iter().map(move |at| (at.article as usize, ShelvedEvents { shelf: self, at }))
    }
}

impl ShelvedEvents<'_> {
    fn parts(&self) -> &[SpilledFamily] {
        let from = self.at.parts_from as usize;
        &self.shelf.parts[from..from + usize::from(self.at.parts_len)]
    }

    /// The families of its events.
    pub(crate) fn families(&self) -> impl Iterator<Item = EventType> + '_ {
        self.parts().iter().map(|part| part.family)
    }

    /// How many of its events are of `family` (the merge sizes a family's vector with it
    /// before reading any back: grown by doubling, it held up to twice the family's events).
    pub(crate) fn count(&self, family: EventType) -> usize {
        self.parts().iter().filter(|part| part.family == family).map(|part| part.count as usize).sum()
    }

    /// The events of `family` again, in the article's order, as they were written.
    pub(crate) fn read_family(&self, family: EventType) -> Vec<Event> {
        let parts = self.parts();
        (0..parts.len()).filter(|&k| parts[k].family == family).flat_map(|k| self.rebuild(k)).collect()
    }

    /// Every event again, in the article's order, as they were written.
    pub(crate) fn read(&self) -> Vec<Event> {
        let mut by_family: Vec<std::vec::IntoIter<Event>> = (0..self.parts().len()).map(|k| self.rebuild(k).into_iter()).collect();
        let from = self.at.order_from as usize;
        let order = &self.shelf.order[from..from + self.at.order_len as usize];
        order.iter().filter_map(|&k| by_family.get_mut(k as usize)?.next()).collect()
    }

    /// The events of family `k` of its parts.
    fn rebuild(&self, k: usize) -> Vec<Event> {
        let parts = self.parts();
        let at = self.at.at + parts[..k].iter().map(|part| u64::from(part.len)).sum::<u64>();
        let file = self.shelf.file.as_ref().expect("a shelf with events has their file");
        let records: Vec<Vec<MentionRecord>> = file.read(at, u64::from(parts[k].len));
        let name = self.at.name;
        records.into_iter().filter_map(|mentions| event_of(mentions.into_iter().map(|r| r.into_mention(&name, &self.at.quoted)))).collect()
    }
}

/// The event its mentions make, taken in in order (None without any).
fn event_of(mut mentions: impl Iterator<Item = Mention>) -> Option<Event> {
    let mut event = Event::new(mentions.next()?);
    mentions.for_each(|m| event.take_in(m));
    Some(event)
}

/// Events merged across articles written to a [`SpillFile`] until their rows are made (see
/// `corpus_step::merge_spilled`): each as its mentions' articles and records, with the
/// sentences of those articles, so that it is rebuilt exactly (an event is its mentions taken
/// in in order). A large archive's merged events are many times its budget of held events.
#[derive(Debug, Clone)]
pub struct SpilledRows {
    at: SetAside,
    /// Their type family (see [`EventType::family`]).
    family: EventType,
    /// How many events.
    count: usize,
    /// The sentences of the articles their mentions come from.
    quoted: Vec<(Id, Arc<Quotes>)>,
}

/// Spilled events as [`SpilledRows`] writes them and reads them back: each event as its
/// mentions' articles and records (`Vec<Vec<(Id, MentionRecord)>>`), each record made as it
/// is written rather than all of a part's at once beside its events (a part's records and
/// their ids made the last tenth of a large family's merge peak).
struct RowRecords<'a>(&'a [Event]);

impl serde::Serialize for RowRecords<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Mentions<'a>(&'a [Mention]);
        impl serde::Serialize for Mentions<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.iter().map(|m| (m.file, MentionRecord::borrowed(m))))
            }
        }
        s.collect_seq(self.0.iter().map(|e| Mentions(&e.mentions)))
    }
}

impl SpilledRows {
    /// Write `events` to `file`; gives them back when the file cannot take them.
    pub(crate) fn put(file: &Arc<SpillFile>, events: Vec<Event>) -> Result<SpilledRows, Vec<Event>> {
        let mut quoted: Vec<(Id, Arc<Quotes>)> = events.iter().flat_map(|e| &e.mentions).map(|m| (m.file, m.evidence.quotes().clone())).collect();
        quoted.sort_unstable_by_key(|(file, _)| file.text());
        quoted.dedup_by_key(|(file, _)| *file);
        quoted.shrink_to_fit();
        let Some(family) = events.first().map(|e| e.event_type.family()) else { return Err(events) };
        match file.put_streamed(&RowRecords(&events)) {
            Ok(at) => Ok(SpilledRows { at, family, count: events.len(), quoted }),
            Err(_) => Err(events),
        }
    }

    /// Their type family.
    pub fn family(&self) -> EventType {
        self.family
    }

    /// How many events.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The events again, in their order, as they were written.
    pub fn read(&self) -> Vec<Event> {
        let records: Vec<Vec<(Id, MentionRecord)>> = self.at.read();
        records.into_iter().filter_map(|mentions| self.event_of(mentions)).collect()
    }

    /// The events again, in their order, each given to `take` as soon as its records are read
    /// from the file: the events [`SpilledRows::read`] gives, without the part's bytes, its
    /// records and its events held whole at once (a part of 8,192 events read back whole, with
    /// its rows made, was the peak of a run whose merged events wait in the file).
    pub fn read_each(&self, take: impl FnMut(Event)) {
        use serde::de::DeserializeSeed;
        let reader = std::io::BufReader::with_capacity(1 << 16, self.at.reader());
        let mut json = serde_json::Deserializer::from_reader(reader);
        EachEvent { rows: self, take }
            .deserialize(&mut json)
            .and_then(|()| json.end())
            .expect("what was put aside reads back as written");
    }

    /// The event a spilled event's records make (None without any).
    fn event_of(&self, mentions: Vec<(Id, MentionRecord)>) -> Option<Event> {
        let quotes_of = |file: &Id| {
            let at = self.quoted.binary_search_by_key(&file.text(), |(f, _)| f.text()).expect("every article of a spilled event has its sentences");
            &self.quoted[at].1
        };
        event_of(mentions.into_iter().map(|(file, r)| r.into_mention(&file, quotes_of(&file))))
    }
}

/// Reads [`RowRecords`] back an event at a time (see [`SpilledRows::read_each`]).
struct EachEvent<'a, F> {
    rows: &'a SpilledRows,
    take: F,
}

impl<'de, F: FnMut(Event)> serde::de::DeserializeSeed<'de> for EachEvent<'_, F> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(Event)> serde::de::Visitor<'de> for EachEvent<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of events, each a list of its mentions' articles and records")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        while let Some(mentions) = seq.next_element::<Vec<(Id, MentionRecord)>>()? {
            if let Some(event) = self.rows.event_of(mentions) {
                (self.take)(event);
            }
        }
        Ok(())
    }
}

impl PendingArticle {
    /// Its mentions: the line's, or read back from where they were put aside.
    fn drafts(&self) -> std::borrow::Cow<'_, [MentionDraft]> {
        match &self.set_aside {
            None => std::borrow::Cow::Borrowed(&self.map.mentions),
            Some((at, _)) => std::borrow::Cow::Owned(at.read()),
        }
    }

    /// Its mentions dated relative to the publication day (see [`relative_mentions`]).
    fn relative(&mut self, g: &Gazetteer) -> Vec<Relative> {
        match self.set_aside.as_mut() {
            Some((_, relative)) => std::mem::take(relative),
            None => relative_mentions(&self.map, &self.map.mentions, &self.quoted, g),
        }
    }
}

/// What an article's events cost in memory while they wait for the merge, roughly: the event
/// with its sets and each of its mentions (measured with a heap profiler on the generated
/// corpus: about 240 bytes an event and 130 a mention).
pub fn held_bytes(events: &[Event]) -> usize {
    events.iter().map(|e| 240 + 130 * e.mentions.len()).sum()
}

/// How many bytes of events a run without a cache holds in memory from the map to the merge
/// before it writes the next articles' events to its spill file: `TARIKH_EVENTS_IN_MEMORY_MB`
/// (megabytes), 64 by default. Writing every event and reading it back costs about a tenth of
/// the run, and holding them all about a quarter more memory (measured on the 100 MB generated
/// corpus, whose events come to 58 MB by this estimate; `TARIKH_PHASES` prints it): a budget
/// pays the spill only for the events beyond it. The timeline is the same whatever the budget,
/// since the spill file rebuilds each event exactly (tested in `tests/mapred.rs`).
pub fn events_in_memory_budget() -> usize {
    const DEFAULT_MB: usize = 64;
    // A fraction of a megabyte is taken too, so that a small corpus can be cut part way.
    let mb = std::env::var("TARIKH_EVENTS_IN_MEMORY_MB").ok().and_then(|v| v.trim().parse::<f64>().ok()).filter(|mb| *mb >= 0.0);
    mb.map_or(DEFAULT_MB << 20, |mb| (mb * (1 << 20) as f64) as usize)
}

/// A temporary file that holds what the corpus step reads again later: the mentions of the
/// articles still to be dated (only an article that borrows an anchor, or must tell tied days
/// apart, reads its own back, and a large archive has tens of thousands of others) and, in a
/// run without a cache, every article's events from its map to the merge (borrowing reads
/// only a summary of them: see `corpus_step::EventFacts`). Both were most of what the corpus
/// step held, and they grow with the corpus.
#[derive(Debug)]
pub struct SpillFile {
    /// The file and its length.
    file: std::sync::Mutex<(std::fs::File, u64)>,
}

/// Where one article's mentions or events are in a [`SpillFile`] (as JSON).
#[derive(Debug, Clone)]
struct SetAside {
    file: Arc<SpillFile>,
    at: u64,
    len: u64,
}

impl SpillFile {
    /// A new file in the system's temporary folder, removed when the run ends.
    pub fn new() -> std::io::Result<Arc<SpillFile>> {
        Ok(Arc::new(SpillFile { file: std::sync::Mutex::new((tempfile::tempfile()?, 0)) }))
    }

    /// Append `value`; a write that fails leaves what follows to be written over.
    fn put<T: serde::Serialize + ?Sized>(self: &Arc<SpillFile>, value: &T) -> std::io::Result<SetAside> {
        let bytes = serde_json::to_vec(value)?;
        let at = self.put_bytes(&bytes)?;
        Ok(SetAside { file: self.clone(), at, len: bytes.len() as u64 })
    }

    /// [`SpillFile::put`] written to the file as it is made, not made whole in memory first.
    fn put_streamed<T: serde::Serialize + ?Sized>(self: &Arc<SpillFile>, value: &T) -> std::io::Result<SetAside> {
        use std::io::{Seek, Write};
        /// Counts the bytes written through it.
        struct Counted<W> {
            inner: W,
            written: u64,
        }
        impl<W: Write> Write for Counted<W> {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                let n = self.inner.write(buf)?;
                self.written += n as u64;
                Ok(n)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                self.inner.flush()
            }
        }
        let mut guard = self.file.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (file, end) = &mut *guard;
        let at = *end;
        file.seek(std::io::SeekFrom::Start(at))?;
        let mut out = Counted { inner: std::io::BufWriter::with_capacity(1 << 16, &mut *file), written: 0 };
        serde_json::to_writer(&mut out, value)?;
        out.flush()?;
        let len = out.written;
        drop(out);
        *end += len;
        Ok(SetAside { file: self.clone(), at, len })
    }

    /// Append `bytes`, giving where they start; a write that fails leaves what follows to be
    /// written over.
    fn put_bytes(&self, bytes: &[u8]) -> std::io::Result<u64> {
        use std::io::{Seek, Write};
        let mut guard = self.file.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let (file, end) = &mut *guard;
        let at = *end;
        file.seek(std::io::SeekFrom::Start(at))?;
        file.write_all(bytes)?;
        *end += bytes.len() as u64;
        Ok(at)
    }

    /// The value written as the `len` bytes at `at`. The file is this run's own: a failure to
    /// read back what was written is a failure of the machine (a full or failing disk), not of
    /// the input, and stops the run rather than let it go on without it.
    fn read<T: serde::de::DeserializeOwned>(&self, at: u64, len: u64) -> T {
        use std::io::{Read, Seek};
        let mut bytes = vec![0; len as usize];
        {
            let mut guard = self.file.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let file = &mut guard.0;
            file.seek(std::io::SeekFrom::Start(at)).and_then(|_| file.read_exact(&mut bytes)).expect("the corpus step reads back what it put aside in its temporary file");
        }
        serde_json::from_slice(&bytes).expect("what was put aside reads back as written")
    }
}

impl SetAside {
    /// What was put aside.
    fn read<T: serde::de::DeserializeOwned>(&self) -> T {
        self.file.read(self.at, self.len)
    }

    /// What was put aside, read from the file as it is asked for (see [`SetAsideReader`]).
    fn reader(&self) -> SetAsideReader<'_> {
        SetAsideReader { file: &self.file, at: self.at, end: self.at + self.len }
    }
}

/// The bytes of a [`SetAside`], read from its file as they are asked for, each read at its
/// own place (the file is shared: its position is set under its lock at every read, as
/// [`SpillFile::put`] sets it at every write). Like [`SpillFile::read`], a failure to read back
/// what was written is a failure of the machine and stops the run.
struct SetAsideReader<'a> {
    file: &'a SpillFile,
    at: u64,
    end: u64,
}

impl std::io::Read for SetAsideReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::io::Seek;
        let want = buf.len().min(usize::try_from(self.end - self.at).unwrap_or(usize::MAX));
        if want == 0 {
            return Ok(0);
        }
        let mut guard = self.file.file.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let file = &mut guard.0;
        file.seek(std::io::SeekFrom::Start(self.at)).and_then(|_| file.read_exact(&mut buf[..want])).expect("the corpus step reads back what it put aside in its temporary file");
        self.at += want as u64;
        Ok(want)
    }
}

/// Reduce one map line to what the corpus step keeps (see [`ReducedArticle`]): of its
/// sentences, only where they are in the article file when the line says so (see
/// [`crate::evidence`]).
pub fn reduce_article(map: ArticleMap, g: &Gazetteer) -> ReducedArticle {
    reduce_article_spilling(map, g, None, false)
}

/// [`reduce_article`], putting the mentions of an article still to be dated aside in `drafts`
/// when it is given (see [`SpillFile`]), and its events too when `events_too` (the caller's
/// choice: a run without a cache, whose corpus step needs nothing but a summary of them until
/// the merge, once the events it holds pass its budget, see [`events_in_memory_budget`]); they
/// stay in memory when the file cannot be written.
pub fn reduce_article_spilling(mut map: ArticleMap, g: &Gazetteer, drafts: Option<&Arc<SpillFile>>, events_too: bool) -> ReducedArticle {
    let evidence = std::mem::take(&mut map.evidence);
    let quoted = map.quotes.take().unwrap_or_else(|| Arc::new(Quotes::held(evidence)));
    let mut events = merge_article(finish_all(&map, &map.mentions, &quoted, &map.anchor, g), g.capitals());
    let mut spilled = None;
    if let Some(file) = drafts.filter(|_| events_too && !events.is_empty()) {
        let facts = corpus_step::EventFacts::of_events(&events, g, false);
        match SpilledEvents::put(file, events, &quoted) {
            Ok(at) => {
                spilled = Some((at, facts));
                events = Vec::new();
            }
            Err(kept) => events = kept,
        }
    }
    if !map.mentions.iter().any(|d| d.date.is_some_and(|expr| BorrowClue::of(&expr, map.published_on).is_some())) {
        // Without a mention dated relative to its publication day, an article never borrows
        // an anchor (see `relative_mentions`): its drafts would never be resolved again. The
        // article stays one to be dated (its events are not known events).
        map.mentions = Vec::new();
    }
    let mut set_aside = None;
    if let Some(file) = drafts.filter(|_| needs_day(&map.anchor) && !map.mentions.is_empty()) {
        let relative = relative_mentions(&map, &map.mentions, &quoted, g);
        if let Ok(at) = file.put(&map.mentions) {
            map.mentions = Vec::new();
            set_aside = Some((at, relative));
        }
    }
    ReducedArticle {
        name: map.file.clone(),
        events,
        spilled,
        cut_short: map.cut_short,
        lang: map.language(),
        pending: needs_day(&map.anchor).then(|| Box::new(PendingArticle { map, quoted, set_aside })),
    }
}

/// The mentions of a map line resolved against `anchor`; they share one copy of the article's
/// name and of its sentences (`quoted`).
fn finish_all(map: &ArticleMap, drafts: &[MentionDraft], quoted: &Arc<Quotes>, anchor: &Anchor, g: &Gazetteer) -> Vec<Mention> {
    let file: Id = map.file.as_str().into();
    // The meetings become rows by the people's countries (see `merge::meeting_rows`).
    let country_of = |p: &Id| g.index_of(p).map(|i| *g.country_of(i)).filter(|c| !c.is_empty());
    let body_of = |p: &Id, day: Option<chrono::NaiveDate>| g.index_of(p).and_then(|i| g.body_of(i, day)).map(Id::from);
    meeting_rows(drafts.iter().map(|d| finish(d, file, Evidence::new(quoted, d.evidence), anchor, g)).collect(), country_of, body_of)
}

/// Give the memory freed so far back to the system, on every thread of the pool and this one.
///
/// mimalloc (the allocator of the `tarikh` binary) keeps a block freed by another thread than
/// the one that allocated it on a list of that thread's, and frees the page only when that
/// thread next allocates or collects: the events were made on the pool's threads, and the pages
/// they leave once freed elsewhere stayed resident while the next stage took new ones (the
/// process held half as much again as it used). The corpus step calls this after each stage
/// that frees much. Without mimalloc as the allocator it does nothing that matters (it
/// collects mimalloc's own, unused heaps).
pub fn give_back_freed_memory() {
    // SAFETY: `mi_collect` takes no pointer and may be called on any thread at any time.
    rayon::broadcast(|_| unsafe { libmimalloc_sys::mi_collect(true) });
    unsafe { libmimalloc_sys::mi_collect(true) };
}


mod corpus_step;
pub use corpus_step::*;

#[cfg(test)]
mod shelf_tests {
    use super::*;
    use crate::merge::{DateKind, MentionIds, Status};

    /// Article `name`'s events, one mention each on the lines given, written to `file`.
    fn spilled(file: &Arc<SpillFile>, name: &str, events: &[(usize, EventType)]) -> SpilledEvents {
        let quoted = Arc::new(Quotes::held(vec!["a sentence".to_string()]));
        let events: Vec<Event> = events
            .iter()
            .map(|&(line, event_type)| {
                let ids = MentionIds::new(Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
                let rule = "rule".into();
                Event::new(Mention { file: name.into(), line, offset: 0, evidence: Evidence::new(&quoted, 0), event_type, rule, date: None, date_text: "".into(), date_kind: DateKind::Stated, span_days: 0, published: None, status: Status::Occurred, ids })
            })
            .collect();
        SpilledEvents::put(file, events, &quoted).expect("the spill file takes them")
    }

    /// Each article's events as (its name, the line of their first mention).
    fn lines(events: Vec<Event>) -> Vec<(String, usize)> {
        events.iter().map(|e| (e.mentions[0].file.text().to_string(), e.mentions[0].line)).collect()
    }

    /// Articles dated by borrowing are shelved again in any order, or leave the shelf when
    /// their events stay in memory: the merge still reads every article's in the articles'
    /// order, each article's events in its own order, and a family's alone.
    #[test]
    fn articles_shelved_again_keep_the_articles_order() {
        use EventType::{Agreement, Visit};
        let file = SpillFile::new().unwrap();
        let mut shelf = SpillShelf::default();
        shelf.put(0, "a".into(), spilled(&file, "a", &[(1, Visit), (2, Agreement), (3, Visit)]));
        shelf.put(2, "c".into(), spilled(&file, "c", &[(1, Agreement)]));
        shelf.put(4, "e".into(), spilled(&file, "e", &[(7, Visit)]));
        shelf.replace(vec![(3, "d".into(), Some(spilled(&file, "d", &[(5, Agreement), (4, Visit)]))), (2, "c".into(), None), (1, "b".into(), Some(spilled(&file, "b", &[(9, Visit)])))]);
        shelf.repack();
        let read: Vec<(usize, Vec<(String, usize)>)> = shelf.articles().map(|(i, at)| (i, lines(at.read()))).collect();
        let s = |name: &str, line: usize| (name.to_string(), line);
        assert_eq!(read, vec![(0, vec![s("a", 1), s("a", 2), s("a", 3)]), (1, vec![s("b", 9)]), (3, vec![s("d", 5), s("d", 4)]), (4, vec![s("e", 7)])]);
        let visits: Vec<(String, usize)> = shelf.articles().flat_map(|(_, at)| lines(at.read_family(Visit))).collect();
        assert_eq!(visits, vec![s("a", 1), s("a", 3), s("b", 9), s("d", 4), s("e", 7)]);
        let counts: Vec<usize> = shelf.articles().map(|(_, at)| at.count(Agreement)).collect();
        assert_eq!(counts, vec![1, 0, 1, 0]);
        assert!(!shelf.is_empty() && shelf.file().is_some());
    }

    /// Merged events written as rows to make later are read back an event at a time as they
    /// are read whole: the same events (mentions of several articles each, their ids, dates
    /// and sentences), in their order, each part reading its own bytes only, whatever the file
    /// holds before and after it, and whatever the reader's buffer cuts a record at.
    #[test]
    fn rows_read_an_event_at_a_time_are_the_rows_read_whole() {
        use crate::dates::DateValue;
        let file = SpillFile::new().unwrap();
        let quotes = |n: usize| Arc::new(Quotes::held((0..n).map(|i| format!("sentence {i} of an article")).collect()));
        let (a, b) = (quotes(3), quotes(40));
        let mention = |name: &str, quoted: &Arc<Quotes>, line: usize, day: u32, people: &[&str]| {
            let ids = MentionIds::new(people.iter().map(|p| Id::of(p)).collect(), vec!["org".into()], vec!["Rabat".into()], vec!["MA".into(), "IL".into()], Vec::new());
            let date = chrono::NaiveDate::from_ymd_opt(2021, 8, day).map(DateValue::day);
            Mention { file: name.into(), line, offset: line * 10, evidence: Evidence::new(quoted, line % 3), event_type: EventType::Visit, rule: "visit-noun".into(), date, date_text: "12 août".into(), date_kind: DateKind::Stated, span_days: 0, published: None, status: Status::Occurred, ids }
        };
        let event = |k: usize| {
            let mut e = Event::new(mention("a", &a, k, 1 + (k % 28) as u32, &["Lapid", "Bourita"]));
            for j in 0..k % 4 {
                e.take_in(mention("b", &b, 30 + j, 12, &["Yair Lapid"]));
            }
            e
        };
        file.put(&"bytes before the part").unwrap();
        let first = SpilledRows::put(&file, (0..700).map(event).collect()).expect("the file takes them");
        let second = SpilledRows::put(&file, (0..3).map(|k| event(k + 1000)).collect()).expect("the file takes them");
        file.put(&"bytes after the parts").unwrap();
        for part in [&first, &second] {
            let mut each = Vec::new();
            part.read_each(|e| each.push(e));
            assert_eq!(each.len(), part.len());
            assert!(each == part.read(), "the events read one at a time are the events read whole");
        }
        assert_eq!(first.read()[5], event(5));
    }
}
