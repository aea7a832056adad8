//! Dates of a cited outlet's issue: «وفق ما أوردته الصحيفة في عددها الصادر 23 نوفمبر، وصل
//! الوزير أمس», "the paper said in its edition of 23 November that the minister arrived
//! yesterday", « le quotidien rapporte dans son édition du 23 novembre ». The date is the day
//! the source appeared: the page that cites it was written on it or after, but the act the
//! sentence tells keeps its own day (أمس), and the issue's day would otherwise be the nearest
//! date to its verb. Such a date is marked ([`DateMention::cited_edition`]) for the events to
//! leave it out.

use super::{DateMention, Parser};
use crate::dates::lexicon::Word;

impl Parser<'_> {
    /// Mark each of a sentence's `mentions` that starts right after an `edition` entry (the
    /// entry holds the words that may come between: الصادر يوم، édition du).
    pub(super) fn cited_editions(&self, mentions: &mut [DateMention]) {
        let toks = self.toks;
        // Where each `edition` entry ends (every length: "عددها الصادر" before "يوم الاثنين",
        // "عددها الصادر يوم" before "الاثنين").
        let edition_ends = |k: usize| toks[k].matches.iter().filter(|&&(e, _)| self.lex.entry(e as usize).word == Word::Edition).map(move |&(_, n)| k + n as usize);
        // Most sentences cite no issue: a sentence with no date, or no such entry, needs no look.
        if mentions.is_empty() {
            return;
        }
        let ends: Vec<usize> = (0..toks.len()).flat_map(edition_ends).collect();
        if ends.is_empty() {
            return;
        }
        for m in mentions.iter_mut() {
            let Some(first) = toks.iter().position(|t| t.start >= m.range.start) else { continue };
            if ends.contains(&first) {
                m.cited_edition = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::data::Lexicons;
    use crate::dates::find_dates;
    use crate::text::Document;

    /// (name, text, the date phrase, whether it is a cited issue's day)
    const CASES: &[(&str, &str, &str, bool)] = &[
        ("ar issue with its date", "ونقلت الصحيفة في عددها الصادر 12 مارس أن الوفد حل بالرباط أمس.", "12 مارس", true),
        ("ar issue on a day", "وكتبت اليومية في عددها الصادر يوم الاثنين أن المباحثات ستستأنف.", "الاثنين", true),
        ("ar act keeps its own day", "ونقلت الصحيفة في عددها الصادر 12 مارس أن الوفد حل بالرباط أمس.", "أمس", false),
        ("ar a number is no issue", "وبلغ عدد الاتفاقيات الموقعة 12 اتفاقية في مارس الماضي.", "مارس الماضي", false),
        ("ar a date alone", "وصل الوفد إلى الرباط يوم 12 مارس 2021.", "12 مارس 2021", false),
        ("en edition of", "The daily said in its edition of 4 May that the envoy had landed the day before.", "4 May", true),
        ("en an issue raised", "The minister arrived on 4 May to discuss the issue of water.", "4 May", false),
        ("fr édition du", "Le quotidien affirme dans son édition du 4 mai que l'émissaire est arrivé la veille.", "4 mai", true),
    ];

    #[test]
    fn cited_issue_days_are_marked() {
        let lex = Lexicons::builtin();
        for (name, text, phrase, expected) in CASES {
            let doc = Document::new(Article::from_text("t.txt", text), &lex);
            let mentions = find_dates(&doc, &lex.dates);
            let phrase = crate::text::normalize::normalize(phrase).text.to_lowercase();
            let m = mentions.iter().find(|m| doc.norm.text[m.range.clone()].to_lowercase().contains(&phrase));
            let Some(m) = m else { panic!("{name}: no mention of {phrase:?} in {mentions:#?}") };
            assert_eq!(m.cited_edition, *expected, "{name}: {m:#?}");
        }
        crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
    }
}
