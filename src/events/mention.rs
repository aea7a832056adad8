//! The event mention: what one trigger of one article yields — its type, its governing date and
//! how it was chosen, its participants and offices named without a name, its status — before
//! dates are resolved ([`super::resolve`]) and mentions are merged into events.

use std::ops::Range;

use super::rules::EventType;
use crate::idset::Id;

/// How an event mention got its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateHow {
    /// The date expression nearest to its trigger.
    Own,
    /// "خلال زيارة": the date of the sentence's main event.
    During,
    /// The previous event's date, carried by a connective ("بعد ذلك"), by a follow-up sentence
    /// or down an enumeration from its lead.
    Carried,
    /// The date of the statement that reports it ("أعلنت أمس أن مبعوثها حل بالرباط").
    Reported,
}

/// The date governing an event mention: an index into the document's date mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateLink {
    /// Index of the date mention.
    pub date: usize,
    /// How it was chosen.
    pub how: DateHow,
}

/// An office named without the person's name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum RoleRef {
    /// "وزير الخارجية الإسرائيلي": the holder of `role` in `country` on the event's date.
    Office {
        /// Role id.
        role: String,
        /// Country code.
        country: Id,
        /// The country an envoy is posted to, when the text tells it ("the US ambassador to
        /// Morocco", "السفير الأمريكي لدى المغرب").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        posted: Option<Id>,
    },
    /// "نظيره المغربي": the holder, in `country`, of the office the actor holds.
    Counterpart {
        /// Country code.
        country: Id,
    },
}

/// One mention of an event in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMention {
    /// Index of the trigger rule.
    pub rule: usize,
    /// Event type.
    pub event_type: EventType,
    /// Normalised range of the trigger.
    pub trigger: Range<usize>,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// The governing date, if any.
    pub date: Option<DateLink>,
    /// People taking part (entity indices), in text order.
    pub people: Vec<usize>,
    /// Organisations named (entity indices).
    pub organisations: Vec<usize>,
    /// Places named that are not countries (entity indices): cities, regions, sites.
    pub places: Vec<usize>,
    /// Country codes involved: of the people, organisations and places, and the countries
    /// named.
    pub countries: Vec<Id>,
    /// Offices named without a name.
    pub role_refs: Vec<RoleRef>,
    /// A future form or an announcement marker says it is for later.
    pub planned: bool,
    /// A person carried from the preceding sentences as the implicit subject.
    pub carried_actor: Option<usize>,
    /// Undated, told in the present tense in the body ("وهو يدشن مكتب الاتصال", "الذي يزور
    /// المغرب حاليا"): going on as the article is written, so on its publication day.
    pub on_publication_day: bool,
    /// The item of an enumeration it is told in ("وتتعلق الثانية ب…"), counted in its
    /// sentence: two agreements of one sentence in different items are two agreements.
    pub item: Option<u32>,
    /// The part of the sentence its subject is read from (topics): its item for an item of an
    /// enumeration, else the sentence.
    pub span: Range<usize>,
    /// Told aside, as a time reference or background ("بعد توقيع …", "التي جرى توقيعها"):
    /// another event than the sentence's, dated only by its own date expression.
    pub aside: bool,
    /// Days added to its date's day: a visit told by its last day and its length ("wraps up a
    /// three-day visit on Thursday") started length − 1 days before; 0 for every other.
    pub shift: i32,
    /// The date (an index into the document's date mentions) it took as a follow-up of the
    /// event of its family told just before, which it tells again ("… arrived last night at
    /// the hotel hosting the meeting", «وصلوا مساء أمس إلى الفندق الذي يحتضن الاجتماع»): its
    /// day is that event's, none of its own (see `crate::merge::DateKind::Again`). A later
    /// step that dates it otherwise leaves this stale, so it is read with the date it gave.
    pub told_again: Option<usize>,
}

impl EventMention {
    /// Add `countries` to the mention's, kept sorted and once each; an empty id (a person the
    /// gazetteer gives no country) is none.
    pub(super) fn add_countries(&mut self, countries: impl IntoIterator<Item = Id>) {
        self.countries.extend(countries);
        self.countries.retain(|c| !c.is_empty());
        self.countries.sort();
        self.countries.dedup();
    }

    /// Take in what `other`, another mention of the same event, names: its people,
    /// organisations and places not named yet (in their order), its countries and offices.
    pub(super) fn take_names(&mut self, other: EventMention) {
        for (mine, theirs) in [(&mut self.people, other.people), (&mut self.organisations, other.organisations), (&mut self.places, other.places)] {
            for x in theirs {
                if !mine.contains(&x) {
                    mine.push(x);
                }
            }
        }
        self.countries.extend(other.countries);
        self.countries.sort();
        self.countries.dedup();
        self.role_refs.extend(other.role_refs);
        self.role_refs.sort();
        self.role_refs.dedup();
    }
}
