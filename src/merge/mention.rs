//! The merge's input: one event mention, resolved and named by stable ids, and its status.
//!
//! The event builder ([`crate::events`]) produces these; the merge only reads them.

use chrono::NaiveDate;

use crate::dates::DateValue;
use crate::events::EventType;
use crate::evidence::Evidence;
use crate::idset::Id;

/// Whether an event took place or was announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Status {
    /// Reported as done.
    Occurred,
    /// Announced for later at the time of writing.
    Planned,
}

impl Status {
    /// `occurred` or `planned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
        }
    }

    /// Parse an output word.
    pub fn parse(s: &str) -> Option<Status> {
        match s.trim() {
            "occurred" => Some(Status::Occurred),
            "planned" => Some(Status::Planned),
            _ => None,
        }
    }
}

/// How a mention's date was obtained, from the weakest evidence of the event's day to the
/// strongest: where the sources of one visit give different days, the row takes the day of the
/// strongest kind any of them gives (see [`super::Event`]'s vote). An arrival, or a stay told
/// by its days, gives the visit's first day, the day a visit is dated by; a date stated for
/// the event (its own, carried to it from the sentence before, or the day of the statement
/// reporting it) gives a day of it; a date shared "during" another event ("signed on Monday,
/// during her visit", "خلال زيارته", "lors de sa visite") gives only a day inside its span; a
/// mention told as going on when the article was written, undated, gives the publication day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize)]
pub enum DateKind {
    /// Undated, told as going on: dated by its article's publication day.
    Publication,
    /// A day counted in whole weeks from another date ("a week earlier", « une semaine plus
    /// tôt », «بعد ذلك بأسبوع»): a week is told loosely, six to eight days, so the day may be
    /// one off the event's.
    Counted,
    /// The date of another event of its sentence, which it is told around ("during").
    During,
    /// The day of the event of its family told just before, which this mention names again by
    /// its noun (a follow-up sentence: «وصلوا مساء أمس إلى الفندق الذي يحتضن الاجتماع», « ont
    /// pris place côte à côte à la réunion »): that event's day, none of its own. It votes as
    /// a stated day does ([`DateKind::strength`]: a page that tells the close of a meeting
    /// "today" and again "at the close of the meeting" outvotes its one sentence on the evening
    /// before); talks told this way after a gathering are the gathering, not talks on its
    /// sidelines, which are told on a day of their own.
    Again,
    /// A date stated for the event (and an undated mention's, which does not vote).
    #[default]
    Stated,
    /// The first day of a visit: an arrival, or a stay told by its days.
    Start,
}

impl DateKind {
    /// The kind of a mention's date: `during` when the date is another event's of its
    /// sentence, `publication` when it was undated and told as going on, `arrival` when its
    /// trigger tells an arrival (a rule whose id holds [`ARRIVAL_RULE_MARK`]); `counted` when
    /// its own date is a day counted in whole weeks from another; `again` when it is the day of
    /// the event told just before, which it tells again (`told_again`).
    pub fn of(date: Option<&DateValue>, during: bool, told_again: bool, publication: bool, counted: bool, rule: &str) -> DateKind {
        if publication {
            DateKind::Publication
        } else if counted && !during {
            DateKind::Counted
        } else if during {
            DateKind::During
        } else if rule.contains(ARRIVAL_RULE_MARK) || date.is_some_and(|d| d.end.is_some()) {
            DateKind::Start
        } else if told_again {
            DateKind::Again
        } else {
            DateKind::Stated
        }
    }

    /// How strong a day of this kind is in the vote on an event's day (and whether it is a
    /// day stated for talks, `merge::rows`): a day told again is as strong as a stated one.
    pub fn strength(self) -> DateKind {
        if self == DateKind::Again { DateKind::Stated } else { self }
    }
}

/// What the id of a trigger row that tells an arrival holds ("visit-arrive", "visit-arrive-in":
/// "حل ب", "وصل إلى"): its day is the first of the visit.
pub const ARRIVAL_RULE_MARK: &str = "-arrive";

/// One event mention, ready for merging: everything is resolved and named by stable ids.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Article name.
    pub file: Id,
    /// 1-based line of the trigger in the original text.
    pub line: usize,
    /// Normalised offset of the trigger (orders mentions of one line).
    pub offset: usize,
    /// The sentence as written, held by reference until the output reads it back (see
    /// [`crate::evidence`]).
    pub evidence: Evidence,
    /// Event type.
    pub event_type: EventType,
    /// Id of the trigger rule.
    pub rule: Id,
    /// The resolved date.
    pub date: Option<DateValue>,
    /// The date expression as written (empty when none): one shared copy of each text
    /// ([`crate::idset::shared_text`]), as many mentions repeat it.
    pub date_text: Id,
    /// How the date was obtained (how strongly it dates the event's day).
    pub date_kind: DateKind,
    /// How many days after its date's day the visit it tells is told to last: a visit dated
    /// back to its first day from its last ("wrapped up a three-day visit on Tuesday", « a
    /// achevé mardi une visite de trois jours », «اختتم أمس الثلاثاء زيارة استغرقت ثلاثة أيام»)
    /// or from its N-th ("on the third day of her visit") is dated by its first day, and
    /// told of every day up to that one ([`MentionView::days`]): a stop elsewhere on that
    /// day is not after the trip. 0 for every other mention.
    pub span_days: u8,
    /// The first day of its article's publication date, when known: the earliest-published
    /// report of an event names it (see [`crate::timeline::event_id`]).
    pub published: Option<NaiveDate>,
    /// Occurred or planned.
    pub status: Status,
    /// The ids it names (see the accessors: [`Mention::people`] and the others).
    pub ids: MentionIds,
}

impl Mention {
    /// People ids, in text order.
    pub fn people(&self) -> &[Id] {
        self.ids.list(0)
    }

    /// Organisation ids, in text order.
    pub fn organisations(&self) -> &[Id] {
        self.ids.list(1)
    }

    /// Place ids (cities, regions, sites), in text order.
    pub fn places(&self) -> &[Id] {
        self.ids.list(2)
    }

    /// Country codes involved, sorted.
    pub fn countries(&self) -> &[Id] {
        self.ids.list(3)
    }

    /// Topic ids, sorted.
    pub fn topics(&self) -> &[Id] {
        self.ids.list(4)
    }
}

/// The ids a mention names — people, organisations, places, countries, topics — in one
/// allocation: a large archive keeps every mention until the end of the run, and five vectors
/// each cost a header and an allocation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MentionIds {
    all: Box<[Id]>,
    /// Where each of the five lists ends in `all` (16 bits: one sentence names a handful).
    ends: [u16; 5],
}

impl MentionIds {
    /// The five lists, in the order of [`Mention`]'s accessors. A sentence names a handful of
    /// each; past 65,535 ids in all (no text names that many in one sentence), the rest are
    /// left out rather than counted wrong.
    pub fn new(people: Vec<Id>, organisations: Vec<Id>, places: Vec<Id>, countries: Vec<Id>, topics: Vec<Id>) -> MentionIds {
        let mut all = Vec::with_capacity(people.len() + organisations.len() + places.len() + countries.len() + topics.len());
        let mut ends = [0u16; 5];
        for (k, list) in [people, organisations, places, countries, topics].into_iter().enumerate() {
            all.extend(list.into_iter().take(usize::from(u16::MAX) - all.len()));
            ends[k] = u16::try_from(all.len()).unwrap_or(u16::MAX);
        }
        MentionIds { all: all.into_boxed_slice(), ends }
    }

    /// The five lists one after another in `all`, list `k` ending at `ends[k]` (None when
    /// the ends are out of order, past `all`, or the lists name more than [`MentionIds::new`]
    /// keeps): the reduced state reads every mention of a corpus, and a vector for each list
    /// cost as much as the rest of a mention.
    pub fn of_runs(all: Vec<Id>, ends: [usize; 5]) -> Option<MentionIds> {
        let ordered = ends.windows(2).all(|w| w[0] <= w[1]) && ends[4] == all.len();
        let ends = ends.map(|e| u16::try_from(e).ok());
        (ordered && ends.iter().all(Option::is_some)).then(|| MentionIds { all: all.into_boxed_slice(), ends: ends.map(Option::unwrap_or_default) })
    }

    fn list(&self, k: usize) -> &[Id] {
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.all[start..self.ends[k] as usize]
    }
}

/// What an [`super::Event`] and the merge ([`super::fit`], the merge's order) read of each of
/// its mentions: a [`Mention`], or its [`MentionBrief`].
pub trait MentionView: Clone + std::fmt::Debug + PartialEq {
    /// Its article.
    fn file(&self) -> Id;
    /// The line of its trigger.
    fn line(&self) -> usize;
    /// The normalised offset of its trigger.
    fn offset(&self) -> usize;
    /// Its type.
    fn event_type(&self) -> EventType;
    /// Its resolved date.
    fn date(&self) -> Option<DateValue>;
    /// How its date was obtained.
    fn date_kind(&self) -> DateKind;
    /// How many days after its date's day it is told to last ([`Mention::span_days`]).
    fn span_days(&self) -> u8;
    /// The first and last day it is told of, when it is dated to days: its date's, and for a
    /// visit dated back from a later day of it, up to that day ([`Mention::span_days`]).
    fn days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let d = self.date().filter(|d| d.grain == crate::dates::Grain::Day)?;
        Some((d.start, d.end.unwrap_or(d.start) + chrono::Duration::days(i64::from(self.span_days()))))
    }
    /// Its article's first publication day.
    fn published(&self) -> Option<NaiveDate>;
    /// Occurred or planned.
    fn status(&self) -> Status;
    /// Its places.
    fn places(&self) -> &[Id];
    /// Its organisations (a [`MentionBrief`] keeps a flight's only: the operators that tell
    /// two flights of one day apart, see `fit::operators`).
    fn organisations(&self) -> &[Id];
    /// Whether its trigger tells a leg of a trip ([`crate::events::rules::is_leg_rule`]).
    fn tells_a_leg(&self) -> bool;
    /// Whether its trigger is a summit's own noun ([`super::fit::SUMMIT_RULE_MARK`]).
    fn tells_a_summit(&self) -> bool;
}

/// `impl MentionView for $type { … }`: the accessors that read a field of the same name and type in
/// both kinds of mention (`file`, `event_type`, `date`, `date_kind`, `span_days`, `published`,
/// `status`) written once, and the others given after the type. A macro rather than a shared inner
/// struct: the two keep layouts of their own ([`MentionBrief`] is narrowed for the memory of a
/// large archive's merge; [`Mention`]'s fields are public and read and built throughout the event
/// and merge stages), which an inner struct would reshape at every one of those sites.
macro_rules! impl_mention_view {
    ($type:ty { $($own:tt)* }) => {
        impl MentionView for $type {
            fn file(&self) -> Id {
                self.file
            }
            fn event_type(&self) -> EventType {
                self.event_type
            }
            fn date(&self) -> Option<DateValue> {
                self.date
            }
            fn date_kind(&self) -> DateKind {
                self.date_kind
            }
            fn span_days(&self) -> u8 {
                self.span_days
            }
            fn published(&self) -> Option<NaiveDate> {
                self.published
            }
            fn status(&self) -> Status {
                self.status
            }
            $($own)*
        }
    };
}

impl_mention_view!(Mention {
    fn line(&self) -> usize {
        self.line
    }
    fn offset(&self) -> usize {
        self.offset
    }
    fn places(&self) -> &[Id] {
        Mention::places(self)
    }
    fn organisations(&self) -> &[Id] {
        Mention::organisations(self)
    }
    fn tells_a_leg(&self) -> bool {
        crate::events::rules::is_leg_rule(&self.rule)
    }
    fn tells_a_summit(&self) -> bool {
        self.rule.contains(super::fit::SUMMIT_RULE_MARK)
    }
});

/// What the merge reads of a mention ([`MentionView`]), and which of the events given to the
/// merge it came with: no sentence, date text, rule or ids but its places, and a flight's
/// organisations (its operators, see `fit::operators`) (the event holds the
/// union of its mentions' ids). The corpus merge of a large archive holds every report of a
/// type family at once: merged over these (about 50 bytes a mention against a [`Mention`]'s 96
/// and its ids), the events are then built again from the mentions read back, in the groups
/// the merge made (see `crate::pipeline`'s corpus step).
#[derive(Debug, Clone, PartialEq)]
pub struct MentionBrief {
    date: Option<DateValue>,
    /// Its places, then (a flight's only) its organisations: one allocation.
    ids: Box<[Id]>,
    /// Where its places end in `ids` (16 bits, as [`MentionIds`] counts them).
    places_end: u16,
    published: Option<NaiveDate>,
    file: Id,
    /// Line and offset in 32 bits: an article is at most
    /// [`crate::corpus::MAX_ARTICLE_BYTES`] (16 MiB) long.
    line: u32,
    offset: u32,
    /// The place, among the events given to the merge, of the event it came with.
    item: u32,
    event_type: EventType,
    date_kind: DateKind,
    span_days: u8,
    status: Status,
    /// [`MentionView::tells_a_leg`] and [`MentionView::tells_a_summit`].
    leg: bool,
    summit: bool,
}

impl MentionBrief {
    /// What the merge reads of `m`, which came with the event given to the merge at `item`.
    pub fn of(m: &Mention, item: u32) -> MentionBrief {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let places = &m.places()[..m.places().len().min(usize::from(u16::MAX))];
        let places_end = u16::try_from(places.len()).unwrap_or(u16::MAX);
        let operators = if m.event_type.family() == EventType::Flight { m.organisations() } else { &[] };
        let ids: Vec<Id> = places.iter().chain(operators).copied().collect();
        MentionBrief {
            date: m.date,
            ids: ids.into(),
            places_end,
            published: m.published,
            file: m.file,
            line: narrow(m.line),
            offset: narrow(m.offset),
            item,
            event_type: m.event_type,
            date_kind: m.date_kind,
            span_days: m.span_days,
            status: m.status,
            leg: m.tells_a_leg(),
            summit: MentionView::tells_a_summit(m),
        }
    }

    /// The place, among the events given to the merge, of the event it came with.
    pub fn item(&self) -> u32 {
        self.item
    }
}

impl_mention_view!(MentionBrief {
    fn line(&self) -> usize {
        self.line as usize
    }
    fn offset(&self) -> usize {
        self.offset as usize
    }
    fn places(&self) -> &[Id] {
        &self.ids[..usize::from(self.places_end)]
    }
    fn organisations(&self) -> &[Id] {
        &self.ids[usize::from(self.places_end)..]
    }
    fn tells_a_leg(&self) -> bool {
        self.leg
    }
    fn tells_a_summit(&self) -> bool {
        self.summit
    }
});
