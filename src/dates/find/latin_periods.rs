//! English and French dates placed within a period: a day of a month counted from the anchor's
//! ("the 3rd of this month", "le 15 du mois dernier"), a weekday of a week counted from it
//! ("Thursday next week", "Thursday week", "jeudi en huit", "jeudi de la semaine prochaine"), a
//! week of a month by its rank ("the first week of December", "la dernière semaine de
//! juillet"), and a season after a preposition ("au printemps", "en été", "in the spring").
//!
//! Read beside [`super::latin::candidates`] by the parser; every rule starts on a Latin-script token.

use super::super::lexicon::Word;
use super::super::value::{Calendar, ExprKind, NthOf, Unit};
use super::latin::{day, skip_comma, word_day, word_is, year_offset_after};
use super::{Cand, Parser};

/// The readings of this module at token `i`.
pub(super) fn candidates(p: &Parser, i: usize) -> [Option<Cand>; 4] {
    [day_of_counted_month(p, i), weekday_of_counted_week(p, i), rank_week_of_month(p, i), season_after_preposition(p, i)]
}

/// A month counted from the anchor's at `k`: "this month", "next month", "last month" (the
/// direction first), "mois dernier", "mois en cours", "ce mois" (the Arabic order, read by
/// [`Parser::period_direction`]): (offset, end).
fn counted_period(p: &Parser, k: usize, unit: Unit) -> Option<(i32, usize)> {
    if let Some((Word::Dir(o), n)) = p.word(k, |w| matches!(w, Word::Dir(_)))
        && let Some(e) = p.is(k + n, |w| w == Word::Period(unit))
    {
        return Some((o, e));
    }
    p.period_direction(k, unit)
}

/// "the 3rd of this month", "on the 20th of next month", "le 15 du mois dernier", "le 3 de
/// ce mois", "le 12 du mois en cours", "the first of next month", « le onze du mois
/// prochain »: that day of the month counted from the anchor's.
fn day_of_counted_month(p: &Parser, i: usize) -> Option<Cand> {
    let mut k = i;
    if word_is(p, k, &["on"]) {
        k += 1;
    }
    let the = word_is(p, k, &["the", "le"]);
    if the {
        k += 1;
    }
    // The day in digits ("the 3rd"), or as an ordinal word after its article ("the
    // twenty-first of next month", « le quinze de ce mois »): the article and the counted
    // month keep the word from ranking something else ("first of all").
    let (d, k) = match day(p, k) {
        Some(d) => (d, k + 1),
        // « le quinze de ce mois »: a French cardinal is a day after « le » too.
        None if the => word_day(p, k).or_else(|| word_is(p, k - 1, &["le"]).then(|| p.french_day_in_words(k)).flatten())?,
        None => return None,
    };
    if !word_is(p, k, &["of", "du", "de"]) {
        return None;
    }
    let (o, end) = counted_period(p, k + 1, Unit::Month)?;
    // "the first of this month's talks" ranks the talks.
    if p.punct(end, &['\'', '’']) {
        return None;
    }
    let cal = Calendar { day: Some(d), month_offset: Some(o), ..Calendar::default() };
    Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: "day-of-counted-month" })
}

/// A weekday of a week counted from the anchor's, the week after the day: "Thursday next
/// week", "Thursday of last week", "jeudi de la semaine prochaine"; and a weekday a week on
/// from its next occurrence: "Thursday week", "jeudi en huit", « jeudi en quinze » (a fortnight
/// on), "next Tuesday week" ([`ExprKind::WeekdayWeeksOn`]: written on a Friday, "Tuesday week"
/// is eleven days on, not the coming Tuesday of next week).
fn weekday_of_counted_week(p: &Parser, i: usize) -> Option<Cand> {
    // "next Tuesday week": the Tuesday a week after next Tuesday.
    let next = word_is(p, i, &["next"]);
    let w = if next { i + 1 } else { i };
    let (Word::Weekday(weekday), n) = p.word(w, |w| matches!(w, Word::Weekday(_)))? else { return None };
    let mut k = w + n;
    let weeks_on = |weeks: i32, end: usize| Some(Cand { start: i, end, kind: ExprKind::WeekdayWeeksOn { weekday, weeks }, part: None, rule: "weekday-weeks-on" });
    let week_after = word_is(p, k, &["week"]) && !p.punct(k + 1, &['-', '\'', '’']) && !word_is(p, k + 1, &["of"]);
    if next {
        return week_after.then(|| Cand { start: i, end: k + 1, kind: ExprKind::Weekday { weekday, offset: Some(2) }, part: None, rule: "weekday-weeks-on" });
    }
    if word_is(p, k, &["en"]) && word_is(p, k + 1, &["huit"]) {
        return weeks_on(1, k + 2);
    }
    if word_is(p, k, &["en"]) && word_is(p, k + 1, &["quinze"]) {
        // « vendredi en quinze »: the same weekday a fortnight on, one week after « en huit ».
        return weeks_on(2, k + 2);
    }
    if week_after {
        // "Thursday week" (not "Monday week-long talks", "Thursday week's", "the Tuesday week of").
        return weeks_on(1, k + 1);
    }
    if word_is(p, k, &["of", "de", "du"]) {
        k += 1;
    }
    if word_is(p, k, &["la"]) {
        k += 1;
    }
    let (week, end) = counted_period(p, k, Unit::Week)?;
    Some(Cand { start: i, end, kind: ExprKind::WeekdayOfWeek { weekday, week }, part: None, rule: "weekday-of-counted-week" })
}

/// A week of a month by its rank, the rank first: "the first week of December", "in the
/// second week of March 2021", "the last week of July", "la première semaine de décembre", "la
/// dernière semaine d'octobre" (the
/// Arabic "الأسبوع الأول من ديسمبر" puts the rank after).
fn rank_week_of_month(p: &Parser, i: usize) -> Option<Cand> {
    let j = if word_is(p, i, &["the", "la", "le"]) { i + 1 } else { i };
    let (rank, n) = super::latin::rank_at(p, j)?;
    if !(rank == -1 || (1..=5).contains(&rank)) {
        return None;
    }
    let e = p.is(j + n, |w| w == Word::Period(Unit::Week))?;
    // "of", "de", or "de" elided before a vowel: "la dernière semaine d'octobre".
    let of_end = if word_is(p, e, &["of", "de", "du"]) {
        e + 1
    } else if word_is(p, e, &["d"]) && p.punct(e + 1, &['\'', '’']) {
        e + 2
    } else {
        return None;
    };
    // "the first week of next month", « la dernière semaine du mois prochain »: of the month
    // counted from the anchor's.
    let Some((month, hijri, _, _, me)) = p.month(of_end) else {
        let (o, end) = counted_period(p, of_end, Unit::Month)?;
        let cal = Calendar { month_offset: Some(o), ..Calendar::default() };
        return Some(Cand { start: i, end, kind: ExprKind::Nth { n: rank, of: NthOf::Week, month: cal }, part: None, rule: "rank-week-of-counted-month" });
    };
    if hijri {
        return None;
    }
    let mut cal = Calendar { month: Some(month), ..Calendar::default() };
    let mut end = me;
    if let Some((y, false, ye)) = p.year(skip_comma(p, me)) {
        cal.year = Some(y);
        end = ye;
    } else if let Some((o, oe)) = year_offset_after(p, me) {
        cal.year_offset = Some(o);
        end = oe;
    } else if let Some((Word::Dir(o), dn)) = p.word(me, |w| matches!(w, Word::Dir(_))) {
        // "la première semaine de décembre dernier": the last December before the anchor.
        cal.month_offset = Some(o);
        end = me + dn;
    }
    Some(Cand { start: i, end, kind: ExprKind::Nth { n: rank, of: NthOf::Week, month: cal }, part: None, rule: "rank-week-of-month" })
}

/// Words after a season that make it a name, not a date: "au printemps arabe", "the Arab
/// spring" is read elsewhere; "au printemps de Prague", "in the spring of 1968" (a year after
/// "of" is read by the season rule itself, which is longer).
const NOT_SEASON_AFTER: &[&str] = &["arabe", "arabes", "arab", "de", "du", "des", "d", "of"];

/// A season after a preposition, with no year or direction: "au printemps", "à l'automne",
/// "en été", "en hiver", "in the spring", "in winter": the season of the anchor's year (the
/// one holding the anchor, else the nearest, as "this summer"). Alone a season word is no date
/// ("le printemps arabe", "été" the participle).
fn season_after_preposition(p: &Parser, i: usize) -> Option<Cand> {
    // "au printemps" is one lexicon entry; "à l'automne", "en été", "in the spring" are two or three.
    let j = if p.word(i, |w| matches!(w, Word::Season(_))).is_some() && word_is(p, i, &["au"]) {
        i
    } else if word_is(p, i, &["à", "en"]) {
        i + 1
    } else if word_is(p, i, &["in"]) {
        if word_is(p, i + 1, &["the"]) { i + 2 } else { i + 1 }
    } else {
        return None;
    };
    // "fall" is a verb as often as a season: only with its direction or year.
    if word_is(p, j, &["fall"]) {
        return None;
    }
    let c = p.season(j, true)?;
    if word_is(p, c.end, NOT_SEASON_AFTER) {
        return None;
    }
    Some(Cand { start: i, ..c })
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn an_ordinal_word_day_of_a_counted_month_is_that_day() {
        for (phrase, reference, day) in [
            ("talks resume on the twentieth of next month", "2021-08-11", "2021-09-20"),
            ("the fourth of this month", "2022-05-20", "2022-05-04"),
            ("le trente du mois dernier", "2021-08-11", "2021-07-30"),
            ("dès le premier du mois prochain", "2022-11-14", "2022-12-01"),
        ] {
            assert_eq!(read(phrase, reference), format!("{day} day"), "{phrase} @{reference}");
        }
        // Ranking what follows, no day.
        assert_eq!(read("the first of this month's two summits", "2022-05-20"), "2022-05 month");
    }

    #[test]
    fn a_week_of_a_counted_month_by_its_rank_is_that_week() {
        // Written on Monday 14 June 2021: July's first day is a Thursday, its week starts on
        // 28 June (a month's first week holds its first day, as "the first week of July").
        for phrase in ["the first week of next month", "in the first week of next month", "la première semaine du mois prochain", "the first week of July"] {
            assert_eq!(read(phrase, "2021-06-14"), "2021-06-28 week", "{phrase}");
        }
        assert_eq!(read("the last week of this month", "2021-06-14"), read("the last week of June", "2021-06-14"));
        assert_eq!(read("la deuxième semaine du mois dernier", "2021-06-14"), "2021-05-03 week");
        assert_eq!(read("the second week of last month", "2021-06-14"), read("the second week of May", "2021-06-14"));
    }

    #[test]
    fn a_weekday_a_week_on_counts_from_its_next_occurrence() {
        // Written on Friday 25 March 2022: the coming Tuesday is the 29th, a week on the 5th.
        assert_eq!(read("Tuesday week", "2022-03-25"), "2022-04-05 day");
        assert_eq!(read("lundi en huit", "2022-03-25"), "2022-04-04 day");
        assert_eq!(read("jeudi en quinze", "2022-03-25"), "2022-04-14 day");
        // Written on the weekday itself: a week from that day.
        assert_eq!(read("mardi en huit", "2022-03-29"), "2022-04-05 day");
        assert_eq!(read("Friday week", "2022-03-25"), "2022-04-01 day");
        // "next Tuesday week": a week after next Tuesday.
        assert_eq!(read("next Tuesday week", "2020-12-13"), "2020-12-22 day");
        // Written early in the week, as before: the weekday of next week.
        assert_eq!(read("Thursday week", "2021-08-10"), "2021-08-19 day");
    }
}

