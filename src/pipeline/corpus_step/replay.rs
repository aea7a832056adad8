//! Borrowing in an incremental run ([`borrow_for_changed`]): the added articles dated round
//! by round against the reduced state's, and the earlier articles whose borrowed days a new
//! or removed report may change.

use super::*;

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
        pending: Option<(Box<PendingArticle>, Vec<Relative>)>,
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
                people.extend(r.event.people().iter().map(|p| (family, *p)));
                if family == EventType::Agreement {
                    subjects.extend(r.event.topics().iter().cloned());
                }
            }
        }
        let reached = |e: &Event| {
            let family = e.event_type.family();
            e.date.is_some_and(|d| d.as_day().is_some()) && (e.people().iter().any(|p| people.contains(&(family, *p))) || (family == EventType::Agreement && e.topics().iter().any(|t| subjects.contains(t))))
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
                Some((j, anchor, merge_article(finish_all(&pending.map, &pending.drafts(), &pending.quoted, &anchor, g), g.capitals())))
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
    let mut readers: HashMap<(EventType, Id), Vec<(usize, bool)>> = HashMap::default();
    let mut subject_readers: HashMap<Id, Vec<(usize, bool)>> = HashMap::default();
    for (i, a) in earlier.iter().enumerate() {
        for reach in a.pending.iter().flat_map(|p| &p.reach) {
            for p in &reach.people {
                readers.entry((reach.family, *p)).or_default().push((i, reach.dated));
            }
            if reach.family == EventType::Agreement {
                for t in &reach.topics {
                    subject_readers.entry(*t).or_default().push((i, reach.dated));
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
        let by_people = e.people().iter().filter_map(|p| readers.get(&(family, *p)));
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
