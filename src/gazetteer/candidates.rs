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
use crate::text::lexmatch::{Scan, WordHasher, words_into};
use crate::text::normalize::is_word_char;
use crate::text::normalize::normalize_str;

/// Title and stop words for candidate detection.
#[derive(Debug, Clone, Default)]
pub struct NameContext {
    titles: Vec<Vec<String>>,
    /// Titles by their first word, so that each word of the text costs one lookup.
    by_first_word: HashMap<String, Vec<usize>, WordHasher>,
    /// The titles' first words, once each, in the order they come: the phrases a
    /// [`PhraseBank`](crate::text::lexmatch::PhraseBank) looks for on our behalf (see
    /// [`NameContext::find`]).
    first_words: Vec<String>,
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
            if !t[0].is_empty() && !ctx.by_first_word.contains_key(&t[0]) {
                ctx.first_words.push(t[0].clone());
            }
            ctx.by_first_word.entry(t[0].clone()).or_default().push(i);
        }
        Ok(ctx)
    }

    /// The first words of the titles, for a bank's scan whose share [`NameContext::find`] is
    /// given.
    pub fn title_first_words(&self) -> &[String] {
        &self.first_words
    }

    /// Candidate people in `doc`, given what the gazetteer already found there and the given
    /// names it knows. `title_starts`, a bank's scan of the document's sentences for
    /// [`NameContext::title_first_words`], passes over the clauses where no title can start:
    /// a title's first word, و aside, is a whole word of the clause, so the scan found it there
    /// (the words of every clause were split and looked up, for the few clauses with a title).
    pub fn find(&self, doc: &Document, found: &Found, given_names: &HashSet<String>, title_starts: Option<Scan<'_>>) -> Vec<Candidate> {
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
                if let Some(scan) = title_starts
                    && !scan.any_within(clause.clone())
                    && !cuts_a_word(text, clause)
                {
                    continue;
                }
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

/// Whether `range` of `text` starts or ends inside a word: its first or last word is then only
/// a piece of one, which a scan of whole words does not see.
fn cuts_a_word(text: &str, range: &Range<usize>) -> bool {
    let glued_after = text[range.end..].chars().next().is_some_and(is_word_char);
    let glued_before = text[..range.start].chars().next_back().is_some_and(is_word_char);
    !range.is_empty() && (glued_after || glued_before)
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
            let got: Vec<&str> = lex.name_context.find(&doc, &found, &g.given_names, None).iter().map(|c| doc.original(c.range.clone())).collect();
            assert_eq!(&got, expected, "{text}");
            assert_eq!(with_title_scan(text), without_title_scan(text), "{text}");
        }
    }

    /// The candidates found with a bank's scan of the titles' first words and without one.
    fn with_and_without_title_scan(text: &str, scan: bool) -> Vec<Candidate> {
        static DATA: std::sync::OnceLock<(Lexicons, Gazetteer)> = std::sync::OnceLock::new();
        let (lex, g) = DATA.get_or_init(|| (Lexicons::builtin(), Gazetteer::load(None).unwrap()));
        let doc = Document::new(Article::from_text("t.txt", text), lex);
        let found = g.find(&doc);
        let (bank, slots) = crate::text::lexmatch::PhraseBank::new(&[lex.name_context.title_first_words()]);
        let occurrences = bank.scan(&doc.norm.text, doc.sentences.iter().map(|s| s.range.clone()));
        lex.name_context.find(&doc, &found, &g.given_names, scan.then(|| occurrences.of(slots[0])))
    }

    fn with_title_scan(text: &str) -> Vec<Candidate> {
        with_and_without_title_scan(text, true)
    }

    fn without_title_scan(text: &str) -> Vec<Candidate> {
        with_and_without_title_scan(text, false)
    }

    proptest::proptest! {
        /// Passing over the clauses where the scan found no title's first word loses no
        /// candidate: titles with و and ل before them, glued to a comma or a digit, cut by
        /// a sentence's end.
        #[test]
        fn the_title_scan_loses_no_candidate(
            words in proptest::collection::vec("وزير|الوزير|والوزير|للوزير|الجنرال|والجنرال|الباحث|كريم|بوسلهام|يوسف|الكتاني|الخارجية|في|و|،|,|\\.|\n|3|x", 0..24),
            glue in proptest::collection::vec(proptest::bool::ANY, 24),
        ) {
            let mut text = String::new();
            for (w, glued) in words.iter().zip(&glue) {
                if !glued {
                    text.push(' ');
                }
                text.push_str(w);
            }
            proptest::prop_assert_eq!(with_title_scan(&text), without_title_scan(&text), "{:?}", text);
        }
    }
}
