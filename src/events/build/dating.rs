//! Which predicate of a sentence each of its dates goes to ("وقع … أمس": the signing's), and
//! the readings that move a date: a "today" inside a quotation is the day the words were said.

use crate::text::lexmatch::WordList;
use crate::hash::FxHashMap as HashMap;
use std::ops::Range;

use super::{Reading, line_start};
use super::super::scan::SentenceHits;
use crate::dates::DateMention;
use crate::dates::value::ExprKind;
use super::super::rules::{EventType, TriggerTense, WordLists};
use crate::text::Document;
use crate::text::lexmatch::{at_most_words, opens_with_a_phrase, word_iter};

/// Give each date of the sentence (`sentence_dates`, indices into `date_mentions`, whose ranges
/// are `dates`) to a predicate of `preds` (a range and, for an event trigger, its index in
/// `hits.events`): the nearest in its own clause, else the nearest before it — Arabic news puts
/// the time after the verb — else the nearest after it (a Latin-script date: the nearer of the
/// two). Returns each event's own date (by event index) and the dates that went to a statement
/// (by the statement's start).
pub(super) fn date_each_predicate(
    reading: &Reading<'_>,
    hits: &SentenceHits,
    preds: &[(Range<usize>, Option<usize>)],
    dates: &[Range<usize>],
    sentence_dates: &[usize],
    date_mentions: &[DateMention],
) -> (HashMap<usize, usize>, Vec<(usize, usize)>) {
    let Reading { doc, text, sentence, .. } = *reading;
    // The sentence's words, split when a date is first placed (most sentences with events
    // have no date of their own).
    let word_at = |at: usize| sentence.word_index(text, at);
    let clause_of = |at: usize| sentence.clause_at(at);
    let mut own_date: HashMap<usize, (usize, usize)> = HashMap::default();
    // Dates that went to a statement ("أعلنت أمس"), by the statement's start.
    let mut statement_date: Vec<(usize, usize)> = Vec::new();
    // "…قد دشنتا خطوطهما نحو مراكش في يوليوز الماضي، ثم وقع البلدان اتفاقا … في غشت من العام
    // نفسه": the clauses a `sequence` word opens, read once (a sentence of one date has no use).
    let sequence_opens: Vec<bool> = if sentence_dates.len() > 1 && sentence.clauses.len() > 1 {
        sentence.clauses.iter().enumerate().map(|(c, r)| c > 0 && opens_with_a_phrase(text, r.start, &reading.rules.words.sequences)).collect()
    } else {
        Vec::new()
    };
    // "before travelling home on Thursday": most sentences tell no next act (one search).
    let may_tell_a_next_act = reading.rules.words.before_act_starts_in(text, sentence.range.clone());
    for &d in sentence_dates {
        let date = &dates[d];
        let later_clause_dated = |r: &Range<usize>| later_clause_with_its_own_date(sentence, &sequence_opens, dates, sentence_dates, d, r);
        // "التي تقوم بزيارة للمملكة منذ أمس الإثنين": the day a visit going on started.
        if let Some(ev) = visit_going_on_since(text, sentence.range.start, hits, date, &date_mentions[d], &reading.rules.words) {
            own_date.insert(ev, (d, 0));
            continue;
        }
        // "منذ 25 يوليوز 2021، تاريخ أول رحلة": a date in apposition names the event after it.
        if let Some(ev) = event_in_apposition(text, hits, date, &reading.rules.words.date_appositions) {
            own_date.insert(ev, (d, 0));
            continue;
        }
        // "اتفقا أمس على عقد لقاء … الشهر المقبل": a date before what was decided is the
        // decision's; the decided event has only the dates of its own object.
        let decided_after = |r: &Range<usize>| hits.decisions.iter().any(|&k| date.end <= k && k <= r.start);
        // "يزور … إسرائيل يوم الأحد المقبل للمشاركة في قمة": a date told after an event trigger
        // and before a noun written as the trip's purpose is the trip's.
        let trigger_before = hits.events.iter().any(|e| e.0.end <= date.start);
        // So is one told before a predicate of purpose ("وقع … أمس اتفاقا لاستئناف الاتصالات":
        // the signing's day, not the resumption's).
        let purpose_after = |r: &Range<usize>, ev: &Option<usize>| {
            trigger_before && r.start >= date.end && ev.map_or(hits.purpose_predicates.contains(&r.start), |e| hits.purposes.contains(&hits.events[e].0.start))
        };
        let recall = recalled_after_since(text, sentence.range.start, date, &reading.rules.words.since);
        // "اتصل بينيت هاتفيا بالملك، وأبلغه أن الرحلات ستنطلق الأسبوع المقبل": a date told in
        // what was said or decided is of what is told there, not of the act before it.
        // Only the words after the last predicate told before the date are read: a complement
        // before it leaves that predicate the nearest in the date's content clause anyway.
        let content = preds.iter().filter(|(r, _)| r.end <= date.start).map(|(r, _)| r.end).max().and_then(|from| complement_between(text, sentence, from, date.start, &reading.rules.words.complements));
        // "قالت الوزيرة يوم الاثنين إنها ستزور المغرب الشهر المقبل", "said on Monday she will
        // travel to Morocco", « a déclaré lundi qu'elle se rendrait au Maroc »: a day told right
        // after a statement, before what was said, is the saying's; a plan told after it has
        // only the dates of its own words ("will travel on Monday" keeps its Monday).
        let said_on = said_on_the_day(reading, hits, preds, date);
        let plan_after_the_saying = |r: &Range<usize>, ev: &Option<usize>| {
            said_on && r.start >= date.end && ev.is_some_and(|e| hits.events[e].3 == TriggerTense::Future || hits.planned.iter().any(|p| p.start >= date.end && p.end <= r.start))
        };
        // "On Tuesday the two ministers reviewed the implementation of the tripartite
        // agreement", « Mardi, les deux ministres ont fait le point sur la mise en œuvre de
        // l'accord », "استعرض الوزيران الثلاثاء تنفيذ الاتفاق": a noun a fulfilment marker
        // recalls after the date is an earlier event told aside; the date is the review's
        // ("the agreement signed on 22 December", told after the marker, keeps its own). So is
        // the participle that describes the noun right after it ("the agreement signed in
        // Rabat", « l'accord tripartite signé », "الاتفاق الثلاثي الموقع").
        // « ont fait le point mardi sur l'accord », "took stock on Tuesday of the agreement": a
        // date told inside the marker's words, between its verb and the words that open its
        // object, is the review's too (the marker `fait le point`, `took stock` starts at most
        // [`MARKER_BEFORE_ITS_SPLITTING_DATE_WORDS`] words before the date, the noun after it).
        let marker_past_the_date = |f: usize, noun: usize| f >= date.end || (f < date.start && noun >= date.end && at_most_words(text, f..date.start, MARKER_BEFORE_ITS_SPLITTING_DATE_WORDS));
        let recalled_after_the_date = |ev: &Option<usize>| {
            let recalled = |n: &(Range<usize>, usize, EventType, TriggerTense)| n.3 == TriggerTense::Noun && super::super::scan::fulfilment_recalling(text, hits, n.0.start).is_some_and(|f| marker_past_the_date(f, n.0.start));
            ev.is_some_and(|e| {
                let told = &hits.events[e];
                let describes = |n: &(Range<usize>, usize, EventType, TriggerTense)| {
                    n.0.end <= told.0.start && n.2.family() == told.2.family() && clause_of(n.0.start) == clause_of(told.0.start) && at_most_words(text, n.0.end..told.0.start, PARTICIPLE_AFTER_ITS_NOUN_WORDS)
                };
                recalled(told) || (!hits.fulfilments.is_empty() && (hits.events.iter().any(|n| describes(n) && recalled(n)) || super::super::scan::participle_recalled_by(text, sentence, hits, told, &reading.rules.words).is_some_and(|f| marker_past_the_date(f, told.0.start))))
            })
        };
        // "131 millions de dollars en 2021, selon les chiffres présentés lors de la rencontre":
        // a year told right after a figure is the year the figure is of, no date of an event
        // noun in another clause (the meeting the figures were presented at). "the meeting held
        // in 2021" keeps its year.
        let figure_year = is_a_figure_s_year(text, sentence, date, &date_mentions[d]);
        let noun_beyond_the_figure = |r: &Range<usize>, ev: &Option<usize>| figure_year && ev.is_some_and(|e| hits.events[e].3 == TriggerTense::Noun) && clause_of(r.start) != clause_of(date.start);
        // "expected to meet Bourita before travelling home on Thursday", « avant de regagner
        // Israël jeudi »: a date told after the subject's next act is that act's day.
        let next_act = may_tell_a_next_act.then(|| told_after_a_next_act(text, &reading.rules.words, sentence.range.start, date)).flatten();
        let before_the_next_act = |r: &Range<usize>| next_act.is_some_and(|at| r.end <= at);
        let preds: Vec<&(Range<usize>, Option<usize>)> = preds
            .iter()
            .filter(|(r, ev)| {
                !decided_after(r)
                    && !before_the_next_act(r)
                    && !purpose_after(r, ev)
                    && recall.is_none_or(|since| r.start >= since)
                    && content.is_none_or(|from| r.start >= from)
                    && !later_clause_dated(r)
                    && !plan_after_the_saying(r, ev)
                    && !recalled_after_the_date(ev)
                    && !noun_beyond_the_figure(r, ev)
            })
            .collect();
        let gap = |r: &Range<usize>| word_at(r.start).abs_diff(word_at(date.start)).min(word_at(r.end.saturating_sub(1)).abs_diff(word_at(date.end.saturating_sub(1))));
        // English and French put the time before the verb as often as after it ("aura
        // demain, lundi, des entretiens", "on Wednesday, Lapid and Bourita discussed"): a
        // Latin-script date outside any predicate's clause goes to the nearer side.
        let date_text = &text[date.clone()];
        let latin = date_text.chars().any(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ÿ')) && !date_text.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}'));
        // "arrived in Rabat on Sunday and signed an accord on Monday", « est arrivé dimanche
        // et a signé lundi »: a Latin-script date told after a predicate of its clause ends
        // that predicate's phrase; the verb coordinated after it ("and", « et »: list
        // `clause-and`) is another act, with a day of its own or none.
        let told_before_in_clause = latin && preds.iter().any(|(r, _)| r.end <= date.start && clause_of(r.start) == clause_of(date.start));
        let coordinated_after = |r: &Range<usize>| {
            told_before_in_clause && r.start >= date.end && sentence.words_in(text, date.end..r.start).any(|w| reading.rules.words.clause_ands.iter().any(|a| a.eq_ignore_ascii_case(&text[w.clone()])))
        };
        // "وصل غانتس إلى الرباط أمس ثم التقى لوديي", "حلت … بالرباط يوم الاثنين واجتمعت بمزور":
        // an Arabic date told after a predicate of its clause, right before a past verb
        // coordinated to it (one word of list `coordinate` between: "ثم", or "و" glued to the
        // verb), ends the first act's phrase; the coordinated act is that day's next (see
        // `coordinated_act_date`), a verb for later keeps the date it is told beside.
        let told_after_a_predicate = !latin && preds.iter().any(|(r, _)| r.end <= date.start && clause_of(r.start) == clause_of(date.start));
        let coordinated_right_after: Vec<usize> = if told_after_a_predicate {
            preds
                .iter()
                .filter(|(r, _)| r.start >= date.end && clause_of(r.start) == clause_of(date.start))
                // The act's past verb is the predicate itself, and a coordinate right after the
                // date joins it.
                .filter_map(|(r, ev)| ev.filter(|&e| past_verb(text, sentence, hits, reading.told_by_support, e) == Some(r.start)).map(|e| (e, r.start)))
                .filter(|&(_, verb)| coordinate_before(text, sentence, hits, verb, &reading.rules.words.coordinates).is_some_and(|at| at >= date.end && text[date.end..at].trim().is_empty()))
                .map(|(e, _)| e)
                .collect()
        } else {
            Vec::new()
        };
        let before = || preds.iter().filter(|(r, _)| r.end <= date.start).max_by_key(|(r, _)| r.start);
        let after = || preds.iter().filter(|(r, _)| r.start >= date.end).min_by_key(|(r, _)| r.start);
        // "on Tuesday, a day after he signed": a date does not cross a sequel word to the
        // event that word tells aside.
        let crosses_sequel = |r: &Range<usize>| hits.sequels.iter().any(|s| s.start >= date.end && s.end <= r.start);
        // "Trump announced the agreement on Thursday after a telephone call with the King",
        // "flew back to Tel Aviv on Tuesday after signing three agreements", « est rentrée mardi
        // en Israël après avoir signé »: a Latin-script date told after a predicate of its
        // clause is that predicate's, not the act's told after an after word however near
        // (`latin::status` drops a date told before a sequel word from the act told aside; the
        // statement's date reaches a call as what it reports, see `call_just_before` in
        // `build`).
        // The same in Arabic («عادت إلى تل أبيب يوم الثلاثاء بعد توقيع»), an after word with its
        // proclitics («وبعد»), unless the predicate is a statement («وأعلنت الرباط القرار أمس بعد
        // محادثة هاتفية»: the Arabic statement's day reaches the act it came after by this
        // nearness alone).
        let arabic_act_before = told_after_a_predicate && before().is_none_or(|(b, _)| !hits.statements.contains(b));
        let act_across_after = |r: &Range<usize>| {
            (told_before_in_clause || arabic_act_before)
                && crosses_sequel(r)
                && word_iter(text, date.end..r.start).rev().take(super::CALL_AFTER_REACH_WORDS).any(|w| reading.rules.words.afters.has_with_proclitics(&text[w]))
        };
        let same_clause = preds
            .iter()
            .filter(|(r, ev)| clause_of(r.start) == clause_of(date.start) && !coordinated_after(r) && ev.is_none_or(|e| !coordinated_right_after.contains(&e)) && !act_across_after(r))
            .min_by_key(|(r, _)| (gap(r), r.start > date.start));
        // "hosted the head of the office, X, at his residence in Jerusalem last Tuesday, in
        // what his office called a first meeting": a date that closes a clause of its own
        // words (a place, a manner) ends the predicate told before it; the time a sentence
        // puts before its verb opens its clause ("and on Wednesday, the two discussed").
        let closes_its_phrase = || {
            let Some(c) = clause_of(date.start).map(|c| &sentence.clauses[c]).filter(|c| date.end <= c.end) else { return false };
            let words_before = sentence.words_in(text, c.start..date.start).len();
            let closes = text[date.end..c.end].trim_start().trim_start_matches(crate::text::clause::CLAUSE_BREAKS_OF_EITHER_SCRIPT).trim().is_empty();
            closes && words_before >= PHRASE_BEFORE_A_CLOSING_DATE_WORDS
        };
        // "a series of deals since 2020; in July, the two ministers signed": a predicate told
        // before a semicolon or a colon is done with; the date opens the clause after it.
        let ended = |b: &Range<usize>| text[b.end..date.start].contains(CLAUSE_ENDS);
        let either = || match (before(), after()) {
            (Some(b), Some(a)) if latin && (gap(&a.0) < gap(&b.0) || ended(&b.0)) && !crosses_sequel(&a.0) && !closes_its_phrase() => Some(a),
            (b, a) => b.or(a),
        };
        match same_clause.or_else(either) {
            Some((r, Some(ev))) => {
                // The nearest date wins when several go to one trigger.
                let g = gap(r);
                if own_date.get(ev).is_none_or(|&(_, old)| g < old) {
                    own_date.insert(*ev, (d, g));
                }
            }
            Some((r, None)) if hits.statements.contains(r) => statement_date.push((r.start, d)),
            _ => {}
        }
    }
    let mut own_date: HashMap<usize, usize> = own_date.into_iter().map(|(ev, (d, _))| (ev, d)).collect();
    dated_by_the_antecedent(reading, hits, &mut own_date);
    dated_by_the_explained_verb(reading, hits, dates, sentence_dates, date_mentions, &mut own_date);
    // "قال …، في تصريح أدلى به أمس الثلاثاء: «وقعنا اليوم …»": "today" inside a quotation is
    // the day the words were said — the date told before the quotation in its sentence —
    // not the day the article was written.
    for d in own_date.values_mut() {
        if let Some(said) = quoted_today_said_on(doc, sentence.range.start, sentence_dates, date_mentions, *d) {
            *d = said;
        }
    }
    (own_date, statement_date)
}

/// The most words from the start of a fulfilment marker to a date told inside it, before its
/// object (« fait le point mardi sur », "took stock on Tuesday of": the marker's verb phrase and
/// a preposition of the date).
const MARKER_BEFORE_ITS_SPLITTING_DATE_WORDS: usize = 4;

/// The most words between the verb of a next act and the date told after it ("before
/// travelling home on Thursday", «قبل أن يعود إلى بلاده يوم الخميس»: its object or place).
const NEXT_ACT_BEFORE_ITS_DATE_WORDS: usize = 6;

/// Where the phrase opening the subject's next act told before `date` starts, if one is told
/// there: "expected to meet Bourita before travelling home on Thursday", « devait rencontrer
/// Bourita avant de regagner Israël jeudi », «ومن المنتظر أن يلتقي بوريطة قبل أن يعود إلى بلاده
/// الخميس». A phrase of list `before-act` whose verb has no subject of its own (its last word a
/// `next-act-link`, « de », «أن»; or an English gerund right after it, list `gerund-ending`),
/// within [`NEXT_ACT_BEFORE_ITS_DATE_WORDS`] words of the verb's date: that date is the next
/// act's (the journey home), not the day of the plan or act told before the phrase, which the
/// sentence leaves undated. "before the signing on Thursday" (a noun) is not such a phrase.
/// Asked only of a sentence [`WordLists::before_act_starts_in`] finds a phrase in.
fn told_after_a_next_act(text: &str, words: &WordLists, sentence_start: usize, date: &Range<usize>) -> Option<usize> {
    let before: Vec<Range<usize>> = word_iter(text, sentence_start..date.start).rev().take(NEXT_ACT_BEFORE_ITS_DATE_WORDS + 4).collect();
    before.iter().find_map(|w| {
        let phrase = words.before_acts.iter().find(|p| opens_with_a_phrase(text, w.start, std::slice::from_ref(*p)))?;
        let after = w.start + phrase.len();
        let verb = word_iter(text, after..date.start).next()?;
        let last_word = phrase.rsplit(' ').next().unwrap_or(phrase);
        let verb_text = text[verb.clone()].to_lowercase();
        let gerund = words.gerund_endings.iter().any(|e| verb_text.len() > e.len() + 2 && verb_text.ends_with(e.as_str()));
        let near = at_most_words(text, verb.end..date.start, NEXT_ACT_BEFORE_ITS_DATE_WORDS);
        ((words.next_act_links.iter().any(|l| l == last_word) || gerund) && near).then_some(w.start)
    })
}

/// The most words between an event noun and the participle that describes it ("l'accord
/// tripartite signé", "الاتفاق الثلاثي الموقع": an adjective).
const PARTICIPLE_AFTER_ITS_NOUN_WORDS: usize = 2;

/// The most words between a figure and the year it is of ("131 millions de dollars en 2021",
/// "131 مليون دولار خلال 2021": the unit and the preposition).
const FIGURE_BEFORE_ITS_YEAR_WORDS: usize = 5;

/// Whether `date` is a year alone told within [`FIGURE_BEFORE_ITS_YEAR_WORDS`] words after a
/// figure of its clause (a number in digits: "reached 131 million dollars in 2021", « ont
/// atteint 131 millions de dollars en 2021 », "بلغت 131 مليون دولار خلال 2021"): the year the
/// figure is of.
fn is_a_figure_s_year(text: &str, sentence: &crate::text::segment::Sentence, date: &Range<usize>, mention: &DateMention) -> bool {
    let year_alone = matches!(&mention.expr.kind, ExprKind::Calendar(c) if c.year.is_some() && c.is_year_alone());
    if !year_alone {
        return false;
    }
    let from = sentence.clause_at(date.start).map_or(sentence.range.start, |c| sentence.clauses[c].start);
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    sentence.words_in(text, from..date.start).rev().take(FIGURE_BEFORE_ITS_YEAR_WORDS).any(|w| figure(&text[w]))
}

/// Whether the predicate at `r` stands in a later clause than the date `d`, past a clause opened
/// by a `sequence` word (`sequence_opens`, by clause: "ثم", "then", « puis »), and that
/// sequence, up to the next one, holds a date of its own: "…في يوليوز الماضي، ثم وقع البلدان
/// اتفاقا … خلال زيارة لابيد للرباط في غشت من العام نفسه", "launched its route in July, then
/// the two countries signed … in August". The next act of a narrative is later than the
/// clause before; told with its own date, it is of that date, and the date before is no
/// nearest one for it. (Told with none, "…في يوليوز، ثم وقع", it may still take the day
/// before: the next act of that day.)
fn later_clause_with_its_own_date(sentence: &crate::text::segment::Sentence, sequence_opens: &[bool], dates: &[Range<usize>], sentence_dates: &[usize], d: usize, r: &Range<usize>) -> bool {
    if sequence_opens.is_empty() {
        return false;
    }
    let (Some(of_date), Some(of_pred)) = (sentence.clause_at(dates[d].start), sentence.clause_at(r.start)) else { return false };
    let Some(opened) = (of_date + 1..=of_pred).rev().find(|&c| sequence_opens[c]) else { return false };
    let from = sentence.clauses[opened].start;
    let to = (opened + 1..sentence.clauses.len()).find(|&c| sequence_opens[c]).map_or(sentence.range.end, |c| sentence.clauses[c].start);
    sentence_dates.iter().any(|&o| o != d && (from..to).contains(&dates[o].start))
}

/// Whether `date` is told right after a statement of its sentence ("said on Monday", «أعلنت
/// الوزارة أمس», « a déclaré lundi »): the statement ends before the date, no other predicate
/// stands between, and only its subject does — at most [`SUBJECT_BEFORE_A_STATEMENT_DAY_WORDS`]
/// words besides the names ("قالت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي يوم الاثنين").
fn said_on_the_day(reading: &Reading<'_>, hits: &SentenceHits, preds: &[(Range<usize>, Option<usize>)], date: &Range<usize>) -> bool {
    let Reading { text, found, .. } = *reading;
    let Some(statement) = hits.statements.iter().filter(|s| s.end <= date.start).max_by_key(|s| s.end) else { return false };
    if preds.iter().any(|(r, _)| r.start >= statement.end && r.end <= date.start) {
        return false;
    }
    let named = |w: &Range<usize>| found.entities.iter().any(|e| e.range.start <= w.start && w.end <= e.range.end);
    word_iter(text, statement.end..date.start).filter(|w| !named(w)).nth(SUBJECT_BEFORE_A_STATEMENT_DAY_WORDS).is_none()
}

/// The most words, names left out, between a statement and the day it was made: its subject's
/// title ("وزيرة الاقتصاد الإسرائيلية") and the day's preposition ("on").
const SUBJECT_BEFORE_A_STATEMENT_DAY_WORDS: usize = 4;

/// Where a content clause that holds `at` opens after `from`: the last word of `complements`
/// ("أن", "إن": list `complement`) from `from` to `at`, in the clause of `at` ("…، وأبلغه أن
/// الرحلات ستنطلق الأسبوع المقبل"), if there is one. What is told from there is what was said
/// or decided: its date and its status are its own, not those of an act told before it. Only
/// the words between are read (callers give the nearest act before).
pub(super) fn complement_between(text: &str, sentence: &crate::text::segment::Sentence, from: usize, at: usize, complements: &[String]) -> Option<usize> {
    if complements.is_empty() {
        return None;
    }
    let clause = sentence.clause_at(at)?;
    let start = from.max(sentence.clauses[clause].start);
    if start >= at {
        return None;
    }
    word_iter(text, start..at).rfind(|w| complements.has(&text[w.clone()])).map(|w| w.start)
}

/// Whether the statement at `at` is told in a relative clause: a relative pronoun of list
/// `clause-relative` ("who", « qui ») among the [`RELATIVE_BEFORE_STATEMENT_WORDS`] words
/// before it in its clause ("the same man who said in June that …", "who had said", « celui-là
/// même qui a déclaré »). It recalls what someone once said: what it reports is in its clause.
pub(super) fn said_in_a_relative_clause(text: &str, sentence: &crate::text::segment::Sentence, at: usize, relatives: &[String]) -> bool {
    let Some(clause) = sentence.clause_at(at) else { return false };
    sentence.words_in(text, sentence.clauses[clause].start..at).rev().take(RELATIVE_BEFORE_STATEMENT_WORDS).any(|w| relatives.has(&text[w]))
}

/// Words a relative pronoun may stand before a statement it opens the clause of: an auxiliary
/// ("who had said") at most, the pronoun itself being the subject.
const RELATIVE_BEFORE_STATEMENT_WORDS: usize = 2;

/// The fewest words before a Latin-script date in its clause for the date to close a phrase
/// of the predicate before it ("at his residence in Jerusalem last Tuesday") rather than open
/// the next ("and on Wednesday").
const PHRASE_BEFORE_A_CLOSING_DATE_WORDS: usize = 3;

/// The relative pronouns that close a predicate row of a relative clause of time ("during
/// which", "au cours de laquelle", "lors duquel": `relative-during` rows of the trigger
/// lexicons): grammar words, a closed class.
const RELATIVE_PRONOUNS_OF_TIME: &[&str] = &["which", "laquelle", "lequel", "lesquels", "lesquelles", "duquel", "desquels", "desquelles"];

/// Where the relative clause of time that event `i` is told in opens, if it is told in one:
/// the last predicate row of a relative clause of time before it in its clause ("during
/// which", "au cours de laquelle"); or, in Arabic, its verb — the event's own, or the light
/// verb that tells its noun ("تم خلالها التوقيع") — right after a comma or a relative pronoun,
/// with a "during it" pronoun right after that verb ("التي التقى خلالها", "، وقع خلالها").
pub(super) fn relative_clause_of_time(reading: &Reading<'_>, hits: &SentenceHits, i: usize) -> Option<usize> {
    let Reading { text, sentence, rules, told_by_support, .. } = *reading;
    let words = &rules.words;
    let e = &hits.events[i].0;
    let latin = hits
        .predicates
        .iter()
        .filter(|p| p.end <= e.start && text[(*p).clone()].rsplit(' ').next().is_some_and(|w| RELATIVE_PRONOUNS_OF_TIME.has(w)))
        .filter(|p| sentence.clause_at(p.start) == sentence.clause_at(e.start))
        .map(|p| p.start)
        .max();
    let arabic_at = |verb: Range<usize>| {
        let next = word_iter(text, verb.end..sentence.range.end).next()?;
        if !words.during_pronouns.has(&text[next.clone()]) {
            return None;
        }
        let before = text[sentence.range.start..verb.start].trim_end();
        let relative = words.relatives.iter().find(|r| before.strip_suffix(r.as_str()).is_some_and(|rest| rest.is_empty() || rest.ends_with(char::is_whitespace)));
        match relative {
            Some(r) => Some(sentence.range.start + before.len() - r.len()),
            None => before.ends_with(crate::text::clause::COMMAS).then_some(verb.start),
        }
    };
    let by_support = || {
        let &(_, at) = told_by_support.iter().find(|(k, _)| *k == i)?;
        let verb = word_iter(text, at..e.start).next()?;
        arabic_at(verb)
    };
    latin.or_else(|| arabic_at(e.clone())).or_else(by_support)
}

/// "a visit to Rabat by the defence minister last month, during which the two countries signed
/// a pact", "la visite … le mois dernier, au cours de laquelle … ont signé", "زيارة … الشهر
/// الماضي، وقع خلالها البلدان مذكرة": an undated event in a relative clause of time took place
/// during its antecedent, the event told just before the clause, and takes its date (not the
/// date of an event of its family told in an earlier sentence). The clause opens with a during
/// word and a relative pronoun (a predicate row of its own, "during which", "au cours de
/// laquelle"), or, in Arabic, with a verb after a comma or a relative pronoun and a "during it"
/// pronoun right after the verb ("وقع خلالها", the light verb of a noun: "تم خلالها التوقيع";
/// see [`relative_clause_of_time`]). An antecedent without a date of its own dates nothing.
fn dated_by_the_antecedent(reading: &Reading<'_>, hits: &SentenceHits, own_date: &mut HashMap<usize, usize>) {
    let Reading { sentence, .. } = *reading;
    for (i, e) in hits.events.iter().enumerate() {
        if own_date.contains_key(&i) {
            continue;
        }
        let Some(opens) = relative_clause_of_time(reading, hits, i) else { continue };
        // The last trigger before the clause (two rules may read the same word: the dated one).
        let antecedent = hits.events.iter().enumerate().filter(|(_, a)| a.0.end <= opens).max_by_key(|(j, a)| (a.0.start, own_date.contains_key(j))).map(|(j, _)| j);
        let Some(&d) = antecedent.and_then(|j| own_date.get(&j)) else { continue };
        // A stay told by two days of its own ("يختتم اليوم الخميس زيارة بدأها يوم الثلاثاء،
        // التقى خلالها …") holds the clause's event on one of its days, not on its first: the
        // antecedent's day would be a guess.
        let antecedent_family = antecedent.map(|j| hits.events[j].2.family());
        let stay_of_two_days = antecedent_family == Some(EventType::Visit)
            && hits.events.iter().enumerate().any(|(k, o)| o.2.family() == EventType::Visit && own_date.get(&k).is_some_and(|&other| other != d));
        if stay_of_two_days {
            continue;
        }
        // "left on Thursday at the end of a two-day visit during which he signed", « a quitté
        // jeudi le Royaume au terme d'une visite de deux jours, au cours de laquelle il a
        // signé », "غادر … الخميس في ختام زيارة استغرقت يومين، وقع خلالها": the day of a visit
        // told by its end and its length is its last; the act was done on one of its days, and
        // is left to join the day other sources give it.
        let told_by_its_end = antecedent_family == Some(EventType::Visit)
            && antecedent.is_some_and(|j| crate::events::visit_end::told_by_its_end_with_a_length(reading.text, sentence, &hits.events[j].0, &reading.rules.words.visit_ends, reading.lexicon));
        if told_by_its_end {
            continue;
        }
        own_date.insert(i, d);
        // "وقع خلالها البلدان مذكرة تفاهم": the object noun of the clause's verb is its event.
        let clause = sentence.clause_at(e.0.start);
        for (k, o) in hits.events.iter().enumerate().skip(i + 1) {
            if o.0.start >= e.0.end && o.2.family() == e.2.family() && sentence.clause_at(o.0.start) == clause {
                own_date.entry(k).or_insert(d);
            }
        }
    }
}

/// "نفذ الملك، أمس الجمعة، ما كان ينتظر منه، إذ أجرى اتصالا هاتفيا مع …", "وصل الوزراء مساء
/// أمس إلى النقب، حيث عقد بوريطة لقاء مع لابيد": an undated event told by a past verb right
/// after an explaining word (word list `explain`: "إذ", "حيث") opening a later clause — the
/// event's own trigger, or the light verb that tells its noun — is what the clause before did,
/// on its day: the last date of the sentence before that clause that tells an act's day (not
/// one after "منذ": "ما كان ينتظر منه منذ أسبوعين" is how long it was awaited). Not when that
/// date went to a future act ("سيصل غدا إلى الرباط، حيث …": a plan, whatever the verb after it).
/// The acts told for later in such a clause ("سيتوجه غدا الأربعاء إلى الصويرة، حيث سيزور …
/// ويلتقي …") are the other way round: they are done on the planned trip, on its day, only when
/// that date went to an act for later (the trip's own verb, or the clause's first act when the
/// trip is told by a light verb: «أن يتوجه»).
fn dated_by_the_explained_verb(reading: &Reading<'_>, hits: &SentenceHits, dates: &[Range<usize>], sentence_dates: &[usize], date_mentions: &[DateMention], own_date: &mut HashMap<usize, usize>) {
    let Reading { doc, text, sentence, rules, told_by_support, .. } = *reading;
    let explains = &rules.words.explains;
    if explains.is_empty() || sentence.clauses.len() < 2 {
        return;
    }
    for (i, e) in hits.events.iter().enumerate() {
        let (opens, for_later) = match explained_clause(text, sentence, hits, told_by_support, i, explains) {
            // Its own date is one of its clause ("…، إذ التقاه أمس"); a date of the clause
            // before that went to it as the nearest predicate may be how long the act was
            // awaited.
            Some(opens) if own_date.get(&i).is_some_and(|&d| dates[d].start >= opens) => continue,
            Some(opens) => (opens, false),
            None if own_date.contains_key(&i) => continue,
            None => match explained_plan_clause(text, sentence, e, explains) {
                Some(opens) => (opens, true),
                None => continue,
            },
        };
        let Some(&d) = sentence_dates.iter().rev().find(|&&d| dates[d].end <= opens && carries_to_the_next_act(doc, date_mentions, &rules.words.since, d)) else { continue };
        let to_a_plan = hits.events.iter().enumerate().any(|(j, o)| o.3 == TriggerTense::Future && own_date.get(&j) == Some(&d));
        if to_a_plan == for_later && e.0.start >= opens {
            own_date.insert(i, d);
        }
    }
}

/// Where the clause opens when the event `e`, told for later (a future or a present verb), is
/// told in a later clause of its sentence that an explaining word of `explains` opens ("…،
/// حيث سيزور … ويلتقي …").
fn explained_plan_clause(text: &str, sentence: &crate::text::segment::Sentence, e: &(Range<usize>, usize, EventType, TriggerTense), explains: &[String]) -> Option<usize> {
    if !matches!(e.3, TriggerTense::Future | TriggerTense::Present) {
        return None;
    }
    let opens = sentence.clauses[sentence.clause_at(e.0.start).filter(|&c| c > 0)?].start;
    word_iter(text, opens..e.0.start).next().is_some_and(|w| explains.has(&text[w])).then_some(opens)
}

/// Where the coordinate that joins the verb at `verb` to what is told before it starts: a
/// proclitic of `coordinates` glued to it ("والتقى": the verb's own start) or a word of them
/// right before it ("ثم التقى").
fn coordinate_before(text: &str, sentence: &crate::text::segment::Sentence, hits: &SentenceHits, verb: usize, coordinates: &[String]) -> Option<usize> {
    if hits.proclitics.iter().any(|p| p.start == verb && coordinates.has(&text[p.clone()])) {
        return Some(verb);
    }
    let word = word_iter(text, sentence.range.start..verb).next_back()?;
    coordinates.has(&text[word.clone()]).then_some(word.start)
}

/// Where the clause opens when the event at `i` is told by a past verb right after an
/// explaining word of `explains` at the start of a later clause of its sentence ("…، إذ أجرى
/// اتصالا"): its own trigger in the past tense, or the light verb that tells its noun ("حيث
/// عقد … لقاء"; a past form: not an imperfect's or a future's prefix).
pub(super) fn explained_clause(text: &str, sentence: &crate::text::segment::Sentence, hits: &SentenceHits, told_by_support: &[(usize, usize)], i: usize, explains: &[String]) -> Option<usize> {
    let (opens, verb) = clause_of_a_past_verb(text, sentence, hits, told_by_support, i)?;
    crate::events::participants::chained_after(text, opens..verb, explains).then_some(opens)
}

/// "وصل لابيد إلى الرباط مساء أمس الأحد، والتقى نظيره", "حلت الوزيرة بالدار البيضاء صباح
/// اليوم، فوقعت مع الوزير …", "استقبل بوريطة أمس الوزير، ثم أجرى معه مباحثات": the day of the
/// event at `i`, undated in its own clause, told by a past verb joined to the clause before by
/// a coordinating word (word list `coordinate`: "و", "ف" glued to it, "ثم" before it): the
/// next act of that day, the last date of its sentence before its clause that tells an act's
/// day (as for an explained verb, see `dated_by_the_explained_verb`), unless that date went to
/// a future act. The sentence's own day comes before any carried from the sentences before.
pub(super) fn coordinated_act_date(reading: &Reading<'_>, hits: &SentenceHits, i: usize, dates: &[Range<usize>], sentence_dates: &[usize], date_mentions: &[DateMention], own_date: &HashMap<usize, usize>) -> Option<usize> {
    let Reading { doc, text, sentence, rules, told_by_support, .. } = *reading;
    if sentence_dates.is_empty() || rules.words.coordinates.is_empty() {
        return None;
    }
    let chained = || chained_clause(text, sentence, hits, i, &rules.words);
    let opens = match coordinated_clause(text, sentence, hits, told_by_support, i, &rules.words.coordinates).or_else(chained) {
        Some(opens) => opens,
        // "وصل غانتس إلى الرباط أمس ثم التقى لوديي": a past verb coordinated inside its clause,
        // right after the date that went to the act before it, opens there.
        None => {
            let verb = past_verb(text, sentence, hits, told_by_support, i)?;
            let opens = coordinate_before(text, sentence, hits, verb, &rules.words.coordinates)?;
            sentence_dates.iter().any(|&d| dates[d].end <= opens && text[dates[d].end..opens].trim().is_empty()).then_some(opens)?
        }
    };
    if own_date.get(&i).is_some_and(|&d| dates[d].start >= opens) {
        return None;
    }
    let &d = sentence_dates.iter().rev().find(|&&d| dates[d].end <= opens && carries_to_the_next_act(doc, date_mentions, &rules.words.since, d))?;
    let to_a_plan = hits.events.iter().enumerate().any(|(j, o)| o.3 == TriggerTense::Future && own_date.get(&j) == Some(&d));
    (!to_a_plan).then_some(d)
}

/// The most words of a chaining phrase before the verb it chains ("قبل أن", "بعد أن").
const CHAIN_WORDS: usize = 2;

/// The most words after a verb with the proclitic ل within which a then word makes it the
/// next act ("ليوقعا بعد ذلك", "ليوقع الوزيران لاحقا": the verb's subject may stand between).
const THEN_AFTER_VERB_WORDS: usize = 3;

/// Where the clause opens when the event at `i` is told by an Arabic verb that opens a later
/// clause of its sentence as the narrative's next act of the same occasion: right after a
/// chaining phrase (word list `chain`: "…، قبل أن يوقعا ثلاث اتفاقيات", "…، قبل أن يوقع معه
/// مذكرة", "…، بعد أن أجرى معه مباحثات"), the imperfect too — after «قبل أن» it goes on the
/// narrative, it does not point ahead —, or an imperfect with the proclitic ل told with a
/// word of `then` right after it ("…، ليوقعا بعد ذلك ثلاث اتفاقيات": and then they signed).
/// (An act that opens the sentence after «بعد أن» is told before the main clause, not after
/// the date of an act before it: only a later clause is read.)
fn chained_clause(text: &str, sentence: &crate::text::segment::Sentence, hits: &SentenceHits, i: usize, words: &WordLists) -> Option<usize> {
    let e = &hits.events[i];
    if !matches!(e.3, TriggerTense::Past | TriggerTense::Present) || super::super::rules::latin_trigger(text, &e.0) {
        return None;
    }
    let opens = sentence.clauses[sentence.clause_at(e.0.start).filter(|&c| c > 0)?].start;
    let chained = at_most_words(text, opens..e.0.start, CHAIN_WORDS) && crate::events::participants::chained_after(text, opens..e.0.start, &words.chains);
    let then_told = || {
        let mut from_verb = word_iter(text, e.0.start..sentence.range.end);
        let verb = from_verb.next().map_or("", |w| &text[w]);
        // The then word right after the verb or after its subject ("ليوقع الوزيران لاحقا").
        let mut then_at = from_verb.take(THEN_AFTER_VERB_WORDS).map(|w| w.start);
        e.3 == TriggerTense::Present
            && verb.starts_with('ل')
            && word_iter(text, opens..e.0.start).next().is_none()
            && then_at.any(|at| words.thens.iter().any(|t| text[at..].starts_with(t.as_str()) && text[at + t.len()..].chars().next().is_none_or(|c| !crate::text::normalize::is_word_char(c))))
    };
    (chained || then_told()).then_some(opens)
}

/// Where the clause opens when the event at `i` is told by a past verb (its own trigger or the
/// light verb of its noun, as in [`explained_clause`]) that opens a later clause of its sentence
/// joined to the one before by a coordinating word of `coordinates`: a proclitic glued to the
/// verb ("والتقى", "فوقع") or a word right before it ("ثم التقى").
fn coordinated_clause(text: &str, sentence: &crate::text::segment::Sentence, hits: &SentenceHits, told_by_support: &[(usize, usize)], i: usize, coordinates: &[String]) -> Option<usize> {
    let (opens, verb) = clause_of_a_past_verb(text, sentence, hits, told_by_support, i)?;
    let glued = hits.proclitics.iter().any(|p| p.start == verb && coordinates.has(&text[p.clone()]));
    (glued || crate::events::participants::chained_after(text, opens..verb, coordinates) && at_most_words(text, opens..verb, 1)).then_some(opens)
}

/// The clause (where it opens, past its first one) and the past verb of the event at `i`: its
/// own trigger in the past tense, or the light verb that tells its noun (a past form: not an
/// imperfect's or a future's prefix).
fn clause_of_a_past_verb(text: &str, sentence: &crate::text::segment::Sentence, hits: &SentenceHits, told_by_support: &[(usize, usize)], i: usize) -> Option<(usize, usize)> {
    let verb = past_verb(text, sentence, hits, told_by_support, i)?;
    let clause = sentence.clause_at(verb).filter(|&c| c > 0)?;
    Some((sentence.clauses[clause].start, verb))
}

/// Where the past verb of the event at `i` starts: its own trigger in the past tense (or the
/// light verb right before it), or the light verb that tells its noun in a past form (not an
/// imperfect's or a future's prefix).
fn past_verb(text: &str, sentence: &crate::text::segment::Sentence, hits: &SentenceHits, told_by_support: &[(usize, usize)], i: usize) -> Option<usize> {
    let e = &hits.events[i];
    match e.3 {
        // "إذ أجرى اتصالا": a past trigger read on its noun, the light verb right before it.
        TriggerTense::Past => Some(hits.supports.iter().find(|s| s.end <= e.0.start && text[s.end..e.0.start].trim().is_empty()).map_or(e.0.start, |s| s.start)),
        TriggerTense::Noun => told_by_support.iter().find(|&&(k, _)| k == i).map(|&(_, at)| at).filter(|&at| {
            let word = word_iter(text, at..sentence.range.end).next().map_or("", |w| &text[w]);
            match word.chars().next() {
                Some('ي' | 'س' | 'ن') | None => false,
                Some('ت') => word.ends_with('ت') || word == "تم",
                _ => true,
            }
        }),
        _ => None,
    }
}

/// The most words between the apposition noun and the event's trigger ("the first direct", "أول").
const APPOSITION_REACH_WORDS: usize = 3;

/// The event (its index in `hits.events`) a date names in apposition: the trigger right after
/// the date, a comma or dash, a noun of `appositions` (the longest that fits) and at most
/// [`APPOSITION_REACH_WORDS`] words ("منذ 25 يوليوز 2021، تاريخ أول رحلة تجارية", "since 25
/// July, the date of the first flight"): the date is that event's, whatever verb the sentence
/// tells it for ("operate flights since").
fn event_in_apposition(text: &str, hits: &SentenceHits, date: &Range<usize>, appositions: &[String]) -> Option<usize> {
    let ev = hits.events.iter().position(|e| e.0.start >= date.end)?;
    let between = text[date.end..hits.events[ev].0.start].trim_start();
    let after_mark = between.strip_prefix(['،', ',', '-', '–', '—'])?.trim_start();
    let noun = appositions.iter().filter(|n| after_mark.strip_prefix(n.as_str()).is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))).max_by_key(|n| n.len())?;
    (after_mark[noun.len()..].split_whitespace().count() <= APPOSITION_REACH_WORDS).then_some(ev)
}

/// Words that may stand between a visit going on and the "since" before its first day ("تقوم
/// بزيارة رسمية للمملكة منذ": an adjective and where it goes).
const SINCE_REACH_WORDS: usize = 5;

/// The event (its index in `hits.events`) a date told after "since" (word list `since`: "منذ
/// أمس الإثنين", "depuis lundi") is the first day of: a visit told as going on just before —
/// a present verb ("الذي يزور إسرائيل منذ الأحد") or a noun after a verb of making or being
/// on, or before that verb in a relative (word list `visit-going-on`: "تقوم بزيارة … منذ",
/// "زيارة يقوم بها … منذ", "en visite … depuis") — at most
/// [`SINCE_REACH_WORDS`] words before the "since", no other trigger between. The visit began
/// that day (the arrival); the sentence's other date is its other event's ("أجرى … اليوم
/// الثلاثاء مباحثات مع الوزيرة التي تقوم بزيارة … منذ أمس الإثنين"). "أول زيارة منذ 2000", a
/// visit counted from a date, is no visit going on; nor is one going on since a year ("has
/// been visiting Morocco since 2020", "يزور المغرب منذ 2020": a habit, no first day).
fn visit_going_on_since(text: &str, sentence_start: usize, hits: &SentenceHits, date: &Range<usize>, mention: &DateMention, words: &WordLists) -> Option<usize> {
    let since = word_iter(text, sentence_start..date.start).next_back()?;
    if !words.since.has(&text[since.clone()]) || mention.expr.kind.names_a_year_alone() {
        return None;
    }
    let ev = hits.events.iter().rposition(|e| e.0.end <= since.start)?;
    let (r, _, ty, tense) = &hits.events[ev];
    if ty.family() != EventType::Visit || !at_most_words(text, r.end..since.start, SINCE_REACH_WORDS) {
        return None;
    }
    // "تقوم بزيارة … منذ" before the noun, or the relative after it: "خلال زيارة يقوم بها وهبي
    // لإسرائيل منذ أمس" (a visit he is making).
    let made = || word_iter(text, sentence_start..r.start).rev().take(2).chain(word_iter(text, r.end..since.start).take(1)).any(|w| words.going_on.has(&text[w.clone()]));
    (*tense == TriggerTense::Present || (*tense == TriggerTense::Noun && made())).then_some(ev)
}

/// The date a "today" told inside a quotation stands for: the last date of its sentence told
/// before it outside any quotation ("في تغريدة نشرها مساء أمس الاثنين: «سعدت اليوم بلقاء …»").
/// `d` is the date mention the event took, `sentence_dates` the sentence's dates (indices into
/// `date_mentions`). None when `d` is not a bare "today" in a quotation, or when nothing before
/// the quotation dates the words.
fn quoted_today_said_on(doc: &Document, sentence_start: usize, sentence_dates: &[usize], date_mentions: &[DateMention], d: usize) -> Option<usize> {
    let today = date_mentions.get(d)?;
    if !matches!(today.expr.kind, ExprKind::Relative { days: 0, weekday: None, date: None }) || !in_quotation(doc, sentence_start, today.range.start) {
        return None;
    }
    sentence_dates
        .iter()
        .copied()
        .filter(|&e| e != d && date_mentions[e].range.end <= today.range.start && !in_quotation(doc, sentence_start, date_mentions[e].range.start))
        .max_by_key(|&e| date_mentions[e].range.start)
}

/// Where the "since" (word list `since`) stands that opens the recall a Latin-script date
/// belongs to: "the first conversation since the announcement, on 10 December, of …", « le
/// premier entretien depuis l'annonce, le 10 décembre, de la reprise »: "since" and a noun
/// (at least one word) before the date, at most [`SINCE_BEFORE_DATE_WORDS`] words back in the
/// sentence, commas of an apposition allowed between. The date is the recalled act's; an act
/// told before the "since" (the conversation) is not of that day. A date right after "since"
/// ("since Monday") is when a state began, read elsewhere (a visit going on); an Arabic "منذ"
/// is as often "ago" and is left to the date grammar.
fn recalled_after_since(text: &str, sentence_start: usize, date: &Range<usize>, since: &[String]) -> Option<usize> {
    let date_text = &text[date.clone()];
    if date_text.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}')) {
        return None;
    }
    word_iter(text, sentence_start..date.start)
        .rev()
        .take(SINCE_BEFORE_DATE_WORDS)
        .enumerate()
        .find(|(_, w)| since.iter().any(|s| s.eq_ignore_ascii_case(&text[w.clone()])))
        // "the latest in a series of deals since 2020; in July, the ministers signed": a
        // semicolon or a colon ends the recall; the date after it opens a clause of its own.
        .filter(|&(between, ref w)| between >= 1 && !text[w.end..date.start].contains(CLAUSE_ENDS))
        .map(|(_, w)| w.start)
}

/// The marks that end a Latin-script clause for good within a sentence: a predicate or a
/// recall ("since …") told before one is done with, and a date after it is of what follows (a
/// comma may close an apposition: "since the announcement, on 10 December, of …").
const CLAUSE_ENDS: [char; 2] = [';', ':'];

/// Words a "since" may stand before the date it governs, in the date's clause ("depuis la
/// signature de la déclaration conjointe en décembre dernier", "منذ توقيع الاتفاق الثلاثي في
/// ديسمبر الماضي").
const SINCE_BEFORE_DATE_WORDS: usize = 9;

/// Whether date mention `d` (an index into `date_mentions`) may be carried to the next act of
/// the narrative by a connective or a follow-up ("ثم", "ensuite", "then", "بعد ذلك"): it is
/// the day of the act told with it, not a back-reference. A date told inside a quotation is
/// the speaker's («… منذ اتفاق ديسمبر الماضي»، قال الوزير), and one after a "since" word of its
/// clause ("since the accord of last December", "depuis l'accord de décembre dernier") tells
/// when a state began: the writer's next act ("Il s'est ensuite rendu à Fès") is not of that
/// day; so does one that opens with it ("ما كان ينتظر منه منذ أسبوعين": how long, read as
/// "two weeks ago" by the date grammar, which keeps "منذ" in the mention). `since` is the
/// trigger files' `since` word list.
pub(in crate::events) fn carries_to_the_next_act(doc: &Document, date_mentions: &[DateMention], since: &[String], d: usize) -> bool {
    let Some(date) = date_mentions.get(d) else { return false };
    let at = doc.sentences.partition_point(|s| s.range.start <= date.range.start);
    let Some(sentence) = at.checked_sub(1).map(|k| &doc.sentences[k]).filter(|s| date.range.start < s.range.end) else { return true };
    if in_quotation(doc, sentence.range.start, date.range.start) {
        return false;
    }
    let text = doc.norm.text.as_str();
    let clause_start = crate::text::clause::start_after_last(text, sentence.range.start..date.range.start, crate::text::clause::BREAKS_WITHIN_A_SENTENCE);
    let is_since = |w: &str| since.iter().any(|s| s.eq_ignore_ascii_case(w) || w.strip_prefix('و').is_some_and(|b| b == s));
    let opens_with_since = word_iter(text, date.range.clone()).next().is_some_and(|w| is_since(&text[w]));
    !opens_with_since && !word_iter(text, clause_start..date.range.start).rev().take(SINCE_BEFORE_DATE_WORDS).any(|w| is_since(&text[w]))
}

/// Whether `at` (in the normalised text) is inside a quotation opened in its sentence (from
/// `sentence_start`) and not closed before it. The normalised text drops quotation marks, so
/// they are read in the original: straight quotes pair up, « “ open and » ” close.
pub(in crate::events) fn in_quotation(doc: &Document, sentence_start: usize, at: usize) -> bool {
    let mut open = false;
    for c in doc.original(sentence_start..at).chars() {
        match c {
            '"' => open = !open,
            '«' | '“' => open = true,
            '»' | '”' => open = false,
            _ => {}
        }
    }
    open
}

/// Bytes between two ranges (0 when they touch or overlap).
pub(super) fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

/// What may follow a clock time alone on its line ("7:05 pm", "14:40 GMT", "09:40 بتوقيت
/// مكة" is a date line's field, not a stamp): the clock's letters and zones, normalised.
const STAMP_SUFFIXES: &[&str] = &["a.m.", "p.m.", "am", "pm", "gmt", "utc", "ص", "م"];

/// Whether `line` (normalised) is a live page's stamp standing alone: a clock time ("19:05",
/// "13h05", "9.40", "3:15 pm") between bullets, dashes or bars, nothing else.
fn is_clock_alone(line: &str) -> bool {
    let marks = |c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '•' | '*' | '·' | '|' | ':' | '[' | ']' | '(' | ')');
    let line = line.trim_matches(marks);
    let Some(end) = clock_time_end(line) else { return false };
    let rest = line[end..].trim_matches(marks);
    rest.is_empty() || STAMP_SUFFIXES.has(rest)
}

/// Where the clock time opening `line` ends: an hour of one or two digits, then ':', '.' or
/// 'h' and two digits of minutes, spaces allowed around the mark ("19:05", "15h20", "9 h 40",
/// "11.05"); `None` when `line` does not open with one. The live-page stamp readers of every
/// language share it.
pub(in crate::events) fn clock_time_end(line: &str) -> Option<usize> {
    let hour_len = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&hour_len) {
        return None;
    }
    let rest = line[hour_len..].trim_start().strip_prefix([':', '.', 'h'])?.trim_start();
    let minutes_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    (minutes_len == 2).then(|| line.len() - rest.len() + minutes_len)
}

/// The lines of `text` just above byte `at`'s line, nearest first, blank lines skipped: each
/// line's byte range.
fn lines_above(text: &str, at: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    // The line break that ends each line above is one byte before the start of the line below.
    let mut start = line_start(text, at);
    std::iter::from_fn(move || {
        let end = start.checked_sub(1)?;
        start = line_start(text, end);
        Some(start..end)
    })
    .filter(move |r| !text[r.clone()].trim().is_empty())
}

/// "19:05" on its own line, the entry on the next ("وقع رئيس الحكومة …"): whether the
/// sentence starting at `sentence_start` is a live page's entry whose clock time stands alone
/// on the line above it. (An entry opened by its clock time on its own line, "14:40 — …", is
/// read by the callers.) Such an entry tells what was done at that time of the page's day, like
/// the first entries beside the page's date lines.
pub(in crate::events) fn under_a_clock_line(text: &str, sentence_start: usize) -> bool {
    let line_start = line_start(text, sentence_start);
    // A sentence that is not the first of its line is not an entry's opening.
    text[line_start..sentence_start].trim().is_empty() && lines_above(text, line_start).next().is_some_and(|l| is_clock_alone(&text[l]))
}

/// The most lines an entry may stand under its live page's day header: the header heads the
/// entries of one day, a few dozen at most on a busy page.
const DAY_HEADER_REACH_LINES: usize = 120;

/// The live page's own day header above the entry starting at `sentence_start`: a date alone
/// on its line ("الثلاثاء 22 ديسمبر", "Tuesday, December 22") with a clock stamp on the next
/// line (alone or opening it), the nearest above the entry. A multi-day live page heads each
/// day's entries so; the entries under it are of that day, not of the page's publication day.
/// `date_mentions` are the document's, in text order; the header's index is returned.
pub(in crate::events) fn live_day_header(text: &str, date_mentions: &[DateMention], sentence_start: usize) -> Option<usize> {
    let stamped = |line: &str| is_clock_alone(line) || opens_with_clock(line);
    let mut below: Option<Range<usize>> = None;
    for line in lines_above(text, sentence_start).take(DAY_HEADER_REACH_LINES) {
        let header = below.as_ref().is_some_and(|b| stamped(&text[b.clone()])).then(|| date_alone_on(text, date_mentions, &line)).flatten();
        if header.is_some() {
            return header;
        }
        below = Some(line);
    }
    None
}

/// Whether `line` opens with a clock time and a mark ("14:40 —", "9h05 :").
fn opens_with_clock(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '•' | '*' | '·' | '|'));
    let stamp_end = line.find(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|')).unwrap_or(line.len());
    stamp_end < line.len() && is_clock_alone(&line[..stamp_end])
}

/// The date mention (index) that fills `line` alone: its words are all inside date mentions, a
/// day of its own among them (a weekday alone or a month alone heads nothing).
fn date_alone_on(text: &str, date_mentions: &[DateMention], line: &Range<usize>) -> Option<usize> {
    let first = date_mentions.partition_point(|m| m.range.start < line.start);
    let on_line: Vec<usize> = (first..date_mentions.len()).take_while(|&k| date_mentions[k].range.end <= line.end).collect();
    let mut at = line.start;
    for &k in &on_line {
        if text[at..date_mentions[k].range.start].chars().any(char::is_alphanumeric) {
            return None;
        }
        at = date_mentions[k].range.end;
    }
    let rest_is_marks = !text[at..line.end].chars().any(char::is_alphanumeric);
    let day = on_line.iter().copied().find(|&k| matches!(date_mentions[k].expr.kind, ExprKind::Calendar(c) if c.day.is_some() && c.month.is_some()));
    day.filter(|_| rest_is_marks)
}

#[cfg(test)]
#[path = "dating_tests.rs"]
mod tests;

/// The words that, after a `since` word opening a sentence, point back to the event told
/// before ("since then", "منذ ذلك الحين", "depuis lors", "depuis cette date"): a closed class of
/// grammar words. "Depuis," alone before a comma points back too.
const SINCE_ANAPHORS: &[&str] = &["then", "that", "ذلك", "ذاك", "تلك", "lors", "cette", "ce"];

/// "Since then, firms have been in talks with Rabat", "ومنذ ذلك الحين، تجري الشركات مباحثات",
/// "Depuis, des industriels mènent des discussions": a sentence that opens by counting from
/// the event told before tells what has gone on, or come, after it — not an act of its day. Its
/// undated events take no date carried from that event (`since`: the trigger files' `since`
/// word list).
pub(super) fn opens_since_then(text: &str, sentence: &Range<usize>, since: &[String]) -> bool {
    let is_since = |w: &str| since.iter().any(|s| s.eq_ignore_ascii_case(w));
    let mut words = word_iter(text, sentence.clone());
    let Some(first) = words.next() else { return false };
    let word = &text[first.clone()];
    if !is_since(word) && !word.strip_prefix('و').is_some_and(is_since) {
        return false;
    }
    text[first.end..sentence.end].trim_start().starts_with(crate::text::clause::COMMAS) || words.next().is_some_and(|w| SINCE_ANAPHORS.iter().any(|a| a.eq_ignore_ascii_case(&text[w.clone()])))
}
