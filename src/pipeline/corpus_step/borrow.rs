//! Borrowing a publication day: the reports other articles date to a day ([`KnownEvents`],
//! read through each event's summary), the groups an undated mention may be
//! ([`UndatedMatches`]), and the day they imply for an article without one
//! ([`borrow_anchor`], [`borrow_by_subject`]), with the fingerprints a cache keys what it found
//! on ([`borrow_key`]).

use super::*;

/// The borrowing's maps are probed for every person and subject of every known report: hashed
/// with the crate's multiply-rotate hash rather than SipHash (see [`crate::hash::Fx`]).
type HashMap<K, V> = std::collections::HashMap<K, V, crate::hash::FxBuild>;

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
pub(super) struct KnownEvents<'a> {
    pub(super) groups: Vec<KnownGroup<'a>>,
    /// The groups by family and person, as `u32` (a large archive's index holds millions).
    pub(super) by_person: HashMap<(EventType, Id), Vec<u32>>,
    /// The groups of agreements by subject (topic): a report may name no signatory, or
    /// another side's ("four agreements signed today: on visas, on civil aviation …").
    pub(super) by_subject: HashMap<Id, Vec<u32>>,
    /// The days of the groups by family and person, as (day, group) in order: a dated
    /// mention reads the groups with a report of the days its article admits
    /// ([`KnownEvents::candidates_between`]), not every group of a busy person, whose
    /// groups grow with the corpus.
    pub(super) by_person_day: HashMap<(EventType, Id), Vec<(chrono::NaiveDate, u32)>>,
    /// The groups by family and people, those with people only: the closest groups an
    /// undated mention may be are those of its own people when there are any
    /// ([`Tier::closest`]), found without going over a busy person's groups.
    pub(super) by_people: HashMap<(EventType, IdSlice<'a, Id>), Vec<u32>>,
    /// The keys of `by_person` and `by_subject` whose lists hold a group that changed since
    /// the last round ([`KnownEvents::may_change`] asks for every relative mention of every
    /// article still undated, and a busy person's list is long).
    changed_people: std::collections::HashSet<(EventType, Id), crate::hash::FxBuild>,
    changed_subjects: std::collections::HashSet<Id, crate::hash::FxBuild>,
}

/// A report other articles may borrow a day from: its facts, which hold its summary
/// ([`Known::of`] takes no other). One word, for the summary and the fingerprint alike: the
/// index holds one for each known report of a large archive.
#[derive(Clone, Copy)]
pub(super) struct Known<'a>(&'a EventFacts);

impl<'a> Known<'a> {
    /// The report of `facts`, when they hold a summary.
    pub(super) fn of(facts: &'a EventFacts) -> Option<Known<'a>> {
        facts.summary.is_some().then_some(Known(facts))
    }

    /// What borrowing compares of it.
    pub(super) fn summary(self) -> &'a EventSummary {
        match &self.0.summary {
            Some(summary) => summary,
            None => unreachable!("a known report is made only of facts with a summary"),
        }
    }

    /// Its fingerprint (0 without a cache).
    pub(super) fn print(self) -> u128 {
        self.0.print()
    }
}

/// Day-dated events alike in family, people, topics and organisations.
pub(super) struct KnownGroup<'a> {
    /// The first of them given: it stands for the group where one comparison answers for all
    /// (with its fingerprint, [`event_prints`]; 0 when the run keeps no cache).
    pub(super) first: Known<'a>,
    /// The events by day (sorted by day, stable), each with what the corpus step found of it
    /// (its fingerprint): a dated mention compares only the events of the days its clue
    /// admits. Two words an event: a large archive knows millions.
    pub(super) by_day: Vec<(chrono::NaiveDate, Known<'a>)>,
    /// Whether a dated report shows them as a third country's events (a participant of
    /// another country, not both sides; see [`crate::focus`]): such an event is not a
    /// Morocco–Israel one ("Lapid in Manama on Thursday" is not his Thursday in Rabat).
    pub(super) third_country: bool,
    /// Whether it holds an event of an article anchored in the last round (every group, in
    /// the first round). A group that did not change holds the same events as in the last
    /// round (reports are only ever added), so an article whose candidates are all unchanged
    /// would find again the nothing it found.
    pub(super) changed: bool,
}

impl<'a> KnownGroup<'a> {
    /// The days of the group's events, in order, without repeats.
    pub(super) fn days(&self) -> impl Iterator<Item = chrono::NaiveDate> + '_ {
        self.days_between(None)
    }

    /// The days of the group's events within `span` (all of them for None), in order,
    /// without repeats.
    pub(super) fn days_between(&self, span: Option<DaySpan>) -> impl Iterator<Item = chrono::NaiveDate> + '_ {
        self.events_between(span).chunk_by(|a, b| a.0 == b.0).map(|same_day| same_day[0].0)
    }

    /// The group's events of the days within `span` (all of them for None), by day.
    pub(super) fn events_between(&self, span: Option<DaySpan>) -> &[(chrono::NaiveDate, Known<'a>)] {
        between(&self.by_day, |&(day, _)| day, span)
    }
}

/// A first and a last day.
pub(super) type DaySpan = (chrono::NaiveDate, chrono::NaiveDate);

/// The items of `sorted` (in order of their `day`) whose day is within `span`, or all of them
/// for None: found by bisection, so that an article reads the days its date admits and not
/// every day of a busy group, whose reports grow with the corpus.
fn between<T>(sorted: &[T], day: impl Fn(&T) -> chrono::NaiveDate, span: Option<DaySpan>) -> &[T] {
    let Some((first, last)) = span else { return sorted };
    let from = sorted.partition_point(|t| day(t) < first);
    let to = sorted.partition_point(|t| day(t) <= last);
    &sorted[from..to.max(from)]
}

/// The event days whose reports may give `relative`'s article a publication day its anchor
/// `own` admits ([`Anchor::admits_day`]): None when it admits any (the article knows nothing
/// of its date), else a span that holds them (a day, week, month or year of publication,
/// moved by what the mention's date says of it: [`BorrowClue::event_days_between`]).
pub(super) fn event_span(clue: &BorrowClue, own: &Anchor) -> Option<DaySpan> {
    use crate::dates::Grain;
    use chrono::Datelike;
    let period = own.date?;
    if let Some(bound) = own.written_within() {
        return Some(clue.event_days_between(bound.0, bound.1));
    }
    let (first, last) = match period.grain {
        Grain::Day => (period.start, period.start),
        Grain::Week => (period.start, period.start + chrono::Duration::days(6)),
        Grain::Month => {
            let (year, month) = period.year_month();
            let first = chrono::NaiveDate::from_ymd_opt(year, month, 1)?;
            // (A month is at most 31 days: a span that holds it is enough.)
            (first, first + chrono::Duration::days(30))
        }
        Grain::Year => (chrono::NaiveDate::from_ymd_opt(period.start.year(), 1, 1)?, chrono::NaiveDate::from_ymd_opt(period.start.year(), 12, 31)?),
    };
    Some(clue.event_days_between(first, last))
}

impl<'a> KnownEvents<'a> {
    /// The index of `events`, each with what the corpus step found of it and whether it is
    /// new since the last round.
    pub(super) fn new(events: impl IntoIterator<Item = (&'a EventFacts, bool)>) -> KnownEvents<'a> {
        type Likeness<'e> = (EventType, IdSlice<'e, Id>, IdSlice<'e, Id>, IdSlice<'e, Id>, bool);
        let mut group_of: HashMap<Likeness<'a>, usize> = HashMap::default();
        let mut groups: Vec<KnownGroup<'a>> = Vec::new();
        for (facts, new) in events {
            let Some(known) = Known::of(facts) else { continue };
            let e = known.summary();
            let Some(day) = e.date().and_then(|d| d.as_day()) else { continue };
            if e.people().is_empty() && (e.event_type().family() != EventType::Agreement || e.topics().is_empty()) {
                // Neither a person nor a subject to be identified by.
                continue;
            }
            let third_country = facts.third_country;
            let g = *group_of.entry((e.event_type().family(), e.people(), e.topics(), e.organisations(), third_country)).or_insert_with(|| {
                groups.push(KnownGroup { first: known, by_day: Vec::new(), third_country, changed: false });
                groups.len() - 1
            });
            groups[g].by_day.push((day, known));
            groups[g].changed |= new;
        }
        let mut by_person: HashMap<(EventType, Id), Vec<u32>> = HashMap::default();
        let mut by_subject: HashMap<Id, Vec<u32>> = HashMap::default();
        let mut by_person_day: HashMap<(EventType, Id), Vec<(chrono::NaiveDate, u32)>> = HashMap::default();
        let mut by_people: HashMap<(EventType, IdSlice<'a, Id>), Vec<u32>> = HashMap::default();
        let mut changed_people = std::collections::HashSet::default();
        let mut changed_subjects = std::collections::HashSet::default();
        for (g, group) in groups.iter_mut().enumerate() {
            // Four billion groups would not fit in memory.
            let g = u32::try_from(g).expect("fewer than 2^32 groups of known reports");
            group.by_day.sort_by_key(|&(day, _)| day);
            group.by_day.shrink_to_fit();
            let e = group.first.summary();
            let family = e.event_type().family();
            for p in &e.people() {
                by_person.entry((family, *p)).or_default().push(g);
                by_person_day.entry((family, *p)).or_default().extend(group.days().map(|day| (day, g)));
                if group.changed {
                    changed_people.insert((family, *p));
                }
            }
            if !e.people().is_empty() {
                by_people.entry((family, e.people())).or_default().push(g);
            }
            if family == EventType::Agreement {
                for t in &e.topics() {
                    by_subject.entry(*t).or_default().push(g);
                    if group.changed {
                        changed_subjects.insert(*t);
                    }
                }
            }
        }
        by_person_day.par_iter_mut().for_each(|(_, days)| {
            days.sort_unstable();
            days.shrink_to_fit();
        });
        KnownEvents { groups, by_person, by_subject, by_person_day, by_people, changed_people, changed_subjects }
    }

    /// The groups of agreements an agreement `mention` may be by its subject alone: those
    /// that share a topic with it, report it in the same state, and whose countries hold its
    /// own or are held by them (see [`borrow_by_subject`]).
    pub(super) fn same_subject(&self, mention: &Event) -> Vec<usize> {
        let mut all: Vec<usize> = mention.topics().iter().filter_map(|t| self.by_subject.get(t)).flatten().map(|&i| i as usize).collect();
        all.sort_unstable();
        all.dedup();
        all.retain(|&i| {
            let e = self.groups[i].first.summary();
            e.status() == mention.status && (mention.countries().is_subset(&e.countries()) || e.countries().is_subset(&mention.countries()))
        });
        all
    }

    /// Whether a group `mention` may be identified with changed since the last round: one of
    /// its family sharing a person, or an agreement's sharing a subject (a superset of
    /// [`KnownEvents::candidates`] and [`KnownEvents::same_subject`]).
    pub(super) fn may_change(&self, mention: &Event) -> bool {
        let family = mention.event_type.family();
        mention.people().iter().any(|p| self.changed_people.contains(&(family, *p)))
            || (family == EventType::Agreement && mention.topics().iter().any(|t| self.changed_subjects.contains(t)))
    }

    /// The groups a dated `mention` may be identified with that hold a report of a day within
    /// `span`: [`KnownEvents::candidates`] less those with no such report (which imply no day
    /// an article of that span admits), found through each person's groups by day.
    pub(super) fn candidates_between(&self, mention: &Event, span: DaySpan) -> Vec<usize> {
        let family = mention.event_type.family();
        let mut all: Vec<usize> = mention
            .people()
            .iter()
            .filter_map(|p| self.by_person_day.get(&(family, *p)))
            .flat_map(|days| between(days, |&(day, _)| day, Some(span)).iter().map(|&(_, g)| g as usize))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }

    /// The groups `mention` may be identified with: those of its family that share a person.
    pub(super) fn candidates(&self, mention: &Event) -> Vec<usize> {
        let family = mention.event_type.family();
        let lists: Vec<&[u32]> = mention.people().iter().map(|p| self.by_person.get(&(family, *p)).map_or(&[][..], Vec::as_slice)).collect();
        if mention.date.is_none() && matches!(family, EventType::Meeting | EventType::Call) {
            // An undated meeting is identified across articles only with one that has all its
            // people (see `merge::fit`): those are in every person's list, so in the shortest.
            lists.iter().min_by_key(|l| l.len()).map(|l| l.iter().map(|&i| i as usize).collect()).unwrap_or_default()
        } else {
            let mut all: Vec<usize> = lists.iter().flat_map(|l| l.iter().map(|&i| i as usize)).collect();
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
/// The fingerprints are boxed and only made with a cache; a run without one keeps the facts
/// of the events with a summary only ([`EventFacts::of_events`]), and those hold it in place.
#[derive(Debug, Clone)]
pub(in crate::pipeline) struct EventFacts {
    pub(super) prints: Option<Box<(u128, u128)>>,
    pub(super) summary: Option<EventSummary>,
    pub(super) third_country: bool,
}

impl EventFacts {
    pub(in crate::pipeline) fn of(e: &Event, g: &Gazetteer, printed: bool) -> EventFacts {
        // Only events dated to a day are known events (see `KnownEvents::new`).
        let day_dated = e.date.is_some_and(|d| d.as_day().is_some());
        let identifiable = day_dated && (!e.people().is_empty() || (e.event_type.family() == EventType::Agreement && !e.topics().is_empty()));
        let prints = printed.then(|| Box::new(event_prints(e)));
        let summary = identifiable.then(|| EventSummary::of(e));
        EventFacts { prints, summary, third_country: day_dated && e.mentions.iter().any(|m| m.date.is_some() && sides(m, g).third_country()) }
    }

    /// What the corpus step keeps of `events`: each one's facts with a cache (it keys on every
    /// event), else only those of the events other articles may borrow a day from (with a
    /// summary), the only facts a run without one reads; a large archive has millions of
    /// others.
    pub(in crate::pipeline) fn of_events(events: &[Event], g: &Gazetteer, printed: bool) -> Box<[EventFacts]> {
        events.iter().map(|e| EventFacts::of(e, g, printed)).filter(|f| printed || f.summary.is_some()).collect()
    }

    /// The event's fingerprint (0 without a cache).
    pub(super) fn print(&self) -> u128 {
        self.prints.as_ref().map_or(0, |p| p.0)
    }

    /// The fingerprint of its mentions (0 without a cache).
    pub(super) fn mentions(&self) -> u128 {
        self.prints.as_ref().map_or(0, |p| p.1)
    }
}

/// Two fingerprints of a group of known events, or of a list of groups: `summary` covers what
/// borrowing reads of a group for an undated mention or by subject (its first event, its days,
/// whether it is a third country's), `full` adds every event of every day (what a dated
/// mention compares).
#[derive(Debug, Clone, Copy, Default, Hash)]
pub(super) struct GroupPrint {
    pub(super) summary: u128,
    pub(super) full: u128,
}

/// The fingerprints of each list of known groups a mention can reach: a person's in a family,
/// an agreement topic's (see [`borrow_key`]).
pub(super) struct KnownPrints {
    pub(super) by_person: HashMap<(EventType, Id), GroupPrint>,
    pub(super) by_subject: HashMap<Id, GroupPrint>,
}

impl KnownPrints {
    pub(super) fn of(known: &KnownEvents<'_>) -> KnownPrints {
        let groups: Vec<GroupPrint> = known
            .groups
            .par_iter()
            .map(|group| {
                let mut h = FieldHasher::default();
                group.first.print().hash(&mut h);
                group.third_country.hash(&mut h);
                group.days().for_each(|day| day.hash(&mut h));
                let summary = h.0.value();
                for (day, known) in &group.by_day {
                    (day, known.print()).hash(&mut h);
                }
                GroupPrint { summary, full: h.0.value() }
            })
            .collect();
        let of_list = |list: &Vec<u32>| {
            let (mut summary, mut full) = (FieldHasher::default(), FieldHasher::default());
            for &i in list {
                groups[i as usize].summary.hash(&mut summary);
                groups[i as usize].full.hash(&mut full);
            }
            GroupPrint { summary: summary.0.value(), full: full.0.value() }
        };
        KnownPrints {
            by_person: known.by_person.iter().map(|(k, list)| (*k, of_list(list))).collect(),
            by_subject: known.by_subject.iter().map(|(k, list)| (*k, of_list(list))).collect(),
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
pub(super) fn borrow_key(map: &ArticleMap, relative: &[Relative], prints: &KnownPrints) -> Option<String> {
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
            prints.by_person.get(&(family, *p)).map(pick).hash(&mut h);
        }
        for t in &event.topics() {
            prints.by_subject.get(t).map(pick).hash(&mut h);
        }
    }
    Some(h.0.hex())
}

/// What `merge::fit` reads of an event (all but its mentions and sources): two mentions alike
/// in it are identified with the same events. Its ids (people, organisations, places,
/// countries, topics) and the four things it reads of the mentions: an opening, a leg, a
/// summit's noun (an undated report told by "the summit" is the gathering, not talks on its
/// sidelines, where one told by "met" may be), and the places its reports of its day name.
pub(super) type FitLikeness<'e> = (EventType, Option<DateValue>, Option<(chrono::NaiveDate, chrono::NaiveDate)>, crate::merge::Status, [IdSlice<'e, Id>; 5], [bool; 3], crate::idset::IdSet<Id>);

pub(super) fn fit_likeness(e: &Event) -> FitLikeness<'_> {
    use crate::merge::FitView;
    let ids = std::array::from_fn(|k| FitView::id_set(e, k));
    (e.event_type, e.date, e.days, e.status, ids, [e.reports_an_opening(), e.is_a_leg(), e.tells_a_summit()], e.places_of_its_day())
}

/// The known groups each undated relative mention of a round may be identified with, closest
/// first. Thousands of undated articles report the same few people doing the same things
/// ("استقبل بوريطة أمس …"): alike mentions share one answer. A busy person's groups grow with
/// the corpus, and an article reads only the closest groups that imply a day (see
/// [`borrow_anchor`]), so the candidates come in tiers of one closeness, closest first, and a
/// tier's groups are compared with the mention only when an article reaches it — once for all
/// alike mentions. Most articles stop at the first tier, so only it is found at first, and the
/// others (all at once) when an article reads past it: every tier of every distinct mention,
/// found at once, held a busy person's groups for each of thousands of mentions (growing with
/// the square of the corpus, the largest part of a large archive's peak).
pub(super) struct UndatedMatches<'a> {
    pub(super) index: HashMap<FitLikeness<'a>, usize>,
    /// Each distinct mention (the first given of those alike: they fit the same groups).
    pub(super) mentions: Vec<&'a Event>,
    /// Its closest tier, if it has candidate groups.
    pub(super) tiers: Vec<Option<Tier>>,
}

/// The candidate groups of one closeness to a mention ([`PeopleFit`]): the days of those it is
/// identified with, found the first time an article asks, and the next closest tier.
pub(super) struct Tier {
    pub(super) fit: PeopleFit,
    /// Its groups, in index order.
    candidates: Box<[u32]>,
    /// The days of the groups identified, sorted, without repeats: of all of them (`[0]`), and
    /// of those not shown as a third country's (`[1]`, what a Morocco–Israel mention reads).
    /// A busy person's groups hold days in proportion to the corpus: each article that reads
    /// the tier then goes over the days of the calendar, at most, and not over every report
    /// (which made borrowing grow with the square of the corpus).
    pub(super) days: [std::sync::OnceLock<Vec<chrono::NaiveDate>>; 2],
    /// The tier after it (None: it is the last), found with every other tier after it when an
    /// article first reads past the closest one.
    next: std::sync::OnceLock<Option<Box<Tier>>>,
}

impl Tier {
    /// The closest tier of `mention`'s candidate groups, if any.
    fn closest(mention: &Event, known: &KnownEvents<'_>) -> Option<Tier> {
        // A group of the mention's own people is as close as any can be (all its people
        // shared, none other): those, when there are any, are the closest tier.
        if let Some(own) = known.by_people.get(&(mention.event_type.family(), mention.people())) {
            let fit = PeopleFit { shared: mention.people().len(), unshared: std::cmp::Reverse(0) };
            return Some(Tier { fit, candidates: own.clone().into_boxed_slice(), days: Default::default(), next: std::sync::OnceLock::new() });
        }
        let mut closest: Option<(PeopleFit, Vec<u32>)> = None;
        for i in known.candidates(mention) {
            let fit = PeopleFit::of(mention, known.groups[i].first.summary());
            match &mut closest {
                Some((best, groups)) if *best == fit => groups.push(i as u32),
                Some((best, _)) if *best > fit => {}
                _ => closest = Some((fit, vec![i as u32])),
            }
        }
        let (fit, candidates) = closest?;
        Some(Tier { fit, candidates: candidates.into_boxed_slice(), days: Default::default(), next: std::sync::OnceLock::new() })
    }

    /// Every tier of `mention`'s candidate groups less close than `above`, closest first, each
    /// the next of the one before.
    fn all_below(mention: &Event, known: &KnownEvents<'_>, above: PeopleFit) -> Option<Box<Tier>> {
        let mut by_fit: Vec<(PeopleFit, u32)> = known.candidates(mention).into_iter().map(|i| (PeopleFit::of(mention, known.groups[i].first.summary()), i as u32)).filter(|&(fit, _)| fit < above).collect();
        // (Stable: each tier's groups stay in index order.)
        by_fit.sort_by_key(|&(fit, _)| std::cmp::Reverse(fit));
        let mut chain = None;
        for same_fit in by_fit.chunk_by(|a, b| a.0 == b.0).rev() {
            chain = Some(Box::new(Tier { fit: same_fit[0].0, candidates: same_fit.iter().map(|&(_, i)| i).collect(), days: Default::default(), next: std::sync::OnceLock::from(chain) }));
        }
        chain
    }
}

impl<'a> UndatedMatches<'a> {
    pub(super) fn new(mentions: impl Iterator<Item = &'a Event>, known: &KnownEvents<'_>) -> UndatedMatches<'a> {
        let mut index: HashMap<FitLikeness<'a>, usize> = HashMap::default();
        let mut distinct: Vec<&'a Event> = Vec::new();
        for m in mentions.filter(|m| m.date.is_none()) {
            index.entry(fit_likeness(m)).or_insert_with(|| {
                distinct.push(m);
                distinct.len() - 1
            });
        }
        // One comparison answers for a whole group (see `KnownEvents`); how close a group's
        // people are costs far less than the comparison, and orders the tiers.
        let tiers = distinct.par_iter().map(|m| Tier::closest(m, known)).collect();
        UndatedMatches { index, mentions: distinct, tiers }
    }

    /// The tiers of candidate groups of `m`, an undated mention given to
    /// [`UndatedMatches::new`], closest first, each with the days of the groups `m` is
    /// identified with (without the groups shown as a third country's when `morocco_israel`).
    pub(super) fn tiers_of<'s>(&'s self, m: &Event, morocco_israel: bool, known: &'s KnownEvents<'_>, capitals: &'s crate::merge::Capitals) -> impl Iterator<Item = (PeopleFit, &'s [chrono::NaiveDate])> + 's {
        let at = self.index.get(&fit_likeness(m)).copied();
        at.into_iter().flat_map(move |k| {
            let mention = self.mentions[k];
            let tiers = std::iter::successors(self.tiers[k].as_ref(), move |tier| tier.next.get_or_init(|| Tier::all_below(mention, known, tier.fit)).as_deref());
            tiers.map(move |tier| {
                let days = tier.days[usize::from(morocco_israel)].get_or_init(|| {
                    let identified = tier.candidates.iter().map(|&i| &known.groups[i as usize]).filter(|group| identifies(mention, group.first.summary(), capitals));
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
pub(in crate::pipeline) struct Relative {
    /// What its date says of the publication day once another article dates the event.
    pub(super) clue: BorrowClue,
    /// The mention, resolved against what the article knows of its date.
    pub(super) event: Event,
}

/// The event mentions of an article dated relative to its publication day (see
/// [`BorrowClue`]), resolved against what the article knows of its date. A mention that names
/// no weekday takes the one the article's other relative days imply ("اليوم الأربعاء"
/// elsewhere makes its "أمس" a Tuesday).
pub(in crate::pipeline) fn relative_mentions(map: &ArticleMap, drafts: &[MentionDraft], quoted: &Arc<Quotes>, g: &Gazetteer) -> Vec<Relative> {
    let file: Id = map.file.as_str().into();
    drafts
        .iter()
        .filter_map(|d| {
            let clue = BorrowClue::of(&d.date?, map.published_on)?;
            let event = Event::new(finish(d, file, Evidence::new(quoted, d.evidence), &map.anchor, g));
            Some(Relative { clue, event })
        })
        .collect()
}

/// The publication day that the events dated relative to it imply, when other articles date
/// those events ([`borrowed_anchor`]), narrowed by the page's own date line when that line
/// did not say which day it is ([`crate::dates::LineReadings`]): "RABAT, Dec. 22 (UPI) --"
/// over a story whose bare "on Tuesday" borrows the bound of 22 to 28 December 2020 is 22
/// December 2020, the one day of the line inside the bound ("BY STAFF - 08/11/21" inside 11 to
/// 12 August 2021 is 11 August, not 8 November). A bound that holds none of the line's days,
/// or several, stays as borrowed.
pub(super) fn borrow_anchor(relative: &[Relative], known: &KnownEvents<'_>, undated: &UndatedMatches<'_>, pending: &PendingArticle, g: &Gazetteer) -> Option<Anchor> {
    let anchor = borrowed_anchor(relative, known, undated, pending, g)?;
    let Some(readings) = &pending.map.line_readings else { return Some(anchor) };
    let Some(first) = anchor.date.and_then(|d| d.as_day()) else { return Some(anchor) };
    let (first, last) = anchor.written_within().unwrap_or((first, first));
    Some(readings.within(first, last).unwrap_or(anchor))
}

/// The publication day that the events dated relative to it imply, when other articles date
/// those events. A day must fit what the article knows (`own`: its month, say), and the
/// weekday the article names for the event ("اليوم الخميس") must be that of the other
/// article's day.
fn borrowed_anchor(relative: &[Relative], known: &KnownEvents<'_>, undated: &UndatedMatches<'_>, pending: &PendingArticle, g: &Gazetteer) -> Option<Anchor> {
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
        // Only the reports of the days the article's date admits can imply a day: an article
        // that knows its month reads that month's, not every report of a busy group.
        let span = event_span(clue, own);
        if mention.date.is_none() {
            // Undated (the usual case, the article's own date being unknown): the groups it is
            // identified with are found once for all alike mentions of the round, tier by
            // tier. Closest groups first: the days of less close ones count only when those
            // imply none.
            for (fit, days) in undated.tiers_of(mention, morocco_israel, known, g.capitals()) {
                for day in between(days, |&day| day, span).iter().copied().flat_map(published) {
                    implied.imply(day, fit);
                }
                if !implied.days.is_empty() {
                    break;
                }
            }
        } else {
            // (Only the groups with a report of those days, when the article's date bounds them.)
            let candidates = match span {
                Some(span) => known.candidates_between(mention, span),
                None => known.candidates(mention),
            };
            for group in candidates.into_iter().map(|i| &known.groups[i]).filter(|group| !(morocco_israel && group.third_country)) {
                // Day by day: the events of a day that no admitted publication day follows from are
                // not compared at all (most of a busy group's).
                for same_day in group.events_between(span).chunk_by(|a, b| a.0 == b.0) {
                    let days: Vec<chrono::NaiveDate> = published(same_day[0].0).collect();
                    if days.is_empty() {
                        continue;
                    }
                    for &(_, known) in same_day {
                        let e = known.summary();
                        if identifies(mention, e, g.capitals()) {
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
    let kept: Vec<(chrono::NaiveDate, &Vec<Option<DateValue>>)> = winners.iter().zip(&readings).filter(|(_, r)| spread(r) == closest).map(|(&day, r)| (day, r)).collect();
    // The kept days must read the page's events alike (else the page has no anchor: which of
    // its events' days is right, none of them tells).
    if kept.iter().any(|(_, r)| *r != kept[0].1) {
        return None;
    }
    let kept: Vec<chrono::NaiveDate> = kept.into_iter().map(|(day, _)| day).collect();
    // The page was written on one of the kept days, which it does not tell: a bound from the
    // first to the last, not the first day (its expressions resolve against each of them,
    // keeping what they all give, see `dates::resolve`). A bound of more than a week is no
    // bound a bare weekday leaves.
    // (One day kept is a day: the others spread the events the page tells further apart.)
    let (&first, &last) = (kept.first()?, kept.last()?);
    let days = u8::try_from((last - first).num_days()).ok().filter(|&d| d <= 6)?;
    let how = if days == 0 { Inference::Borrowed } else { Inference::BorrowedFrom { days } };
    Some(Anchor::inferred(DateValue::day(first), how))
}

/// The publication day that the article's agreements imply by their subjects alone, when no
/// report shares a person with its events: "وقع البلدان اليوم الثلاثاء أربع اتفاقيات" (on
/// visas, civil aviation, water, investment), signatories unnamed, and another article that
/// dates a water agreement and an aviation agreement of Morocco and Israel to a Tuesday.
/// A subject is weaker evidence than a person (a country signs on water more than once), so
/// it takes more: each agreement must fix a day of the weekday it names (see
/// [`BorrowClue::fixes_a_named_day`]), at least two of different subjects must imply the same
/// publication day, and none may imply another (nor one agreement two days).
pub(super) fn borrow_by_subject(relative: &[Relative], known: &KnownEvents<'_>, own: &Anchor, g: &Gazetteer) -> Option<Anchor> {
    let mut backing: std::collections::BTreeMap<chrono::NaiveDate, Vec<IdSlice<'_, Id>>> = std::collections::BTreeMap::new();
    for Relative { clue, event: mention } in relative {
        if !clue.fixes_a_named_day() || mention.event_type.family() != EventType::Agreement || mention.topics().is_empty() {
            continue;
        }
        let morocco_israel = is_morocco_israel(mention, g);
        let span = event_span(clue, own);
        let mut days: Vec<chrono::NaiveDate> = known
            .same_subject(mention)
            .into_iter()
            .map(|i| &known.groups[i])
            .filter(|group| !(morocco_israel && group.third_country))
            .flat_map(|group| group.days_between(span))
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
pub(super) fn read_events(drafts: &[MentionDraft], day: chrono::NaiveDate) -> Vec<Option<DateValue>> {
    let anchor = Anchor::inferred(DateValue::day(day), Inference::Borrowed);
    drafts.iter().map(|d| d.date.and_then(|e| resolve(&e, &anchor)).map(|r| r.value).or(if d.on_publication_day { anchor.date } else { None })).collect()
}

/// The days implied with the closest fit so far.
#[derive(Default)]
pub(super) struct ClosestDays {
    pub(super) fit: Option<PeopleFit>,
    pub(super) days: Vec<chrono::NaiveDate>,
}

impl ClosestDays {
    pub(super) fn imply(&mut self, day: chrono::NaiveDate, fit: PeopleFit) {
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
pub(super) struct PeopleFit {
    pub(super) shared: usize,
    pub(super) unshared: std::cmp::Reverse<usize>,
}

impl PeopleFit {
    pub(super) fn of(mention: &Event, report: &impl FitView) -> PeopleFit {
        let shared = mention.people().shared(&report.people());
        PeopleFit { shared, unshared: std::cmp::Reverse(mention.people().len() + report.people().len() - 2 * shared) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::merge::{DateKind, Mention, MentionIds, Status};

    fn meeting(rule: &str, date: Option<&str>, people: &[&str], countries: &[&str]) -> Event {
        let ids = |v: &[&str]| v.iter().map(|&s| s.into()).collect::<Vec<Id>>();
        Event::new(Mention {
            file: "a.txt".into(),
            line: 1,
            offset: 0,
            evidence: "".into(),
            event_type: EventType::Meeting,
            rule: rule.into(),
            date: date.map(|d| DateValue::parse(d).unwrap()),
            date_text: "".into(),
            date_kind: DateKind::Stated,
            span_days: 0,
            published: None,
            status: Status::Occurred,
            ids: MentionIds::new(ids(people), Vec::new(), Vec::new(), ids(countries), Vec::new()),
        })
    }

    /// Borrowing answers once for undated mentions alike in [`fit_likeness`]: two that
    /// `merge::identifies` tells apart must not be alike. An undated report told by the
    /// summit's noun is the six-nation meeting; one told by "met" may be talks on its sidelines.
    #[test]
    fn mentions_identified_differently_are_not_alike() {
        let summit = meeting("meeting-summit-ar", None, &["bourita", "lapid"], &["MA", "IL"]);
        let talks = meeting("meeting-talks-ar", None, &["bourita", "lapid"], &["MA", "IL"]);
        let negev = meeting("meeting-talks-ar", Some("2022-03-28"), &["bourita", "lapid", "blinken", "shoukry"], &["MA", "IL", "US", "EG", "AE", "BH"]);
        assert!(crate::merge::identifies(&summit, &negev, &crate::merge::Capitals::default()));
        assert!(!crate::merge::identifies(&talks, &negev, &crate::merge::Capitals::default()));
        assert_ne!(fit_likeness(&summit), fit_likeness(&talks));
        // And alike mentions stay alike: the key is not the mention itself.
        let again = meeting("meeting-summit-ar", None, &["bourita", "lapid"], &["MA", "IL"]);
        assert_eq!(fit_likeness(&summit), fit_likeness(&again));
    }
}
