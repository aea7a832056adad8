//! A same-day cut-off: a story that tells its lede's day ("أبرم البلدان، الخميس 15 يوليو
//! 2021، اتفاقا") and then what had not yet happened by a moment of the writing day ("وإلى
//! حدود الساعة 21:00، لم تصدر السلطات أي توضيح", "حتى ساعة كتابة هذا الخبر") was written on
//! that day: the cut-off is a clock time of the writing day, and the only day the story gives
//! for it is the lede's. The cut-off phrases are `cutoff` rows of lexicons/date_words.csv.

use chrono::{Datelike, NaiveDate};

use crate::text::Document;

use super::super::find::DateMention;
use super::super::lexicon::{DateLexicon, Word};
use super::super::tokens::{Tok, tokenize};
use super::infer::{Bounds, publication_weekday};
use super::page::Page;
use super::quotes::{inside, quoted_spans};

/// The writing day a same-day cut-off fixes, with the lede's date it takes: the story's first
/// day-date (not on a date line) when it is also the latest day the story reports (an older
/// day first, a background date, would leave the lede's day unknown), and a cut-off phrase
/// after it, in the story's own lines and the writer's own words (not inside quotation marks:
/// a speaker's "until now" is the speaker's day). The weekday the story's "اليوم الأربعاء"
/// implies, if any, must be that day's.
pub(super) fn written_on_the_day<'m>(doc: &Document, lex: &DateLexicon, page: &Page, mentions: &'m [DateMention]) -> Option<(NaiveDate, &'m DateMention)> {
    let bounds = Bounds::read(mentions);
    let latest = bounds.after?;
    let i = bounds.lede(mentions).filter(|&i| !page.holds_not_the_story(&mentions[i]))?;
    let lede = bounds.days.iter().find(|d| d.1 == i)?.0;
    if lede != latest || publication_weekday(mentions).is_some_and(|wd| wd != lede.weekday()) || !bounds.admits(lede) {
        return None;
    }
    let m = &mentions[i];
    let text = &doc.norm.text;
    let toks = tokenize(text, m.range.end..text.len(), lex);
    let quotes = quoted_spans(&doc.article.text);
    let cut = (0..toks.len()).any(|k| {
        cutoff_at(&toks, k, lex) && {
            let at = toks[k].start;
            !page.holds_not_the_story_at(at) && !inside(&quotes, doc.original_range(at..toks[k].end).start)
        }
    });
    cut.then_some((lede, m))
}

/// Whether a cut-off phrase opens at token `k`: one complete alone ("حتى ساعة كتابة هذا
/// الخبر"), or one followed by a clock time ("إلى حدود الساعة الـ21:00", "حتى الساعة العاشرة
/// ليلا").
fn cutoff_at(toks: &[Tok], k: usize, lex: &DateLexicon) -> bool {
    toks[k].matches.iter().any(|&(e, n)| match lex.entry(e as usize).word {
        Word::Cutoff { clock: false } => true,
        Word::Cutoff { clock: true } => {
            // The article of "الـ21:00" may stand apart from its number.
            let at = k + n as usize;
            let at = if toks.get(at).is_some_and(|t| matches!(t.text, "ال" | "الـ")) { at + 1 } else { at };
            toks.get(at).is_some_and(|t| {
                t.num.is_some() || t.text.bytes().any(|b| b.is_ascii_digit()) || t.matches.iter().any(|&(h, _)| matches!(lex.entry(h as usize).word, Word::ClockHour(_)))
            })
        }
        _ => false,
    })
}
