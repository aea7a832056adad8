//! The triggers of a sentence told aside: as the time reference of another act ("بعد توقيع …",
//! "a day after he signed"), as background in a relative clause ("التي جرى توقيعها"), or as
//! the act a fulfilment marker recalls ("تنفيذا لما اتفق عليه خلال الاتصال"). They keep a date
//! of their own but lend none to the acts told around them.

use std::ops::Range;

use super::super::rules::{EventType, RuleKind, TriggerTense, WordLists, latin_trigger};
use super::SentenceHits;
use crate::text::lexmatch::{PhraseReach, Side, WordList, at_most_words, phrase_end_at, phrase_near, word_iter};
use crate::text::clause::{BREAKS_WITHIN_A_SENTENCE, COMMAS, LATIN_CLAUSE_MARKS};
use crate::text::segment::Sentence;

/// Starts of the event triggers told aside, as a time reference or as background: a noun after
/// "بعد", "عشية", "في أعقاب" (or after "بعد ثلاثة أيام من"), a Latin-script verb after "after"
/// and its subject, and a trigger in a relative clause
/// in the past with the noun it describes ("مذكرة التفاهم التي جرى توقيعها"). They keep a date of
/// their own, but borrow none from the sentence's event or the ones before.
/// `lists` give the articles and the relative pronouns ([`WordLists::is_relative`]).
pub(in crate::events) fn told_aside(text: &str, sentence_start: usize, hits: &SentenceHits, lists: &WordLists) -> Vec<usize> {
    let articles = &lists.articles;
    let mut aside = Vec::new();
    for (r, _, ty, tense) in &hits.events {
        let after_sequel = *tense == TriggerTense::Noun && hits.sequels.iter().any(|s| refers_to(text, s, r.start, &lists.counted_from, hits) && !tells_the_next_act(text, sentence_start, s, r, ty.family(), lists));
        if after_sequel {
            aside.push(r.start);
        }
    }
    // "a day after he signed", "a day after Jerusalem and Rabat signed", "un jour après avoir
    // signé": a Latin-script verb told after a sequel word and a short subject or auxiliary, in
    // the sequel's clause, is the other event a date is counted from, not one of that date.
    for (r, _, ty, tense) in &hits.events {
        let after_sequel = || {
            // No event between: "depuis l'accord tripartite conclu en 2020" tells the noun aside,
            // and the participle with it (see `latin::participle_of_an_aside_noun`).
            let event_between = |s: &Range<usize>| hits.events.iter().any(|e| e.0.start >= s.end && e.0.end <= r.start);
            // Nor a noun phrase: "après l'accord conclu en décembre 2020" is a participle of the
            // noun, the reminder of that accord, not a verb after its subject.
            let article_first = |s: &Range<usize>| word_iter(text, s.end..r.start).next().is_some_and(|w| articles.has(&text[w.clone()]));
            hits.sequels.iter().any(|s| {
                s.end <= r.start
                    && at_most_words(text, s.end..r.start, SEQUEL_SUBJECT_WORDS)
                    && !text[s.end..r.start].contains(LATIN_CLAUSE_MARKS)
                    && !event_between(s)
                    && !article_first(s)
                    && !tells_the_next_act(text, sentence_start, s, r, ty.family(), lists)
            })
        };
        if *tense != TriggerTense::Noun && latin_trigger(text, r) && after_sequel() {
            aside.push(r.start);
            // Its object or complement told in its clause is that event too ("après avoir
            // signé un accord-cadre", "after Sa'ar arrived … for a three-day working visit").
            let told_on = hits.events.iter().filter(|e| e.0.start >= r.end).take_while(|e| {
                e.2.family() == ty.family() && !text[r.end..e.0.start].contains(LATIN_CLAUSE_MARKS) && !hits.predicates.iter().any(|p| p.start >= r.end && p.end <= e.0.start)
            });
            aside.extend(told_on.map(|e| e.0.start));
        }
    }
    // "التي جرى توقيعها", "الذي وقعه": a relative pronoun, at most one auxiliary, the trigger.
    for (k, (r, _, ty, tense)) in hits.events.iter().enumerate() {
        if matches!(tense, TriggerTense::Present | TriggerTense::Future) {
            continue;
        }
        // The last two words before it, the last first.
        let last_two: Vec<Range<usize>> = word_iter(text, sentence_start..r.start).rev().take(2).collect();
        let relative = last_two.iter().position(|w| lists.is_relative(&text[w.clone()]));
        let Some(back) = relative else { continue };
        // The auxiliary, when there is one, is a verb of happening.
        if back == 1 && !matches!(&text[last_two[0].clone()], "جري" | "تم" | "سبق" | "كان" | "كانت") {
            continue;
        }
        aside.push(r.start);
        // The noun the clause describes, of the same family, a few words before.
        let pronoun = &last_two[back];
        if let Some((noun, ..)) = hits.events[..k].iter().rev().find(|e| e.2.family() == ty.family() && e.0.end <= pronoun.start && pronoun.start - e.0.end <= 30) {
            aside.push(noun.start);
        }
    }
    // "Kochavi's trip comes days after the first summit of the I2U2 grouping", « la visite
    // intervient quelques jours après le sommet de … »: the event noun that times the told
    // one is another event, whoever the sentence named before it (the trip's travellers).
    aside.extend(hits.events.iter().filter(|e| e.3 == TriggerTense::Noun && times_what_comes(text, sentence_start, &e.0, hits, lists)).map(|e| e.0.start));
    // "حطت الطائرة أمس، تنفيذا لما تم الاتفاق عليه خلال الاتصال الهاتفي بين …": an event noun
    // in what an act fulfils is the earlier event it recalls.
    aside.extend(hits.events.iter().filter(|e| e.3 == TriggerTense::Noun && fulfilment_recalling(text, hits, e.0.start).is_some()).map(|e| e.0.start));
    aside
}

/// Whether the Latin-script trigger at `trigger`, told after the sequel word at `sequel`,
/// is the next (or the previous) act of the sentence's own subject on the same occasion, not
/// a time reference: a verb with no subject of its own — an English gerund right after the
/// sequel word (an ending of the list `gerund-ending`: "before signing three agreements",
/// "After meeting Bourita, Lapid opened …") or a verb after only the words of a non-finite
/// form (list `next-act-link`: "after having signed", « avant de signer », « après avoir
/// signé ») — with no measure of time before the sequel word or in it (a unit of the list
/// `time-unit`: "a day after signing", « deux jours après avoir signé », "on the eve of":
/// the act is then another day's, the point the period is counted from). A subject of its
/// own ("after Morocco and Israel signed the accord in December 2020") tells a recalled act,
/// and "after the signing" an event named by its noun: both stay time references. A journey
/// ("before traveling to Casablanca", « avant de se rendre à Casablanca ») is a leg of the
/// visit the sentence tells, read with it as before, not an act of its own.
pub(crate) fn tells_the_next_act(text: &str, sentence_start: usize, sequel: &Range<usize>, trigger: &Range<usize>, family: EventType, lists: &WordLists) -> bool {
    if sequel.end > trigger.start || !latin_trigger(text, trigger) || family == EventType::Visit {
        return false;
    }
    let lower = |w: Range<usize>| text[w].to_lowercase();
    let links: Vec<String> = word_iter(text, sequel.end..trigger.start).map(lower).collect();
    let verb = word_iter(text, trigger.start..trigger.end).next().map(lower).unwrap_or_default();
    let gerund = links.is_empty() && lists.gerund_endings.iter().any(|e| verb.len() > e.len() + 2 && verb.ends_with(e.as_str()));
    // The last link is a word of the verb's own (« de », « avoir », "having"), not a clitic
    // letter: "depuis l'accord", "après d'intenses négociations" name an event by its noun.
    let non_finite = !links.is_empty() && links.iter().all(|w| lists.next_act_links.has(w)) && links.last().is_some_and(|w| w.chars().count() > 1 && w != "les");
    if !(gerund || non_finite) {
        return false;
    }
    let before = word_iter(text, sentence_start..sequel.start).next_back().map(lower);
    let measured = before.iter().chain(&word_iter(text, sequel.clone()).map(lower).collect::<Vec<_>>()).any(|w| lists.time_units.has(w));
    !measured
}

/// The most words between a fulfilment marker and the event noun it recalls ("تنفيذا لما
/// اتفق عليه الملك محمد السادس ونفتالي بينيت خلال اتصال"): a long subject may stand between.
const FULFILMENT_REACH_WORDS: usize = 12;

/// Where the fulfilment marker that recalls the event noun at `noun` starts, if one does: the
/// noun stands in the marker's clause, within [`FULFILMENT_REACH_WORDS`] of it.
pub(in crate::events) fn fulfilment_recalling(text: &str, hits: &SentenceHits, noun: usize) -> Option<usize> {
    hits.fulfilments.iter().find(|f| f.start < noun && noun < f.end && at_most_words(text, f.start..noun, FULFILMENT_REACH_WORDS)).map(|f| f.start)
}

/// Where the fulfilment marker starts whose object the past participle `told` describes, if
/// one does: "reviewed the implementation of the agreement signed in Rabat", « la mise en œuvre
/// de l'accord signé à Rabat ». An object that is no event noun of its own ("the agreement",
/// « l'accord ») leaves the participle after it to tell the earlier act. It stands in the
/// marker's reach or within [`PARTICIPLE_AFTER_ITS_OBJECT_WORDS`] after it, in its clause, with
/// no comma, "and" (list `clause-and`), sequel word or other act between ("reviewed the
/// implementation of the plan and signed a memorandum" tells a new signing). An event noun
/// between is the recalled act itself ("the implementation of the memorandum signed"): the
/// participle describes it and is folded into it (`latin::participle_of_an_aside_noun`).
pub(in crate::events) fn participle_recalled_by(text: &str, sentence: &Sentence, hits: &SentenceHits, told: &(Range<usize>, usize, EventType, TriggerTense), lists: &WordLists) -> Option<usize> {
    if told.3 != TriggerTense::Past {
        return None;
    }
    let at = told.0.start;
    hits.fulfilments
        .iter()
        .find(|f| {
            f.start < at
                && sentence.clause_at(f.start) == sentence.clause_at(at)
                && (at < f.end || at_most_words(text, f.end..at, PARTICIPLE_AFTER_ITS_OBJECT_WORDS))
                && !text[f.start..at].contains(COMMAS)
                && !word_iter(text, f.start..at).any(|w| lists.clause_ands.iter().any(|a| a.eq_ignore_ascii_case(&text[w.clone()])))
                && !hits.events.iter().any(|o| o.0.start >= f.start && o.0.end <= at)
                && !hits.predicates.iter().any(|p| p.start >= f.start && p.end <= at)
                && !hits.sequels.iter().any(|s| s.start >= f.start && s.end <= at)
        })
        .map(|f| f.start)
}

/// The most words between the end of a fulfilment marker's reach and a participle describing
/// its object ("the progress of the tripartite accord signed": an adjective more).
const PARTICIPLE_AFTER_ITS_OBJECT_WORDS: usize = 2;

/// Words that may stand between a sequel word and a Latin-script verb it makes a time
/// reference: a subject ("after Jerusalem and Rabat signed") or an auxiliary ("après avoir
/// signé"), no more (a longer run is a clause of its own).
const SEQUEL_SUBJECT_WORDS: usize = 4;

/// Whether the sequel word at `sequel` ("بعد", "في أعقاب") makes the noun at `noun` a time
/// reference: right after it, or after a measure of time ending in a word of the list
/// `counted-from` ("بعد ثلاثة أيام من", "بعد نحو عام على", "قبل أسابيع على": the period is
/// counted from the recalled act, whoever the sentence's actor is).
/// A measure runs within its clause and holds no event of its own ("وبعد الاستقبال، تم التوقيع
/// على مذكرة" tells the signing of the memorandum after the audience, not a period).
fn refers_to(text: &str, sequel: &Range<usize>, noun: usize, counted_from: &[String], hits: &SentenceHits) -> bool {
    if sequel.end > noun {
        return false;
    }
    // Five words at most: more are too many either way.
    let between: Vec<Range<usize>> = word_iter(text, sequel.end..noun).take(5).collect();
    between.is_empty()
        || (between.len() <= 4
            && between.last().is_some_and(|w| counted_from.has(&text[w.clone()]))
            && !text[sequel.end..noun].contains(COMMAS)
            && !hits.events.iter().any(|e| e.0.start >= sequel.end && e.0.end <= noun))
}

/// The most words between a verb of the list `comes` and the "after" word of the time it
/// tells ("comes a week after", « intervient quelques jours après »).
const COMES_AFTER_WORDS: usize = 4;

/// Where the phrase ends that tells the Latin event noun at `r` for its timing, if one does: a
/// verb of the list `comes` right after it, told with an "after" word (list `after`) a few words
/// on in its clause ("The meeting comes a week after Barkat returned", « La rencontre intervient
/// quelques jours après le retour de … »: the end of the "after" word), or a phrase of the list
/// `follows` right after it ("Kochavi's trip follows the MoU …", "comes on the heels of", « fait
/// suite à »): the event already reported, told for its timing. Not "Her visit comes in a month
/// that also saw …", which may tell the visit itself. Only a noun (a verb before "comes" is
/// none), and only in Latin script: Arabic puts the verb first («ويأتي الاجتماع»), an anaphor row.
pub(super) fn before_comes(text: &str, r: &Range<usize>, kinds: &[RuleKind], sentence_end: usize, lists: &WordLists) -> Option<usize> {
    let noun = kinds.iter().any(|k| matches!(k, RuleKind::Event(_, TriggerTense::Noun)));
    if !noun || (lists.comes.is_empty() && lists.follows.is_empty()) || !latin_trigger(text, r) {
        return None;
    }
    let clause_end = text[r.end..sentence_end].find(BREAKS_WITHIN_A_SENTENCE).map_or(sentence_end, |i| r.end + i);
    let mut next = word_iter(text, r.end..clause_end);
    let first = next.next()?;
    // A `follows` phrase right after the noun, or after its complement ("The visit of Gantz
    // follows", « La visite de Gantz fait suite à »: a word of the list `recall-head` first).
    let complement = lists.recall_heads.has(&text[first.clone()]);
    let follows = word_iter(text, r.end..clause_end).take(if complement { FOLLOWS_COMPLEMENT_WORDS + 1 } else { 1 }).find_map(|w| phrase_end_at(&text[..clause_end], w.start, &lists.follows));
    if follows.is_some() {
        return follows;
    }
    if !lists.comes.has(&text[first]) {
        return None;
    }
    next.take(COMES_AFTER_WORDS).find(|w| lists.afters.has(&text[w.clone()])).map(|w| w.end)
}

/// The most words of a noun's complement between it and a `follows` phrase ("The visit of the
/// defence minister follows").
const FOLLOWS_COMPLEMENT_WORDS: usize = 3;

/// The most words between the "after" word of a `comes` phrase and the event noun it tells the
/// timing by: an article and a few modifiers ("after the first summit", "after the inaugural
/// direct commercial flights", « après le sommet »).
const TIMING_NOUN_WORDS: usize = 4;

/// The most words of the measure of time between a verb of the list `comes` and its "after"
/// word, when an event noun follows ("comes a little over two weeks after the first flights").
const TIMING_MEASURE_WORDS: usize = 6;

/// Whether the Latin event noun at `noun` follows, within [`TIMING_NOUN_WORDS`] and in one
/// clause, an "after" word (list `after`) that a verb of the list `comes` tells a measure of
/// time before ([`TIMING_MEASURE_WORDS`] at most: "X's trip comes days after the first summit
/// of …", « La visite intervient quelques jours après le sommet »): the event the told one is
/// timed by, a time reference with people of its own. Arabic tells it with a measure counted
/// from the noun ("بعد أيام من القمة", see [`refers_to`]).
fn times_what_comes(text: &str, sentence_start: usize, noun: &Range<usize>, hits: &SentenceHits, lists: &WordLists) -> bool {
    if (lists.comes.is_empty() && lists.follows.is_empty()) || !latin_trigger(text, noun) {
        return false;
    }
    // "X's trip follows the defense MoU …": the noun a few words after a `follows` phrase that
    // tells a referring noun for its timing.
    let after_follows = |end: usize| {
        end <= noun.start && at_most_words(text, end..noun.start, TIMING_NOUN_WORDS) && !text[end..noun.start].contains(LATIN_CLAUSE_MARKS) && !hits.events.iter().any(|e| e.0.start >= end && e.0.end <= noun.start)
    };
    if hits.timed_from.iter().any(|&end| after_follows(end)) {
        return true;
    }
    let before: Vec<Range<usize>> = word_iter(text, sentence_start..noun.start).rev().take(TIMING_NOUN_WORDS + TIMING_MEASURE_WORDS + 2).collect();
    let Some(at) = before.iter().take(TIMING_NOUN_WORDS + 1).position(|w| lists.afters.has(&text[w.clone()])) else { return false };
    let after = &before[at];
    if text[after.end..noun.start].contains(LATIN_CLAUSE_MARKS) || hits.events.iter().any(|e| e.0.start >= after.end && e.0.end <= noun.start) {
        return false;
    }
    before[at + 1..].iter().take(TIMING_MEASURE_WORDS + 1).any(|w| lists.comes.has(&text[w.clone()]))
}

/// The most words between a definite Latin event noun and the phrase of the list `told-of`
/// that says what the event is or will become ("la rencontre du Néguev deviendrait").
const TOLD_OF_GAP_WORDS: usize = 3;

/// Whether the Latin event noun at `r`, after a definite article or a possessive, is the
/// subject of a phrase of the list `told-of` a few words on in its clause, one that tells what
/// the event told before is or will become (« annonçant que la rencontre deviendrait un forum
/// permanent », "their meeting would become an annual event", « la réunion restera
/// historique »): a statement about that event, no event of its own, as after a demonstrative.
/// English "the" is an anaphor already (en-anaphor); French « la », « le » are not (« la
/// rencontre entre X et Y a eu lieu lundi » tells one), nor possessives. Arabic reads such
/// statements as references by the rows it has («وسيصبح الاجتماع», «أن اللقاء سيتحول»).
pub(super) fn told_of_after(text: &str, r: &Range<usize>, kinds: &[RuleKind], sentence: Range<usize>, lists: &WordLists) -> bool {
    let noun = kinds.iter().any(|k| matches!(k, RuleKind::Event(_, TriggerTense::Noun)));
    if !noun || lists.told_of.is_empty() || !latin_trigger(text, r) {
        return false;
    }
    // The normal form is lowercase already (crate::text::normalize): words are compared as they stand.
    let definite = text[sentence.start..r.start].trim_end().rsplit([' ', '\'']).next().is_some_and(|w| DEFINITE_OR_POSSESSIVE.contains(&w));
    if !definite {
        return false;
    }
    let clause_end = text[r.end..sentence.end].find(BREAKS_WITHIN_A_SENTENCE).map_or(sentence.end, |i| r.end + i);
    let reach = PhraseReach { window: TOLD_OF_GAP_WORDS + TOLD_OF_PHRASE_WORDS, gap: TOLD_OF_GAP_WORDS, phrase: TOLD_OF_PHRASE_WORDS };
    phrase_near(text, r.end..clause_end, Side::After, reach, |w| w, &lists.told_of)
}

/// The most words of a phrase of the list `told-of` ("will be held every year").
const TOLD_OF_PHRASE_WORDS: usize = 5;

/// Definite articles and possessives before an event noun that refer to one already told
/// ("la rencontre", "leur réunion", "their meeting"); an indefinite noun ("une rencontre")
/// tells an event of its own.
const DEFINITE_OR_POSSESSIVE: &[&str] = &["le", "la", "les", "l", "son", "sa", "ses", "leur", "leurs", "the", "his", "her", "their", "its"];

/// Whether a call noun right after a "during" word refers back to the call told before ("أكد
/// الملك خلال الاتصال …", "وأثناء المكالمة، بحث الجانبان …"): an Arabic definite noun with no
/// relative clause of its own (a pronoun of the list `relative`) after it in the sentence
/// ("خلال الاتصال الهاتفي الذي أجراه الملك أمس مع …" tells a call of its own). Calls only: "خلال الزيارة" opens the visit's own telling
/// as often as it recalls one.
pub(super) fn refers_back_after_during(text: &str, r: &Range<usize>, kind: RuleKind, sentence_end: usize, lists: &WordLists) -> bool {
    let RuleKind::Event(EventType::Call, TriggerTense::Noun) = kind else { return false };
    let definite = text[r.clone()].strip_prefix('و').unwrap_or(&text[r.clone()]).starts_with("ال");
    definite && !latin_trigger(text, r) && !lists.relative_in(text, r.end..sentence_end)
}

/// Whether a meeting noun right after a during word of the list `recalling-during` refers back
/// to the meeting told before ("وشدد الوزير، خلال الاجتماع، على …", « Lors de la réunion, le
/// ministre a insisté sur … »): an Arabic definite noun, or a Latin one after its article or a
/// possessive (English "the" is an anaphor already), with no relative clause of its own (a
/// pronoun of the list `relative`) after it in the sentence. The during words of a frame ("على
/// هامش", "on the sidelines of") are left out: talks told beside a gathering are talks of their
/// own; so is a reception or an audience (list `at-reception`), whose acts are the received's.
/// Where no meeting was told in the two sentences before, the noun tells its meeting
/// (`build::untold::tell_the_unreferred_meeting`).
pub(super) fn meeting_recalled_after_during(text: &str, during: &Range<usize>, r: &Range<usize>, kind: RuleKind, sentence_end: usize, lists: &WordLists) -> bool {
    // An Arabic word with its article is a noun whatever row finds it ("الاجتماع" is a form
    // of the row of "اجتمع").
    let RuleKind::Event(ty, tense) = kind else { return false };
    if ty.family() != EventType::Meeting || during.end > r.start || (tense != TriggerTense::Noun && latin_trigger(text, r)) {
        return false;
    }
    let during_word = text[during.clone()].to_lowercase();
    if !lists.recalling_during.has(during_word.strip_prefix('و').unwrap_or(&during_word)) {
        return false;
    }
    let gap = text[during.end..r.start].trim();
    let next_to_it = if latin_trigger(text, r) {
        gap.is_empty() || DEFINITE_OR_POSSESSIVE.contains(&gap.trim_end_matches('\'').to_lowercase().as_str())
    } else {
        gap.is_empty() && text[r.clone()].starts_with("ال")
    };
    // "Lors de l'audience", «خلال الاستقبال» (list `at-reception`): an act told there is the
    // received's (src/events/audience.rs), which reads the noun as an event of its own.
    next_to_it && !lists.relative_in(text, r.end..sentence_end) && !lists.at_reception_in(&text[during.start..r.end])
}

/// Starts of the time references of a sentence ("… وذلك بعد أيام من الإعلان عن عودة العلاقات
/// بوساطة من إدارة ترامب"): a sequel word before an event noun or a predicate noun. What is
/// named from there on is the referred event's, not a party to the events told before it.
pub(in crate::events) fn time_references(text: &str, hits: &SentenceHits, lists: &WordLists) -> Vec<usize> {
    let nouns = hits.events.iter().filter(|e| e.3 == TriggerTense::Noun).map(|e| e.0.start).chain(hits.predicates.iter().map(|p| p.start));
    let nouns: Vec<usize> = nouns.collect();
    hits.sequels.iter().filter(|s| nouns.iter().any(|&n| refers_to(text, s, n, &lists.counted_from, hits))).map(|s| s.start).collect()
}

/// Starts of the fulfilment markers of a sentence that recall an event noun ("…، تنفيذا لما
/// اتفق عليه خلال الاتصال الهاتفي بين الملك وبينيت"): what is named from there on is the
/// recalled event's, not a party to the act told before it.
pub(in crate::events) fn fulfilment_starts(text: &str, hits: &SentenceHits) -> Vec<usize> {
    hits.events.iter().filter(|e| e.3 == TriggerTense::Noun).filter_map(|e| fulfilment_recalling(text, hits, e.0.start)).collect()
}

