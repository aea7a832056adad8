//! The corpus step every command shares ([`corpus_events`]): publication dates borrowed
//! across articles (an undated article takes its day from the events other articles date),
//! then the cross-article merge, with what a cached run keeps and replays. Borrowing is in
//! [`borrow`], the merge of a cached run family by family in [`families`], and the borrowing
//! of an incremental run over the reduced state in [`replay`].

use crate::hash::FxHashMap as HashMap;
use std::hash::Hash;
use std::sync::Arc;
use rayon::prelude::*;
use crate::cache::Cache;
use crate::evidence::{Evidence, Quotes};
use crate::dates::anchor::BorrowClue;
use crate::dates::{Anchor, DateValue, Inference};
use crate::events::EventType;
use crate::dates::resolve::resolve;
use crate::events::resolve::{MentionDraft, finish};
use crate::gazetteer::Gazetteer;
use crate::idset::{Id, IdSlice};
use crate::hash::FieldHasher;
use crate::mapred::ArticleMap;
use crate::focus::{is_morocco_israel, sides};
use crate::merge::{Event, EventSummary, FitView, Mention, identifies, merge_article};
use crate::extraction::{ArticleExtraction, Context};
use super::{PendingArticle, ReducedArticle, SpillFile, SpillShelf, SpilledEvents, SpilledRows, finish_all, give_back_freed_memory, reduce_article};
use crate::text::lang::Lang;

mod borrow;
mod families;
mod replay;

use borrow::*;
use families::*;
pub(in crate::pipeline) use borrow::{EventFacts, Relative, relative_mentions};
pub(crate) use replay::{EarlierArticle, borrow_for_changed};

/// What the corpus step yields.
#[derive(Debug, Clone)]
pub struct CorpusEvents {
    /// The events, merged across articles.
    pub events: Vec<Event>,
    /// The anchor each article borrowed from the others (same order as the articles given),
    /// if it did.
    pub borrowed: Vec<Option<Anchor>>,
    /// How many times borrowing took what an earlier run found from the cache.
    pub remembered: usize,
    /// How many type families the merge grouped as an earlier run did, from the cache.
    pub families_reused: usize,
    /// What the reduced state of a cached run keeps (see [`crate::reduced`]), when the run
    /// keeps a cache and every family's grouping could be told.
    pub captured: Option<crate::reduced::record::Captured>,
    /// The events that make no row, counted and freed as the merge finished them, when the
    /// run writes only rows ([`corpus_events_for_rows`]); they are not in `events`.
    pub rowless: Rowless,
    /// The events that make a row of a large corpus, in parts written to the spill file
    /// when their family was merged ([`corpus_events_for_rows`] on a corpus whose events
    /// passed the in-memory budget), each with where it goes among `events` (parts at one
    /// place in their order); they are not in `events`.
    pub later: Vec<(usize, SpilledRows)>,
}

/// What a run that writes only rows needs of an event that makes none (see
/// [`corpus_events_for_rows`]): `None` when it makes a row, else whether it is a
/// Morocco–Israel event and whether it is an undated event the focus keeps, which the summary
/// counts.
pub type RowFate<'a> = &'a (dyn Fn(&Event) -> Option<(bool, bool)> + Sync);

/// The events of the corpus that make no row, as the summary counts them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rowless {
    /// How many.
    pub events: usize,
    /// How many of them are Morocco–Israel events.
    pub bilateral: usize,
    /// How many are undated events the focus keeps (left out for want of `--undated`).
    pub undated_kept: usize,
}

impl Rowless {
    /// Keep of `events` those that make a row (`fate` says `None`), counting the others.
    fn sift(&mut self, mut events: Vec<Event>, fate: RowFate) -> Vec<Event> {
        events.retain(|e| self.keeps(e, fate));
        events.shrink_to_fit();
        events
    }

    /// Whether `e` makes a row (`fate` says `None`), counting it if not.
    fn keeps(&mut self, e: &Event, fate: RowFate) -> bool {
        match fate(e) {
            None => true,
            Some((bilateral, undated_kept)) => {
                self.events += 1;
                self.bilateral += usize::from(bilateral);
                self.undated_kept += usize::from(undated_kept);
                false
            }
        }
    }

    fn add(self, other: Rowless) -> Rowless {
        Rowless { events: self.events + other.events, bilateral: self.bilateral + other.bilateral, undated_kept: self.undated_kept + other.undated_kept }
    }
}

/// The corpus step, the one every command runs (`extract`, `reduce`, `dates`, `explain`):
/// publication dates borrowed across articles, then the cross-article merge.
///
/// An article with no date of its own ("وقع المغرب وإسرائيل، أمس، اتفاقاً") takes one from an
/// event another article dates: each of its events dated relative to the publication day
/// ("أمس" = one day before) that is identified with such an event (same family, compatible,
/// a shared person) votes for a publication day, through the reports whose people are closest
/// to its own; the day with most votes becomes its anchor (basis `inferred`), and its mentions
/// are resolved again. Days that tie (a bare past weekday leaves a week of them) are narrowed
/// to those from which the article's events lie closest together, and are one answer when the
/// events read alike from each: the first stands for them. Other ties leave it unknown.
pub fn corpus_events(articles: Vec<ReducedArticle>, g: &Gazetteer) -> CorpusEvents {
    corpus_events_with(articles, g, None)
}

/// [`corpus_events`], taking back from `cache` what borrowing found in an earlier run for
/// each article whose reachable reports did not change (see [`borrow_key`]), and keeping there
/// what it finds.
pub fn corpus_events_with(articles: Vec<ReducedArticle>, g: &Gazetteer, cache: Option<&Cache>) -> CorpusEvents {
    corpus_step(articles, g, cache, None)
}

/// [`corpus_events`] for a run that writes only rows (no cache, no JSON, workbook, mentions
/// or corrections): each event that makes no row (`fate`) is counted and freed as soon as the
/// merge has finished it, family by family, rather than held with its mentions until the rows
/// are made (a large archive's events are about three times its rows). The rows are those
/// [`corpus_events`]'s events make, in the same order.
pub fn corpus_events_for_rows(articles: Vec<ReducedArticle>, g: &Gazetteer, fate: RowFate) -> CorpusEvents {
    corpus_step(articles, g, None, Some(fate))
}

/// [`corpus_events_with`], and [`corpus_events_for_rows`] when `fate` is given.
fn corpus_step(articles: Vec<ReducedArticle>, g: &Gazetteer, cache: Option<&Cache>, fate: Option<RowFate>) -> CorpusEvents {
    give_back_freed_memory();
    let mut borrowed: Vec<Option<Anchor>> = vec![None; articles.len()];
    let mut article_events: Vec<Vec<Event>> = Vec::with_capacity(articles.len());
    // What the reduced state keeps of each article (see `crate::reduced`): its name and
    // language, and for one to be dated, what borrowing reads of it and when it was dated.
    // (The name as the run's one copy of it, which its mentions share: see `Id`.)
    let mut kept: Vec<(Id, Lang, Option<crate::reduced::record::Pending>)> = Vec::with_capacity(articles.len());
    // An article still to be dated, with its mentions dated relative to the publication day
    // (found once: they do not change from round to round).
    let mut unanchored: Vec<(usize, Box<PendingArticle>, Vec<Relative>)> = Vec::new();
    // The events that wait in a spill file until the merge (see `reduce_article_spilling`),
    // and what borrowing reads of them, found when they were written.
    let mut spilled = SpillShelf::default();
    let mut facts_found: Vec<Option<Box<[EventFacts]>>> = Vec::with_capacity(articles.len());
    for a in articles {
        let mut pending_state = None;
        if let Some(mut pending) = a.pending {
            let relative = pending.relative(g);
            // (Only the reduced state of a cached run reads it.)
            pending_state = cache.is_some().then(|| not_yet_dated(&relative));
            unanchored.push((article_events.len(), pending, relative));
        }
        let (at, facts) = a.spilled.unzip();
        let name: Id = a.name.as_str().into();
        if let Some(at) = at {
            spilled.put(kept.len(), name, at);
        }
        facts_found.push(facts);
        kept.push((name, a.lang, pending_state));
        article_events.push(a.events);
    }
    // The file the events of articles dated by borrowing are written to in turn, when the
    // others' were.
    let spill_file = spilled.file();
    // What the rounds and the merge read of each event, found once (an article's events
    // change only when it borrows an anchor).
    let printed = cache.is_some();
    let facts_of = |events: &[Event]| -> Box<[EventFacts]> { EventFacts::of_events(events, g, printed) };
    let mut facts: Vec<Box<[EventFacts]>> = article_events.par_iter().zip(facts_found).map(|(es, found)| found.unwrap_or_else(|| facts_of(es))).collect();
    // On a corpus whose events passed the budget while mapping (the spill file is in use),
    // the events still held go to the file too, now that their facts are found: borrowing
    // and the merge read only the facts until each family is merged, and the budget's worth
    // of events held through both was the largest fixed part of their peaks. A corpus within
    // the budget keeps them, and pays no spill.
    if let Some(file) = &spill_file {
        spill_held(file, &mut article_events, &mut spilled, &kept);
        repack(&mut kept, &mut spilled, &mut facts, &mut unanchored);
        give_back_freed_memory();
        crate::cache::phase_done("held events spilled");
    }
    // Rounds of borrowing: an article dated by a borrowed anchor may date another's event.
    // After the first round, only the articles whose candidate reports changed (see
    // `KnownGroup::changed`) are compared again: the others would find what they found.
    let mut anchored_last: Option<std::collections::HashSet<usize>> = None;
    let mut remembered = 0;
    for round in 0..crate::dates::anchor::BORROW_ROUNDS {
        if unanchored.is_empty() {
            break;
        }
        let unanchored_at: std::collections::HashSet<usize> = unanchored.iter().map(|u| u.0).collect();
        let is_new = |i: usize| anchored_last.as_ref().is_none_or(|last| last.contains(&i));
        let known = KnownEvents::new(
            facts.iter().enumerate().filter(|(i, _)| !unanchored_at.contains(i)).flat_map(|(i, fs)| fs.iter().map(move |f| (f, is_new(i)))),
        );
        let to_compare: Vec<&(usize, Box<PendingArticle>, Vec<Relative>)> = unanchored.iter().filter(|u| u.2.iter().any(|r| known.may_change(&r.event))).collect();
        // What an earlier run found for the same article and the same reachable reports.
        let prints = cache.map(|_| KnownPrints::of(&known));
        let keys: Vec<Option<String>> = to_compare.par_iter().map(|(_, pending, relative)| prints.as_ref().and_then(|p| borrow_key(&pending.map, relative, p))).collect();
        let found_before: Vec<Option<Option<Anchor>>> = keys.iter().map(|k| cache.zip(k.as_ref()).and_then(|(c, k)| c.borrowed(k))).collect();
        remembered += found_before.iter().filter(|f| f.is_some()).count();
        let undated = UndatedMatches::new(to_compare.iter().zip(&found_before).filter(|(_, f)| f.is_none()).flat_map(|(u, _)| u.2.iter().map(|r| &r.event)), &known);
        // Each article dated, with its events (written to the spill file when the others'
        // were) and what the next rounds read of them.
        type Redone = (usize, Anchor, Result<SpilledEvents, Vec<Event>>, Box<[EventFacts]>);
        let redone: Vec<Redone> = to_compare
            .into_par_iter()
            .zip(keys)
            .zip(found_before)
            .filter_map(|(((i, pending, relative), key), found_before)| {
                let anchor = found_before.unwrap_or_else(|| {
                    let anchor = borrow_anchor(relative, &known, &undated, pending, g);
                    if let Some((cache, key)) = cache.zip(key.as_ref()) {
                        cache.keep_borrowed(key, anchor);
                    }
                    anchor
                })?;
                let events = merge_article(finish_all(&pending.map, &pending.drafts(), &pending.quoted, &anchor, g), g.capitals());
                let facts = facts_of(&events);
                let events = match &spill_file {
                    Some(file) if !events.is_empty() => SpilledEvents::put(file, events, &pending.quoted),
                    _ => Err(events),
                };
                Some((*i, anchor, events, facts))
            })
            .collect();
        drop(undated);
        drop(known);
        if redone.is_empty() {
            break;
        }
        anchored_last = Some(redone.iter().map(|r| r.0).collect());
        let mut shelved = Vec::with_capacity(redone.len());
        for (i, anchor, events, events_facts) in redone {
            if let Some(pending) = &mut kept[i].2 {
                pending.round = u8::try_from(round).ok();
            }
            facts[i] = events_facts;
            let at;
            (at, article_events[i]) = match events {
                Ok(at) => (Some(at), Vec::new()),
                Err(events) => (None, events),
            };
            shelved.push((i, kept[i].0, at));
            borrowed[i] = Some(anchor);
        }
        spilled.replace(shelved);
        unanchored.retain(|u| borrowed[u.0].is_none());
        give_back_freed_memory();
    }
    // The articles that borrowed nothing keep their events as they are: their drafts go
    // before the merge, and so do the facts when no cache needs them.
    drop(unanchored);
    give_back_freed_memory();
    crate::cache::phase_done("publication days borrowed");
    let mut rowless = Rowless::default();
    let mut later = Vec::new();
    // Through the merge, only the few articles that borrowed an anchor hold one.
    let article_count = borrowed.len();
    let borrowed_anchors: Vec<(usize, Anchor)> = borrowed.into_iter().enumerate().filter_map(|(i, anchor)| Some((i, anchor?))).collect();
    let (events, families_reused, captured) = match cache {
        Some(cache) => {
            read_spilled(&mut article_events, spilled);
            let articles = article_events.par_iter().zip(kept).map(|(events, (name, lang, pending))| crate::reduced::record::CapturedArticle::of(name.text().to_string(), lang, events, pending)).collect::<Option<Vec<_>>>();
            let (events, reused, families) = merge_families(article_events, facts, cache, g.capitals());
            let captured = articles.zip(families).map(|(articles, families)| crate::reduced::record::Captured { articles, families });
            (events, reused, captured)
        }
        None => {
            // (The shelf names the articles whose events it holds.)
            drop(kept);
            drop(facts);
            give_back_freed_memory();
            let events;
            (events, rowless, later) = merge_spilled(article_events, spilled, fate, g.capitals());
            (events, 0, None)
        }
    };
    give_back_freed_memory();
    crate::cache::phase_done("events merged");
    let mut borrowed = vec![None; article_count];
    for (i, anchor) in borrowed_anchors {
        borrowed[i] = Some(anchor);
    }
    CorpusEvents { events, borrowed, remembered, families_reused, captured, rowless, later }
}

/// Write the events each article holds in memory (`article_events`) to `file`, shelving
/// them in `spilled` (`kept` names the articles); an article whose events the file cannot
/// take keeps them. An article's events are all held or all spilled (one with events held has
/// none shelved), and its mentions quote one article's sentences: the first one's.
fn spill_held(file: &Arc<SpillFile>, article_events: &mut [Vec<Event>], spilled: &mut SpillShelf, kept: &[(Id, Lang, Option<crate::reduced::record::Pending>)]) {
    let put: Vec<(usize, Id, Option<SpilledEvents>)> = article_events
        .par_iter_mut()
        .enumerate()
        .filter(|(_, events)| !events.is_empty())
        .filter_map(|(i, events)| {
            let quoted = events[0].mentions.first().map(|m| m.evidence.quotes().clone())?;
            match SpilledEvents::put(file, std::mem::take(events), &quoted) {
                Ok(put) => Some((i, kept[i].0, Some(put))),
                Err(kept) => {
                    *events = kept;
                    None
                }
            }
        })
        .collect();
    spilled.replace(put);
}

/// What the corpus step keeps of each article until the merge (its name, where its events wait
/// in the spill file, what borrowing reads of them, an undated article's line and mentions),
/// copied into new allocations one after another and the old ones freed. They were made on the
/// pool's threads among the many short-lived allocations of each article's extraction and
/// spill, and the pages they were scattered over stayed resident for their few bytes each:
/// about a kilobyte an article beyond what they hold, on a large archive. Packed together, the
/// rest is handed back ([`give_back_freed_memory`]). A corpus whose events stay in memory
/// (within the budget) is small and is not repacked.
fn repack(kept: &mut [(Id, Lang, Option<crate::reduced::record::Pending>)], spilled: &mut SpillShelf, facts: &mut [Box<[EventFacts]>], unanchored: &mut [(usize, Box<PendingArticle>, Vec<Relative>)]) {
    for (_, _, pending) in kept.iter_mut() {
        *pending = pending.clone();
    }
    spilled.repack();
    for of_article in facts.iter_mut() {
        *of_article = of_article.clone();
    }
    for (_, pending, relative) in unanchored.iter_mut() {
        *pending = pending.clone();
        *relative = relative.clone();
    }
}

/// The events of each article that wait in a spill file (`spilled`), read back into
/// `article_events` for the merge.
fn read_spilled(article_events: &mut [Vec<Event>], spilled: SpillShelf) {
    let read: Vec<(usize, Vec<Event>)> = spilled.par_articles().map(|(i, at)| (i, at.read())).collect();
    for (i, events) in read {
        article_events[i] = events;
    }
}

/// [`merge_corpus`](crate::merge::merge_corpus) over articles whose events may wait in the spill file (`spilled`): each type family's events are read back only when
/// that family is merged, so that the merge holds the events merged so far and those of the
/// families being merged (one per thread, one in all when events wait in the spill file), not
/// every event of the corpus at once; with `fate`, on a corpus whose events wait in the spill
/// file, the merged events that make a row are written back to it family by family (the
/// third part of the result: see [`CorpusEvents::later`]). A family's
/// events come in the articles' order, those held and those read back alike, as
/// `merge_corpus` gives them. With `fate` (see [`corpus_events_for_rows`]), the events that
/// make no row are counted and freed as their family is merged, except the visits and
/// flights, which [`finish_families`](crate::merge::finish_families) reads and dates once
/// every family is merged (a flight by the visit it brought): theirs are sifted after it.
fn merge_spilled(article_events: Vec<Vec<Event>>, spilled: SpillShelf, fate: Option<RowFate>, capitals: &crate::merge::Capitals) -> (Vec<Event>, Rowless, Vec<(usize, SpilledRows)>) {
    // With rows only to make, on a corpus whose events wait in the spill file, a family's
    // events that make a row go back to the file as soon as it is merged (visits and flights
    // once every family is), and are read back a part at a time when the rows are made: the
    // merged events of a large archive are many times the budget of held ones.
    let rows_file = fate.and(spilled.file());
    // The events held in memory, by family: each article's in order.
    let mut held: std::collections::BTreeMap<EventType, Vec<(usize, Vec<Event>)>> = std::collections::BTreeMap::new();
    for (i, events) in article_events.into_iter().enumerate() {
        for e in events {
            let list = held.entry(e.event_type.family()).or_default();
            match list.last_mut() {
                Some((j, of_article)) if *j == i => of_article.push(e),
                _ => list.push((i, vec![e])),
            }
        }
    }
    for (_, at) in spilled.articles() {
        for family in at.families() {
            held.entry(family).or_default();
        }
    }
    let read_at_the_end = |family: EventType| matches!(family, EventType::Visit | EventType::Flight);
    let merge_one = |(family, held): (EventType, Vec<(usize, Vec<Event>)>)| {
        // The family's vector is made to its size: the merge builds its events in it, and a
        // vector grown by doubling held up to twice the largest family's events at its peak.
        let count = held.iter().map(|(_, events)| events.len()).sum::<usize>() + spilled.articles().map(|(_, at)| at.count(family)).sum::<usize>();
        // The merged events, made as they are asked for where the merge was made over briefs
        // (those that make no row are counted and those that make one written to the file as
        // they come, so that the events read back again are let go of as they are merged).
        let events: Result<Vec<Event>, Box<dyn Iterator<Item = Event>>> = if spilled.is_empty() {
            let mut items = Vec::with_capacity(count);
            each_of_family(family, held, &spilled, |events| items.extend(events));
            Ok(crate::merge::merge_family(items, capitals))
        } else {
            // The family's events waiting in the spill file are many on a large archive, and
            // the merge holds them all with its indexes: it is made over what it reads of each
            // ([`Event::brief`]: no sentences, ids in the events' sets), each article's read
            // back and made brief in turn, and the events are then built from the events read
            // back again in the groups it made, as the merge of the events themselves builds
            // them. (The events held here, beside the file, are only those it could not take:
            // made brief from a copy.)
            let mut briefs = Vec::with_capacity(count);
            each_of_family(family, held.clone(), &spilled, |events| {
                for e in &events {
                    briefs.push(e.brief(u32::try_from(briefs.len()).expect("fewer than 2^32 events in a family")));
                }
            });
            let grouping = crate::merge::merge_family_briefly(briefs, capitals);
            let mut items = Vec::with_capacity(count);
            each_of_family(family, held, &spilled, |events| items.extend(events));
            Err(Box::new(grouping.events_of(items)))
        };
        let mut rowless = Rowless::default();
        match fate.filter(|_| !read_at_the_end(family)) {
            Some(fate) => {
                let events = match (events, &rows_file) {
                    (Ok(events), None) => (rowless.sift(events, fate), Vec::new()),
                    (Ok(events), Some(file)) => spill_rows(file, rowless.sift(events, fate)),
                    (Err(events), None) => (events.filter(|e| rowless.keeps(e, fate)).collect(), Vec::new()),
                    (Err(events), Some(file)) => spill_rows(file, events.filter(|e| rowless.keeps(e, fate))),
                };
                (events, rowless)
            }
            None => ((events.unwrap_or_else(Iterator::collect), Vec::new()), rowless),
        }
    };
    // A family's events are read back and merged whole, and the merge of one family is one
    // thread's work: on a corpus whose events wait in the spill file (a large one), the
    // families are merged one after another, so that the merge holds one family's events at a
    // time rather than one per thread (the largest part of its peak); the others are merged
    // in parallel.
    // One after another, the visits and flights come last: they stay in memory once merged
    // (see `read_at_the_end`), and merged first they were held through the merge of every
    // other family. The results are put back in the families' order.
    let one_after_another = |families: Vec<(EventType, Vec<(usize, Vec<Event>)>)>| {
        let (last, first): (Vec<_>, Vec<_>) = families.into_iter().enumerate().partition(|(_, (family, _))| read_at_the_end(*family));
        let mut merged: Vec<_> = first.into_iter().chain(last).map(|(k, family)| (k, merge_one(family))).collect();
        merged.sort_by_key(|&(k, _)| k);
        merged.into_iter().map(|(_, m)| m).unzip()
    };
    let families: Vec<_> = held.into_iter().collect();
    let (merged, rowless): (Vec<(Vec<Event>, Vec<SpilledRows>)>, Vec<Rowless>) =
        if !spilled.is_empty() { one_after_another(families) } else { families.into_par_iter().map(merge_one).unzip() };
    drop(spilled);
    let mut rowless = rowless.into_iter().fold(Rowless::default(), Rowless::add);
    let (merged, spilled_rows): (Vec<Vec<Event>>, Vec<Vec<SpilledRows>>) = merged.into_iter().unzip();
    let mut events = crate::merge::finish_families(merged, capitals);
    if let Some(fate) = fate {
        events = rowless.sift(events, &|e: &Event| if read_at_the_end(e.event_type.family()) { fate(e) } else { None });
    }
    // Each family's spilled events go where its events would be: after those of the families
    // before it, which come first in `events` (a merged event keeps its family).
    let mut later = Vec::new();
    for parts in spilled_rows {
        for part in parts {
            later.push((events.partition_point(|e| e.event_type.family() < part.family()), part));
        }
    }
    (events, rowless, later)
}

/// The events of `family` in the articles' order, given to `take` an article's at a time:
/// each article's read back from the spill file (`spilled`), then those it holds (`held`, by
/// article, each article's in order), as [`merge_spilled`] gives them to the merge.
fn each_of_family(family: EventType, held: Vec<(usize, Vec<Event>)>, spilled: &SpillShelf, mut take: impl FnMut(Vec<Event>)) {
    let mut held = held.into_iter().peekable();
    for (i, at) in spilled.articles() {
        while let Some((_, events)) = held.next_if(|(j, _)| *j < i) {
            take(events);
        }
        if at.families().any(|f| f == family) {
            take(at.read_family(family));
        }
        while let Some((_, events)) = held.next_if(|(j, _)| *j == i) {
            take(events);
        }
    }
    held.for_each(|(_, events)| take(events));
}

/// Write `events` to `file` in parts (see [`SpilledRows`]), those the file cannot take kept:
/// the events held, and the parts written.
fn spill_rows(file: &Arc<SpillFile>, events: impl IntoIterator<Item = Event>) -> (Vec<Event>, Vec<SpilledRows>) {
    /// Events a part: a part is read back whole when its rows are made (as many as the rows
    /// take at most at once, see `write_events`).
    const PART: usize = 1 << 13;
    let mut parts = Vec::new();
    // The parts are taken from the front, each moved out in turn: splitting the rest off
    // the first part copied every event after it into a second vector as large as the
    // family's, at the peak of the largest family's merge.
    let mut events = events.into_iter();
    loop {
        let part: Vec<Event> = events.by_ref().take(PART).collect();
        if part.is_empty() {
            return (Vec::new(), parts);
        }
        match SpilledRows::put(file, part) {
            Ok(written) => parts.push(written),
            Err(kept) => {
                // A family is held or written whole, so that its events keep their order.
                let mut held: Vec<Event> = parts.iter().flat_map(SpilledRows::read).collect();
                held.extend(kept);
                held.extend(events);
                return (held, Vec::new());
            }
        }
    }
}

/// The corpus step over extractions held in memory (`dates`, `explain`, tests): each is
/// reduced to its map line and given to [`corpus_events`]; an extraction that borrows an
/// anchor is re-anchored, so that its dates say so.
pub fn build_events_of_corpus(extractions: &mut [ArticleExtraction], ctx: &Context) -> Vec<Event> {
    let reduced: Vec<ReducedArticle> = extractions.par_iter().map(|x| reduce_article(ArticleMap::of(x, ctx, String::new(), ""), &ctx.gazetteer)).collect();
    let CorpusEvents { events, borrowed, .. } = corpus_events(reduced, &ctx.gazetteer);
    for (x, anchor) in extractions.iter_mut().zip(borrowed) {
        if let Some(anchor) = anchor {
            x.dates.reanchor(anchor);
        }
    }
    events
}

/// Whether an article's publication day is still to be found: it has no anchor, or one coarser
/// than a day (a month the text calls current, a month-only manifest row), which a day borrowed
/// from another article refines.
pub(super) fn needs_day(anchor: &Anchor) -> bool {
    anchor.date.is_none_or(|d| d.as_day().is_none()) || anchor.awaits_a_day()
}

/// What the reduced state keeps of an article to be dated before any round dates it: what
/// borrowing reads of each of its mentions dated relative to the publication day.
fn not_yet_dated(relative: &[Relative]) -> crate::reduced::record::Pending {
    crate::reduced::record::Pending { round: None, reach: relative.iter().map(|r| crate::reduced::record::Reach::of(&r.event)).collect() }
}
