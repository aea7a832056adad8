//! The reduced state of `tarikh extract --cache DIR`: what the corpus step made of every
//! article, kept so that the next run over a corpus that grew or changed redoes only what the
//! new, edited or removed articles touch, with the bytes of a cold run.
//!
//! The state (`DIR/reduced.jsonl`) holds, after a header line naming the data, the corpus
//! folder and the format, one index line per article in name order: its cache key (its name,
//! content, manifest row and the data: [`crate::cache::Cache::key`]), its language, and where
//! its record lies in `DIR/reduced-articles.txt` with the record's content hash. A record
//! says where the article's sentences are, its events as the cross-article merge was given
//! them (merged within the article, dated by what it borrowed) as runs of mentions, and for an
//! article that was to be dated by borrowing, the round it was dated in and what borrowing
//! reads of it (each distinct name, rule and date written once: see `record::packed`). After
//! the index, one line per type family: how the merge grouped the family's events (each
//! merged event, the events it took in, in order, by article and position) and what the
//! outputs made of each, packed as the records are (`record::packed::write_family`). An
//! event is its mentions taken in in order ([`Event::take_in`]), so the lines rebuild the
//! events exactly. The records are apart so that a run that adds an article appends one
//! record instead of writing them all again, and a warm run reads none of them.
//!
//! A run whose corpus is the state's ([`Plan::Warm`]) rebuilds the merged events from it and
//! maps, borrows and merges nothing. A run whose corpus differs from the state's
//! ([`Plan::Changed`]: an edited article is the old one removed and the new one added) maps
//! only the new articles, dates those that need it against the kept events
//! (`pipeline::borrow_for_changed`, which names the kept articles whose anchors a report added
//! or removed might change: those are dated again as if edited, their lines taken from the
//! cache, until none is named, up to [`REDATE_AT_MOST`] of them), merges again only the
//! families the added and removed events are of (replaying the earlier grouping where it
//! still stands: see [`Replay`]), and keeps the others' groupings. Anything else (other data,
//! another corpus folder, a problem to report, a state that cannot be read) runs the whole
//! corpus step, which writes the state anew: the state can cost time, never change a result.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::cache::Cache;
use crate::corpus::{self, Manifest};
use crate::events::EventType;
use crate::extraction::Context;
use crate::hash::FxBuild;
use crate::hashed::FileHashes;
use crate::idset::Id;
use crate::merge::{Event, JoinScore};
use crate::text::lang::Lang;

pub mod record;
use record::{Captured, CapturedArticle, EventOutput, FamilyGroups, Pending};

/// At most how many of the state's articles a run dates again rather than run the whole
/// corpus step (see [`reduce_from_state`]): this many, or a [`REDATE_SHARE`]th of the state
/// when that is more (each costs its line read and its borrowing, a small part of what the
/// whole corpus step costs an article).
const REDATE_AT_MOST: usize = 256;

/// See [`REDATE_AT_MOST`].
const REDATE_SHARE: usize = 8;

/// The file of a cache folder that holds the reduced state: its index of articles and the
/// families' groupings.
pub const STATE: &str = "reduced.jsonl";

/// The file of a cache folder that holds the state's article records, one a line, where the
/// index of [`STATE`] says (appended to by an incremental run: see [`Outcome::save`]; the
/// form of a record is [`record::packed`]'s).
pub const RECORDS: &str = "reduced-articles.txt";

/// Where the records were kept up to format 5 (as JSON): a state written anew removes it.
const OLD_RECORDS: &str = "reduced-articles.jsonl";

/// The format of the state this tarikh writes and reads.
const FORMAT: u32 = 8;

/// The first line of the state.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    format: u32,
    /// The data fingerprint ([`crate::cache::data_fingerprint`]).
    data: String,
    /// The corpus folder, as given (the sentences are read back from its files).
    corpus: String,
    articles: usize,
    families: usize,
    /// The view the families' outputs were made under (`cli::extract::view_of`): they are
    /// taken back only under the same.
    #[serde(default)]
    view: String,
    /// The content hash of the lines after this one ([`crate::hash::content_hash`]): a
    /// damaged state is not read.
    #[serde(default)]
    body: String,
}

/// An article file of the corpus and its cache key.
#[derive(Debug, Clone)]
pub struct Keyed {
    /// Article name.
    pub name: String,
    /// Its file.
    pub path: PathBuf,
    /// Its cache key.
    pub key: String,
}

/// The key of every article of the corpus (read and hashed in parallel, or its hash taken
/// back from `hashes` while its file is untouched), or None when the manifest, the listing or
/// a file has a problem to report (the whole run reports it).
pub fn corpus_keys(corpus_dir: &Path, manifest: &Manifest, cache: &Cache, hashes: &FileHashes) -> Option<Vec<Keyed>> {
    let (paths, problems) = corpus::list_articles(corpus_dir).ok()?;
    if !problems.is_empty() {
        return None;
    }
    paths
        .into_par_iter()
        .map(|path| {
            let hash = hashes.hash("article", &path, || corpus::read_article_bytes(&path).map(|bytes| crate::hash::content_hash(&bytes))).ok()?;
            let name = corpus::article_name(corpus_dir, &path);
            let key = cache.key(&name, &hash, manifest.get(&name));
            Some(Keyed { name, path, key })
        })
        .collect::<Option<Vec<_>>>()
        .map(|mut keyed| {
            keyed.sort_by(|a, b| a.name.cmp(&b.name));
            keyed
        })
}

/// The state kept in a cache folder, its article records not yet read.
pub struct State {
    header: Header,
    /// Each article's entry of the index.
    lines: Vec<Indexed>,
    families: Vec<FamilyGroups>,
    /// Its article records, when read ahead ([`State::read_records_ahead`]; None inside:
    /// they could not be read).
    read_ahead: Option<Option<Loaded>>,
}

/// One article of the state's index (its line is `KEY<TAB>NAME<TAB>LANG<TAB>AT<TAB>LEN<TAB>HASH`,
/// the name a JSON string): its record is the `LEN` bytes of [`RECORDS`] from `AT`, whose
/// content hash is `HASH` (a damaged record is not read).
#[derive(Debug, Clone)]
struct Indexed {
    name: String,
    key: String,
    lang: Lang,
    at: u64,
    len: usize,
    hash: String,
}

impl Indexed {
    fn line(&self) -> String {
        let name = serde_json::to_string(&self.name).expect("a name is a string");
        format!("{}\t{name}\t{}\t{}\t{}\t{}", self.key, self.lang.code(), self.at, self.len, self.hash)
    }

    fn parse(line: &str) -> Option<Indexed> {
        let mut fields = line.split('\t');
        let mut next = || fields.next();
        let (key, name, lang, at, len, hash) = (next()?, next()?, next()?, next()?, next()?, next()?);
        if next().is_some() {
            return None;
        }
        let name = serde_json::from_str(name).ok()?;
        Some(Indexed { name, key: key.to_string(), lang: Lang::from_code(lang)?, at: at.parse().ok()?, len: len.parse().ok()?, hash: hash.to_string() })
    }
}

/// An article of the next state: one of the state's, its record where it lies, or a new one
/// with its record to write.
enum NextArticle {
    Kept(Indexed),
    New { name: String, key: String, lang: Lang, record: String },
}

/// The index entry of a new article whose record is written at `at`.
fn new_entry(name: &str, key: &str, lang: Lang, record: &str, at: u64) -> Indexed {
    Indexed { name: name.to_string(), key: key.to_string(), lang, at, len: record.len(), hash: crate::hash::content_hash(record.as_bytes()) }
}

/// What a run can do with the state.
pub enum Plan {
    /// The corpus is the state's: nothing to map or merge.
    Warm,
    /// The state's articles less some, and new ones: an edited article is both.
    Changed {
        /// The new or edited articles' files, in name order.
        added: Vec<Keyed>,
        /// The state's articles removed or edited (their indices), in name order.
        removed: Vec<usize>,
    },
}

impl State {
    /// The state of `dir` when it was made with `data` over `corpus_dir`, and can be read.
    pub fn open(dir: &Path, data: &str, corpus_dir: &Path) -> Option<State> {
        let text = std::fs::read_to_string(dir.join(STATE)).ok()?;
        let (first, body) = text.split_once('\n')?;
        let header: Header = serde_json::from_str(first).ok()?;
        if header.format != FORMAT || header.data != data || header.corpus != corpus_dir.display().to_string() || header.body != crate::hash::content_hash(body.as_bytes()) {
            return None;
        }
        let mut lines = body.lines();
        let articles = lines.by_ref().take(header.articles).map(Indexed::parse).collect::<Option<Vec<Indexed>>>()?;
        if articles.len() != header.articles {
            return None;
        }
        // The families' lines hold their rows, most of the state: read on threads of their own.
        let family_lines: Vec<&str> = lines.by_ref().take(header.families).collect();
        let families = family_lines.into_par_iter().map(record::packed::read_family).collect::<Option<Vec<FamilyGroups>>>()?;
        if families.len() != header.families || lines.next().is_some() {
            return None;
        }
        Some(State { header, lines: articles, families, read_ahead: None })
    }

    /// What this run can do with the state over the corpus `keyed`: which of its articles
    /// are gone or edited, and which are new or edited.
    pub fn plan(&self, keyed: &[Keyed]) -> Plan {
        let kept: HashMap<&str, (usize, &str), FxBuild> = self.lines.iter().enumerate().map(|(i, a)| (a.name.as_str(), (i, a.key.as_str()))).collect();
        let mut added = Vec::new();
        let mut stays = vec![false; self.lines.len()];
        for k in keyed {
            match kept.get(k.name.as_str()) {
                Some(&(i, key)) if key == k.key => stays[i] = true,
                _ => added.push(k.clone()),
            }
        }
        let removed: Vec<usize> = (0..self.lines.len()).filter(|&i| !stays[i]).collect();
        if added.is_empty() && removed.is_empty() { Plan::Warm } else { Plan::Changed { added, removed } }
    }

    /// Read the article records now when a run over the corpus `keyed` will need them (it is
    /// not the state's): the run reads them on the thread that opens the cache, while the
    /// data load, rather than after.
    pub fn read_records_ahead(&mut self, dir: &Path, keyed: &[Keyed]) {
        if !matches!(self.plan(keyed), Plan::Warm) {
            self.read_ahead = Some(load(self, dir));
        }
    }

    /// How many articles it holds.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Whether it holds no article.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// The state's articles, read: each one's events as the merge is given them.
struct Loaded {
    names: Vec<String>,
    langs: Vec<Lang>,
    items: Vec<Vec<Option<Event>>>,
    pending: Vec<Option<Pending>>,
}

fn load(state: &State, dir: &Path) -> Option<Loaded> {
    let records = std::fs::read(dir.join(RECORDS)).ok()?;
    let read: Vec<(Lang, Vec<Option<Event>>, Option<Pending>)> = state
        .lines
        .par_iter()
        .map(|a| {
            let bytes = records.get(usize::try_from(a.at).ok()?..)?.get(..a.len)?;
            if crate::hash::content_hash(bytes) != a.hash {
                return None;
            }
            let file: Id = a.name.as_str().into();
            let (lang, _, mentions, pending) = record::packed::read(bytes, &file)?;
            let lang = Lang::from_code(&lang).filter(|&l| l == a.lang)?;
            let items = mentions
                .into_iter()
                .map(|mentions| {
                    let mut mentions = mentions.into_iter();
                    let mut event = Event::new(mentions.next()?);
                    mentions.for_each(|m| event.take_in(m));
                    Some(Some(event))
                })
                .collect::<Option<Vec<Option<Event>>>>()?;
            Some((lang, items, pending))
        })
        .collect::<Option<Vec<_>>>()?;
    let names = state.lines.iter().map(|a| a.name.clone()).collect();
    let (mut langs, mut items, mut pending) = (Vec::with_capacity(read.len()), Vec::with_capacity(read.len()), Vec::with_capacity(read.len()));
    for (l, i, p) in read {
        langs.push(l);
        items.push(i);
        pending.push(p);
    }
    Some(Loaded { names, langs, items, pending })
}

/// The merged events of a corpus taken from the state (and its new articles).
pub struct Outcome {
    /// The events, as the corpus step yields them.
    pub events: Vec<Event>,
    /// Every article's language.
    pub langs: Vec<Lang>,
    /// How many articles the state gave.
    pub reused: usize,
    /// How many articles were mapped (new).
    pub mapped: usize,
    /// How many of the state's articles were removed or edited: the cache's lines of those
    /// may go (see [`Cache::still_used`]).
    pub removed: usize,
    /// How many of the state's articles that stay were dated again (an added or removed
    /// report might change their anchors).
    pub redated: usize,
    /// How many type families were merged again.
    pub families_merged: usize,
    /// How many events of those families were searched.
    pub searched: usize,
    /// How many took their earlier decision without a search.
    pub replayed: usize,
    /// What the outputs made of each event in an earlier run, when it is the same event (by
    /// position among `events`; see [`EventOutput`]).
    pub known: Vec<Option<EventOutput>>,
    /// The state to keep for the next run (None: keep the one there).
    next: Option<(Header, Vec<NextArticle>, Vec<FamilyGroups>)>,
}

impl Outcome {
    /// Keep with each family of the next state what the outputs made of its events
    /// (`outputs`, one per event given to them, whose families are `event_families`).
    pub fn attach_outputs(&mut self, event_families: &[EventType], outputs: Vec<EventOutput>) {
        if let Some((_, _, families)) = &mut self.next {
            attach_outputs(families, event_families, outputs);
        }
    }

    /// Keep the state for the next run in `dir` (a failure only makes the next run slower):
    /// the new articles' records are appended to [`RECORDS`] and the index and groupings
    /// written anew (see [`write_state`]).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let Some((header, articles, families)) = &self.next else { return Ok(()) };
        write_state(dir, header, articles, families)
    }
}

/// Write the state: the records of `articles` that are new, then the index and `families`.
/// The new records are appended to [`RECORDS`] while its dead records (of articles removed or
/// edited since it was written) weigh less than an eighth of its live ones; else the file is
/// written anew with the live records only. A file cut off mid-append leaves records no index
/// names, or one the index names whose hash then differs: the state is not used, never wrong.
fn write_state(dir: &Path, header: &Header, articles: &[NextArticle], families: &[FamilyGroups]) -> std::io::Result<()> {
    let path = dir.join(RECORDS);
    let file_len = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    // A record is its bytes and a line end.
    let live: u64 = articles.iter().map(|a| if let NextArticle::Kept(i) = a { i.len as u64 + 1 } else { 0 }).sum();
    let dead = file_len.saturating_sub(live);
    let mut index: Vec<Indexed> = Vec::with_capacity(articles.len());
    if dead > 0 && dead >= live / 8 {
        // Written anew: the live records of the old file (read whole), then the new ones.
        let old = if live > 0 { std::fs::read(&path)? } else { Vec::new() };
        let mut at = 0u64;
        crate::files::replace_file(&path, crate::files::Flush::ToKernel, |w| {
            for a in articles {
                let (mut entry, bytes) = match a {
                    NextArticle::Kept(i) => {
                        let bytes = usize::try_from(i.at).ok().and_then(|start| old.get(start..)?.get(..i.len)).ok_or_else(|| std::io::Error::other("a record beyond the end"))?;
                        (i.clone(), bytes)
                    }
                    NextArticle::New { name, key, lang, record } => (new_entry(name, key, *lang, record, 0), record.as_bytes()),
                };
                entry.at = at;
                w.write_all(bytes)?;
                w.write_all(b"\n")?;
                at += bytes.len() as u64 + 1;
                index.push(entry);
            }
            Ok::<(), std::io::Error>(())
        })?;
    } else {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, std::fs::OpenOptions::new().create(true).append(true).open(&path)?);
        let mut at = file_len;
        for a in articles {
            match a {
                NextArticle::Kept(i) => index.push(i.clone()),
                NextArticle::New { name, key, lang, record } => {
                    w.write_all(record.as_bytes())?;
                    w.write_all(b"\n")?;
                    index.push(new_entry(name, key, *lang, record, at));
                    at += record.len() as u64 + 1;
                }
            }
        }
        w.flush()?;
    }
    let mut body = Vec::new();
    for a in &index {
        body.extend_from_slice(a.line().as_bytes());
        body.push(b'\n');
    }
    // Each family's line on a thread of its own (they hold the rows, most of the state).
    let family_lines = families
        .par_iter()
        .map(|f| {
            let mut line = record::packed::write_family(f);
            line.push(b'\n');
            line
        })
        .collect::<Vec<Vec<u8>>>();
    family_lines.iter().for_each(|line| body.extend_from_slice(line));
    let header = Header { body: crate::hash::content_hash(&body), ..header.clone() };
    crate::files::replace_file(&dir.join(STATE), crate::files::Flush::ToKernel, |w| {
        serde_json::to_writer(&mut *w, &header)?;
        w.write_all(b"\n")?;
        w.write_all(&body)
    })
}

/// Keep with each family what the outputs made of its merged events: `outputs` holds one per
/// event the corpus step yielded, whose families are `event_families` (each family's events
/// together, in the order of its groups). The flights keep theirs as the corpus step yielded
/// them (it may join them again once the visits are merged: see [`outputs_known`]); another
/// family keeps none when its events are not its groups'.
pub fn attach_outputs(families: &mut [FamilyGroups], event_families: &[EventType], outputs: Vec<EventOutput>) {
    // A family's outputs are taken a run at a time (its events come together), not looked up
    // and pushed one by one.
    let mut by_family: HashMap<EventType, Vec<EventOutput>> = HashMap::new();
    let mut outputs = outputs.into_iter();
    for run in event_families.chunk_by(|a, b| a == b) {
        by_family.entry(run[0]).or_default().extend(outputs.by_ref().take(run.len()));
    }
    for f in families {
        f.outputs = match by_family.remove(&f.family) {
            Some(outputs) if f.family == EventType::Flight || outputs.len() == f.groups.len() => outputs,
            _ => Vec::new(),
        };
    }
}

/// Whether a family of the state keeps an output for each of its events: one per group, or
/// for the flights, one per flight the corpus step yielded (it may join some again once the
/// visits are merged, so theirs stand only while neither the flights nor the visits are
/// merged again).
fn outputs_known(f: &FamilyGroups) -> bool {
    if f.family == EventType::Flight { !f.outputs.is_empty() } else { f.outputs.len() == f.groups.len() }
}

/// The outputs an earlier run made of the corpus step's `events` (each family's together),
/// from what each family can tell of its own (`by_family`, one per event of the family, in
/// order); a family whose count differs tells none.
fn known_outputs(events: &[Event], mut by_family: HashMap<EventType, Vec<Option<EventOutput>>>) -> Vec<Option<EventOutput>> {
    let mut known = Vec::with_capacity(events.len());
    for run in events.chunk_by(|a, b| a.event_type.family() == b.event_type.family()) {
        let family = run[0].event_type.family();
        match by_family.remove(&family) {
            Some(list) if list.len() == run.len() => known.extend(list),
            _ => known.extend(run.iter().map(|_| None)),
        }
    }
    known
}

/// Keep the state of a whole corpus step (`captured`, its articles keyed by `keyed`, its
/// outputs made under `view`) in `dir`; nothing is kept when an article has no key (it
/// changed while the run read it).
pub fn save_captured(dir: &Path, data: &str, corpus_dir: &Path, captured: Captured, keyed: &[Keyed], view: &str) -> std::io::Result<()> {
    let keys: HashMap<&str, &str> = keyed.iter().map(|k| (k.name.as_str(), k.key.as_str())).collect();
    let Some(articles) = captured.articles.into_par_iter().map(|a| {
            let key = keys.get(a.name.as_str())?;
            Some(new_article(a, key))
        }).collect::<Option<Vec<NextArticle>>>() else {
        return Ok(());
    };
    let header = Header { format: FORMAT, data: data.to_string(), corpus: corpus_dir.display().to_string(), articles: articles.len(), families: captured.families.len(), view: view.to_string(), body: String::new() };
    // Every record is new: the old file is all dead and written anew, and the records of an
    // older format go.
    write_state(dir, &header, &articles, &captured.families)?;
    match std::fs::remove_file(dir.join(OLD_RECORDS)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// A new article of the next state, its record to write.
fn new_article(a: CapturedArticle, key: &str) -> NextArticle {
    let record = article_record(&a);
    NextArticle::New { name: a.name, key: key.to_string(), lang: a.lang, record }
}

fn article_record(a: &CapturedArticle) -> String {
    record::packed::write(a.lang.code(), a.quotes.as_deref(), &a.items, &a.pending)
}

/// The corpus step from `state` (the one kept in `cache`'s folder `dir`, read while the data
/// load) over the corpus `keyed`: the state's articles that stay and new or edited ones
/// (mapped here, their lines kept in `cache`); None when the whole corpus step must run.
#[allow(clippy::too_many_arguments)]
pub fn reduce_from_state(mut state: State, dir: &Path, corpus_dir: &Path, keyed: &[Keyed], ctx: &Context, manifest: &Manifest, cache: &Cache, view: &str, rows_only: bool) -> Option<Outcome> {
    let plan = state.plan(keyed);
    crate::cache::phase_done("state index read");
    // What each kept family's outputs tell of its events, when made under this view: moved
    // out of the state (the rows are most of it), each taken back by the event that is the
    // same, not copied.
    let same_view = state.header.view == view;
    let kept_outputs = |f: &mut FamilyGroups| -> Vec<Option<EventOutput>> {
        match (same_view && outputs_known(f), f.family == EventType::Flight) {
            (true, _) => std::mem::take(&mut f.outputs).into_iter().map(Some).collect(),
            (false, false) => vec![None; f.groups.len()],
            (false, true) => Vec::new(),
        }
    };
    if matches!(plan, Plan::Warm) && rows_only && same_view && state.families.iter().all(outputs_known) {
        // Nothing changed and the outputs need only the rows: the events are not rebuilt,
        // their rows and counts are all kept (each family's in the corpus step's order).
        let known = state.families.iter_mut().flat_map(|f| std::mem::take(&mut f.outputs).into_iter().map(Some)).collect();
        let langs = state.lines.iter().map(|a| a.lang).collect();
        return Some(Outcome { events: Vec::new(), reused: state.len(), langs, mapped: 0, removed: 0, redated: 0, families_merged: 0, searched: 0, replayed: 0, known, next: None });
    }
    let loaded = match state.read_ahead.take() {
        Some(loaded) => loaded?,
        None => load(&state, dir)?,
    };
    crate::cache::phase_done("state records read");
    let g = &ctx.gazetteer;
    let (added, removed) = match plan {
        Plan::Warm => {
            let events = merge_kept(loaded.items, &state.families, ctx.gazetteer.capitals())?;
            let known = known_outputs(&events, state.families.iter_mut().map(|f| (f.family, kept_outputs(f))).collect());
            // Under another view, the state is kept again with this view's outputs.
            let next = (!same_view).then(|| {
                let articles = state.lines.iter().cloned().map(NextArticle::Kept).collect();
                let header = Header { view: view.to_string(), body: String::new(), ..state.header.clone() };
                let families = state.families.iter().map(|f| FamilyGroups { outputs: Vec::new(), ..f.clone() }).collect();
                (header, articles, families)
            });
            return Some(Outcome { events, reused: loaded.names.len(), langs: loaded.langs, mapped: 0, removed: 0, redated: 0, families_merged: 0, searched: 0, replayed: 0, known, next });
        }
        Plan::Changed { added, removed } => (added, removed),
    };
    let (mut added, mut removed) = (added, removed);
    let (really_added, really_removed) = (added.len(), removed.len());
    if !removed.is_empty() {
        // The lines of the articles that stay are kept when the cache drops those of the
        // removed ones.
        let mut stays: Vec<String> = state.lines.iter().map(|a| a.key.clone()).collect();
        for &i in removed.iter().rev() {
            stays.swap_remove(i);
        }
        cache.still_used(stays.into_iter());
    }
    let mut items = loaded.items;
    let events_of: Vec<Vec<Event>> = items.iter_mut().map(|events| events.iter_mut().filter_map(Option::take).collect()).collect();
    let article = |i: usize| crate::pipeline::EarlierArticle { name: &loaded.names[i], events: &events_of[i], pending: loaded.pending[i].as_ref() };
    // The state's articles dated again because an added or removed report may change their
    // anchors: each is taken as edited (removed, and added as it is), its line already in
    // the cache.
    let mut redated: std::collections::HashSet<String> = std::collections::HashSet::new();
    let (dated, langs_added, is_removed) = loop {
        // The new articles, mapped and reduced; any problem is the whole run's to report.
        let reduced: Vec<crate::pipeline::ReducedArticle> = added
            .par_iter()
            .map(|k| {
                // A new article has no line in the cache to look up (looking one up would
                // index the whole pack); its line is kept there under its key, when it is the
                // file the key was made of. An article dated again takes its line from there.
                let again = redated.contains(&k.name);
                let (map, _) = crate::pipeline::map_file(corpus_dir, &k.path, ctx, manifest, cache.data(), again.then_some(cache)).ok()?;
                if map.cut_short || map.file != k.name || cache.key(&map.file, &map.hash, manifest.get(&map.file)) != k.key {
                    return None;
                }
                if !again {
                    cache.put(&k.key, &map).ok()?;
                }
                Some(crate::pipeline::reduce_article(map, g))
            })
            .collect::<Option<Vec<_>>>()?;
        let langs_added: Vec<Lang> = reduced.iter().map(|a| a.lang).collect();
        crate::cache::phase_done("added articles mapped");
        let mut is_removed = vec![false; items.len()];
        for &i in &removed {
            is_removed[i] = true;
        }
        let earlier_at: Vec<usize> = (0..events_of.len()).filter(|&i| !is_removed[i]).collect();
        let earlier: Vec<crate::pipeline::EarlierArticle<'_>> = earlier_at.iter().map(|&i| article(i)).collect();
        let gone: Vec<crate::pipeline::EarlierArticle<'_>> = removed.iter().map(|&i| article(i)).collect();
        let borrowed = crate::pipeline::borrow_for_changed(&earlier, &gone, reduced, g);
        crate::cache::phase_done("borrowing");
        match borrowed {
            Ok(dated) => break (dated, langs_added, is_removed),
            // A few to date again costs less than the whole corpus step.
            Err(redo) if !redo.is_empty() && redated.len() + redo.len() <= REDATE_AT_MOST.max(state.len() / REDATE_SHARE) => {
                for i in redo.into_iter().map(|r| earlier_at[r]) {
                    let name = &loaded.names[i];
                    let k = keyed.binary_search_by(|k| k.name.as_str().cmp(name)).ok().map(|at| &keyed[at])?;
                    redated.insert(name.clone());
                    removed.push(i);
                    added.push(k.clone());
                }
                removed.sort_unstable();
                added.sort_by(|a, b| a.name.cmp(&b.name));
            }
            Err(_) => return None,
        }
    };
    // The removed articles' events: their families are merged again without them.
    let mut items: Vec<Vec<Option<Event>>> = Vec::with_capacity(events_of.len());
    // Where each of the state's articles' events start in one table of all of them (see
    // `was_in` below), removed articles' too (the state's groups name them).
    let mut first_event: Vec<usize> = Vec::with_capacity(events_of.len() + 1);
    first_event.push(0);
    for events in &events_of {
        first_event.push(first_event.last().copied().unwrap_or(0) + events.len());
    }
    let mut removed_families: std::collections::BTreeSet<EventType> = std::collections::BTreeSet::new();
    for (i, events) in events_of.into_iter().enumerate() {
        if is_removed[i] {
            removed_families.extend(events.iter().map(|e| e.event_type.family()));
            items.push(Vec::new());
        } else {
            items.push(events.into_iter().map(Some).collect());
        }
    }
    // The new articles' lines, before their events go to the merge.
    let mut captured: Vec<Option<NextArticle>> = dated
        .iter()
        .zip(&added)
        .zip(&langs_added)
        .map(|(((events, pending), k), lang)| Some(new_article(CapturedArticle::of(k.name.clone(), *lang, events, pending.clone())?, &k.key)))
        .collect();
    // Every article in name order: from the state (its index) or new (its index in `added`).
    let mut order: Vec<Result<usize, usize>> = (0..loaded.names.len()).filter(|&i| !is_removed[i]).map(Ok).chain((0..added.len()).map(Err)).collect();
    let name = |x: &Result<usize, usize>| match *x {
        Ok(i) => loaded.names[i].as_str(),
        Err(j) => added[j].name.as_str(),
    };
    order.sort_by(|a, b| name(a).cmp(name(b)));
    // Each of the state's articles' place in this run (None: removed); looked up for every
    // member of every group, so a table, not a map.
    let mut position: Vec<Option<u32>> = vec![None; loaded.names.len()];
    for (p, x) in order.iter().enumerate() {
        if let Ok(i) = *x {
            position[i] = Some(p as u32);
        }
    }
    let mut new_families: std::collections::BTreeSet<EventType> = dated.iter().flat_map(|(events, _)| events.iter().map(|e| e.event_type.family())).collect();
    new_families.extend(removed_families);
    // A kept event's place in this run (None: its article is gone).
    let renumber = |(a, k): (u32, u32)| Some((position.get(a as usize).copied().flatten()?, k));
    let mut added_items: Vec<Vec<Option<Event>>> = dated.into_iter().map(|(events, _)| events.into_iter().map(Some).collect()).collect();
    // The families no new event is of keep their groupings; the others are merged again, in
    // the order `merge_families` gives them the events (by article, then position).
    let mut family_events: Vec<Vec<Event>> = Vec::new();
    let mut families: Vec<FamilyGroups> = Vec::new();
    let mut known_by_family: HashMap<EventType, Vec<Option<EventOutput>>> = HashMap::new();
    let mut merged_again = 0;
    let (mut searched, mut replayed) = (0, 0);
    let all_families: std::collections::BTreeSet<EventType> = state.families.iter().map(|f| f.family).chain(new_families.iter().copied()).collect();
    let mut earlier_outputs: HashMap<EventType, Vec<Option<EventOutput>>> = state.families.iter_mut().map(|f| (f.family, kept_outputs(f))).collect();
    /// What becomes of one family: its kept grouping, its events regrouped; or its events to
    /// merge again (where each was given, by place in this run and position) with the guide
    /// that replays the earlier merge; once merged, the events and what the outputs made of
    /// each in an earlier run, when it is the same event (from `earlier`, the outputs of the
    /// family's earlier groups, when known for each).
    enum Step<'s> {
        Kept(&'s FamilyGroups, Vec<Event>),
        Again { events: Vec<Event>, from: Vec<(u32, u32)>, replay: Replay, earlier: Vec<Option<EventOutput>>, known: Vec<Option<EventOutput>> },
    }
    let mut steps: Vec<(EventType, Step<'_>)> = Vec::new();
    for family in all_families {
        if !new_families.contains(&family) {
            let kept = state.families.iter().find(|f| f.family == family)?;
            // A family whose rows and counts are all known, under a run whose outputs need
            // only those, is not rebuilt: each group's first event stands for the merged one
            // (nothing reads it but its family and place). The visits and flights are
            // rebuilt: the flights' dating reads both (`merge::finish_families`).
            let stand_in = rows_only && earlier_outputs.get(&family).is_some_and(|o| o.len() == kept.groups.len() && o.iter().all(Option::is_some)) && !matches!(family, EventType::Flight | EventType::Visit);
            steps.push((family, Step::Kept(kept, regroup_kept(&mut items, family, &kept.groups, !stand_in)?)));
            continue;
        }
        // Each kept event's group in the earlier merge, and whether it started it; and the
        // groups that lost an event (a removed article's).
        // (By the event's place in the table of all the state's events: a member naming no
        // event of the state is never looked up, as no event is given from there.)
        let mut was_in: Vec<Option<(usize, bool)>> = vec![None; first_event.last().copied().unwrap_or(0)];
        let slot_of = |(a, k): (u32, u32)| {
            let (a, k) = (a as usize, k as usize);
            first_event.get(a).map(|&at| at + k).filter(|&at| at < first_event.get(a + 1).copied().unwrap_or(0))
        };
        let mut lost = Vec::new();
        for (gi, members) in state.families.iter().filter(|f| f.family == family).flat_map(|f| f.groups.iter().enumerate()) {
            lost.push(members.iter().any(|&(a, _)| is_removed.get(a as usize).is_none_or(|&r| r)));
            for (m, &at) in members.iter().enumerate() {
                if let Some(slot) = slot_of(at) {
                    was_in[slot] = Some((gi, m == 0));
                }
            }
        }
        let mut of_family = Vec::new();
        let mut from = Vec::new();
        let mut was = Vec::new();
        for (p, x) in order.iter().enumerate() {
            let events = match *x {
                Ok(i) => &mut items[i],
                Err(j) => &mut added_items[j],
            };
            for (k, slot) in events.iter_mut().enumerate() {
                if slot.as_ref().is_some_and(|e| e.event_type.family() == family) {
                    of_family.extend(slot.take());
                    from.push((p as u32, k as u32));
                    was.push(x.ok().and_then(|i| was_in[first_event[i] + k]));
                }
            }
        }
        let earlier = earlier_outputs.remove(&family).filter(|outputs| outputs.len() == lost.len() && outputs.iter().all(Option::is_some)).unwrap_or_default();
        steps.push((family, Step::Again { events: of_family, from, replay: Replay::new(was, lost), earlier, known: Vec::new() }));
    }
    crate::cache::phase_done("families gathered");
    // The families merged again share nothing: each is merged on a thread of its own.
    let steps: Vec<(EventType, Step<'_>)> = steps
        .into_par_iter()
        .map(|(family, step)| {
            let Step::Again { events, from, mut replay, earlier, .. } = step else { return (family, step) };
            let events = crate::merge::merge_family_guided(events, ctx.gazetteer.capitals(), &mut replay);
            // A merged event made of the same events, in the same order, as one of the
            // earlier run is that event: its output is taken back.
            // That earlier event is the group its first member started: it is compared with
            // that one alone, member by member (not looked up by its list of members, which
            // cost a list made and hashed for every group of the family, twice).
            let groups: Vec<&Vec<(u32, u32)>> = state.families.iter().filter(|f| f.family == family).flat_map(|f| &f.groups).collect();
            let mut earlier = earlier;
            let known = replay
                .members
                .iter()
                .map(|g| {
                    let (group, true) = replay.was[*g.first()?]? else { return None };
                    let members = groups.get(group)?;
                    let same = members.len() == g.len() && members.iter().zip(g).all(|(&r, &i)| renumber(r) == Some(from[i]));
                    if same { earlier.get_mut(group)?.take() } else { None }
                })
                .collect();
            (family, Step::Again { events, from, replay, earlier: Vec::new(), known })
        })
        .collect();
    crate::cache::phase_done("families merged again");
    if crate::cache::phases_wanted() {
        // What a sparse replay would have read (see `Replay::reach`): the records of the
        // articles of the events given that had a dirty candidate or are in a dirty event, and
        // at most those of the clean events the former joined (scored up to that point).
        let mut articles: std::collections::BTreeSet<u32> = std::collections::BTreeSet::new();
        let mut with_joined: std::collections::BTreeSet<u32> = std::collections::BTreeSet::new();
        for (family, step) in &steps {
            let Step::Again { from, replay, .. } = step else { continue };
            let Some((touched, in_dirty)) = replay.reach() else { continue };
            let mut event_of = vec![0; from.len()];
            for (e, members) in replay.members.iter().enumerate() {
                members.iter().for_each(|&i| event_of[i] = e);
            }
            let mine: std::collections::BTreeSet<u32> = touched.iter().chain(&in_dirty).map(|&i| from[i].0).collect();
            // (Each clean event once: a popular one is joined by thousands of those.)
            let joined_events: std::collections::BTreeSet<usize> = touched.iter().map(|&i| event_of[i]).filter(|&e| !replay.dirty[e]).collect();
            let joined: std::collections::BTreeSet<u32> = joined_events.iter().flat_map(|&e| replay.members[e].iter().map(|&m| from[m].0)).collect();
            eprintln!(
                "tarikh: replay of {family:?}: {} events given, {} in {} dirty events, {} with a dirty candidate; their articles {}, and with the clean events those joined {}",
                from.len(),
                in_dirty.len(),
                replay.dirty_list.len(),
                touched.len(),
                mine.len(),
                mine.union(&joined).count()
            );
            with_joined.extend(mine.iter().chain(&joined));
            articles.extend(mine);
        }
        eprintln!("tarikh: a sparse replay reads the records of {} of {} articles ({} with the clean events joined)", articles.len(), order.len(), with_joined.len());
    }
    for (family, step) in steps {
        match step {
            Step::Kept(kept, events) => {
                family_events.push(events);
                // The flights' outputs stand while the visits their days may come from do.
                if family != EventType::Flight || !new_families.contains(&EventType::Visit) {
                    known_by_family.insert(family, earlier_outputs.remove(&family).unwrap_or_default());
                }
                let groups = kept.groups.iter().map(|g| g.iter().map(|&r| renumber(r)).collect::<Option<Vec<_>>>()).collect::<Option<Vec<_>>>()?;
                families.push(FamilyGroups { family, groups, outputs: Vec::new() });
            }
            Step::Again { events, from, replay, known, .. } => {
                merged_again += 1;
                searched += replay.searched;
                replayed += replay.replayed;
                if replay.members.is_empty() {
                    // Every event of the family was a removed article's: a cold run has no
                    // such family.
                    continue;
                }
                if family != EventType::Flight {
                    // (The flights merged are not yet those the corpus step yields.)
                    known_by_family.insert(family, known);
                }
                let groups: Vec<Vec<(u32, u32)>> = replay.members.iter().map(|g| g.iter().map(|&i| from[i]).collect()).collect();
                families.push(FamilyGroups { family, groups, outputs: Vec::new() });
                family_events.push(events);
            }
        }
    }
    if items.iter().chain(&added_items).flatten().any(Option::is_some) {
        // An event no grouping took: the state does not fit.
        return None;
    }
    crate::cache::phase_done("families merged");
    let events = crate::merge::finish_families(family_events, ctx.gazetteer.capitals());
    let known = known_outputs(&events, known_by_family);
    crate::cache::phase_done("families finished");
    // The next state: the kept records where they lie, the new articles' records, in name
    // order.
    let lines: Option<Vec<NextArticle>> = order
        .iter()
        .map(|x| match *x {
            Ok(i) => Some(NextArticle::Kept(state.lines[i].clone())),
            Err(j) => captured[j].take(),
        })
        .collect();
    let langs = order.iter().map(|x| match *x {
        Ok(i) => loaded.langs[i],
        Err(j) => langs_added[j],
    });
    let langs: Vec<Lang> = langs.collect();
    let next = lines.map(|lines| {
        let header = Header { format: FORMAT, data: state.header.data.clone(), corpus: state.header.corpus.clone(), articles: lines.len(), families: families.len(), view: view.to_string(), body: String::new() };
        (header, lines, families)
    });
    Some(Outcome { events, langs, reused: state.len() - really_removed, mapped: really_added, removed: really_removed, redated: redated.len(), families_merged: merged_again, searched, replayed, known, next })
}

/// The guide that replays an earlier merge of a family to which events were added, or from
/// which some were removed (an earlier group that lost one is dirty from its start): each
/// earlier event takes the decision it took (join the event its earlier group is now, or
/// start it) without a search while none of the events it may join differs from the earlier
/// merge's at that point ("dirty": one that took in or lost an event the earlier merge did
/// not give it). An event searched whose decision differs makes the events concerned dirty.
/// A decision depends only on the events the item may join, each of which depends only on
/// the events it took in, so the replay yields the events a merge from scratch yields.
struct Replay {
    /// For each event given (by position): its group in the earlier merge and whether it
    /// started it; None for a new one.
    was: Vec<Option<(usize, bool)>>,
    /// For each earlier group: the event that is it now, while it is as it was.
    now: Vec<Option<usize>>,
    /// For each earlier group: whether the event that started it did otherwise.
    broken: Vec<bool>,
    /// For each earlier group: whether it lost an event (one of a removed article): the
    /// event that is it now differs from the earlier one from the start.
    lost: Vec<bool>,
    /// For each event: whether it is dirty; and the dirty ones.
    dirty: Vec<bool>,
    dirty_list: Vec<usize>,
    /// For each event, the events it took in (by position), in order.
    members: Vec<Vec<usize>>,
    /// How many events were searched, and how many took their earlier decision.
    searched: usize,
    replayed: usize,
    /// The events given that had a dirty event among those they may join, when asked (with
    /// `TARIKH_PHASES`: see [`Replay::reach`]).
    touched: Option<Vec<usize>>,
}

impl Replay {
    fn new(was: Vec<Option<(usize, bool)>>, lost: Vec<bool>) -> Replay {
        let groups = lost.len();
        let touched = crate::cache::phases_wanted().then(Vec::new);
        Replay { was, now: vec![None; groups], broken: vec![false; groups], lost, dirty: Vec::new(), dirty_list: Vec::new(), members: Vec::new(), searched: 0, replayed: 0, touched }
    }

    /// What a replay that left the clean events as they are (never absorbed, their records
    /// not read) would still have read, once this one is done: the events given that had a
    /// dirty candidate (each scored it), the events given that the dirty events took in (a
    /// dirty event is rebuilt whole), as (those given that had a dirty candidate, the events
    /// given in dirty events); None unless asked for at the start.
    fn reach(&self) -> Option<(Vec<usize>, Vec<usize>)> {
        let touched = self.touched.clone()?;
        let in_dirty = self.dirty_list.iter().flat_map(|&e| self.members[e].iter().copied()).collect();
        Some((touched, in_dirty))
    }

    fn soil(&mut self, event: usize) {
        if !std::mem::replace(&mut self.dirty[event], true) {
            self.dirty_list.push(event);
        }
    }

    /// The earlier decision of `item`, when it stands: it joined an event that is as it was
    /// then (or started one), and no dirty event among those it may join (`lists`) would be
    /// chosen over it now. A candidate that does not fit never sways a search, and every
    /// other candidate is as it was, so the search would choose as it did then (see
    /// `merge::cluster`: among the events that fit, the first of those that fit best, those
    /// in every list first when `by_all_first`).
    ///
    /// An item that started an event stands while no dirty candidate fits it. One that joined
    /// an event still as it was (clean) scores it as then, and that event was the first of
    /// the best among the candidates then: a dirty candidate that fits sways the search only
    /// when it fits better, or as well and comes first (events keep the order they were
    /// started in), or when the events in every list come first and it is one of those where
    /// the event joined is not (no such event fitted then).
    ///
    /// It stands too when the event it joined is dirty (a popular event that took in an
    /// added report: every later report of it would be searched again) but fits it now with
    /// the highest score any event can give it (`ceiling`), and no other dirty candidate fits
    /// as well: a clean candidate scores what it scored then, no more than the event joined
    /// did, and one that scored as much came after it (events keep the order they were
    /// started in, and a clean one was started as it was then), so the search takes the
    /// event joined again.
    fn decision(&self, item: usize, lists: &[&[usize]], score: &dyn Fn(usize) -> Option<JoinScore>, ceiling: JoinScore, by_all_first: bool) -> Option<Option<usize>> {
        let (group, first) = self.was[item]?;
        let choice = if first { None } else { Some(self.now.get(group).copied().flatten().filter(|_| !self.broken[group])?) };
        // The dirty events among the candidates: from the shorter of the two to walk.
        let listed: usize = lists.iter().map(|l| l.len()).sum();
        let mut dirty: Vec<usize> = if self.dirty_list.len() <= listed {
            self.dirty_list.iter().copied().filter(|d| lists.iter().any(|l| l.binary_search(d).is_ok())).collect()
        } else {
            lists.iter().flat_map(|l| l.iter().copied()).filter(|&e| self.dirty.get(e) == Some(&true)).collect()
        };
        dirty.sort_unstable();
        dirty.dedup();
        match choice {
            None if dirty.iter().any(|&d| score(d).is_some()) => return None,
            None => {}
            Some(joined) if !self.dirty[joined] => {
                let mut fitting = dirty.iter().filter_map(|&d| Some((d, score(d)?))).peekable();
                if fitting.peek().is_some() {
                    let joined_score = score(joined)?;
                    let in_every_list = |e: usize| lists.iter().all(|l| l.binary_search(&e).is_ok());
                    let joined_in_all = by_all_first && in_every_list(joined);
                    for (d, s) in fitting {
                        match (joined_in_all, by_all_first && in_every_list(d)) {
                            // Searched alone, and the event joined is among them.
                            (true, false) => continue,
                            // None of those fitted then; this one does.
                            (false, true) => return None,
                            _ if s > joined_score || (s == joined_score && d < joined) => return None,
                            _ => {}
                        }
                    }
                }
            }
            Some(joined) => {
                if dirty.binary_search(&joined).is_err() || score(joined) != Some(ceiling) {
                    return None;
                }
                // (A score is at most the ceiling in each part: as much is the ceiling.)
                if dirty.iter().any(|&d| d != joined && score(d).is_some_and(|s| s >= ceiling)) {
                    return None;
                }
            }
        }
        Some(choice)
    }
}

impl crate::merge::Guide for Replay {
    fn decide(&mut self, item: usize, lists: &[&[usize]], score: &dyn Fn(usize) -> Option<JoinScore>, ceiling: JoinScore, by_all_first: bool) -> Option<Option<usize>> {
        if let Some(touched) = &mut self.touched
            && self.dirty_list.iter().any(|d| lists.iter().any(|l| l.binary_search(d).is_ok()))
        {
            touched.push(item);
        }
        let decision = self.decision(item, lists, score, ceiling, by_all_first);
        match decision {
            Some(_) => self.replayed += 1,
            None => self.searched += 1,
        }
        decision
    }

    fn decided(&mut self, item: usize, event: usize, new: bool) {
        if new {
            self.members.push(Vec::new());
            self.dirty.push(false);
        }
        self.members[event].push(item);
        match self.was[item] {
            None => self.soil(event),
            Some((group, true)) if new => {
                self.now[group] = Some(event);
                if self.lost[group] {
                    self.soil(event);
                }
            }
            Some((group, true)) => {
                self.broken[group] = true;
                self.soil(event);
            }
            Some((group, false)) => {
                let before = self.now[group].filter(|_| !self.broken[group]);
                if new || before != Some(event) {
                    self.soil(event);
                    if let Some(before) = before {
                        self.soil(before);
                    }
                }
            }
        }
    }
}

/// The merged events of every family as the state keeps them (None when a grouping does not
/// take every event once).
fn merge_kept(mut items: Vec<Vec<Option<Event>>>, families: &[FamilyGroups], capitals: &crate::merge::Capitals) -> Option<Vec<Event>> {
    let merged = families.iter().map(|f| regroup_kept(&mut items, f.family, &f.groups, true)).collect::<Option<Vec<_>>>()?;
    if items.iter().flatten().any(Option::is_some) {
        return None;
    }
    Some(crate::merge::finish_families(merged, capitals))
}

/// The merged events of one family: each group's first event taking in the others, in order
/// (the events are moved out of `items`; a reference to one moved already, or an event of
/// another family, is refused). Without `absorb`, the others are only moved out and each
/// group's first event stands for the merged one (for a family whose outputs are known).
fn regroup_kept(items: &mut [Vec<Option<Event>>], family: EventType, groups: &[Vec<(u32, u32)>], absorb: bool) -> Option<Vec<Event>> {
    let mut take = |(a, k): (u32, u32)| items.get_mut(a as usize)?.get_mut(k as usize)?.take().filter(|e| e.event_type.family() == family);
    groups
        .iter()
        .map(|members| {
            let mut members = members.iter();
            let mut event = take(*members.next()?)?;
            for &m in members {
                let other = take(m)?;
                if absorb {
                    event.absorb_event(other);
                }
            }
            (event.event_type.family() == family).then_some(event)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A replay of an earlier merge that started events 0 to 5 (one group each, as event 0 to
    /// 5), item `k` having started group `k`, and item 6 having joined group 3; `dirty` are
    /// the events that took in or lost what the earlier merge did not give them.
    fn replay_with_dirty(dirty: &[usize]) -> Replay {
        let mut was: Vec<Option<(usize, bool)>> = (0..6).map(|g| Some((g, true))).collect();
        was.push(Some((3, false)));
        let mut replay = Replay::new(was, vec![false; 6]);
        for event in 0..6 {
            crate::merge::Guide::decided(&mut replay, event, event, true);
        }
        for &d in dirty {
            replay.soil(d);
        }
        replay
    }

    /// A report that joined an event still as it was takes it again unless a dirty candidate
    /// would now be chosen over it: one that fits better, or as well and was started before
    /// it; or, when the events in every list are searched first, one of those where the event
    /// joined is not.
    #[test]
    fn a_dirty_candidate_sways_a_replayed_join_only_when_a_search_would_take_it() {
        let scores = |d1: Option<JoinScore>, d5: Option<JoinScore>| move |e: usize| match e {
            3 => Some((1, 1, true)),
            1 => d1,
            5 => d5,
            _ => None,
        };
        let apart: [&[usize]; 2] = [&[1, 3], &[5]];
        let all_in_both: [&[usize]; 2] = [&[1, 3, 5], &[1, 3, 5]];
        let joined_in_both: [&[usize]; 2] = [&[1, 3], &[3, 5]];
        let table: [(&str, &[usize], Option<JoinScore>, Option<JoinScore>, &[&[usize]], bool, Option<Option<usize>>); 11] = [
            ("no dirty candidate fits", &[1, 5], None, None, &apart, false, Some(Some(3))),
            ("a later one fits worse", &[5], None, Some((1, 0, true)), &apart, false, Some(Some(3))),
            ("a later one fits as well", &[5], None, Some((1, 1, true)), &apart, false, Some(Some(3))),
            ("a later one fits better", &[5], None, Some((2, 0, true)), &apart, false, None),
            ("an earlier one fits worse", &[1], Some((0, 3, true)), None, &apart, false, Some(Some(3))),
            ("an earlier one fits as well", &[1], Some((1, 1, true)), None, &apart, false, None),
            ("an earlier one of another type fits as well otherwise", &[1], Some((1, 1, false)), None, &apart, false, Some(Some(3))),
            ("one in every list, the event joined too", &[5], None, Some((1, 0, true)), &all_in_both, true, Some(Some(3))),
            ("one in every list, not the event joined", &[1], Some((0, 1, true)), None, &[&[1, 3], &[1]], true, None),
            ("the event joined in every list, not the one fitting better", &[5], None, Some((2, 2, true)), &joined_in_both, true, Some(Some(3))),
            ("the event joined in every list, and one fitting better", &[5], None, Some((2, 2, true)), &all_in_both, true, None),
        ];
        for (name, dirty, d1, d5, lists, by_all_first, want) in table {
            let replay = replay_with_dirty(dirty);
            assert_eq!(replay.decision(6, lists, &scores(d1, d5), (2, 2, true), by_all_first), want, "{name}");
        }
        // An item that started its event stands only while no dirty candidate fits it.
        let replay = replay_with_dirty(&[5]);
        assert_eq!(replay.decision(4, &apart, &scores(None, None), (2, 2, true), false), Some(None), "nothing dirty fits");
        assert_eq!(replay.decision(4, &apart, &scores(None, Some((0, 1, true))), (2, 2, true), false), None, "a dirty one fits");
    }
}
