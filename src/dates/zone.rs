//! Time zones stated beside a clock time ("الساعة 23:30 بتوقيت غرينتش", "بتوقيت القدس"), and
//! the timeline's own zone: Moroccan time (UTC+1, UTC+0 during Ramadan), the zone the
//! timeline's days are counted in. A time with a stated zone may fall on another day in
//! Moroccan time (23:30 GMT is 00:30 in Rabat); a time without one never moves its day.

use chrono::{Datelike, Duration, NaiveDate};

use super::value::{DateValue, gregorian_to_hijri};

/// A time zone named in the text, with its daylight-saving rule where it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    /// A fixed offset from UTC, in minutes (غرينتش 0, مكة +180).
    Fixed(i32),
    /// Morocco: UTC+1, UTC+0 during Ramadan.
    Morocco,
    /// Israel (القدس، تل أبيب): UTC+2, UTC+3 from the Friday before the last Sunday of March to
    /// the last Sunday of October.
    Israel,
    /// Central Europe (باريس، مدريد): UTC+1, UTC+2 from the last Sunday of March to the last
    /// Sunday of October.
    Europe,
    /// US Eastern (واشنطن، نيويورك): UTC-5, UTC-4 from the second Sunday of March to the first
    /// Sunday of November.
    UsEast,
}

/// The zone of the timeline's days.
pub const LOCAL: Zone = Zone::Morocco;

impl Zone {
    /// Read a `zone_name` value of `date_words.csv`: `+3`, `-5`, `+5:30`, `ma`, `il`, `eu`, `us`.
    pub fn parse(value: &str) -> Option<Zone> {
        match value {
            "ma" => Some(Zone::Morocco),
            "il" => Some(Zone::Israel),
            "eu" => Some(Zone::Europe),
            "us" => Some(Zone::UsEast),
            _ => {
                let (sign, rest) = match value.as_bytes().first()? {
                    b'+' => (1, &value[1..]),
                    b'-' => (-1, &value[1..]),
                    _ => return None,
                };
                let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
                let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
                ((0..=14).contains(&h) && (0..60).contains(&m)).then_some(Zone::Fixed(sign * (h * 60 + m)))
            }
        }
    }

    /// Minutes ahead of UTC on `day`.
    pub fn offset_minutes(self, day: NaiveDate) -> i32 {
        let last_sunday = |month: u32| {
            let next = if month == 12 { NaiveDate::from_ymd_opt(day.year() + 1, 1, 1) } else { NaiveDate::from_ymd_opt(day.year(), month + 1, 1) };
            next.map(|n| {
                let d = n - Duration::days(1);
                d - Duration::days(d.weekday().num_days_from_sunday() as i64)
            })
        };
        let nth_sunday = |month: u32, n: i64| {
            NaiveDate::from_ymd_opt(day.year(), month, 1)
                .map(|f| f + Duration::days((7 - f.weekday().num_days_from_sunday() as i64) % 7 + 7 * (n - 1)))
        };
        let between = |a: Option<NaiveDate>, b: Option<NaiveDate>| a.zip(b).is_some_and(|(a, b)| a <= day && day < b);
        match self {
            Zone::Fixed(m) => m,
            Zone::Morocco => {
                let ramadan = gregorian_to_hijri(day).is_some_and(|(_, m, _)| m == 9);
                if ramadan { 0 } else { 60 }
            }
            Zone::Israel => {
                let start = last_sunday(3).map(|s| s - Duration::days(2));
                if between(start, last_sunday(10)) { 180 } else { 120 }
            }
            Zone::Europe => {
                if between(last_sunday(3), last_sunday(10)) {
                    120
                } else {
                    60
                }
            }
            Zone::UsEast => {
                if between(nth_sunday(3, 2), nth_sunday(11, 1)) {
                    -240
                } else {
                    -300
                }
            }
        }
    }
}

/// The day in the timeline's zone ([`LOCAL`]) of a day-level value whose clock time
/// (`minutes` after midnight) was stated in `zone`; other values are kept.
pub fn to_local(value: DateValue, minutes: u32, zone: Zone) -> DateValue {
    let Some(day) = value.as_day() else { return value };
    let local = minutes as i64 - zone.offset_minutes(day) as i64 + LOCAL.offset_minutes(day) as i64;
    DateValue::day(day + Duration::days(local.div_euclid(24 * 60)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn offsets_follow_each_zone_rule() {
        let cases = [
            (Zone::Fixed(0), ymd(2021, 8, 10), 0),
            (Zone::Morocco, ymd(2021, 8, 10), 60),
            // 1 Ramadan 1442 = 13 April 2021: Morocco goes back to UTC.
            (Zone::Morocco, ymd(2021, 4, 20), 0),
            (Zone::Israel, ymd(2021, 8, 10), 180),
            (Zone::Israel, ymd(2021, 12, 10), 120),
            // Israel's summer time starts on the Friday before the last Sunday of March.
            (Zone::Israel, ymd(2021, 3, 26), 180),
            (Zone::Israel, ymd(2021, 3, 25), 120),
            (Zone::Europe, ymd(2021, 3, 28), 120),
            (Zone::Europe, ymd(2021, 3, 27), 60),
            (Zone::UsEast, ymd(2021, 3, 14), -240),
            (Zone::UsEast, ymd(2021, 11, 7), -300),
        ];
        for (zone, day, minutes) in cases {
            assert_eq!(zone.offset_minutes(day), minutes, "{zone:?} {day}");
        }
        for (v, z) in [("+3", Zone::Fixed(180)), ("-5", Zone::Fixed(-300)), ("+5:30", Zone::Fixed(330)), ("il", Zone::Israel)] {
            assert_eq!(Zone::parse(v), Some(z), "{v}");
        }
        assert_eq!(Zone::parse("x"), None);
    }

    #[test]
    fn a_stated_zone_may_move_the_day() {
        let day = DateValue::day(ymd(2021, 8, 10));
        // 23:30 GMT is 00:30 in Rabat the next day; 23:30 in Jerusalem (UTC+3) is 21:30.
        assert_eq!(to_local(day, 23 * 60 + 30, Zone::Fixed(0)).to_string(), "2021-08-11");
        assert_eq!(to_local(day, 23 * 60 + 30, Zone::Israel).to_string(), "2021-08-10");
        // 01:00 in Mecca is 23:00 the evening before in Rabat.
        assert_eq!(to_local(day, 60, Zone::Fixed(180)).to_string(), "2021-08-09");
        assert_eq!(to_local(day, 12 * 60, Zone::UsEast).to_string(), "2021-08-10");
        let month = DateValue::month(2021, 8).unwrap();
        assert_eq!(to_local(month, 23 * 60 + 30, Zone::Fixed(0)), month);
    }
}
