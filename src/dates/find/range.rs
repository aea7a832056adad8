//! Years, ranges and parts of periods: "العام 2014", "في 2020", "بين عامي 2020 و2022", "من 10
//! إلى 12 يوليو", "أواخر شهر يوليو", "مطلع العام الجاري".

use super::{Cand, MAX_YEAR, MIN_YEAR, Parser, Tok};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, DayEnd, ExprKind, Unit};
use crate::text::normalize::is_word_char;

impl Parser<'_> {
    /// Whether the slash at token `slash` joins `year` to a season's second year right after
    /// it ("2021/2022", « la saison 2021/2022 »): four digits with no calendar mark, the next
    /// year. A slash joins no other years (a date's "12/2021", two unrelated years).
    fn season_second_year(&self, slash: usize, year: u32) -> bool {
        self.punct(slash, &['/']) && self.toks.get(slash + 1).and_then(|t| t.num).is_some_and(|n| n.digits == 4 && n.suffix.is_none() && n.value == year + 1)
    }

    /// The dash or word that joins the two ends of a range ("-", "إلى", "حتى") at `k`: the
    /// end of the joiner.
    fn range_joiner(&self, k: usize) -> Option<usize> {
        if self.punct(k, &['-']) {
            return Some(k + 1);
        }
        self.is(k, |w| matches!(w, Word::RangeTo { .. }))
    }

    /// Years: "العام 2014", "عام 2000", "في 2020" (the preposition left out), "2021م",
    /// "1442 هـ" (its span of Gregorian days), and year ranges "بين عامي 2020 و2022".
    pub(super) fn year_phrase(&self, i: usize) -> Option<Cand> {
        let (start, j) = if let Some(e) = self.is(i, |w| w == Word::YearWord) {
            (i, e)
        } else if let Some(e) = self.is(i, |w| w == Word::PairFrom).filter(|&e| self.year_range_at(e)) {
            // "de 2020 à 2022": the French pair words open and join a range of years too.
            (i, e)
        } else if let Some(e) = self.is(i, |w| w == Word::YearPrep) {
            // من and بين introduce a year only as the start of a range ("أكثر من 2000 شخص").
            if self.is(i, |w| w == Word::RangeFrom).is_some() && !self.year_range_at(e) {
                return None;
            }
            // في 2021/11/24: the full date is read from the number itself.
            if self.numeric(e).is_some() {
                return None;
            }
            // من سنة 2020 إلى سنة 2022
            let e = if self.is(i, |w| w == Word::RangeFrom).is_some() { self.is(e, |w| w == Word::YearWord).unwrap_or(e) } else { e };
            // في 2000 موقع: a round number before a noun is a count of things, not a year.
            if self.toks.get(e).and_then(|t| t.num).is_some_and(|x| x.value % 100 == 0 && x.suffix.is_none())
                && self.toks.get(e + 1).is_some_and(|t| {
                    t.text.chars().next().is_some_and(is_word_char)
                        && t.num.is_none()
                        && !t.text.starts_with("ال")
                        && t.matches.iter().all(|&(e, _)| self.lex.entry(e as usize).word == Word::EraNoun)
                })
            {
                return None;
            }
            (e, e)
        } else {
            let n = self.toks.get(i)?.num?;
            let marked = n.suffix.is_some() || self.is(i + 1, |w| matches!(w, Word::HijriMarker | Word::GregMarker)).is_some();
            // A year range written with a dash (2020-2022), or a year standing alone between
            // punctuation ("(2021)", a phrase "2021"): not a count of things.
            // (A slash joins only a season's two years that follow: "2021/2022".)
            let range = self.adjacent(i)
                && self.adjacent(i + 1)
                && ((self.punct(i + 1, &['-']) && self.toks.get(i + 2).and_then(|t| t.num).is_some_and(|x| x.digits == 4)) || self.season_second_year(i + 1, n.value));
            let boundary = |k: Option<&Tok>| k.is_none_or(|t| !t.text.chars().next().is_some_and(is_word_char) && t.text != "%");
            let alone = (1950..=2050).contains(&n.value)
                && n.digits == 4
                && boundary(if i == 0 { None } else { self.toks.get(i - 1) })
                && boundary(self.toks.get(i + 1));
            if !marked && !range && !alone {
                return None;
            }
            (i, i)
        };
        let (y, hijri, mut end) = self.year(j)?;
        // "by 2000 GMT", "at 1930 UTC": an hour in four digits before a zone's name (`clock`).
        if end == j + 1 && y % 100 < 60 && self.word(end, |w| matches!(w, Word::ZoneName(_))).is_some() {
            return None;
        }
        let first = Calendar { year: Some(y), hijri, ..Calendar::default() };
        // A range of years: 2020 - 2022, 2020 و2022, 2020 إلى 2022.
        // A season's two years behind a slash ("the 2022/2023 school year", « la saison
        // 2021/2022 », «الموسم الفلاحي 2021/2022»): the slash joins only years that follow.
        if u32::try_from(y).is_ok_and(|y| self.season_second_year(end, y)) {
            let second = Calendar { year: Some(y + 1), hijri, ..Calendar::default() };
            return Some(Cand { start, end: end + 2, kind: ExprKind::Range(first, second), part: None, rule: "year-range" });
        }
        let (k, joined) = self.range_joiner(end).or_else(|| self.is(end, |w| w == Word::PairTo)).map_or((end, false), |k| (k, true));
        if let Some(t) = self.toks.get(k) {
            let glued_and = t.text.starts_with('و') && t.num.is_some();
            let k = if joined { self.is(k, |w| w == Word::YearWord).unwrap_or(k) } else { k };
            if (joined || glued_and)
                && let Some((y2, h2, e)) = self.year(k)
                && h2 == hijri
                && y2 > y
            {
                end = e;
                let second = Calendar { year: Some(y2), hijri, ..Calendar::default() };
                return Some(Cand { start, end, kind: ExprKind::Range(first, second), part: None, rule: "year-range" });
            }
        }
        Some(Cand { start, end, kind: ExprKind::Calendar(first), part: None, rule: "year" })
    }

    /// A decade: "التسعينيات", "في ثمانينيات القرن الماضي" (the century words are read with
    /// it): its years, `START/END`. A decade word in Latin letters ("nineties", « soixante-dix »)
    /// is read only after "the" or « années », by [`Parser::latin_decade`]: alone it is an age or
    /// a count.
    pub(super) fn decade(&self, i: usize) -> Option<Cand> {
        if self.toks.get(i).is_some_and(|t| t.is_latin()) {
            return None;
        }
        let (Word::Decade(first), n) = self.word(i, |w| matches!(w, Word::Decade(_)))? else { return None };
        let mut end = i + n;
        // من القرن الماضي / القرن العشرين / من القرن العشرين
        let k = if self.toks.get(end).is_some_and(|t| t.text == "من") { end + 1 } else { end };
        if self.toks.get(k).is_some_and(|t| t.text == "القرن") && self.toks.get(k + 1).is_some_and(|t| matches!(t.text, "الماضي" | "العشرين")) {
            end = k + 2;
        }
        let (from, to) = (Calendar { year: Some(first), ..Calendar::default() }, Calendar { year: Some(first + 9), ..Calendar::default() });
        Some(Cand { start: i, end, kind: ExprKind::Range(from, to), part: None, rule: "decade" })
    }

    /// A range from a day counted from the anchor to a later day: "من اليوم إلى الجمعة", "من
    /// الغد حتى 15 أغسطس", "من أمس إلى اليوم", "من بكرة للخميس", "from today until Friday",
    /// "d'aujourd'hui à vendredi", "de demain jusqu'à dimanche". (French "de" and "à" are too
    /// common to be range words of the lexicon: they are read here, around a relative day.)
    pub(super) fn from_day_range(&self, i: usize) -> Option<Cand> {
        let text = |k: usize| self.toks.get(k).map(|t| t.text);
        let j = match self.is(i, |w| w == Word::RangeFrom) {
            Some(e) => e,
            None if text(i) == Some("de") => i + 1,
            None if text(i) == Some("d") && self.punct(i + 1, &['\'', '’']) => i + 2,
            None => return None,
        };
        let (Word::RelDay(days), n) = self.word(j, |w| matches!(w, Word::RelDay(_)))? else { return None };
        let mut k = j + n;
        // للخميس: the joiner ل written on the second end.
        let glued = text(k).is_some_and(|t| t.starts_with("لل") && t.len() > 4);
        if !glued {
            k = if let Some(e) = self.is(k, |w| matches!(w, Word::RangeTo { .. })) {
                e
            } else if text(k) == Some("à") {
                k + 1
            } else if text(k) == Some("jusqu") && self.punct(k + 1, &['\'', '’']) && text(k + 2) == Some("à") {
                k + 3
            } else {
                return None;
            };
        }
        // إلى غاية، حتى يوم
        if let Some(e) = self.is(k, |w| w == Word::DayWord) {
            k = e;
        }
        let (to, mut end) = if let Some((Word::Weekday(wd) | Word::DirWeekday(wd), n)) = self.word(k, |w| matches!(w, Word::Weekday(_) | Word::DirWeekday(_))) {
            (DayEnd::Weekday(wd), k + n)
        } else if let Some((Word::RelDay(d), n)) = self.word(k, |w| matches!(w, Word::RelDay(_))) {
            (DayEnd::Days(d), k + n)
        } else {
            let (cal, e, _) = self.calendar(k)?;
            cal.day?;
            (DayEnd::Date(cal), e)
        };
        // الجمعة المقبل: the first such day after the start is already the coming one.
        if matches!(to, DayEnd::Weekday(_))
            && let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_)))
            && o > 0
        {
            end += n;
        }
        Some(Cand { start: i, end, kind: ExprKind::FromDay { days, to }, part: None, rule: "from-day-range" })
    }

    /// Whether a year range starts at `i` (2020 إلى 2022, 2020 و2022, 2020-2022).
    pub(super) fn year_range_at(&self, i: usize) -> bool {
        // من سنة 2020 إلى سنة 2022: the year word may stand before each end.
        let i = self.is(i, |w| w == Word::YearWord).unwrap_or(i);
        let Some((y, _, e)) = self.year(i) else { return false };
        let k = if self.punct(e, &['-']) {
            e + 1
        } else if let Some(k) = self.is(e, |w| matches!(w, Word::RangeTo { .. }) || w == Word::PairTo) {
            k
        } else {
            e
        };
        let joined = k > e || self.toks.get(k).is_some_and(|t| t.text.starts_with('و') && t.num.is_some());
        let k = if joined { self.is(k, |w| w == Word::YearWord).unwrap_or(k) } else { k };
        joined && self.year(k).is_some_and(|(y2, _, _)| y2 > y)
    }

    /// Ranges of days or dates: "من 10 إلى 12 يوليو", "بين 10 و12 يوليو", "10-12 يوليو 2021",
    /// "من 10 يوليو إلى 12 أغسطس".
    pub(super) fn range(&self, i: usize) -> Option<Cand> {
        let mut j = i;
        // "de janvier à mars 2021": the French pair words (kinds pair_from, pair_to) open and
        // join a range too.
        let pair = self.is(j, |w| w == Word::PairFrom).is_some();
        let from = self.is(j, |w| matches!(w, Word::RangeFrom | Word::DayWord | Word::PairFrom));
        if let Some(e) = from {
            j = e;
            // بين يومي 10 و12
            if let Some(e) = self.is(j, |w| w == Word::DayWord) {
                j = e;
            }
        }
        let start = if from.is_some() && self.toks[i].text != "من" && self.toks[i].text != "بين" { i } else { j };
        let start = if self.toks[i].text == "يومي" { i } else { start };
        // « le 1er et le 2 décembre », "the 10th and the 11th of August": a determiner before
        // the first day, read with the range (else « le 1er » alone takes the first day).
        let determiner = from.is_none().then(|| self.is(i, |w| w == Word::Determiner)).flatten().filter(|&e| self.day(e).or_else(|| super::latin::day(self, e)).is_some());
        let (start, j) = match determiner {
            Some(e) => (i, e),
            None => (start, j),
        };
        // "from the 1st to the 3rd of March": a determiner before an ordinal day.
        let the_day = |k: usize| self.is(k, |w| w == Word::Determiner).filter(|&e| super::latin::day(self, e).is_some() && self.day(e).is_none()).unwrap_or(k);
        let j = if from.is_some() { the_day(j) } else { j };
        // "du 1er au 3 mars": an ordinal first day too.
        if let Some(a) = self.day(j).or_else(|| super::latin::day(self, j)) {
            // day-day month
            let joiner = self.range_joiner(j + 1).or_else(|| self.is(j + 1, |w| pair && w == Word::PairTo));
            let (k, linked) = joiner.map_or((j + 1, false), |k| (the_day(k), true));
            let glued_and = self.toks.get(k).is_some_and(|t| t.text.starts_with('و') && t.num.is_some());
            // "from 1st to 3rd March": an ordinal last day, read with its month.
            let second = || self.calendar(k).map(|(c, e, _)| (c, e)).or_else(|| super::latin::ordinal_day_month_at(self, k));
            if (linked || glued_and)
                && let Some(b) = self.day(k).or_else(|| super::latin::day(self, k))
                && let Some((cal2, e)) = second()
                && b > a
                && cal2.day == Some(b)
            {
                let cal1 = Calendar { day: Some(a), ..cal2 };
                return Some(Cand { start, end: e, kind: ExprKind::Range(cal1, cal2), part: None, rule: "day-range" });
            }
            // "من 28 إلى مارس الجاري": a range whose last day the page left out (a slip real
            // pages make) still tells its first day, of the month named after the joiner.
            if linked
                && from.is_some_and(|_| self.is(i, |w| w == Word::RangeFrom).is_some())
                && self.day(k).is_none()
                && let Some((month, e, _)) = self.calendar(k).filter(|(c, _, _)| c.day.is_none() && c.month.is_some() && c.weekday.is_none())
            {
                let first = Calendar { day: Some(a), ..month };
                return Some(Cand { start, end: e, kind: ExprKind::Calendar(first), part: None, rule: "range-without-last-day" });
            }
        }
        if self.toks[i].text == "يومي" {
            return None;
        }
        // « du lundi 28 février au mercredi 2 mars »: a weekday before a day of either end.
        let past_weekday = |k: usize| self.is(k, |w| matches!(w, Word::Weekday(_))).filter(|&e| self.day(e).or_else(|| super::latin::day(self, e)).is_some()).unwrap_or(k);
        // "from the 30th of September to the 3rd of October": an ordinal day first too.
        let ordinal_at = |k: usize| super::latin::ordinal_day_month_at(self, the_day(k)).map(|(c, e)| (c, e, "ordinal-day-month"));
        if from.is_none() {
            return self.dashed_days_of_two_months(i, ordinal_at);
        }
        let j = past_weekday(j);
        // "between late May and early June", «ما بين أواخر ماي ومطلع يونيو», « entre fin mai et
        // début juin », «من منتصف يونيو حتى أواخر يوليو 2022»: a part of a month at either end
        // is that month (as a part of a month alone is), and the stretch is the months.
        let part_of_month = |k: usize| {
            let c = self.part(k)?;
            match c.kind {
                ExprKind::Calendar(cal) if cal.month.is_some() && cal.day.is_none() && cal.weekday.is_none() => Some((cal, c.end, "part-of-month")),
                _ => None,
            }
        };
        let (mut cal1, e, _) = self.calendar(j).or_else(|| part_of_month(j)).or_else(|| ordinal_at(j))?;
        // بين مايو ويونيو: و written on the second end joins them.
        // بين 28 فبراير و2 مارس: or on the second end's day.
        let glued_and = self.toks.get(e).is_some_and(|t| t.text.starts_with('و') && (t.text.chars().count() > 2 || t.num.is_some()));
        let k = self.is(e, |w| matches!(w, Word::RangeTo { .. }) || pair && w == Word::PairTo).or(glued_and.then_some(e))?;
        let k = past_weekday(k);
        // من يناير إلى مارس: after a month the second name needs no other context (مارس, آب).
        let month_alone = || {
            let (month, hijri, _, _, e2) = self.month(k).filter(|_| cal1.day.is_none() && cal1.month.is_some())?;
            let year = self.year(e2).filter(|&(_, h, _)| h == hijri);
            let cal = Calendar { month: Some(month), hijri, year: year.map(|y| y.0), ..Calendar::default() };
            Some((cal, year.map_or(e2, |y| y.2), "month"))
        };
        // "du 31 octobre au 1er novembre": an ordinal day ends it too.
        let ordinal = || ordinal_at(k);
        // "to June last year": the month with its counted year, before `calendar` takes "June
        // last" for last June.
        let counted_year = || {
            let (month, false, _, _, em) = self.month(k).filter(|_| cal1.day.is_none() && cal1.month.is_some())? else { return None };
            let (offset, e3) = super::latin::year_offset_after(self, em)?;
            Some((Calendar { month: Some(month), year_offset: Some(offset), ..Calendar::default() }, e3, "month"))
        };
        let part_after_a_month = || part_of_month(k).filter(|_| cal1.day.is_none() && cal1.month.is_some());
        let (mut cal2, mut e2, _) = counted_year().or_else(|| self.calendar(k)).or_else(month_alone).or_else(ordinal).or_else(part_after_a_month)?;
        if cal1.day.is_some() != cal2.day.is_some() {
            return None;
        }
        // "from April to June last year", « de mars à mai de l'année dernière »: a year counted
        // from the anchor after the second end is the pair's, as «من أبريل إلى يونيو من العام
        // الماضي» is (which `calendar` reads whole).
        if cal2.year.is_none() && cal2.year_offset.is_none() && cal2.month_offset.is_none() && !cal2.hijri
            && let Some((offset, e3)) = super::latin::year_offset_after(self, e2)
        {
            cal2.year_offset = Some(offset);
            e2 = e3;
        }
        // A year or direction written once, after the second end, is the stretch's: a Gregorian
        // first end with its month is left without one, and `resolve` makes it the last such
        // date not after the second end. Giving it the second's year or direction would put
        // it after the second across a year's end («من 28 ديسمبر إلى 2 يناير 2021», "from
        // December to February 2021": December 2020), or in another year than the second
        // («بين يونيو وغشت الماضيين» written in August: last August is last year's, the last
        // June this year's).
        let placed_by_resolve = cal1.month.is_some() && !cal1.hijri;
        if cal1.year.is_none() && cal1.year_offset.is_none() && cal1.month_offset.is_none() && !placed_by_resolve {
            cal1.year = cal2.year;
            cal1.year_offset = cal2.year_offset;
            cal1.month_offset = cal2.month_offset;
        }
        Some(Cand { start, end: e2, kind: ExprKind::Range(cal1, cal2), part: None, rule: "date-range" })
    }

    /// Two days of different months joined by a dash, with no word before the first ("30
    /// Sept.-2 Oct. 2022", « 30 septembre - 2 octobre », «30 شتنبر - 2 أكتوبر 2022»): the dash
    /// between two whole dates is a range, as "from … to" is. A year written once, after the
    /// second, is placed by `resolve` for the first as in [`Parser::range`]. Days of one month
    /// joined so ("10-12 juillet") are the day ranges', and "2020-2021" is years'.
    fn dashed_days_of_two_months(&self, i: usize, ordinal_at: impl Fn(usize) -> Option<(Calendar, usize, &'static str)>) -> Option<Cand> {
        let whole_day = |k: usize| self.calendar(k).or_else(|| ordinal_at(k)).filter(|(c, _, _)| c.day.is_some() && c.month.is_some() && !c.hijri);
        let (cal1, e, _) = whole_day(i)?;
        if cal1.year.is_some() || cal1.year_offset.is_some() || cal1.month_offset.is_some() || !self.punct(e, &['-', '–']) {
            return None;
        }
        let (cal2, end, _) = whole_day(e + 1)?;
        (cal2.month != cal1.month).then_some(())?;
        Some(Cand { start: i, end, kind: ExprKind::Range(cal1, cal2), part: None, rule: "dashed-days-of-two-months" })
    }

    /// A part of a period before a month, a period or a year: "أواخر شهر يوليو (تموز)
    /// الحالي", "مطلع العام الجاري", "منتصف 2021".
    pub(super) fn part(&self, i: usize) -> Option<Cand> {
        // آخر الشهر، أول السنة، نص الشهر: these words name a part only before a period noun.
        let (part, n, period_only) = match self.word(i, |w| matches!(w, Word::Part(_) | Word::PeriodPart(_)))? {
            (Word::Part(p), n) => (p, n, false),
            (Word::PeriodPart(p), n) => (p, n, true),
            _ => return None,
        };
        let j = i + n;
        if period_only && self.is(j, |w| matches!(w, Word::Period(_)) || w == Word::This).is_none() {
            return None;
        }
        let mut best: Option<Cand> = None;
        let mut consider = |c: Option<Cand>| {
            if let Some(c) = c
                && best.is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        };
        if let Some((cal, e, _)) = self.calendar(j).filter(|_| !period_only)
            && cal.day.is_none()
        {
            consider(Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: Some(part), rule: "part-of-month" }));
        }
        // "أواخر مارس", "late March", "منتصف جوان": a part before it makes a month name that is
        // also an ordinary word a month (the calendar reading wants a day, a year or a
        // direction beside such a name).
        if let Some((month, hijri, true, _, e)) = self.month(j).filter(|_| !period_only) {
            let (year, e) = match self.year(e) {
                Some((y, h, ye)) if h == hijri => (Some(y), ye),
                _ => (None, e),
            };
            let cal = Calendar { month: Some(month), hijri, year, ..Calendar::default() };
            consider(Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: Some(part), rule: "part-of-month" }));
        }
        consider(self.period(j).map(|c| Cand { start: i, part: Some(part), rule: "part-of-period", ..c }));
        consider(self.part_of_same_period(j).map(|c| Cand { start: i, part: Some(part), ..c }));
        // «مع بداية العام الجديد», « début de la nouvelle année »: a part of the new year.
        consider(self.new_year(j).map(|c| Cand { start: i, part: Some(part), rule: "part-of-new-year", ..c }));
        // أواخر الثمانينيات
        consider(self.decade(j).filter(|_| !period_only).map(|c| Cand { start: i, part: Some(part), rule: "part-of-decade", ..c }));
        // مطلع الربيع، أواخر صيف 2021: a season, this year's when nothing else is written.
        consider(self.season(j, true).filter(|_| !period_only).map(|c| Cand { start: i, part: Some(part), rule: "part-of-season", ..c }));
        // مطلع العام, نهاية الشهر: the current period, unless a year follows in the sentence
        // ("أواخر العام ليكون المغرب ... في 2020" is late 2020, read from the year).
        if let Some((Word::Period(unit), n)) = self.word(j, |w| matches!(w, Word::Period(_))) {
            let year_follows =
                self.toks[j + n..].iter().any(|t| t.num.is_some_and(|x| x.digits == 4 && (MIN_YEAR..=MAX_YEAR).contains(&x.value)));
            if !year_follows {
                consider(Some(Cand {
                    start: i,
                    end: j + n,
                    kind: ExprKind::Period { unit, offset: 0 },
                    part: Some(part),
                    rule: "part-of-current-period",
                }));
            }
        }
        if let Some((y, h, e)) = self.year(j) {
            let cal = Calendar { year: Some(y), hijri: h, ..Calendar::default() };
            consider(Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: Some(part), rule: "part-of-year" }));
        }
        if let Some(k) = self.is(j, |w| w == Word::YearWord || w == Word::Period(Unit::Year))
            && let Some((y, h, e)) = self.year(k)
        {
            let cal = Calendar { year: Some(y), hijri: h, ..Calendar::default() };
            consider(Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: Some(part), rule: "part-of-year" }));
        }
        // أول الشهر المقبل is its first day when the calendar reads it so.
        if period_only && best.is_some_and(|b| self.calendar(i).is_some_and(|(_, e, _)| e >= b.end)) {
            return None;
        }
        best
    }

    /// The period of the date told before, after a part of it: «أواخر الشهر ذاته», «مطلع
    /// العام نفسه», "late that same month", « fin du même mois » are that part of the month or
    /// year named before (its date given by [`crate::dates::find::tell_by_dates_before`], the
    /// part kept), not of the current one, which the plain period reading after the part
    /// («أواخر الشهر») would give.
    fn part_of_same_period(&self, j: usize) -> Option<Cand> {
        self.same_period(j).map(|c| Cand { rule: "part-of-same-period", ..c })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_range_between_parts_of_months_is_the_months() {
        assert_eq!(read("ما بين أواخر ماي ومطلع يونيو", "2022-03-25"), "2022-05/2022-06 month");
        assert_eq!(read("بين منتصف أكتوبر ونهاية نوفمبر الماضيين", "2020-12-13"), "2020-10/2020-11 month");
        assert_eq!(read("من أواسط مارس إلى غاية متم أبريل", "2022-03-25"), "2022-03/2022-04 month");
        assert_eq!(read("from mid-January to late February 2021", "2020-12-13"), "2021-01/2021-02 month");
        assert_eq!(read("entre fin mai et début juin", "2022-03-25"), "2022-05/2022-06 month");
        // A whole month at one end.
        assert_eq!(read("from May to late June 2021", "2022-03-25"), "2021-05/2021-06 month");
        // Two parts of one month stay that month.
        assert_eq!(read("بين مطلع ونهاية يونيو", "2022-03-25"), "2022-06 month");
    }

    #[test]
    fn an_hour_in_four_digits_before_a_zone_is_no_year() {
        assert_eq!(read("by 2000 GMT", "2022-03-25"), "");
        assert_eq!(read("by 2030", "2022-03-25"), "2030 year");
        assert_eq!(read("in 2021 Morocco", "2022-03-25"), "2021 year");
    }
}

