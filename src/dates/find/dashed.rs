//! Dates whose parts are joined by a dash, slash or dot, as tables, datelines and data pages
//! write them: a month name between numbers ("22-Dec-2020", "2020-Dec-22", "Dec-22-2020",
//! "22/déc/2020", "22-Dec-20", "22-Dec"), and numeric dates with a two-digit year where only
//! one order reads ("12/22/20" and "22.12.20" are 22 December 2020: one of the first two
//! numbers is above 12, so it is the day, or the numbers are joined by dots, which only the
//! day-first order uses: "10.12.20" is 10 December 2020). "10/12/20" is read for its year
//! alone, and only on a date line ([`EITHER_ORDER`]): October 12 in New York, 10 December in
//! Rabat.

use super::{Cand, MAX_YEAR, MIN_YEAR, Parser};
use crate::dates::lexicon::Word;
use crate::dates::value::{Calendar, ExprKind};

/// The rule of a two-digit-year numeric date that reads both ways ("08/11/21": 11 August or 8
/// November 2021). It is kept only on a date line (see `dateline::read_only_on_date_lines`)
/// and says only its year there: the anchor keeps its two days as the line's readings, which
/// a bound borrowed from another article's event may choose between (`publication::LineReadings`).
pub(crate) const EITHER_ORDER: &str = "numeric-two-digit-year-either-order";

/// The characters that join the parts.
const JOINERS: [char; 3] = ['-', '/', '.'];

impl Parser<'_> {
    /// The joiner at token `k` glued to the tokens around it: the one given, or any of
    /// [`JOINERS`] when `like` is None.
    fn joiner(&self, k: usize, like: Option<char>) -> Option<char> {
        let c = self.toks.get(k)?.text.chars().next()?;
        (self.punct(k, &JOINERS) && like.is_none_or(|l| l == c) && self.adjacent(k - 1) && self.adjacent(k)).then_some(c)
    }

    /// A Gregorian month name at `k` and the joiner glued after it if any (the name may end
    /// with its full stop, "Dec.", and that stop is then the joiner): (month, end of the name,
    /// index after the joiner).
    fn joined_month(&self, k: usize, like: Option<char>) -> Option<(u32, usize, Option<usize>)> {
        let (month, hijri, _, _, e) = self.month(k)?;
        if hijri {
            return None;
        }
        if self.joiner(e, like).is_some() {
            return Some((month, e, Some(e + 1)));
        }
        // "22.Dec.2020": the stop read as part of the name.
        let stop = e > k + 1 && self.punct(e - 1, &['.']) && like.is_none_or(|l| l == '.') && self.adjacent(e - 1);
        Some((month, e, stop.then_some(e)))
    }

    /// A year after a joiner: four digits, or two (20 is 2020, 99 is 1999) when nothing but a
    /// space or a punctuation mark that opens no number follows.
    fn joined_year(&self, k: usize) -> Option<(i32, usize)> {
        let n = self.toks.get(k)?.num?;
        if n.suffix.is_some() {
            return None;
        }
        let y = match n.digits {
            4 => n.value,
            // 1990–2039: the years news of these decades write so.
            2 if n.value < 40 => 2000 + n.value,
            2 if n.value >= 90 => 1900 + n.value,
            _ => return None,
        };
        // "22-12-2020-15": a longer code, no date.
        if self.adjacent(k) && self.punct(k + 1, &JOINERS) && self.toks.get(k + 2).is_some_and(|t| t.num.is_some()) {
            return None;
        }
        (MIN_YEAR..=MAX_YEAR).contains(&y).then_some((y as i32, k + 1))
    }

    /// Whether token `i` follows a joiner glued to a number ("5-22-Dec-2020" is some code).
    fn inside_code(&self, i: usize) -> bool {
        i >= 2 && self.adjacent(i - 1) && self.punct(i - 1, &JOINERS) && self.adjacent(i - 2) && self.toks[i - 2].num.is_some()
    }

    /// "22-Dec-2020", "22-Dec-20", "22-Dec", "2020-Dec-22", "Dec-22-2020".
    pub(super) fn dashed_month(&self, i: usize) -> Option<Cand> {
        if self.inside_code(i) {
            return None;
        }
        let date = |year: Option<i32>, month: u32, day: u32| {
            chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
            Some(Calendar { year, month: Some(month), day: Some(day), ..Calendar::default() })
        };
        let (cal, end) = if let Some(d) = self.day(i) {
            // 22-Dec-2020, 22-Dec
            let c = self.joiner(i + 1, None)?;
            let (month, name_end, after) = self.joined_month(i + 2, Some(c))?;
            match after.map(|a| (a, self.joined_year(a))) {
                Some((_, Some((y, end)))) => (date(Some(y), month, d)?, end),
                // "22-Dec-5": some code.
                Some((a, None)) if self.toks.get(a).is_some_and(|t| t.num.is_some()) => return None,
                _ => (date(None, month, d)?, name_end),
            }
        } else if let Some((y, false, ye)) = self.year(i).filter(|&(_, _, e)| e == i + 1) {
            // 2020-Dec-22
            let c = self.joiner(ye, None)?;
            let (month, _, after) = self.joined_month(ye + 1, Some(c))?;
            let a = after?;
            (date(Some(y), month, self.day(a)?)?, a + 1)
        } else {
            // Dec-22-2020
            let (month, _, after) = self.joined_month(i, None)?;
            let a = after?;
            let d = self.day(a)?;
            self.joiner(a + 1, None)?;
            let (y, end) = self.joined_year(a + 2)?;
            (date(Some(y), month, d)?, end)
        };
        Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: "dashed-month" })
    }

    /// "12/22/20", "22.12.20", "22-12-20": day, month and a two-digit year where one of the
    /// first two numbers is above 12 (or both are the same), so that only one order reads;
    /// "08/11/21", which reads both ways, is its year alone ([`EITHER_ORDER`]).
    pub(super) fn numeric_two_digit_year(&self, i: usize) -> Option<Cand> {
        if self.inside_code(i) || i > 0 && self.adjacent(i - 1) {
            return None;
        }
        // After a word that says a number follows (`number_label` rows: رقم، n°, No.): the
        // number of a text, a dahir «الظهير رقم 1.20.15», a decree « le décret n° 2.21.12 » (its
        // kind, year and rank), never a date.
        if (i.saturating_sub(3)..i).any(|k| self.is(k, |w| w == Word::NumberLabel) == Some(i)) {
            return None;
        }
        let a = self.toks.get(i)?.num.filter(|n| n.suffix.is_none() && n.digits <= 2)?;
        let c = self.joiner(i + 1, None)?;
        let b = self.toks.get(i + 2)?.num.filter(|n| n.suffix.is_none() && n.digits <= 2)?;
        self.joiner(i + 3, Some(c))?;
        (self.toks.get(i + 4)?.num?.digits == 2).then_some(())?;
        let (y, end) = self.joined_year(i + 4)?;
        // "10.12.20", "03.11.21": both numbers written with two digits, as dates are ("version
        // 1.2.20" is none).
        let padded = a.digits == 2 && b.digits == 2;
        let (month, day) = match (a.value, b.value) {
            (a, b) if a == b => (a, b),
            (a, b) if a > 12 && b <= 12 => (b, a),
            (a, b) if b > 12 && a <= 12 => (a, b),
            // Dots join a date only day first (« le 10.12.20 », "03.11.21" in a caption): the
            // order of Europe and the Maghreb; the month-first order of American pages takes
            // slashes or dashes, so only those read both ways.
            (a, b) if c == '.' && padded && (1..=12).contains(&a) && (1..=12).contains(&b) => (b, a),
            (a, b) if (1..=12).contains(&a) && (1..=12).contains(&b) => {
                let cal = Calendar { year: Some(y), ..Calendar::default() };
                return Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: EITHER_ORDER });
            }
            _ => return None,
        };
        chrono::NaiveDate::from_ymd_opt(y, month, day)?;
        let cal = Calendar { year: Some(y), month: Some(month), day: Some(day), ..Calendar::default() };
        Some(Cand { start: i, end, kind: ExprKind::Calendar(cal), part: None, rule: "numeric-two-digit-year" })
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn dotted_two_digit_year_dates_are_day_first_whatever_the_numbers() {
        for (phrase, reference, day) in [
            ("la photo du 03.11.21 à Rabat", "2022-02-01", "2021-11-03"),
            ("وصل الوفد في 05.08.21", "2021-09-14", "2021-08-05"),
            ("signed 09.04.22 in Jerusalem", "2022-05-30", "2022-04-09"),
            // One number above 12 read so already; the same order.
            ("le 18.03.22", "2022-05-30", "2022-03-18"),
        ] {
            assert_eq!(read(phrase, reference), format!("{day} day"), "{phrase}");
        }
    }

    #[test]
    fn slashed_or_dashed_two_digit_years_that_read_both_ways_are_no_day() {
        // American pages write month first with slashes or dashes: no order outside a date line.
        for phrase in ["on 03/11/21", "le 05-08-21", "في 09/04/22"] {
            assert_eq!(read(phrase, "2022-05-30"), "", "{phrase}");
        }
        // A number after a label is a text's number, dots or not.
        assert_eq!(read("المرسوم رقم 2.10.12", "2022-05-30"), "");
        assert_eq!(read("le décret n° 2.11.09", "2022-05-30"), "");
    }
}
