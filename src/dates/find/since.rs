//! Acts recalled after "since" to say how long something has lasted: «الذي يرأسه منذ وصوله إلى
//! الرباط في كانون الثاني الماضي», "who has headed it since he took up his post in January", « qui
//! le dirige depuis son arrivée en janvier ». The arrival is the start of a state that goes on to
//! the writing, told to date the state, not news of its own: the date closing such a recall is
//! marked ([`DateMention::since`]), and the events stage tells no arrival or visit between
//! "since" and it.

use super::{DateMention, Parser};
use crate::dates::value::{Calendar, ExprKind};

/// The words for "since" (any case): what follows began then and lasts.
const SINCE_WORDS: [&str; 4] = ["منذ", "ومنذ", "since", "depuis"];

/// The most tokens between "since" and the date of the act it recalls ("منذ وصوله إلى الرباط
/// في", "since he took up his post in"): a longer run is a clause of its own.
const SINCE_RECALL_TOKENS: usize = 8;

/// Articles that may stand between "since" and the date it opens when the date is read without
/// them: « depuis le 10 décembre », « depuis le lundi 20 ».
const ARTICLES_AFTER_SINCE: [&str; 2] = ["le", "the"];

impl Parser<'_> {
    /// Whether token `k` is "since" ([`SINCE_WORDS`]).
    pub(super) fn is_since(&self, k: usize) -> bool {
        self.toks[k].lowercase_is_one_of(&SINCE_WORDS)
    }

    /// Whether the date starting at token `at` follows "since", right before it or across an
    /// article (« depuis le 10 décembre »): it points back.
    pub(super) fn right_after_since(&self, at: usize) -> bool {
        match at {
            0 => false,
            1 => self.is_since(0),
            _ => self.is_since(at - 1) || self.toks[at - 1].lowercase_is_one_of(&ARTICLES_AFTER_SINCE) && self.is_since(at - 2),
        }
    }

    /// Mark each of a sentence's `mentions` that names no day (a month, a year: "في كانون الثاني
    /// الماضي", "in January") and closes a recall opened by "since" a few words before it in
    /// its clause, with at least a word between ("since 2003" is the date itself): the
    /// recalled act is the start of a state, not an event of that month. A recall dated to the
    /// day ("since the signing on 22 December 2020") names its event as any report does, and
    /// is left as it is.
    pub(super) fn since_recalls(&self, mentions: &mut [DateMention]) {
        for i in 0..mentions.len() {
            if !matches!(mentions[i].expr.kind, ExprKind::Calendar(Calendar { day: None, .. })) {
                continue;
            }
            let Some(at) = self.toks.iter().position(|t| t.start >= mentions[i].range.start) else { continue };
            let previous_end = i.checked_sub(1).map_or(0, |j| mentions[j].range.end);
            let since = (at.saturating_sub(SINCE_RECALL_TOKENS + 1)..at)
                .rev()
                .take_while(|&k| self.toks[k].start >= previous_end && !matches!(self.toks[k].text, "," | "،" | ";" | "؛" | "." | ":"))
                .find(|&k| self.is_since(k));
            if let Some(k) = since.filter(|&k| k + 1 < at) {
                mentions[i].since = Some(self.toks[k].start);
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

    /// (name, sentence, the date phrase, the words from "since" to it when it closes a recall,
    /// else empty).
    const SINCE_RECALLS: &[(&str, &str, &str, &str)] = &[
        ("arabic arrival", "يدير غوفرين المكتب منذ وصوله إلى الرباط في كانون الثاني الماضي.", "كانون الثاني الماضي", "منذ وصوله الي الرباط في"),
        ("arabic with waw and a verb", "ويتابع أوشبيز الملف، ومنذ أن زار الرباط في دجنبر الماضي يتردد عليها.", "دجنبر الماضي", "ومنذ ان زار الرباط في"),
        ("english taking up a post", "Govrin has led the office since he took up his post in January.", "January", "since he took up his post in"),
        ("english capitalised", "Since his arrival in Rabat in March 2021, Govrin has met dozens of officials.", "March 2021", "Since his arrival in Rabat in"),
        ("french arrival", "Il dirige le bureau depuis son arrivée en janvier.", "janvier", "depuis son arrivée en"),
        ("since right before the date is the date itself", "Il s'agit de la première visite depuis 2003.", "2003", ""),
        ("a day names its event", "Trade has grown since the signing on 22 December 2020.", "22 December 2020", ""),
        ("a comma ends the recall", "Govrin arrived in Rabat, and since then, in January, he has met officials.", "January", ""),
        ("too far from since", "Depuis que le ministre des Affaires étrangères du royaume a reçu son homologue israélien et ses conseillers en janvier, rien.", "janvier", ""),
        ("no since", "Govrin visited Rabat in January.", "January", ""),
    ];

    /// "Since" points back across an article too: « depuis le 10 décembre » on a page of August
    /// is the December before, as « depuis 10 décembre » and "since December 10" are.
    #[test]
    fn a_day_after_since_and_its_article_is_past() {
        use crate::dates::find::read_phrase as read;
        for (phrase, value) in [
            ("depuis le 10 décembre", "2020-12-10 day"),
            ("le bureau est fermé depuis le 25 novembre", "2020-11-25 day"),
            ("Il séjourne au Maroc depuis le 2 septembre.", "2020-09-02 day"),
            // Without "since" the nearest is ahead.
            ("le 10 décembre", "2021-12-10 day"),
        ] {
            assert_eq!(read(phrase, "2021-08-11"), value, "{phrase}");
        }
    }

    #[test]
    fn dates_closing_a_recall_after_since() {
        let lex = Lexicons::builtin();
        for (name, text, phrase, recall) in SINCE_RECALLS {
            let doc = Document::new(Article::from_text("a.txt", text), &lex);
            let norm = &doc.norm.text;
            let mentions = find_dates(&doc, &lex.dates);
            let m = mentions.iter().find(|m| norm[m.range.clone()].to_lowercase() == phrase.to_lowercase()).unwrap_or_else(|| panic!("{name}: {mentions:#?}"));
            let got = m.since.map_or("", |s| norm[s..m.range.start].trim_end());
            assert_eq!(got.to_lowercase(), recall.to_lowercase(), "{name}");
        }
        crate::test_support::assert_unique_names(SINCE_RECALLS.iter().map(|c| c.0));
    }
}
