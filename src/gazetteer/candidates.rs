//! People the gazetteer does not know yet.
//!
//! A title ("الجنرال", "وزير العدل", "الباحث") followed, within its clause, by two or three words
//! that look like a name and that no gazetteer entry covers is reported as a candidate person,
//! so users can grow the gazetteer from what their articles actually say. A name-like word is
//! not a function word or title word (`lexicons/name_context.csv`), not a number, and only the
//! last word of the name may carry the article (عبد اللطيف الحموشي is fine; الدولية العبرية is
//! not a name).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::table::read_rows;
use crate::gazetteer::Found;
use crate::text::Document;
use crate::text::lexmatch::{WordHasher, words_into};
use crate::text::normalize::normalize_str;

/// Title and stop words for candidate detection.
#[derive(Debug, Clone, Default)]
pub struct NameContext {
    titles: Vec<Vec<String>>,
    /// Titles by their first word, so that each word of the text costs one lookup.
    by_first_word: HashMap<String, Vec<usize>, WordHasher>,
    stop: HashSet<String, WordHasher>,
}

/// A possible person: the title that introduced it and the name as normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Normalised byte range of the name.
    pub range: Range<usize>,
    /// The title, as normalised.
    pub title: String,
}

impl NameContext {
    /// Parse `name_context.csv` (`kind,word`).
    pub fn parse(text: &str, source: &str) -> Result<NameContext, String> {
        let mut ctx = NameContext::default();
        for row in read_rows(text, source, &["kind", "word"])? {
            let word = normalize_str(row.get("word"));
            match row.get("kind") {
                "title" => ctx.titles.push(word.split(' ').map(String::from).collect()),
                "stop" => {
                    ctx.stop.insert(word);
                }
                other => return Err(row.error(format!("unknown kind {other:?} (title, stop)"))),
            }
        }
        for (i, t) in ctx.titles.iter().enumerate() {
            ctx.by_first_word.entry(t[0].clone()).or_default().push(i);
        }
        Ok(ctx)
    }

    /// Candidate people in `doc`, given what the gazetteer already found there and the given
    /// names it knows.
    pub fn find(&self, doc: &Document, found: &Found, given_names: &HashSet<String>) -> Vec<Candidate> {
        let text = doc.norm.text.as_str();
        let covered = |r: &Range<usize>| {
            found.entities.iter().any(|m| m.range.start < r.end && r.start < m.range.end)
                || found.unresolved.iter().any(|u| u.start < r.end && r.start < u.end)
        };
        let mut out = Vec::new();
        let mut words = Vec::new();
        for sentence in &doc.sentences {
            if crate::budget::expired() {
                break;
            }
            for clause in &sentence.clauses {
                words_into(text, clause.clone(), &mut words);
                let mut i = 0;
                while i < words.len() {
                    let Some(len) = self.title_at(text, &words[i..]) else {
                        i += 1;
                        continue;
                    };
                    let title = text[words[i].start..words[i + len - 1].end].to_string();
                    if let Some(range) = self.name_after(text, &words[i + len..], &covered, given_names) {
                        out.push(Candidate { range, title });
                    }
                    i += len;
                }
            }
        }
        out
    }

    fn title_at(&self, text: &str, words: &[Range<usize>]) -> Option<usize> {
        let first = strip_proclitic(&text[words.first()?.clone()]);
        self.by_first_word
            .get(first)?
            .iter()
            .map(|&i| &self.titles[i])
            .filter(|t| t.len() <= words.len() && t.iter().zip(words).all(|(a, w)| strip_proclitic(&text[w.clone()]) == a))
            .map(Vec::len)
            .max()
    }

    /// The first run of two or three name-like words within six words after a title.
    fn name_after(&self, text: &str, words: &[Range<usize>], covered: &dyn Fn(&Range<usize>) -> bool, given_names: &HashSet<String>) -> Option<Range<usize>> {
        let window = &words[..words.len().min(8)];
        for start in 0..window.len() {
            let mut end = start;
            while end < window.len() && end - start < 3 && self.name_like(text, &window[end], end == start, given_names) && !covered(&window[end]) {
                end += 1;
                if text[window[end - 1].clone()].starts_with("ال") {
                    break;
                }
            }
            if end - start >= 2 {
                return Some(window[start].start..window[end - 1].end);
            }
            if covered(&window[start]) && start > 0 {
                // A known name after the title: the title was about it.
                return None;
            }
        }
        None
    }

    /// A word that may be part of a name. A name starts with a given name: a word with the
    /// article, or one that reads as و + another word ("وتسوية"), starts one only when the
    /// gazetteer knows it as a given name.
    fn name_like(&self, text: &str, word: &Range<usize>, first: bool, given_names: &HashSet<String>) -> bool {
        let w = &text[word.clone()];
        let plausible_start = !first || given_names.contains(w) || !(w.starts_with("ال") || w.starts_with('و'));
        !self.stop.contains(w)
            && !self.stop.contains(strip_proclitic(w))
            && w.chars().count() >= 2
            && !w.chars().any(|c| c.is_ascii_digit())
            && plausible_start
    }
}

fn strip_proclitic(w: &str) -> &str {
    w.strip_prefix('و').filter(|r| r.chars().count() > 2).unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::data::Lexicons;
    use crate::gazetteer::Gazetteer;

    /// (text, expected candidate names).
    const CASES: &[(&str, &[&str])] = &[
        ("وقال الباحث في الشؤون الأمنية كريم بوسلهام إن", &["كريم بوسلهام"]),
        ("صرح الجنرال يوسف الكتاني للصحافة", &["يوسف الكتاني"]),
        ("أكد الخبير في العلاقات الدولية وتسوية النزاعات، أن", &[]),
        ("التقى وزير الخارجية ناصر بوريطة", &[]),
        ("قال السفير الجديد إن", &[]),
    ];

    #[test]
    fn candidate_people() {
        let lex = Lexicons::builtin();
        let g = Gazetteer::load(None).unwrap();
        for (text, expected) in CASES {
            let doc = Document::new(Article::from_text("t.txt", text), &lex);
            let found = g.find(&doc);
            let got: Vec<&str> = lex.name_context.find(&doc, &found, &g.given_names).iter().map(|c| doc.original(c.range.clone())).collect();
            assert_eq!(&got, expected, "{text}");
        }
    }
}
