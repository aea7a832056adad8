//! The corpus step every command shares ([`corpus_events`]): publication dates borrowed
//! across articles (an undated article takes its day from the events other articles date),
//! then the cross-article merge, with what a cached run keeps and replays.

use std::collections::HashMap;
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

use super::{PendingArticle, ReducedArticle, SpilledEvents, finish_all, give_back_freed_memory, reduce_article};
use crate::text::lang::Lang;

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
    give_back_freed_memory();
    let mut borrowed: Vec<Option<Anchor>> = vec![None; articles.len()];
    let mut article_events: Vec<Vec<Event>> = Vec::with_capacity(articles.len());
    // What the reduced state keeps of each article (see `crate::reduced`): its name and
    // language, and for one to be dated, what borrowing reads of it and when it was dated.
    let mut kept: Vec<(String, Lang, Option<crate::reduced::record::Pending>)> = Vec::with_capacity(articles.len());
    // An article still to be dated, with its mentions dated relative to the publication day
    // (found once: they do not change from round to round).
    let mut unanchored: Vec<(usize, PendingArticle, Vec<Relative>)> = Vec::new();
    // The events that wait in a spill file until the merge (see `reduce_article_spilling`),
    // and what borrowing reads of them, found when they were written.
    let mut spilled: Vec<Option<SpilledEvents>> = Vec::with_capacity(articles.len());
    let mut facts_found: Vec<Option<Vec<EventFacts>>> = Vec::with_capacity(articles.len());
    for a in articles {
        let mut pending_state = None;
        if let Some(mut pending) = a.pending {
            let relative = pending.relative(g);
            pending_state = Some(not_yet_dated(&relative));
            unanchored.push((article_events.len(), pending, relative));
        }
        let (at, facts) = a.spilled.unzip();
        spilled.push(at);
        facts_found.push(facts);
        kept.push((a.name, a.lang, pending_state));
        article_events.push(a.events);
    }
    // The file the events of articles dated by borrowing are written to in turn, when the
    // others' were.
    let spill_file = spilled.iter().flatten().find_map(SpilledEvents::file);
    // What the rounds and the merge read of each event, found once (an article's events
    // change only when it borrows an anchor).
    let printed = cache.is_some();
    let facts_of = |events: &[Event]| -> Vec<EventFacts> { events.iter().map(|e| EventFacts::of(e, g, printed)).collect() };
    let mut facts: Vec<Vec<EventFacts>> = article_events.par_iter().zip(facts_found).map(|(es, found)| found.unwrap_or_else(|| facts_of(es))).collect();
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
        let to_compare: Vec<&(usize, PendingArticle, Vec<Relative>)> = unanchored.iter().filter(|u| u.2.iter().any(|r| known.may_change(&r.event))).collect();
        // What an earlier run found for the same article and the same reachable reports.
        let prints = cache.map(|_| KnownPrints::of(&known));
        let keys: Vec<Option<String>> = to_compare.par_iter().map(|(_, pending, relative)| prints.as_ref().and_then(|p| borrow_key(&pending.map, relative, p))).collect();
        let found_before: Vec<Option<Option<Anchor>>> = keys.iter().map(|k| cache.zip(k.as_ref()).and_then(|(c, k)| c.borrowed(k))).collect();
        remembered += found_before.iter().filter(|f| f.is_some()).count();
        let undated = UndatedMatches::new(to_compare.iter().zip(&found_before).filter(|(_, f)| f.is_none()).flat_map(|(u, _)| u.2.iter().map(|r| &r.event)), &known);
        // Each article dated, with its events (written to the spill file when the others'
        // were) and what the next rounds read of them.
        type Redone = (usize, Anchor, Result<SpilledEvents, Vec<Event>>, Vec<EventFacts>);
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
                let events = merge_article(finish_all(&pending.map, &pending.drafts(), &pending.quoted, &anchor, g));
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
        for (i, anchor, events, events_facts) in redone {
            if let Some(pending) = &mut kept[i].2 {
                pending.round = u8::try_from(round).ok();
            }
            facts[i] = events_facts;
            (spilled[i], article_events[i]) = match events {
                Ok(at) => (Some(at), Vec::new()),
                Err(events) => (None, events),
            };
            borrowed[i] = Some(anchor);
        }
        unanchored.retain(|u| borrowed[u.0].is_none());
        give_back_freed_memory();
    }
    // The articles that borrowed nothing keep their events as they are: their drafts go
    // before the merge, and so do the facts when no cache needs them.
    drop(unanchored);
    give_back_freed_memory();
    let (events, families_reused, captured) = match cache {
        Some(cache) => {
            read_spilled(&mut article_events, spilled, &kept);
            let articles = article_events.par_iter().zip(kept).map(|(events, (name, lang, pending))| crate::reduced::record::CapturedArticle::of(name, lang, events, pending)).collect::<Option<Vec<_>>>();
            let (events, reused, families) = merge_families(article_events, facts, cache);
            let captured = articles.zip(families).map(|(articles, families)| crate::reduced::record::Captured { articles, families });
            (events, reused, captured)
        }
        None => {
            drop(facts);
            give_back_freed_memory();
            (merge_spilled(article_events, spilled, &kept), 0, None)
        }
    };
    give_back_freed_memory();
    CorpusEvents { events, borrowed, remembered, families_reused, captured }
}

/// The events of each article that wait in a spill file (`spilled`, by article), read back
/// into `article_events` for the merge; `kept` names the articles.
fn read_spilled(article_events: &mut [Vec<Event>], spilled: Vec<Option<SpilledEvents>>, kept: &[(String, Lang, Option<crate::reduced::record::Pending>)]) {
    article_events.par_iter_mut().zip(spilled).zip(kept).for_each(|((events, at), (name, _, _))| {
        if let Some(at) = at {
            *events = at.read(&name.as_str().into());
        }
    });
}

/// [`merge_corpus`](crate::merge::merge_corpus) over articles whose events may wait in the spill file (`spilled`, by
/// article; `kept` names the articles): each type family's events are read back only when
/// that family is merged, so that the merge holds the events merged so far and those of the
/// families being merged (one per thread), not every event of the corpus at once. A family's
/// events come in the articles' order, those held and those read back alike, as
/// `merge_corpus` gives them.
fn merge_spilled(article_events: Vec<Vec<Event>>, spilled: Vec<Option<SpilledEvents>>, kept: &[(String, Lang, Option<crate::reduced::record::Pending>)]) -> Vec<Event> {
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
    for family in spilled.iter().flatten().flat_map(SpilledEvents::families) {
        held.entry(family).or_default();
    }
    let merged: Vec<Vec<Event>> = held
        .into_iter()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|(family, held)| {
            let mut items = Vec::new();
            let mut held = held.into_iter().peekable();
            for (i, (at, (name, _, _))) in spilled.iter().zip(kept).enumerate() {
                if let Some(at) = at.as_ref().filter(|at| at.families().any(|f| f == family)) {
                    items.extend(at.read_family(family, &name.as_str().into()));
                }
                while let Some((_, events)) = held.next_if(|(j, _)| *j == i) {
                    items.extend(events);
                }
            }
            crate::merge::merge_family(items)
        })
        .collect();
    drop(spilled);
    crate::merge::finish_families(merged)
}

/// [`merge_corpus`](crate::merge::merge_corpus), family by family, each grouped as an earlier run grouped it when its
/// events are those that run merged (the same fingerprint, [`event_prints`] of each in order),
/// else merged and its grouping kept in `cache`; returns the events (in `merge_corpus`'s
/// order: by family, each as the merge yields them) and how many families were grouped as
/// before. The merge is a function of the family's events in their order (families never
/// merge with each other), so the grouping it made once is the one it would make again, and
/// replaying it ([`Event::absorb_event`] in the merge's order) builds the same events.
fn merge_families(article_events: Vec<Vec<Event>>, facts: Vec<Vec<EventFacts>>, cache: &Cache) -> (Vec<Event>, usize, Option<Vec<crate::reduced::record::FamilyGroups>>) {
    /// A family's events, each with its fingerprint and its mentions' ([`EventFacts`]), and
    /// where each comes from (article, position among its events).
    type FamilyEvents = (Vec<Event>, Vec<(u128, u128)>, Vec<(u32, u32)>);
    let mut by_family: std::collections::BTreeMap<EventType, FamilyEvents> = std::collections::BTreeMap::new();
    for (a, (events, facts)) in article_events.into_iter().zip(facts).enumerate() {
        for (k, (e, f)) in events.into_iter().zip(facts).enumerate() {
            let (items, prints, from) = by_family.entry(e.event_type.family()).or_default();
            items.push(e);
            prints.push((f.print(), f.mentions()));
            from.push((a as u32, k as u32));
        }
    }
    let merged: Vec<(Vec<Event>, bool, Option<crate::reduced::record::FamilyGroups>)> = by_family
        .into_iter()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|(family, (items, prints, from))| {
            let mut h = FieldHasher::default();
            ("merged family", family).hash(&mut h);
            prints.len().hash(&mut h);
            prints.iter().for_each(|(print, _)| print.hash(&mut h));
            let key = h.0.hex();
            let of_articles = |groups: &[Vec<usize>]| crate::reduced::record::FamilyGroups { family, groups: groups.iter().map(|members| members.iter().map(|&i| from[i]).collect()).collect(), outputs: Vec::new() };
            if let Some(groups) = cache.merged(&key).filter(|groups| is_grouping_of(groups, items.len())) {
                let kept = of_articles(&groups);
                return (regroup(items, &groups), true, Some(kept));
            }
            let runs = MentionRuns::of(&items, prints.iter().map(|&(_, mentions)| mentions));
            let events = crate::merge::merge_family(items);
            let groups = runs.grouping(&events);
            if let Some(groups) = &groups {
                cache.keep_merged(&key, groups);
            }
            (events, false, groups.map(|g| of_articles(&g)))
        })
        .collect();
    let reused = merged.iter().filter(|m| m.1).count();
    let mut families = Some(Vec::with_capacity(merged.len()));
    let mut events = Vec::with_capacity(merged.len());
    for (family_events, _, groups) in merged {
        events.push(family_events);
        families = families.zip(groups).map(|(mut all, g)| {
            all.push(g);
            all
        });
    }
    // What is done once every family is merged (a flight dated by the arrival it brought),
    // as `merge_corpus` does it.
    (crate::merge::finish_families(events), reused, families)
}

/// Whether `groups` takes each of `n` events exactly once.
fn is_grouping_of(groups: &[Vec<usize>], n: usize) -> bool {
    let mut seen = vec![false; n];
    groups.iter().all(|members| !members.is_empty() && members.iter().all(|&i| i < n && !std::mem::replace(&mut seen[i], true))) && seen.iter().all(|&s| s)
}

/// The events a grouping ([`is_grouping_of`] `items`) yields: each group's first event taking
/// in the others, in order.
pub(crate) fn regroup(items: Vec<Event>, groups: &[Vec<usize>]) -> Vec<Event> {
    let mut slots: Vec<Option<Event>> = items.into_iter().map(Some).collect();
    groups
        .iter()
        .filter_map(|members| {
            let mut taken = members.iter().filter_map(|&i| slots[i].take());
            let mut event = taken.next()?;
            taken.for_each(|other| event.absorb_event(other));
            Some(event)
        })
        .collect()
}

/// The events given to the merge by their first mention's (file, line, offset): each one's
/// position, mention count and the fingerprint of its mentions.
type RunsByFirst = HashMap<(Id, usize, usize), Vec<(usize, usize, u128)>>;

/// Where each event given to the merge went: a merged event's mentions are those of the
/// events it took in, one run after another in the order it took them, so each run is told by
/// its first mention's place and its fingerprint.
struct MentionRuns {
    /// By the first mention's (file, line, offset): the events' positions, mention counts and
    /// fingerprints of their mentions.
    by_first: RunsByFirst,
    n: usize,
}

impl MentionRuns {
    /// The runs of `items`, given the fingerprint of each one's mentions ([`mentions_print`]).
    fn of(items: &[Event], mention_prints: impl Iterator<Item = u128>) -> MentionRuns {
        let mut by_first: RunsByFirst = HashMap::new();
        for ((i, e), print) in items.iter().enumerate().zip(mention_prints) {
            if let Some(m) = e.mentions.first() {
                by_first.entry((m.file.clone(), m.line, m.offset)).or_default().push((i, e.mentions.len(), print));
            }
        }
        MentionRuns { by_first, n: items.len() }
    }

    /// The grouping that yielded `events` from the events given, if every run is found once.
    fn grouping(mut self, events: &[Event]) -> Option<Vec<Vec<usize>>> {
        let mut groups = Vec::with_capacity(events.len());
        for e in events {
            let mut members = Vec::new();
            let mut k = 0;
            while let Some(m) = e.mentions.get(k) {
                let runs = self.by_first.get_mut(&(m.file.clone(), m.line, m.offset))?;
                let at = runs.iter().position(|&(_, len, print)| e.mentions.get(k..k + len).is_some_and(|run| mentions_print(run) == print))?;
                let (i, len, _) = runs.swap_remove(at);
                members.push(i);
                k += len;
            }
            groups.push(members);
        }
        is_grouping_of(&groups, self.n).then_some(groups)
    }
}

/// The fingerprints of an event and of its mentions ([`mentions_print`]), what the corpus
/// step's caches key on: everything the event says, and each of its mentions (the rest of an
/// event follows from its mentions and the order it took them in).
fn event_prints(e: &Event) -> (u128, u128) {
    let mentions = mentions_print(&e.mentions);
    let mut h = FieldHasher::default();
    (e.event_type, e.date, e.days, e.status).hash(&mut h);
    for set in [&e.people(), &e.organisations(), &e.places(), &e.countries(), &e.topics(), &e.files()] {
        set.hash(&mut h);
    }
    mentions.hash(&mut h);
    (h.0.value(), mentions)
}

/// The fingerprint of a run of mentions.
fn mentions_print(mentions: &[Mention]) -> u128 {
    let mut h = FieldHasher::default();
    hash_mentions(mentions, &mut h);
    h.0.value()
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

/// Events that other articles date to a day, indexed by type family and person: an event can
/// only be identified with one of its family that shares a person.
/// They are the articles' own events, merged within each article but not across articles: an
/// event another article dates is identified with any of its reports, and merging them first
/// would cost a second corpus-wide merge.
///
/// Reports of one event are many in a large archive, and whether an undated mention is
/// identified with an event depends only on the event's family, people, topics and
/// organisations (see `merge::identifies`); events alike in those are kept as one group with
/// all their days, compared once.
struct KnownEvents<'a> {
    groups: Vec<KnownGroup<'a>>,
    by_person: HashMap<(EventType, Id), Vec<usize>>,
    /// The groups of agreements by subject (topic): a report may name no signatory, or
    /// another side's ("four agreements signed today: on visas, on civil aviation …").
    by_subject: HashMap<Id, Vec<usize>>,
}

/// Day-dated events alike in family, people, topics and organisations.
struct KnownGroup<'a> {
    /// The first of them given: it stands for the group where one comparison answers for all.
    first: &'a EventSummary,
    /// Its fingerprint ([`event_prints`]; 0 when the run keeps no cache).
    first_print: u128,
    /// The events by day (sorted by day, stable), each with what the corpus step found of it
    /// (its fingerprint): a dated mention compares only the events of the days its clue
    /// admits. Three words an event: a large archive knows millions.
    by_day: Vec<(chrono::NaiveDate, &'a EventSummary, &'a EventFacts)>,
    /// Whether a dated report shows them as a third country's events (a participant of
    /// another country, not both sides; see [`crate::focus`]): such an event is not a
    /// Morocco–Israel one ("Lapid in Manama on Thursday" is not his Thursday in Rabat).
    third_country: bool,
    /// Whether it holds an event of an article anchored in the last round (every group, in
    /// the first round). A group that did not change holds the same events as in the last
    /// round (reports are only ever added), so an article whose candidates are all unchanged
    /// would find again the nothing it found.
    changed: bool,
}

impl KnownGroup<'_> {
    /// The days of the group's events, in order, without repeats.
    fn days(&self) -> impl Iterator<Item = chrono::NaiveDate> + '_ {
        self.by_day.chunk_by(|a, b| a.0 == b.0).map(|same_day| same_day[0].0)
    }
}

impl<'a> KnownEvents<'a> {
    /// The index of `events`, each with what the corpus step found of it and whether it is
    /// new since the last round.
    fn new(events: impl IntoIterator<Item = (&'a EventFacts, bool)>) -> KnownEvents<'a> {
        type Likeness<'e> = (EventType, IdSlice<'e, Id>, IdSlice<'e, Id>, IdSlice<'e, Id>, bool);
        let mut group_of: HashMap<Likeness<'a>, usize> = HashMap::new();
        let mut groups: Vec<KnownGroup<'a>> = Vec::new();
        for (facts, new) in events {
            let Some(e) = facts.summary.as_deref() else { continue };
            let Some(day) = e.date().and_then(|d| d.as_day()) else { continue };
            if e.people().is_empty() && (e.event_type().family() != EventType::Agreement || e.topics().is_empty()) {
                // Neither a person nor a subject to be identified by.
                continue;
            }
            let third_country = facts.third_country;
            let g = *group_of.entry((e.event_type().family(), e.people(), e.topics(), e.organisations(), third_country)).or_insert_with(|| {
                groups.push(KnownGroup { first: e, first_print: facts.print(), by_day: Vec::new(), third_country, changed: false });
                groups.len() - 1
            });
            groups[g].by_day.push((day, e, facts));
            groups[g].changed |= new;
        }
        let mut by_person: HashMap<(EventType, Id), Vec<usize>> = HashMap::new();
        let mut by_subject: HashMap<Id, Vec<usize>> = HashMap::new();
        for (g, group) in groups.iter_mut().enumerate() {
            group.by_day.sort_by_key(|&(day, _, _)| day);
            group.by_day.shrink_to_fit();
            let e = group.first;
            for p in &e.people() {
                by_person.entry((e.event_type().family(), p.clone())).or_default().push(g);
            }
            if e.event_type().family() == EventType::Agreement {
                for t in &e.topics() {
                    by_subject.entry(t.clone()).or_default().push(g);
                }
            }
        }
        KnownEvents { groups, by_person, by_subject }
    }

    /// The groups of agreements an agreement `mention` may be by its subject alone: those
    /// that share a topic with it, report it in the same state, and whose countries hold its
    /// own or are held by them (see [`borrow_by_subject`]).
    fn same_subject(&self, mention: &Event) -> Vec<usize> {
        let mut all: Vec<usize> = mention.topics().iter().filter_map(|t| self.by_subject.get(t)).flatten().copied().collect();
        all.sort_unstable();
        all.dedup();
        all.retain(|&i| {
            let e = self.groups[i].first;
            e.status() == mention.status && (mention.countries().is_subset(&e.countries()) || e.countries().is_subset(&mention.countries()))
        });
        all
    }

    /// Whether a group `mention` may be identified with changed since the last round: one of
    /// its family sharing a person, or an agreement's sharing a subject (a superset of
    /// [`KnownEvents::candidates`] and [`KnownEvents::same_subject`]).
    fn may_change(&self, mention: &Event) -> bool {
        let family = mention.event_type.family();
        let by_person = mention.people().iter().filter_map(|p| self.by_person.get(&(family, p.clone())));
        let by_subject = mention.topics().iter().filter(|_| family == EventType::Agreement).filter_map(|t| self.by_subject.get(t));
        by_person.chain(by_subject).flatten().any(|&i| self.groups[i].changed)
    }

    /// The groups `mention` may be identified with: those of its family that share a person.
    fn candidates(&self, mention: &Event) -> Vec<usize> {
        let family = mention.event_type.family();
        let lists: Vec<&[usize]> = mention.people().iter().map(|p| self.by_person.get(&(family, p.clone())).map_or(&[][..], Vec::as_slice)).collect();
        if mention.date.is_none() && matches!(family, EventType::Meeting | EventType::Call) {
            // An undated meeting is identified across articles only with one that has all its
            // people (see `merge::fit`): those are in every person's list, so in the shortest.
            lists.iter().min_by_key(|l| l.len()).map(|l| l.to_vec()).unwrap_or_default()
        } else {
            let mut all: Vec<usize> = lists.concat();
            all.sort_unstable();
            all.dedup();
            all
        }
    }
}

/// What the corpus step finds once of each event of an article: its fingerprint and that of
/// its mentions (what the cache keys on, [`event_prints`]; 0 when the run keeps no cache),
/// whether a dated report shows it as a third country's (see [`KnownGroup::third_country`]),
/// and for an event other articles may borrow a day from (dated to a day, with a person or an
/// agreement's subject to be identified by), what borrowing compares of it
/// ([`EventSummary`]): the rounds read that, not the events, which can then wait on disk.
/// The fingerprints and summaries are boxed, the fingerprints only made with a cache: a run
/// without one holds three words for each of the millions of events of a large archive.
#[derive(Debug, Clone)]
pub(super) struct EventFacts {
    prints: Option<Box<(u128, u128)>>,
    summary: Option<Box<EventSummary>>,
    third_country: bool,
}

impl EventFacts {
    pub(super) fn of(e: &Event, g: &Gazetteer, printed: bool) -> EventFacts {
        // Only events dated to a day are known events (see `KnownEvents::new`).
        let day_dated = e.date.is_some_and(|d| d.as_day().is_some());
        let identifiable = day_dated && (!e.people().is_empty() || (e.event_type.family() == EventType::Agreement && !e.topics().is_empty()));
        let prints = printed.then(|| Box::new(event_prints(e)));
        let summary = identifiable.then(|| Box::new(EventSummary::of(e)));
        EventFacts { prints, summary, third_country: day_dated && e.mentions.iter().any(|m| m.date.is_some() && sides(m, g).third_country()) }
    }

    /// The event's fingerprint (0 without a cache).
    fn print(&self) -> u128 {
        self.prints.as_ref().map_or(0, |p| p.0)
    }

    /// The fingerprint of its mentions (0 without a cache).
    fn mentions(&self) -> u128 {
        self.prints.as_ref().map_or(0, |p| p.1)
    }
}

/// Two fingerprints of a group of known events, or of a list of groups: `summary` covers what
/// borrowing reads of a group for an undated mention or by subject (its first event, its days,
/// whether it is a third country's), `full` adds every event of every day (what a dated
/// mention compares).
#[derive(Debug, Clone, Copy, Default, Hash)]
struct GroupPrint {
    summary: u128,
    full: u128,
}

/// The fingerprints of each list of known groups a mention can reach: a person's in a family,
/// an agreement topic's (see [`borrow_key`]).
struct KnownPrints {
    by_person: HashMap<(EventType, Id), GroupPrint>,
    by_subject: HashMap<Id, GroupPrint>,
}

impl KnownPrints {
    fn of(known: &KnownEvents<'_>) -> KnownPrints {
        let groups: Vec<GroupPrint> = known
            .groups
            .par_iter()
            .map(|group| {
                let mut h = FieldHasher::default();
                group.first_print.hash(&mut h);
                group.third_country.hash(&mut h);
                group.days().for_each(|day| day.hash(&mut h));
                let summary = h.0.value();
                for (day, _, facts) in &group.by_day {
                    (day, facts.print()).hash(&mut h);
                }
                GroupPrint { summary, full: h.0.value() }
            })
            .collect();
        let of_list = |list: &Vec<usize>| {
            let (mut summary, mut full) = (FieldHasher::default(), FieldHasher::default());
            for &i in list {
                groups[i].summary.hash(&mut summary);
                groups[i].full.hash(&mut full);
            }
            GroupPrint { summary: summary.0.value(), full: full.0.value() }
        };
        KnownPrints {
            by_person: known.by_person.iter().map(|(k, list)| (k.clone(), of_list(list))).collect(),
            by_subject: known.by_subject.iter().map(|(k, list)| (k.clone(), of_list(list))).collect(),
        }
    }
}

/// Hash every field of each mention, in order.
fn hash_mentions(mentions: &[Mention], h: &mut FieldHasher) {
    mentions.len().hash(h);
    for m in mentions {
        (&m.file, m.line, m.offset, &m.evidence, m.event_type, &m.rule, m.date, &m.date_text, m.date_kind, m.published, m.status).hash(h);
        for ids in [m.people(), m.organisations(), m.places(), m.countries(), m.topics()] {
            ids.hash(h);
        }
    }
}

/// The key under which the cache keeps what borrowing finds for an article: the article (its
/// name, content, data and what it knows of its date) and, for each of its relative mentions,
/// the fingerprint of every list of known groups it can reach (its people's in its family,
/// and its topics' among agreements; [`KnownPrints`]), in order: the summary of each group
/// for an undated mention, every event of it for a dated one. Borrowing reads nothing else of
/// the corpus (see [`borrow_anchor`] and [`borrow_by_subject`], which read only groups of
/// those lists; a change there that reads more must hash it here), so an equal key finds
/// what it found. None for a line that cannot be told by its content (made in memory, or
/// read in part).
fn borrow_key(map: &ArticleMap, relative: &[Relative], prints: &KnownPrints) -> Option<String> {
    if map.hash.is_empty() || map.data.is_empty() || map.cut_short {
        return None;
    }
    let mut h = FieldHasher::default();
    ("borrowed anchor", &map.file, &map.hash, &map.data).hash(&mut h);
    format!("{:?} {:?}", map.anchor, map.published_on).hash(&mut h);
    for Relative { event, .. } in relative {
        let dated = event.date.is_some();
        let pick = |p: &GroupPrint| if dated { p.full } else { p.summary };
        let family = event.event_type.family();
        (dated, event.people().len(), event.topics().len()).hash(&mut h);
        for p in &event.people() {
            prints.by_person.get(&(family, p.clone())).map(pick).hash(&mut h);
        }
        for t in &event.topics() {
            prints.by_subject.get(t).map(pick).hash(&mut h);
        }
    }
    Some(h.0.hex())
}

/// What `merge::fit` reads of an event (all but its mentions, places and sources): two
/// mentions alike in it are identified with the same events.
type FitLikeness<'e> = (EventType, Option<DateValue>, Option<(chrono::NaiveDate, chrono::NaiveDate)>, crate::merge::Status, [IdSlice<'e, Id>; 4]);

fn fit_likeness(e: &Event) -> FitLikeness<'_> {
    (e.event_type, e.date, e.days, e.status, [e.people(), e.organisations(), e.countries(), e.topics()])
}

/// The known groups each undated relative mention of a round may be identified with, closest
/// first. Thousands of undated articles report the same few people doing the same things
/// ("استقبل بوريطة أمس …"): alike mentions share one list. A busy person's groups grow with
/// the corpus, and an article reads only the closest groups that imply a day (see
/// [`borrow_anchor`]), so the candidates are kept in tiers of one closeness, closest first,
/// and a tier's groups are compared with the mention only when an article reaches it — once
/// for all alike mentions. Most articles stop at the first tier.
struct UndatedMatches<'a> {
    index: HashMap<FitLikeness<'a>, usize>,
    /// Each distinct mention (the first given of those alike: they fit the same groups).
    mentions: Vec<&'a Event>,
    /// Its candidate groups in tiers, closest first.
    tiers: Vec<Vec<Tier>>,
}

/// The candidate groups of one closeness to a mention ([`PeopleFit`]), in index order, and
/// the days of those of them it is identified with, found the first time an article asks.
struct Tier {
    fit: PeopleFit,
    candidates: Vec<usize>,
    /// The days of the groups identified, sorted, without repeats: of all of them (`[0]`), and
    /// of those not shown as a third country's (`[1]`, what a Morocco–Israel mention reads).
    /// A busy person's groups hold days in proportion to the corpus: each article that reads
    /// the tier then goes over the days of the calendar, at most, and not over every report
    /// (which made borrowing grow with the square of the corpus).
    days: [std::sync::OnceLock<Vec<chrono::NaiveDate>>; 2],
}

impl<'a> UndatedMatches<'a> {
    fn new(mentions: impl Iterator<Item = &'a Event>, known: &KnownEvents<'_>) -> UndatedMatches<'a> {
        let mut index: HashMap<FitLikeness<'a>, usize> = HashMap::new();
        let mut distinct: Vec<&'a Event> = Vec::new();
        for m in mentions.filter(|m| m.date.is_none()) {
            index.entry(fit_likeness(m)).or_insert_with(|| {
                distinct.push(m);
                distinct.len() - 1
            });
        }
        // One comparison answers for a whole group (see `KnownEvents`); how close a group's
        // people are costs far less than the comparison, and orders the tiers.
        let tiers = distinct
            .par_iter()
            .map(|m| {
                let mut by_fit: Vec<(usize, PeopleFit)> = known.candidates(m).into_iter().map(|i| (i, PeopleFit::of(m, known.groups[i].first))).collect();
                by_fit.sort_by_key(|&(_, fit)| std::cmp::Reverse(fit));
                by_fit
                    .chunk_by(|a, b| a.1 == b.1)
                    .map(|same_fit| Tier { fit: same_fit[0].1, candidates: same_fit.iter().map(|&(i, _)| i).collect(), days: Default::default() })
                    .collect()
            })
            .collect();
        UndatedMatches { index, mentions: distinct, tiers }
    }

    /// The tiers of candidate groups of `m`, an undated mention given to
    /// [`UndatedMatches::new`], closest first, each with the days of the groups `m` is
    /// identified with (without the groups shown as a third country's when `morocco_israel`).
    fn tiers_of<'s>(&'s self, m: &Event, morocco_israel: bool, known: &'s KnownEvents<'_>) -> impl Iterator<Item = (PeopleFit, &'s [chrono::NaiveDate])> + 's {
        let at = self.index.get(&fit_likeness(m)).copied();
        at.into_iter().flat_map(move |k| {
            let mention = self.mentions[k];
            self.tiers[k].iter().map(move |tier| {
                let days = tier.days[usize::from(morocco_israel)].get_or_init(|| {
                    let identified = tier.candidates.iter().map(|&i| &known.groups[i]).filter(|group| identifies(mention, group.first));
                    let mut days: Vec<chrono::NaiveDate> = identified.filter(|group| !(morocco_israel && group.third_country)).flat_map(KnownGroup::days).collect();
                    days.sort_unstable();
                    days.dedup();
                    days
                });
                (tier.fit, days.as_slice())
            })
        })
    }
}

/// An event mention dated relative to the publication day ("أمس", "اليوم الخميس", "الجمعة",
/// "الأسبوع الماضي").
#[derive(Debug, Clone)]
pub(super) struct Relative {
    /// What its date says of the publication day once another article dates the event.
    clue: BorrowClue,
    /// The mention, resolved against what the article knows of its date.
    event: Event,
}

/// Whether an article's publication day is still to be found: it has no anchor, or one coarser
/// than a day (a month the text calls current, a month-only manifest row), which a day borrowed
/// from another article refines.
pub(super) fn needs_day(anchor: &Anchor) -> bool {
    anchor.date.is_none_or(|d| d.as_day().is_none())
}

/// The event mentions of an article dated relative to its publication day (see
/// [`BorrowClue`]), resolved against what the article knows of its date. A mention that names
/// no weekday takes the one the article's other relative days imply ("اليوم الأربعاء"
/// elsewhere makes its "أمس" a Tuesday).
pub(super) fn relative_mentions(map: &ArticleMap, drafts: &[MentionDraft], quoted: &Arc<Quotes>, g: &Gazetteer) -> Vec<Relative> {
    let file: Id = map.file.as_str().into();
    drafts
        .iter()
        .filter_map(|d| {
            let clue = BorrowClue::of(&d.date?, map.published_on)?;
            let event = Event::new(finish(d, file.clone(), Evidence::new(quoted, d.evidence), &map.anchor, g));
            Some(Relative { clue, event })
        })
        .collect()
}

/// The publication day that the events dated relative to it imply, when other articles date
/// those events. A day must fit what the article knows (`own`: its month, say), and the
/// weekday the article names for the event ("اليوم الخميس") must be that of the other
/// article's day.
fn borrow_anchor(relative: &[Relative], known: &KnownEvents<'_>, undated: &UndatedMatches<'_>, pending: &PendingArticle, g: &Gazetteer) -> Option<Anchor> {
    let own = &pending.map.anchor;
    let mut votes: std::collections::BTreeMap<chrono::NaiveDate, usize> = std::collections::BTreeMap::new();
    for Relative { clue, event: mention } in relative {
        let published = |event_day: chrono::NaiveDate| clue.publication_days(event_day).into_iter().filter(|&day| own.admits_day(day));
        // The days each fitting report implies, with how closely its people are the
        // mention's: only the closest reports vote (a report of the same people beats one
        // that shares a single person and names others the mention does not), so only the
        // days of the closest fit so far are kept (a busy group implies hundreds of days).
        let mut implied = ClosestDays::default();
        let morocco_israel = is_morocco_israel(mention, g);
        if mention.date.is_none() {
            // Undated (the usual case, the article's own date being unknown): the groups it is
            // identified with are found once for all alike mentions of the round, tier by
            // tier. Closest groups first: the days of less close ones count only when those
            // imply none.
            for (fit, days) in undated.tiers_of(mention, morocco_israel, known) {
                for day in days.iter().copied().flat_map(published) {
                    implied.imply(day, fit);
                }
                if !implied.days.is_empty() {
                    break;
                }
            }
        } else {
            for group in known.candidates(mention).into_iter().map(|i| &known.groups[i]).filter(|group| !(morocco_israel && group.third_country)) {
                // Day by day: the events of a day that no admitted publication day follows from are
                // not compared at all (most of a busy group's).
                for same_day in group.by_day.chunk_by(|a, b| a.0 == b.0) {
                    let days: Vec<chrono::NaiveDate> = published(same_day[0].0).collect();
                    if days.is_empty() {
                        continue;
                    }
                    for &(_, e, _) in same_day {
                        if identifies(mention, e) {
                            for &day in &days {
                                implied.imply(day, PeopleFit::of(mention, e));
                            }
                        }
                    }
                }
            }
        }
        let mut implied = implied.days;
        implied.sort_unstable();
        implied.dedup();
        for day in implied {
            *votes.entry(day).or_default() += 1;
        }
    }
    if votes.is_empty() {
        return borrow_by_subject(relative, known, own, g);
    }
    let best = votes.values().copied().max()?;
    let winners: Vec<chrono::NaiveDate> = votes.iter().filter(|(_, n)| **n == best).map(|(day, _)| *day).collect();
    if let [day] = winners[..] {
        return Some(Anchor::inferred(DateValue::day(day), Inference::Borrowed));
    }
    // Several days (a bare "Wednesday" or "last week" leaves a week of them): a report tells
    // the days of its events close together, so the days from which they lie closest are
    // kept ("landed on Tuesday" and "signed on Wednesday" are the Tuesday and Wednesday of
    // one week, not a Tuesday six days after the Wednesday). The kept days are one answer
    // when the events read alike from each: the first then stands for them.
    let drafts = pending.drafts();
    let readings: Vec<Vec<Option<DateValue>>> = winners.iter().map(|&day| read_events(&drafts, day)).collect();
    let spread = |r: &Vec<Option<DateValue>>| {
        let starts = r.iter().flatten().map(|v| v.start);
        starts.clone().max().zip(starts.min()).map_or(0, |(last, first)| (last - first).num_days())
    };
    let closest = readings.iter().map(spread).min()?;
    let mut kept = winners.iter().zip(&readings).filter(|(_, r)| spread(r) == closest);
    let (&first, reading) = kept.next()?;
    kept.all(|(_, r)| r == reading).then(|| Anchor::inferred(DateValue::day(first), Inference::Borrowed))
}

/// The publication day that the article's agreements imply by their subjects alone, when no
/// report shares a person with its events: "وقع البلدان اليوم الثلاثاء أربع اتفاقيات" (on
/// visas, civil aviation, water, investment), signatories unnamed, and another article that
/// dates a water agreement and an aviation agreement of Morocco and Israel to a Tuesday.
/// A subject is weaker evidence than a person (a country signs on water more than once), so
/// it takes more: each agreement must fix a day of the weekday it names (see
/// [`BorrowClue::fixes_a_named_day`]), at least two of different subjects must imply the same
/// publication day, and none may imply another (nor one agreement two days).
fn borrow_by_subject(relative: &[Relative], known: &KnownEvents<'_>, own: &Anchor, g: &Gazetteer) -> Option<Anchor> {
    let mut backing: std::collections::BTreeMap<chrono::NaiveDate, Vec<IdSlice<'_, Id>>> = std::collections::BTreeMap::new();
    for Relative { clue, event: mention } in relative {
        if !clue.fixes_a_named_day() || mention.event_type.family() != EventType::Agreement || mention.topics().is_empty() {
            continue;
        }
        let morocco_israel = is_morocco_israel(mention, g);
        let mut days: Vec<chrono::NaiveDate> = known
            .same_subject(mention)
            .into_iter()
            .map(|i| &known.groups[i])
            .filter(|group| !(morocco_israel && group.third_country))
            .flat_map(|group| group.days())
            .flat_map(|day| clue.publication_days(day))
            .filter(|&day| own.admits_day(day))
            .collect();
        days.sort_unstable();
        days.dedup();
        match days[..] {
            [] => {}
            [day] => backing.entry(day).or_default().push(mention.topics()),
            _ => return None,
        }
    }
    let mut days = backing.into_iter();
    let (day, subjects) = days.next()?;
    if days.next().is_some() {
        return None;
    }
    // One agreement told twice is one piece of evidence.
    let distinct = subjects.iter().enumerate().filter(|&(i, t)| !subjects[..i].contains(t)).count();
    (distinct >= 2).then(|| Anchor::inferred(DateValue::day(day), Inference::BorrowedBySubject))
}

/// The dates of an article's event mentions against `day` taken as its publication day.
fn read_events(drafts: &[MentionDraft], day: chrono::NaiveDate) -> Vec<Option<DateValue>> {
    let anchor = Anchor::inferred(DateValue::day(day), Inference::Borrowed);
    drafts.iter().map(|d| d.date.and_then(|e| resolve(&e, &anchor)).map(|r| r.value).or(if d.on_publication_day { anchor.date } else { None })).collect()
}

/// The days implied with the closest fit so far.
#[derive(Default)]
struct ClosestDays {
    fit: Option<PeopleFit>,
    days: Vec<chrono::NaiveDate>,
}

impl ClosestDays {
    fn imply(&mut self, day: chrono::NaiveDate, fit: PeopleFit) {
        if self.fit.is_none_or(|c| fit > c) {
            self.fit = Some(fit);
            self.days.clear();
        }
        if self.fit == Some(fit) {
            self.days.push(day);
        }
    }
}

/// How closely a report's people are an event mention's: people shared, then fewer people
/// named by one side only (greater is closer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct PeopleFit {
    shared: usize,
    unshared: std::cmp::Reverse<usize>,
}

impl PeopleFit {
    fn of(mention: &Event, report: &impl FitView) -> PeopleFit {
        let shared = mention.people().shared(&report.people());
        PeopleFit { shared, unshared: std::cmp::Reverse(mention.people().len() + report.people().len() - 2 * shared) }
    }
}

/// What the reduced state keeps of an article to be dated before any round dates it: what
/// borrowing reads of each of its mentions dated relative to the publication day.
fn not_yet_dated(relative: &[Relative]) -> crate::reduced::record::Pending {
    crate::reduced::record::Pending { round: None, reach: relative.iter().map(|r| crate::reduced::record::Reach::of(&r.event)).collect() }
}

/// An article of an incremental run's borrowing ([`borrow_for_changed`]): its events (an old
/// one's as the earlier run left them, dated by what it borrowed), and for one that was to be
/// dated by borrowing, the round it was dated in and what borrowing reads of it.
pub(crate) struct EarlierArticle<'a> {
    pub name: &'a str,
    pub events: &'a [Event],
    pub pending: Option<&'a crate::reduced::record::Pending>,
}

/// Borrowing in an incremental run, over the earlier run's articles that stay (`earlier`,
/// dated as that run dated them), those removed or edited since (`gone`, as that run left
/// them) and articles added or edited since (`added`); each in name order. Returns each
/// added article's events and what the reduced state keeps of it; or when what the earlier
/// run found cannot be shown to stand, the earlier articles (by position in `earlier`) whose
/// anchors may change: dated again as if edited (removed and added), they make the answer
/// exact, and none means the caller must run the whole corpus step.
///
/// An added article to be dated is compared round by round as [`corpus_events_with`] would,
/// with the reports each round knows (borrowing reads only the groups of known events its
/// mentions' people and subjects reach, so only those are indexed). An added report changes
/// nothing for an earlier article still to be dated in the rounds it is known in when no
/// mention of that article reaches it, or when it joins a group of reports alike that an
/// earlier article already gave the same day (an undated mention reads of a group only its
/// first report, its days and whether it is a third country's: see `borrow_key`) — alike in
/// all that `merge::fit` reads when a dated mention reaches it (such a mention compares every
/// report of a day); otherwise the anchors of the articles that reach it may change.
pub(crate) fn borrow_for_changed(earlier: &[EarlierArticle<'_>], gone: &[EarlierArticle<'_>], added: Vec<ReducedArticle>, g: &Gazetteer) -> Result<Vec<(Vec<Event>, Option<crate::reduced::record::Pending>)>, Vec<usize>> {
    use crate::dates::anchor::BORROW_ROUNDS;
    use crate::reduced::record::Pending;
    // The round from which an article's events are known (None: never).
    let known_from = |pending: Option<&Pending>| match pending {
        None => Some(0),
        Some(p) => p.round.map(|r| r as usize + 1),
    };
    struct Added {
        name: String,
        events: Vec<Event>,
        pending: Option<(PendingArticle, Vec<Relative>)>,
        state: Option<Pending>,
    }
    let mut added: Vec<Added> = added
        .into_iter()
        .map(|a| {
            let mut pending = a.pending;
            let relative = pending.as_mut().map(|p| p.relative(g));
            let state = relative.as_deref().map(not_yet_dated);
            Added { name: a.name, events: a.events, pending: pending.zip(relative), state }
        })
        .collect();
    // Every article in name order: earlier (Ok) or added (Err).
    let mut order: Vec<Result<usize, usize>> = (0..earlier.len()).map(Ok).chain((0..added.len()).map(Err)).collect();
    order.sort_by(|a, b| {
        let name = |x: &Result<usize, usize>| match *x {
            Ok(i) => earlier[i].name,
            Err(j) => added[j].name.as_str(),
        };
        name(a).cmp(name(b))
    });
    let mut earlier_dated_in = [0usize; BORROW_ROUNDS];
    for p in earlier.iter().filter_map(|a| a.pending) {
        if let Some(r) = p.round.filter(|&r| (r as usize) < BORROW_ROUNDS) {
            earlier_dated_in[r as usize] += 1;
        }
    }
    let mut added_dated_in = [0usize; BORROW_ROUNDS];
    for round in 0..BORROW_ROUNDS {
        // The rounds `corpus_events_with` runs: while the last one dated an article.
        if round > 0 && earlier_dated_in[round - 1] + added_dated_in[round - 1] == 0 {
            break;
        }
        let to_date: Vec<usize> = (0..added.len()).filter(|&j| added[j].pending.is_some() && added[j].state.as_ref().is_some_and(|s| s.round.is_none())).collect();
        if to_date.is_empty() {
            break;
        }
        // The reports the articles to date can reach this round, in the corpus's order.
        let (mut people, mut subjects) = (std::collections::HashSet::new(), std::collections::HashSet::new());
        for &j in &to_date {
            for r in &added[j].pending.as_ref().ok_or_else(Vec::new)?.1 {
                let family = r.event.event_type.family();
                people.extend(r.event.people().iter().map(|p| (family, p.clone())));
                if family == EventType::Agreement {
                    subjects.extend(r.event.topics().iter().cloned());
                }
            }
        }
        let reached = |e: &Event| {
            let family = e.event_type.family();
            e.date.is_some_and(|d| d.as_day().is_some()) && (e.people().iter().any(|p| people.contains(&(family, p.clone()))) || (family == EventType::Agreement && e.topics().iter().any(|t| subjects.contains(t))))
        };
        let known_events: Vec<&Event> = order
            .iter()
            .filter_map(|x| match *x {
                Ok(i) => known_from(earlier[i].pending).is_some_and(|k| k <= round).then_some(earlier[i].events),
                Err(j) => known_from(added[j].state.as_ref()).is_some_and(|k| k <= round).then_some(added[j].events.as_slice()),
            })
            .flatten()
            .filter(|e| reached(e))
            .collect();
        let facts: Vec<EventFacts> = known_events.iter().map(|e| EventFacts::of(e, g, false)).collect();
        let known = KnownEvents::new(facts.iter().map(|f| (f, true)));
        let undated = UndatedMatches::new(to_date.iter().filter_map(|&j| added[j].pending.as_ref()).flat_map(|(_, relative)| relative.iter().map(|r| &r.event)), &known);
        let dated: Vec<(usize, Anchor, Vec<Event>)> = to_date
            .par_iter()
            .filter_map(|&j| {
                let (pending, relative) = added[j].pending.as_ref()?;
                let anchor = borrow_anchor(relative, &known, &undated, pending, g)?;
                Some((j, anchor, merge_article(finish_all(&pending.map, &pending.drafts(), &pending.quoted, &anchor, g))))
            })
            .collect();
        drop(undated);
        drop(known);
        for (j, _, events) in dated {
            added[j].events = events;
            if let Some(state) = &mut added[j].state {
                state.round = u8::try_from(round).ok();
            }
            added_dated_in[round] += 1;
        }
    }
    // The earlier articles still to be dated that each added report could reach, from the
    // round it is known in.
    let mut readers: HashMap<(EventType, Id), Vec<(usize, bool)>> = HashMap::new();
    let mut subject_readers: HashMap<Id, Vec<(usize, bool)>> = HashMap::new();
    for (i, a) in earlier.iter().enumerate() {
        for reach in a.pending.iter().flat_map(|p| &p.reach) {
            for p in &reach.people {
                readers.entry((reach.family, p.clone())).or_default().push((i, reach.dated));
            }
            if reach.family == EventType::Agreement {
                for t in &reach.topics {
                    subject_readers.entry(t.clone()).or_default().push((i, reach.dated));
                }
            }
        }
    }
    let still_to_date = |i: usize, from: usize| earlier[i].pending.is_some_and(|p| p.round.is_none_or(|r| r as usize >= from));
    // Whether report `e`, known from round `from`, leaves every earlier anchor as it was: no
    // article still to be dated then reaches it, or a report alike of the same day, known as
    // early, stands before it (`before`: the earlier articles before its own); else the
    // articles that reach it are pushed to `redo`.
    let stands = |e: &Event, from: usize, before: &mut dyn Iterator<Item = usize>, redo: &mut Vec<usize>| -> bool {
        let Some(day) = e.date.and_then(|d| d.as_day()) else { return true };
        let family = e.event_type.family();
        let by_people = e.people().iter().filter_map(|p| readers.get(&(family, p.clone())));
        let by_subject = e.topics().iter().filter(|_| family == EventType::Agreement).filter_map(|t| subject_readers.get(t));
        let reading: Vec<(usize, bool)> = by_people.chain(by_subject).flatten().copied().filter(|&(i, _)| still_to_date(i, from)).collect();
        if reading.is_empty() {
            return true;
        }
        // For a dated mention reaching it, alike in all that `merge::fit` reads (it then
        // identifies the same, with the same closeness).
        let dated_reader = reading.iter().any(|&(_, dated)| dated);
        let third_country = EventFacts::of(e, g, false).third_country;
        let likeness = (family, &e.people(), &e.topics(), &e.organisations());
        let alike = before.filter(|&i| known_from(earlier[i].pending).is_some_and(|k| k <= from)).flat_map(|i| earlier[i].events).any(|o| {
            (o.event_type.family(), &o.people(), &o.topics(), &o.organisations()) == likeness
                && o.date.and_then(|d| d.as_day()) == Some(day)
                && (!dated_reader || fit_likeness(o) == fit_likeness(e))
                && EventFacts::of(o, g, false).third_country == third_country
        });
        if !alike {
            redo.extend(reading.iter().map(|&(i, _)| i));
        }
        alike
    };
    // An article removed and added again (edited, or dated again) with the same events, known
    // from the same round, changes nothing for the others.
    let gone_by_name: HashMap<&str, &EarlierArticle<'_>> = gone.iter().map(|a| (a.name, a)).collect();
    let unchanged: std::collections::HashSet<&str> = added
        .iter()
        .filter(|a| {
            gone_by_name.get(a.name.as_str()).is_some_and(|old| {
                known_from(old.pending) == known_from(a.state.as_ref()) && old.events.len() == a.events.len() && old.events.iter().zip(&a.events).all(|(o, e)| event_prints(o) == event_prints(e))
            })
        })
        .map(|a| a.name.as_str())
        .collect();
    // Every report that may change an earlier anchor is looked at, so that all the articles
    // to date again are known at once.
    let mut redo = Vec::new();
    let mut all_stand = true;
    for (pos, x) in order.iter().enumerate() {
        let Err(j) = *x else { continue };
        if unchanged.contains(added[j].name.as_str()) {
            continue;
        }
        let Some(from) = known_from(added[j].state.as_ref()) else { continue };
        for e in &added[j].events {
            all_stand &= stands(e, from, &mut order[..pos].iter().filter_map(|x| x.ok()), &mut redo);
        }
    }
    for a in gone.iter().filter(|a| !unchanged.contains(a.name)) {
        let Some(from) = known_from(a.pending) else { continue };
        for e in a.events {
            all_stand &= stands(e, from, &mut (0..earlier.len()).filter(|&i| earlier[i].name < a.name), &mut redo);
        }
    }
    if !all_stand {
        redo.sort_unstable();
        redo.dedup();
        return Err(redo);
    }
    Ok(added.into_iter().map(|a| (a.events, a.state)).collect())
}
