//! Topics of cooperation (cyber, defence, aviation…), from `lexicons/topics.csv`.
//!
//! Two agreements signed the same month by the same countries are often different agreements;
//! the subject named in the sentence tells them apart, and names the event in its title.

use std::ops::Range;

use crate::table::read_rows;
use crate::text::lexmatch::{PhraseSet, Scan};
use crate::text::normalize::normalize_str;

/// One topic.
#[derive(Debug, Clone)]
pub struct Topic {
    /// Stable id.
    pub id: crate::idset::Id,
    /// Name used in titles ("a cyber agreement").
    pub name: String,
}

/// The topic lexicon.
#[derive(Debug, Clone)]
pub struct Topics {
    /// Topics in file order.
    pub topics: Vec<Topic>,
    phrases: PhraseSet<usize>,
}

impl Topics {
    /// Parse `topics.csv` (`id,name,forms`).
    pub fn parse(text: &str, source: &str) -> Result<Topics, String> {
        let mut topics = Vec::new();
        let mut forms = Vec::new();
        for row in read_rows(text, source, &["id", "name", "forms"])? {
            if row.get("id").is_empty() {
                return Err(row.error("missing id"));
            }
            for f in row.list("forms") {
                forms.push((normalize_str(f), topics.len()));
            }
            topics.push(Topic { id: row.get("id").into(), name: row.get("name").to_string() });
        }
        let phrases = PhraseSet::new(forms.iter().map(|(f, t)| (f.as_str(), *t)));
        Ok(Topics { topics, phrases })
    }

    /// The patterns, for a [`crate::text::lexmatch::PhraseBank`].
    pub fn patterns(&self) -> &[String] {
        self.phrases.patterns()
    }

    /// Topic indices named in `range` of `text`, in first-seen order, without repeats; `scan`
    /// is a bank's scan of the text holding [`Topics::patterns`] (the set's own automaton runs
    /// when there is none).
    pub fn find(&self, scan: Option<Scan<'_>>, text: &str, range: Range<usize>) -> Vec<usize> {
        let mut out = Vec::new();
        for hit in self.phrases.find_in(scan, text, range) {
            for &t in hit.payloads {
                if !out.contains(&t) {
                    out.push(t);
                }
            }
        }
        out
    }
}
