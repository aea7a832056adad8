//! Date lines: the lines of a page made of a date and little else (a publication line, an
//! update line, a date alone) and the agency datelines that open a paragraph ("الرباط - 24
//! نوفمبر 2021 (رويترز) -"). The anchor ([`super::anchor`]) reads the article's publication
//! date from the mentions marked here.

use crate::text::normalize::is_word_char;

use super::find::{DateLine, DateMention};
use super::lexicon::{DateLexicon, Word};
use super::tokens::{Tok, tokenize};
use super::value::{Calendar, ExprKind};

/// An agency dateline opening a paragraph: a place of one or two words, a separator, a full
/// date, then a separator or the agency ("الرباط - 24 نوفمبر 2021 (رويترز) - وقع…"). A date
/// after a preposition ("في 10 ديسمبر 2020، وقع") is not one: the place may not be a date word.
fn wire_dateline(toks: &[Tok], m: &DateMention) -> bool {
    let Some(first) = toks.iter().position(|t| t.start >= m.range.start) else { return false };
    let Some(after) = toks.iter().position(|t| t.start >= m.range.end).or(Some(toks.len())) else { return false };
    if !matches!(m.expr.kind, ExprKind::Calendar(Calendar { day: Some(_), .. })) {
        return false;
    }
    if !(2..=3).contains(&first) || !matches!(toks[first - 1].text, "-" | "،" | ":" | ",") {
        return false;
    }
    let place_ok =
        toks[..first - 1].iter().all(|t| t.text.chars().next().is_some_and(is_word_char) && t.num.is_none() && t.matches.is_empty());
    let end_ok = toks.get(after).is_none_or(|t| matches!(t.text, "(" | "-" | ":" | "،" | ","));
    place_ok && end_ok
}

/// The marks that cut a page's header line into fields.
const FIELD_SEPARATORS: [&str; 4] = ["|", "•", "·", "¦"];

/// Mark mentions that stand on a date line: a line made of dates, labels (نشر، آخر تحديث),
/// times, weekdays and at most two other words. The label before a mention gives its role.
pub(super) fn mark_date_lines(text: &str, lex: &DateLexicon, mentions: &mut [DateMention]) {
    let mut i = 0;
    while i < mentions.len() {
        let start = mentions[i].range.start;
        let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |p| start + p);
        let mut j = i;
        while j < mentions.len() && mentions[j].range.start < line_end {
            j += 1;
        }
        let toks = tokenize(text, line_start..line_end, lex);
        let in_mention = |t: &Tok| mentions[i..j].iter().any(|m| t.start >= m.range.start && t.end <= m.range.end);
        let mut other = 0;
        // Where the words that are not date material stand, and where the line is cut into
        // fields ("كتب: فلان | الاثنين 14 مارس 2022").
        let mut others_at: Vec<usize> = Vec::new();
        let mut field_cuts: Vec<usize> = Vec::new();
        let mut labels: Vec<(usize, DateLine)> = Vec::new();
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            if in_mention(t) {
                k += 1;
                continue;
            }
            let w = t.matches.first().map(|&(e, n)| (lex.entry(e as usize).word, n as usize));
            let label = t
                .matches
                .iter()
                .map(|&(e, n)| (lex.entry(e as usize).word, n as usize))
                .find(|(w, _)| matches!(w, Word::PublishedLabel | Word::UpdatedLabel));
            if let Some((lw, n)) = label {
                labels.push((t.start, if lw == Word::PublishedLabel { DateLine::Published } else { DateLine::Updated }));
                k += n;
                continue;
            }
            let known = t.num.is_some()
                || !t.text.chars().next().is_some_and(is_word_char)
                || matches!(w, Some((Word::Weekday(_) | Word::TimeOfDay | Word::GregMarker | Word::Link | Word::DayWord, _)))
                || matches!(
                    t.text,
                    "الساعه"
                        | "بتوقيت"
                        | "gmt"
                        | "utc"
                        | "am"
                        | "pm"
                        | "ص"
                        | "م"
                        | "مكه"
                        | "القدس"
                        | "غرينتش"
                        | "on"
                        | "at"
                        | "le"
                        | "في"
                );
            if !known {
                other += 1;
                others_at.push(t.start);
            }
            if FIELD_SEPARATORS.contains(&t.text) {
                field_cuts.push(t.start);
            }
            k += 1;
        }
        let role_of = |m: &DateMention| labels.iter().rev().find(|(p, _)| *p < m.range.start).map_or(DateLine::Plain, |l| l.1);
        if other <= 2 && toks.len() <= 24 {
            for m in &mut mentions[i..j] {
                m.dateline = Some(role_of(m));
            }
        } else if toks.len() <= 24 && !field_cuts.is_empty() {
            // A short line of fields (byline, reading time, date): a date whose field holds
            // nothing but date material is a date line.
            for m in &mut mentions[i..j] {
                let field_start = field_cuts.iter().rev().find(|&&c| c < m.range.start).copied().unwrap_or(line_start);
                let field_end = field_cuts.iter().find(|&&c| c >= m.range.end).copied().unwrap_or(line_end);
                if !others_at.iter().any(|&o| (field_start..field_end).contains(&o)) {
                    m.dateline = Some(role_of(m));
                }
            }
        } else if wire_dateline(&toks, &mentions[i]) {
            mentions[i].dateline = Some(DateLine::Plain);
        }
        i = j.max(i + 1);
    }
}
