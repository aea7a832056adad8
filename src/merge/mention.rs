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
    /// Where each of the five lists ends in `all`.
    ends: [u32; 5],
}

impl MentionIds {
    /// The five lists, in the order of [`Mention`]'s accessors.
    pub fn new(people: Vec<Id>, organisations: Vec<Id>, places: Vec<Id>, countries: Vec<Id>, topics: Vec<Id>) -> MentionIds {
        let mut all = Vec::with_capacity(people.len() + organisations.len() + places.len() + countries.len() + topics.len());
        let mut ends = [0u32; 5];
        for (k, list) in [people, organisations, places, countries, topics].into_iter().enumerate() {
            all.extend(list);
            ends[k] = all.len() as u32;
        }
        MentionIds { all: all.into_boxed_slice(), ends }
    }

    fn list(&self, k: usize) -> &[Id] {
        let start = if k == 0 { 0 } else { self.ends[k - 1] as usize };
        &self.all[start..self.ends[k] as usize]
    }
}
