//! Calendar dates written with a month: a day, month and year in any system ("16 يوليو 2021",
//! "14 ربيع الثاني 1443"), a month with its direction or year, paired month names
//! ("يوليو/تموز"), a day of the current month ("18 من الشهر الجاري"), and numeric dates
//! ("2021-11-24", "24/11/2021", "يوم 24/11").

use super::{Cand, Parser};
use crate::dates::tokens::numeric_date;
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind, Unit};

/// The most tokens of a preposition phrase that makes an ambiguous month name a month ("pushed
/// back to March": three).
const MULTIWORD_PREP_TOKENS: usize = 3;

impl Parser<'_> {
    /// A month name, or a pair of names of the same month ("يوليو/تموز", "ديسمبر (كانون
    /// الأول)"), or a name with its number ("نوفمبر (11)"): (month, hijri, ambiguous, paired,
    /// end).
    /// A Hijri year at `k` after a Hijri month, which needs no هـ or "AH" there ("رمضان
    /// 1442", "the 27th of Ramadan 1442"), with its marker if written: (year, end).
    pub(super) fn hijri_year_after_month(&self, k: usize) -> Option<(i32, usize)> {
        self.toks.get(k).and_then(|t| t.num).filter(|x| x.digits == 4 && x.suffix.is_none() && (1300..=1600).contains(&x.value)).map(|x| {
            let e = self.is(k + 1, |w| w == Word::HijriMarker).unwrap_or(k + 1);
            (x.value as i32, e)
        })
    }

    pub(super) fn month(&self, i: usize) -> Option<(u32, bool, bool, bool, usize)> {
        let (w, n) = self.word(i, |w| matches!(w, Word::Month { .. }))?;
        let Word::Month { month, hijri, ambiguous } = w else { return None };
        let j = i + n;
        let same = |k: usize| -> Option<(bool, usize)> {
            self.toks.get(k)?.matches.iter().find_map(|&(e, n)| match self.lex.entry(e as usize).word {
                Word::Month { month: m, hijri: h, ambiguous: a } if m == month && h == hijri => Some((a, k + n as usize)),
                _ => None,
            })
        };
        if self.punct(j, &['/', '-'])
            && let Some((a2, e)) = same(j + 1)
        {
            return Some((month, hijri, ambiguous && a2, true, e));
        }
        if self.punct(j, &['('])
            && let Some((a2, e)) = same(j + 1)
            && self.punct(e, &[')'])
        {
            return Some((month, hijri, ambiguous && a2, true, e + 1));
        }
        // "نوفمبر (11) 2021", "دجنبر (12)": the month's number in brackets after its name, as
        // Maghrebi and Gulf pages write it for readers of another system; it names the same
        // month, as a second name would.
        if !hijri
            && self.punct(j, &['('])
            && self.toks.get(j + 1).and_then(|t| t.num).is_some_and(|x| x.suffix.is_none() && x.digits <= 2 && x.value == month)
            && self.punct(j + 2, &[')'])
        {
            return Some((month, hijri, false, true, j + 3));
        }
        Some((month, hijri, ambiguous, false, j))
    }

    /// A calendar date whose first token is `i`: [يوم] day [من] [شهر] month tail, or
    /// ordinal من month tail, or [شهر] month tail. Tail: a direction, or [من] [عام] year, or
    /// من العام الماضي.
    pub(super) fn calendar(&self, i: usize) -> Option<(Calendar, usize, &'static str)> {
        let mut cal = Calendar::default();
        let mut j = i;
        let mut rule = "month";
        if let Some((d, next)) = self.yawm_day(j).or_else(|| self.day(j).map(|d| (d, j + 1))) {
            cal.day = Some(d);
            j = next;
            if let Some(e) = self.is(j, |w| w == Word::Link)
                && self.toks[j].text == "من"
            {
                j = e;
            }
            rule = "day-month";
        } else if let Some((Word::Ordinal(d), n)) = self.word(j, |w| matches!(w, Word::Ordinal(_))) {
            // الأسبوع الثاني من يوليو: after a definite noun the ordinal is its adjective
            // ("الاثنين الثالث من مارس" is the third Monday), but "the first" said فاتح or غرة
            // after a weekday is that weekday's date ("الخميس فاتح يوليوز").
            let after_weekday = j > 0 && self.word(j - 1, |w| matches!(w, Word::Weekday(_))).is_some();
            let adjective = j > 0 && {
                let prev = self.toks[j - 1].text;
                let prev = prev.strip_prefix('و').or_else(|| prev.strip_prefix('ف')).unwrap_or(prev);
                prev.starts_with("ال") || prev.starts_with("لل") || prev.starts_with("بال")
            };
            if let Some(e) = self.first_of(j).filter(|_| !adjective || after_weekday && self.toks[j].text != "اول") {
                cal.day = Some(1);
                j = e;
                rule = "first-of-month";
            } else if !adjective && self.toks.get(j + n).is_some_and(|t| t.text == "من") {
                cal.day = Some(d);
                j += n + 1;
                rule = "ordinal-of-month";
            } else {
                return None;
            }
        }
        if cal.day.is_some() {
            // 18 من الشهر الجاري / الثاني من هذا الشهر: the anchor's month, shifted.
            if let Some(o) = self.relative_month(j) {
                cal.month_offset = Some(o.0);
                return Some((cal, o.1, "day-of-relative-month"));
            }
            // 22 من الشهر ذاته: a day of the month named before (the finder gives it that month).
            if let Some(Cand { end, kind: ExprKind::Same { unit: Some(Unit::Month), .. }, .. }) = self.same_period(j) {
                cal.month_offset = Some(0);
                return Some((cal, end, super::relative::SAME_PERIOD));
            }
            // يوم 25 الجاري: a day of the current month, the month left out; not a count with
            // the article ("الساعات الـ24 الماضية"). (يوم 25 المقبل is the next 25th, read by
            // `day_of_month`.)
            if let Some((Word::Dir(o @ 0), n)) = self.word(j, |w| matches!(w, Word::Dir(_)))
                && (j == i + 1 || self.toks[j - 1].text != "من")
                && !self.toks[j - 1].text.starts_with("ال")
            {
                cal.month_offset = Some(o);
                return Some((cal, j + n, "day-of-relative-month"));
            }
        }
        let mut month_word = false;
        if let Some(e) = self.is(j, |w| w == Word::MonthWord) {
            month_word = true;
            j = e;
        }
        let (month, hijri, ambiguous, paired, e) = self.month(j)?;
        if cal.day.is_none() && !hijri {
            // Month, day, year: "November 24, 2021", "نوفمبر 24، 2021" (date lines).
            if let Some(d) = self.day(e) {
                let mut k = e + 1;
                if self.punct(k, crate::text::clause::COMMAS) {
                    k += 1;
                }
                if let Some((y, false, end)) = self.year(k) {
                    let cal = Calendar { year: Some(y), month: Some(month), day: Some(d), ..Calendar::default() };
                    return Some((cal, end, "month-day-year"));
                }
            }
        }
        cal.month = Some(month);
        cal.hijri = hijri;
        j = e;
        // Tail.
        let mut tail = false;
        if let Some((Word::Dir(o), n)) = self.word(j, |w| matches!(w, Word::Dir(_))) {
            cal.month_offset = Some(o);
            j += n;
            tail = true;
        } else {
            let mut k = j;
            if self.punct(k, crate::text::clause::COMMAS) && cal.day.is_some() {
                k += 1;
            }
            // ديسمبر من عام 2020, "December of 2020", "décembre de l'année 2020"
            if self.toks.get(k).is_some_and(|t| matches!(t.text, "من" | "of" | "de")) {
                k += 1;
            }
            let mut yk = k;
            if let Some(e) = self.is(k, |w| w == Word::YearWord) {
                yk = e;
            }
            // رمضان 1442, 14 ربيع الثاني 1443: after a Hijri month the year needs no هـ.
            let hijri_plain = if hijri { self.hijri_year_after_month(yk).map(|(y, e)| (y, true, e)) } else { None };
            if let Some((y, h, e)) = hijri_plain
                .or_else(|| self.year(yk))
                .or_else(|| self.apostrophe_year(yk))
                .or_else(|| cal.day.and_then(|_| self.bare_short_year(yk)))
            {
                if h == hijri || !hijri && !h {
                    cal.year = Some(y);
                    j = e;
                    tail = true;
                }
            } else if k > j
                && self.toks[j].text == "من"
                && let Some((o, e)) = self.period_direction(k, Unit::Year)
            {
                // يوليو من العام الماضي / من هذا العام
                cal.year_offset = Some(o);
                j = e;
                tail = true;
            } else if k > j
                // "of the same year", « de la même année », « de cette même année »: the
                // determiner or demonstrative before "same" is the phrase's.
                && let Some(Cand { end, kind: ExprKind::Same { unit: Some(Unit::Year), .. }, .. }) =
                    self.same_period(k).or_else(|| self.is(k, |w| matches!(w, Word::Determiner | Word::This)).and_then(|e| self.same_period(e)))
            {
                // نوفمبر من السنة نفسها، November of the same year: the month of the year told
                // before (the finder gives it that year; `calendar_rule` makes it so).
                cal.year_offset = Some(0);
                return Some((cal, end, super::relative::SAME_PERIOD));
            }
        }
        if hijri && cal.year.is_none() && cal.month_offset.is_none() {
            return None;
        }
        // في آب، منذ شباط: a preposition before the name is context enough, and so is a phrase
        // of a few words ending right before it ("postponed to March", "put off until May").
        let prep_before = (1..=MULTIWORD_PREP_TOKENS.min(i)).any(|n| self.is(i - n, |w| w == Word::YearPrep).is_some_and(|e| n == 1 || e == i));
        // "postponed the visit to March": the end of a postponement is a date.
        let prep_before = prep_before || self.put_off_target(i);
        let after_prep = j > i && prep_before && !month_word && cal.day.is_none();
        if ambiguous && !(cal.day.is_some() || month_word || tail || paired || after_prep) {
            return None;
        }
        if cal.year.is_some() && cal.day.is_none() {
            rule = if rule == "month" { "month-year" } else { rule };
        }
        Some((cal, j, rule))
    }

    /// "The first" naming the first day of a month without من ("فاتح يوليوز", "غرة رمضان",
    /// "أول يناير"), at `j`: the end of the word and of a من after it.
    pub(super) fn first_of(&self, j: usize) -> Option<usize> {
        let (Word::Ordinal(1), 1) = self.word(j, |w| matches!(w, Word::Ordinal(_)))? else { return None };
        let t = self.toks[j].text;
        (t.ends_with("فاتح") || t.ends_with("غره") || t == "اول").then_some(())?;
        Some(if self.toks.get(j + 1).is_some_and(|t| t.text == "من") { j + 2 } else { j + 1 })
    }

    /// يوم and a day of the month at `j`, in digits or words: "يوم 10", "يوم عشرين", "يوم
    /// خمسة وعشرين" (words from three: يوم واحد and يوم ثاني are "one day", "a second day"):
    /// (day, end).
    fn yawm_day(&self, j: usize) -> Option<(u32, usize)> {
        let e = self.is(j, |w| w == Word::DayWord)?;
        if let Some(d) = self.day(e) {
            return Some((d, e + 1));
        }
        if self.toks.get(e).is_some_and(|t| t.num.is_some()) {
            return None;
        }
        self.count(e).filter(|&(d, _)| (3..=31).contains(&d)).map(|(d, end)| (d as u32, end))
    }

    /// A day of the month without its month ([`ExprKind::MonthDay`]): "يوم 15", "يوم
    /// الخامس والعشرين", "يوم عشرين", "يوم 25 المقبل" (the next 25th), "يوم 3 الماضي", "في 25
    /// القادم". Digits alone need the direction, in the masculine of يوم ("الـ24 الماضية" is
    /// a count), and the article never stands before them.
    pub(super) fn day_of_month(&self, i: usize) -> Option<Cand> {
        let yawm = self.toks.get(i)?.text.ends_with("يوم");
        let (day, mut end) = if let Some(found) = self.yawm_day(i).filter(|_| yawm) {
            found
        } else if let Some(e) = self.is(i, |w| w == Word::DayWord).filter(|_| yawm)
            && let Some((Word::Ordinal(d), n)) = self.word(e, |w| matches!(w, Word::Ordinal(_)))
            && self.toks[e].text.starts_with("ال")
        {
            (d, e + n)
        } else {
            (self.day(i)?, i + 1)
        };
        if i > 0 && self.toks[i - 1].text.ends_with("ال") || self.toks[end - 1].text.starts_with("ال") && self.day(end - 1).is_some() {
            return None;
        }
        let mut offset = None;
        if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_)))
            && o != 0
            && !self.toks[end].text.ends_with('ه')
        {
            offset = Some(o.signum());
            end += n;
        }
        // يوم 9 من ذي الحجة، يوم 5 مارس: a month follows, read by the rules of dates.
        if !yawm && offset.is_none() || offset.is_none() && (self.toks.get(end).is_some_and(|t| t.text == "من") || self.month(end).is_some()) {
            return None;
        }
        Some(Cand { start: i, end, kind: ExprKind::MonthDay { day, offset }, part: None, rule: "day-of-month" })
    }

    /// A relative month then its day: "الشهر الجاي يوم عشرة", "الشهر الماضي، يوم 5", "الشهر
    /// المقبل في يوم 20" (the day first is read by `calendar`: "يوم 20 من الشهر المقبل").
    pub(super) fn relative_month_day(&self, i: usize) -> Option<Cand> {
        let (o, mut k) = self.relative_month(i)?;
        if self.punct(k, crate::text::clause::COMMAS) {
            k += 1;
        }
        if self.toks.get(k).is_some_and(|t| t.text == "في") {
            k += 1;
        }
        let (d, end) = self.yawm_day(k)?;
        let cal = Calendar { day: Some(d), month_offset: Some(o), ..Calendar::default() };
        Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: "relative-month-day" })
    }

    /// الشهر الجاري / هذا الشهر / الشهر المقبل at `i`: (offset, end).
    pub(super) fn relative_month(&self, i: usize) -> Option<(i32, usize)> {
        self.period_direction(i, Unit::Month)
    }

    /// A period noun of `unit` with its direction at `i`, or هذا before it ("الشهر المقبل",
    /// "هذا العام", "السنة الجارية"): (periods from the anchor's, end).
    pub(super) fn period_direction(&self, i: usize, unit: Unit) -> Option<(i32, usize)> {
        let this = self.is(i, |w| w == Word::This);
        let j = this.unwrap_or(i);
        let e = self.is(j, |w| w == Word::Period(unit))?;
        if this.is_some() {
            return Some((0, e));
        }
        match self.word(e, |w| matches!(w, Word::Dir(_)))? {
            (Word::Dir(o), n) => Some((o, e + n)),
            _ => None,
        }
    }

    /// A day and month written with a slash after يوم or بتاريخ ("يوم 24/11"): the year comes
    /// from the anchor. Alone, 24/11 could be a score or a fraction.
    pub(super) fn numeric_day_month(&self, i: usize) -> Option<Cand> {
        let t = self.toks.get(i)?;
        if !matches!(t.text, "يوم" | "بتاريخ" | "تاريخ") {
            return None;
        }
        let (a, b) = (self.toks.get(i + 1)?.num?, self.toks.get(i + 3)?.num?);
        if self.toks[i + 2].text != "/"
            || !self.adjacent(i + 1)
            || !self.adjacent(i + 2)
            || a.digits > 2
            || b.digits > 2
            || a.suffix.is_some()
            || b.suffix.is_some()
        {
            return None;
        }
        if self.toks.get(i + 4).is_some_and(|t| t.text == "/") {
            return None;
        }
        if !(1..=31).contains(&a.value) || !(1..=12).contains(&b.value) {
            return None;
        }
        let cal = Calendar { day: Some(a.value), month: Some(b.value), ..Calendar::default() };
        Some(Cand { start: i, end: i + 4, kind: ExprKind::Calendar(cal), part: None, rule: "numeric-day-month" })
    }

    /// Numeric dates: 2021-11-24, 24/11/2021, 24.11.2021, "24 / 11 / 2021" (the separators
    /// written together or each spaced alike).
    pub(super) fn numeric(&self, i: usize) -> Option<Cand> {
        let t = &self.toks;
        if i + 4 >= t.len() {
            return None;
        }
        let sep = t[i + 1].text;
        if !matches!(sep, "-" | "/" | ".") || t[i + 3].text != sep {
            return None;
        }
        // Written tight ("24/11/2021"), or with a space on each side of both separators ("24 /
        // 11 / 2021", "24 - 11 - 2021": right-to-left typing spaces them); either way a
        // four-digit year opens or closes it (`numeric_date`), so a score is no date.
        let tight = (i..i + 4).all(|k| self.adjacent(k));
        let spaced = sep != "." && (i..i + 4).all(|k| !self.adjacent(k));
        if !(tight || spaced) {
            return None;
        }
        let cal = numeric_date(t[i].num?, t[i + 2].num?, t[i + 4].num?)?;
        Some(Cand { start: i, end: i + 5, kind: ExprKind::Calendar(cal), part: None, rule: "numeric" })
    }

    /// A whole date in one calendar and the same day in the other joined by الموافق ("13
    /// رمضان 1443 هـ الموافق 15 أبريل 2022", "22 دجنبر 2020 الموافق 7 جمادى الأولى 1442"):
    /// one expression over both, read as the Gregorian date the page states, since the
    /// Hijri day can differ by a day from the tables' (local sighting). `c` is the reading at
    /// its start; anything else is returned as it is.
    pub(super) fn corresponding(&self, c: Cand) -> Cand {
        let ExprKind::Calendar(first) = c.kind else { return c };
        if first.day.is_none() || first.year.is_none() {
            return c;
        }
        let Some(mut k) = self.is(c.end, |w| w == Word::Link) else { return c };
        // "الموافق لـ 22 دجنبر": the preposition, a lone letter.
        if self.toks.get(k).is_some_and(|t| t.text.chars().count() == 1) && self.is(k, |w| matches!(w, Word::RangeTo { .. })).is_some() {
            k += 1;
        }
        let other = self.numeric(k).or_else(|| self.calendar(k).map(|(cal, end, rule)| Cand { start: k, end, kind: ExprKind::Calendar(cal), part: None, rule }));
        let Some(Cand { kind: ExprKind::Calendar(second), end, .. }) = other else { return c };
        if second.day.is_none() || second.year.is_none() || second.hijri == first.hijri {
            return c;
        }
        let greg = if first.hijri { second } else { first };
        Cand { start: c.start, end, kind: ExprKind::Calendar(greg), part: c.part, rule: "corresponding" }
    }

    /// A date with a day written after a weekday: ", 16 يوليو", "في 16 يوليو", "الموافق 14
    /// شباط", "(10 أغسطس)": (calendar, end).
    pub(super) fn date_after(&self, j: usize) -> Option<(Calendar, usize)> {
        let mut k = j;
        let paren = self.punct(k, &['(']);
        if paren || self.punct(k, &[',', '،', '-']) {
            k += 1;
        }
        if let Some(e) = self.is(k, |w| w == Word::Link) {
            k = e;
        }
        // English writes the month first ("Wednesday, Nov. 24").
        let (cal, mut e) = match self.numeric(k) {
            Some(Cand { kind: ExprKind::Calendar(cal), end, .. }) => (cal, end),
            _ => self.calendar(k).map(|(c, e, _)| (c, e)).filter(|(c, _)| c.day.is_some()).or_else(|| super::latin::month_day_at(self, k))?,
        };
        cal.day?;
        if paren {
            if !self.punct(e, &[')']) {
                return None;
            }
            e += 1;
        }
        Some((cal, e))
    }
}
