//! Days named by rank or number within a month: "ثاني خميس من أبريل", "الخميس الأول من
//! مايو", "آخر يوم من الشهر المقبل", "اليوم الأول من الشهر", "الأسبوع الأخير من يونيو", a
//! weekday with its day ("الأربعاء الحادي عشر", "الخميس 12"), months by number ("شهر 4",
//! "الشهر السابع", "شهر ستة 2022"), short numeric dates ("3/2022", "في 5/4") and ranges of
//! weekdays ("ما بين الأحد والخميس").

use super::clock::ClockGrain;
use super::{Cand, Parser};
use crate::dates::lexicon::{FractionAlone, Word};
use crate::dates::value::{Calendar, ExprKind, NthOf, Unit};
use crate::text::normalize::is_word_char;

impl Parser<'_> {
    /// A weekday written without the article after a rank (ثاني خميس): its weekday.
    fn bare_weekday(&self, j: usize) -> Option<chrono::Weekday> {
        let t = self.toks.get(j)?.text;
        if let Some((Word::Weekday(wd), 1)) = self.word(j, |w| matches!(w, Word::Weekday(_))) {
            return Some(wd);
        }
        let mut buf = String::with_capacity(t.len() + 4);
        buf.push_str("ال");
        buf.push_str(t);
        self.lex.lookup(&buf).find_map(|e| match e.word {
            Word::Weekday(wd) if e.rest.is_empty() => Some(wd),
            _ => None,
        })
    }

    /// The month a rank counts in, at `k`: "أبريل", "الشهر المقبل", "هذا الشهر", "الشهر"
    /// (the current one), "شهر 4", after an optional من or في: (month, end).
    pub(super) fn month_spec(&self, k: usize) -> Option<(Calendar, usize)> {
        // "the third Thursday in October": English ranks a weekday in its month too.
        let linked = self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "في" | "of" | "in" | "du" | "de"));
        let k = if linked { k + 1 } else { k };
        // « le premier lundi d'avril »: « de » elided before a vowel is a word and its apostrophe.
        let k = if self.toks.get(k).is_some_and(|t| t.text == "d") && self.punct(k + 1, &['\'', '’']) { k + 2 } else { k };
        // رمضان، شهر رمضان، بشهر رمضان، رمضان المقبل: a Hijri month without its year, counted
        // in the occurrence nearest the anchor (or the one its direction names).
        let m = self.is(k, |w| w == Word::MonthWord).unwrap_or(k);
        if let Some((Word::Holiday { hijri: true, month, day: None }, n)) = self.word(m, |w| matches!(w, Word::Holiday { hijri: true, day: None, .. })) {
            let mut cal = Calendar { hijri: true, month: Some(month), ..Calendar::default() };
            let mut end = m + n;
            if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))) {
                cal.month_offset = Some(o);
                end += n;
            } else if let Some((hijri_year, e)) = self.hijri_year_after_feast(end) {
                // العشر الأواخر من رمضان 1443: the month of that Hijri year, not the nearest.
                cal.year = Some(hijri_year);
                end = e;
            } else if let (Some(y), None, e) = self.year_or_direction_after_feast(end, &["من", "of", "de", "in", "en"])
                && let Some(hijri_year) = hijri_year_of_month_in(y, month)
            {
                // « les dix derniers jours du ramadan 2022 »: the month that falls in that year.
                cal.year = Some(hijri_year);
                end = e;
            }
            return Some((cal, end));
        }
        // ذي الحجة (a Hijri month name without its year)
        if let Some((month, true, _, _, e)) = self.month(m)
            && self.year(e).is_none()
        {
            return Some((Calendar { hijri: true, month: Some(month), ..Calendar::default() }, e));
        }
        if let Some((o, e)) = self.relative_month(k) {
            return Some((Calendar { month_offset: Some(o), ..Calendar::default() }, e));
        }
        // "of next month", "of the following month", "of last month": English writes the
        // direction before the month noun.
        let d = if super::latin::word_is(self, k, &["the"]) { k + 1 } else { k };
        if self.toks.get(d).is_some_and(|t| t.is_latin())
            && let Some((Word::Dir(o @ (-1 | 1)), n)) = self.word(d, |w| matches!(w, Word::Dir(-1 | 1)))
            && let Some(e) = self.is(d + n, |w| w == Word::Period(Unit::Month))
        {
            return Some((Calendar { month_offset: Some(o), ..Calendar::default() }, e));
        }
        let mut best: Option<(Calendar, usize)> = None;
        if let Some((cal, e, _)) = self.calendar(k)
            && cal.day.is_none()
            && cal.month.is_some()
        {
            best = Some((cal, e));
        }
        if let Some(Cand { kind: ExprKind::Calendar(cal), end, .. }) = self.month_number(k)
            && best.is_none_or(|b| end > b.1)
        {
            best = Some((cal, end));
        }
        // "the last day of March": a month name that is also a word (March, May) is the month
        // after the rank's "of", as after a preposition.
        if best.is_none()
            && (linked || self.toks.get(k.wrapping_sub(1)).is_some_and(|t| t.text == "'" || t.text == "’"))
            && let Some((month, false, _, _, e)) = self.month(k)
        {
            best = Some((Calendar { month: Some(month), ..Calendar::default() }, e));
        }
        if best.is_none()
            && let Some(e) = self.is(k, |w| w == Word::Period(Unit::Month))
        {
            // اليوم الأول من الشهر: the current month.
            return Some((Calendar { month_offset: Some(0), ..Calendar::default() }, e));
        }
        best
    }

    /// A year at `k`, after an optional من or في: "العام"، "السنة" (the current one), "العام
    /// المقبل", "هذا العام", "عام 2021", "2021": a calendar of the year alone, and its end.
    pub(super) fn year_spec(&self, k: usize) -> Option<(Calendar, usize)> {
        let k = if self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "في")) { k + 1 } else { k };
        if let Some((o, e)) = self.period_direction(k, Unit::Year) {
            return Some((Calendar { year_offset: Some(o), ..Calendar::default() }, e));
        }
        let e = self.is(k, |w| w == Word::Period(Unit::Year) || w == Word::YearWord);
        if let Some((y, false, end)) = self.year(e.unwrap_or(k)) {
            return Some((Calendar { year: Some(y), ..Calendar::default() }, end));
        }
        // العام، السنة alone: the current year (عام alone is "a year").
        let e = self.is(k, |w| w == Word::Period(Unit::Year))?;
        Some((Calendar { year_offset: Some(0), ..Calendar::default() }, e))
    }

    /// The year a first or last rank counts in, at `k`, as the month it falls in: "آخر يوم في
    /// السنة", "أول أسبوع من العام المقبل", "اليوم الأخير من عام 2021" are ranks in its
    /// December (n = -1) or January (n = 1): (month, end).
    fn year_end_spec(&self, k: usize, n: i32) -> Option<(Calendar, usize)> {
        let month = Some(match n {
            1 => 1,
            -1 => 12,
            _ => return None,
        });
        self.year_spec(k).map(|(cal, e)| (Calendar { month, ..cal }, e))
    }

    /// A quarter, third or half of a year: "الربع الأول من العام", "النصف الثاني من العام
    /// الجاري", "الربع الأخير من 2021": its months, `START/END`.
    pub(super) fn year_fraction(&self, i: usize) -> Option<Cand> {
        let (Word::YearFraction(months, alone), n) = self.word(i, |w| matches!(w, Word::YearFraction(..)))? else { return None };
        let j = i + n;
        let parts = (12 / months) as i32;
        let (rank, e) = match self.word(j, |w| matches!(w, Word::Nth(_) | Word::Ordinal(_)))? {
            (Word::Nth(-1), len) => (parts, j + len),
            (Word::Nth(r), len) if (1..=parts).contains(&r) => (r, j + len),
            (Word::Ordinal(r), len) if (1..=parts as u32).contains(&r) => (r as i32, j + len),
            _ => return None,
        };
        // "في الربع الثالث", "خلال الربع الأخير", "الربع الأخير": a quarter told without its
        // year, after "in" or "during" or with its article alone, is the anchor's year's (see
        // latin.rs quarter_of_this_year; a half stays none unless its word names only a half
        // of a year, «السداسي الأول»; «الفصل الأول» alone is a chapter); not a quarter of
        // something told after it ("الربع الأخير من القرن", «في الربع الأخير من المباراة»).
        let this_year = || {
            let of_something = self.toks.get(e).is_some_and(|t| t.text == "من");
            let after_in = i > 0 && self.toks.get(i - 1).is_some_and(|t| matches!(t.text, "في" | "خلال" | "وفي" | "وخلال"));
            let with_its_article = self.toks[i].text.trim_start_matches(['و', 'ف']).starts_with("ال");
            let reads_alone = match alone {
                FractionAlone::Plain => months == 3,
                FractionAlone::OfYear => true,
                FractionAlone::WithYear => false,
            };
            (reads_alone && !of_something && (after_in || with_its_article)).then_some((Calendar { year_offset: Some(0), ..Calendar::default() }, e))
        };
        let (year, end) = self.year_spec(e).or_else(this_year)?;
        let first = (rank - 1) as u32 * months + 1;
        let from = Calendar { month: Some(first), ..year };
        let to = Calendar { month: Some(first + months - 1), ..year };
        Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "year-fraction" })
    }

    /// Ranks within a month: "ثاني خميس من أبريل", "آخر يوم من الشهر المقبل", "أول أسبوع من
    /// يونيو" (the rank first), "الخميس الأول من مايو", "الأسبوع الأخير من يونيو", "اليوم
    /// الأول من الشهر" (the rank after).
    pub(super) fn nth(&self, i: usize) -> Option<Cand> {
        // The rank first, without the article: أول، ثاني، آخر.
        if let Some((Word::Nth(n), len)) = self.word(i, |w| matches!(w, Word::Nth(_)))
            && !self.toks[i].text.trim_start_matches(['و', 'ف', 'ب', 'ل']).starts_with("ال")
        {
            let j = i + len;
            let of = if let Some(wd) = self.bare_weekday(j) {
                Some(NthOf::Weekday(wd))
            } else if self.is(j, |w| w == Word::DayWord).is_some() || super::latin::word_is(self, j, &["day", "jour"]) {
                // "the last day of March", « le dernier jour de mars »: the English and French
                // day, which is no `day_word` (those open Arabic days: يوم 15).
                Some(NthOf::Day)
            } else if matches!(self.toks.get(j).map(|t| t.text), Some("اسبوع")) {
                Some(NthOf::Week)
            } else {
                None
            };
            if let Some(of) = of
                && let Some((month, e)) = self.month_spec(j + 1).or_else(|| self.year_end_spec(j + 1, n))
            {
                return Some(Cand { start: i, end: e, kind: ExprKind::Nth { n, of, month }, part: None, rule: "nth-of-month" });
            }
        }
        // The rank after: الخميس الأول، الأسبوع الأخير، اليوم العاشر; a weekday may follow its
        // day word (يوم الاثنين أول نوفمبر), which the rank must take in, or the weekday's
        // own reading, starting at the day word, would cut the month off.
        let w = self.is(i, |w| w == Word::DayWord).unwrap_or(i);
        let (of, j) = if let Some((Word::Weekday(wd), n)) = self.word(w, |w| matches!(w, Word::Weekday(_))) {
            (NthOf::Weekday(wd), w + n)
        } else if let Some(e) = self.is(i, |w| w == Word::Period(Unit::Week)) {
            (NthOf::Week, e)
        } else if self.toks[i].text.ends_with("اليوم") {
            (NthOf::Day, i + 1)
        } else {
            return None;
        };
        let (n, e) = match self.word(j, |w| matches!(w, Word::Nth(_) | Word::Ordinal(_)))? {
            (Word::Nth(n), len) => (n, j + len),
            (Word::Ordinal(d), len) if of == NthOf::Day || d <= 5 => (d as i32, j + len),
            _ => return None,
        };
        let (month, end) = self.month_spec(e).or_else(|| self.year_end_spec(e, n))?;
        Some(Cand { start: i, end, kind: ExprKind::Nth { n, of, month }, part: None, rule: "nth-of-month" })
    }

    /// A run of days at the start or end of a month: "العشر الأواخر من رمضان", "الأيام العشر
    /// الأوائل من ذي الحجة" (the count, then the rank), "the last ten days of Ramadan" (the
    /// rank, the count, days), "les dix derniers jours du ramadan" (the count, the rank, days).
    pub(super) fn days_of_month(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        if self.toks.get(j).is_some_and(|t| matches!(t.text, "الايام" | "the" | "les")) {
            j += 1;
        }
        let count_at = |k: usize| -> Option<(u32, usize)> {
            match self.word(k, |w| matches!(w, Word::DayCount(_) | Word::Number(_)))? {
                (Word::DayCount(c) | Word::Number(c), n) if (2..=15).contains(&c) => Some((c, k + n)),
                _ => None,
            }
        };
        let rank_at = |k: usize| -> Option<(i32, usize)> {
            match self.word(k, |w| matches!(w, Word::Nth(_)))? {
                (Word::Nth(r @ (1 | -1)), n) => Some((r, k + n)),
                _ => None,
            }
        };
        let days_word = |k: usize| -> Option<usize> {
            self.word(k, |w| matches!(w, Word::CountUnit { unit: None, .. })).map(|(_, n)| k + n)
        };
        let (count, rank, e) = if let Some((c, e)) = count_at(j) {
            let (r, e) = rank_at(e)?;
            // العشر الأواخر; ten last days must say "days" when the count is an ordinary number.
            match self.word(j, |w| matches!(w, Word::DayCount(_))) {
                Some(_) => (c, r, days_word(e).unwrap_or(e)),
                None => (c, r, days_word(e)?),
            }
        } else {
            let (r, e) = rank_at(j)?;
            let (c, e) = count_at(e)?;
            (c, r, days_word(e)?)
        };
        let (month, end) = self.month_spec(e)?;
        Some(Cand { start: i, end, kind: ExprKind::Nth { n: rank, of: NthOf::Days(count), month }, part: None, rule: "days-of-month" })
    }

    /// A weekday with its day of the month, in words or digits: "الأربعاء الحادي عشر",
    /// "الخميس 12", "يوم الاثنين 5/4", "الجمعة العاشر من الشهر الجاري".
    pub(super) fn weekday_day(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::DayWord).unwrap_or(i);
        let (Word::Weekday(wd), n) = self.word(j, |w| matches!(w, Word::Weekday(_)))? else { return None };
        let mut k = j + n;
        if self.punct(k, crate::text::clause::COMMAS) {
            k += 1;
        }
        if let Some(Cand { kind: ExprKind::Calendar(mut cal), end, .. }) = self.numeric_short(k)
            && cal.day.is_some()
        {
            cal.weekday = Some(wd);
            return Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: "weekday-day-month" });
        }
        let (day, e) = if let Some((Word::Ordinal(d), len)) = self.word(k, |w| matches!(w, Word::Ordinal(_))) {
            (d, k + len)
        } else if let Some(d) = self.day(k) {
            // "Tuesday, 12:30", "الخميس 10:15": a number followed by ":MM" is a clock time on
            // the weekday, not the day of the month.
            if self.clock(k).is_some_and(|(c, _)| c.grain != ClockGrain::Hour) {
                return None;
            }
            (d, k + 1)
        } else {
            return None;
        };
        let mut cal = Calendar { day: Some(day), weekday: Some(wd), ..Calendar::default() };
        if let Some((month, end)) = self.month_spec(e) {
            // الخميس الأول من مايو is a rank (read by `nth`); الأربعاء الحادي عشر من أغسطس a day.
            if day <= 5 && self.toks[k].num.is_none() {
                return None;
            }
            cal.month = month.month;
            cal.month_offset = month.month_offset;
            cal.year = month.year;
            cal.year_offset = month.year_offset;
            return Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: "weekday-day" });
        }
        // Alone, a number after a weekday is a day only where nothing follows it (الخميس 3
        // مسؤولين is a count).
        if self.toks[k].num.is_some() && self.toks.get(e).is_some_and(|t| t.text.chars().next().is_some_and(is_word_char)) {
            return None;
        }
        // An ordinal written without its article (أول، فاتح، غرة) is the first word of a
        // construct: a day only before a month (الخميس أول يوليو); alone after a weekday it
        // ranks the noun after it («يوم الاثنين، أول زيارة …», «الاثنين أول أيام الزيارة») or
        // opens a relative day (الاثنين أول أمس). A definite one stands as the weekday's
        // adjective (الأربعاء الحادي عشر).
        if self.toks[k].num.is_none() && !self.toks[k].text.starts_with("ال") {
            return None;
        }
        Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: None, rule: "weekday-day" })
    }

    /// A weekday of a relative week: "الأحد من الأسبوع الماضي", "الأربعاء في الأسبوع المقبل",
    /// "خميس الأسبوع القادم".
    pub(super) fn weekday_of_week(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::DayWord).unwrap_or(i);
        // Cheap test first (this runs at every token that may open a date): a week must follow.
        let week_at = |k: usize| self.is(k, |w| w == Word::Period(Unit::Week) || w == Word::This).is_some();
        if !(week_at(j + 1) || self.toks.get(j + 1).is_some_and(|t| matches!(t.text, "من" | "في")) && week_at(j + 2)) {
            return None;
        }
        let wd = self.bare_weekday(j)?;
        let mut k = j + 1;
        if self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "في")) {
            k += 1;
        }
        let this = self.is(k, |w| w == Word::This);
        let e = self.is(this.unwrap_or(k), |w| w == Word::Period(Unit::Week))?;
        let (week, end) = match (this, self.word(e, |w| matches!(w, Word::Dir(_)))) {
            (_, Some((Word::Dir(o), n))) => (o, e + n),
            (Some(_), _) => (0, e),
            _ => return None,
        };
        Some(Cand { start: i, end, kind: ExprKind::WeekdayOfWeek { weekday: wd, week }, part: None, rule: "weekday-of-week" })
    }

    /// A relative week then its weekday: "الأسبوع الجاي يوم الاثنين", "الأسبوع المقبل،
    /// الخميس", "هذا الأسبوع في يوم الأحد" (the weekday first is read by `weekday_of_week`).
    pub(super) fn week_then_weekday(&self, i: usize) -> Option<Cand> {
        let (week, mut k) = self.period_direction(i, Unit::Week)?;
        if self.punct(k, crate::text::clause::COMMAS) {
            k += 1;
        }
        if self.toks.get(k).is_some_and(|t| t.text == "في") {
            k += 1;
        }
        let k = self.is(k, |w| w == Word::DayWord).unwrap_or(k);
        let (Word::Weekday(wd), n) = self.word(k, |w| matches!(w, Word::Weekday(_)))? else { return None };
        Some(Cand { start: i, end: k + n, kind: ExprKind::WeekdayOfWeek { weekday: wd, week }, part: None, rule: "week-then-weekday" })
    }

    /// A month name then a day, no year, where nothing follows: "أغسطس 8", "مارس 1".
    pub(super) fn month_day(&self, i: usize) -> Option<Cand> {
        let (month, hijri, _, _, e) = self.month(i)?;
        let d = self.day(e)?;
        if self.toks.get(e + 1).is_some_and(|t| t.text.chars().next().is_some_and(is_word_char) || t.text == "/") {
            return None;
        }
        let cal = Calendar { month: Some(month), day: Some(d), hijri, ..Calendar::default() };
        if hijri {
            return None;
        }
        Some(Cand { start: i, end: e + 1, kind: ExprKind::Calendar(cal), part: None, rule: "month-day" })
    }

    /// Months by number: "شهر 4", "شهر ستة", "شهر 3 2022", "الشهر السابع", "الشهر 11 الماضي".
    pub(super) fn month_number(&self, i: usize) -> Option<Cand> {
        let (month, mut j) = if let Some(e) = self.is(i, |w| w == Word::MonthWord) {
            match self.toks.get(e)?.num {
                Some(x) if x.digits <= 2 && x.suffix.is_none() => (x.value, e + 1),
                Some(_) => return None,
                None => {
                    // شهر واحد is a duration, not January.
                    let (Word::Number(x), n) = self.word(e, |w| matches!(w, Word::Number(_)))? else { return None };
                    if x < 2 {
                        return None;
                    }
                    (x, e + n)
                }
            }
        } else {
            let e = self.is(i, |w| w == Word::Period(Unit::Month))?;
            // الشهر 11 الماضي: the number after the noun with the article too.
            if let Some(x) = self.toks.get(e).and_then(|t| t.num).filter(|x| x.digits <= 2 && x.suffix.is_none())
                && !self.toks[e].text.starts_with(['و', 'ف', 'ب', 'ل'])
            {
                (x.value, e + 1)
            } else {
            let (Word::Ordinal(x), n) = self.word(e, |w| matches!(w, Word::Ordinal(_)))? else { return None };
            // الشهر الأول من المفاوضات: a rank within something else.
            if self.toks.get(e + n).is_some_and(|t| t.text == "من")
                && !self.year_follows_min(e + n + 1)
                && self.period_direction(e + n + 1, Unit::Year).is_none()
            {
                return None;
            }
            (x, e + n)
            }
        };
        if !(1..=12).contains(&month) {
            return None;
        }
        let mut cal = Calendar { month: Some(month), ..Calendar::default() };
        // شهر 3 2022, شهر 3/2022, الشهر السابع من عام 2021
        let mut k = j;
        if self.punct(k, &['/', '-']) || self.toks.get(k).is_some_and(|t| t.text == "من") {
            k += 1;
        }
        if let Some(e) = self.is(k, |w| w == Word::YearWord) {
            k = e;
        }
        if self.numeric(k).is_none()
            && let Some((y, false, e)) = self.year(k)
        {
            cal.year = Some(y);
            j = e;
        } else if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            cal.month_offset = Some(o);
            j += n;
        } else if self.toks.get(j).is_some_and(|t| t.text == "من")
            && let Some((o, e)) = self.period_direction(j + 1, Unit::Year)
        {
            // شهر 7 من العام الماضي
            cal.year_offset = Some(o);
            j = e;
        }
        Some(Cand { start: i, end: j, kind: ExprKind::Calendar(cal), part: None, rule: "month-number" })
    }

    /// Whether a year (or العام/عام before one) is at `k`.
    fn year_follows_min(&self, k: usize) -> bool {
        let k = self.is(k, |w| w == Word::YearWord).unwrap_or(k);
        self.year(k).is_some()
    }

    /// Short numeric dates, the separators written together: month/year "3/2022", and
    /// day/month "5/4" where the text around marks a date (a weekday or a preposition before
    /// it, or nothing else in the phrase); a score "فاز 3/1" is not a date.
    pub(super) fn numeric_short(&self, i: usize) -> Option<Cand> {
        let t = self.toks;
        if i + 2 >= t.len() || t[i + 1].text != "/" || !self.adjacent(i) || !self.adjacent(i + 1) {
            return None;
        }
        let (a, b) = (t[i].num?, t[i + 2].num?);
        if a.suffix.is_some() || b.suffix.is_some() || a.digits > 2 {
            return None;
        }
        // 24/11/2021 is read whole by `numeric`.
        if self.punct(i + 3, &['/', '-', '.']) && self.adjacent(i + 2) {
            return None;
        }
        if b.digits == 4 {
            let (y, _, e) = self.year(i + 2)?;
            if !(1..=12).contains(&a.value) {
                return None;
            }
            let cal = Calendar { year: Some(y), month: Some(a.value), ..Calendar::default() };
            return Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: None, rule: "numeric-month-year" });
        }
        if b.digits > 2 || !(1..=31).contains(&a.value) || !(1..=12).contains(&b.value) {
            return None;
        }
        let told_as_a_day = i > 0 && self.is(i - 1, |w| matches!(w, Word::Weekday(_) | Word::YearPrep | Word::Link | Word::DayWord | Word::RangeTo { .. })).is_some();
        // "24/7" (round the clock: "a 24/7 hotline", «خدمة 24/7») is the 24th of July only
        // when a day word, weekday or preposition tells it as a day («يوم 24/7»).
        if (a.value, b.value) == (24, 7) && !told_as_a_day {
            return None;
        }
        let before_ok = i == 0 || told_as_a_day || !t[i - 1].text.chars().next().is_some_and(is_word_char);
        let after_ok = t.get(i + 3).is_none_or(|x| !x.text.chars().next().is_some_and(is_word_char) || !x.matches.is_empty());
        if !before_ok || !after_ok {
            return None;
        }
        let cal = Calendar { day: Some(a.value), month: Some(b.value), ..Calendar::default() };
        Some(Cand { start: i, end: i + 3, kind: ExprKind::Calendar(cal), part: None, rule: "numeric-day-month" })
    }

    /// Ranges of weekdays: "ما بين الأحد والخميس", "من الاثنين إلى الجمعة المقبلين", and the
    /// two days of يومي ("يومي الأربعاء والخميس", as "يومي 12 و13 يوليو").
    pub(super) fn weekday_range(&self, i: usize) -> Option<Cand> {
        let two_days = self.toks.get(i).is_some_and(|t| t.text.trim_start_matches(['و', 'ف']) == "يومي");
        let j = if two_days { i + 1 } else { self.is(i, |w| w == Word::RangeFrom)? };
        let (Word::Weekday(from), n) = self.word(j, |w| matches!(w, Word::Weekday(_)))? else { return None };
        let mut k = j + n;
        // والخميس، للخميس (ل + الخميس): the joiner written on the second day.
        let glued = self.toks.get(k).is_some_and(|t| (t.text.starts_with('و') || t.text.starts_with("لل")) && t.text.len() > 2);
        if !glued {
            if two_days {
                return None;
            }
            k = self.is(k, |w| matches!(w, Word::RangeTo { .. }))?;
        }
        let (Word::Weekday(to), n) = self.word(k, |w| matches!(w, Word::Weekday(_)))? else { return None };
        let mut end = k + n;
        // « les lundi et mardi 14 et 15 mars », «من الاثنين إلى الأربعاء 14-16 مارس»: the dates
        // written after the weekdays are the range.
        if let Some(c) = self.dates_after_weekdays(end, from) {
            return Some(Cand { start: i, ..c });
        }
        if let Some((week, e)) = self.week_after_weekdays(end) {
            return Some(Cand { start: i, end: e, kind: ExprKind::WeekdayRange { from, to, offset: None, week: Some(week) }, part: None, rule: "weekday-range-of-week" });
        }
        let mut offset = None;
        if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))) {
            offset = Some(o);
            end += n;
        }
        Some(Cand { start: i, end, kind: ExprKind::WeekdayRange { from, to, offset, week: None }, part: None, rule: "weekday-range" })
    }

    /// Two weekdays joined without يومي or من: "الأربعاء والخميس (الماضيين)", "يوم الأربعاء
    /// والخميس", "on Wednesday and Thursday", "mercredi et jeudi derniers" are the two days
    /// when they follow each other (a summit held over both is one event, as with يومي);
    /// "Monday through Wednesday", "lundi au mercredi" are a range whatever their distance.
    /// Days further apart joined by "and" ("الاثنين والخميس") stay two dates.
    pub(super) fn weekday_pair(&self, i: usize) -> Option<Cand> {
        // "de lundi à mercredi" (du lundi au mercredi opens with a range word): the opener and
        // closer are lexicon kinds (pair_from, pair_to). "la nuit de dimanche à lundi" is one
        // night, Sunday's.
        let opener = self.is(i, |w| w == Word::PairFrom).filter(|_| !(i > 0 && self.is(i - 1, |w| w == Word::TimeOfDay).is_some()));
        let de = opener.is_some();
        let mut j = opener.or_else(|| self.is(i, |w| w == Word::DayWord)).unwrap_or(i);
        // "last Wednesday and Thursday": English writes the direction first ("before" and
        // "after" before a day are prepositions: kind after_only).
        let mut offset = None;
        if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_)))
            && super::latin::opens_reading(self, j)
            && self.is(j, |w| w == Word::AfterOnly).is_none()
        {
            offset = Some(o);
            j += n;
        }
        let (Word::Weekday(from), n) = self.word(j, |w| matches!(w, Word::Weekday(_)))? else { return None };
        let mut k = j + n;
        let text = |k: usize| self.toks.get(k).map_or("", |t| t.text);
        // والخميس: the joiner written on the second day.
        let glued = text(k).starts_with('و') && text(k).len() > 2 && self.is(k, |w| matches!(w, Word::RangeTo { .. })).is_none();
        let and = if glued {
            true
        } else if self.punct(k, &['-', '–']) {
            k += 1;
            false
        } else if let Some(e) = self.is(k, |w| w == Word::PairTo).filter(|_| de) {
            k = e;
            false
        } else if de {
            return None;
        } else {
            let and = self.is(k, |w| w == Word::PairAnd).is_some();
            k = self.is(k, |w| matches!(w, Word::RangeTo { .. }))?;
            and
        };
        let (Word::Weekday(to), m) = self.word(k, |w| matches!(w, Word::Weekday(_)))? else { return None };
        if to == from || and && from.succ() != to {
            return None;
        }
        let mut end = k + m;
        // "يومي الأربعاء والخميس 24 و25 نونبر 2021", "on Monday and Tuesday, March 14-15", «
        // les lundi et mardi 14 et 15 mars »: the two days' dates, written after them (after a
        // comma in English), are the range; the weekdays only introduced it, and the second
        // weekday is not the first day's.
        if let Some(c) = self.dates_after_weekdays(end, from) {
            return Some(Cand { start: i, ..c });
        }
        if offset.is_none()
            && let Some((week, e)) = self.week_after_weekdays(end)
        {
            return Some(Cand { start: i, end: e, kind: ExprKind::WeekdayRange { from, to, offset: None, week: Some(week) }, part: None, rule: "weekday-pair-of-week" });
        }
        if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))).filter(|_| offset.is_none()) {
            offset = Some(o);
            end += n;
        }
        Some(Cand { start: i, end, kind: ExprKind::WeekdayRange { from, to, offset, week: None }, part: None, rule: "weekday-pair" })
    }

    /// Two days in a row told by their parts ("مساء الأحد وصباح الاثنين", "ليلة الأحد ونهار
    /// الاثنين"): one range, as "يومي الأحد والاثنين" (a summit held on both is one event);
    /// days further apart ("صباح الأحد ومساء الأربعاء") stay two dates.
    pub(super) fn day_parts_range(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::TimeOfDay)?;
        let (Word::Weekday(from), n) = self.word(j, |w| matches!(w, Word::Weekday(_)))? else { return None };
        let k = j + n;
        if !self.toks.get(k).is_some_and(|t| t.text.starts_with('و') && t.text.len() > 2) {
            return None;
        }
        let k = self.is(k, |w| w == Word::TimeOfDay)?;
        let (Word::Weekday(to), n) = self.word(k, |w| matches!(w, Word::Weekday(_)))? else { return None };
        if from.succ() != to {
            return None;
        }
        Some(Cand { start: i, end: k + n, kind: ExprKind::WeekdayRange { from, to, offset: None, week: None }, part: None, rule: "day-parts-range" })
    }

    /// A night told by the two days it joins: "ليلة الأحد إلى الاثنين", "ليلة الأحد الاثنين",
    /// "la nuit de mardi à mercredi", "the night of Tuesday to Wednesday", "la nuit du 9 au 10
    /// août", "overnight Dec. 9-10". It is the first day (the night starts that evening), as
    /// "ليلة الأربعاء" alone and "on Tuesday night": one night, not a range of two days. Days
    /// further apart are no night.
    pub(super) fn night_of(&self, i: usize) -> Option<Cand> {
        let j = self.is(i, |w| w == Word::TimeOfDay)?;
        let mut k = self.is(j, |w| matches!(w, Word::PairFrom | Word::RangeFrom)).unwrap_or(j);
        if let Some((Word::Weekday(from), n)) = self.word(k, |w| matches!(w, Word::Weekday(_))) {
            k += n;
            if self.punct(k, &['-', '–', '/']) {
                k += 1;
            } else if let Some(e) = self.is(k, |w| matches!(w, Word::RangeTo { .. } | Word::PairTo)) {
                k = e;
            }
            let (Word::Weekday(to), n) = self.word(k, |w| matches!(w, Word::Weekday(_)))? else { return None };
            if from.succ() != to {
                return None;
            }
            let mut end = k + n;
            let mut offset = None;
            if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))) {
                offset = Some(o);
                end += n;
            }
            return Some(Cand { start: i, end, kind: ExprKind::Weekday { weekday: from, offset }, part: None, rule: "night-of-two-days" });
        }
        // du 9 au 10 août, du 31 juillet au 1er août; English writes the month first
        // ("overnight Dec. 9-10", "the night of December 9 to 10").
        self.toks.get(j)?;
        let c = self.range(j).or_else(|| super::latin::month_day_range(self, j))?;
        let ExprKind::Range(a, b) = c.kind else { return None };
        let (Some(d1), Some(d2), Some(m2)) = (a.day, b.day, b.month) else { return None };
        let next = match a.month {
            None => d2 == d1 + 1,
            Some(m1) if m1 == m2 => d2 == d1 + 1,
            Some(m1) => d2 == 1 && m2 == m1 % 12 + 1 && d1 >= 28,
        };
        next.then_some(())?;
        // The year or direction written once after the second day is the night's, the year
        // before it across a year's end (the range leaves its first end without one).
        let across_new_year = a.month.is_some_and(|m1| m1 > m2);
        let year = a.year.or(b.year.map(|y| y - i32::from(across_new_year)));
        let first = Calendar { month: a.month.or(b.month), year, year_offset: a.year_offset.or(b.year_offset), month_offset: a.month_offset.or(b.month_offset), ..a };
        Some(Cand { start: i, end: c.end, kind: ExprKind::Calendar(first), part: None, rule: "night-of-two-days" })
    }
}

/// The Hijri year whose month `month` begins in the Gregorian year `year` (Ramadan 2022 is
/// Ramadan 1443).
fn hijri_year_of_month_in(year: i32, month: u32) -> Option<i32> {
    let (mid, ..) = crate::dates::value::gregorian_to_hijri(chrono::NaiveDate::from_ymd_opt(year, 7, 1)?)?;
    (mid - 1..=mid + 1).find(|&h| crate::dates::value::hijri_to_gregorian(h, month, 1).is_some_and(|d| chrono::Datelike::year(&d) == year))
}

#[cfg(test)]
mod tests {
    /// What `phrase` reads as on 2022-03-29.
    fn read(phrase: &str) -> String {
        crate::dates::find::read_phrase(phrase, "2022-03-29")
    }

    #[test]
    fn an_english_or_french_day_ranked_in_a_month_is_that_day() {
        assert_eq!(read("the last day of March 2021"), "2021-03-31 day");
        assert_eq!(read("on the first day of April 2021"), "2021-04-01 day");
        assert_eq!(read("le dernier jour de février"), "2022-02-28 day");
        assert_eq!(read("le premier jour du mois de mai"), "2022-05-01 day");
        // "the last day of talks" ranks no month.
        assert_eq!(read("the last day of talks"), "");
    }

    #[test]
    fn an_elided_de_before_the_month_counts_in_it() {
        assert_eq!(read("le premier lundi d'avril"), "2022-04-04 day");
        assert_eq!(read("le dernier vendredi d’octobre 2021"), "2021-10-29 day");
        assert_eq!(read("le premier jour d'août"), "2022-08-01 day");
    }

    #[test]
    fn an_arabic_quarter_with_its_article_alone_is_the_anchors_years() {
        assert_eq!(read("سجلت المبادلات ارتفاعا الربع الأول"), "2022-01/2022-03 month");
        assert_eq!(read("والربع الثاني"), "2022-04/2022-06 month");
        // A quarter of something told after it, and a half, stay no date.
        assert_eq!(read("الربع الأخير من القرن"), "");
        assert_eq!(read("النصف الثاني"), "");
    }

    #[test]
    fn twenty_four_seven_is_round_the_clock_unless_told_as_a_day() {
        assert_eq!(read("24/7"), "");
        assert_eq!(read("Hotline (24/7) for travellers"), "");
        assert_eq!(read("خط ساخن: 24/7"), "");
        // Told as a day it is the 24th of July; another day and month alone stays read.
        assert_eq!(read("يوم 24/7"), "2022-07-24 day");
        assert_eq!(read("(23/7)"), "2022-07-23 day");
    }

    #[test]
    fn quarters_in_maghrebi_words_need_their_year() {
        // «الفصل», «الثلاثي»: a quarter with its year told; alone a chapter, a law's article, a trio.
        assert_eq!(read("خلال الفصل الثالث من سنة 2022"), "2022-07/2022-09 month");
        assert_eq!(read("الفصل الأول من العام الجاري"), "2022-01/2022-03 month");
        assert_eq!(read("في الثلاثي الثاني من 2021"), "2021-04/2021-06 month");
        assert_eq!(read("الثلاثية الأخيرة من السنة الماضية"), "2021-10/2021-12 month");
        assert_eq!(read("في الفصل الأول"), "");
        assert_eq!(read("الفصل الثاني من الكتاب"), "");
        assert_eq!(read("الاجتماع الثلاثي الأول"), "");
        // A half-year word alone is this year's half, as « au premier semestre »; "half" stays none.
        assert_eq!(read("السداسي الثاني"), "2022-07/2022-12 month");
        assert_eq!(read("au premier semestre"), "2022-01/2022-06 month");
        assert_eq!(read("le second semestre"), "2022-07/2022-12 month");
        assert_eq!(read("in the second half"), "");
        // A quarter of something told after it, even after «في»: none.
        assert_eq!(read("في الربع الأخير من المباراة"), "");
        assert_eq!(read("في الربع الأخير"), "2022-10/2022-12 month");
    }
}
