//! The cross-article merge of a cached run, family by family: a family whose events are
//! those an earlier run merged is grouped as that run grouped it, else merged and its grouping
//! kept ([`merge_families`]), with the fingerprints of events and mentions that key it.

use super::*;

/// [`merge_corpus`](crate::merge::merge_corpus), family by family, each grouped as an earlier run grouped it when its
/// events are those that run merged (the same fingerprint, [`event_prints`] of each in order),
/// else merged and its grouping kept in `cache`; returns the events (in `merge_corpus`'s
/// order: by family, each as the merge yields them) and how many families were grouped as
/// before. The merge is a function of the family's events in their order (families never
/// merge with each other), so the grouping it made once is the one it would make again, and
/// replaying it ([`Event::absorb_event`] in the merge's order) builds the same events.
pub(super) fn merge_families(article_events: Vec<Vec<Event>>, facts: Vec<Box<[EventFacts]>>, cache: &Cache, capitals: &crate::merge::Capitals) -> (Vec<Event>, usize, Option<Vec<crate::reduced::record::FamilyGroups>>) {
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
            let events = crate::merge::merge_family(items, capitals);
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
    (crate::merge::finish_families(events, capitals), reused, families)
}

/// Whether `groups` takes each of `n` events exactly once.
pub(super) fn is_grouping_of(groups: &[Vec<usize>], n: usize) -> bool {
    let mut seen = vec![false; n];
    groups.iter().all(|members| !members.is_empty() && members.iter().all(|&i| i < n && !std::mem::replace(&mut seen[i], true))) && seen.iter().all(|&s| s)
}

/// The events a grouping ([`is_grouping_of`] `items`) yields: each group's first event taking
/// in the others, in order.
pub(super) fn regroup(items: Vec<Event>, groups: &[Vec<usize>]) -> Vec<Event> {
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
pub(super) type RunsByFirst = HashMap<(Id, usize, usize), Vec<(usize, usize, u128)>>;

/// Where each event given to the merge went: a merged event's mentions are those of the
/// events it took in, one run after another in the order it took them, so each run is told by
/// its first mention's place and its fingerprint.
pub(super) struct MentionRuns {
    /// By the first mention's (file, line, offset): the events' positions, mention counts and
    /// fingerprints of their mentions.
    pub(super) by_first: RunsByFirst,
    pub(super) n: usize,
}

impl MentionRuns {
    /// The runs of `items`, given the fingerprint of each one's mentions ([`mentions_print`]).
    pub(super) fn of(items: &[Event], mention_prints: impl Iterator<Item = u128>) -> MentionRuns {
        let mut by_first: RunsByFirst = HashMap::default();
        for ((i, e), print) in items.iter().enumerate().zip(mention_prints) {
            if let Some(m) = e.mentions.first() {
                by_first.entry((m.file, m.line, m.offset)).or_default().push((i, e.mentions.len(), print));
            }
        }
        MentionRuns { by_first, n: items.len() }
    }

    /// The grouping that yielded `events` from the events given, if every run is found once.
    pub(super) fn grouping(mut self, events: &[Event]) -> Option<Vec<Vec<usize>>> {
        let mut groups = Vec::with_capacity(events.len());
        for e in events {
            let mut members = Vec::new();
            let mut k = 0;
            while let Some(m) = e.mentions.get(k) {
                let runs = self.by_first.get_mut(&(m.file, m.line, m.offset))?;
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
pub(super) fn event_prints(e: &Event) -> (u128, u128) {
    let mentions = mentions_print(&e.mentions);
    let mut h = FieldHasher::default();
    (e.event_type, e.date, e.days, e.status).hash(&mut h);
    let files = e.files();
    for set in [&e.people(), &e.organisations(), &e.places(), &e.countries(), &e.topics(), &files.view()] {
        set.hash(&mut h);
    }
    mentions.hash(&mut h);
    (h.0.value(), mentions)
}

/// The fingerprint of a run of mentions.
pub(super) fn mentions_print(mentions: &[Mention]) -> u128 {
    let mut h = FieldHasher::default();
    hash_mentions(mentions, &mut h);
    h.0.value()
}

/// Hash every field of each mention, in order.
pub(super) fn hash_mentions(mentions: &[Mention], h: &mut FieldHasher) {
    mentions.len().hash(h);
    for m in mentions {
        (&m.file, m.line, m.offset, &m.evidence, m.event_type, &m.rule, m.date, &m.date_text, m.date_kind, m.span_days, m.published, m.status).hash(h);
        for ids in [m.people(), m.organisations(), m.places(), m.countries(), m.topics()] {
            ids.hash(h);
        }
    }
}
