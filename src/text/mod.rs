//! The text stage: one decoded article becomes a [`Document`] — normalised text with a map back
//! to the original, boilerplate lines set aside, sentences and clauses — which every extraction
//! stage reads.

pub mod clause;
pub mod clean;
pub mod lang;
pub mod lexmatch;
pub mod normalize;
pub mod segment;

use std::ops::Range;

use crate::corpus::{Article, LineIndex};
use normalize::NormText;
use clean::Boilerplate;
use lang::{Lang, LanguageWords};
use segment::Sentence;

/// An article ready for extraction.
#[derive(Debug, Clone)]
pub struct Document {
    /// The article as read.
    pub article: Article,
    /// Line starts of the original text.
    pub lines: LineIndex,
    /// The whole text in normal form (boilerplate included, so offsets stay simple).
    pub norm: NormText,
    /// Sentences of the non-boilerplate lines, in text order.
    pub sentences: Vec<Sentence>,
    /// Boilerplate lines set aside: 1-based line number and the id of the rule that matched.
    pub boilerplate: Vec<(usize, String)>,
    /// The article's language, detected from its letters and words ([`LanguageWords::detect`];
    /// the caller may force another, `--lang`). The stages read every sentence with every
    /// language's rules; a reading only one language has (a French verb ending) asks it.
    pub lang: Lang,
}

impl Document {
    /// Normalise, clean and segment an article, setting aside the lines the boilerplate rules
    /// know, and tell its language (pass the [`crate::data::Lexicons`], which hold both).
    pub fn new<L: AsRef<Boilerplate> + AsRef<LanguageWords>>(article: Article, lexicons: &L) -> Document {
        let rules: &Boilerplate = lexicons.as_ref();
        let norm = normalize::normalize(&article.text);
        let lines = LineIndex::new(&article.text);
        let mut sentences = Vec::new();
        let mut boilerplate = Vec::new();
        // Normalisation keeps line breaks one for one, so normalised lines are original lines.
        let mut offset = 0;
        let lines_of_the_page: Vec<&str> = norm.text.split('\n').collect();
        let mut cleaner = rules.cleaner_for(&lines_of_the_page);
        for (i, line) in lines_of_the_page.iter().copied().enumerate() {
            let range = offset..offset + line.len();
            offset = range.end + 1;
            let rule = cleaner.rule_for(line);
            if line.trim().is_empty() {
                continue;
            }
            if crate::budget::expired() {
                break;
            }
            if let Some(rule) = rule {
                boilerplate.push((i + 1, rule.id.clone()));
                continue;
            }
            for mut s in segment::split_sentences(line) {
                s.range = s.range.start + range.start..s.range.end + range.start;
                for c in &mut s.clauses {
                    *c = c.start + range.start..c.end + range.start;
                }
                sentences.push(s);
            }
        }
        let languages: &LanguageWords = lexicons.as_ref();
        let lang = languages.detect(&norm.text);
        Document { article, lines, norm, sentences, boilerplate, lang }
    }

    /// The original text of a normalised byte range, exactly as written.
    pub fn original(&self, range: Range<usize>) -> &str {
        &self.article.text[self.original_range(range)]
    }

    /// The original byte range of a normalised byte range.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        self.norm.original_range(range.start, range.end, &self.article.text)
    }

    /// The 1-based original line of normalised byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines.line_of(self.norm.original_offset(offset))
    }

    /// The normalised text of a range.
    pub fn text(&self, range: Range<usize>) -> &str {
        &self.norm.text[range]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Lexicons;

    #[test]
    fn boilerplate_lines_are_set_aside_and_lines_kept() {
        let article = Article::from_text("a.txt", "Sorry, you need to enable JavaScript to visit this website.\r\n\r\nوقع «غانتس» الاتفاق.\r\nاقرأ أيضاً : خبر آخر\n");
        let doc = Document::new(article, &Lexicons::builtin());
        assert_eq!(doc.boilerplate.iter().map(|b| b.0).collect::<Vec<_>>(), [1, 4]);
        assert_eq!(doc.sentences.len(), 1);
        let s = &doc.sentences[0];
        assert_eq!(doc.original(s.range.clone()), "وقع «غانتس» الاتفاق.");
        assert_eq!(doc.line_of(s.range.start), 3);
    }
}
