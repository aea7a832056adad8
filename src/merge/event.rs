//! Row assembly: a merged event and how it takes in a mention — the most precise date (the
//! day most articles give where they disagree), the union of participants, every source, the
//! most frequent type and whether it happened.

use chrono::NaiveDate;

use crate::dates::DateValue;
use crate::events::EventType;
use crate::idset::{Id, IdSet, IdSets, IdSlice};

use super::dates::more_precise;
use super::mention::{Mention, MentionBrief, MentionView, Status};

/// A merged event: of [`Mention`]s, or of what the merge reads of each
/// ([`super::MentionBrief`], see [`MentionView`]), which the corpus merge of a large archive
/// holds instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Event<M = Mention> {
    /// Its mentions, the first being the most informative.
    pub mentions: Vec<M>,
    /// Event type (the most frequent among mentions; ties go to the first mention's).
    pub event_type: EventType,
    /// The most precise date any mention gives.
    pub date: Option<DateValue>,
    /// Occurred when any mention reports it done.
    pub status: Status,
    /// The unions of its mentions' people, organisations, places, countries and topics, in
    /// one allocation (see the accessors: [`Event::people`] and the others). The articles it
    /// comes from are not kept as a set: the merge never reads them, and a much-reported
    /// event took each new article into a sorted set of thousands as it was merged (see
    /// [`Event::files`]).
    ids: IdSets<5>,
    /// The first and last day its mentions dated to days give (a visit reported on its
    /// arrival, main and last day spans them; a report that dates it back from its last day,
    /// "wrapped up a three-day visit on Tuesday", gives every day up to that one:
    /// [`MentionView::days`]).
    pub days: Option<(NaiveDate, NaiveDate)>,
    /// How many mentions of each type (kept so that adding a mention costs no rescan).
    type_counts: [u32; EventType::ALL.len()],
    /// Whether some mention is dated; some reports it done; some dated one reports it done.
    any_dated: bool,
    any_occurred: bool,
    any_occurred_dated: bool,
    /// The latest publication day of an undated mention that reports it done.
    done_undated_published: Option<NaiveDate>,
}

impl Event {
    /// An event of one mention.
    pub fn new(m: Mention) -> Event {
        let mut e: Event = Event::new_empty(m.event_type);
        e.add(m);
        e
    }

    /// Articles it comes from, in order: its mentions' files, gathered when asked (the
    /// outputs ask once per event).
    pub fn files(&self) -> IdSet<Id> {
        self.mentions.iter().map(|m| m.file).collect()
    }

    pub(super) fn add(&mut self, m: Mention) {
        self.ids.extend([m.people(), m.organisations(), m.places(), m.countries(), m.topics()]);
        self.count_in(m);
    }

    /// Take in one more mention (as the merge does: an event kept as its mentions is built
    /// again by taking them in, in order).
    pub fn take_in(&mut self, m: Mention) {
        self.add(m);
    }

    /// What the merge reads of it ([`MentionBrief`] for each mention, `item` the place of the
    /// event among those given to the merge): the same event for the merge, a fraction of its
    /// bytes.
    pub fn brief(&self, item: u32) -> Event<MentionBrief> {
        Event {
            mentions: self.mentions.iter().map(|m| MentionBrief::of(m, item)).collect(),
            event_type: self.event_type,
            date: self.date,
            status: self.status,
            ids: self.ids.clone(),
            days: self.days,
            type_counts: self.type_counts,
            any_dated: self.any_dated,
            any_occurred: self.any_occurred,
            any_occurred_dated: self.any_occurred_dated,
            done_undated_published: self.done_undated_published,
        }
    }
}

impl<M: MentionView> Event<M> {
    pub(super) fn new_empty(event_type: EventType) -> Event<M> {
        Event {
            mentions: Vec::new(),
            event_type,
            date: None,
            status: Status::Planned,
            ids: IdSets::default(),
            days: None,
            type_counts: [0; EventType::ALL.len()],
            any_dated: false,
            any_occurred: false,
            any_occurred_dated: false,
            done_undated_published: None,
        }
    }

    /// Union of people.
    pub fn people(&self) -> IdSlice<'_, Id> {
        self.ids.get(0)
    }

    /// Union of organisations.
    pub fn organisations(&self) -> IdSlice<'_, Id> {
        self.ids.get(1)
    }

    /// Union of places.
    pub fn places(&self) -> IdSlice<'_, Id> {
        self.ids.get(2)
    }

    /// Union of countries.
    pub fn countries(&self) -> IdSlice<'_, Id> {
        self.ids.get(3)
    }

    /// Union of topics.
    pub fn topics(&self) -> IdSlice<'_, Id> {
        self.ids.get(4)
    }

    /// Its id set `k`: people, organisations, places, countries, topics (`k` from 0 to 4, in
    /// the order of the accessors above).
    pub(super) fn id_set(&self, k: usize) -> IdSlice<'_, Id> {
        self.ids.get(k)
    }

    /// Take in mention `m` whose ids the event already holds: all but its id sets (see
    /// [`Event::add`] and [`Event::absorb_event`]).
    fn count_in(&mut self, m: M) {
        let m_date = m.date();
        let disagreeing_day = matches!((self.date.and_then(|d| d.as_day()), m_date.and_then(|d| d.as_day())), (Some(a), Some(b)) if a != b);
        self.date = match (self.date, m_date) {
            (Some(a), Some(b)) => Some(more_precise(self.event_type.family(), a, b)),
            (a, b) => a.or(b),
        };
        if let Some((first, last)) = m.days() {
            self.days = Some(self.days.map_or((first, last), |(a, b)| (a.min(first), b.max(last))));
        }
        let status = m.status();
        self.type_counts[m.event_type() as usize] += 1;
        self.any_dated |= m_date.is_some();
        self.any_occurred |= status == Status::Occurred;
        self.any_occurred_dated |= status == Status::Occurred && m_date.is_some();
        if status == Status::Occurred && m_date.is_none() {
            self.done_undated_published = self.done_undated_published.max(m.published());
        }
        // Most events keep one or two mentions: grow those by one, not to the vector's minimum
        // of four (a mention is a few hundred bytes and a large archive has millions); a
        // much-reported event grows as usual.
        if self.mentions.len() < 4 {
            self.mentions.reserve_exact(1);
        }
        self.mentions.push(m);
        if disagreeing_day {
            // Sources give different days of one visit: the day most of them give.
            self.date = self.majority_day().map(DateValue::day).or(self.date);
        }
        self.retype();
        self.status = self.status_of_its_reports();
    }

    /// Whether it happened, from its most reliable reports. The mentions that date the event
    /// say whether it happened: one reporting it done makes it done (an announcement of it
    /// was written before). An undated reference ("the visit") says little, unless its page
    /// was written after the event's days were over: a page of 13 August telling "the visit"
    /// done tells the visit announced for 11 August done (a page of the day itself may be
    /// announcing it for later that day). With no date at all, any report of it done makes
    /// it done.
    fn status_of_its_reports(&self) -> Status {
        let written_after_it = || match (self.date, self.done_undated_published) {
            (Some(d), Some(published)) => super::dates::interval(&d).1 < published,
            _ => false,
        };
        if self.any_occurred_dated || (!self.any_dated && self.any_occurred) || written_after_it() { Status::Occurred } else { Status::Planned }
    }

    /// The day most articles give, among the mentions dated to one day (on a tie, the day most
    /// reports give, then the earliest);
    /// the reports of what happened date it rather than announcements, when there are any, and
    /// among them the mentions whose date is of the strongest kind ([`super::DateKind`]: an
    /// arrival's day before a stated one, a stated day before one told "during" the visit, that
    /// before a publication day): three pages dating the visit by the day a signing took place
    /// "during" it do not outvote the one that gives the arrival.
    /// A vote that goes to the current winner cannot change it (a stronger kind than the
    /// winner's has no other vote), so [`Event::add`] recounts only when a mention gives
    /// another day, and the result is the count over all mentions whatever their order.
    fn majority_day(&self) -> Option<NaiveDate> {
        let mut votes: Vec<(NaiveDate, Id, bool)> = self.day_voters().filter_map(|m| Some((m.date()?.as_day()?, m.file(), m.tells_a_summit()))).collect();
        votes.sort_unstable();
        // Articles first; between days as many articles give, the day the summit's own noun
        // gives ("اختتمت أمس الاثنين أشغال القمة" beside "توافدوا مساء الأحد … سبقتها لقاءات
        // ثنائية": the session, not the dinner or the talks on its sidelines the evening
        // before); then the day more of their reports give (a summit's article dates its
        // session in two sentences and the dinner in one); then the earliest.
        let mut best: Option<((usize, usize, usize), NaiveDate)> = None;
        for run in votes.chunk_by(|a, b| a.0 == b.0) {
            let articles = 1 + run.windows(2).filter(|w| w[0].1 != w[1].1).count();
            let summit_reports = run.iter().filter(|v| v.2).count();
            if best.is_none_or(|(n, _)| (articles, summit_reports, run.len()) > n) {
                best = Some(((articles, summit_reports, run.len()), run[0].0));
            }
        }
        best.map(|(_, day)| day)
    }

    /// The mentions that vote on the event's day ([`Event::majority_day`]): those dated to one
    /// day, the reports of it done when there are any, and among them those whose date is of
    /// the strongest kind.
    fn day_voters(&self) -> impl Iterator<Item = &M> + Clone {
        let voters = self.reports_of_a_day();
        let strongest = voters.clone().map(|m| m.date_kind().strength()).max();
        voters.filter(move |m| Some(m.date_kind().strength()) == strongest)
    }

    /// The mentions that date the event to one day: the reports of it done when there are
    /// any, whatever the kind of their date (the voters of [`Event::majority_day`] are the
    /// strongest of them).
    fn reports_of_a_day(&self) -> impl Iterator<Item = &M> + Clone {
        let gives_a_day = |m: &&M| m.date().is_some_and(|d| d.as_day().is_some());
        let reported = self.mentions.iter().filter(gives_a_day).any(|m| m.status() == Status::Occurred);
        self.mentions.iter().filter(gives_a_day).filter(move |m| !reported || m.status() == Status::Occurred)
    }

    /// The reports that give the event another day than its own, where its sources disagree
    /// (voters of [`Event::majority_day`] outvoted, or equal in number and later): "arrived on
    /// Monday" beside two pages giving Sunday. A day of another kind (a signing "during" the
    /// visit, its last day) is another day of the event, not a disagreement.
    pub fn outvoted(&self) -> impl Iterator<Item = &M> {
        let day = self.date.and_then(|d| d.as_day());
        self.day_voters().filter(move |m| day.is_some() && m.date().and_then(|d| d.as_day()) != day)
    }

    /// The places named by the reports that date its day (the voters of
    /// [`Event::majority_day`]: the reports of it done when there are any): where it was told
    /// on its day. A headline or recap with no date of its own ("prays at the port city's
    /// synagogue as Israel opens its mission in the capital") and a plan of the day's
    /// programme name the places of several acts, and say nothing of where this one was.
    pub fn places_of_its_day(&self) -> IdSet<Id> {
        self.day_voters().flat_map(|m| m.places().iter().copied()).collect()
    }

    /// The organisations named by the reports that date it to a day (those of it done when
    /// there are any): the operators its day is told with. A headline with no day of its own
    /// ("Israir and El Al open the route on the same day") or a plan of the day naming both
    /// airlines tells which flew, not which flight this is (see `fit::operators`).
    pub fn organisations_of_its_day(&self) -> IdSet<Id> {
        self.reports_of_a_day().flat_map(|m| m.organisations().iter().copied()).collect()
    }

    /// The places named by its reports of a day (those of it done when there are any, see
    /// [`Event::places_of_its_day`]) in sentences other than `lines` (article, line): where it
    /// was told on its days apart from another event's sentences. A sentence tells each of its
    /// events with all its places ("arrivé lundi au Maroc, il s'est vu rendre les honneurs mardi
    /// au quartier général, à Rabat": the arrival names Rabat too), and a headline with no date
    /// of its own ("army chief visits Marrakesh Jewish quarter") says nothing of where it was.
    pub fn places_told_apart_from(&self, lines: &[(Id, usize)]) -> IdSet<Id> {
        self.reports_of_a_day().filter(|m| !lines.contains(&(m.file(), m.line()))).flat_map(|m| m.places().iter().copied()).collect()
    }

    /// The sentences of its mentions: (article, line) of each.
    pub fn lines(&self) -> Vec<(Id, usize)> {
        self.mentions.iter().map(|m| (m.file(), m.line())).collect()
    }

    /// The first and last day given by the reports of it done that date it to a day, whatever
    /// the kind of their date (a last day told "during" the visit counts as much as the
    /// arrival's): the days it was reported on. Not the days a report dated back from its last
    /// ([`MentionView::days`]: "wrapped up a three-day visit on Tuesday"): those say how long
    /// it lasted, not where it was on them, and a stop in another city on its last day is a
    /// row of its own (`fit::a_stop_elsewhere`), as the reference timelines keep Kochavi's
    /// Marrakesh tour "at the end of his visit" and Lapid's Casablanca stop of his second day.
    /// A plan told with the arrival ("is expected in the port city tomorrow") gives a day of
    /// [`Event::days`] that no report of the trip done gives yet.
    pub fn days_of_its_reports(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.reports_of_a_day().filter_map(|m| m.date()).map(|d| (d.start, d.end.unwrap_or(d.start))).reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
    }

    /// Whether some mention reports an opening (the visit family's act of one day).
    pub(super) fn reports_an_opening(&self) -> bool {
        self.type_counts[EventType::Opening as usize] > 0
    }

    /// Take in every mention of `other` (the merge's step; the corpus step replays a merge
    /// kept in its cache with it). Its id sets are the union of its mentions' (an event is
    /// built by taking in mentions, [`Event::add`]), and the union of sets does not depend on
    /// the order they are added in: they are added at once, and each mention taken in for the
    /// rest. (Which is also what lets an event of [`MentionBrief`]s, which hold no ids but
    /// their places, take in another.)
    pub fn absorb_event(&mut self, other: Event<M>) {
        self.ids.extend(std::array::from_fn(|k| other.ids.get(k).as_slice()));
        for m in other.mentions {
            self.count_in(m);
        }
    }

    /// The most frequent type among mentions; ties go to the first mention's.
    fn retype(&mut self) {
        let first = self.mentions[0].event_type();
        self.event_type = EventType::ALL
            .into_iter()
            .filter(|&t| self.type_counts[t as usize] > 0)
            .max_by_key(|&t| (self.type_counts[t as usize], t == first, std::cmp::Reverse(t)))
            .unwrap_or(first);
    }
}
