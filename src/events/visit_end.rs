//! A visit told by one of its days rather than its first. By its end in Arabic news: "اختتم
//! الوزير، اليوم الجمعة، زيارة إلى المغرب استغرقت ثلاثة أيام", "في 16 سبتمبر، وفي ختام زيارة
//! استغرقت أربعة أيام، تجولت الوزيرة …". A visit noun after a word of its end (rows of kind
//! `visit-end`: "ختام", "اختتم") is dated by its own date, which is its last day; told with its
//! length ("استغرقت ثلاثة أيام", "دامت يومين"), the visit started length − 1 days before, the day
//! sources that tell the arrival give; told with the weekday it began ("يختتم …، اليوم الخميس،
//! زيارة … بدأها يوم الثلاثاء", rows of kind `visit-start`; a verb carrying the visit as its
//! pronoun, kind `visit-start-it`, anywhere after the noun: "…، كان قد استهلها مساء الإثنين
//! بوصوله"), it started that many days before its end. The Latin readings do the same for "wraps up a three-day
//! visit" ([`super::latin`]). By its rank in every language: "في اليوم الثالث من زيارته", "on
//! the third day of his visit", "au deuxième jour de sa visite" tell the N-th day, so the visit
//! started N − 1 days before, unless the date is told by the visit's start ("au deuxième jour
//! d'une visite entamée mercredi": Wednesday is the first day). One core turns a length or a rank into that offset
//! ([`start_offset_by_length`], [`start_offset_by_rank`]), for the Arabic and the Latin readers.

use super::mention::{DateHow, EventMention};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, latin_trigger};
use crate::dates::find::DateMention;
use crate::dates::lexicon::{DateLexicon, Word};
use crate::text::Document;
use crate::text::lexmatch::WordList;

/// Words that may stand between a word of a visit's end and the visit noun: the subject with
/// its title and the date ("اختتم وزير شؤون الشتات الإسرائيلي نحمان شاي، اليوم الجمعة، زيارة").
const END_REACH_WORDS: usize = 12;

/// Words after a verb of a visit's start within which its weekday is told ("بدأها يوم
/// الثلاثاء").
const START_WEEKDAY_WORDS: usize = 3;

/// Words after a visit noun within which its length is told ("زيارة إلى المغرب استغرقت ثلاثة
/// أيام").
const LENGTH_AFTER_WORDS: usize = 7;

/// Date the Arabic visits of `out` told by their end (see the module header): a visit mention
/// whose trigger lies between an end word and the visit noun it governs, dated by its own
/// sentence, starts length − 1 days before that date when the length is told.
///
/// Told with no length, on the day a leg of its sentence is told ("في 22 يوليو، وفي ختام
/// زيارته، تجول كوخافي في ملاح مراكش"), the end is only the frame of that leg: the leg is the
/// sentence's event, and the trip's days are the other sources'.
pub fn visit_told_by_its_end_ar(out: &mut Vec<EventMention>, doc: &Document, rules: &TriggerRules, lexicon: &DateLexicon) {
    let text = doc.norm.text.as_str();
    let ends = &rules.words.visit_ends;
    if ends.is_empty() {
        return;
    }
    let visit_noun = |w: &std::ops::Range<usize>| {
        rules.phrases.find_in(None, text, w.clone()).iter().any(|h| {
            h.range() == *w && h.payloads.iter().any(|&r| matches!(rules.rules[r].kind, RuleKind::Event(ty, TriggerTense::Noun) if ty.family() == EventType::Visit) && !rules.rules[r].tells_a_leg())
        })
    };
    let is_leg = |m: &EventMention| rules.rules[m.rule].tells_a_leg();
    let mut frames = Vec::new();
    for i in 0..out.len() {
        let m = &out[i];
        let leg = is_leg(m);
        let own_date = m.date.is_some_and(|d| d.how == DateHow::Own);
        if m.event_type != EventType::Visit || leg || !own_date || m.planned || m.aside || m.shift != 0 || latin_trigger(text, &m.trigger) {
            continue;
        }
        let sentence_words = doc.sentences[m.sentence].words(text);
        let end_word = |w: &std::ops::Range<usize>| ends.has_with_proclitics(&text[w.clone()]);
        // The end word and the first visit noun after it, the mention's trigger between them.
        let told_by_end = sentence_words.iter().enumerate().filter(|(_, w)| end_word(w)).find_map(|(e, end)| {
            let noun = sentence_words.iter().enumerate().skip(e).take(END_REACH_WORDS + 1).find(|(_, w)| visit_noun(w))?;
            (end.start <= m.trigger.start && m.trigger.end <= noun.1.end).then_some((e, noun.0))
        });
        let Some((end_at, noun)) = told_by_end else { continue };
        let last = (noun + LENGTH_AFTER_WORDS).min(sentence_words.len() - 1);
        let after = &text[sentence_words[noun].end..sentence_words[last].end];
        // "يختتم …، اليوم الخميس، زيارة … بدأها يوم الثلاثاء": the weekday of its start, counted
        // back from the weekday of its end told before the noun.
        let by_start = || {
            let weekday = |w: &std::ops::Range<usize>| lexicon.lookup(&text[w.clone()]).find_map(|e| if let Word::Weekday(d) = e.word { e.rest.is_empty().then_some(d) } else { None });
            let near = sentence_words[noun..=last].iter().position(|w| rules.words.visit_starts.has_with_proclitics(&text[w.clone()])).map(|k| k + noun);
            // "…، كان قد استهلها مساء الإثنين": a verb that carries the visit as its pronoun
            // is told of it further on too, before another visit noun.
            let far = || {
                let later = &sentence_words[noun + 1..];
                let next_noun = later.iter().position(|w| visit_noun(w)).unwrap_or(later.len());
                later[..next_noun].iter().position(|w| rules.words.visit_starts_it.has_with_proclitics(&text[w.clone()])).map(|k| k + noun + 1)
            };
            let start_verb = near.or_else(far)?;
            let first = sentence_words[start_verb + 1..].iter().take(START_WEEKDAY_WORDS).find_map(weekday)?;
            let last_day = sentence_words[end_at..noun].iter().rev().find_map(weekday)?;
            let days = (last_day.num_days_from_monday() + 7 - first.num_days_from_monday()) % 7;
            (1..MAX_VISIT_LENGTH).contains(&days).then(|| -(days as i32))
        };
        match start_offset_by_length(&[after], lexicon).or_else(by_start) {
            Some(shift) => out[i].shift = shift,
            None if out.iter().any(|o| is_leg(o) && o.sentence == m.sentence && o.date.map(|d| d.date) == m.date.map(|d| d.date)) => frames.push(i),
            None => {}
        }
    }
    for &i in frames.iter().rev() {
        out.remove(i);
    }
}

/// Words before a visit noun within which the rank of the day it tells is read: a preposition,
/// the day and its rank, "of" and a possessive ("on the third day of his visit").
const DAY_RANK_BEFORE_WORDS: usize = 5;

/// Date the visits of `out` told by the rank of one of their days ("في اليوم الثالث من زيارته،
/// التقى …", "on the second day of her visit"): the visit mention, dated by its sentence, is
/// that day, and its first day N − 1 days before. A leg, a plan, a visit told aside and a visit
/// already moved (by its end) are left as they are; so is a visit whose date is told by its
/// start ("au deuxième jour d'une visite entamée mercredi", "on the third day of a visit that
/// began on Monday", "في اليوم الثاني من زيارة بدأها الأربعاء"): that date is its first day
/// already ([`date_told_by_its_start`]).
pub fn visit_told_by_its_day(out: &mut [EventMention], doc: &Document, dates: &[DateMention], rules: &TriggerRules, lexicon: &DateLexicon) {
    let text = doc.norm.text.as_str();
    for m in out.iter_mut() {
        if m.event_type.family() != EventType::Visit || m.planned || m.aside || m.shift != 0 || m.date.is_none() || rules.rules[m.rule].tells_a_leg() {
            continue;
        }
        // The rank is told in the phrase of the visit noun: a comma before it closes another
        // ("استقبل الملك محمد السادس، اليوم الثلاثاء، الوفد": a regnal number, then the date).
        let sentence = &doc.sentences[m.sentence];
        let from = sentence.range.start;
        let from = crate::text::clause::start_after_last(text, from..m.trigger.start, crate::text::clause::COMMAS);
        let before = sentence.words_in(text, from..m.trigger.start);
        let near: Vec<&str> = before.clone().skip(before.len().saturating_sub(DAY_RANK_BEFORE_WORDS)).map(|w| &text[w]).collect();
        let by_start = || m.date.and_then(|d| dates.get(d.date)).is_some_and(|d| date_told_by_its_start(doc, m.sentence, d.range.start, &rules.words.visit_starts));
        if let Some(shift) = start_offset_by_rank(&near, lexicon)
            && !by_start()
        {
            m.shift = shift;
        }
    }
}

/// Whether the date starting at `date_start` in sentence `sentence` is told by a word of a
/// visit's start (`starts`, the word list `visit-start`: "entamée", "began", "arrived",
/// "بدأها") among the [`START_WEEKDAY_WORDS`] words just before it, within its clause ("une
/// visite entamée mercredi", "a visit that began on Monday", "arrived on Tuesday for a
/// three-day visit"): the date is the visit's first day, whatever day of it the sentence tells.
pub(super) fn date_told_by_its_start(doc: &Document, sentence: usize, date_start: usize, starts: &[String]) -> bool {
    let text = doc.norm.text.as_str();
    let sentence = &doc.sentences[sentence];
    if !sentence.range.contains(&date_start) {
        return false;
    }
    let before = sentence.words_in(text, sentence.range.start..date_start);
    let near: Vec<_> = before.clone().skip(before.len().saturating_sub(START_WEEKDAY_WORDS)).collect();
    // A clause break between the start word and the date: the date is another clause's. One
    // before the start word opens the start's own clause ("a working visit …, which began on
    // Tuesday", « une visite …, entamée mardi »).
    near.iter().any(|w| starts.has_with_proclitics(&text[w.clone()]) && !text[w.start..date_start].contains(crate::text::clause::COMMAS_AND_SEMICOLONS))
}

/// Whether the visit noun at `noun` is told by its end and its length: a word of its end (word
/// list `visit-end`) among the [`END_REACH_WORDS`] words before it (no semicolon between), and a length
/// told between the two or in the [`LENGTH_AFTER_WORDS`] words after the noun ("left on Thursday
/// at the end of a two-day visit", « a quitté jeudi le Royaume au terme d'une visite de deux
/// jours », "غادر … الخميس في ختام زيارة استغرقت يومين"). The day told beside it is the visit's
/// last: an act done during the visit ("during which he signed …") has no day of its own there.
pub(crate) fn told_by_its_end_with_a_length(text: &str, sentence: &crate::text::segment::Sentence, noun: &std::ops::Range<usize>, ends: &[String], lexicon: &DateLexicon) -> bool {
    if ends.is_empty() {
        return false;
    }
    // Commas may stand between: Arabic sets the day between two ("اختتم غانتس، أمس، زيارة").
    let from = crate::text::clause::start_after_last(text, sentence.range.start..noun.start, crate::text::clause::BREAKS_STRONGER_THAN_A_COMMA);
    let before = sentence.words_in(text, from..noun.start);
    let reach = before.clone().rev().take(END_REACH_WORDS).last().map_or(noun.start, |w| w.start);
    // A phrase ("at the end of", « au terme d' ») or one word with its proclitics ("واختتم").
    let phrase = super::phrases::phrases_in(text, reach..noun.start, ends).max_by_key(|r| r.end);
    // The visit's trigger may be the verb of its end itself ("اختتم غانتس، أمس، زيارة للمغرب
    // دامت ثلاثة أيام", "wrapped up"): its noun and length come after it.
    let ends_itself = ends.has_with_proclitics(&text[noun.clone()]) || super::phrases::phrases_in(text, noun.clone(), ends).next().is_some();
    let end = match phrase.or_else(|| before.rev().take(END_REACH_WORDS).find(|w| ends.has_with_proclitics(&text[w.clone()]))) {
        Some(end) => end,
        None if ends_itself => noun.start..noun.start,
        None => return false,
    };
    let reach = if ends_itself { END_REACH_WORDS + LENGTH_AFTER_WORDS } else { LENGTH_AFTER_WORDS };
    let after = sentence.words_in(text, noun.end..sentence.range.end).take(reach).last().map_or(noun.end, |w| w.end);
    start_offset_by_length(&[&text[end.end..noun.start], &text[noun.end..after]], lexicon).is_some()
}

/// Longest visit whose length or day rank is read ("three-day", "de trois jours", "اليوم
/// العاشر"): a longer one is a stay, not a visit a source dates by its arrival.
const MAX_VISIT_LENGTH: u32 = 10;

/// The offset from the day a visit is told on, its last, to its first, by the length told in
/// the first of `texts` that tells one ("three-day", "de trois jours", "استغرقت ثلاثة أيام",
/// "دامت يومين"): 1 − length.
pub(super) fn start_offset_by_length(texts: &[&str], lexicon: &DateLexicon) -> Option<i32> {
    texts.iter().find_map(|s| visit_length(s, lexicon).or_else(|| length_in_one_word(s, lexicon))).map(|days| 1 - days as i32)
}

/// The offset from the day a visit is told on to its first, by the rank of that day told in
/// `words` (a rank and a day word side by side, either order: "اليوم الثالث", "ثالث أيام",
/// "third day", "troisième jour"): 1 − rank, for ranks 2 to [`MAX_VISIT_LENGTH`].
pub(super) fn start_offset_by_rank(words: &[&str], lexicon: &DateLexicon) -> Option<i32> {
    let single = |w: &str| lexicon.lookup(w).filter(|e| e.rest.is_empty()).map(|e| &e.word).collect::<Vec<_>>();
    let rank = |w: &str| {
        single(w).into_iter().find_map(|word| match *word {
            Word::Ordinal(n) => Some(n),
            Word::Nth(n) if n > 0 => Some(n as u32),
            _ => None,
        })
    };
    // "اليوم" is "today" to the date lexicon and "the day" here.
    let day = |w: &str| single(w).into_iter().any(|word| matches!(*word, Word::DayWord | Word::RelDay(0) | Word::CountUnit { unit: None, count: 0 | 1, .. }));
    words.windows(2).find_map(|pair| {
        // A rank before the day is an Arabic ordinal in construct, without the article ("ثاني
        // أيام"): "السادس اليوم" is a regnal number before "today".
        let n = rank(pair[1]).filter(|_| day(pair[0])).or_else(|| rank(pair[0]).filter(|_| day(pair[1]) && !pair[0].starts_with("ال")))?;
        (2..=MAX_VISIT_LENGTH).contains(&n).then(|| 1 - n as i32)
    })
}

/// The length in days told in `s`: a number (a word of the date lexicon's kind `number`, or
/// digits) followed by a day unit ("three-day", "3-day", "trois jours"); 2 to
/// [`MAX_VISIT_LENGTH`].
fn visit_length(s: &str, lexicon: &DateLexicon) -> Option<u32> {
    let read = |w: &str| {
        lexicon.lookup(w).find_map(|e| match e.word {
            Word::Number(n) if e.rest.is_empty() => Some(Ok(n)),
            Word::CountUnit { unit: None, count: 0, .. } if e.rest.is_empty() => Some(Err(())),
            _ => None,
        })
    };
    let tokens: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    tokens.windows(2).find_map(|w| {
        let n = w[0].parse::<u32>().ok().or_else(|| read(w[0]).and_then(Result::ok))?;
        (read(w[1]) == Some(Err(())) && (2..=MAX_VISIT_LENGTH).contains(&n)).then_some(n)
    })
}

/// A length told by one word that carries its count ("استغرقت يومين": two days), within the
/// same bounds as [`visit_length`].
fn length_in_one_word(s: &str, lexicon: &DateLexicon) -> Option<u32> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).find_map(|t| {
        lexicon.lookup(t).find_map(|e| match e.word {
            Word::CountUnit { unit: None, count, .. } if e.rest.is_empty() && (2..=MAX_VISIT_LENGTH).contains(&count) => Some(count),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A visit's length and the rank of its day, as the built-in lexicons read them, turned
    /// into the offset to its first day.
    #[test]
    fn length_and_rank_give_the_start() {
        let lexicon = crate::data::Lexicons::builtin().dates;
        let norm = crate::text::normalize::normalize_str;
        let lengths: &[(&str, &str, Option<i32>)] = &[
            ("english word", "a three-day working ", Some(-2)),
            ("english digits", "a 2-day ", Some(-1)),
            ("french after the noun", " officielle de trois jours au maroc", Some(-2)),
            ("french digits", " de 4 jours", Some(-3)),
            ("arabic number and unit", " إلى المغرب استغرقت ثلاثة أيام", Some(-2)),
            ("arabic dual in one word", " إلى الرباط دامت يومين", Some(-1)),
            ("no unit", "a three-nation ", None),
            ("one day is no stay", "a one-day ", None),
            ("a month is too long", "a 30-day ", None),
            ("no number", "a working ", None),
        ];
        let ranks: &[(&str, &str, Option<i32>)] = &[
            ("arabic day then rank", "في اليوم الثالث من", Some(-2)),
            ("arabic rank then days", "في ثاني أيام", Some(-1)),
            ("english rank then day", "on the third day of his", Some(-2)),
            ("french rank then day", "au deuxième jour de sa", Some(-1)),
            ("the first day is the start", "في اليوم الأول من", None),
            ("a rank with no day", "للمرة الثالثة خلال", None),
            ("a day with no rank", "في اليوم نفسه من", None),
            ("past the longest visit", "في اليوم العشرين من", None),
            ("a regnal number before today", "الملك محمد السادس اليوم الثلاثاء", None),
        ];
        crate::test_support::assert_unique_names(lengths.iter().chain(ranks).map(|c| c.0));
        for (name, text, want) in lengths {
            assert_eq!(start_offset_by_length(&[&norm(text)], &lexicon), *want, "{name}: {text:?}");
        }
        for (name, text, want) in ranks {
            let text = norm(text);
            let words: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(start_offset_by_rank(&words, &lexicon), *want, "{name}: {text:?}");
        }
    }
}
