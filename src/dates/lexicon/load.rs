//! Reading the lexicon files (`months.csv`, `weekdays.csv`, `date_words.csv`, and each other
//! language's set) into entries, each row checked and named in errors by file and line.

use std::sync::OnceLock;

use chrono::Weekday;

use super::index::{FIRST_BITS, first_bit};
use super::{DateLexicon, DayPeriod, Entry, PluperfectWord, Word, tokens_of};
use crate::dates::value::{Part, Unit};
use crate::dates::zone::Zone;
use crate::table::{Row, read_rows};
use crate::text::normalize::normalize_str;

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
                kind @ ("year_fraction" | "year_fraction_of_year" | "year_fraction_with_year") => {
                    let months = match int()? {
                        m @ (3 | 4 | 6) => m as u32,
                        _ => return Err(row.error("year_fraction value must be 3, 4 or 6 (months)")),
                    };
                    let alone = match kind {
                        "year_fraction_of_year" => super::FractionAlone::OfYear,
                        "year_fraction_with_year" => super::FractionAlone::WithYear,
                        _ => super::FractionAlone::Plain,
                    };
                    Word::YearFraction(months, alone)
                }
                "decade" => Word::Decade(int()?),
                "year_thousands" => Word::YearThousands(int()?),
                "ordinal" => Word::Ordinal(int()?.clamp(1, 31) as u32),
                "time_of_day" => Word::TimeOfDay,
                "day_part_after" => Word::DayPartAfter,
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
                "mid_period" => Word::MidPeriod(match value {
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    _ => return Err(row.error("mid_period value must be week or month")),
                }),
                "new_year" => Word::NewYear,
                "earlier" => Word::Earlier,
                // `part`: a bare part of the day ("بعد الظهر", "in the afternoon"), the story's day.
                "same_day" if value == "part" => Word::SameDayPart,
                // `that`: a day pointed back to by a demonstrative ("that day", « ce jour-là »).
                "same_day" if value == "that" => Word::ThatDay,
                "same_day" if value == "story" => Word::StoryDay,
                // `same`: "the same day" as a comparison, no date with no day told before it.
                "same_day" if value == "same" => Word::TheSameDay,
                "same_day" => Word::SameDay(int()?),
                "pluperfect" => Word::Pluperfect(match value {
                    "aux" => PluperfectWord::Auxiliary,
                    "aux-qad" => PluperfectWord::AuxiliaryWithParticle,
                    "particle" => PluperfectWord::Particle,
                    _ => return Err(row.error("pluperfect value must be aux, aux-qad or particle")),
                }),
                "shift" => Word::Shift(match int()? {
                    v @ (-1..=1) => v as i32,
                    _ => return Err(row.error("shift value must be 1 (later), -1 (earlier) or 0 (a back-reference after a direction)")),
                }),
                "anniversary" => Word::Anniversary(int()?),
                "exact" => Word::Exact,
                "passing" => Word::Passing,
                "number_label" => Word::NumberLabel,
                "hijri_marker" => Word::HijriMarker,
                "greg_marker" => Word::GregMarker,
                "future" => Word::Future,
                // The words that put something off are the `postponement` rows of the trigger
                // files, one list read by both stages ([`DateLexicon::add_put_off_words`]).
                "put_off" => return Err(row.error("put_off words are listed once, as the postponement rows of the trigger files")),
                "put_off_to" => Word::PutOffTo,
                "start_from" => Word::StartFrom,
                "future_verb" => Word::FutureVerb,
                "not_future" => Word::NotFuture,
                "clause_of_time" => Word::ClauseOfTime,
                "published_label" => Word::PublishedLabel,
                "updated_label" => Word::UpdatedLabel,
                "byline_label" => Word::BylineLabel,
                "day_widget" => Word::DayWidget,
                "months_after" => Word::MonthsAfter,
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
                    let bad = || row.error("holiday value must be hijri:MONTH[:DAY], greg:MONTH:DAY or hebrew:FEAST");
                    if let Some(name) = value.strip_prefix("hebrew:") {
                        let feast = crate::dates::value::HEBREW_FEASTS.iter().position(|n| *n == name).ok_or_else(|| row.error(&format!("no Hebrew feast {name:?} in lexicons/hebrew_feasts.csv")))?;
                        Word::HebrewFeast(feast as u8)
                    } else {
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
                "feast_eve" => Word::FeastEve,
                "feast_morrow" => Word::FeastMorrow,
                "street_name" => Word::StreetName,
                "era_noun" => Word::EraNoun,
                "not_date" => Word::NotDate,
                "few" => Word::Few,
                "length_before" => Word::LengthBefore,
                "determiner" => Word::Determiner,
                "event_of" => Word::EventOf,
                "event_after" => Word::EventAfter,
                "indefinite" => Word::Indefinite,
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

    /// Add the words that put something off, each a `put_off` entry named `put-off:` and its
    /// form. They are not rows of the date files: the `postponement` rows of the trigger files
    /// list them ("أرجئت", "was postponed", « a été reportée »), one list for the two stages
    /// (`crate::data` hands them over).
    pub fn add_put_off_words<'w>(&mut self, forms: impl IntoIterator<Item = &'w str>) -> Result<(), String> {
        let mut seen: Vec<&str> = Vec::new();
        for form in forms {
            if seen.contains(&form) {
                continue;
            }
            seen.push(form);
            self.insert(&format!("put-off:{form}"), form, Word::PutOff).map_err(|e| format!("put-off word {form:?}: {e}"))?;
        }
        Ok(())
    }

    fn add(&mut self, row: &Row, text: &str, word: Word) -> Result<(), String> {
        let id = row.get("id");
        if id.is_empty() {
            return Err(row.error("missing id"));
        }
        self.insert(id, text, word).map_err(|e| row.error(e))
    }

    /// Add the entry `id` for the word or phrase `text`.
    fn insert(&mut self, id: &str, text: &str, word: Word) -> Result<(), String> {
        let norm = normalize_str(text);
        // Words are split the way the finder tokenises: letters and digits only.
        let words: Vec<String> = tokens_of(&norm);
        let Some((first, rest)) = words.split_first() else {
            return Err("empty word after normalisation".to_string());
        };
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
}
