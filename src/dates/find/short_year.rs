//! A year cut to its last two digits behind an apostrophe after an English or French month:
//! "Dec. '20", "March '21", "Sept. ’22", « déc. '21 » (headlines, captions, charts). The year of
//! 2000–2099 those digits end; "the '90s" (a decade, decade.rs) and "rock '21" (no month
//! before) are not read here.
//!
//! French forms and captions also cut the year without an apostrophe after a day and its
//! month in letters: « le 25 juillet 21 », « 3 déc. 21 ». The two digits are the year only
//! where the date ends there (the text, a mark, « à » or a time): « le 25 juillet 21
//! personnes » counts people.

use super::Parser;

impl Parser<'_> {
    /// The apostrophe and two digits at `k` after a month in Latin letters at `k - 1` (its
    /// full stop, if any, before `k`): (year, not Hijri, end).
    pub(super) fn apostrophe_year(&self, k: usize) -> Option<(i32, bool, usize)> {
        if !self.punct(k, &['\'', '’']) || !self.adjacent(k) {
            return None;
        }
        // After the month, its full stop, or the comma after its day ("July 25, '21").
        let month_latin = k.checked_sub(1).and_then(|m| self.toks.get(m)).is_some_and(|t| t.is_latin() || t.text == "." || t.text == ",");
        let n = self.toks.get(k + 1)?.num?;
        // "'90s" is a decade; a letter stuck to the digits is no year.
        let decade = self.toks.get(k + 2).is_some_and(|t| t.text == "s") && self.adjacent(k + 1);
        (month_latin && n.digits == 2 && n.suffix.is_none() && !decade).then_some((2000 + n.value as i32, false, k + 2))
    }

    /// Two digits at `k` after a day and its month in Latin letters (the month, or its full
    /// stop, at `k - 1`), the date ending there: (year, not Hijri, end).
    pub(super) fn bare_short_year(&self, k: usize) -> Option<(i32, bool, usize)> {
        let month_latin = k.checked_sub(1).and_then(|m| self.toks.get(m)).is_some_and(|t| t.is_latin() || t.text == ".");
        let n = self.toks.get(k)?.num?;
        if !month_latin || n.digits != 2 || n.suffix.is_some() {
            return None;
        }
        let ends = match self.toks.get(k + 1) {
            None => true,
            Some(t) => t.num.is_some() || !t.text.chars().next().is_some_and(char::is_alphabetic) || matches!(t.text, "à" | "at"),
        };
        // Two digits the minutes follow are the hour of a dateline ("Jerusalem, 27 Mar 19:48 -"),
        // no year.
        if self.hour_of_a_time(k) {
            return None;
        }
        let year = 2000 + n.value as i32;
        (ends && year <= super::MAX_YEAR as i32).then_some((year, false, k + 1))
    }
}

#[cfg(test)]
mod tests {
    use crate::dates::find::read_phrase as read;

    #[test]
    fn a_month_with_its_year_behind_an_apostrophe_is_that_month() {
        assert_eq!(read("Dec. '20", "2022-11-14"), "2020-12 month");
        assert_eq!(read("Sept. '21", "2022-11-14"), "2021-09 month");
        assert_eq!(read("in March ’22", "2021-06-09"), "2022-03 month");
        assert_eq!(read("déc. '21", "2022-11-14"), "2021-12 month");
    }

    #[test]
    fn a_month_first_day_takes_the_cut_year_too() {
        assert_eq!(read("on Jan. 4 '21 the flights began", "2022-11-14"), "2021-01-04 day");
        assert_eq!(read("on Oct. 5 '21 talks opened", "2022-11-14"), "2021-10-05 day");
        // The comma after the day stands before the apostrophe as after a full year.
        assert_eq!(read("signed on Aug. 12, '21 in Rabat", "2022-11-14"), "2021-08-12 day");
    }

    #[test]
    fn a_day_and_month_in_letters_take_two_bare_digits_where_the_date_ends() {
        assert_eq!(read("le 14 août 21", "2022-11-14"), "2021-08-14 day");
        assert_eq!(read("signé le 2 févr. 22 à Rabat", "2022-11-14"), "2022-02-02 day");
        assert_eq!(read("(photo du 9 octobre 20)", "2022-11-14"), "2020-10-09 day");
        // Two digits before a noun count it; after a month without a day they are no year.
        assert_ne!(read("le 14 août 21 personnes", "2022-11-14"), "2021-08-14 day");
        assert_ne!(read("en août 21", "2022-11-14"), "2021-08 month");
    }

    #[test]
    fn two_digits_the_minutes_follow_are_an_hour() {
        assert_eq!(read("Jerusalem, 27 Mar 19:48 - (Agenzia Nova)", "2022-03-27"), "2022-03-27 day");
        assert_eq!(read("Tel Aviv, 3 Aug 21:05 GMT", "2021-08-03"), "2021-08-03 day");
        // The year stands where no minutes follow it.
        assert_eq!(read("le 14 août 21 à 19:48", "2022-11-14"), "2021-08-14 day");
    }

    #[test]
    fn no_month_before_the_apostrophe_no_year() {
        assert_eq!(read("the '90s", "2022-11-14"), "1990/1999 year");
        assert_eq!(read("rock '21", "2022-11-14"), "");
    }
}
