//! English and French weekdays counted by weeks from the nearest one: "a week from Thursday", "a
//! week on Friday", "two weeks from Monday" (after the coming one), "a week ago Sunday", "a week
//! last Tuesday" (before the last one), "two Sundays ago", "three Fridays ago", « il y a deux
//! dimanches » (the weekday itself counted). Each is the weekday with a direction beyond the
//! next or last one ([`ExprKind::Weekday`] with offset ±2, ±3, …): "a week ago Sunday" is "the
//! Sunday before last".
//!
//! Read beside [`super::latin::candidates`] by the parser; every rule starts on a Latin-script token.

use chrono::Weekday;

use super::super::lexicon::Word;
use super::super::value::{ExprKind, Unit};
use super::{Cand, Parser};

/// Words between a count of weeks and a weekday that count ahead of the coming one ("a week
/// from Thursday", "a week on Friday").
const WEEKS_AHEAD_OF: [&str; 2] = ["from", "on"];

/// Words between a count of weeks and a weekday that count back from the last one ("a week ago
/// Sunday", "a week last Tuesday").
const WEEKS_BACK_FROM: [&str; 2] = ["ago", "last"];

/// The most weekdays counted back or ahead ("three Fridays ago"): a larger count is a tally
/// ("a dozen Sundays ago" is no day anyone dates by).
const MOST_WEEKDAYS_COUNTED: i32 = 8;

/// The readings of this module at token `i`.
pub(super) fn candidates(p: &Parser, i: usize) -> [Option<Cand>; 2] {
    [weeks_from_weekday(p, i), weekdays_ago(p, i)]
}

/// "a week from Thursday", "two weeks on Friday", "a week ago Sunday", "a week last Tuesday":
/// that many weeks after the coming weekday, or before the last one. Not before a possessive
/// ("a week from Monday's talks" counts from the talks).
fn weeks_from_weekday(p: &Parser, i: usize) -> Option<Cand> {
    let ((weeks, Some(Unit::Week)), k) = p.counted(i)? else { return None };
    let t = p.toks.get(k)?;
    let sign = if t.lowercase_is_one_of(&WEEKS_AHEAD_OF) {
        1
    } else if t.lowercase_is_one_of(&WEEKS_BACK_FROM) {
        -1
    } else {
        return None;
    };
    let (weekday, end) = weekday_at(p, k + 1)?;
    if p.punct(end, &['\'', '’']) {
        return None;
    }
    let kind = ExprKind::Weekday { weekday, offset: Some(sign * (weeks + 1)) };
    (1..MOST_WEEKDAYS_COUNTED).contains(&weeks).then_some(Cand { start: i, end, kind, part: None, rule: "weeks-from-weekday" })
}

/// "two Sundays ago", "three Fridays ago", « il y a deux dimanches »: the weekday counted back
/// from the last one (the last is one ago).
fn weekdays_ago(p: &Parser, i: usize) -> Option<Cand> {
    // « il y a deux dimanches »: the French "ago" comes first.
    let (french, k) = match p.word(i, |w| w == Word::Ago(-1)) {
        Some((_, n)) if !p.toks[i].lowercase_is_one_of(&["ago"]) => (true, i + n),
        _ => (false, i),
    };
    let (count, k) = p.count(k)?;
    let weekday = plural_weekday(p, k)?;
    let end = if french {
        k + 1
    } else if p.toks.get(k + 1).is_some_and(|t| t.lowercase_is_one_of(&["ago"])) {
        k + 2
    } else {
        return None;
    };
    let kind = ExprKind::Weekday { weekday, offset: Some(-count) };
    (2..=MOST_WEEKDAYS_COUNTED).contains(&count).then_some(Cand { start: i, end, kind, part: None, rule: "weekdays-ago" })
}

/// A weekday name at `k`: (weekday, end).
fn weekday_at(p: &Parser, k: usize) -> Option<(Weekday, usize)> {
    match p.word(k, |w| matches!(w, Word::Weekday(_)))? {
        (Word::Weekday(w), n) => Some((w, k + n)),
        _ => None,
    }
}

/// A weekday name in the plural at `k` ("Sundays", « dimanches »): the lexicon's name with an
/// s. Only here, after a count: alone "on Sundays" is every Sunday, no date.
fn plural_weekday(p: &Parser, k: usize) -> Option<Weekday> {
    let t = p.toks.get(k)?;
    if !t.is_latin() {
        return None;
    }
    let stem = t.text.strip_suffix('s')?;
    let lower = stem.to_lowercase();
    [stem, lower.as_str()].into_iter().find_map(|form| {
        p.lex.lookup(form).find_map(|e| match e.word {
            Word::Weekday(w) if e.rest.is_empty() => Some(w),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_weekday_counted_by_weeks_is_beyond_the_next_or_last() {
        // Wednesday 11 August 2021 and Tuesday 29 March 2022.
        for (phrase, reference, value) in [
            ("They will meet a week from Thursday.", "2021-08-11", "2021-08-19 day"),
            ("a week on Friday", "2022-03-29", "2022-04-08 day"),
            ("two weeks from Monday", "2021-08-11", "2021-08-30 day"),
            ("The deal was signed a week ago Sunday.", "2021-08-11", "2021-08-01 day"),
            ("a week last Tuesday", "2022-03-29", "2022-03-15 day"),
            ("He landed two Sundays ago", "2022-03-29", "2022-03-20 day"),
            ("three Fridays ago", "2022-03-29", "2022-03-11 day"),
            ("il y a deux dimanches", "2022-03-29", "2022-03-20 day"),
            ("Il est arrivé il y a trois mardis.", "2021-08-11", "2021-07-27 day"),
        ] {
            assert_eq!(read(phrase, reference), value, "{phrase}");
        }
    }

    #[test]
    fn weekdays_counted_as_a_tally_or_a_possessive_are_no_such_day() {
        // "on Sundays" is every Sunday; a count past a few is a tally; "Monday's" names an event.
        assert_eq!(read("The market closes on Sundays.", "2021-08-11"), "");
        assert_ne!(read("a week from Monday's talks", "2021-08-11"), "2021-08-23 day");
        assert_ne!(read("twenty Sundays ago", "2021-08-11"), "2021-03-28 day");
    }
}
