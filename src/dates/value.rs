//! Date values: the symbolic expression the finder reads ([`DateExpr`]), and the resolved
//! calendar value ([`DateValue`]) with its [`Grain`].
//!
//! A date expression keeps what the text says ("the Wednesday before", "July of the anchor's
//! year", "27 July, a Wednesday") until the publication date is known, so that an anchor found
//! later (from another article, or a manifest) costs a resolution, not a re-parse. Values print
//! as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a week prints as its Monday; a range as `START/END`.

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Grain {
    /// A day.
    Day,
    /// A week (Monday to Sunday).
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

impl Grain {
    /// `day`, `week`, `month` or `year`.
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Year => "year",
        }
    }
}

impl fmt::Display for Grain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A part of a period: مطلع/أوائل (early), منتصف/أواسط (mid), أواخر/نهاية (late).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Part {
    /// Early in the period.
    Early,
    /// The middle of the period.
    Mid,
    /// Late in the period.
    Late,
}

impl Part {
    /// `early`, `mid` or `late`.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
        }
    }
}

/// A calendar period unit of relative expressions (الأسبوع/الشهر/العام الماضي).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Unit {
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// The tense of the clause around a date: decides which way a bare weekday or month points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Tense {
    /// A past event (the default of news writing).
    Past,
    /// An announced event: سـ، سوف، من المقرر، يختتم…
    Future,
}

/// A calendar date as written, any part of it possibly missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub struct Calendar {
    /// The year, when written (Hijri when `hijri`).
    pub year: Option<i32>,
    /// Year relative to the anchor's, when written so (يوليو من العام الماضي = -1).
    pub year_offset: Option<i32>,
    /// The month 1–12.
    pub month: Option<u32>,
    /// The day of the month.
    pub day: Option<u32>,
    /// The weekday written beside the date (it can fix the year).
    pub weekday: Option<Weekday>,
    /// A direction after the month: الماضي (-1), الجاري/الحالي (0), المقبل (+1).
    pub month_offset: Option<i32>,
    /// A date of the Hijri calendar.
    pub hijri: bool,
}

impl Calendar {
    /// Whether the date names neither a month nor a day: a year, written ("2020") or counted
    /// from the anchor's ("العام الماضي").
    pub fn is_year_alone(&self) -> bool {
        self.month.is_none() && self.day.is_none()
    }
}

/// What a date expression says, before it is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ExprKind {
    /// A calendar date, complete or not: "10 اغسطس 2021", "ديسمبر الماضي", "العام 2014".
    Calendar(Calendar),
    /// A day counted from the publication day (أمس = -1), possibly with the weekday and the
    /// date written beside it ("أمس الأربعاء 27 يوليوز الجاري").
    Relative {
        /// Days from the publication day.
        days: i32,
        /// The weekday written beside it.
        weekday: Option<Weekday>,
        /// The date written beside it.
        date: Option<Calendar>,
    },
    /// A weekday with a direction (الخميس المقبل = +1, الاثنين الماضي = -1) or bare (`None`:
    /// the clause's tense decides).
    Weekday {
        /// The weekday.
        weekday: Weekday,
        /// The direction, when written.
        offset: Option<i32>,
    },
    /// A period relative to the publication date (الشهر الماضي = Month, -1).
    Period {
        /// Week, month or year.
        unit: Unit,
        /// Periods from the anchor's.
        offset: i32,
    },
    /// "The new year" (new_year.rs): the year after the anchor's when written in its second
    /// half, the anchor's own in its first (the year just begun).
    NewYear,
    /// A range between two calendar dates ("من 10 إلى 12 يوليو", "بين عامي 2020 و2022").
    Range(Calendar, Calendar),
    /// Counted periods around the anchor, as a range: "خلال الأسابيع الثلاثة الماضية" is
    /// weeks -3 to -1, "خلال الأيام الخمسة المقبلة" days +1 to +5.
    Span {
        /// The unit (None: days).
        unit: Option<Unit>,
        /// The first period, counted from the anchor's.
        from: i32,
        /// The last period, counted from the anchor's.
        to: i32,
    },
    /// The nth day, weekday or week of a month ("ثاني خميس من أبريل" n = 2, "آخر يوم من الشهر
    /// المقبل" n = -1, "الأسبوع الأول من يونيو"); the month is a calendar of month grain.
    Nth {
        /// 1-based from the start of the month; -1 is the last.
        n: i32,
        /// What is counted.
        of: NthOf,
        /// The month.
        month: Calendar,
    },
    /// A day or month of the Hijri calendar named without a Hijri year (عيد الفطر = 1 Shawwal,
    /// رمضان = the month): the occurrence nearest the anchor, or the one that falls in the
    /// Gregorian `year` when written ("عيد الأضحى 2021").
    HijriDay {
        /// Hijri month 1–12.
        month: u32,
        /// Day of the Hijri month; None for the whole month.
        day: Option<u32>,
        /// The Gregorian year written beside it.
        year: Option<i32>,
        /// A direction written after it (رمضان المقبل).
        offset: Option<i32>,
    },
    /// A weekday of a week counted from the anchor's ("الأحد من الأسبوع الماضي" = Sunday of
    /// week -1, Monday to Sunday).
    WeekdayOfWeek {
        /// The weekday.
        weekday: Weekday,
        /// Weeks from the anchor's.
        week: i32,
    },
    /// A range of two weekdays ("ما بين الأحد والخميس", "من الاثنين إلى الجمعة"): the first
    /// resolved like a weekday, the second the first such weekday after it.
    WeekdayRange {
        /// The first day.
        from: Weekday,
        /// The last day.
        to: Weekday,
        /// A direction written after them, if any.
        offset: Option<i32>,
        /// A relative week written after them ("between Monday and Thursday last week", «
        /// entre lundi et jeudi de la semaine dernière», «من الأسبوع الماضي»): weeks from the
        /// anchor's; the days are that week's.
        week: Option<i32>,
    },
    /// A feast of the Hebrew calendar ("Hanukkah 2021", « Yom Kippour », «عيد الفصح اليهودي»),
    /// by its index in [`HEBREW_FEASTS`]: the occurrence that starts in the Gregorian `year`
    /// when written, else counted by `offset` or the nearest the anchor, as [`ExprKind::HijriDay`].
    HebrewFeast {
        /// Index in [`HEBREW_FEASTS`].
        feast: u8,
        /// The Gregorian year written beside it.
        year: Option<i32>,
        /// A direction written after it ("next Passover" is read as the coming one).
        offset: Option<i32>,
    },
    /// A season: three months from `first` (winter: December to February, the winter of a
    /// year being the one its January falls in), of a year written, of a year counted from the
    /// anchor's ("خريف العام الماضي"), or counted itself from the anchor ("الصيف المقبل" is the
    /// first summer starting after it, "هذا الصيف" the one holding it or else the nearest).
    Season {
        /// The first month (3, 6, 9 or 12).
        first: u32,
        /// The year written.
        year: Option<i32>,
        /// Years from the anchor's.
        year_offset: Option<i32>,
        /// Seasons from the anchor (0: this one).
        offset: Option<i32>,
    },
    /// A date told by the date named before it in the text: "the same day", "the next day",
    /// "اليوم التالي" (`unit` None: `days` after that date's day), "الشهر نفسه", "نفس العام"
    /// (`unit`: that date's month or year), "22 من الشهر ذاته" (`day` of that date's month).
    /// [`crate::dates::find::tell_by_dates_before`] replaces it by that date's expression
    /// (shifted by `days` with [`DateExpr::shift`]), so it stays symbolic; left alone (a
    /// phrase, or no such date before it) it is counted from the anchor: the anchor's day
    /// shifted by `days`, the anchor's period, or day `day` of the anchor's month.
    Same {
        /// The grain told (None: a day).
        unit: Option<Unit>,
        /// A day of the month told (with `unit` = month, or with `month` and `unit` = year).
        day: Option<u32>,
        /// A month of the year told (with `unit` = year): "نوفمبر من السنة نفسها", "in November
        /// of the same year", "en novembre de la même année".
        month: Option<u32>,
        /// Days after the earlier date (a day only).
        days: i32,
    },
    /// A day of the month named without its month: "يوم 15", "يوم 25 المقبل" (the next 25th
    /// after the anchor: this month's when still ahead), "يوم 3 الماضي" (the last 3rd before
    /// it); with no direction the clause's tense, else the nearest occurrence, decides.
    MonthDay {
        /// The day 1–31.
        day: u32,
        /// +1 the next occurrence after the anchor, -1 the last before it.
        offset: Option<i32>,
    },
    /// The Saturday and Sunday that close a week counted from the anchor's ("نهاية الأسبوع
    /// المقبل" = week +1).
    Weekend {
        /// Weeks from the anchor's.
        week: i32,
    },
    /// The Thursday and Friday that close a working week counted from the anchor's ("en fin
    /// de semaine" = week 0, "en fin de semaine prochaine" = week +1).
    WeekClose {
        /// Weeks from the anchor's.
        week: i32,
    },
    /// The anchor's day (or month) in another year: "في مثل هذا اليوم من عام 1975", "on this
    /// day last year", "à pareille date l'an dernier".
    ThisDayOf {
        /// The year written.
        year: Option<i32>,
        /// Years from the anchor's, when counted so.
        year_offset: Option<i32>,
        /// The month of the anchor rather than its day ("في مثل هذا الشهر من عام 2019").
        month: bool,
        /// Months counted from the anchor's besides the years, for an exact count of months
        /// ("قبل ستة أشهر بالضبط", "exactly six months ago": -6); a day past the end of the
        /// month it lands in is that month's last.
        months: i32,
    },
    /// A range of days from a day counted from the anchor to a later day: "من اليوم إلى
    /// الجمعة", "من الغد إلى 15 أغسطس", "from today until Friday", "de demain à dimanche".
    FromDay {
        /// The first day, in days from the anchor's (اليوم = 0, الغد = 1).
        days: i32,
        /// The last day.
        to: DayEnd,
    },
    /// A day a few days (or weeks) from the anchor, the count unsaid: "قبل أيام", "a few days
    /// ago", "il y a quelques jours", "dans quelques jours". No reader can put a day on it;
    /// when every day it can mean (`from` to `to` days from the anchor) falls in one month,
    /// that month is what it says, else nothing.
    Vague {
        /// The earlier end of the days it can mean, in days from the anchor (from ≤ to).
        from: i32,
        /// The other end, in days from the anchor.
        to: i32,
    },
    /// The week (Monday to Sunday) holding a date: "the week of Dec. 13", "la semaine du 13
    /// décembre", "أسبوع 13 ديسمبر".
    WeekOf(Calendar),
    /// A weekday some weeks on from its first occurrence on or after the anchor's day:
    /// "Thursday week", « jeudi en huit » (1), « jeudi en quinze » (2). Written on a Friday,
    /// "Tuesday week" is the Tuesday after the coming one; written on a Tuesday, « mardi en
    /// huit » is that day a week on.
    WeekdayWeeksOn {
        /// The weekday.
        weekday: Weekday,
        /// Weeks after its first occurrence on or after the anchor's day.
        weeks: i32,
    },
    /// A quarter or half of a year counted from the anchor's ("last quarter" = 3, -1; « ce
    /// semestre » = 6, 0; «الربع المقبل» = 3, 1): its months, `START/END`.
    FractionOfYear {
        /// Months in one (3 or 6).
        months: u32,
        /// Fractions from the anchor's.
        offset: i32,
    },
    /// A month (and day) of the year a date told before falls in, or that year, when that date
    /// wrote no year: "في غشت من العام نفسه" after "في يوليوز الماضي", "in August of the same
    /// year" after "last July" (the year of last July, which the anchor fixes), put there by
    /// [`crate::dates::find::tell_by_dates_before`] in place of an [`ExprKind::Same`].
    OfYearTold {
        /// The month, None for the year itself.
        month: Option<u32>,
        /// The day of that month.
        day: Option<u32>,
        /// The date told before, as written (resolved with the tense it was told in).
        told: Calendar,
    },
}

impl ExprKind {
    /// Whether the expression names a day (a date with its day, a day counted from the day of
    /// writing, a weekday), not a longer period: what may date an act of one day.
    pub fn names_a_day(&self) -> bool {
        matches!(self, ExprKind::Calendar(c) if c.day.is_some()) || matches!(self, ExprKind::Relative { .. } | ExprKind::Weekday { .. } | ExprKind::WeekdayOfWeek { .. } | ExprKind::WeekdayWeeksOn { .. })
    }

    /// Whether the expression names a year and nothing finer ("2020", "العام الماضي", "a year
    /// ago").
    pub fn names_a_year_alone(&self) -> bool {
        match self {
            ExprKind::Calendar(c) => c.is_year_alone(),
            ExprKind::Period { unit, .. } => *unit == Unit::Year,
            _ => false,
        }
    }
}

/// The last day of an [`ExprKind::FromDay`] range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DayEnd {
    /// The first such weekday after the first day.
    Weekday(Weekday),
    /// A day counted from the anchor (من أمس إلى اليوم).
    Days(i32),
    /// A day of the calendar, the first such date not before the first day.
    Date(Calendar),
}

/// What an [`ExprKind::Nth`] counts within its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum NthOf {
    /// Days (آخر يوم من الشهر).
    Day,
    /// One weekday (ثاني خميس من أبريل).
    Weekday(Weekday),
    /// Weeks, Monday to Sunday, counted from the week holding the 1st (الأسبوع الأول من يونيو).
    Week,
    /// A run of that many days from the first (n = 1) or to the last (n = -1): "العشر الأواخر
    /// من رمضان", "the first ten days of Dhul Hijjah".
    Days(u32),
    /// One of that many equal shares of the month, counted from the first (n = -1: the last):
    /// halves of fifteen days and thirds of ten, the last to the month's end ("the second half
    /// of August" 16–31, «العشرية الأولى من يوليوز» 1–10, « la deuxième quinzaine d'août »).
    Share(u32),
}

/// A symbolic date expression with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct DateExpr {
    /// What it says.
    pub kind: ExprKind,
    /// A part of the period (أواخر يوليو), when written.
    pub part: Option<Part>,
    /// The tense of its clause, when the clause shows it.
    pub tense: Option<Tense>,
    /// Days after the day it resolves to: "the next day" told after "on Tuesday" is Tuesday's
    /// expression shifted by one (see [`ExprKind::Same`]); 0 for every other expression.
    #[serde(default)]
    pub shift: i32,
}

/// A resolved date: the first day of the period, its grain, and for ranges the last day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct DateValue {
    /// First day of the period (a week's Monday, a month's 1st, a year's 1 January).
    pub start: NaiveDate,
    /// The grain.
    pub grain: Grain,
    /// For a range, the start of its last period (at the same grain).
    pub end: Option<NaiveDate>,
}

impl DateValue {
    /// A day.
    pub fn day(d: NaiveDate) -> DateValue {
        DateValue { start: d, grain: Grain::Day, end: None }
    }

    /// The week holding `d` (its Monday).
    pub fn week_of(d: NaiveDate) -> DateValue {
        let monday = d - chrono::Duration::days(d.weekday().num_days_from_monday() as i64);
        DateValue { start: monday, grain: Grain::Week, end: None }
    }

    /// A month.
    pub fn month(year: i32, month: u32) -> Option<DateValue> {
        Some(DateValue { start: NaiveDate::from_ymd_opt(year, month, 1)?, grain: Grain::Month, end: None })
    }

    /// A year.
    pub fn year(year: i32) -> Option<DateValue> {
        Some(DateValue { start: NaiveDate::from_ymd_opt(year, 1, 1)?, grain: Grain::Year, end: None })
    }

    /// Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (and `A/B` ranges of those).
    pub fn parse(s: &str) -> Option<DateValue> {
        if let Some((a, b)) = s.split_once('/') {
            let (a, b) = (DateValue::parse(a)?, DateValue::parse(b)?);
            return (a.grain == b.grain && a.end.is_none() && b.end.is_none() && a.start <= b.start).then_some(DateValue {
                start: a.start,
                grain: a.grain,
                end: Some(b.start),
            });
        }
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, len: usize| (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok()).flatten();
        match parts.as_slice() {
            [y] => DateValue::year(num(y, 4)? as i32),
            [y, m] => DateValue::month(num(y, 4)? as i32, num(m, 2)?),
            [y, m, d] => Some(DateValue::day(NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)?)),
            _ => None,
        }
    }

    /// The month of the value's start.
    pub fn year_month(&self) -> (i32, u32) {
        (self.start.year(), self.start.month())
    }

    /// Whether this day, week, month or year holds `day`.
    pub fn holds(&self, day: NaiveDate) -> bool {
        match self.grain {
            Grain::Year => day.year() == self.start.year(),
            Grain::Month => (day.year(), day.month()) == self.year_month(),
            Grain::Week => (0..7).contains(&(day - self.start).num_days()),
            Grain::Day => self.as_day() == Some(day),
        }
    }

    /// The day, when the grain is a day and the value is not a range.
    pub fn as_day(&self) -> Option<NaiveDate> {
        (self.grain == Grain::Day && self.end.is_none()).then_some(self.start)
    }
}

fn write_at(f: &mut fmt::Formatter<'_>, d: NaiveDate, grain: Grain) -> fmt::Result {
    match grain {
        Grain::Day | Grain::Week => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        Grain::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
        Grain::Year => write!(f, "{:04}", d.year()),
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_at(f, self.start, self.grain)?;
        if let Some(end) = self.end {
            f.write_str("/")?;
            write_at(f, end, self.grain)?;
        }
        Ok(())
    }
}

/// The feasts of `lexicons/hebrew_feasts.csv`, by the names its rows and the lexicon's
/// `holiday` values (`hebrew:NAME`) use.
pub const HEBREW_FEASTS: [&str; 8] = ["rosh_hashanah", "yom_kippur", "sukkot", "hanukkah", "purim", "passover", "shavuot", "mimouna"];

const HEBREW_FEAST_TABLE: &str = include_str!("../../lexicons/hebrew_feasts.csv");

/// The first and last Gregorian days of each occurrence of feast `feast` (an index in
/// [`HEBREW_FEASTS`]) in `lexicons/hebrew_feasts.csv`, in the order of its rows (by date).
pub fn hebrew_feast_days(feast: u8) -> &'static [(NaiveDate, NaiveDate)] {
    static TABLE: std::sync::OnceLock<Vec<Vec<(NaiveDate, NaiveDate)>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut by_feast = vec![Vec::new(); HEBREW_FEASTS.len()];
        let rows = crate::table::read_rows(HEBREW_FEAST_TABLE, "lexicons/hebrew_feasts.csv", &["feast", "first_day", "last_day"]).unwrap_or_default();
        for row in rows {
            let day = |k: &str| NaiveDate::parse_from_str(row.get(k), "%Y-%m-%d").ok();
            if let (Some(f), Some(a), Some(b)) = (HEBREW_FEASTS.iter().position(|n| *n == row.get("feast")), day("first_day"), day("last_day")) {
                by_feast[f].push((a, b));
            }
        }
        by_feast
    });
    table.get(feast as usize).map_or(&[], Vec::as_slice)
}

/// The Umm al-Qura table (`lexicons/umm_al_qura.csv`): the Gregorian first day of each Hijri
/// month of the years it covers, keyed by `year * 12 + month - 1`.
const UMM_AL_QURA: &str = include_str!("../../lexicons/umm_al_qura.csv");

fn umm_al_qura() -> &'static (i32, Vec<NaiveDate>) {
    static TABLE: std::sync::OnceLock<(i32, Vec<NaiveDate>)> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        // The rows are consecutive months (checked by a test); a bad row ends the table there,
        // and the dates beyond it fall back to the tabular calendar.
        let mut first = 0;
        let mut starts = Vec::new();
        let rows = crate::table::read_rows(UMM_AL_QURA, "lexicons/umm_al_qura.csv", &["hijri_year", "hijri_month", "gregorian_start"])
            .unwrap_or_default();
        for row in rows {
            let (Ok(y), Ok(m), Ok(d)) = (
                row.get("hijri_year").parse::<i32>(),
                row.get("hijri_month").parse::<i32>(),
                NaiveDate::parse_from_str(row.get("gregorian_start"), "%Y-%m-%d"),
            ) else {
                break;
            };
            let key = y * 12 + m - 1;
            if starts.is_empty() {
                first = key;
            } else if key != first + starts.len() as i32 {
                break;
            }
            starts.push(d);
        }
        (first, starts)
    })
}

/// The first day of Hijri month `m` of year `y` in the Umm al-Qura table, when it covers it.
fn umm_al_qura_start(y: i32, m: u32) -> Option<NaiveDate> {
    let (first, starts) = umm_al_qura();
    let k = y * 12 + m as i32 - 1 - first;
    (k >= 0).then(|| starts.get(k as usize).copied()).flatten()
}

/// Days of the tabular Islamic calendar before the first day of Hijri year `y`, month `m`,
/// counted from the Hijri epoch; the arithmetical (Kuwaiti) calendar, which news dates agree
/// with to within a day or two (they follow moon sightings).
fn hijri_days(y: i32, m: u32, d: u32) -> i64 {
    let (y, m, d) = (y as i64, m as i64, d as i64);
    d + (59 * (m - 1) + 1) / 2 + 354 * (y - 1) + (3 + 11 * y).div_euclid(30)
}

/// The Gregorian date of Hijri day `d` of month `m` of year `y`: the Umm al-Qura calendar for
/// the years of its table, else the tabular calendar.
pub fn hijri_to_gregorian(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=12).contains(&m) || !(1..=30).contains(&d) || !(1..=3000).contains(&y) {
        return None;
    }
    if let Some(start) = umm_al_qura_start(y, m) {
        return start.checked_add_signed(chrono::Duration::days(d as i64 - 1));
    }
    // 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
    let epoch = NaiveDate::from_ymd_opt(622, 7, 19)?;
    epoch.checked_add_signed(chrono::Duration::days(hijri_days(y, m, d) - 1))
}

/// The Hijri (year, month, day) of a Gregorian date (Umm al-Qura where its table covers it).
pub fn gregorian_to_hijri(date: NaiveDate) -> Option<(i32, u32, u32)> {
    let epoch = NaiveDate::from_ymd_opt(622, 7, 19)?;
    let days = (date - epoch).num_days();
    if days < 0 {
        return None;
    }
    let guess = (days as f64 / 354.367) as i32 + 1;
    for y in [guess + 1, guess, guess - 1] {
        for m in (1..=12).rev() {
            let start = hijri_to_gregorian(y, m, 1)?;
            if start <= date {
                return Some((y, m, (date - start).num_days() as u32 + 1));
            }
        }
    }
    None
}

/// Length of Hijri month `m` of year `y` (29 or 30).
pub fn hijri_month_len(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    if let (Some(a), Some(b)) = (umm_al_qura_start(y, m), umm_al_qura_start(ny, nm)) {
        return (b - a).num_days() as u32;
    }
    let next = if m == 12 { hijri_days(y + 1, 1, 1) } else { hijri_days(y, m + 1, 1) };
    (next - hijri_days(y, m, 1)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn values_print_at_their_grain() {
        assert_eq!(DateValue::day(ymd(2021, 8, 10)).to_string(), "2021-08-10");
        assert_eq!(DateValue::month(2021, 7).unwrap().to_string(), "2021-07");
        assert_eq!(DateValue::year(1993).unwrap().to_string(), "1993");
        assert_eq!(DateValue::week_of(ymd(2021, 8, 12)).to_string(), "2021-08-09");
        let range = DateValue { start: ymd(2021, 7, 10), grain: Grain::Day, end: Some(ymd(2021, 7, 12)) };
        assert_eq!(range.to_string(), "2021-07-10/2021-07-12");
        for s in ["2021-08-10", "2021-07", "1993", "2021-07-10/2021-07-12", "2020/2022"] {
            assert_eq!(DateValue::parse(s).unwrap().to_string(), s);
        }
        assert!(DateValue::parse("2021-13").is_none());
    }

    #[test]
    fn hijri_conversion() {
        // (Hijri y, m, d) → Gregorian, from published tables (tabular calendar).
        let cases = [
            ((1442, 9, 1), ymd(2021, 4, 13)),
            ((1443, 1, 1), ymd(2021, 8, 9)),
            ((1444, 1, 1), ymd(2022, 7, 30)),
            ((1442, 1, 1), ymd(2020, 8, 20)),
        ];
        for ((y, m, d), g) in cases {
            let got = hijri_to_gregorian(y, m, d).unwrap();
            assert!((got - g).num_days().abs() <= 1, "{y}-{m}-{d}: {got} vs {g}");
        }
        assert!(matches!(hijri_month_len(1442, 9), 29 | 30));
        assert_eq!(gregorian_to_hijri(ymd(2021, 4, 27)), Some((1442, 9, 15)));
        assert_eq!(gregorian_to_hijri(ymd(2021, 8, 10)), Some((1443, 1, 2)));
    }

    #[test]
    fn hebrew_feast_table_has_each_feast_once_a_year() {
        // Each feast falls once in each Gregorian year the table covers whole, with the days
        // Israel keeps (Hanukkah eight, Passover and Sukkot seven, Rosh Hashanah two; the
        // Mimouna one).
        let days = [2, 1, 7, 8, 1, 7, 1, 1];
        for (f, name) in HEBREW_FEASTS.iter().enumerate() {
            let occ = hebrew_feast_days(f as u8);
            for y in 2019..=2024 {
                assert_eq!(occ.iter().filter(|o| o.0.year() == y).count(), 1, "{name} in {y}");
            }
            for o in occ {
                assert_eq!((o.1 - o.0).num_days() + 1, days[f], "{name} {o:?}");
            }
            assert!(occ.windows(2).all(|w| w[0].1 < w[1].0), "{name}: rows in order");
        }
        // The Mimouna is the evening of Passover's last day, or the next when that is a Friday.
        for (passover, mimouna) in hebrew_feast_days(5).iter().zip(hebrew_feast_days(7)) {
            let wait = if passover.1.weekday() == chrono::Weekday::Fri { 1 } else { 0 };
            assert_eq!(mimouna.0, passover.1 + chrono::Duration::days(wait), "{mimouna:?}");
        }
        // Hanukkah 5782 began on the evening of 28 November 2021; Yom Kippur 5781 on 28 September 2020.
        assert_eq!(hebrew_feast_days(3).iter().find(|o| o.0.year() == 2021).map(|o| o.0), NaiveDate::from_ymd_opt(2021, 11, 29));
        assert_eq!(hebrew_feast_days(1).iter().find(|o| o.0.year() == 2020).map(|o| o.0), NaiveDate::from_ymd_opt(2020, 9, 28));
    }

    #[test]
    fn umm_al_qura_table_is_whole_and_plausible() {
        // Consecutive months from 1435 to 1453, each 29 or 30 days long.
        let (first, starts) = umm_al_qura();
        assert_eq!(*first, 1435 * 12);
        assert_eq!(starts.len(), 19 * 12);
        assert!(starts.windows(2).all(|w| matches!((w[1] - w[0]).num_days(), 29 | 30)));
        // Official dates (Umm al-Qura): 1 Ramadan 1441, 1 Shawwal 1442, 10 Dhu al-Hijja 1443.
        assert_eq!(hijri_to_gregorian(1441, 9, 1), Some(ymd(2020, 4, 24)));
        assert_eq!(hijri_to_gregorian(1442, 10, 1), Some(ymd(2021, 5, 13)));
        assert_eq!(hijri_to_gregorian(1443, 12, 10), Some(ymd(2022, 7, 9)));
        assert_eq!(gregorian_to_hijri(ymd(2021, 5, 13)), Some((1442, 10, 1)));
    }
}
