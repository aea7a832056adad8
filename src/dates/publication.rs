//! The publication date as a value: the [`Anchor`] every relative expression is resolved
//! against, how it was found ([`AnchorBasis`], [`Inference`]). Finding it is
//! [`super::anchor`]'s work; resolving against it is [`mod@super::resolve`]'s, and both take the
//! value from here, so neither depends on the other's internals.

use chrono::NaiveDate;

use super::value::DateValue;

/// How the publication date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum AnchorBasis {
    /// A date line of the article states it.
    Stated,
    /// Clues in the text (or another article) fix it, as said.
    Inferred(Inference),
    /// The user's manifest gives it (`published` column, or `--ref`).
    Manifest,
    /// The manifest's `url` carries it (`/2021/07/25/`).
    Url,
    /// Nothing fixes it.
    Unknown,
}

impl AnchorBasis {
    /// The basis with how an inferred date was found: `inferred:borrowed` and the like (see
    /// [`Inference::label`]); the others as [`AnchorBasis::as_str`].
    pub fn label(self) -> &'static str {
        match self {
            AnchorBasis::Inferred(how) => how.label(),
            other => other.as_str(),
        }
    }

    /// `stated`, `inferred`, `manifest`, `url` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            AnchorBasis::Stated => "stated",
            AnchorBasis::Inferred(_) => "inferred",
            AnchorBasis::Manifest => "manifest",
            AnchorBasis::Url => "url",
            AnchorBasis::Unknown => "unknown",
        }
    }
}

/// The publication date of an article, possibly only to the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Anchor {
    /// The date (day or month grain), when known.
    pub date: Option<DateValue>,
    /// How it was found.
    pub basis: AnchorBasis,
    /// The expression of the article it was read from (normalised byte range), when it comes
    /// from the text: the date line, or the clue of an inference.
    pub evidence: Option<(usize, usize)>,
}

impl Anchor {
    /// No anchor.
    pub fn unknown() -> Anchor {
        Anchor { date: None, basis: AnchorBasis::Unknown, evidence: None }
    }

    /// An anchor inferred from clues, `how` saying which.
    pub fn inferred(date: DateValue, how: Inference) -> Anchor {
        Anchor { date: Some(date), basis: AnchorBasis::Inferred(how), evidence: None }
    }

    /// A day given by the user (`--ref`, manifest).
    pub fn given(day: NaiveDate) -> Anchor {
        Anchor { date: Some(DateValue::day(day)), basis: AnchorBasis::Manifest, evidence: None }
    }

    /// The same anchor, citing the expression it was read from.
    pub fn with_evidence(self, range: std::ops::Range<usize>) -> Anchor {
        Anchor { evidence: Some((range.start, range.end)), ..self }
    }

    /// Whether `day` can be the publication day given what this anchor knows: any day when
    /// it is unknown, a day of its month or year when it is partial, a day of its span when it
    /// is a bound ([`Anchor::written_within`]).
    pub fn admits_day(&self, day: NaiveDate) -> bool {
        match self.written_within() {
            Some((first, last)) => (first..=last).contains(&day),
            None => self.date.is_none_or(|period| period.holds(day)),
        }
    }

    /// Whether the anchor is a bound the page's own text sets, which another article's day
    /// may still narrow to one ([`Inference::UpdatedBy`]): the corpus step's borrowing reads
    /// such a page as one still to be dated, inside its bound.
    pub fn awaits_a_day(&self) -> bool {
        matches!(self.basis, AnchorBasis::Inferred(Inference::UpdatedBy { .. }))
    }

    /// Whether the anchor is known.
    pub fn is_known(&self) -> bool {
        self.date.is_some()
    }

    /// The first and last day the page may have been written on, when the anchor is a bound
    /// rather than a day ([`Inference::BorrowedFrom`], [`Inference::UpdatedBy`]): its `date`
    /// is then the first.
    pub fn written_within(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self.basis {
            AnchorBasis::Inferred(Inference::BorrowedFrom { days } | Inference::UpdatedBy { days }) => {
                let first = self.date?.as_day()?;
                Some((first, first + chrono::Duration::days(i64::from(days))))
            }
            _ => None,
        }
    }

    /// The date an event told as happening on the publication day takes (an undated present,
    /// `EventMention::on_publication_day`): the anchor's date, or for a bound
    /// ([`Anchor::written_within`]) the month that holds all its days (None when they run over
    /// two months), not the bound's first day. (The bound itself, as `tarikh dates` writes it,
    /// is [`Anchor::published_value`].)
    pub fn on_publication_day_date(&self) -> Option<DateValue> {
        use chrono::Datelike;
        match self.written_within() {
            Some((first, last)) if (first.year(), first.month()) == (last.year(), last.month()) => DateValue::month(first.year(), first.month()),
            Some(_) => None,
            None => self.date,
        }
    }

    /// How the anchor is written in `tarikh dates`' published row: its date, or for a bound
    /// the span of days the page may have been written on ("2022-07-18/2022-07-24").
    pub fn published_value(&self) -> Option<DateValue> {
        match self.written_within() {
            Some((first, last)) if first != last => Some(DateValue { end: Some(last), ..DateValue::day(first) }),
            _ => self.date,
        }
    }
}

/// How an inferred publication date was found (the `inferred:…` basis of `tarikh dates`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Inference {
    /// A relative day written with its date: "أمس الأربعاء 27 يوليوز" → the 28th.
    RelativeDay,
    /// A relative day naming a weekday ("اليوم الثلاثاء") and a date of the text that falls on
    /// that weekday ("الثلاثاء 22 ديسمبر 2020", "22 ديسمبر 2020"): the article speaks of that
    /// day.
    WeekdayOfDate,
    /// A relative day naming a weekday in the month the text calls current (or bounded by
    /// the text's own dates): the one such day that fits.
    WeekdayInMonth,
    /// A month called current (الجاري، الحالي), its year from the text's dates.
    CurrentMonth,
    /// A bare weekday told in the past ("sat down Tuesday") beside a date of that weekday: the
    /// article was written that day or in the six after, and reads alike from each (see
    /// [`super::anchor`]), so the first stands for them.
    BareWeekday,
    /// A relative day naming the writing weekday ("اليوم الاثنين") and a day told as coming
    /// with its weekday ("يصل الوزير يوم الخميس 17 فبراير 2022"): the day of that weekday in
    /// the week up to the coming day.
    ComingWeekday,
    /// The story's lede date, the latest day it reports, and a same-day cut-off after it ("إلى
    /// حدود الساعة 21:00", "حتى ساعة كتابة هذا الخبر"): written on the lede's day.
    SameDayCutoff,
    /// A date line of the page without its year ("الرباط - 12 غشت (و م ع) -", "RABAT, Aug 12
    /// (Reuters) -"), its year known from a weekday (written in the line, or the writing
    /// day's the story's relative days name) that falls on that day in one year of the
    /// timeline, or, with no weekday, from the story's latest dated fact a few weeks before
    /// the first such day after it (see `anchor::page::yearless_date_line`).
    YearlessDateLine,
    /// A wire's date line without its year ("RABAT, Dec 22 (Reuters) -") and the agency's own
    /// copyright line at the story's foot ("(c) Reuters 2020", "© AFP 2021"): the wire's copy
    /// is the agency's of the year it was filed (see `anchor::wire_year`).
    WireCopyrightYear,
    /// A date line without its year and the story's latest dated fact told as weeks or months
    /// before the writing ("months after the two countries normalised ties in December 2020",
    /// «بعد أشهر من …», « quelques mois après … »): the first such day after the fact, within a
    /// year of it (see `anchor::wire_year`).
    MonthsAfterFact,
    /// The page's update line ("آخر تحديث", "Mis à jour le", "Updated on") and the story's own
    /// dates, when no line states the publication: the page went online on or before the
    /// update's day and on or after the latest day the story reports. The day when one day of
    /// that span fits (the update's day is the latest reported day, or one day of the span
    /// falls on the writing weekday the story's relative days name), else the month when the
    /// whole span lies in one (see `anchor::infer::update_line`).
    UpdateLine,
    /// A site's current-date banner above its menu (the day the page was read: never the
    /// publication date, but the page was online by then) and the story's own dates, when
    /// nothing else dates the page: as [`Inference::UpdateLine`], with the banner's day as the
    /// bound from above ("أمس الجمعة" under a banner of Saturday 26 December 2020, over a story
    /// that reports Tuesday the 22nd: the 26th).
    Banner,
    /// The page's update line alone ("Updated: Tue 15 Mar 2022 09:03 AM", «آخر تحديث», « Mis
    /// à jour le »), when nothing else dates the page and [`Inference::UpdateLine`] finds no
    /// day or month: the page went online on or before the update's day, and is read as
    /// written in the week up to it (from the latest day the story reports, when that is
    /// later): a bound, never the update's day itself; the anchor's date is the first, `days`
    /// the span's length after it. Its expressions resolve as under
    /// [`Inference::BorrowedFrom`], and another article's day inside it may fix the day.
    UpdatedBy {
        /// How many days after the first the page may have been written on (at most six).
        days: u8,
    },
    /// Another article dates one of its events (the corpus step).
    Borrowed,
    /// Another article dates one of its events, told by a bare weekday or a past week ("on
    /// Monday", « lundi », «الاثنين»): the page was written on the borrowed day or in the
    /// `days` after it (a bound, not a day; the anchor's date is the first). Its expressions
    /// resolve against each of those days, and keep the coarser value they share when the
    /// days read them differently (see [`super::resolve`]).
    BorrowedFrom {
        /// How many days after the first the page may have been written on (at most six).
        days: u8,
    },
    /// Another article dates agreements of the same subjects as several of its own, none of
    /// whose signatories it shares (the corpus step; weaker evidence than a person, so it
    /// takes more: see `pipeline::borrow_by_subject`).
    BorrowedBySubject,
}

impl Inference {
    /// The `inferred:…` label.
    pub fn label(self) -> &'static str {
        match self {
            Inference::RelativeDay => "inferred:relative-day",
            Inference::WeekdayOfDate => "inferred:weekday-of-date",
            Inference::WeekdayInMonth => "inferred:weekday-in-month",
            Inference::CurrentMonth => "inferred:current-month",
            Inference::BareWeekday => "inferred:bare-weekday",
            Inference::ComingWeekday => "inferred:coming-weekday",
            Inference::SameDayCutoff => "inferred:same-day-cutoff",
            Inference::YearlessDateLine => "inferred:yearless-date-line",
            Inference::WireCopyrightYear => "inferred:wire-copyright-year",
            Inference::MonthsAfterFact => "inferred:months-after-fact",
            Inference::UpdateLine => "inferred:update-line",
            Inference::Banner => "inferred:banner",
            Inference::UpdatedBy { .. } => "inferred:updated-by",
            Inference::Borrowed => "inferred:borrowed",
            Inference::BorrowedFrom { .. } => "inferred:borrowed-from",
            Inference::BorrowedBySubject => "inferred:borrowed-by-subject",
        }
    }
}

/// The days a page's own date line may be when it does not say which, kept while the anchor is
/// unknown: a line without its year ("RABAT, Dec. 22 (UPI) --": that day in each year of the
/// timeline) or a two-digit numeric date that reads both ways ("BY STAFF - 08/11/21": 11 August
/// or 8 November 2021), less the days the story's own dates rule out (it was written on or
/// after the latest day it reports). A bound borrowed from another article's event that holds
/// exactly one of them fixes the day ([`LineReadings::within`]); the line then dates the page.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct LineReadings {
    /// The days it may be, in order.
    pub days: Vec<NaiveDate>,
    /// How a day it turns out to be is told: stated (the line wrote its year, only the order
    /// of day and month was in doubt) or inferred ([`Inference::YearlessDateLine`]).
    pub basis: AnchorBasis,
    /// The line's date expression (normalised byte range).
    pub evidence: (usize, usize),
}

impl LineReadings {
    /// The anchor the line gives when exactly one of its days falls from `first` to `last`
    /// (a bound the page was written within); None when none or several do.
    pub fn within(&self, first: NaiveDate, last: NaiveDate) -> Option<Anchor> {
        let mut inside = self.days.iter().filter(|d| (first..=last).contains(*d));
        let day = *inside.next()?;
        inside.next().is_none().then_some(Anchor { date: Some(DateValue::day(day)), basis: self.basis, evidence: Some(self.evidence) })
    }
}
