//! Anniversaries told on the writing day: "يحل اليوم الأربعاء عام كامل على توقيع … يوم 22 ديسمبر
//! 2020", "Wednesday marks one year since …", « il y a un an jour pour jour, le 22 décembre 2020 ».
//! A count of years back to a day written in full fixes the writing day, which dates no event
//! of its sentence: read here, apart from the grammar, once a sentence's expressions are known.

use chrono::{Datelike, NaiveDate};

// "the first anniversary of the December 22, 2020 declaration": the written date years on.
mod of_date;

use super::{DateMention, Parser, Tok};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind, Tense, Unit};

/// The most words between the day an anniversary falls on and its count of years ("Wednesday
/// marks one year since", "Today marks the first anniversary of"; none in "يحل اليوم الأربعاء
/// عام كامل على").
const ANNIVERSARY_GAP_TOKENS: usize = 2;

impl Parser<'_> {
    /// Read the anniversaries of one sentence's `mentions` (`anniversary` rows): a count of
    /// years since a recalled day, told as falling on the writing day, with the recalled day
    /// written in full in the sentence. The writing day is the recalled day that many years
    /// on; the weekday named with it, if any, must be that day's:
    /// - "يحل اليوم الأربعاء عام كامل على توقيع … يوم 22 ديسمبر 2020", "Wednesday marks one year
    ///   since … on December 22, 2020", "Today marks the first anniversary of …": the day named
    ///   just before the count ("اليوم", "today", a bare weekday) is that day, written with
    ///   its date ("اليوم الأربعاء 22 ديسمبر 2021"), and dates no event
    ///   ([`DateMention::anniversary`]);
    /// - "il y a un an jour pour jour, le 22 décembre 2020", "two years ago to the day": the
    ///   counted years before the cue (value 0) are the recalled day, written as that day
    ///   counted back from the writing day ("أمس الأربعاء 27 يوليوز" is the same shape).
    ///
    /// A count without a day of the writing ("a year since the accords of December 2020") or
    /// without a recalled day in full says nothing of the writing day and is not read.
    pub(super) fn anniversaries(&self, mentions: &mut [DateMention]) {
        let toks = self.toks;
        let cue = |k: usize| {
            toks[k].matches.iter().find_map(|&(e, n)| match self.lex.entry(e as usize).word {
                Word::Anniversary(years) => Some((years, k + n as usize)),
                _ => None,
            })
        };
        // The count falls on a date told before it: a sentence with no date (most) has no
        // anniversary to read, and its tokens need no look.
        if mentions.is_empty() {
            return;
        }
        // Most sentences have no such count.
        let Some((k, (years, cue_end))) = (0..toks.len()).find_map(|k| cue(k).map(|c| (k, c))) else { return };
        let (at, end) = (toks[k].start, toks[cue_end - 1].end);
        // The recalled day: the first day written in full with its year in the sentence after
        // the cue, else before it ("le 22 décembre 2020, il y a un an jour pour jour").
        let full_day = |m: &DateMention| match m.expr.kind {
            ExprKind::Calendar(Calendar { day: Some(d), month: Some(mo), year: Some(y), hijri: false, .. }) => NaiveDate::from_ymd_opt(y, mo, d),
            _ => None,
        };
        // The mention just before the cue (a few words between: "Wednesday marks one year").
        let Some(before) = mentions.iter().rposition(|m| m.range.end <= at) else { return };
        let between: Vec<&Tok> = toks.iter().filter(|t| t.start >= mentions[before].range.end && t.end <= at).collect();
        // The day is the subject the count falls on ("Wednesday marks one year since"); a comma
        // between makes the count an aside about a day an event is told on ("met on Wednesday,
        // a year since …"), which keeps that event's day.
        if between.len() > ANNIVERSARY_GAP_TOKENS || between.iter().any(|t| matches!(t.text, "," | "،")) {
            return;
        }
        // A count read with its written date ("one year since December 22, 2020", of_date.rs)
        // recalls that date, the years taken back off.
        let of_date = mentions.iter().position(|m| m.rule == of_date::ANNIVERSARY_OF_DATE && m.range.start == at);
        let recalled_of_date = of_date.and_then(|j| full_day(&mentions[j])).and_then(|d| d.with_year(d.year() - years));
        let Some(recalled) = recalled_of_date.or_else(|| mentions.iter().filter(|m| m.range.start >= end).find_map(full_day)).or_else(|| mentions.iter().rev().filter(|m| m.range.end <= at).find_map(full_day)) else {
            // No recalled day in full ("تحل اليوم الذكرى الأولى لتوقيع الإعلان"): the day is still
            // the anniversary's and dates no event, but says nothing of the writing day.
            if matches!(mentions[before].expr.kind, ExprKind::Relative { days: 0, date: None, .. }) {
                mentions[before].anniversary = true;
            }
            // The years counted back to the day with no recalled day written ("il y a un an
            // jour pour jour, les ministres signaient", "two years ago to the day"): the
            // writing day that many years before, a day as "on this day last year" is, not the
            // year alone.
            if years == 0
                && let Some(offset) = years_back(mentions[before].expr.kind)
            {
                mentions[before].expr.kind = ExprKind::ThisDayOf { year: None, year_offset: Some(offset), month: false, months: 0 };
            }
            return;
        };
        let m = &mut mentions[before];
        let calendar = |d: NaiveDate| Calendar { year: Some(d.year()), month: Some(d.month()), day: Some(d.day()), ..Calendar::default() };
        match (years, m.expr.kind) {
            (0, kind) if years_back(kind).is_some() => {
                let Some(offset) = years_back(kind) else { return };
                let Some(writing) = recalled.with_year(recalled.year() - offset) else { return };
                let days = (recalled - writing).num_days() as i32;
                m.expr.kind = ExprKind::Relative { days, weekday: None, date: Some(calendar(recalled)) };
            }
            // "يحل اليوم": today whatever the tense of its verb; a bare weekday told as coming
            // ("Wednesday will mark one year") is a day after the writing.
            (1.., ExprKind::Relative { days: 0, date: None, .. }) | (1.., ExprKind::Weekday { offset: None, .. }) if !matches!(m.expr.kind, ExprKind::Weekday { .. }) || m.expr.tense != Some(Tense::Future) => {
                let weekday = match m.expr.kind {
                    ExprKind::Weekday { weekday, .. } => Some(weekday),
                    ExprKind::Relative { weekday, .. } => weekday,
                    _ => None,
                };
                let Some(writing) = recalled.with_year(recalled.year() + years) else { return };
                if weekday.is_some_and(|w| w != writing.weekday()) {
                    return;
                }
                m.expr.kind = ExprKind::Relative { days: 0, weekday, date: Some(calendar(writing)) };
                m.anniversary = true;
                // The day named is the anniversary's: the recalled date dates its own act again.
                if let Some(j) = of_date {
                    mentions[j].expr.kind = ExprKind::Calendar(calendar(recalled));
                }
            }
            _ => {}
        }
    }

}

/// The years a counted period goes back, before a cue that counts them to the day ("il y a un
/// an jour pour jour", "two years ago to the day"): the period as read, or the day it already
/// is when the cue made the count exact ([`Parser::exact_count`]).
fn years_back(kind: ExprKind) -> Option<i32> {
    match kind {
        ExprKind::Period { unit: Unit::Year, offset } | ExprKind::ThisDayOf { year: None, year_offset: Some(offset), month: false, months: 0 } => (offset < 0).then_some(offset),
        _ => None,
    }
}
