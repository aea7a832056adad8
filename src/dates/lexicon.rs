//! The date lexicon: month names of every system, weekday names and the other date words,
//! loaded from `lexicons/months.csv`, `weekdays.csv` and `date_words.csv`.
//!
//! Entries are normalised like the text at load, so the files are written as words appear on
//! the page. Multi-word entries (كانون الثاني، أول أمس، من المقرر) are indexed by their first
//! word; the finder checks the remaining words token by token. A word may play several roles
//! (في is a link and may introduce a year), so lookups return every entry and the finder asks
//! for the role it needs. Lookup allows the proclitics و ف then ب ل ك before the first word
//! (والخميس، لغشت، بالأمس), and reads لل as ل + ال (للعام).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use chrono::Weekday;

use crate::table::{Row, read_rows};
use crate::text::normalize::normalize_str;

use super::value::{Part, Unit};
use super::zone::Zone;

/// What a lexicon word means.
///
/// Equality is written out ([`Word::same_values`]) rather than derived: the grammar tests a
/// token's words against a kind thousands of times a sentence (`w == Word::Link`), and the
/// derived comparison, too large to inline, cost a call each time; this one inlines to a
/// comparison of variants where the other side is known.
#[derive(Debug, Clone, Copy, Eq)]
pub enum Word {
    /// A month name: number 1–12, whether Hijri, whether also an ordinary word.
    Month {
        /// 1–12.
        month: u32,
        /// A month of the Hijri calendar.
        hijri: bool,
        /// Also an ordinary word: needs a day, a year, شهر or a direction beside it.
        ambiguous: bool,
    },
    /// A weekday name.
    Weekday(Weekday),
    /// A day relative to the publication day (أمس = -1).
    RelDay(i32),
    /// A direction after a period, month or weekday (الماضي = -1, الجاري = 0, المقبل = +1).
    Dir(i32),
    /// الأسبوع / الشهر / العام.
    Period(Unit),
    /// A part of a period: مطلع، منتصف، أواخر…
    Part(Part),
    /// A part word that names a part only before a period noun (آخر الشهر، أول السنة، نص
    /// الشهر): before a month name or a weekday آخر and أول are ranks or days.
    PeriodPart(Part),
    /// The same period as a date named before it (الشهر نفسه، في اليوم ذاته، نفس العام).
    Same,
    /// A fraction of a year by its length in months (الربع = 3, النصف = 6).
    YearFraction(u32),
    /// A decade by its first year (التسعينيات = 1990).
    Decade(i32),
    /// A time of day kept on its day: عصر، مساء…
    TimeOfDay,
    /// يوم before a day or weekday.
    DayWord,
    /// شهر before a month name.
    MonthWord,
    /// عام / سنة before a year.
    YearWord,
    /// A word that may introduce a bare year (في 2020، منذ 2014).
    YearPrep,
    /// A link between a weekday and its date, or a day and its month (الموافق، في، من).
    Link,
    /// هذا / هذه.
    This,
    /// "This" written only after its noun (الأسبوع ده، السنة دي): never before one, where the
    /// short ده/دا are also the ends of other words (بدأ العام is no "this year").
    ThisAfter,
    /// A period noun with "this" written on it (هالأسبوع، هالشهر): the anchor's period.
    ThisPeriod(Unit),
    /// في وقت سابق من (هذا الشهر).
    Earlier,
    /// A day told by the narrative's date before it, days after it: "the same day" (0), "the
    /// next day" (+1), "the day before" (-1).
    SameDay(i32),
    /// An ordinal day (الأول من يوليو).
    Ordinal(u32),
    /// هـ / هجري after a year.
    HijriMarker,
    /// م / ميلادي after a year.
    GregMarker,
    /// A future-tense marker in a clause (سوف، من المقرر).
    Future,
    /// A word that puts something off (أرجأ، تأجيل، postponed, reporté): a date right after
    /// an end word after it in its clause ("أرجأ الوزير زيارته إلى مارس", "postponed the visit
    /// to March") is the new, planned date, ahead of the writing.
    PutOff,
    /// An imperfect verb that announces a coming weekday (يختتم، يزور).
    FutureVerb,
    /// A word that looks like سـ + verb but is not one (سياسي).
    NotFuture,
    /// "قبل أن", "بعد أن", "حتى أن": a clause of time; an imperfect right after one takes the
    /// tense of the narrative it follows ("حطت الطائرة في 25 يوليوز، قبل أن يحل الوزير بالرباط":
    /// he came), not the future, and its time is the main clause's.
    ClauseOfTime,
    /// A publication label on a date line (نشر).
    PublishedLabel,
    /// A last-update label on a date line (آخر تحديث).
    UpdatedLabel,
    /// A byline label opening a header line (كتب، بقلم، By, Par): its dashes cut fields.
    BylineLabel,
    /// A cut-off that ties the story to the moment it was written ("حتى ساعة كتابة هذا
    /// الخبر", "إلى حدود الساعة" before a clock time): `clock` when a clock time must follow.
    Cutoff {
        /// A clock time must follow ("إلى حدود الساعة 21:00"); alone, "إلى حدود الساعة" is
        /// also "so far", which says nothing of the day.
        clock: bool,
    },
    /// A count of years since a recalled day that falls today ("يحل اليوم الأربعاء عام كامل
    /// على", "Wednesday marks one year since", "il y a un an jour pour jour"): the value is
    /// the years, 0 when the counted period before it says them ("il y a deux ans" before
    /// "jour pour jour"). Read by [`super::find`]'s anniversaries.
    Anniversary(i32),
    /// Opens a range (من، بين).
    RangeFrom,
    /// Joins the two ends of a range (إلى، حتى، و). `conjunction` for the words that join
    /// anything (و، and, et: value `and`); the others (إلى، حتى، to, until, jusqu'au) say an
    /// end: a date right after one is where something moves or lasts to, not its day.
    RangeTo {
        /// و، and, et: a conjunction, not an end.
        conjunction: bool,
    },
    /// An end that says where a plan was put off to only after a `put_off` word (« a reporté
    /// sa visite à mars »): « à » joins no range of its own (« de 9 h à 11 h » is read by the
    /// clock rows), so it is not a `range_to` row.
    PutOffTo,
    /// A word after which الاثنين means "the two" (بين).
    NotWeekdayBefore,
    /// A word after which a weekday name is a number: "الأحد عشر" is eleven, not Sunday the
    /// tenth ("خلال الأشهر الأحد عشر الماضية").
    NotWeekdayAfter,
    /// Opens a subordinate clause (أن، الذي، حيث): a verb after it is not the date's verb.
    /// `relative` for the relative pronouns (الذي، التي، who, which, qui: value `relative`),
    /// whose clause tells an aside about a noun of the main one.
    Subordinator {
        /// الذي، التي، who, which, qui.
        relative: bool,
    },
    /// A participle or verb that opens a clause on the noun before it without a relative
    /// pronoun (« une visite entamée mercredi », "a visit that began Wednesday", «زيارة
    /// بدأها الأربعاء»): like a relative clause, a date in it after one of the main clause is
    /// an aside "the next day" does not count from. Not right after an auxiliary
    /// ([`Word::Auxiliary`]: « a été entamée mercredi » is the main verb). The tense reading
    /// does not see it (the participle is its clause's own verb).
    Participle,
    /// An auxiliary before a participle (a, été, est, was, has): the participle is then the
    /// main verb, not a clause on a noun ([`Word::Participle`]).
    Auxiliary,
    /// Counts from the publication date: قبل/منذ (-1), بعد (+1).
    Ago(i32),
    /// A number word (ثلاثة = 3).
    Number(u32),
    /// A counted unit: `unit` None for days; `count` 0 for plurals that need a number
    /// (أيام), else the count the word itself carries (يومين = 2, أسبوع = 1).
    CountUnit {
        /// The unit (None: days).
        unit: Option<Unit>,
        /// The count carried by the word, 0 when a number must precede it.
        count: u32,
        /// Units in one of the word's (a decade, عقد, is 10 years; 1 for the others).
        per: u32,
    },
    /// A rank before or after a weekday, day or week of a month: أول/ثاني… (1, 2…), آخر/الأخير
    /// (-1): "ثاني خميس من أبريل", "الأسبوع الأخير من يونيو".
    Nth(i32),
    /// A named day or period: a Gregorian day (عيد العرش = 30 July), or a Hijri day or month
    /// (عيد الفطر = 1 Shawwal, رمضان).
    Holiday {
        /// A date of the Hijri calendar.
        hijri: bool,
        /// Month 1–12.
        month: u32,
        /// Day of the month; None for the whole month.
        day: Option<u32>,
    },
    /// A past verb of news writing (زار، أعلن): a date in its clause without a year is the
    /// one before the publication date.
    PastVerb,
    /// An hour named by its feminine ordinal (السابعة = 7, الحادية عشرة = 11).
    ClockHour(u32),
    /// الساعة before an hour.
    HourWord,
    /// A part of the day after an hour: صباحا (0), ظهرا/عصرا/مساء (12), ليلا (the night).
    DayPeriod(DayPeriod),
    /// A fraction of the hour: والنصف (30), والربع (15), والثلث (20).
    MinutePart(u32),
    /// إلا between an hour and the minutes taken from it (الخامسة إلا ربعا).
    Except,
    /// دقيقة / دقائق after a count of minutes.
    MinuteWord,
    /// الآن: the moment of the reference.
    Now,
    /// A time zone stated with a time (بتوقيت غرينتش).
    TimeZone,
    /// A word that opens a span of counted periods (على مدى، طوال).
    SpanPrep,
    /// A comparative before من (أكثر من 3 أيام is a quantity, not "three days ago").
    Comparative,
    /// A word before a named day (ذكرى المسيرة الخضراء).
    HolidayPrefix,
    /// A season, by its first month (الربيع = 3, الصيف = 6, الخريف = 9, الشتاء = 12).
    Season(u32),
    /// A weekend (نهاية الأسبوع، الويكند).
    Weekend,
    /// The close of the working week, its Thursday and Friday ("en fin de semaine", "at the
    /// end of the week"), which is no weekend.
    WeekClose,
    /// A named time zone after بتوقيت (غرينتش، القدس، مكة).
    ZoneName(Zone),
    /// A noun whose genitive اليوم/الغد/الأمس is an era, not a day (عالم اليوم، قادة الغد).
    EraNoun,
    /// A weekday name that is also an ordinary word (the Maghrebi الحد, "the limit"): a
    /// weekday only before a direction or after يوم/نهار (الحد الجاي، يوم الحد).
    DirWeekday(Weekday),
    /// A unit of a counted time (ساعتين، دقائق، hours, heures): minutes in one, and the count
    /// the word carries (0: a number must come before it).
    ClockUnit {
        /// Minutes in one unit (60 an hour, 30 a half-hour, 1 a minute).
        per: u32,
        /// The count the word carries (ساعتين = 2), 0 when a number precedes it.
        count: u32,
    },
    /// The anchor's day or month named to be told in another year: "مثل هذا اليوم" (false),
    /// "مثل هذا الشهر" (true), "this day", "pareille date".
    ThisDay(bool),
    /// A count of days named by one word (العشر: "the ten [days]"), before a rank: "العشر
    /// الأواخر من رمضان".
    DayCount(u32),
    /// A count left unsaid before or after a plural unit ("بضعة أيام", "أيام قليلة", "a few
    /// days", "quelques jours"): with قبل/منذ/بعد, "ago" or "dans" it is a vague day
    /// ([`super::value::ExprKind::Vague`]).
    Few,
    /// A word after which "in" + a count is a length of time, not a date ahead: "the first
    /// visit in two years", "for the first time in three months", "the highest in a decade".
    LengthBefore,
    /// A word that opens a noun phrase in English or French ("the", "his", "la", "son"):
    /// after "the day before" or "deux jours après" it names the event counted from.
    Determiner,
    /// A preposition by which a French day word names the event it is the eve or morrow of
    /// ("la veille de son départ").
    EventOf,
    /// A phrase holding a date word that is no date ("في ذلك الحين", "بين الحين والآخر",
    /// "الوقت الحالي"): read whole and skipped, so no date is read inside it.
    NotDate,
    /// A phrase naming the week that holds the date after it ("the week of", "la semaine
    /// du", "أسبوع"): "the week of Dec. 13" is that week, not the day.
    WeekOf,
    /// Joins two days in a row into one stay ("و", "and", "et": "Wednesday and Thursday").
    PairAnd,
    /// Opens a French pair of weekdays before [`Word::PairTo`] ("de lundi à mercredi").
    PairFrom,
    /// Closes a pair opened by [`Word::PairFrom`] ("à").
    PairTo,
    /// The first word of a direction written after its period ("the week before last", "the
    /// Tuesday after next"): before a day or period it is a preposition ("before last week's
    /// talks"), not a direction.
    AfterOnly,
    /// A word that may follow a day of the month told alone ("on the 25th, in Rabat", "le 11
    /// à Rabat"): any other word after it ("the 25th anniversary", "le 11 novembre") makes the
    /// number no day.
    DayAloneNext,
    /// The words before a day of the month told alone: "on the" ("on the 25th": the nearest
    /// 25th, by the clause's tense; false), "le" ("le 11": day 11 of the month named before,
    /// else of the anchor's; true).
    DayAloneBefore(bool),
}

impl PartialEq for Word {
    #[inline(always)]
    fn eq(&self, other: &Word) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other) && self.same_values(other)
    }
}

impl Word {
    /// Whether `other` is this variant with the same values (a variant without values: true).
    /// Matching on `self` alone keeps it exhaustive: a new variant must be added here.
    #[inline(always)]
    fn same_values(&self, other: &Word) -> bool {
        use Word::*;
        match *self {
            Month { month, hijri, ambiguous } => matches!(*other, Month { month: m, hijri: h, ambiguous: a } if (m, h, a) == (month, hijri, ambiguous)),
            Weekday(a) => matches!(*other, Weekday(b) if a == b),
            Cutoff { clock } => matches!(*other, Cutoff { clock: c } if c == clock),
            RangeTo { conjunction } => matches!(*other, RangeTo { conjunction: c } if c == conjunction),
            Subordinator { relative } => matches!(*other, Subordinator { relative: r } if r == relative),
            DirWeekday(a) => matches!(*other, DirWeekday(b) if a == b),
            RelDay(a) => matches!(*other, RelDay(b) if a == b),
            Dir(a) => matches!(*other, Dir(b) if a == b),
            Decade(a) => matches!(*other, Decade(b) if a == b),
            SameDay(a) => matches!(*other, SameDay(b) if a == b),
            Anniversary(a) => matches!(*other, Anniversary(b) if a == b),
            Ago(a) => matches!(*other, Ago(b) if a == b),
            Nth(a) => matches!(*other, Nth(b) if a == b),
            Period(a) => matches!(*other, Period(b) if a == b),
            ThisPeriod(a) => matches!(*other, ThisPeriod(b) if a == b),
            Part(a) => matches!(*other, Part(b) if a == b),
            PeriodPart(a) => matches!(*other, PeriodPart(b) if a == b),
            YearFraction(a) => matches!(*other, YearFraction(b) if a == b),
            Ordinal(a) => matches!(*other, Ordinal(b) if a == b),
            Number(a) => matches!(*other, Number(b) if a == b),
            ClockHour(a) => matches!(*other, ClockHour(b) if a == b),
            MinutePart(a) => matches!(*other, MinutePart(b) if a == b),
            Season(a) => matches!(*other, Season(b) if a == b),
            DayCount(a) => matches!(*other, DayCount(b) if a == b),
            DayPeriod(a) => matches!(*other, DayPeriod(b) if a == b),
            ZoneName(a) => matches!(*other, ZoneName(b) if a == b),
            ThisDay(a) => matches!(*other, ThisDay(b) if a == b),
            DayAloneBefore(a) => matches!(*other, DayAloneBefore(b) if a == b),
            CountUnit { unit, count, per } => matches!(*other, CountUnit { unit: u, count: c, per: p } if (u, c, p) == (unit, count, per)),
            Holiday { hijri, month, day } => matches!(*other, Holiday { hijri: h, month: m, day: d } if (h, m, d) == (hijri, month, day)),
            ClockUnit { per, count } => matches!(*other, ClockUnit { per: p, count: c } if (p, c) == (per, count)),
            Same | TimeOfDay | DayWord | MonthWord | YearWord | YearPrep | Link | This | ThisAfter | Earlier | HijriMarker
            | GregMarker | Future | PutOff | PutOffTo | FutureVerb | NotFuture | ClauseOfTime | PublishedLabel | UpdatedLabel | BylineLabel | RangeFrom
            | NotWeekdayBefore | NotWeekdayAfter | PastVerb | HourWord | Except | MinuteWord | Now | TimeZone | SpanPrep
            | Comparative | HolidayPrefix | Weekend | WeekClose | EraNoun | NotDate | Few | Determiner | EventOf | LengthBefore | WeekOf | PairAnd | PairFrom
            | PairTo | AfterOnly | DayAloneNext | Participle | Auxiliary => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

/// A part of the day after a clock time: it says whether the hour is before or after noon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPeriod {
    /// صباحا، فجرا: the hour as written.
    Morning,
    /// ظهرا: 12 stays, 1–5 are afternoon hours.
    Noon,
    /// عصرا، مساء: hours before 12 are after noon.
    Evening,
    /// ليلا: 6–11 are evening hours, 12 is midnight, 1–5 are after midnight.
    Night,
}

/// One lexicon entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Stable id from the data file.
    pub id: String,
    /// The meaning.
    pub word: Word,
    /// The words after the first, normalised.
    pub rest: Vec<String>,
}

/// The compiled date lexicon.
#[derive(Debug, Clone, Default)]
pub struct DateLexicon {
    entries: Vec<Entry>,
    /// The entries by their first word ([`FirstWord`]).
    by_first: HashMap<String, FirstWord, BuildHasherDefault<WordHasher>>,
    /// A bitmap of every first word by its length and last six bytes ([`first_bit`]): most
    /// forms looked up are no entry's first word, and are answered here without hashing; and
    /// most tokens have no form in it ([`DateLexicon::may_start`]).
    firsts: Vec<u64>,
    /// For each entry, the grammar's rules its word can open, as bits: a slot the grammar fills
    /// once, on first use, and reads at each token that may open a date. The lexicon keeps it
    /// without knowing the rules (the grammar sits above the lexicon, not beside it); adding
    /// entries empties it.
    pub(super) rules_opened: OnceLock<Vec<u64>>,
}

/// The entries that start with one word, as the finder tries them at a token: the word alone,
/// and the longer phrases by their second word, so that a common first word ("the", "بعد", "le",
/// "في": a few dozen phrases each) costs one look-up of the next token, not a comparison of
/// every phrase's words (as [`crate::text::lexmatch::PhraseBank`] groups its patterns).
#[derive(Debug, Clone, Default)]
struct FirstWord {
    /// Every entry, in file order ([`DateLexicon::lookup_ids`]).
    all: Vec<u32>,
    /// The entries of the word alone, in file order.
    alone: Vec<u32>,
    /// The longer entries by their second word, each list in file order.
    by_second: HashMap<String, Vec<u32>, BuildHasherDefault<WordHasher>>,
}

impl FirstWord {
    /// Take entry `id`, whose words after the first are `rest`.
    fn push(&mut self, id: u32, rest: &[String]) {
        self.all.push(id);
        match rest.first() {
            None => self.alone.push(id),
            Some(second) => self.by_second.entry(second.clone()).or_default().push(id),
        }
    }
}

/// The hasher of [`DateLexicon::by_first`]: a word is hashed from its length and its first
/// and last eight bytes (its first and last four Arabic letters), a few instructions whatever
/// its length, where a byte-by-byte hash costs a multiplication per byte. The finder looks up
/// every form of every token (proclitics removed) here; words alike at both ends only share a
/// bucket.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let (head, tail) = head_and_tail(bytes);
        let x = head ^ tail.rotate_left(32) ^ (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = (self.0 ^ x).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    }

    // The end mark `str` hashes after its bytes adds nothing here.
    fn write_u8(&mut self, _: u8) {}

    fn finish(&self) -> u64 {
        // MurmurHash3's finaliser: the table reads both the high and the low bits.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
        h ^ (h >> 33)
    }
}

/// The bit of a word in [`DateLexicon::firsts`]: its length and last six bytes (three Arabic
/// letters) hashed; a token's forms differ by the proclitics taken off their front, so their
/// endings are the token's and their lengths tell them apart.
#[inline]
fn first_bit(word: &str) -> usize {
    let b = word.as_bytes();
    // The last six bytes, the first of them lowest (zeros above a shorter word's bytes).
    let tail = match b.len() {
        n if n >= 8 => head_and_tail(b).1 >> 16,
        n => head_and_tail(&b[n.saturating_sub(6)..]).1,
    };
    let x = (tail ^ (b.len() as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (x >> (64 - FIRST_BITS)) as usize
}

/// The first and the last eight bytes of `bytes` read as little-endian numbers; both are all of
/// it, zeros above, when it is shorter. Words of four Arabic letters or more (most) are read
/// with two loads, where copying a slice of variable length into a buffer called `memcpy`
/// (the copies of the lexicon's hashes were 1 % of the extraction).
#[inline]
fn head_and_tail(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    if n >= 8 {
        let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
        return (word(0), word(n - 8));
    }
    let mut short = 0u64;
    for (k, &b) in bytes.iter().enumerate() {
        short |= (b as u64) << (8 * k);
    }
    (short, short)
}

/// log2 of the bits of [`DateLexicon::firsts`]: 8 KiB, about 2 % of them set by the built-in
/// lexicons.
const FIRST_BITS: u32 = 16;

/// The built-in data files.
pub const BUILTIN_MONTHS: &str = include_str!("../../lexicons/months.csv");
/// The built-in weekday file.
pub const BUILTIN_WEEKDAYS: &str = include_str!("../../lexicons/weekdays.csv");
/// The built-in date-word file.
pub const BUILTIN_DATE_WORDS: &str = include_str!("../../lexicons/date_words.csv");

impl DateLexicon {
    /// Build the lexicon from the three files' text; `sources` name them in errors.
    pub fn parse(months: (&str, &str), weekdays: (&str, &str), words: (&str, &str)) -> Result<DateLexicon, String> {
        let mut lex = DateLexicon::default();
        for row in read_rows(months.0, months.1, &["id", "month", "system", "name"])? {
            let month: u32 =
                row.get("month").parse().ok().filter(|m| (1..=12).contains(m)).ok_or_else(|| row.error("month must be 1–12"))?;
            let hijri = row.get("system") == "hijri";
            let ambiguous = match row.get("ambiguous") {
                "yes" => true,
                "no" | "" => false,
                other => return Err(row.error(format!("ambiguous must be yes or no, not {other:?}"))),
            };
            lex.add(&row, row.get("name"), Word::Month { month, hijri, ambiguous })?;
        }
        for row in read_rows(weekdays.0, weekdays.1, &["id", "weekday", "name"])? {
            let n: u32 = row
                .get("weekday")
                .parse()
                .ok()
                .filter(|d| (1..=7).contains(d))
                .ok_or_else(|| row.error("weekday must be 1 (Monday) – 7 (Sunday)"))?;
            let wd = Weekday::try_from((n - 1) as u8).map_err(|_| row.error("bad weekday"))?;
            lex.add(&row, row.get("name"), Word::Weekday(wd))?;
        }
        for row in read_rows(words.0, words.1, &["id", "kind", "word", "value"])? {
            let value = row.get("value");
            let int = || value.parse::<i32>().map_err(|_| row.error(format!("value must be a number, not {value:?}")));
            let part = || match value {
                "early" => Ok(Part::Early),
                "mid" => Ok(Part::Mid),
                "late" => Ok(Part::Late),
                _ => Err(row.error("part value must be early, mid or late")),
            };
            let word = match row.get("kind") {
                "relday" => Word::RelDay(int()?),
                "dir" => Word::Dir(int()?),
                "period" => Word::Period(match value {
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return Err(row.error("period value must be week, month or year")),
                }),
                "part" => Word::Part(part()?),
                "period_part" => Word::PeriodPart(part()?),
                "same" => Word::Same,
                "year_fraction" => Word::YearFraction(match int()? {
                    m @ (3 | 4 | 6) => m as u32,
                    _ => return Err(row.error("year_fraction value must be 3, 4 or 6 (months)")),
                }),
                "decade" => Word::Decade(int()?),
                "ordinal" => Word::Ordinal(int()?.clamp(1, 31) as u32),
                "time_of_day" => Word::TimeOfDay,
                "day_word" => Word::DayWord,
                "month_word" => Word::MonthWord,
                "year_word" => Word::YearWord,
                "year_prep" => Word::YearPrep,
                "link" => Word::Link,
                "this" => Word::This,
                "this_after" => Word::ThisAfter,
                "this_period" => Word::ThisPeriod(match value {
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return Err(row.error("this_period value must be week, month or year")),
                }),
                "earlier" => Word::Earlier,
                "same_day" => Word::SameDay(int()?),
                "anniversary" => Word::Anniversary(int()?),
                "hijri_marker" => Word::HijriMarker,
                "greg_marker" => Word::GregMarker,
                "future" => Word::Future,
                "put_off" => Word::PutOff,
                "put_off_to" => Word::PutOffTo,
                "future_verb" => Word::FutureVerb,
                "not_future" => Word::NotFuture,
                "clause_of_time" => Word::ClauseOfTime,
                "published_label" => Word::PublishedLabel,
                "updated_label" => Word::UpdatedLabel,
                "byline_label" => Word::BylineLabel,
                "cutoff" => Word::Cutoff {
                    clock: match value {
                        "clock" => true,
                        "writing" => false,
                        _ => return Err(row.error("cutoff value must be clock or writing")),
                    },
                },
                "range_from" => Word::RangeFrom,
                "range_to" => Word::RangeTo {
                    conjunction: match value {
                        "and" => true,
                        "" => false,
                        _ => return Err(row.error("range_to value must be empty or and")),
                    },
                },
                "not_weekday_before" => Word::NotWeekdayBefore,
                "not_weekday_after" => Word::NotWeekdayAfter,
                "ago" => Word::Ago(int()?),
                "subordinator" => Word::Subordinator {
                    relative: match value {
                        "relative" => true,
                        "" => false,
                        _ => return Err(row.error("subordinator value must be empty or relative")),
                    },
                },
                "participle" => Word::Participle,
                "auxiliary" => Word::Auxiliary,
                "number" => Word::Number(int()?.max(0) as u32),
                "count_unit" => {
                    // unit:count, or unit:count:per for a unit that holds several (عقد = year:1:10).
                    let mut fields = value.split(':');
                    let bad = || row.error("count_unit value must be unit:count[:per] (day:2, week:0, year:0:10)");
                    let (unit, count, per) = (fields.next().ok_or_else(bad)?, fields.next().ok_or_else(bad)?, fields.next().unwrap_or("1"));
                    let per: u32 = per.parse().ok().filter(|&p| p >= 1).ok_or_else(bad)?;
                    let unit = match unit {
                        "day" => None,
                        "week" => Some(Unit::Week),
                        "month" => Some(Unit::Month),
                        "year" => Some(Unit::Year),
                        _ => return Err(row.error("count_unit unit must be day, week, month or year")),
                    };
                    Word::CountUnit { unit, count: count.parse().map_err(|_| row.error("bad count"))?, per }
                }
                "nth" => Word::Nth(int()?),
                "holiday" => {
                    // hijri:10:1, hijri:9 (the whole month), greg:7:30
                    let bad = || row.error("holiday value must be hijri:MONTH[:DAY] or greg:MONTH:DAY");
                    let mut parts = value.split(':');
                    let hijri = match parts.next() {
                        Some("hijri") => true,
                        Some("greg") => false,
                        _ => return Err(bad()),
                    };
                    let month: u32 = parts.next().and_then(|m| m.parse().ok()).filter(|m| (1..=12).contains(m)).ok_or_else(bad)?;
                    let day = match parts.next() {
                        Some(d) => Some(d.parse::<u32>().ok().filter(|d| (1..=31).contains(d)).ok_or_else(bad)?),
                        None if hijri => None,
                        None => return Err(bad()),
                    };
                    Word::Holiday { hijri, month, day }
                }
                "past_verb" => Word::PastVerb,
                "clock_hour" => Word::ClockHour(int()?.clamp(0, 24) as u32),
                "hour_word" => Word::HourWord,
                "day_period" => Word::DayPeriod(match value {
                    "morning" => DayPeriod::Morning,
                    "noon" => DayPeriod::Noon,
                    "evening" => DayPeriod::Evening,
                    "night" => DayPeriod::Night,
                    _ => return Err(row.error("day_period value must be morning, noon, evening or night")),
                }),
                "minute_part" => Word::MinutePart(int()?.clamp(0, 59) as u32),
                "except" => Word::Except,
                "minute_word" => Word::MinuteWord,
                "now" => Word::Now,
                "time_zone" => Word::TimeZone,
                "span_prep" => Word::SpanPrep,
                "comparative" => Word::Comparative,
                "holiday_prefix" => Word::HolidayPrefix,
                "era_noun" => Word::EraNoun,
                "not_date" => Word::NotDate,
                "few" => Word::Few,
                "length_before" => Word::LengthBefore,
                "determiner" => Word::Determiner,
                "event_of" => Word::EventOf,
                "week_of" => Word::WeekOf,
                "pair_and" => Word::PairAnd,
                "pair_from" => Word::PairFrom,
                "pair_to" => Word::PairTo,
                "after_only" => Word::AfterOnly,
                "day_alone_next" => Word::DayAloneNext,
                "day_alone_before" => Word::DayAloneBefore(match value {
                    "nearest" => false,
                    "month" => true,
                    _ => return Err(row.error("day_alone_before value must be nearest or month")),
                }),
                "this_day" => Word::ThisDay(match value {
                    "day" => false,
                    "month" => true,
                    _ => return Err(row.error("this_day value must be day or month")),
                }),
                "day_count" => Word::DayCount(int()?.clamp(1, 31) as u32),
                "clock_unit" => {
                    // minutes:count (ساعتين = 60:2, دقائق = 1:0)
                    let bad = || row.error("clock_unit value must be minutes:count (60:2, 1:0)");
                    let (per, count) = value.split_once(':').ok_or_else(bad)?;
                    let per: u32 = per.parse().ok().filter(|&p| p >= 1).ok_or_else(bad)?;
                    Word::ClockUnit { per, count: count.parse().map_err(|_| bad())? }
                }
                "dir_weekday" => Word::DirWeekday(
                    value
                        .parse::<u8>()
                        .ok()
                        .filter(|d| (1..=7).contains(d))
                        .and_then(|d| Weekday::try_from(d - 1).ok())
                        .ok_or_else(|| row.error("dir_weekday value must be 1 (Monday) – 7 (Sunday)"))?,
                ),
                "season" => Word::Season(match value {
                    "spring" => 3,
                    "summer" => 6,
                    "autumn" => 9,
                    "winter" => 12,
                    _ => return Err(row.error("season value must be spring, summer, autumn or winter")),
                }),
                "weekend" => Word::Weekend,
                "week_close" => Word::WeekClose,
                "zone_name" => Word::ZoneName(Zone::parse(value).ok_or_else(|| row.error("zone_name value must be +H[:MM], -H[:MM], ma, il, eu or us"))?),
                other => return Err(row.error(format!("unknown kind {other:?}"))),
            };
            lex.add(&row, row.get("word"), word)?;
        }
        Ok(lex)
    }

    /// Build one lexicon from several sets of the three files (the Arabic ones, then each
    /// other language's), every language active at once; `sources` name them in errors.
    pub fn parse_sets(sets: &[[(&str, &str); 3]]) -> Result<DateLexicon, String> {
        let mut lex = DateLexicon::default();
        for [months, weekdays, words] in sets {
            lex.absorb(DateLexicon::parse(*months, *weekdays, *words)?);
        }
        Ok(lex)
    }

    /// Add the entries of `other` after this lexicon's own.
    fn absorb(&mut self, other: DateLexicon) {
        let offset = self.entries.len() as u32;
        for (first, theirs) in other.by_first {
            let mine = self.by_first.entry(first).or_default();
            mine.all.extend(theirs.all.into_iter().map(|i| i + offset));
            mine.alone.extend(theirs.alone.into_iter().map(|i| i + offset));
            for (second, ids) in theirs.by_second {
                mine.by_second.entry(second).or_default().extend(ids.into_iter().map(|i| i + offset));
            }
        }
        self.entries.extend(other.entries);
        self.rules_opened = OnceLock::new();
        if self.firsts.len() < other.firsts.len() {
            self.firsts.resize(other.firsts.len(), 0);
        }
        for (mine, theirs) in self.firsts.iter_mut().zip(other.firsts) {
            *mine |= theirs;
        }
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The built-in lexicon.
    pub fn builtin() -> DateLexicon {
        DateLexicon::parse(
            (BUILTIN_MONTHS, "lexicons/months.csv"),
            (BUILTIN_WEEKDAYS, "lexicons/weekdays.csv"),
            (BUILTIN_DATE_WORDS, "lexicons/date_words.csv"),
        )
        .expect("built-in date lexicon is valid (tested)")
    }

    fn add(&mut self, row: &Row, text: &str, word: Word) -> Result<(), String> {
        let norm = normalize_str(text);
        // Words are split the way the finder tokenises: letters and digits only.
        let words: Vec<String> = tokens_of(&norm);
        let Some((first, rest)) = words.split_first() else {
            return Err(row.error("empty word after normalisation"));
        };
        let id = row.get("id");
        if id.is_empty() {
            return Err(row.error("missing id"));
        }
        if self.firsts.is_empty() {
            self.firsts = vec![0; 1 << (FIRST_BITS - 6)];
        }
        let bit = first_bit(first);
        self.firsts[bit >> 6] |= 1 << (bit & 63);
        self.by_first.entry(first.clone()).or_default().push(self.entries.len() as u32, rest);
        self.entries.push(Entry { id: id.to_string(), word, rest: rest.to_vec() });
        self.rules_opened = OnceLock::new();
        Ok(())
    }

    /// Entries whose first word is exactly `word`.
    pub fn lookup(&self, word: &str) -> impl Iterator<Item = &Entry> {
        self.lookup_ids(word).iter().map(|&i| &self.entries[i as usize])
    }

    /// Whether some form of `token` may be an entry's first word (a fast, conservative test:
    /// false means no form of the token, proclitics removed, can be looked up). The forms are
    /// the token itself, less و/ف, less ب/ل/ك, or less both, each tested in
    /// [`DateLexicon::firsts`]; لل read as ل + ال changes a letter, and such a token is let
    /// through.
    /// The proclitics are compared as their two bytes (the finder asks this of every word of
    /// every sentence).
    #[inline]
    pub fn may_start(&self, token: &str) -> bool {
        // و U+0648, ف U+0641; ب U+0628, ل U+0644, ك U+0643.
        const CONJ: [[u8; 2]; 2] = [[0xD9, 0x88], [0xD9, 0x81]];
        const PREP: [[u8; 2]; 3] = [[0xD8, 0xA8], [0xD9, 0x84], [0xD9, 0x83]];
        const LAM: [[u8; 2]; 1] = [[0xD9, 0x84]];
        /// `s` without its first letter, when that is one of `letters` (each as its bytes).
        fn strip<'s>(s: &'s str, letters: &[[u8; 2]]) -> Option<&'s str> {
            let b = s.as_bytes();
            (b.len() >= 2 && letters.contains(&[b[0], b[1]])).then(|| &s[2..])
        }
        let conj = strip(token, &CONJ);
        let lam_lam = |s: &str| strip(s, &LAM).and_then(|r| strip(r, &LAM)).is_some();
        if lam_lam(token) || conj.is_some_and(lam_lam) {
            return true;
        }
        [Some(token), conj, strip(token, &PREP), conj.and_then(|c| strip(c, &PREP))].into_iter().flatten().any(|form| self.may_be_first(form))
    }

    /// Indices of the entries whose first word is exactly `word`.
    #[inline]
    pub fn lookup_ids(&self, word: &str) -> &[u32] {
        if !self.may_be_first(word) {
            return &[];
        }
        self.by_first.get(word).map_or(&[], |v| v.all.as_slice())
    }

    /// Indices of the entries that may stand where `word` is followed by `next` (the token
    /// after it, when there is one): the entries of `word` alone, and those of two words or
    /// more whose second word is `next` (their later words still to be compared), each in file
    /// order.
    #[inline]
    pub fn ids_before(&self, word: &str, next: Option<&str>) -> (&[u32], &[u32]) {
        if !self.may_be_first(word) {
            return (&[], &[]);
        }
        let Some(first) = self.by_first.get(word) else { return (&[], &[]) };
        let longer = match next {
            Some(next) if !first.by_second.is_empty() => first.by_second.get(next).map_or(&[][..], |v| v.as_slice()),
            _ => &[],
        };
        (&first.alone, longer)
    }

    /// Whether `word` may be the first word of some entry (false: it is none).
    #[inline]
    fn may_be_first(&self, word: &str) -> bool {
        let bit = first_bit(word);
        self.firsts.get(bit >> 6).is_some_and(|w| w & (1 << (bit & 63)) != 0)
    }

    /// Whether `word` is the first word of some entry.
    pub fn contains(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entry `i`.
    pub fn entry(&self, i: usize) -> &Entry {
        &self.entries[i]
    }
}

/// Split normalised text into word tokens the way the finder does: runs of letters and digits;
/// every other visible character is a token of its own.
pub(crate) fn tokens_of(norm: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in norm.chars() {
        if crate::text::normalize::is_word_char(c) {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ends of a word read by loads are the ends copied byte by byte into a zeroed buffer
    /// (as first written), for every length around the eight bytes of a load.
    #[test]
    fn head_and_tail_are_the_copied_ends() {
        // Printable ASCII, each byte different from its neighbours.
        let text: Vec<u8> = (0..40u8).map(|b| b'!' + b * 7 % 90).collect();
        for n in 0..=20 {
            let bytes = &text[3..3 + n];
            let copied = |from: usize, len: usize| {
                let mut buf = [0u8; 8];
                buf[..len].copy_from_slice(&bytes[from..from + len]);
                u64::from_le_bytes(buf)
            };
            let k = n.min(8);
            assert_eq!(head_and_tail(bytes), (copied(0, k), copied(n - k, k)), "{n} bytes");
            let word = std::str::from_utf8(bytes).unwrap();
            let six = n.min(6);
            let x = (copied(n - six, six) ^ (n as u64) << 56).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            assert_eq!(first_bit(word), (x >> (64 - FIRST_BITS)) as usize, "{n} bytes");
        }
    }

    #[test]
    fn builtin_lexicon_loads_and_ids_are_unique() {
        let lex = DateLexicon::builtin();
        assert!(lex.len() > 300);
        let mut ids: Vec<&str> = lex.entries.iter().map(|e| e.id.as_str()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate ids in the date lexicon");
    }

    /// The written-out equality is the derived one: two words are equal exactly when they
    /// print alike, over every pair of the built-in lexicon's words and a few made here.
    #[test]
    fn words_are_equal_when_they_print_alike() {
        let lex = DateLexicon::builtin();
        let mut words: Vec<Word> = lex.entries.iter().map(|e| e.word).collect();
        words.extend([Word::Dir(7), Word::Holiday { hijri: true, month: 9, day: None }, Word::CountUnit { unit: None, count: 3, per: 1 }]);
        words.sort_by_key(|w| format!("{w:?}"));
        words.dedup_by_key(|w| format!("{w:?}"));
        assert!(words.len() > 100);
        let printed: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
        for (a, pa) in words.iter().zip(&printed) {
            for (b, pb) in words.iter().zip(&printed) {
                assert_eq!(a == b, pa == pb, "{pa} {pb}");
            }
        }
    }

    /// The bitmap before the table answers no first word "none", in every language's set.
    #[test]
    fn every_first_word_passes_the_bitmap() {
        let lex = crate::data::Lexicons::builtin().dates;
        assert!(lex.by_first.len() > 1000);
        for first in lex.by_first.keys() {
            assert!(lex.may_be_first(first), "{first}");
        }
        let set = lex.firsts.iter().map(|w| w.count_ones()).sum::<u32>() as usize;
        assert!(set <= lex.by_first.len() && set * 20 < lex.firsts.len() * 64, "{set} bits set");
    }

    #[test]
    fn entries_are_normalised() {
        let lex = DateLexicon::builtin();
        assert!(lex.lookup("اغسطس").any(|e| e.word == Word::Month { month: 8, hijri: false, ambiguous: false }));
        assert!(lex.lookup("الاربعاء").any(|e| e.word == Word::Weekday(Weekday::Wed)));
        assert!(lex.lookup("كانون").any(|e| e.rest == ["الثاني"]));
        assert!(lex.lookup("جويليه").next().is_some());
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let err = DateLexicon::parse(
            ("id,month,system,name\nx,13,eg,يناير\n", "m.csv"),
            ("id,weekday,name\n", "w.csv"),
            ("id,kind,word,value\n", "d.csv"),
        )
        .unwrap_err();
        assert!(err.starts_with("m.csv:2:"), "{err}");
        let err = DateLexicon::parse(
            ("id,month,system,name\n", "m.csv"),
            ("id,weekday,name\n", "w.csv"),
            ("id,kind,word,value\nx,bogus,في,\n", "d.csv"),
        )
        .unwrap_err();
        assert!(err.starts_with("d.csv:2:"), "{err}");
    }
}
