//! Anchors borrowed across articles: an article that gives no publication date but says
//! "أمس" of an event another article dates can be dated from it.
//!
//! 003 says the defence agreement was signed "أمس"; 002, published 2021-11-24, says it was
//! signed "الأربعاء" (that day); so 003 was written on the 25th. Until the event stage can say
//! "same event" properly, this module uses a conservative stand-in: the sentence around each
//! unanchored relative day ("أمس", "اليوم") is compared with the sentences around day-precise
//! dates of the anchored articles, by their content words (proclitics and the article
//! removed), and a pair sharing many words (at least [`MIN_SHARED`], Dice ≥ [`MIN_DICE`])
//! lends its date. Only anchors found in an article itself are lent, so the result does not
//! depend on the order of the articles. Each article's clues ([`AnchorClues`]) are computed on
//! their own (a pure map); only [`borrow_anchors`] looks at the corpus.

use std::collections::HashMap;

use chrono::Duration;

use crate::text::Document;

use super::ArticleDates;
use super::anchor::Anchor;
use super::lexicon::DateLexicon;
use super::value::{DateValue, ExprKind, Grain};

/// Fewest content words two sentences must share to be taken for the same event.
pub const MIN_SHARED: usize = 6;
/// Smallest Dice coefficient of their content words.
pub const MIN_DICE: f64 = 0.4;

/// What one article can lend and what it needs, as hashed content words of sentences.
#[derive(Debug, Clone, Default)]
pub struct AnchorClues {
    /// Day-precise dates of the article with the words of their sentence (lendable only when
    /// the article's own anchor is known, or the dates are absolute).
    pub donors: Vec<(DateValue, Vec<u64>)>,
    /// Relative days (days from the unknown anchor, and the mention's normalised range) with
    /// the words of their sentence.
    pub queries: Vec<(i32, (usize, usize), Vec<u64>)>,
}

/// The clues of one analysed article.
pub fn anchor_clues(doc: &Document, dates: &ArticleDates, lex: &DateLexicon) -> AnchorClues {
    let mut clues = AnchorClues::default();
    for (m, r) in dates.mentions.iter().zip(&dates.resolved) {
        let Some(sentence) = doc.sentences.iter().find(|s| s.range.start <= m.range.start && m.range.end <= s.range.end) else { continue };
        let words = || content_words(doc.text(sentence.range.clone()), lex);
        match (m.expr.kind, r) {
            (_, Some(r)) if r.value.grain == Grain::Day && r.value.end.is_none() && dates.anchor.is_known() => {
                clues.donors.push((r.value, words()))
            }
            (ExprKind::Relative { days, date: None, .. }, None) => clues.queries.push((days, (m.range.start, m.range.end), words())),
            _ => {}
        }
    }
    clues
}

/// For each article whose anchor is unknown, the anchor its clues borrow from another
/// article's dated sentence, if any pair is close enough.
pub fn borrow_anchors(clues: &[AnchorClues], anchors: &[Anchor]) -> Vec<Option<Anchor>> {
    // Index the donors by word.
    let mut index: HashMap<u64, Vec<(usize, usize)>> = HashMap::new();
    for (a, c) in clues.iter().enumerate() {
        if !anchors[a].is_known() {
            continue;
        }
        for (d, (_, words)) in c.donors.iter().enumerate() {
            for &w in words {
                index.entry(w).or_default().push((a, d));
            }
        }
    }
    let n_donors: usize = clues.iter().zip(anchors).filter(|(_, a)| a.is_known()).map(|(c, _)| c.donors.len()).sum();
    let common_cap = (n_donors / 20).max(200);
    clues
        .iter()
        .enumerate()
        .map(|(a, c)| {
            if anchors[a].is_known() {
                return None;
            }
            let mut best: Option<(f64, DateValue, (usize, usize))> = None;
            for (days, range, words) in &c.queries {
                let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
                for w in words {
                    // Words found near most dates (المغرب، اسرائيل) say nothing of the event and
                    // would make the comparison quadratic on a large corpus: they are not
                    // counted as shared (they still count in the sentence sizes).
                    let postings = index.get(w).map_or(&[][..], |v| v.as_slice());
                    if postings.len() > common_cap {
                        continue;
                    }
                    for &donor in postings {
                        if donor.0 != a {
                            *shared.entry(donor).or_default() += 1;
                        }
                    }
                }
                for ((da, dd), n) in shared {
                    let (value, dwords) = &clues[da].donors[dd];
                    let dice = 2.0 * n as f64 / (words.len() + dwords.len()) as f64;
                    if n >= MIN_SHARED && dice >= MIN_DICE {
                        let day = DateValue::day(value.start - Duration::days(*days as i64));
                        // Ties go to the earlier day, so the choice does not depend on order.
                        if best.is_none_or(|(b, v, _)| dice > b || dice == b && day.start < v.start) {
                            best = Some((dice, day, *range));
                        }
                    }
                }
            }
            best.map(|(_, day, range)| Anchor::inferred(day).with_evidence(range.0..range.1))
        })
        .collect()
}

/// Words that carry no event: particles and pronouns (after proclitics are removed).
const FUNCTION_WORDS: &[&str] = &[
    "في", "من", "علي", "الي", "عن", "مع", "ان", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "كان", "قد", "لم", "لن", "ما", "لا",
    "او", "ثم", "بين", "كما", "وفق", "بعد", "قبل", "عند", "حيث",
];

/// The hashed content words of a normalised sentence: proclitics and the article removed,
/// date words and function words left out, each word once, sorted.
fn content_words(text: &str, lex: &DateLexicon) -> Vec<u64> {
    let mut out: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !lex.contains(w))
        .map(stem)
        .filter(|w| w.chars().count() >= 3 && !FUNCTION_WORDS.contains(w) && !lex.contains(w))
        .map(|w| {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A word without its proclitics and article: والمغرب → مغرب, للتعاون → تعاون.
fn stem(w: &str) -> &str {
    let mut s = w;
    if s.chars().count() > 3 {
        s = s.strip_prefix('و').or_else(|| s.strip_prefix('ف')).unwrap_or(s);
    }
    if let Some(rest) = s.strip_prefix("لل") {
        return rest;
    }
    if s.chars().count() > 4
        && let Some(rest) = s.strip_prefix("بال").or_else(|| s.strip_prefix("كال"))
    {
        return rest;
    }
    s.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        for (w, s) in
            [("والمغرب", "مغرب"), ("للتعاون", "تعاون"), ("بالرباط", "رباط"), ("وقع", "وقع"), ("الامني", "امني"), ("اسرائيل", "اسرائيل")]
        {
            assert_eq!(stem(w), s, "{w}");
        }
    }
}
