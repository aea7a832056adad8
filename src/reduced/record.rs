//! The records of the reduced state (see [`crate::reduced`]): what the corpus step of a
//! cached run captures of each article and family, and how a mention is kept. Apart from the
//! state's reading and replay so that the corpus step can fill them without depending on the
//! module that replays it.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::dates::DateValue;
use crate::events::EventType;
use crate::evidence::{Evidence, Quotes};
use crate::idset::Id;
use crate::merge::{DateKind, Event, Mention, MentionIds, Status};
use crate::text::lang::Lang;

pub(crate) mod packed;

/// One mention as kept: line, offset, sentence, type, rule, date, date as written,
/// publication day, whether it occurred, its people, organisations, places, countries and
/// topics, how its date was obtained and how many days past it a visit dated back from a later
/// day of it is told to last ([`Mention::span_days`]; its article's name and sentences are the
/// article's).
/// The ids are five lists, or as the reduced state's records are read, the mention's
/// [`MentionIds`] made at once (see `packed::read`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MentionRecord<Ids = [Vec<Id>; 5]>(usize, usize, usize, EventType, Id, Option<DateValue>, Id, Option<chrono::NaiveDate>, bool, Ids, DateKind, #[serde(default)] u8);

impl MentionRecord {
    pub(crate) fn of(m: &Mention) -> MentionRecord {
        let ids = [m.people(), m.organisations(), m.places(), m.countries(), m.topics()].map(<[Id]>::to_vec);
        MentionRecord(m.line, m.offset, m.evidence.index(), m.event_type, m.rule, m.date, m.date_text, m.published, m.status == Status::Occurred, ids, m.date_kind, m.span_days)
    }
}

impl<'a> MentionRecord<[&'a [Id]; 5]> {
    /// [`MentionRecord::of`] with the ids borrowed from `m`: written the same (a list of ids
    /// is written alike from a vector and a slice), without a copy of them.
    pub(crate) fn borrowed(m: &'a Mention) -> MentionRecord<[&'a [Id]; 5]> {
        let ids = [m.people(), m.organisations(), m.places(), m.countries(), m.topics()];
        MentionRecord(m.line, m.offset, m.evidence.index(), m.event_type, m.rule, m.date, m.date_text, m.published, m.status == Status::Occurred, ids, m.date_kind, m.span_days)
    }
}

impl From<[Vec<Id>; 5]> for MentionIds {
    fn from([people, organisations, places, countries, topics]: [Vec<Id>; 5]) -> MentionIds {
        MentionIds::new(people, organisations, places, countries, topics)
    }
}

impl<Ids: Into<MentionIds>> MentionRecord<Ids> {
    pub(crate) fn into_mention(self, file: &Id, quotes: &Arc<Quotes>) -> Mention {
        let MentionRecord(line, offset, evidence, event_type, rule, date, date_text, published, occurred, ids, date_kind, span_days) = self;
        Mention {
            file: *file,
            line,
            offset,
            evidence: Evidence::new(quotes, evidence),
            event_type,
            rule,
            date,
            date_text,
            date_kind,
            span_days,
            published,
            status: if occurred { Status::Occurred } else { Status::Planned },
            ids: ids.into(),
        }
    }
}

/// What borrowing reads of an article to be dated, and when it was dated.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pending {
    /// The round it borrowed its anchor in (None: it found none).
    pub round: Option<u8>,
    /// Each of its mentions dated relative to the publication day, as borrowing reads it.
    pub reach: Vec<Reach>,
}

/// What borrowing reaches from a mention dated relative to the publication day: the known
/// reports of its family that share a person with it, and for an agreement, those of its
/// subjects; a dated one compares each report, an undated one a group's first (see
/// `pipeline::borrow_key`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Reach {
    /// The mention's type family.
    pub family: EventType,
    /// Its people.
    pub people: Vec<Id>,
    /// Its topics.
    pub topics: Vec<Id>,
    /// Whether it is dated (against what its article knows of its date).
    pub dated: bool,
}

impl Reach {
    /// What `mention` (resolved against what its article knows of its date) reaches.
    pub fn of(mention: &Event) -> Reach {
        Reach { family: mention.event_type.family(), people: mention.people().iter().cloned().collect(), topics: mention.topics().iter().cloned().collect(), dated: mention.date.is_some() }
    }
}

/// How the merge grouped one family's events: each merged event, the events it took in (by
/// article and position among the article's events), in order; the events as the merge
/// yields them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FamilyGroups {
    /// The type family.
    pub family: EventType,
    /// Each merged event's events, by (article, position).
    pub groups: Vec<Vec<(u32, u32)>>,
    /// What the outputs took of each merged event, in the same order, under the state's view
    /// (see [`EventOutput`]); empty when not kept (flights: the corpus step may join them
    /// again once the visits are merged).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outputs: Vec<EventOutput>,
}

/// What the outputs take of one merged event under one view (window, undated, focus): its row
/// when the view keeps it (as [`crate::timeline::event_rows`] makes it, its sentences read),
/// and what the summary counts of it. A merged event made of the same events as in an earlier
/// run is the same event, so its output is taken back instead of made again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventOutput {
    /// Its row (None: the view leaves it out).
    pub row: Option<crate::timeline::Row>,
    /// Whether it is a Morocco–Israel event.
    pub bilateral: bool,
    /// Whether it is undated and the focus keeps it.
    pub undated_kept: bool,
}

/// What the corpus step of a cached run gives the state of one article.
#[derive(Debug, Clone)]
pub struct CapturedArticle {
    pub(crate) name: String,
    pub(crate) lang: Lang,
    pub(crate) quotes: Option<Arc<Quotes>>,
    pub(crate) items: Vec<Vec<MentionRecord>>,
    pub(crate) pending: Option<Pending>,
}

impl CapturedArticle {
    /// The article `name`'s events as the merge is given them; None when its mentions do not
    /// all quote one article's sentences (the state then is not kept).
    pub fn of(name: String, lang: Lang, events: &[Event], pending: Option<Pending>) -> Option<CapturedArticle> {
        let quotes = events.iter().flat_map(|e| &e.mentions).next().map(|m| m.evidence.quotes().clone());
        let one_article = |m: &Mention| quotes.as_ref().is_some_and(|q| Arc::ptr_eq(q, m.evidence.quotes())) && *m.file == *name;
        if !events.iter().flat_map(|e| &e.mentions).all(one_article) {
            return None;
        }
        let items = events.iter().map(|e| e.mentions.iter().map(MentionRecord::of).collect()).collect();
        Some(CapturedArticle { name, lang, quotes, items, pending })
    }
}

/// What the corpus step of a cached run gives the state: every article (in the order given)
/// and each family's grouping.
#[derive(Debug, Clone)]
pub struct Captured {
    /// Every article, in the order given.
    pub articles: Vec<CapturedArticle>,
    /// Each family's grouping, in family order.
    pub families: Vec<FamilyGroups>,
}
