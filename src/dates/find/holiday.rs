//! Named days and periods: "عيد العرش" (30 July), "ذكرى المسيرة الخضراء" (6 November), "عيد
//! الفطر" (1 Shawwal), "رمضان" (the month), with a year or a direction when written ("عيد
//! الأضحى 2021", "رمضان المقبل", "عيد العرش لعام 2022"). Gregorian ones are calendar dates;
//! Hijri ones are resolved against the Umm al-Qura table.

use super::{Cand, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

impl Parser<'_> {
    /// A named day or period at `i`, with its year or direction.
    pub(super) fn holiday(&self, i: usize) -> Option<Cand> {
        // آخر أيام رمضان: the last day of the named Hijri month.
        if let Some((Word::Nth(-1), len)) = self.word(i, |w| matches!(w, Word::Nth(_)))
            && self.toks.get(i + len).is_some_and(|t| t.text == "ايام")
            && let Some((Word::Holiday { hijri: true, month, day: None }, n)) = self.word(i + len + 1, |w| matches!(w, Word::Holiday { .. }))
        {
            let cal = Calendar { hijri: true, month: Some(month), ..Calendar::default() };
            return Some(Cand { start: i, end: i + len + 1 + n, kind: ExprKind::Nth { n: -1, of: crate::dates::value::NthOf::Day, month: cal }, part: None, rule: "holiday-last-day" });
        }
        // أول أيام رمضان، ثاني أيام عيد الأضحى: the nth day of the named day or month.
        let (nth, i0) = match self.word(i, |w| matches!(w, Word::Nth(_))) {
            Some((Word::Nth(n), len)) if n >= 1 && self.toks.get(i + len).is_some_and(|t| t.text == "ايام") => (n as u32, i + len + 1),
            // غرة رمضان، فاتح شهر رمضان: its first day, as "فاتح يوليوز" (`calendar`).
            _ => match self.first_of(i) {
                Some(e) => (1, self.is(e, |w| w == Word::MonthWord).unwrap_or(e)),
                None => (1, i),
            },
        };
        let j = self.is(i0, |w| w == Word::HolidayPrefix).unwrap_or(i0);
        let (Word::Holiday { hijri, month, day }, n) = self.word(j, |w| matches!(w, Word::Holiday { .. }))? else { return None };
        let day = match day {
            Some(d) => Some(d + nth - 1),
            None if nth > 1 || i0 > i => Some(nth),
            None => None,
        };
        // عيد الأضحى 2021, عيد العرش لعام 2022, رمضان من العام 2020, عيد الفطر المقبل
        // (and "the Prophet's birthday in 2021", « l'Aïd el-Fitr en 2021 », as Hebrew feasts)
        let (year, offset, end) = self.year_or_direction_after_feast(j + n, &["من", "of", "de", "in", "en"]);
        // رمضان alone is also a first name (رمضان عبد الله): the month needs شهر, a year, a
        // direction, a preposition or a part before it, or nothing else around it.
        if hijri && day.is_none() && n == 1 && j == i && year.is_none() && offset.is_none() {
            let cue_before = i > 0
                && self.is(i - 1, |w| matches!(w, Word::YearPrep | Word::Part(_) | Word::SpanPrep | Word::Ago(_) | Word::Link | Word::RangeFrom))
                    .is_some();
            let alone = i == 0 && end == self.toks.len();
            if !cue_before && !alone {
                return None;
            }
        }
        // عيد الأضحى 1443، المولد النبوي الشريف لعام 1442 هـ، عاشوراء من عام 1442: a Hijri
        // year after a Hijri feast is the feast of that year, not the nearest one.
        if hijri && year.is_none() && offset.is_none()
            && let Some((hijri_year, e)) = self.hijri_year_after_feast(j + n)
        {
            let cal = Calendar { hijri: true, year: Some(hijri_year), month: Some(month), day, ..Calendar::default() };
            return Some(Cand { start: i, end: e, kind: ExprKind::Calendar(cal), part: None, rule: "holiday-hijri-year" });
        }
        let kind = if hijri {
            ExprKind::HijriDay { month, day, year, offset }
        } else {
            ExprKind::Calendar(Calendar { year, month: Some(month), day, month_offset: offset, ..Calendar::default() })
        };
        Some(Cand { start: i, end, kind, part: None, rule: "holiday" })
    }

    /// A Hijri or Gregorian feast after an English direction at `i` that ends at `j` ("last
    /// Ramadan", "next Eid al-Adha", "the coming Ramadan"): the one the direction names, as
    /// a direction after it does ("رمضان المقبل", « le ramadan dernier »). The direction is the
    /// cue that makes "Ramadan" the month, not a first name.
    pub(super) fn feast_after_direction(&self, i: usize, j: usize, offset: i32) -> Option<Cand> {
        if offset == 0 {
            return None;
        }
        let k = self.is(j, |w| w == Word::HolidayPrefix).unwrap_or(j);
        let (Word::Holiday { hijri, month, day }, n) = self.word(k, |w| matches!(w, Word::Holiday { .. }))? else { return None };
        let kind = if hijri {
            ExprKind::HijriDay { month, day, year: None, offset: Some(offset) }
        } else {
            ExprKind::Calendar(Calendar { month: Some(month), day, month_offset: Some(offset), ..Calendar::default() })
        };
        Some(Cand { start: i, end: k + n, kind, part: None, rule: "direction-feast" })
    }

    /// What follows a named feast ending at token `end`: a direction ("عيد الفطر المقبل", "next
    /// Passover"), else a Gregorian year, a year word and one of `links` allowed before it
    /// ("رمضان من العام 2020", "Hanukkah of 2021"): (year, direction, the end of the
    /// expression).
    pub(super) fn year_or_direction_after_feast(&self, end: usize, links: &[&str]) -> (Option<i32>, Option<i32>, usize) {
        if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))) {
            return (None, Some(o), end + n);
        }
        let mut k = end;
        if self.toks.get(k).is_some_and(|t| t.lowercase_is_one_of(links)) {
            k += 1;
        }
        if let Some(e) = self.is(k, |w| w == Word::YearWord) {
            k = e;
        }
        // عيد الفطر 2021-05-13: the year of a numeric date is not the feast's.
        match self.year(k) {
            Some((y, false, e)) if self.numeric(k).is_none() => (Some(y), None, e),
            _ => (None, None, end),
        }
    }

    /// A Hijri year after a Hijri feast ending at token `end`, with the links a year takes
    /// there («لعام 1442»، «من عام 1442 هـ»، «1443 للهجرة»): the four digits of a year of the
    /// Hijri era (as after a Hijri month, `calendar`, it needs no هـ; unmarked, only years of
    /// 1400–1460, 1979–2039, so that a count such as «1500 رأس» stays one), or one marked
    /// Hijri. (year, end).
    pub(super) fn hijri_year_after_feast(&self, end: usize) -> Option<(i32, usize)> {
        let mut k = end;
        if self.toks.get(k).is_some_and(|t| t.text == "من") {
            k += 1;
        }
        k = self.is(k, |w| w == Word::YearWord).unwrap_or(k);
        if let Some((y, true, e)) = self.year(k) {
            return Some((y, e));
        }
        let n = self.toks.get(k)?.num?;
        (n.digits == 4 && n.suffix.is_none() && (1400..=1460).contains(&n.value)).then_some((n.value as i32, k + 1))
    }

    /// A day of a Hijri month without a year: "في 10 ذي الحجة", "27 من رمضان", and its first
    /// day said «غرة» or «فاتح» («غرة محرم», «فاتح شهر شوال», «الأول من ذي الحجة»; a Hijri
    /// month whose name is also a word, محرم "forbidden", صفر "zero", is one after them): like
    /// a named day, the occurrence nearest the anchor, or the one a direction after it names
    /// («غرة شعبان المقبل»; with a year, `calendar` reads it whole).
    pub(super) fn hijri_day(&self, i: usize) -> Option<Cand> {
        let (day, mut j) = match self.day(i) {
            Some(d) => (d, i + 1),
            // Not after a definite noun: «الأسبوع الأول من محرم» is a rank of weeks.
            None if i == 0 || !self.toks[i - 1].text.trim_start_matches(['و', 'ف']).starts_with("ال") => (1, self.first_of(i)?),
            None => return None,
        };
        if self.toks.get(j).is_some_and(|t| t.text == "من") {
            j += 1;
        }
        j = self.is(j, |w| w == Word::MonthWord).unwrap_or(j);
        let (month, true, _, _, mut end) = self.month(j)? else { return None };
        let mut offset = None;
        if let Some((Word::Dir(o), n)) = self.word(end, |w| matches!(w, Word::Dir(_))) {
            offset = Some(o);
            end += n;
        }
        Some(Cand { start: i, end, kind: ExprKind::HijriDay { month, day: Some(day), year: None, offset }, part: None, rule: "hijri-day" })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn the_first_of_a_hijri_month_without_its_year_is_the_nearest() {
        // 1 Muharram 1443, 1 Shawwal 1443, 1 Rajab 1442 (Umm al-Qura).
        assert_eq!(read("غرة محرم", "2021-08-11"), "2021-08-09 day");
        assert_eq!(read("وفي فاتح شوال", "2022-03-31"), "2022-05-02 day");
        assert_eq!(read("في غرة شهر رجب", "2020-12-13"), "2021-02-13 day");
        // With a direction, the one it names: 1 Dhu al-Hijjah 1442.
        assert_eq!(read("غرة ذي الحجة المقبل", "2020-12-13"), "2021-07-11 day");
        // محرم alone is "forbidden": no date.
        assert_eq!(read("هذا أمر محرم", "2021-08-11"), "");
    }

    #[test]
    fn a_hijri_feast_with_its_hijri_year_is_that_years() {
        // Umm al-Qura: 10 Dhu al-Hijja 1443 is 9 July 2022, 10 Muharram 1442 is 29 August 2020,
        // 12 Rabi' al-Awwal 1442 is 29 October 2020, 27 Ramadan 1442 is 9 May 2021.
        assert_eq!(read("عيد الأضحى 1443", "2020-12-13"), "2022-07-09 day");
        assert_eq!(read("وبمناسبة عاشوراء 1442 هـ", "2022-03-25"), "2020-08-29 day");
        assert_eq!(read("عيد المولد النبوي الشريف لعام 1442", "2022-03-25"), "2020-10-29 day");
        assert_eq!(read("في ذكرى المولد النبوي 1443 هـ", "2022-07-18"), "2021-10-18 day");
        assert_eq!(read("ليلة القدر من عام 1442", "2022-03-25"), "2021-05-09 day");
        assert_eq!(read("أول أيام عيد الأضحى المبارك لعام 1442", "2022-03-25"), "2021-07-20 day");
        // A Hijri month with its year is the month (as «رمضان 1443»).
        assert_eq!(read("خلال شهر رمضان لعام 1443 هـ", "2020-12-13"), "2022-04-02/2022-05-01 day");
        // A Gregorian year keeps its reading; a count after the feast is no year.
        assert_eq!(read("عيد الأضحى 2021", "2022-03-25"), "2021-07-20 day");
        assert_eq!(read("عيد الأضحى 1500 رأس", "2020-12-13"), "2020-07-31 day");
        // English and French names, and their year after "in", « en ».
        assert_eq!(read("the Prophet's birthday in 2021", "2022-03-25"), "2021-10-18 day");
        assert_eq!(read("l'Aïd al-Mawlid en 2020", "2022-03-25"), "2020-10-29 day");
        assert_eq!(read("Ashura", "2020-12-13"), "2020-08-29 day");
    }
}
