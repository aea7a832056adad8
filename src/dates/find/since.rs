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

impl Parser<'_> {
    /// Whether token `k` is "since" ([`SINCE_WORDS`]).
    pub(super) fn is_since(&self, k: usize) -> bool {
        self.toks[k].lowercase_is_one_of(&SINCE_WORDS)
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
