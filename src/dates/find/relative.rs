//! Days and periods named from the anchor: weekdays with their direction or date ("الخميس
//! المقبل", "يوم الجمعة في 16 يوليو"), relative days ("أمس الأربعاء 27 يوليوز الجاري") and
//! periods ("الشهر الماضي", "هذا العام").

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, DateExpr, ExprKind, NthOf, Unit};

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
        let day_word = j > this.unwrap_or(i);
        let (wd, n, needs_dir) = match self.word(j, |w| matches!(w, Word::Weekday(_) | Word::DirWeekday(_)))? {
            (Word::Weekday(wd), n) => (wd, n, false),
            (Word::DirWeekday(wd), n) => (wd, n, !day_word),
            _ => return None,
        };
        if wd == chrono::Weekday::Mon && i > 0 && j == i && self.is(i - 1, |w| w == Word::NotWeekdayBefore).is_some() {
            return None;
        }
        j += n;
        if self.is(j, |w| w == Word::NotWeekdayAfter).is_some() {
            return None;
        }
        // « mardi soir dernier », "Tuesday evening last": a part of the day between the weekday
        // and its direction leaves the direction the weekday's (read only before one).
        if let Some(e) = self.is(j, |w| w == Word::DayPartAfter)
            && self.is(e, |w| matches!(w, Word::Dir(_))).is_some()
        {
            j = e;
        }
        // الحد alone is "the limit": a weekday only with its direction (or after يوم/نهار).
        if needs_dir && self.is(j, |w| matches!(w, Word::Dir(_))).is_none() {
            return None;
        }
        let mut offset = this.map(|_| 0);
        if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            offset = Some(o);
            j += n;
        } else if offset.is_none()
            && let Some(e) = self.is(j, |w| w == Word::This || w == Word::ThisAfter)
            && self.toks.get(e).is_none_or(|t| !t.text.starts_with("ال"))
        {
            // الخميس هذا (as هذا الخميس), but not "أعلن الخميس هذا القرار": هذا before a noun
            // is that noun's.
            offset = Some(0);
            j = e;
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

    /// The anchor's day or month in another year: "في مثل هذا اليوم من عام 1975", "مثل هذا
    /// الشهر من العام الماضي", "on this day in 1975", "this day last year", "à pareille date
    /// l'an dernier", "في مثل هذا اليوم قبل عامين", "on this day two years ago". Without the year it is no date here (the anchor's day is told by "today").
    pub(super) fn this_day_of(&self, i: usize) -> Option<Cand> {
        let (Word::ThisDay(month), n) = self.word(i, |w| matches!(w, Word::ThisDay(_)))? else { return None };
        let k = i + n;
        let text = |k: usize| self.toks.get(k).map(|t| t.text);
        let (year, year_offset, end) = if let Some((o, e)) = super::latin::year_offset_after(self, k) {
            (None, Some(o), e)
        } else if let Some((o, e)) = self.years_ago_at(k) {
            // "في مثل هذا اليوم قبل عامين", "on this day two years ago": the years counted back.
            (None, Some(o), e)
        } else if matches!(text(k), Some("in" | "en")) && let Some((y, false, e)) = self.year(k + 1) {
            (Some(y), None, e)
        } else {
            let (cal, e) = self.year_spec(k)?;
            (cal.year, cal.year_offset, e)
        };
        // العام alone after من is the current year: "this day of this year" is no other year.
        if year.is_none() && year_offset.is_none_or(|o| o == 0) {
            return None;
        }
        Some(Cand { start: i, end, kind: ExprKind::ThisDayOf { year, year_offset, month, months: 0 }, part: None, rule: "this-day-of-year" })
    }

    /// A count of years back at `k` ("قبل عامين", "two years ago", « il y a deux ans »): (the
    /// years as an offset, end).
    fn years_ago_at(&self, k: usize) -> Option<(i32, usize)> {
        let c = self.best_at(k).filter(|c| c.rule == "counted-ago")?;
        match c.kind {
            ExprKind::Period { unit: Unit::Year, offset } if offset < 0 => Some((offset, c.end)),
            _ => None,
        }
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
        // يومه الأربعاء 24 نونبر (Moroccan press: "this day, Wednesday") is today; without its
        // weekday يومه is "its day" (في يومه الأول، يومه العالمي).
        if n == 1 && days == 0 && word.ends_with("يومه") && self.is(j + 1, |w| matches!(w, Word::Weekday(_))).is_none() {
            return None;
        }
        if n == 1
            && (days == 0 && word.ends_with("اليوم") || days == 1 && word.ends_with("غدا"))
            && let Some(next) = self.toks.get(j + 1)
        {
            // غدا الساعة السابعة، اليوم الخميس: a weekday, a direction or a clock time after it
            // keeps it a day; so does an anniversary's count (تحل اليوم الذكرى الثانية).
            let dated = next.matches.iter().any(|&(e, _)| {
                matches!(
                    self.lex.entry(e as usize).word,
                    Word::Weekday(_) | Word::Dir(_) | Word::HourWord | Word::ClockHour(_) | Word::DayPeriod(_) | Word::Anniversary(_)
                )
            });
            // "جرى اليوم التوقيع", "استقبل اليوم الملك": right after a past verb (word kind
            // `past_verb`) اليوم is the verb's day, the definite noun its subject or object.
            let after_a_past_verb = j > 0 && self.is(j - 1, |w| w == Word::PastVerb).is_some();
            // "وصل الوزير اليوم إلى الرباط", "يصل غدا إلى تل أبيب", "لم يصل اليوم إلا الوفد":
            // إلى and إلا are written ال… once the hamza is normalised away, but they are a
            // range's end word (kind `range_to`) and an exception word (`except`), no article.
            let article = next.text.starts_with("ال")
                && !next.matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::RangeTo { .. } | Word::Except));
            if article && !dated && !after_a_past_verb {
                return None;
            }
            // ظهر اليوم نفسه، مساء اليوم ذاته: "the same day" with a part of the day before it
            // is the day told before, not the day of writing; the part of the day is kept in
            // the expression, as in ظهر أمس (a bare اليوم نفسه is read by `same_period`).
            if let Some(end) = self.is(j + 1, |w| w == Word::Same) {
                if j == i {
                    return None;
                }
                return Some(Cand { start: i, end, kind: ExprKind::Same { unit: None, day: None, month: None, days: 0 }, part: None, rule: SAME_PERIOD });
            }
        }
        // عالم اليوم، قادة الغد، أعداء الأمس: the genitive of an era noun is a time, not a day.
        // تحديات اليوم والغد: the second of two coordinated genitives too.
        let era_before = |k: usize| self.is(k, |w| w == Word::EraNoun).is_some();
        let coordinated = i > 1 && self.toks[i].text.starts_with('و') && self.is(i - 1, |w| matches!(w, Word::RelDay(_))).is_some() && era_before(i - 2);
        if n == 1 && j == i && i > 0 && (era_before(i - 1) || coordinated) {
            return None;
        }
        j += n;
        let mut weekday = None;
        let mut date = None;
        let mut k = j;
        if self.punct(k, crate::text::clause::COMMAS) {
            k += 1;
        }
        if let Some(e) = self.is(k, |w| w == Word::DayWord) {
            k = e;
        }
        // اليوم (الإثنين), "yesterday (Wednesday, Nov. 24)": the weekday, or the weekday and
        // its date, in brackets, as some papers print them.
        let bracketed = self.punct(k, &['(']);
        if bracketed {
            k += 1;
        }
        if let Some((Word::Weekday(wd), n)) = self.word(k, |w| matches!(w, Word::Weekday(_))) {
            let dated = self.date_after(k + n).map(|(cal, e)| (Calendar { weekday: Some(wd), ..cal }, e));
            let closes = |e: usize| !bracketed || self.punct(e, &[')']);
            let shut = usize::from(bracketed);
            match dated.filter(|&(_, e)| closes(e)) {
                Some((cal, e)) => (weekday, date, j) = (Some(wd), Some(cal), e + shut),
                None if closes(k + n) => (weekday, j) = (Some(wd), k + n + shut),
                None => {}
            }
        }
        Some(Cand { start: i, end: j, kind: ExprKind::Relative { days, weekday, date }, part: None, rule: "relative-day" })
    }

    /// Periods: "الشهر الماضي", "هذا العام", "في وقت سابق من هذا الشهر", "في وقت لاحق من
    /// العام" (the current one).
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
        // هالأسبوع، هالشهر: "this" written on the noun.
        if this.is_none()
            && let Some((Word::ThisPeriod(unit), n)) = self.word(j, |w| matches!(w, Word::ThisPeriod(_)))
        {
            return Some(Cand { start: i, end: j + n, kind: ExprKind::Period { unit, offset: 0 }, part: None, rule: "period" });
        }
        let (Word::Period(unit), n) = self.word(j, |w| matches!(w, Word::Period(_)))? else { return None };
        j += n;
        let offset = if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            j += n;
            o
        } else if this.is_some() {
            0
        } else if let Some(e) = self.is(j, |w| w == Word::This || w == Word::ThisAfter) {
            // الأسبوع هذا، الشهر ده
            j = e;
            0
        } else if earlier.is_some() {
            // في وقت لاحق من الأسبوع: "earlier in" or "later in" the period is the current one.
            0
        } else {
            return None;
        };
        let rule = if earlier.is_some() { "earlier-this-period" } else { "period" };
        Some(Cand { start: i, end: j, kind: ExprKind::Period { unit, offset }, part: None, rule })
    }

    /// The same period as a date named before: "الشهر نفسه", "في اليوم ذاته", "نفس العام",
    /// "ذات الأسبوع", "the same month", « la même année » ([`ExprKind::Same`], rule `same-period`); the finder then gives it the
    /// date named before it in the text, when there is one ([`same_as`]).
    pub(super) fn same_period(&self, i: usize) -> Option<Cand> {
        let same = |k: usize| self.is(k, |w| w == Word::Same);
        // نفس، ذات open the phrase; نفسه، ذاتها close it. A Latin-script one ("the same month",
        // « le même mois ») always opens it.
        let latin = |t: &str| !t.chars().any(crate::text::lang::is_arabic_letter);
        let opens = |k: usize| self.toks.get(k).is_some_and(|t| t.text.ends_with("نفس") || t.text.ends_with("ذات") || latin(t.text));
        let (j, before) = match same(i) {
            Some(e) if opens(i) => (e, true),
            Some(_) => return None,
            None => (i, false),
        };
        let (unit, mut end) = if let Some((Word::Period(unit), n)) = self.word(j, |w| matches!(w, Word::Period(_))) {
            (Some(unit), j + n)
        } else if self.toks.get(j).is_some_and(|t| t.text.ends_with("اليوم")) && self.is(j, |w| w == Word::RelDay(0)).is_some() {
            (None, j + 1)
        } else {
            return None;
        };
        if !before {
            end = same(end).filter(|_| !opens(end))?;
        }
        Some(Cand { start: i, end, kind: ExprKind::Same { unit, day: None, month: None, days: 0 }, part: None, rule: SAME_PERIOD })
    }

    /// A day told by the date before it, days after it (lexicon kind `same_day`): "اليوم
    /// التالي", "في اليوم السابق", "the same day", "later that day", "the next day"
    /// ([`ExprKind::Same`]).
    pub(super) fn same_day(&self, i: usize) -> Option<Cand> {
        let (word, n) = self.word(i, |w| matches!(w, Word::SameDay(_) | Word::ThatDay | Word::StoryDay | Word::TheSameDay | Word::SameDayPart))?;
        let (days, rule) = match word {
            Word::SameDay(days) => (days, SAME_DAY),
            Word::ThatDay => (0, SAME_DAY_THAT),
            Word::StoryDay => (0, SAME_DAY_STORY),
            Word::TheSameDay => (0, SAME_DAY_SAME),
            _ => (0, SAME_DAY_PART),
        };
        // "la veille de son départ", "le lendemain de la signature": the day is told by the
        // event named after it, not by the date before it.
        if self.is(i + n, |w| w == Word::EventOf).is_some() {
            return None;
        }
        // «بعد ساعات من هبوط الطائرة»: hours after the event named next, not after the
        // writing: a reading that gives way to its sentence's own date (the sentence reader
        // drops it beside one), and keeps its reading alone, the date before it being where the
        // event is told. «بعد ساعات من ذلك» (`shift` 0, a back-reference) is the date before.
        let rule = if self.is(i + n, |w| w == Word::EventAfter).is_some() && self.is(i + n, |w| w == Word::Shift(0)).is_none() { SAME_DAY_AFTER_EVENT } else { rule };
        // "the day before the summit", "two days after his arrival", "deux jours après la
        // signature": a count before or after an event named next is that event's date moved,
        // not the date before it moved (nor the anchor's): no date.
        if matches!(self.toks[i + n - 1].text, "before" | "after" | "avant" | "après")
            && self.is(i + n, |w| w == Word::Determiner).is_some()
        {
            return None;
        }
        // "in the afternoon on Tuesday", "بعد الظهر يوم الثلاثاء", "في المساء أمس": a part of
        // the day followed by its day is that day's (read by the day's own rule), not the
        // story's day told before.
        if days == 0 && self.day_named_at(i + n) {
            return None;
        }
        Some(Cand { start: i, end: i + n, kind: ExprKind::Same { unit: None, day: None, month: None, days }, part: None, rule })
    }

    /// A day told by the date before it, moved by a count of days or weeks (lexicon kind
    /// `shift`): the count first in English and French ("four days later", "ten days
    /// afterwards", "trois semaines auparavant", "cinq jours plus tôt"), the shift word first
    /// and the count governed by ب in Arabic ("بعد ذلك بأربعة أيام", "قبلها بعشرة أيام",
    /// "وبعدها بأسبوعين"). The grammar, where the `same_day` rows list a few such phrases
    /// whole ("two days later", "بعد ذلك بيومين"): any count reads. Months and years are left
    /// out (only a day has a next day: [`same_as`] keeps a month told before as it is), and
    /// so is a count left unsaid ("بعد ذلك بأيام", "days later": vague). "after", "before",
    /// "après", "avant" must close the phrase ("deux jours après, il …"): before a noun or a
    /// clause they move that event's day ("four days before elections"), no date here.
    pub(super) fn counted_shift(&self, i: usize) -> Option<Cand> {
        // بعد ذلك بثلاثة أيام: the count right after, its first word with ب.
        let (sign, k) = self.shift_word(i)?;
        self.toks.get(k).is_some_and(|t| t.text.starts_with('ب')).then_some(())?;
        let ((count, unit), end) = self.shift_count(k)?;
        shifted(i, end, sign, count, unit)
    }

    /// The count of a shift at `j`: [`Parser::counted`], or hours that make whole days, as
    /// wire copy counts them ("48 hours later", « 72 heures plus tôt », «بعد ذلك بـ48 ساعة»):
    /// that many days. Other hours ("two hours later") are no count of days: the `same_day`
    /// rows read "hours later" as the day told before.
    fn shift_count(&self, j: usize) -> Option<((i32, Option<Unit>), usize)> {
        const DAY: i64 = 24 * 60;
        self.counted(j).or_else(|| {
            let (minutes, _, end) = self.clock_amount(j)?;
            (minutes > 0 && minutes % DAY == 0).then_some(((i32::try_from(minutes / DAY).ok()?, None), end))
        })
    }

    /// [`Parser::counted_shift`] in the English and French order, the count first: "four days
    /// later", « trois semaines auparavant » (read beside the Latin rules).
    pub(super) fn counted_shift_latin(&self, i: usize) -> Option<Cand> {
        let ((count, unit), k) = self.shift_count(i)?;
        let (sign, end) = self.shift_word(k)?;
        if matches!(self.toks[end - 1].text, "after" | "before" | "après" | "apres" | "avant")
            && self.toks.get(end).is_some_and(|t| !self.punct(end, &[',', '.', ';', ')']) && t.text.chars().any(char::is_alphanumeric))
        {
            return None;
        }
        shifted(i, end, sign, count, unit)
    }

    /// A shift word of direction 1 or -1 at `j`: (sign, end).
    fn shift_word(&self, j: usize) -> Option<(i32, usize)> {
        match self.word(j, |w| matches!(w, Word::Shift(1 | -1)))? {
            (Word::Shift(sign), n) => Some((sign, j + n)),
            _ => None,
        }
    }

    /// Whether a weekday or a relative day stands at `j`, after at most one link word ("on",
    /// "of", يوم).
    fn day_named_at(&self, j: usize) -> bool {
        let day = |k: usize| self.is(k, |w| matches!(w, Word::Weekday(_) | Word::RelDay(_))).is_some();
        day(j) || self.is(j, |w| matches!(w, Word::Link | Word::DayWord | Word::YearPrep)).is_some_and(day)
    }
}

/// The rule name of [`Parser::same_day`]: a day told by the date before it.
pub const SAME_DAY: &str = "same-day";

/// The rule name of [`Parser::same_day`] for a day pointed back to by a demonstrative ("that
/// day", « ce jour-là », «في ذلك اليوم»): the nearest day told before it.
pub const SAME_DAY_THAT: &str = "same-day-that";

/// The rule name of [`Parser::same_day`] for the story's day told later in it ("earlier in the
/// day", « plus tard dans la journée »): a relative clause's day of a sentence before is
/// passed over.
pub const SAME_DAY_STORY: &str = "same-day-story";

/// The rule name of [`Parser::same_day`] for "the same day" said as a comparison ("on the
/// same day", « le même jour », «في نفس اليوم»; [`Word::TheSameDay`]): the day told before it,
/// and no date when the story tells none before it.
pub const SAME_DAY_SAME: &str = "same-day-same";

/// The rule name of [`Parser::same_day`] for a day word before the event it counts from
/// («بعد ساعات من هبوط الطائرة»): dropped beside a date of its own sentence.
pub(super) const SAME_DAY_AFTER_EVENT: &str = "same-day-after-event";

/// The rule name of [`Parser::same_day`] for a bare part of the day ("بعد الظهر", "in the
/// afternoon"): the story's day told before it, a recall in the pluperfect passed over.
pub const SAME_DAY_PART: &str = "same-day-part";

/// The rule name of [`Parser::counted_shift`].
pub(super) const COUNTED_SHIFT: &str = "counted-shift";

/// The reading of a counted shift from `start` to `end`: the date before moved by `sign` times
/// the count; none for months and years.
fn shifted(start: usize, end: usize, sign: i32, count: i32, unit: Option<Unit>) -> Option<Cand> {
    let days = sign * shift_days(count, unit)?;
    Some(Cand { start, end, kind: ExprKind::Same { unit: None, day: None, month: None, days }, part: None, rule: COUNTED_SHIFT })
}

/// The days a count of days or weeks stands for; none for months and years.
pub(super) fn shift_days(count: i32, unit: Option<Unit>) -> Option<i32> {
    match unit {
        None => Some(count),
        Some(Unit::Week) => Some(7 * count),
        Some(Unit::Month | Unit::Year) => None,
    }
}

/// The rule name of [`Parser::same_period`].
pub const SAME_PERIOD: &str = "same-period";

/// What an expression told by the date before it ([`ExprKind::Same`] with these fields) stands
/// for when `prev` is a date named before it: that date at the grain told ("في 5 مارس 2021 ...
/// الشهر نفسه" is March 2021; "في 22 من الشهر ذاته" day 22 of its month; "the next day" its
/// day shifted by one); `None` when it does not say that grain (a week of a named day, a year
/// of "مارس الماضي", a month of "عام 2000", a day of a month), and the finder then looks further
/// back.
pub(super) fn same_as(prev: &DateExpr, unit: Option<Unit>, (month, day): (Option<u32>, Option<u32>), days: i32) -> Option<DateExpr> {
    let calendar = |c: Calendar| -> Option<ExprKind> {
        match unit {
            // "نوفمبر من السنة نفسها": that month (and day) of the year told.
            Some(Unit::Year) if month.is_some() => (c.year.is_some() || c.year_offset.is_some())
                .then_some(ExprKind::Calendar(Calendar { month, day, weekday: None, month_offset: None, ..c })),
            None => c.day.map(|_| ExprKind::Calendar(c)),
            Some(Unit::Month) if day.is_some() => c.month.map(|_| ExprKind::Calendar(Calendar { day, weekday: None, ..c })),
            Some(Unit::Month) => c.month.map(|_| ExprKind::Calendar(Calendar { day: None, weekday: None, ..c })),
            Some(Unit::Year) => (c.year.is_some() || c.year_offset.is_some())
                .then_some(ExprKind::Calendar(Calendar { month: None, day: None, weekday: None, month_offset: None, ..c })),
            Some(Unit::Week) => None,
        }
    };
    // "في يوليوز الماضي … في غشت من العام نفسه": a month told without its year (a direction,
    // or the clause's tense, gives it) lends the year it falls in, known once anchored.
    let year_of_told = |c: Calendar| (unit == Some(Unit::Year) && c.month.is_some() && !c.hijri).then_some(ExprKind::OfYearTold { month, day: month.and(day), told: c });
    let kind = match prev.kind {
        ExprKind::Calendar(c) => calendar(c).or_else(|| year_of_told(c))?,
        // A range's first end takes the year or direction written once after the second, as
        // `resolve` places it (within a year's end the same).
        ExprKind::Range(a, b) => calendar(Calendar { year: a.year.or(b.year), year_offset: a.year_offset.or(b.year_offset), month_offset: a.month_offset.or(b.month_offset), ..a })?,
        k @ (ExprKind::Relative { .. } | ExprKind::Weekday { .. } | ExprKind::WeekdayOfWeek { .. } | ExprKind::WeekdayWeeksOn { .. } | ExprKind::MonthDay { .. }) if unit.is_none() => k,
        k @ ExprKind::HijriDay { day: Some(_), .. } if unit.is_none() => k,
        // "قبل سنة بالتمام والكمال … وفي اليوم نفسه", "on this day last year … the next day":
        // the anchor's day in another year is a day too.
        k @ ExprKind::ThisDayOf { month: false, .. } if unit.is_none() => k,
        k @ ExprKind::Nth { of: NthOf::Day | NthOf::Weekday(_), .. } if unit.is_none() => k,
        k @ ExprKind::Period { unit: u, .. } if Some(u) == unit && day.is_none() && month.is_none() => k,
        _ => return None,
    };
    // Only a day has a next day: a month or year told takes the period, not the shift.
    let shift = if unit.is_none() { prev.shift + days } else { 0 };
    Some(DateExpr { kind, part: None, tense: prev.tense, shift })
}

#[cfg(test)]
mod tests {
    /// What `phrase` reads as on 2021-08-11.
    fn read(phrase: &str) -> String {
        crate::dates::find::read_phrase(phrase, "2021-08-11")
    }

    /// Every expression of `text` told by the ones before it, resolved against `reference`.
    fn read_all(text: &str, reference: &str) -> Vec<String> {
        let lex = crate::data::Lexicons::builtin();
        let anchor = crate::dates::Anchor::given(chrono::NaiveDate::parse_from_str(reference, "%Y-%m-%d").unwrap());
        let norm = crate::text::normalize::normalize(text).text;
        crate::dates::find_in_text(&norm, &lex.dates)
            .iter()
            .map(|(_, e, _)| crate::dates::resolve(e, &anchor).map(|r| format!("{} {}", r.value, r.value.grain)).unwrap_or_default())
            .collect()
    }

    #[test]
    fn a_french_qui_vient_is_the_coming_one_and_qui_vient_de_passer_the_one_past() {
        // Written on Thursday 13 January 2022.
        for (phrase, value) in [
            ("les deux ministres se verront mardi qui vient", "2022-01-18 day"),
            ("la délégation arrivera la semaine qui vient", "2022-01-17 week"),
            ("le mois qui vient", "2022-02 month"),
            ("au cours de la semaine qui vient de s'écouler", "2022-01-03 week"),
            ("le mois qui vient de se terminer", "2021-12 month"),
        ] {
            assert_eq!(crate::dates::find::read_phrase(phrase, "2022-01-13"), value, "{phrase}");
        }
    }

    #[test]
    fn a_french_direction_after_its_period_points_back_before_a_link() {
        // French ranks before the noun (« le dernier mois de »): after it, « dernier » is the
        // last one past, « à Rabat » after it or not.
        for (phrase, reference, value) in [
            ("l'accord signé le mois dernier à Rabat", "2022-03-15", "2022-02 month"),
            ("le mois prochain à Marrakech", "2022-03-15", "2022-04 month"),
        ] {
            assert_eq!(read_all(phrase, reference).first().map(String::as_str), Some(value), "{phrase}");
        }
        // A rank before its noun is still one: no date.
        assert!(read_all("le dernier à signer l'accord", "2022-03-15").is_empty());
    }

    #[test]
    fn a_month_of_the_same_year_takes_the_year_of_a_month_told_by_its_direction() {
        for (text, reference, month) in [
            // probe23 a06: last July (2021, written in March 2022), then August of that year.
            ("دشنت الشركتان خطوطهما في يوليوز الماضي، ثم وقع البلدان اتفاقا في غشت من العام نفسه", "2022-03-13", "2021-08 month"),
            ("زار الوفد الرباط في نونبر الماضي، ثم عاد إليها في دجنبر من السنة ذاتها", "2022-03-31", "2021-12 month"),
            ("The office opened last July, and the minister visited in August of the same year.", "2022-03-31", "2021-08 month"),
            ("Le bureau a ouvert en juillet dernier, puis le ministre est venu en août de la même année.", "2022-03-31", "2021-08 month"),
            // A day of that month, and the year alone.
            ("وصل السفير في يوليوز الماضي، وقدم أوراقه في 20 غشت من العام نفسه", "2022-03-13", "2021-08-20 day"),
            ("افتتح المكتب في يوليوز الماضي، وفي العام نفسه وقع البلدان ثلاث اتفاقيات", "2022-03-13", "2021 year"),
        ] {
            assert_eq!(read_all(text, reference).last().map(String::as_str), Some(month), "{text}");
        }
    }

    #[test]
    fn hours_that_make_whole_days_shift_by_days() {
        assert_eq!(read("talks resumed 48 hours later"), "2021-08-13 day");
        assert_eq!(read("72 hours earlier, the envoy had landed"), "2021-08-08 day");
        assert_eq!(read("il est reparti 24 heures plus tard"), "2021-08-12 day");
        assert_eq!(read("ووقع الاتفاق بعد ذلك بـ48 ساعة"), "2021-08-13 day");
        // The counts in words of the lexicon's wire hours.
        assert_eq!(read("forty-eight hours later"), "2021-08-13 day");
        assert_eq!(read("quarante-huit heures plus tard"), "2021-08-13 day");
        // Hours short of a day stay the day told before ("hours later").
        assert_eq!(read("two hours later"), "2021-08-11 day");
        assert_eq!(read("36 hours later"), "2021-08-11 day");
    }
}
