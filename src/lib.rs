//! tarikh (تاريخ: "date" and "history") reads news articles about Morocco–Israel relations
//! and turns them into a clean, deduplicated, chronological timeline of dated events.
//!
//! The pipeline, one module per stage: [`corpus`] reads and decodes articles; [`text`]
//! normalises, drops boilerplate and segments; [`gazetteer`] finds people, organisations and
//! places; [`dates`] finds date expressions and anchors them; [`events`] builds event mentions;
//! [`merge`] joins mentions of one event across articles; [`focus`] keeps the Morocco–Israel
//! events; [`timeline`] writes the result;
//! [`diff`] tells what changed between two timelines.
//! Per-article work is a pure function run in parallel, whose result is one line of the
//! [`mapred`] contract; the corpus step ([`pipeline::corpus_events`]) reduces those lines.

#![deny(missing_docs)]

pub mod budget;
pub mod cache;
pub mod cli;
pub mod corpus;
pub mod curate;
pub mod data;
pub mod dates;
pub mod diff;
pub mod evidence;
pub mod files;
pub mod eval;
pub mod events;
pub mod extraction;
pub mod focus;
pub mod gazetteer;
pub mod hash;
pub mod hashed;
pub mod idset;
pub mod mapred;
pub mod merge;
pub mod output;
pub mod pipeline;
pub mod reduced;
pub mod table;
pub mod text;
pub mod timeline;

#[cfg(test)]
pub(crate) mod test_support {
    //! What the table-driven tests share.

    /// Fail when two rows of a test table share a name (the name is how a failure is found).
    pub fn assert_unique_names<'a>(names: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::BTreeSet::new();
        for name in names {
            assert!(seen.insert(name), "test case name {name:?} is used twice");
        }
    }
}
