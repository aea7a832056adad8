//! The contract between the map and the reduce: what one article yields, as one JSON line.
//!
//! The per-article work ([`crate::extraction`]) depends only on the article and the loaded
//! data; the corpus step ([`crate::pipeline`]) needs of each article only its publication
//! anchor, the weekday its relative days imply, and its event mentions with everything that
//! does not depend on the anchor ([`MentionDraft`]: ids, not names; the date expression, not
//! its value). An [`ArticleMap`] holds exactly that, so the map can run anywhere (other
//! processes, a cache, a Spark cluster) and the reduce still gives the bytes `extract` gives.
//!
//! One line per article (`tarikh map`, JSON Lines):
//!
//! ```text
//! {"format":1,"file":"002.txt","hash":"…","data":"…","lang":"ar","anchor":{…},
//!  "published_on":null,"cut_short":false,"evidence":["…"],"mentions":[{…}]}
//! ```
//!
//! `format` changes whenever a field changes meaning; a reader refuses another format rather
//! than guess. `hash` is the content hash of the article's bytes, `data` the fingerprint of the
//! data and program that mapped it ([`crate::cache::data_fingerprint`]).

use chrono::Weekday;
use serde::{Deserialize, Serialize};

use crate::dates::Anchor;
use crate::events::resolve::{MentionDraft, draft_mentions};
use crate::extraction::{ArticleExtraction, Context};
use crate::text::lang::Lang;

/// The format version of the map lines this tarikh writes and reads.
pub const FORMAT: u32 = 1;

/// What the corpus step needs of one article (one line of `tarikh map`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleMap {
    /// The format version ([`FORMAT`]).
    pub format: u32,
    /// Article name (relative to the corpus folder, `/` separators).
    pub file: String,
    /// Content hash of the article's bytes ([`content_hash`]).
    pub hash: String,
    /// Fingerprint of the gazetteers, lexicons and program that mapped it.
    pub data: String,
    /// Language code (`ar`, `en`, `fr`).
    pub lang: String,
    /// The publication date, with its basis.
    pub anchor: Anchor,
    /// The weekday of the publication day that the article's relative days naming a weekday
    /// imply ("اليوم الأربعاء"), when they agree: borrowing an anchor checks it.
    pub published_on: Option<Weekday>,
    /// The days the page's own date line may be while the anchor is unknown (see
    /// [`crate::dates::LineReadings`]): borrowing a bound may choose one. Absent from most
    /// lines, and from lines written before it was kept (they read as None).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_readings: Option<crate::dates::LineReadings>,
    /// The article took longer than the time limit and was read only in part.
    pub cut_short: bool,
    /// The sentences the mentions quote, as written, each once.
    pub evidence: Vec<String>,
    /// The event mentions, in text order.
    pub mentions: Vec<MentionDraft>,
    /// Where `evidence` can be read back from, when the line was made from an article file
    /// (not written: the corpus step keeps this instead of the sentences, see
    /// [`crate::evidence`]).
    #[serde(skip)]
    pub quotes: Option<std::sync::Arc<crate::evidence::Quotes>>,
}

impl ArticleMap {
    /// The map line of one extraction; `hash` is the content hash of its bytes and `data` the
    /// fingerprint of the loaded data.
    pub fn of(x: &ArticleExtraction, ctx: &Context, hash: String, data: &str) -> ArticleMap {
        let (mentions, evidence) = draft_mentions(x, ctx);
        ArticleMap {
            format: FORMAT,
            file: x.doc.article.name.clone(),
            hash,
            data: data.to_string(),
            lang: x.doc.lang.code().to_string(),
            anchor: x.dates.anchor,
            published_on: x.dates.published_on,
            line_readings: x.dates.line_readings.clone(),
            cut_short: x.cut_short,
            evidence,
            mentions,
            quotes: None,
        }
    }

    /// Its language (checked when the line was read).
    pub fn language(&self) -> Lang {
        Lang::from_code(&self.lang).unwrap_or(Lang::Ar)
    }

    /// The JSON line, with its line end.
    pub fn to_line(&self) -> String {
        let mut line = serde_json::to_string(self).expect("an article map is plain data");
        line.push('\n');
        line
    }

    /// Read one JSON line; the error says why it cannot be used (the caller adds `file:line`).
    pub fn parse(line: &str) -> Result<ArticleMap, String> {
        #[derive(Deserialize)]
        struct Version {
            format: u32,
        }
        // One pass over a good line (a warm run reads tens of thousands); the format is read
        // on its own only to say why a line cannot be read.
        let map: ArticleMap = match serde_json::from_str(line) {
            Ok(map) => map,
            Err(e) => {
                let version: Version = serde_json::from_str(line).map_err(|e| format!("not a tarikh map line: {e}"))?;
                return Err(match version.format {
                    FORMAT => format!("bad map line: {e}"),
                    other => other_format(other),
                });
            }
        };
        if map.format != FORMAT {
            return Err(other_format(map.format));
        }
        if Lang::from_code(&map.lang).is_none() {
            return Err(format!("unknown language {:?}", map.lang));
        }
        if let Some(d) = map.mentions.iter().find(|d| d.evidence >= map.evidence.len()) {
            return Err(format!("mention on line {} quotes sentence {} of {}", d.line, d.evidence, map.evidence.len()));
        }
        Ok(map)
    }
}

/// Why a line of another format is not read.
fn other_format(format: u32) -> String {
    format!("map format {format} (this tarikh reads format {FORMAT}: map the articles again)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::hash::content_hash;

    /// A line survives writing and reading, and a damaged one is refused with its reason.
    #[test]
    fn map_lines_round_trip_and_refuse_damage() {
        let ctx = Context::load(None, None).unwrap();
        let text = "الرباط - 10 ديسمبر 2020\nوقع وزير الخارجية ناصر بوريطة أمس اتفاقا مع إسرائيل.\n";
        let x = crate::extraction::extract_article(Article::from_text("a.txt", text), &ctx, None);
        let map = ArticleMap::of(&x, &ctx, content_hash(text.as_bytes()), "data");
        assert!(!map.mentions.is_empty(), "{map:#?}");
        let line = map.to_line();
        assert_eq!(line.matches('\n').count(), 1, "one line: {line}");
        assert_eq!(ArticleMap::parse(line.trim_end()).unwrap(), map);
        for (name, damaged, reason) in [
            ("not json", "{\"format\":1,", "not a tarikh map line"),
            ("other format", &line.replacen("\"format\":1", "\"format\":99", 1), "map format 99"),
            ("missing field", &line.replacen("\"lang\"", "\"language\"", 1), "bad map line"),
            ("unknown language", &line.replacen("\"lang\":\"ar\"", "\"lang\":\"xx\"", 1), "unknown language"),
            ("evidence out of range", &line.replacen("\"evidence\":0", "\"evidence\":7", 1), "quotes sentence 7"),
        ] {
            let err = ArticleMap::parse(damaged.trim_end()).expect_err(name);
            assert!(err.contains(reason), "{name}: {err}");
        }
    }
}
