//! An agreement told again by its definite noun: "Israel and Morocco signed a cybersecurity
//! cooperation agreement last week. The agreement was signed in Rabat by Yigal Unna and his
//! Moroccan counterparts from the kingdom's National Defence Administration." The second
//! sentence tells who signed the agreement the first told, not a second signing: its subjects
//! are the first telling's. So the words of the second sentence are read for no subject:
//! "Defence" in the name of the Moroccan signers' administration, or "Energy" in a signer's
//! office, is no subject of the cyber agreement, and the merge, which keeps agreements of
//! different subjects apart, joins the two tellings into one row (reading no subject inside any
//! organisation's name moved thirty folders; this reads none only where the agreement was told
//! already). Both stay mentions: folding them into one (the thirty-first session's try, keeping
//! the second) changed the founding mention, so the id, of every row where the two tellings
//! already met; keeping the first instead changed the quoted sentence of those rows, which is
//! the signers' one (the mention that says most).

use super::mention::{DateHow, EventMention};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, WordLists};
use crate::text::Document;
use crate::text::lexmatch::{PhraseReach, Side, phrase_near, phrase_words_at, word_iter, WordList};

/// How many sentences back the agreement a definite noun refers to may be told.
const TOLD_WITHIN_SENTENCES: usize = 2;

/// The most words between a signing verb and its definite agreement noun, before it ("The
/// agreement was formally signed", « L'accord a été signé ») or after it («ووقع الاتفاق»,
/// "signed the memorandum").
const NOUN_REACH_WORDS: usize = 3;

/// The most words of a phrase of the list `definite-agreement` ("the cooperation agreement"
/// is no phrase of it: a noun with a subject of its own may be another agreement).
const PHRASE_WORDS: usize = 2;

/// Fold every signing told by a verb whose subject or object is a definite agreement noun
/// (word list `definite-agreement`: "the agreement", « l'accord », «الاتفاق», «المذكرة»), with
/// no day of its own, into the agreement told in the two sentences before (the nearest) when
/// that one is told by its own day and names no signer: the second telling reads its subject
/// from the first's words and takes the countries of its signatories, so that its signer and
/// place add to that agreement ("Israel's cyber directorate and Morocco's DGSSI signed a
/// memorandum earlier this month. The agreement was signed in Rabat by Yigal Unna").
pub fn agreement_told_again(out: &mut Vec<EventMention>, doc: &Document, rules: &TriggerRules) {
    let nouns = &rules.words.definite_agreements;
    if nouns.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        let verb = matches!(rules.rules[m.rule].kind, RuleKind::Event(_, tense) if tense != TriggerTense::Noun && tense != TriggerTense::Future);
        let own_day = m.date.is_some_and(|d| d.how == DateHow::Own);
        if m.event_type != EventType::Agreement || !verb || m.planned || own_day || m.aside || m.item.is_some() {
            continue;
        }
        // The agreement told as the news, by the countries that signed it and its day ("Israel
        // and Morocco signed a cybersecurity cooperation agreement last week"), with no signer
        // named: one whose signers are named is told whole, and a definite noun after it may be
        // another instrument of theirs (what the merge decides by their names and subjects).
        let told = out[..i].iter().rposition(|p| p.event_type == EventType::Agreement && p.sentence < m.sentence && m.sentence - p.sentence <= TOLD_WITHIN_SENTENCES);
        let told = told.filter(|&j| {
            let p = &out[j];
            !p.planned && p.people.is_empty() && p.role_refs.is_empty() && p.date.is_some_and(|d| d.how == DateHow::Own)
        });
        if let Some(j) = told
            && names_the_agreement(text, doc, m, nouns)
        {
            // Both tellings stay mentions of the article, so the row keeps the id its first
            // telling founds and the sentence that says most (the signers') as evidence; the
            // second reads its subjects from the first's words, so that the merge, which tells
            // agreements apart by subject, keeps them one.
            out[i].span = out[j].span.clone();
            // The countries of its signatories are the second telling's too: "The agreement was
            // signed in Rabat by Yigal Unna" names one side's signer, but the agreement of both
            // agencies told before is the one he signed. Without them the merge reads a report
            // of one side's signing beside the two sides' agreement, two rows of one act.
            let countries = out[j].countries.clone();
            out[i].add_countries(countries);
        }
    }
}

/// Whether a phrase of `nouns` stands within [`NOUN_REACH_WORDS`] words of `m`'s trigger, in
/// its clause: anywhere in the [`NOUN_REACH_WORDS`] + [`PHRASE_WORDS`] words on either side
/// (so a one-word noun may stand a word further off than a two-word one).
fn names_the_agreement(text: &str, doc: &Document, m: &EventMention, nouns: &[String]) -> bool {
    let clause = clause_of_the_trigger(doc, m);
    let window = NOUN_REACH_WORDS + PHRASE_WORDS;
    let reach = PhraseReach { window, gap: window, phrase: PHRASE_WORDS };
    phrase_near(text, clause.start..m.trigger.start, Side::Before, reach, without_conjunction, nouns) || phrase_near(text, m.trigger.end..clause.end, Side::After, reach, without_conjunction, nouns)
}

/// A word without the conjunction glued before a definite noun: «ووقع الاتفاق», «فالمذكرة».
/// The normal form is lowercase already (`text::normalize`).
pub(super) fn without_conjunction(word: &str) -> &str {
    without_letter_before_the_article(word, &['و', 'ف'])
}

/// `word` without one of `letters` glued before its article («وال…», «بال…»), or as it is.
fn without_letter_before_the_article<'a>(word: &'a str, letters: &[char]) -> &'a str {
    match word.strip_prefix(letters) {
        Some(rest) if rest.starts_with("ال") => rest,
        _ => word,
    }
}

/// How many countries a meeting names to be a gathering whose sessions are itself, not talks
/// beside it: the merge's multilateral meeting (`merge::fit`, talks on the sidelines of a
/// meeting of four countries or more).
const GATHERING_COUNTRIES: usize = 4;

/// The most words between a meeting's verb and the session it tells after it ("met again
/// Monday morning for a closing session", «اجتمع ناصر بوريطة ويائير لابيد صباح الاثنين مع
/// نظرائهم في الجلسة الختامية»): its subject and its day may stand between.
const SESSION_REACH_WORDS: usize = 10;

/// The most words of a phrase of the list `gathering-session` («الجلسة العامة الختامية»).
const SESSION_PHRASE_WORDS: usize = 3;

/// A meeting told as a session of a gathering told before ("Bourita sat down Sunday night at
/// a dinner with the top diplomats of Israel, the United States, the Emirates, Bahrain and
/// Egypt … The ministers met again Monday morning for a closing session, and Lapid
/// announced …"): its verb names a session (word list `gathering-session`: "the closing
/// session", « la séance plénière », «الجلسة الختامية»), within [`SESSION_REACH_WORDS`] in its
/// clause after it, and the nearest meeting told before it in its sentence or the two before names four
/// countries or more, among them every country the session names. The session is that
/// gathering on another of its days: it takes the gathering's names (its people, places and
/// countries), so that the merge reads it as the gathering (a meeting over two days) and not
/// as talks on its sidelines between the two members its sentence names. Talks told by their
/// own words on the sidelines ("Bourita and Lapid held talks on Tuesday on the sidelines of
/// the summit") name no session and stay talks beside it.
pub fn session_of_the_gathering(out: &mut [EventMention], doc: &Document, rules: &TriggerRules) {
    let sessions = &rules.words.gathering_sessions;
    if sessions.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type.family() != EventType::Meeting || m.aside || m.countries.len() >= GATHERING_COUNTRIES {
            continue;
        }
        let told_before = |p: &EventMention| p.sentence < m.sentence || (p.sentence == m.sentence && p.trigger.end <= m.trigger.start);
        let Some(j) = out[..i].iter().rposition(|p| p.event_type.family() == EventType::Meeting && told_before(p) && m.sentence - p.sentence <= TOLD_WITHIN_SENTENCES) else { continue };
        let gathering = &out[j];
        if gathering.aside || gathering.countries.len() < GATHERING_COUNTRIES || !m.countries.iter().all(|c| gathering.countries.contains(c)) {
            continue;
        }
        if names_a_session(text, doc, m, &rules.words) {
            // Its people, places and countries; what it was about is the session's own.
            let mut names = gathering.clone();
            names.organisations.clear();
            names.role_refs.clear();
            out[i].take_names(names);
        }
    }
}

/// Whether a phrase of `sessions` stands within [`SESSION_REACH_WORDS`] words after `m`'s
/// trigger, in its clause: the session the verb tells. One told before the verb frames it
/// ("On the sidelines of the closing session, Bourita met …", « En marge de la séance
/// plénière, … »), and so does one after a frame word (word list `session-frame`: "held talks
/// during the closing session", « après la séance de clôture », «على هامش الجلسة
/// الختامية»), its article between or none: talks beside the gathering, or on another day.
fn names_a_session(text: &str, doc: &Document, m: &EventMention, words: &WordLists) -> bool {
    let clause = clause_of_the_trigger(doc, m);
    let forms: Vec<&str> = word_iter(text, m.trigger.end..clause.end).take(SESSION_REACH_WORDS + SESSION_PHRASE_WORDS).map(|w| without_proclitic(&text[w])).collect();
    let opens_a_session = |k: usize| words.gathering_sessions.iter().any(|p| phrase_words_at(p, &forms[k..], SESSION_PHRASE_WORDS).is_some());
    let Some(k) = (0..forms.len().min(SESSION_REACH_WORDS + 1)).find(|&k| opens_a_session(k)) else { return false };
    let frame_ends_at = |end: usize| words.session_frames.iter().any(|f| (0..end).any(|from| phrase_words_at(f, &forms[from..end], FRAME_PHRASE_WORDS) == Some(end - from)));
    !(frame_ends_at(k) || (k >= 1 && frame_ends_at(k - 1)))
}

/// The most words of a phrase of the list `session-frame` ("on the sidelines of").
const FRAME_PHRASE_WORDS: usize = 4;

/// A word without the one-letter proclitic glued before its article («بالجلسة», «وفي»
/// aside): «في الجلسة الختامية» and «بالجلسة الختامية» name one session.
fn without_proclitic(word: &str) -> &str {
    without_letter_before_the_article(word, &['و', 'ف', 'ب'])
}

/// The clause of `m`'s trigger (its sentence when the sentence has no clauses).
fn clause_of_the_trigger(doc: &Document, m: &EventMention) -> std::ops::Range<usize> {
    let sentence = &doc.sentences[m.sentence];
    sentence.clause_at(m.trigger.start).map_or(sentence.range.clone(), |c| sentence.clauses[c].clone())
}

/// A gathering told by its host and its guests, some of them only as a group ("Israel hosted
/// the foreign ministers of four Arab countries and the US secretary of state at a summit on
/// Monday", « Israël a accueilli lundi les chefs de la diplomatie de quatre pays arabes lors
/// d'un sommet », «استضافت إسرائيل الاثنين وزراء خارجية أربع دول عربية في قمة»), then by its
/// members in the very next sentence, a meeting of four countries or more with no other day
/// of its own ("The Moroccan, Egyptian, Emirati and Bahraini ministers met the Israeli foreign
/// minister at the kibbutz"): the members are the guests the first sentence told as a group,
/// and the two sentences one meeting. The first sentence must name a gathering (word list
/// `gathering`: "summit", « sommet », «قمة») and a country of the members' meeting (its host);
/// both are told done, or both announced. The gathering then takes the members' names (people,
/// places, countries): without them it names its guests from abroad alone (the one named by
/// name), which the merge reads as talks of two or three countries on the summit's sidelines
/// ([`crate::merge`]), a second row of the one summit; with them, the members' report names
/// none but its people and joins it. Two sentences that each tell talks of two countries (a
/// bilateral, then another) name no gathering of four and are left as they are.
pub fn members_of_the_gathering(out: &mut [EventMention], doc: &Document, rules: &TriggerRules) {
    let gatherings = &rules.words.gatherings;
    if gatherings.is_empty() {
        return;
    }
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let members = &out[i];
        if members.event_type.family() != EventType::Meeting || members.aside || members.countries.len() < GATHERING_COUNTRIES {
            continue;
        }
        let Some(j) = out[..i].iter().rposition(|p| p.event_type.family() == EventType::Meeting && p.sentence < members.sentence) else { continue };
        let told = &out[j];
        if told.sentence + 1 != members.sentence || told.aside || told.planned != members.planned || told.countries.len() >= members.countries.len() {
            continue;
        }
        // No day of its own, or the gathering's.
        if members.date.is_some_and(|d| d.how == DateHow::Own && told.date.map(|t| t.date) != Some(d.date)) {
            continue;
        }
        if !told.countries.iter().any(|c| members.countries.contains(c)) || !names_a_gathering(text, doc, told, gatherings) {
            continue;
        }
        let mut names = members.clone();
        names.organisations.clear();
        names.role_refs.clear();
        out[j].take_names(names);
    }
}

/// Whether the sentence of `m` names a gathering (a word of `gatherings`, its proclitics and a
/// capital aside).
fn names_a_gathering(text: &str, doc: &Document, m: &EventMention, gatherings: &[String]) -> bool {
    word_iter(text, doc.sentences[m.sentence].range.clone()).any(|w| {
        let word = text[w].trim_matches(|c: char| !c.is_alphanumeric());
        if word.chars().any(char::is_uppercase) { gatherings.has_with_proclitics(&word.to_lowercase()) } else { gatherings.has_with_proclitics(word) }
    })
}
