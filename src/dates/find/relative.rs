//! Days and periods named from the anchor: weekdays with their direction or date ("الخميس
//! المقبل", "يوم الجمعة في 16 يوليو"), relative days ("أمس الأربعاء 27 يوليوز الجاري") and
//! periods ("الشهر الماضي", "هذا العام").

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::ExprKind;

impl Parser<'_> {
    /// A weekday, with its time of day, direction or date: "عصر الأربعاء", "الخميس المقبل",
    /// "يوم الجمعة في 16 يوليو", "الخميس الموافق 14 شهر شباط".
    pub(super) fn weekday(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let this = self.is(j, |w| w == Word::This);
        if let Some(e) = this {
            j = e;
        }
        if let Some(e) = self.is(j, |w| w == Word::TimeOfDay) {
            j = e;
        }
        if let Some(e) = self.is(j, |w| w == Word::DayWord) {
            j = e;
        }
        let (Word::Weekday(wd), n) = self.word(j, |w| matches!(w, Word::Weekday(_)))? else { return None };
        if wd == chrono::Weekday::Mon && i > 0 && j == i && self.is(i - 1, |w| w == Word::NotWeekdayBefore).is_some() {
            return None;
        }
        j += n;
        let mut offset = this.map(|_| 0);
        if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            offset = Some(o);
            j += n;
        }
        if let Some((mut cal, e)) = self.date_after(j) {
            cal.weekday = Some(wd);
            return Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: None, rule: "weekday-date" });
        }
        if offset.is_some() {
            return Some(Cand { start: i, end: j, kind: ExprKind::Weekday { weekday: wd, offset }, part: None, rule: "weekday-direction" });
        }
        // الخميس والجمعة المقبلين: the direction after the second weekday is the first's too.
        if let Some((Word::Weekday(_), n)) = self.word(j, |w| matches!(w, Word::Weekday(_)))
            && self.toks[j].text.starts_with('و')
            && let Some((Word::Dir(o), _)) = self.word(j + n, |w| matches!(w, Word::Dir(_)))
        {
            return Some(Cand {
                start: i,
                end: j,
                kind: ExprKind::Weekday { weekday: wd, offset: Some(o) },
                part: None,
                rule: "weekday-shared-direction",
            });
        }
        Some(Cand { start: i, end: j, kind: ExprKind::Weekday { weekday: wd, offset: None }, part: None, rule: "weekday" })
    }

    /// A relative day with its weekday and date: "أمس", "اليوم الثلاثاء", "أمس الأربعاء 27
    /// يوليوز الجاري".
    pub(super) fn relday(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        // صباح الغد is an entry of its own; مساء أمس and يوم أمس are a time of day (or يوم) and
        // a relative day.
        if self.is(j, |w| matches!(w, Word::RelDay(_))).is_none() {
            j = self.is(j, |w| matches!(w, Word::TimeOfDay | Word::DayWord))?;
        }
        let (Word::RelDay(days), n) = self.word(j, |w| matches!(w, Word::RelDay(_)))? else { return None };
        // اليوم الوطني، اليوم التالي، اليوم الأول: "the day" with an adjective is not today; غدا
        // المغرب شريكا: غدا before its subject is the verb "became", not tomorrow.
        let word = self.toks[j].text;
        if n == 1
            && (days == 0 && word.ends_with("اليوم") || days == 1 && word.ends_with("غدا"))
            && let Some(next) = self.toks.get(j + 1)
        {
            // غدا الساعة السابعة، اليوم الخميس: a weekday, a direction or a clock time after it
            // keeps it a day.
            let dated = next.matches.iter().any(|&(e, _)| {
                matches!(
                    self.lex.entry(e as usize).word,
                    Word::Weekday(_) | Word::Dir(_) | Word::HourWord | Word::ClockHour(_) | Word::DayPeriod(_)
                )
            });
            if next.text.starts_with("ال") && !dated {
                return None;
            }
        }
        j += n;
        let mut weekday = None;
        let mut date = None;
        let mut k = j;
        if self.punct(k, &[',', '،']) {
            k += 1;
        }
        if let Some(e) = self.is(k, |w| w == Word::DayWord) {
            k = e;
        }
        // اليوم (الإثنين): the weekday in brackets, as some papers print it.
        let bracketed = self.punct(k, &['(']) && self.punct(k + 2, &[')']);
        if bracketed {
            k += 1;
        }
        if let Some((Word::Weekday(wd), n)) = self.word(k, |w| matches!(w, Word::Weekday(_))) {
            weekday = Some(wd);
            j = k + n + usize::from(bracketed);
            if let Some((mut cal, e)) = self.date_after(j).filter(|_| !bracketed) {
                cal.weekday = Some(wd);
                date = Some(cal);
                j = e;
            }
        }
        Some(Cand { start: i, end: j, kind: ExprKind::Relative { days, weekday, date }, part: None, rule: "relative-day" })
    }

    /// Periods: "الشهر الماضي", "هذا العام", "في وقت سابق من هذا الشهر".
    pub(super) fn period(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        let earlier = self.is(j, |w| w == Word::Earlier);
        if let Some(e) = earlier {
            j = e;
        }
        let this = self.is(j, |w| w == Word::This);
        if let Some(e) = this {
            j = e;
        }
        let (Word::Period(unit), n) = self.word(j, |w| matches!(w, Word::Period(_)))? else { return None };
        j += n;
        let offset = if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            j += n;
            o
        } else if this.is_some() {
            0
        } else if let Some(e) = self.is(j, |w| w == Word::This) {
            // الأسبوع هذا
            j = e;
            0
        } else {
            return None;
        };
        let rule = if earlier.is_some() { "earlier-this-period" } else { "period" };
        Some(Cand { start: i, end: j, kind: ExprKind::Period { unit, offset }, part: None, rule })
    }
}
