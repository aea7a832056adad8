//! Clock times: "الساعة 7 مساء", "السابعة والنصف صباحا", "20:45", "10:05:30", "الخامسة إلا
//! ربعا", "الحادية عشرة وعشر دقائق ليلا", "الآن", and the French "18h30", "à 19 heures".
//!
//! A time is read apart from the dates: it never changes the day of an event in the timeline
//! (the day written, or the publication day, stays the day), and only `tarikh dates --ref`
//! prints it beside the day it falls on. A stated time zone ("بتوقيت غرينتش") is kept as a flag.

use std::ops::Range;

use super::{DateMention, Parser, Tok};
use crate::dates::lexicon::{DateLexicon, DayPeriod, Word};
use crate::dates::tokens::tokenize;
use crate::dates::zone::Zone;

/// How precise a clock time is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClockGrain {
    /// An hour ("الساعة 7").
    Hour,
    /// A minute ("7:30", "السابعة والنصف").
    Minute,
    /// A second ("10:05:30", "الآن").
    Second,
}

impl ClockGrain {
    /// `hour`, `minute` or `second`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClockGrain::Hour => "hour",
            ClockGrain::Minute => "minute",
            ClockGrain::Second => "second",
        }
    }
}

/// A clock time as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clock {
    /// 0–23.
    pub hour: u32,
    /// 0–59.
    pub minute: u32,
    /// 0–59.
    pub second: u32,
    /// How precise it is.
    pub grain: ClockGrain,
    /// "الآن": the moment of the reference, not a written hour.
    pub now: bool,
    /// A time zone was stated beside it.
    pub zone: bool,
    /// The zone, when its name is known (بتوقيت غرينتش، بتوقيت القدس).
    pub in_zone: Option<Zone>,
    /// Minutes from the reference moment, for a counted time ("بعد ساعتين" = +120): the
    /// hour and minute are then unused.
    pub shift: Option<i64>,
}

/// An English hour glued to its half of the day ("3pm", "10am", "12am"): the hour 0–23.
fn glued_meridiem(t: &str) -> Option<u32> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let hour: u32 = t.get(..digits).filter(|d| (1..=2).contains(&d.len()))?.parse().ok().filter(|h| (1..=12).contains(h))?;
    match &t[digits..] {
        "am" => Some(hour % 12),
        "pm" => Some(hour % 12 + 12),
        _ => None,
    }
}

/// The longest clock time of one phrase of normalised text: (byte range, time).
pub fn find_clock(text: &str, lex: &DateLexicon) -> Option<(Range<usize>, Clock)> {
    let toks = tokenize(text, 0..text.len(), lex);
    let p = Parser { toks: &toks, lex, page: None };
    let mut best: Option<(Range<usize>, Clock)> = None;
    let mut i = 0;
    while i < toks.len() {
        // "في ذلك الحين": no time inside a phrase that is no date.
        if let Some(e) = p.is(i, |w| w == Word::NotDate) {
            i = e;
            continue;
        }
        if let Some((c, end)) = p.clock(i) {
            let range = toks[i].start..toks[end - 1].end;
            if best.as_ref().is_none_or(|(b, _)| range.len() > b.len()) {
                best = Some((range, c));
            }
        }
        i += 1;
    }
    best
}

impl Parser<'_> {
    /// A French hour: "18h30", "19h", "19 h 30", "à 19 heures", "12 heures 55": (hour,
    /// minutes when written, end). A number before "heures" is a time only after a preposition of the hour
    /// (à, vers, dès) or with its minutes: "pendant 2 heures" is a length.
    fn french_hour(&self, i: usize) -> Option<(u32, Option<u32>, usize)> {
        let t = self.toks.get(i)?.text;
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) {
            return None;
        }
        let hour: u32 = t[..digits].parse().ok().filter(|&h| h <= 24)?;
        let two = |s: &str| Some(s).filter(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).and_then(|s| s.parse::<u32>().ok()).filter(|&m| m < 60);
        let minutes_at = |k: usize| self.toks.get(k).and_then(|t| two(t.text));
        match &t[digits..] {
            // 18h30, 19h
            "h" => Some(match minutes_at(i + 1) {
                Some(m) => (hour, Some(m), i + 2),
                None => (hour, None, i + 1),
            }),
            r if r.starts_with('h') => two(&r[1..]).map(|m| (hour, Some(m), i + 1)),
            "" if self.toks.get(i + 1).is_some_and(|n| matches!(n.text, "h" | "heure" | "heures")) => {
                if let Some(m) = minutes_at(i + 2) {
                    return Some((hour, Some(m), i + 3));
                }
                let after_preposition = i > 0 && matches!(self.toks[i - 1].text, "à" | "À" | "vers" | "Vers" | "dès" | "Dès");
                (after_preposition || self.toks[i + 1].text == "h").then_some((hour, None, i + 2))
            }
            _ => None,
        }
    }

    /// A clock time at token `i`: (time, end).
    pub(super) fn clock(&self, i: usize) -> Option<(Clock, usize)> {
        if let Some(e) = self.is(i, |w| w == Word::Now) {
            return Some((Clock { hour: 0, minute: 0, second: 0, grain: ClockGrain::Second, now: true, zone: false, in_zone: None, shift: None }, e));
        }
        if let Some(c) = self.counted_time(i) {
            return Some(c);
        }
        if let Some((hour, minute, end)) = self.french_hour(i) {
            // « 24h/24 », « 24 heures sur 24 »: round the clock, no time.
            let per = (self.punct(end, &['/']) || self.toks.get(end).is_some_and(|t| t.text == "sur")) && self.toks.get(end + 1).is_some_and(|t| t.num.is_some());
            if per {
                return None;
            }
            let grain = if minute.is_some() { ClockGrain::Minute } else { ClockGrain::Hour };
            return Some((Clock { hour: hour % 24, minute: minute.unwrap_or(0), second: 0, grain, now: false, zone: false, in_zone: None, shift: None }, end));
        }
        // الظهر، ضهرا alone: noon ("بكرة الضهر"); not after بعد/قبل or an hour, which read it
        // as the half of the day.
        if let Some((Word::DayPeriod(DayPeriod::Noon), n)) = self.word(i, |w| matches!(w, Word::DayPeriod(_)))
            && (i == 0 || {
                let prev = &self.toks[i - 1];
                prev.num.is_none()
                    && !matches!(prev.text, "بعد" | "قبل")
                    && !prev.matches.iter().any(|&(e, _)| matches!(self.lex.entry(e as usize).word, Word::Number(_) | Word::ClockHour(_) | Word::HourWord))
            })
        {
            return Some((Clock { hour: 12, minute: 0, second: 0, grain: ClockGrain::Hour, now: false, zone: false, in_zone: None, shift: None }, i + n));
        }
        let hour_word = self.is(i, |w| w == Word::HourWord);
        let j = hour_word.unwrap_or(i);
        let toks: &[Tok] = self.toks;
        let (mut hour, mut minute, mut second, mut grain, mut k, digits) = if let Some(n) = toks.get(j).and_then(|t| t.num) {
            // "at 0900 GMT", "(1430 UTC)", "0700 غرينتش": wire copy's hour and minutes in four
            // digits, a time only before a zone's name (alone, a year or a count); one that
            // reads as a year of the news (2021 UTC) only after "at", "by", a bracket.
            let year_like = (1950..=2059).contains(&n.value);
            let cue = j > 0 && (self.punct(j - 1, &['(']) || self.toks[j - 1].lowercase_is_one_of(&["at", "by", "from", "until", "around", "before", "after", "à", "vers"]));
            if n.digits == 4
                && n.suffix.is_none()
                && n.value / 100 < 24
                && n.value % 100 < 60
                && hour_word.is_none()
                && (!year_like || cue)
                && self.word(j + 1, |w| matches!(w, Word::ZoneName(_))).is_some()
            {
                return self.zoned(Clock { hour: n.value / 100, minute: n.value % 100, second: 0, grain: ClockGrain::Minute, now: false, zone: false, in_zone: None, shift: None }, j + 1);
            }
            if n.digits > 2 || n.suffix.is_some() || n.value > 24 || toks[j].text.starts_with(['و', 'ف', 'ب', 'ل']) {
                return None;
            }
            // 20:45, 10:05:30
            let two = |k: usize| toks.get(k).and_then(|t| t.num).filter(|x| x.digits == 2 && x.suffix.is_none() && x.value < 60);
            // الساعة 17.30: a dot too, after الساعة (alone 17.30 is a number), or before a
            // zone's name ("08.15 BST", "17.40 GMT": the British papers' times).
            let dotted = hour_word.is_some() && !self.punct(j + 3, &['.']) || self.word(j + 3, |w| matches!(w, Word::ZoneName(_))).is_some();
            let sep: &[char] = if dotted { &[':', '.'] } else { &[':'] };
            if self.punct(j + 1, sep) && self.adjacent(j) && self.adjacent(j + 1) && let Some(m) = two(j + 2) {
                if self.punct(j + 3, &[':']) && self.adjacent(j + 2) && self.adjacent(j + 3) && let Some(s) = two(j + 4) {
                    (n.value, m.value, s.value, ClockGrain::Second, j + 5, true)
                } else {
                    (n.value, m.value, 0, ClockGrain::Minute, j + 3, true)
                }
            } else {
                (n.value, 0, 0, ClockGrain::Hour, j + 1, true)
            }
        } else if let Some(h) = toks.get(j).and_then(|t| glued_meridiem(t.text)) {
            // 3pm, 10am: the hour and its half of the day in one token.
            return Some((Clock { hour: h, minute: 0, second: 0, grain: ClockGrain::Hour, now: false, zone: false, in_zone: None, shift: None }, j + 1));
        } else if let Some((Word::ClockHour(h), n)) = self.word(j, |w| matches!(w, Word::ClockHour(_))) {
            // منتصف الليل، منتصف النهار, and the Latin midnight, noon, minuit, midi: a named
            // hour is a time on its own (not the midi of "après-midi").
            let latin_named = self.toks[j].text.bytes().all(|b| b.is_ascii_alphabetic())
                && !(j > 0 && (self.punct(j - 1, &['-']) || matches!(self.toks[j - 1].text, "après" | "apres")));
            if n > 1 && self.toks[j].text.ends_with("منتصف") || latin_named {
                return Some((Clock { hour: h % 24, minute: 0, second: 0, grain: ClockGrain::Hour, now: false, zone: false, in_zone: None, shift: None }, j + n));
            }
            (h, 0, 0, ClockGrain::Hour, j + n, false)
        } else if let Some((Word::Number(h), n)) = self.word(j, |w| matches!(w, Word::Number(_)))
            && hour_word.is_some()
            && (1..=12).contains(&h)
        {
            // الساعة خمسة ونص: the colloquial cardinal hour.
            (h, 0, 0, ClockGrain::Hour, j + n, false)
        } else {
            return None;
        };
        let colon = grain != ClockGrain::Hour;
        // والنصف، وعشر دقائق، إلا ربعا، إلا خمس دقائق
        let mut written_minutes = false;
        if !colon {
            let and = self.toks.get(k).is_some_and(|t| t.text.starts_with('و'));
            let except = self.is(k, |w| w == Word::Except);
            let m_at = except.unwrap_or(k);
            if and || except.is_some() {
                let minutes = if let Some((Word::MinutePart(m), n)) = self.word(m_at, |w| matches!(w, Word::MinutePart(_))) {
                    Some((m, m_at + n))
                } else if let Some((c, e)) = self.count(m_at).filter(|&(c, _)| (1..60).contains(&c)) {
                    // بين الساعة 9 و10: the second end of a range, not ten minutes.
                    let range = (i.saturating_sub(2)..i).any(|b| self.toks[b].text.ends_with("بين"));
                    // 10 و15 و20 ديسمبر: bare numbers joined are days, not 10:15, unless a part
                    // of the day follows ("9 و15 مساء").
                    let bare = digits && hour_word.is_none() && self.word(e, |w| matches!(w, Word::DayPeriod(_))).is_none();
                    match self.is(e, |w| w == Word::MinuteWord) {
                        Some(e) => Some((c as u32, e)),
                        None if range || bare => None,
                        None => Some((c as u32, e)),
                    }
                } else {
                    None
                };
                if let Some((m, e)) = minutes {
                    if except.is_some() {
                        hour = if hour == 0 { 23 } else { hour - 1 };
                        minute = 60 - m;
                    } else {
                        minute = m;
                    }
                    grain = ClockGrain::Minute;
                    written_minutes = true;
                    k = e;
                }
            }
        }
        let mut period = None;
        // بين الساعة 2 و4 مساء: the part of the day written after the range is the first end's too.
        let range_end = (!written_minutes && !colon && (i.saturating_sub(2)..i).any(|b| self.toks[b].text.ends_with("بين")))
            .then(|| self.count(k).map(|(_, e)| e))
            .flatten()
            .filter(|_| self.toks[k].text.starts_with('و'));
        if let Some(e) = range_end
            && let Some((Word::DayPeriod(p), n)) = self.word(e, |w| matches!(w, Word::DayPeriod(_)))
        {
            period = Some(p);
            k = e + n;
        } else if let Some((Word::DayPeriod(p), n)) = self.word(k, |w| matches!(w, Word::DayPeriod(_))) {
            period = Some(p);
            k += n;
        } else if colon && let Some(t) = self.toks.get(k) {
            // 5:30 م، 7:45 ص: the abbreviations of مساء and صباحا after a written time.
            period = match t.text {
                "م" => Some(DayPeriod::Evening),
                "ص" => Some(DayPeriod::Morning),
                _ => None,
            };
            k += usize::from(period.is_some());
        } else if self.toks.get(k).is_some_and(|t| t.text == "من")
            && let Some((Word::DayPeriod(p), _)) = self.word(k + 1, |w| matches!(w, Word::DayPeriod(_)))
            && self.is(k + 1, |w| w == Word::TimeOfDay).is_some()
        {
            // السادسة من مساء أمس: the part of the day of a day named after it.
            period = Some(p);
            k += 2;
        }
        // A bare number or hour word is a time only with الساعة, minutes or a part of the day
        // beside it ("7 مساء"): السابعة alone is "the seventh".
        if hour_word.is_none() && !colon && !written_minutes && period.is_none() && hour != 24 {
            return None;
        }
        if digits && hour_word.is_none() && !colon && period.is_none() && !written_minutes {
            return None;
        }
        let mut zone = false;
        let mut in_zone = None;
        let zone_name = |k: usize| match self.word(k, |w| matches!(w, Word::ZoneName(_))) {
            Some((Word::ZoneName(z), n)) => Some((z, k + n)),
            _ => None,
        };
        // بتوقيت القدس، بتوقيت مكة المكرمة (entries of their own), 23:30 غرينتش، 10:00 GMT.
        let k_zone = self.is(k, |w| w == Word::TimeZone).filter(|&e| zone_name(e).is_some()).unwrap_or(k);
        if let Some((z, e)) = zone_name(k_zone) {
            zone = true;
            in_zone = Some(z);
            k = e;
        } else if let Some(e) = self.is(k, |w| w == Word::TimeZone) {
            zone = true;
            k = e;
            // بتوقيت بيروت: a zone whose rule is not known, its name kept in the time.
            if self.toks.get(k).is_some_and(|t| !t.matches.is_empty() || t.text.chars().all(|c| c.is_alphabetic())) {
                k += 1;
            }
        }
        // مساء اليوم الساعة 9، صباح الغد في الساعة العاشرة: the part of the day written before
        // the day (it does not make a bare number a time; it only says which half the hour is in).
        if period.is_none() && !colon {
            // Only a construct noun before a day (مساء، عصر، ليلة), not an adverb of another
            // hour ("من الساعة 8 صباحا إلى الساعة 5").
            period = (i.saturating_sub(4)..i).rev().find_map(|b| match self.word(b, |w| matches!(w, Word::DayPeriod(_))) {
                Some((Word::DayPeriod(p), _)) if self.is(b, |w| w == Word::TimeOfDay).is_some() => Some(p),
                _ => None,
            });
        }
        hour = match (period, hour) {
            (_, 24) => 0,
            (Some(DayPeriod::Morning), 12) => 0,
            (Some(DayPeriod::Noon), h) if (1..=5).contains(&h) => h + 12,
            (Some(DayPeriod::Evening), h) if h < 12 => h + 12,
            (Some(DayPeriod::Night), h) if (6..=11).contains(&h) => h + 12,
            (Some(DayPeriod::Night), 12) => 0,
            (_, h) => h,
        };
        if hour > 23 {
            return None;
        }
        if second > 59 {
            second = 0;
        }
        Some((Clock { hour, minute, second, grain, now: false, zone, in_zone, shift: None }, k))
    }

    /// `clock` with the zone named at `k` ("GMT", «بتوقيت القدس»): (time, end).
    fn zoned(&self, clock: Clock, k: usize) -> Option<(Clock, usize)> {
        match self.word(k, |w| matches!(w, Word::ZoneName(_)))? {
            (Word::ZoneName(z), n) => Some((Clock { zone: true, in_zone: Some(z), ..clock }, k + n)),
            _ => None,
        }
    }

    /// A counted time from the reference moment: "بعد ساعتين", "قبل 30 دقيقة", "خلال ثلاث
    /// ساعات", "بعد نصف ساعة", "بعد ساعة وربع", "il y a 2 heures", "dans une demi-heure"
    /// (the counting word first), "two hours ago", "half an hour ago" (the English "ago" after).
    /// The units are `clock_unit` rows of the date lexicons.
    fn counted_time(&self, i: usize) -> Option<(Clock, usize)> {
        // two hours ago, 30 minutes ago
        if let Some((minutes, grain, e)) = self.clock_amount(i)
            && let Some((Word::Ago(sign), n)) = self.word(e, |w| matches!(w, Word::Ago(_)))
            && self.toks[e].text == "ago"
        {
            return Some((Clock { hour: 0, minute: 0, second: 0, grain, now: false, zone: false, in_zone: None, shift: Some(sign as i64 * minutes) }, e + n));
        }
        let (Word::Ago(sign), n) = self.word(i, |w| matches!(w, Word::Ago(_)))? else { return None };
        // خلال 24 ساعة is a duration ("within a day"), not a moment.
        // أكثر من ساعتين is a quantity.
        let comparative = i > 0 && self.is(i - 1, |w| w == Word::Comparative).is_some();
        let last = self.toks[i + n - 1].text;
        if comparative || last.ends_with("خلال") || last.ends_with("غضون") || last == "ago" {
            return None;
        }
        let (minutes, grain, j) = self.clock_amount(i + n)?;
        Some((Clock { hour: 0, minute: 0, second: 0, grain, now: false, zone: false, in_zone: None, shift: Some(sign as i64 * minutes) }, j))
    }

    /// An amount of time at `j`: an optional fraction (نصف ساعة), or a count, then a unit of
    /// the clock that may carry its count (ساعتين، une demi-heure), then an added fraction
    /// (ساعة ونصف): (minutes, grain, end).
    pub(super) fn clock_amount(&self, mut j: usize) -> Option<(i64, ClockGrain, usize)> {
        // نصف ساعة، ربع ساعة
        let mut fraction = None;
        if let Some((Word::MinutePart(m), n)) = self.word(j, |w| matches!(w, Word::MinutePart(_))) {
            fraction = Some(m as i64);
            j += n;
        }
        let count = if fraction.is_some() { None } else { self.count(j) };
        if let Some((_, e)) = count {
            j = e;
        }
        let (Word::ClockUnit { per, count: carried }, n) = self.word(j, |w| matches!(w, Word::ClockUnit { .. }))? else { return None };
        let per = per as i64;
        j += n;
        let mut minutes = match (fraction, count, carried) {
            (Some(m), None, 1) if per == 60 => m,
            (None, Some((c, _)), 0 | 1) => c as i64 * per,
            (None, None, c) if c > 0 => c as i64 * per,
            _ => return None,
        };
        let mut grain = if fraction.is_some() || per < 60 { ClockGrain::Minute } else { ClockGrain::Hour };
        // ساعة ونصف، ساعتين وربع
        if per == 60
            && self.toks.get(j).is_some_and(|t| t.text.starts_with('و'))
            && let Some((Word::MinutePart(m), n)) = self.word(j, |w| matches!(w, Word::MinutePart(_)))
        {
            minutes += m as i64;
            grain = ClockGrain::Minute;
            j += n;
        }
        Some((minutes, grain, j))
    }

    /// Give each clock time stated in a named zone to the date of its sentence it belongs to:
    /// the nearest one before it, else the first after it ("الساعة 23:30 بتوقيت غرينتش من يوم
    /// الخميس").
    pub(super) fn attach_zoned_times(&self, mentions: &mut [DateMention]) {
        // بتوقيت, or universal time named alone (غرينتش، GMT): most sentences have neither.
        let zoned = |w: Word| matches!(w, Word::TimeZone | Word::ZoneName(_));
        if mentions.is_empty() || !self.toks.iter().any(|t| t.matches.iter().any(|&(e, _)| zoned(self.lex.entry(e as usize).word))) {
            return;
        }
        for i in 0..self.toks.len() {
            let Some((c, _)) = self.clock(i) else { continue };
            let Some(z) = c.in_zone else { continue };
            let at = self.toks[i].start;
            let m = mentions.iter().rposition(|m| m.range.end <= at).unwrap_or(0);
            mentions[m].zone_time = Some((c.hour * 60 + c.minute, z));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ClockGrain, find_clock};

    fn clock(text: &str) -> Option<(u32, u32, ClockGrain)> {
        let lex = crate::data::Lexicons::builtin();
        let norm = crate::text::normalize::normalize_str(text);
        find_clock(&norm, &lex.dates).map(|(_, c)| (c.hour, c.minute, c.grain))
    }

    #[test]
    fn a_dotted_time_before_a_zone_is_a_time() {
        assert_eq!(clock("First published on Wed 14 Apr 2021 21.05 BST"), Some((21, 5, ClockGrain::Minute)));
        assert_eq!(clock("Mis en ligne le 3 mars 2022 à 09.30 GMT"), Some((9, 30, ClockGrain::Minute)));
    }
}
