//! A day of the month told without its month: "on the 25th" (English, the nearest 25th by
//! the clause's tense, as the Arabic "يوم 25") and "le 11" (French: day 11 of the month named
//! just before, else of the anchor's month, as "22 من الشهر ذاته"; "le 11 dernier" is the last
//! 11th before the anchor). The words before the day (kind `day_alone_before`) and the words
//! that may follow it (kind `day_alone_next`) are lexicon rows.

use super::{Cand, Parser, latin};
use crate::dates::lexicon::Word;
use crate::dates::value::{ExprKind, Unit};

/// "on the 25th", "le 11", "le 11 dernier": the day alone, when what follows it leaves it a
/// day (the end, a punctuation mark that opens no number, or a `day_alone_next` word not
/// before a month: "the 25th of July" and "le 11 novembre" are read whole by other rules) and
/// no longer reading starts at the number ("le 11 et le 12 mars" is a range).
pub(super) fn day_alone(p: &Parser, i: usize) -> Option<Cand> {
    let (Word::DayAloneBefore(same_month), n) = p.word(i, |w| matches!(w, Word::DayAloneBefore(_)))? else { return None };
    let k = i + n;
    // English writes such a day with its ordinal ending ("on the 25th"; "on the 25" is a count).
    if !same_month && p.day(k).is_some() {
        return None;
    }
    let d = latin::day(p, k)?;
    let mut end = k + 1;
    let mut offset = None;
    if let Some((Word::Dir(o), m)) = p.word(end, |w| matches!(w, Word::Dir(_))).filter(|_| same_month) {
        offset = Some(o);
        end += m;
    }
    let fits = match p.toks.get(end) {
        None => true,
        Some(t) if !t.text.chars().next().is_some_and(char::is_alphanumeric) => {
            // "le 11/12", "le 11.30", "le 11-12": a number goes on.
            !p.punct(end, &['/', '.', '-', ':', '–', '%']) || p.toks.get(end + 1).is_none_or(|n| n.num.is_none())
        }
        Some(_) => offset.is_some() || p.is(end, |w| w == Word::DayAloneNext).is_some() && p.month(end + 1).is_none(),
    };
    fits.then_some(())?;
    if p.best_at(k).is_some_and(|c| c.end > end) {
        return None;
    }
    let kind = match (same_month, offset) {
        (true, None) => ExprKind::Same { unit: Some(Unit::Month), day: Some(d), month: None, days: 0 },
        _ => ExprKind::MonthDay { day: d, offset },
    };
    Some(Cand { start: i, end, kind, part: None, rule: "day-of-month-alone" })
}
