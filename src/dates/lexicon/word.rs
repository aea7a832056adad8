//! What a lexicon word means ([`Word`]), and the parts of the day a clock time may carry
//! ([`DayPeriod`]): the values the date grammar reads off each entry.

use chrono::Weekday;

use crate::dates::value::{Part, Unit};
use crate::dates::zone::Zone;

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
    /// A fraction of a year by its length in months (الربع = 3, النصف = 6), and what it says
    /// told without its year.
    YearFraction(u32, FractionAlone),
    /// A decade by its first year (التسعينيات = 1990).
    Decade(i32),
    /// The thousands of a year written in words (ألفين، deux mille, two thousand = 2000): read
    /// as a year, with the units and tens after it, only after a year word (عام ألفين وعشرين).
    YearThousands(i32),
    /// A time of day kept on its day: عصر، مساء…
    TimeOfDay,
    /// A part of the day written after its weekday and before the weekday's direction («
    /// mardi soir dernier », "Tuesday evening last"): the direction is the weekday's (kind
    /// `day_part_after`; read only there).
    DayPartAfter,
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
    /// A part and its period written as one word ("midweek", "midmonth"): that part of the
    /// anchor's period, as "mid-week" in two.
    MidPeriod(Unit),
    /// "The new year" told as a period ("in the new year", « la nouvelle année », «العام
    /// الجديد»): the year the anchor's turns into, or the one just begun (new_year.rs).
    NewYear,
    /// في وقت سابق من (هذا الشهر).
    Earlier,
    /// A day told by the narrative's date before it, days after it: "the same day" (0), "the
    /// next day" (+1), "the day before" (-1).
    SameDay(i32),
    /// A day pointed back to by a demonstrative ("that day", "later that evening", « ce
    /// jour-là », « ce soir-là », «في ذلك اليوم»): the same day as [`Word::SameDay`]`(0)`, the
    /// nearest day told before it, even one told in a relative clause on the subject ("Lapid,
    /// who arrived on Wednesday, signed … that day"); "later in the day", "the same day" are
    /// the story's day and are no such pointer. Lexicon kind `same_day`, value `that`.
    ThatDay,
    /// The story's day told later in it ("earlier in the day", "later in the day", « plus tard
    /// dans la journée », «في وقت لاحق من اليوم نفسه»): the same day as [`Word::SameDay`]`(0)`,
    /// but a day told on someone in a relative clause of a sentence before ("…, and the envoy,
    /// who landed on Monday evening.") is passed over, a main clause dated or not; "the same
    /// day", « le jour même » point back to the nearest day. Lexicon kind `same_day`, value
    /// `story`.
    StoryDay,
    /// A bare part of the day told by the narrative's date before it ("بعد الظهر", "in the
    /// afternoon", « dans la soirée »): the same day as [`Word::SameDay`]`(0)`, but of the
    /// story's day, so a date recalled in a pluperfect sentence between is passed over (see
    /// [`crate::dates::find::tell_by_dates_before`]). Lexicon kind `same_day`, value `part`.
    SameDayPart,
    /// "The same day" said as a comparison ("the same day", « le même jour », «في نفس اليوم»):
    /// the day told before it, as [`Word::SameDay`]`(0)`; told with no day before it in the
    /// story ("Two airlines open the route on the same day"), the same day as each other, no
    /// date (the reading is dropped by [`crate::dates::find_dates`]). Lexicon kind `same_day`,
    /// value `same`.
    TheSameDay,
    /// An indefinite article before a day and month without their year (« C'est arrivé un 22
    /// juillet », a history column's day of some year): no date (kind `indefinite`).
    Indefinite,
    /// A word of the pluperfect (kind `pluperfect`): an auxiliary that makes its sentence a
    /// recall of an earlier day ("had", « avait », « était »; `qad`: «كان» and its forms, a
    /// recall only with «قد» after it), or that particle itself (`particle`: «قد»).
    Pluperfect(PluperfectWord),
    /// A word that moves the date told before by a count of days or weeks (kind `shift`):
    /// after the count in English and French ("four days later": +1, "trois semaines
    /// auparavant": -1), before a count governed by ب in Arabic ("بعد ذلك بأربعة أيام": +1,
    /// "قبلها بعشرة أيام": -1), and 0 for the back-reference after a direction and its count
    /// ("بعد خمسة أيام من ذلك").
    Shift(i32),
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
    /// A word of a site's widget of the day (مواقيت الصلاة, "Prayer times", « Météo »): a date
    /// line that holds one is the site's banner of the day the page was read, not the story's.
    DayWidget,
    /// A cut-off that ties the story to the moment it was written ("حتى ساعة كتابة هذا
    /// الخبر", "إلى حدود الساعة" before a clock time): `clock` when a clock time must follow.
    Cutoff {
        /// A clock time must follow ("إلى حدود الساعة 21:00"); alone, "إلى حدود الساعة" is
        /// also "so far", which says nothing of the day.
        clock: bool,
    },
    /// Tells a dated fact as weeks or months before the writing, less than a year ("months
    /// after the two countries normalised ties in December 2020", «بعد أشهر من», « quelques
    /// mois après »): a wire's date line without its year falls in the year after that fact
    /// (read by `anchor::wire_year`). Lexicon kind `months_after`.
    MonthsAfter,
    /// A count of years since a recalled day that falls today ("يحل اليوم الأربعاء عام كامل
    /// على", "Wednesday marks one year since", "il y a un an jour pour jour"): the value is
    /// the years, 0 when the counted period before it says them ("il y a deux ans" before
    /// "jour pour jour"). Read by [`super::find`]'s anniversaries.
    Anniversary(i32),
    /// Says a counted period is exact ("قبل عام بالضبط", «قبل سنة بالتمام والكمال», "exactly a
    /// year ago", « il y a un an pile »): the anchor's day that many units back, not the
    /// period. Read by [`super::find`]'s exact counts.
    Exact,
    /// Says the count after it has passed («بعد مرور عام», «بعد مضي ثلاثة أشهر»): read over
    /// between بعد and the count, which it does not change.
    Passing,
    /// Says a number follows (رقم، n°, No.): digits after it are the number of a text, not a
    /// date («الظهير رقم 1.20.15»).
    NumberLabel,
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
    /// A word that opens a period's start ("starting", « à partir du », «ابتداء من»): a day right
    /// after it without its year is the nearest such day, whatever the tense of the verb that
    /// tells it ("announced … measures starting December 26" four days on is this December's;
    /// "flights resumed starting July 25" five days back is this July's).
    StartFrom,
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
    /// A feast of the Hebrew calendar, by its index in [`crate::dates::value::HEBREW_FEASTS`]
    /// (lexicon value `hebrew:NAME`): Hanukkah, Passover, Yom Kippur…
    HebrewFeast(u8),
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
    /// The eve of a feast named after it («عشية عيد الأضحى», "on the eve of Eid al-Fitr", « la
    /// veille de l'Aïd »): the day before the feast's day.
    FeastEve,
    /// The morrow of a feast named after it («غداة عيد العرش», « au lendemain de Noël »): the
    /// day after the feast's (last) day.
    FeastMorrow,
    /// A word that names a street or square after a day («شارع 16 نونبر», « avenue du 2 Mars
    /// »): the day written after it is the place's name, no date.
    StreetName,
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
    /// A preposition by which an Arabic day word names the event it counts from («بعد ساعات من
    /// هبوط الطائرة», «بعد ساعات على الإعلان»; kind `event_after`): the sentence's own date tells
    /// its act; alone in its sentence the day word keeps its reading (the date before it, where
    /// the event is told: «وصل الثلاثاء … بعد ساعات من وصوله»).
    EventAfter,
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
    /// Whether the word is a unit of days or longer (أيام، أسبوع، "weeks", « mois »; a period
    /// word, الشهر): a measure of it before "after" is a distance to another day, where hours
    /// or minutes keep the day.
    pub fn counts_days_or_more(&self) -> bool {
        matches!(self, Word::CountUnit { .. } | Word::Period(_))
    }

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
            YearThousands(a) => matches!(*other, YearThousands(b) if a == b),
            SameDay(a) => matches!(*other, SameDay(b) if a == b),
            Pluperfect(a) => matches!(*other, Pluperfect(b) if a == b),
            Shift(a) => matches!(*other, Shift(b) if a == b),
            Anniversary(a) => matches!(*other, Anniversary(b) if a == b),
            Ago(a) => matches!(*other, Ago(b) if a == b),
            Nth(a) => matches!(*other, Nth(b) if a == b),
            Period(a) => matches!(*other, Period(b) if a == b),
            ThisPeriod(a) => matches!(*other, ThisPeriod(b) if a == b),
            MidPeriod(a) => matches!(*other, MidPeriod(b) if a == b),
            Part(a) => matches!(*other, Part(b) if a == b),
            PeriodPart(a) => matches!(*other, PeriodPart(b) if a == b),
            YearFraction(a, x) => matches!(*other, YearFraction(b, y) if a == b && x == y),
            Ordinal(a) => matches!(*other, Ordinal(b) if a == b),
            Number(a) => matches!(*other, Number(b) if a == b),
            ClockHour(a) => matches!(*other, ClockHour(b) if a == b),
            MinutePart(a) => matches!(*other, MinutePart(b) if a == b),
            Season(a) => matches!(*other, Season(b) if a == b),
            HebrewFeast(a) => matches!(*other, HebrewFeast(b) if a == b),
            DayCount(a) => matches!(*other, DayCount(b) if a == b),
            DayPeriod(a) => matches!(*other, DayPeriod(b) if a == b),
            ZoneName(a) => matches!(*other, ZoneName(b) if a == b),
            ThisDay(a) => matches!(*other, ThisDay(b) if a == b),
            DayAloneBefore(a) => matches!(*other, DayAloneBefore(b) if a == b),
            CountUnit { unit, count, per } => matches!(*other, CountUnit { unit: u, count: c, per: p } if (u, c, p) == (unit, count, per)),
            Holiday { hijri, month, day } => matches!(*other, Holiday { hijri: h, month: m, day: d } if (h, m, d) == (hijri, month, day)),
            ClockUnit { per, count } => matches!(*other, ClockUnit { per: p, count: c } if (p, c) == (per, count)),
            Same | TimeOfDay | DayPartAfter | DayWord | MonthWord | YearWord | YearPrep | Link | This | ThisAfter | Earlier | HijriMarker
            | GregMarker | Future | PutOff | PutOffTo | StartFrom | FutureVerb | NotFuture | ClauseOfTime | PublishedLabel | UpdatedLabel | BylineLabel | DayWidget | RangeFrom
            | NotWeekdayBefore | NotWeekdayAfter | PastVerb | HourWord | Except | MinuteWord | Now | TimeZone | SpanPrep
            | Comparative | HolidayPrefix | FeastEve | FeastMorrow | StreetName | Weekend | WeekClose | EraNoun | NotDate | Few | Determiner | EventOf | EventAfter | LengthBefore | WeekOf | PairAnd | PairFrom
            | PairTo | AfterOnly | DayAloneNext | Participle | Auxiliary | Exact | Passing | NumberLabel | SameDayPart | ThatDay | StoryDay | TheSameDay | Indefinite | MonthsAfter | NewYear => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

/// What a fraction of a year ([`Word::YearFraction`]) says told without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FractionAlone {
    /// "quarter", "half", «الربع»: a quarter after "in" or with its article alone is the
    /// anchor's year's; a half is none ("in the second half" is a match's as often).
    Plain,
    /// « semestre », « trimestre », «السداسي»: a part of a year only, the anchor's year's
    /// after « au » or with its article alone, a half as a quarter (« au premier semestre »).
    OfYear,
    /// «الفصل», «الثلاثي»: a quarter only with its year told («الفصل الثالث من سنة 2022»);
    /// alone it is a chapter, an article of a law, a school term, a trio.
    WithYear,
}

/// The role of a pluperfect word ([`Word::Pluperfect`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluperfectWord {
    /// An auxiliary that tells the pluperfect alone ("had", « avait », « était »).
    Auxiliary,
    /// An auxiliary that tells it only with the particle after it («كان … قد»).
    AuxiliaryWithParticle,
    /// The particle («قد»).
    Particle,
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
