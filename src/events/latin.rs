//! What French and English news tell differently from Arabic news, read over the event
//! mentions [`super::build_events`] made of one document (Latin-script triggers only; Arabic
//! mentions are left as they are).
//!
//! * **A call told by a meeting verb**: "s'est entretenu vendredi par téléphone avec", "held
//!   talks by video link with": the verb and the call phrase beside it are one call, not a
//!   meeting and a call.
//! * **A landing whose subject is the flight**: "Le premier vol direct … atterrira ce
//!   dimanche", "le vol inaugural … a atterri dimanche": a visit verb naming nobody, in a
//!   sentence that names a flight, is the flight's verb (Arabic tells the two apart by the
//!   verb's gender, French and English cannot).
//! * **A reception whose visitor is the subject of the story**: "Ce mardi, il a été reçu
//!   successivement par X, Y et Z", "le ministre doit s'entretenir avec X, puis avec Y": a
//!   meeting naming only people of one country, all after its verb, has as its other side the
//!   visitor of another country the sentences just before are about.
//! * **One sentence, one day**: "Arrivé mercredi à Rabat, le ministre a été reçu par son
//!   homologue, avec qui il a signé …": the date goes to the nearest verb, and the other past
//!   events of the sentence with a person in common happened that day too.
//! * **An audience is the visit**: "King Mohammed VI receives Jared Kushner and Meir
//!   Ben-Shabbat": a head of state meeting visitors of another country is their visit (the
//!   talks of its ministers stay meetings).
//! * **A trip told by its talks**: "Ushpiz visited the Moroccan capital last week, holding
//!   talks with Nasser Bourita": a visit told once, whose participle clause tells its talks, is
//!   those talks.
//! * **After the arrival**: "Shortly after his arrival, Gantz held talks with …": an event
//!   told after the arrival of a visit takes the visit's date.
//! * **A visit told without its arrival**: "This is the first official visit to Morocco by an
//!   Israeli foreign minister" is on the day of the protagonist's first talks.
//! * **An invitation is for another day**: "Au cours de cet entretien, le souverain a invité
//!   M. Netanyahou à se rendre au Maroc": the visit is planned, not on the day of the call.
//! * **A welcome at the airport is the visit** (the rule of every language, [`super::welcome`]): "He was welcomed at Rabat-Sale airport by
//!   Farouk Belkhir", "accueilli à l'aéroport par" (rows of kind `airport`): the reception on
//!   landing is part of the visit, not talks.
//! * **A photo caption repeats the story**: "Rabat, mardi 26 juillet 2022 : le ministre
//!   israélien de la Justice Gideon Saar, reçu par Abdellatif Ouahbi." — a line opened by a
//!   place, a comma, a date and a colon describes the picture of an event the article tells
//!   (a MAP dateline "Rabat, 12 mars (MAP) -" opens the story with a dash and is kept).
//! * **Who leads a delegation visits**: "Laftit a reçu mercredi une délégation conduite par la
//!   ministre israélienne de l'Intérieur": the leader is the visitor, the host comes after.
//! * **A quoted tweet tells the speaker's talks**: "Herzog wrote on Thursday: "A warm
//!   conversation with my friend King Mohammed VI …"": talks "with my …" in a quotation a
//!   named official opens with a colon are theirs, on the day the sentence gives.
//! * **A background reminder is not news**: "depuis l'accord tripartite conclu en décembre
//!   2020", told aside with a month or a year and no day, recalls an event the article is not
//!   about; it keeps no date of its own, so it joins the dated report of that event or is
//!   left out, instead of a month row beside the day row.

use std::ops::Range;

use super::mention::{DateHow, DateLink, EventMention, RoleRef};
use super::rules::{EventType, RuleKind, TriggerRules, TriggerTense, latin_trigger};
use crate::dates::{ArticleDates, DateMention};
use crate::dates::lexicon::DateLexicon;
use crate::dates::value::ExprKind;
use crate::gazetteer::{EntityKind, Found, Gazetteer};
use crate::text::Document;

/// Bytes within which a call phrase modifies a meeting verb ("s'est entretenu vendredi par
/// téléphone": a date may stand between them).
const CALL_PHRASE_REACH: usize = 40;

/// Apply the Latin-script readings above to the mentions of `doc`.
/// `article_dates` holds the document's date mentions, which [`DateLink::date`] indexes, and
/// its publication day.
pub fn refine_latin(out: &mut Vec<EventMention>, doc: &Document, found: &Found, article_dates: &ArticleDates, rules: &TriggerRules, g: &Gazetteer, lexicon: &DateLexicon) {
    let dates = article_dates.mentions.as_slice();
    let published = article_dates.anchor.date.and_then(|d| d.as_day());
    let text = doc.norm.text.as_str();
    let latin = |m: &EventMention| latin_trigger(text, &m.trigger);
    let is_verb = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, tense) if tense != TriggerTense::Noun);
    let is_past = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Past));
    drop_captions(out, doc, found, dates, g, &latin);
    dateline_place_yields_to_venue(out, doc, found, dates, g, &latin);
    talk_is_a_call(out, doc, rules, g, &latin);
    call_absorbs_meeting(out, &latin);
    quoted_talks_of_the_speaker(out, doc, found, dates, rules, g, &latin);
    signed_over_a_link(out, doc, rules, &latin);
    landing_is_flight(out, &latin, &is_verb);
    reception_carries_visitor(out, found, g, &latin);
    visit_names_the_visitor(out, found, &latin);
    protagonist_is_the_subject(out, doc, found, g, &latin, &is_verb);
    told_after_a_sequel(out, doc, rules, &latin);
    participle_of_an_aside_noun(out, doc, &latin);
    aside_names_its_own(out, found, &latin);
    for i in 0..out.len() {
        // A date an event told aside has is its own, not the sentence's: what shared it
        // ("sa première visite depuis l'accord conclu en décembre 2020") gives it back.
        let m = &out[i];
        let borrowed = m.date.is_some_and(|d| d.how != DateHow::Own);
        if borrowed && latin(m) && !m.aside && out.iter().any(|a| a.aside && a.sentence == m.sentence && a.date.map(|d| d.date) == m.date.map(|d| d.date)) {
            out[i].date = None;
        }
    }
    for m in out.iter_mut().filter(|m| latin(m)) {
        if m.planned && m.event_type == EventType::Visit && m.date.is_some_and(|d| d.how == DateHow::During) {
            m.date = None;
        }
        // "l'accord tripartite conclu en décembre 2020": a reminder, not the article's news.
        let month_or_year = m.date.and_then(|d| dates.get(d.date)).is_some_and(|d| matches!(d.expr.kind, ExprKind::Calendar(c) if c.year.is_some() && c.day.is_none()));
        if m.aside && month_or_year {
            m.date = None;
        }
    }
    sequel_parts_the_date(out, doc, dates, rules, &latin);
    share_sentence_date(out, &latin, &is_past);
    carried_by_a_connective(out, doc, rules, &latin);
    planned_during_the_visit(out, &latin);
    after_the_arrival(out, &latin);
    trip_told_by_its_talks(out, doc, &latin);
    talks_as_the_purpose(out, doc, rules, &latin);
    audience_is_the_visit(out, g, article_dates, &latin);
    host_is_not_the_visitor(out, g, &latin);
    leader_is_the_visitor(out, doc, found, rules, g, &latin);
    occasion_names_its_sides(out, g, &latin);
    call_tells_what_was_discussed(out, doc, rules, dates, &latin);
    pair_is_the_two_just_named(out, doc, rules, g, &latin);
    // After the pair has read the two sides off the welcome ("received at the airport by his
    // counterpart. On Tuesday, the two ministers signed").
    super::welcome::airport_welcome_is_the_visit(out, 0, doc, &rules.words, &latin);
    visit_without_its_arrival(out, doc, found, g, &latin, &is_past);
    visit_told_by_its_end(out, doc, dates, rules, lexicon, &latin);
    past_told_before_a_plan(out, doc, rules, &latin, &is_past);
    subject_told_by_nationality(out, doc, found, g, &latin);
    present_points_ahead(out, doc, dates, published, rules, &latin);
    programme_lines_point_ahead(out, doc, dates, rules, &latin);
}

/// "Monday: talks with Industry and Trade Minister Ryad Mezzour", "Mardi : entretien avec …",
/// under "arrives in Rabat on Sunday for a three-day visit": a line of a visit's programme (it
/// opens with a bare weekday and a colon, and tells its events by their nouns) in an article
/// that announces a visit tells what is planned for the coming weekday, not what happened on
/// the last one.
fn programme_lines_point_ahead(out: &mut [EventMention], doc: &Document, dates: &[DateMention], rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool) {
    if !out.iter().any(|v| v.event_type == EventType::Visit && v.planned && !v.aside && latin(v)) {
        return;
    }
    let text = doc.norm.text.as_str();
    let noun = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
    for m in out.iter_mut().filter(|m| latin(m) && !m.planned && !m.aside && noun(m)) {
        let sentence = doc.sentences[m.sentence].range.clone();
        let start = sentence.end - text[sentence.clone()].trim_start().len();
        let Some(k) = m.date.filter(|d| d.how == DateHow::Own).map(|d| d.date) else { continue };
        let Some(d) = dates.get(k).filter(|d| d.range.start == start && d.dateline.is_none()) else { continue };
        let bare_weekday = matches!(d.expr.kind, ExprKind::Weekday { offset: None, .. }) && d.expr.tense.is_none();
        if bare_weekday && text[d.range.end..sentence.end].trim_start().starts_with(':') {
            m.planned = true;
        }
    }
}

/// Whether sentence `si` of `doc` is a sentence of the body: it ends with a stop. A headline
/// has none, and tells in the present what happened as often as what will.
fn is_body(doc: &Document, si: usize) -> bool {
    crate::text::segment::ends_with_a_stop(&doc.norm.text[doc.sentences[si].range.clone()])
}

/// "Foreign Minister Yair Lapid lands in Rabat on Wednesday", "Yaïr Lapid arrive mercredi à
/// Rabat", written on Tuesday: a body sentence tells a past event in the past, so a present
/// verb dated by a bare weekday its clause gives no tense to is the coming one (the day itself
/// when written that day); the event is announced. A headline is read the way the body reads
/// the same weekday for an event of the same family (headlines use the present for both).
/// Written on that very weekday ("lands in Rabat on Tuesday" published on a Tuesday), the
/// present is a report of the day: the event happens as the article goes out, and is told
/// as done, not announced.
fn present_points_ahead(out: &mut [EventMention], doc: &Document, dates: &[DateMention], published: Option<chrono::NaiveDate>, rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool) {
    let today = published.map(|d| chrono::Datelike::weekday(&d));
    let bare_weekday = |m: &EventMention| {
        let d = m.date.filter(|d| d.how == DateHow::Own).and_then(|d| dates.get(d.date))?;
        match d.expr.kind {
            ExprKind::Weekday { weekday, offset: None } if d.expr.tense.is_none() && d.dateline.is_none() && Some(weekday) != today => Some(weekday),
            _ => None,
        }
    };
    // A present form after a determiner is the noun it spells ("une visite de deux jours"),
    // after an auxiliary a participle written without its accent ("est arrive mardi").
    let text = doc.norm.text.as_str();
    let after_determiner = |m: &EventMention| text[..m.trigger.start].trim_end().rsplit([' ', '\'']).next().is_some_and(|w| DETERMINERS.contains(&w) || AUXILIARIES.contains(&w));
    let present = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Present)) && !after_determiner(m);
    let mut ahead = Vec::new();
    for m in out.iter_mut().filter(|m| latin(m) && !m.planned && !m.aside && present(m) && is_body(doc, m.sentence)) {
        if let Some(day) = bare_weekday(m) {
            m.planned = true;
            ahead.push((m.event_type.family(), day));
        }
    }
    for m in out.iter_mut().filter(|m| latin(m) && !m.planned && !m.aside && !is_body(doc, m.sentence)) {
        if bare_weekday(m).is_some_and(|day| ahead.contains(&(m.event_type.family(), day))) {
            m.planned = true;
        }
    }
}

/// Auxiliaries of a compound past: a form after one is a participle ("est arrive", "has arrived").
const AUXILIARIES: &[&str] = &["est", "a", "ont", "sont", "etait", "était", "avait", "avaient", "has", "have", "had", "was", "were"];

/// The end of the id of a trigger row that tells a verb of talking ("spoke", "s'est
/// entretenu avec"): talks face to face or over the phone, which the sentence does not say.
const TALK_RULE_SUFFIX: &str = "-talk";

/// Role ids of `roles.csv` whose holders speak to each other by phone far more often than they
/// meet: heads of state and of government.
const LEADER_ROLES: &[&str] = &["king", "president", "prime_minister", "head_of_government"];

/// "Herzog holds first phone call with Morocco's King Mohammed VI" over "President Isaac Herzog
/// and King Mohammed VI spoke on Tuesday"; "Le roi Mohammed VI et le président israélien Isaac
/// Herzog se sont entretenus jeudi": a verb of talking (rows whose id ends in
/// [`TALK_RULE_SUFFIX`]) that names no place is a call when the headline tells a call with
/// someone it names (or with nobody named), or when it names leaders of two countries (heads
/// of state or government) and the article tells no visit of theirs.
fn talk_is_a_call(out: &mut [EventMention], doc: &Document, rules: &TriggerRules, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    let talk = |m: &EventMention| m.event_type == EventType::Meeting && rules.rules[m.rule].id.ends_with(TALK_RULE_SUFFIX);
    let leader = |p: usize| g.entities()[p].roles.iter().any(|r| LEADER_ROLES.contains(&r.role.as_str()));
    for i in 0..out.len() {
        let m = &out[i];
        if !talk(m) || !latin(m) || m.aside || !m.places.is_empty() {
            continue;
        }
        let headline_call = out.iter().any(|c| c.event_type == EventType::Call && latin(c) && !is_body(doc, c.sentence) && (c.people.is_empty() || c.people.iter().any(|p| m.people.contains(p))));
        let mut leaders: Vec<&crate::idset::Id> = m.people.iter().copied().filter(|&p| leader(p)).map(|p| g.country_of(p)).filter(|c| !c.is_empty()).collect();
        leaders.sort();
        leaders.dedup();
        let visit_told = out.iter().any(|v| v.event_type == EventType::Visit && !v.planned && !v.aside && v.people.iter().any(|p| m.people.contains(p)));
        if headline_call || (leaders.len() >= 2 && !visit_told) {
            out[i].event_type = EventType::Call;
        }
    }
}

/// Sentences after a call within which the pair's talks are what the call was about.
const CALL_TOPIC_SENTENCES: usize = 2;

/// "Herzog and King Mohammed VI spoke on Tuesday … The two leaders also discussed the
/// normalization of ties reached last December": talks of the pair (a pair phrase, naming
/// nobody) told in the sentence of a call or soon after, with no place and no day of their own,
/// are what the call was about, not a meeting (a month or a year in them is the topic's).
fn call_tells_what_was_discussed(out: &mut Vec<EventMention>, doc: &Document, rules: &TriggerRules, dates: &[DateMention], latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    let told_as_pair = |m: &EventMention| rules.phrases.find_in(None, text, m.span.clone()).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Pair));
    let day_of_its_own = |m: &EventMention| m.date.and_then(|d| dates.get(d.date)).is_some_and(|d| !matches!(d.expr.kind, ExprKind::Calendar(c) if c.day.is_none()));
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let talks = m.event_type == EventType::Meeting && latin(m) && !m.planned && !m.aside && m.people.is_empty() && m.role_refs.is_empty() && m.places.is_empty() && !day_of_its_own(m) && told_as_pair(m);
        let call = talks.then(|| out.iter().position(|c| c.event_type == EventType::Call && !c.aside && c.sentence <= m.sentence && m.sentence - c.sentence <= CALL_TOPIC_SENTENCES)).flatten();
        match call {
            Some(c) => {
                out.remove(i);
                if c < i {
                    continue;
                }
            }
            None => i += 1,
        }
    }
}

/// "Casablanca, le 12 mai 2022 - … ont signé jeudi à Rabat un mémorandum": the city of a
/// dateline (a place opening the sentence, a comma, a date, then a dash or the agency's name)
/// is where the story was written; a venue the event's sentence states besides wins over it.
fn dateline_place_yields_to_venue(out: &mut [EventMention], doc: &Document, found: &Found, dates: &[DateMention], g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    for m in out.iter_mut().filter(|m| latin(m) && m.places.len() >= 2) {
        let Some(place) = dateline_place(doc, m.sentence, found, dates, g) else { continue };
        if m.places.contains(&place) && m.places.iter().any(|&p| p != place) {
            m.places.retain(|&p| p != place);
        }
    }
}

/// The place of sentence `si`'s dateline, when it opens with one: a place, a comma, a date,
/// then a dash or an opening bracket ("CASABLANCA, July 21 (Reuters) -", "Rabat, le 12 mai -").
fn dateline_place(doc: &Document, si: usize, found: &Found, dates: &[DateMention], g: &Gazetteer) -> Option<usize> {
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[si].range.clone();
    let start = sentence.start + (text[sentence.clone()].len() - text[sentence.clone()].trim_start().len());
    let place = found.entities.iter().find(|e| e.range.start == start && g.entities()[e.entity].kind == EntityKind::Place)?;
    let rest = text[place.range.end..sentence.end].trim_start().strip_prefix(',')?;
    let date_start = sentence.end - rest.trim_start().len();
    // "le 12 mai 2022": an article may open the date.
    let date = dates.iter().find(|d| d.range.start >= date_start && crate::text::lexmatch::words(text, date_start..d.range.start).len() <= 1)?;
    text[date.range.end..sentence.end].trim_start().starts_with(['-', '–', '—', '(']).then_some(place.entity)
}

/// Words that may stand between a word of a visit's end and the visit noun ("wraps up a
/// three-day working visit", "a achevé mercredi une visite"): a determiner, a date, the
/// length, an adjective.
const VISIT_END_REACH_WORDS: usize = 6;

/// Words after a visit noun within which its length is told ("une visite officielle de trois
/// jours").
const VISIT_LENGTH_AFTER_WORDS: usize = 5;

/// "Defense Minister Benny Gantz wraps up a three-day visit to Morocco on Thursday", "a achevé
/// mercredi une visite de trois jours", "on Wednesday concluded a three-day working visit": a
/// visit noun told after a word of its end (word list `visit-end`) is dated by the sentence's
/// date nearest that word (a verb of ending is no event, so the date went to none), which is
/// its last day; told with its length ("three-day", "de trois jours"), the visit started
/// length − 1 days before, the day sources that tell the arrival give.
fn visit_told_by_its_end(out: &mut [EventMention], doc: &Document, dates: &[DateMention], rules: &TriggerRules, lexicon: &DateLexicon, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    // "une visite" is read by the noun and the present rows alike; a past verb is its own event.
    let noun = |m: &EventMention| !matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Past));
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Visit || !latin(m) || !noun(m) || m.planned || m.aside || m.date.is_some_and(|d| d.how != DateHow::Own) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let Some(end) = visit_end_before(text, sentence.start..m.trigger.start, &rules.words.visit_ends) else { continue };
        let between = end.end..m.trigger.start;
        let other_event = out.iter().any(|o| o.sentence == m.sentence && o.trigger.start >= between.start && o.trigger.end <= between.end);
        if other_event || text[between.clone()].contains(CLAUSE_BREAK_LATIN) || crate::text::lexmatch::words(text, between.clone()).len() > VISIT_END_REACH_WORDS {
            continue;
        }
        // The date: the visit's own, else the sentence's nearest the end word (not a date line's).
        let nearest = dates
            .iter()
            .enumerate()
            .filter(|(_, d)| d.dateline.is_none() && sentence.start <= d.range.start && d.range.end <= sentence.end)
            .min_by_key(|(_, d)| d.range.start.abs_diff(end.start).min(d.range.end.abs_diff(end.start)))
            .map(|(k, _)| DateLink { date: k, how: DateHow::Own });
        let Some(date) = m.date.or(nearest) else { continue };
        let after_words = crate::text::lexmatch::words(text, m.trigger.end..sentence.end);
        let after_end = after_words.get(VISIT_LENGTH_AFTER_WORDS.min(after_words.len()).saturating_sub(1)).map_or(m.trigger.end, |w| w.end);
        let shift = super::visit_end::start_offset_by_length(&[&text[between], &text[m.trigger.end..after_end]], lexicon);
        out[i].date = Some(date);
        if let Some(shift) = shift {
            out[i].shift = shift;
        }
    }
}

/// "The Israeli minister arrived in Rabat on Sunday and is scheduled to meet …": a past verb
/// is what happened; a plan marker told only after it, in its sentence, is the next clause's
/// (a marker before it, "is expected to sign … he arrived", still governs).
fn past_told_before_a_plan(out: &mut [EventMention], doc: &Document, rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool, is_past: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    for m in out.iter_mut() {
        if !m.planned || !latin(m) || !is_past(m) {
            continue;
        }
        let before = doc.sentences[m.sentence].range.start..m.trigger.start;
        let marker_before = rules.phrases.find_in(None, text, before).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Planned));
        if !marker_before {
            m.planned = false;
        }
    }
}

/// Definite articles that open a subject told by its office and nationality ("The Israeli
/// diplomat", "La ministre israélienne"): someone the article has named, or means to.
const DEFINITE_ARTICLES: &[&str] = &["the", "le", "la", "les", "l"];

/// "Israel's Economy Minister Orna Barbivai is in Morocco … The Israeli minister arrived in
/// Rabat on Sunday": a visit naming nobody, whose subject is a definite office of a
/// nationality, is the visit of the last person of that country named in the sentences before
/// it (the lead included). When the article names nobody of that country ("The Israeli
/// diplomat arrived on Monday …, without naming the envoy"), it gives no row: a visit without
/// a visitor is no event a reader can place.
fn subject_told_by_nationality(out: &mut Vec<EventMention>, doc: &Document, found: &Found, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let nameless = m.event_type == EventType::Visit && latin(m) && !m.aside && m.people.is_empty() && m.role_refs.is_empty();
        let sentence = doc.sentences[m.sentence].range.clone();
        let definite = || crate::text::lexmatch::words(text, sentence.start..m.trigger.start).first().is_some_and(|w| DEFINITE_ARTICLES.contains(&&text[w.clone()]));
        let Some(country) = nameless.then(|| subject_nationality(text, m, found, g)).flatten().filter(|_| definite()) else {
            i += 1;
            continue;
        };
        let named = found.entities.iter().rev().filter(|e| e.range.end <= sentence.start).find(|e| g.entities()[e.entity].kind == EntityKind::Person && *g.country_of(e.entity) == country).map(|e| e.entity);
        match named {
            Some(p) => {
                out[i].people.push(p);
                out[i].carried_actor = Some(p);
                i += 1;
            }
            None => {
                out.remove(i);
            }
        }
    }
}

/// Latin clause breaks: a word of a visit's end does not reach over one.
const CLAUSE_BREAK_LATIN: &[char] = &[',', ';', ':', '.', '(', ')', '«', '»', '—', '–'];

/// The last word of a visit's end (`ends`: normalised forms) in `range`, at word boundaries.
fn visit_end_before(text: &str, range: Range<usize>, ends: &[String]) -> Option<Range<usize>> {
    phrases_in(text, range, ends).max_by_key(|r| r.end)
}

/// Where the phrases `forms` (normalised) stand in `range`, at word boundaries (a list of a
/// few words checked in one sentence, not worth the automaton).
fn phrases_in<'a>(text: &'a str, range: Range<usize>, forms: &'a [String]) -> impl Iterator<Item = Range<usize>> + 'a {
    let hay = &text[range.clone()];
    let boundary = |s: &str, at_end: bool| if at_end { s.chars().next_back() } else { s.chars().next() }.is_none_or(|c| !c.is_alphanumeric());
    forms.iter().flat_map(move |f| hay.match_indices(f.as_str()).filter(move |(at, _)| boundary(&hay[..*at], true) && boundary(&hay[at + f.len()..], false)).map(move |(at, f)| range.start + at..range.start + at + f.len()))
}

/// Words after a visit's trigger within which a `led-by` phrase tells who leads it ("une
/// délégation conduite par", "a delegation of senior officials led by").
const LED_BY_AFTER_WORDS: usize = 5;

/// Words after a `led-by` phrase within which its leader is named (a title first: "conduite
/// par la ministre israélienne de l'Intérieur, Ayelet Shaked").
const LEADER_REACH_WORDS: usize = 10;

/// "Abdelouafi Laftit a reçu mercredi une délégation conduite par la ministre israélienne de
/// l'Intérieur", "the minister received a delegation led by …": the person named after a
/// `led-by` phrase just after a visit's trigger leads the delegation, so is its visitor, named
/// first with those of their country named after them; the host who received it comes after.
fn leader_is_the_visitor(out: &mut [EventMention], doc: &Document, found: &Found, rules: &TriggerRules, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Visit && latin(m) && m.people.len() >= 2) {
        let sentence = doc.sentences[m.sentence].range.clone();
        let reach = crate::text::lexmatch::word_iter(text, m.trigger.end..sentence.end).take(LED_BY_AFTER_WORDS + 2).last().map_or(m.trigger.end, |w| w.end);
        let Some(led) = phrases_in(text, m.trigger.end..reach, &rules.words.leads).min_by_key(|r| r.start) else { continue };
        let named_by = crate::text::lexmatch::word_iter(text, led.end..sentence.end).take(LEADER_REACH_WORDS).last().map_or(led.end, |w| w.end);
        let leader = found.entities.iter().find(|e| e.range.start >= led.end && e.range.end <= named_by && g.entities()[e.entity].kind == EntityKind::Person && m.people.contains(&e.entity));
        let Some(leader) = leader.map(|e| e.entity) else { continue };
        let country = g.country_of(leader).clone();
        let named_after = |p: usize| found.entities.iter().any(|e| e.entity == p && e.range.start >= led.end && e.range.end <= sentence.end);
        let (visitors, hosts): (Vec<usize>, Vec<usize>) = m.people.iter().partition(|&&p| p == leader || (!country.is_empty() && *g.country_of(p) == country && named_after(p)));
        let mut visitors = visitors;
        visitors.sort_by_key(|&p| p != leader);
        m.people = visitors.into_iter().chain(hosts).collect();
    }
}



/// "Gantz held talks with his Moroccan counterpart Abdellatif Loudiyi. The two men inked a
/// defense memorandum the next day": an event of the article's two sides (a pair phrase: "the
/// two men", "the two ministers", "both sides"), in the sentence of or after one whose event
/// named people of two countries, is theirs (meetings, calls and agreements: the events with
/// two sides). It names nobody, or only some of them ("Talbi Alami received his Israeli guest
/// …, and the two speakers signed a memorandum": its scope names the host, not the guest).
fn pair_is_the_two_just_named(out: &mut [EventMention], doc: &Document, rules: &TriggerRules, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    // "The two men signed", "Les deux présidents de chambre ont signé": the pair phrase tells
    // the two sides even where the article names one country only ("Knesset Speaker … received
    // by the speaker of the House of Representatives"), so the mention has one country.
    let told_as_pair = |m: &EventMention| rules.phrases.find_in(None, text, m.span.clone()).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Pair));
    for i in 0..out.len() {
        let m = &out[i];
        // A flight or an opening has no sides: "airlines of both nations" are not the people.
        let two_sided = matches!(m.event_type, EventType::Meeting | EventType::Call | EventType::Agreement);
        if !two_sided || !latin(m) || m.aside || (m.countries.len() < 2 && !told_as_pair(m)) {
            continue;
        }
        let just_named = out[..i].iter().rev().take_while(|p| m.sentence - p.sentence <= 1).find(|p| {
            let mut countries: Vec<&crate::idset::Id> = p.people.iter().map(|&q| g.country_of(q)).filter(|c| !c.is_empty()).collect();
            countries.sort();
            countries.dedup();
            let some_of_them = p.people.len() > m.people.len() && m.people.iter().all(|q| p.people.contains(q));
            countries.len() >= 2 && some_of_them
        });
        // "Bourita a reçu mercredi Lapid. Les deux ministres ont procédé à la signature de trois
        // accords": an undated signing of the two takes the day they were just told together.
        // ("The two top diplomats discussed …" after a call is what the call was about.)
        let date = just_named.filter(|p| m.event_type == EventType::Agreement && !p.planned && !m.planned && m.date.is_none()).and_then(|p| p.date);
        if let Some(people) = just_named.map(|p| p.people.clone()) {
            out[i].people = people;
        }
        if let Some(d) = date {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::Carried });
        }
    }
}

/// Role ids of `roles.csv` that are heads of state: the audience one of them grants visitors
/// of another country is their visit.
const HEAD_OF_STATE_ROLES: &[&str] = &["king", "president"];

/// Role ids of `roles.csv` whose holders are posted in the other country (an ambassador, the
/// head of a liaison office): received there, they do not travel.
const RESIDENT_ENVOY_ROLES: &[&str] = &["ambassador", "liaison_office_head"];

/// "King Mohammed VI of Morocco receives … Jared Kushner … and … Meir Ben-Shabbat": a meeting
/// (not a call) of one head of state with people of another country, none of them a head of
/// state too (that is a summit), is the visitors' visit: the reference timelines record a royal
/// or presidential audience as the visit, and the ministers' talks of the same trip as meetings.
/// Where the article tells the guests' visit already ("La délégation a été reçue le jour même
/// par le Roi" after its landing), the audience is dropped as part of it.
fn audience_is_the_visit(out: &mut Vec<EventMention>, g: &Gazetteer, article_dates: &ArticleDates, latin: &dyn Fn(&EventMention) -> bool) {
    let head_of_state = |p: usize| g.entities()[p].roles.iter().any(|r| HEAD_OF_STATE_ROLES.contains(&r.role.as_str()));
    // Posted there on the event's day (else the publication day), as offices are resolved: a
    // former ambassador received by the king has travelled.
    let day = |m: &EventMention| {
        let stated = m.date.and_then(|l| article_dates.resolved.get(l.date).copied().flatten()).map(|r| r.value.start);
        stated.or(article_dates.anchor.date.map(|a| a.start))
    };
    let resident_envoy = |p: usize, m: &EventMention| g.entities()[p].holds_on(RESIDENT_ENVOY_ROLES, day(m));
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let heads: Vec<usize> = m.people.iter().copied().filter(|&p| head_of_state(p)).collect();
        let audience = m.event_type == EventType::Meeting && latin(m) && !m.aside && !m.date.is_some_and(|d| d.how == DateHow::During);
        let (true, [host]) = (audience, &heads[..]) else {
            i += 1;
            continue;
        };
        // The guests are named, or told by their country ("with the leaders of a combined
        // American and Israeli delegation").
        let country = g.country_of(*host).clone();
        let guest = |p: &usize| !g.country_of(*p).is_empty() && *g.country_of(*p) != country;
        // "received in audience the head of Israel's liaison office": an envoy posted in the
        // host's country lives there; the audience is talks, not a visit (and so is the
        // headline's "receives Israeli envoy" that names no guest).
        let resident_audience = |m: &EventMention| m.people.contains(host) && m.people.iter().any(guest) && m.people.iter().filter(|p| guest(p)).all(|&p| resident_envoy(p, m));
        if resident_audience(m) || (m.people.len() == 1 && out.iter().any(|o| o.event_type == EventType::Meeting && latin(o) && resident_audience(o))) {
            i += 1;
            continue;
        }
        let named_guest = m.people.iter().any(guest);
        let told_guest = m.people.len() == 1 && m.countries.iter().any(|c| *c != country);
        if !(named_guest || told_guest) {
            i += 1;
            continue;
        }
        // The article tells the guests' visit already: the audience is part of it.
        let visit_told = out.iter().any(|v| v.event_type == EventType::Visit && !v.planned && v.people.iter().any(guest));
        if visit_told {
            out.remove(i);
        } else {
            // The guests are the visitors: named first, as a visit names its visitor.
            let (guests, hosts): (Vec<usize>, Vec<usize>) = out[i].people.iter().partition(|p| guest(p));
            out[i].people = guests.into_iter().chain(hosts).collect();
            out[i].event_type = EventType::Visit;
            i += 1;
        }
    }
}

/// "Sa Majesté le Roi Mohammed VI a reçu mardi … une délégation conduite par Jared Kushner et
/// Meir Ben-Shabbat, arrivée le jour même": a visit naming a head of state first and people
/// of another country who are no heads of state is theirs: the head of state is the host (the
/// visitor is named first).
fn host_is_not_the_visitor(out: &mut [EventMention], g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    let head_of_state = |p: usize| g.entities()[p].roles.iter().any(|r| HEAD_OF_STATE_ROLES.contains(&r.role.as_str()));
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Visit && latin(m)) {
        let Some(&host) = m.people.first().filter(|&&p| head_of_state(p)) else { continue };
        let country = g.country_of(host).clone();
        let guest = |p: &usize| !g.country_of(*p).is_empty() && *g.country_of(*p) != country && !head_of_state(*p);
        if m.people.iter().any(guest) {
            let (guests, hosts): (Vec<usize>, Vec<usize>) = m.people.iter().partition(|p| guest(p));
            m.people = guests.into_iter().chain(hosts).collect();
        }
    }
}

/// "À cette occasion, une déclaration conjointe a été signée", "On that occasion, an agreement
/// was signed": an event of two sides naming nobody, dated by a connective from the sentence
/// before (the build's carried date), is between the people of two countries that sentence's
/// event with that date names.
fn occasion_names_its_sides(out: &mut [EventMention], g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    for i in 0..out.len() {
        let m = &out[i];
        let two_sided = matches!(m.event_type, EventType::Meeting | EventType::Call | EventType::Agreement);
        let Some(d) = m.date.filter(|d| d.how == DateHow::Carried) else { continue };
        if !two_sided || !latin(m) || m.aside || !m.people.is_empty() || !m.role_refs.is_empty() || m.sentence == 0 {
            continue;
        }
        let told = out[..i].iter().rev().take_while(|p| p.sentence + 1 >= m.sentence).find(|p| {
            let mut countries: Vec<&crate::idset::Id> = p.people.iter().map(|&q| g.country_of(q)).filter(|c| !c.is_empty()).collect();
            countries.sort();
            countries.dedup();
            p.date.is_some_and(|e| e.date == d.date) && countries.len() >= 2
        });
        if let Some(p) = told.cloned() {
            out[i].take_names(p);
        }
    }
}

/// "Shortly after his arrival, Gantz held talks with his Moroccan counterpart", after "Gantz
/// touched down in Rabat late on Tuesday": an undated event in a sentence that tells an
/// arrival or visit aside, after a sequel word, takes the date of the nearest dated visit told
/// before it with a person in common.
fn after_the_arrival(out: &mut [EventMention], latin: &dyn Fn(&EventMention) -> bool) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.aside || !latin(m) || m.event_type.family() == EventType::Visit {
            continue;
        }
        let arrival_aside = out.iter().any(|a| a.aside && a.sentence == m.sentence && a.event_type == EventType::Visit && a.trigger.end <= m.trigger.start);
        if !arrival_aside {
            continue;
        }
        let visit = out[..i]
            .iter()
            .rev()
            .filter(|v| v.event_type == EventType::Visit && !v.aside && v.planned == m.planned && v.sentence <= m.sentence)
            .find(|v| v.date.is_some() && v.people.iter().any(|p| m.people.contains(p)));
        if let Some(d) = visit.and_then(|v| v.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
        }
    }
}

/// "Alon Ushpiz visited the Moroccan capital last week, holding talks with Foreign Minister
/// Nasser Bourita": a visit the article tells in one sentence only, followed in its sentence
/// by talks in a participle clause (a comma, then a word in -ing before the meeting's
/// trigger), is those talks: the meeting takes in the visit's names (and its date if it has
/// none) and the visit is dropped. A visit told again elsewhere (its visitor's trip in other
/// sentences) stays a visit.
fn trip_told_by_its_talks(out: &mut Vec<EventMention>, doc: &Document, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let v = &out[i];
        let talks = (v.event_type == EventType::Visit && latin(v) && !v.planned && !v.aside)
            .then(|| {
                out.iter().position(|m| {
                    m.event_type == EventType::Meeting && m.sentence == v.sentence && !m.planned && m.trigger.start > v.trigger.end && {
                        let between = &text[v.trigger.end..m.trigger.start];
                        // "…, holding talks with", or the trigger itself: "…, meeting Bourita".
                        let ing = |w: &str| w.len() > 4 && w.ends_with("ing");
                        let participle = between.trim_end().rsplit(' ').next().is_some_and(ing) || text[m.trigger.clone()].split(' ').next().is_some_and(ing);
                        between.contains(',') && participle && !between.contains(['.', ';'])
                    }
                })
            })
            .flatten();
        let told_elsewhere = |v: &EventMention| out.iter().any(|o| o.event_type == EventType::Visit && o.sentence != v.sentence && o.people.iter().any(|p| v.people.contains(p)));
        match talks {
            Some(t) if !told_elsewhere(&out[i]) => {
                let visit = out.remove(i);
                let t = if t > i { t - 1 } else { t };
                absorb(&mut out[t], visit);
            }
            _ => i += 1,
        }
    }
}

/// "arrived in Rabat on Monday for talks on police cooperation", "arrive jeudi à Marrakech pour
/// des entretiens": talks told as the purpose of a trip (a noun after a `purpose` word, an
/// article allowed between, the visit's verb before it in the sentence with no other event
/// between) are what the visit is for. A date told between is the visit's; talks that name no
/// one of the other side (no second person, no office) are no row of their own.
fn talks_as_the_purpose(out: &mut Vec<EventMention>, doc: &Document, rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    let is_noun = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let purpose = (m.event_type == EventType::Meeting && latin(m) && is_noun(m) && !m.aside)
            .then(|| {
                let mut before = crate::text::lexmatch::words(text, doc.sentences[m.sentence].range.start..m.trigger.start);
                if before.last().is_some_and(|w| DETERMINERS.contains(&&text[w.clone()]) || text[w.clone()] == *"des") {
                    before.pop();
                }
                let word = before.last().map(|w| &text[w.clone()])?;
                rules.words.purposes.iter().any(|p| p == word).then_some(())?;
                out.iter().position(|v| {
                    v.event_type == EventType::Visit && v.sentence == m.sentence && v.trigger.end <= m.trigger.start && !is_noun(v) && !out.iter().any(|o| o.sentence == m.sentence && o.trigger.start >= v.trigger.end && o.trigger.end <= m.trigger.start)
                })
            })
            .flatten();
        let Some(v) = purpose else {
            i += 1;
            continue;
        };
        let date = out[i].date.filter(|d| d.how == DateHow::Own && out[v].date.is_none_or(|vd| vd.how != DateHow::Own));
        if let Some(d) = date {
            out[v].date = Some(d);
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
        }
        let other_side = out[i].people.len() >= 2 || !out[i].role_refs.is_empty();
        if other_side {
            i += 1;
        } else {
            let talks = out.remove(i);
            let v = if v > i { v - 1 } else { v };
            absorb(&mut out[v], talks);
        }
    }
}

/// Whether sentence `si` of `doc` opens as a photo caption: a place, a comma, a date, a colon
/// ("Rabat, mardi 26 juillet 2022 : …").
fn is_caption(doc: &Document, si: usize, found: &Found, dates: &[DateMention], g: &Gazetteer) -> bool {
    let text = doc.norm.text.as_str();
    let sentence = doc.sentences[si].range.clone();
    let start = sentence.start + (text[sentence.clone()].len() - text[sentence.clone()].trim_start().len());
    let Some(place) = found.entities.iter().find(|e| e.range.start == start && g.entities()[e.entity].kind == EntityKind::Place) else { return false };
    let Some(rest) = text[place.range.end..sentence.end].trim_start().strip_prefix(',') else { return false };
    let after_comma = sentence.end - rest.len();
    let date_start = after_comma + (rest.len() - rest.trim_start().len());
    dates.iter().find(|d| d.range.start == date_start).is_some_and(|d| text[d.range.end..sentence.end].trim_start().starts_with(':'))
}

/// Drop the Latin-script mentions told in a photo caption (see [`is_caption`]).
fn drop_captions(out: &mut Vec<EventMention>, doc: &Document, found: &Found, dates: &[DateMention], g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    let mut captions: Vec<(usize, bool)> = Vec::new();
    out.retain(|m| {
        if !latin(m) {
            return true;
        }
        let caption = match captions.iter().find(|(s, _)| *s == m.sentence) {
            Some(&(_, c)) => c,
            None => {
                let c = is_caption(doc, m.sentence, found, dates, g);
                captions.push((m.sentence, c));
                c
            }
        };
        !caption
    });
}

/// "Il devrait s'entretenir avec l'inspecteur général des FAR, ainsi qu'avec Abdellatif
/// Loudiyi", after "Aviv Kochavi est attendu à Rabat à la mi-juillet pour une visite": an
/// undated meeting announced with the visitor of a dated visit told before it in the article
/// takes place during that visit, so at its date (the nearest such visit).
fn planned_during_the_visit(out: &mut [EventMention], latin: &dyn Fn(&EventMention) -> bool) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || !m.planned || m.aside || !latin(m) || !matches!(m.event_type, EventType::Meeting | EventType::Call) {
            continue;
        }
        let visit = out[..i]
            .iter()
            .rev()
            .filter(|v| v.event_type == EventType::Visit && v.sentence < m.sentence && !v.aside)
            .find(|v| v.date.is_some() && v.people.first().is_some_and(|p| m.people.contains(p)));
        if let Some(d) = visit.and_then(|v| v.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
        }
    }
}

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

/// Move what `from` names into `into` (see [`EventMention::take_names`]), and its date when
/// `into` has none.
fn absorb(into: &mut EventMention, from: EventMention) {
    if into.date.is_none() {
        into.date = from.date;
    }
    into.take_names(from);
}

/// "s'est entretenu vendredi par téléphone avec …": the meeting verb beside a call phrase is
/// the call (its status is the verb's).
fn call_absorbs_meeting(out: &mut Vec<EventMention>, latin: &dyn Fn(&EventMention) -> bool) {
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let call = (m.event_type == EventType::Meeting && latin(m))
            .then(|| out.iter().position(|c| c.event_type == EventType::Call && c.sentence == m.sentence && latin(c) && distance(&c.trigger, &m.trigger) <= CALL_PHRASE_REACH))
            .flatten();
        match call {
            Some(c) => {
                let meeting = out.remove(i);
                let c = if c > i { c - 1 } else { c };
                let planned = meeting.planned;
                absorb(&mut out[c], meeting);
                out[c].planned = planned;
            }
            None => i += 1,
        }
    }
}

/// What ends a quotation before its talks would be the speaker's: a closing straight quote
/// (normalisation keeps only those) or a stop.
const QUOTE_ENDS: &[char] = &['"', '.', ';'];

/// Words after a trigger within which the speaker's possessive tells that the talks are theirs
/// ("A warm conversation with my friend", "un entretien chaleureux avec mon ami").
const FIRST_PERSON_REACH_WORDS: usize = 4;

/// "Naftali Bennett wrote on Twitter on Sunday: "A warm conversation with my friend King
/// Mohammed VI"", "Yaïr Lapid a écrit lundi : « Un entretien chaleureux avec mon ami Nasser
/// Bourita »": talks (a meeting or call) told in a quotation opened by a colon after a named
/// person, "with my …" (word list `first-person`), are the speaker's own talks with the one
/// named, dated by the day the sentence gives before the quotation (a statement reports what
/// it is about on its day), not by a date the quotation tells after them. The speaker is named
/// first.
fn quoted_talks_of_the_speaker(out: &mut [EventMention], doc: &Document, found: &Found, dates: &[DateMention], rules: &TriggerRules, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    for m in out.iter_mut() {
        // A date the quotation tells after the talks is what they were about ("… with my friend
        // King Mohammed VI, to whom I wished a blessed Eid al-Fitr"), not their day.
        let told_after = |d: &DateLink| dates.get(d.date).is_some_and(|d| d.range.start >= m.trigger.end);
        if !matches!(m.event_type, EventType::Meeting | EventType::Call) || !latin(m) || m.date.is_some_and(|d| !told_after(&d)) || m.planned || m.aside {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let before = &text[sentence.start..m.trigger.start];
        // Normalisation drops guillemets and curly quotes: the colon opens the quotation.
        let Some(colon) = before.rfind(':') else { continue };
        let opened = sentence.start + colon;
        if text[opened + 1..m.trigger.start].trim_start().trim_start_matches('"').contains(QUOTE_ENDS) {
            continue;
        }
        let first_person = crate::text::lexmatch::word_iter(text, m.trigger.end..sentence.end).take(FIRST_PERSON_REACH_WORDS).any(|w| rules.words.first_person.iter().any(|p| *p == text[w.clone()]));
        if !first_person {
            continue;
        }
        let introduced = sentence.start..opened;
        let speaker = found.entities.iter().rev().find(|e| introduced.start <= e.range.start && e.range.end <= introduced.end && g.entities()[e.entity].kind == EntityKind::Person).map(|e| e.entity);
        let day = dates.iter().position(|d| d.dateline.is_none() && introduced.start <= d.range.start && d.range.end <= introduced.end);
        let (Some(speaker), Some(day)) = (speaker, day) else { continue };
        m.people.retain(|&p| p != speaker);
        m.people.insert(0, speaker);
        m.countries.push(g.country_of(speaker).clone());
        m.countries.retain(|c| !c.is_empty());
        m.countries.sort();
        m.countries.dedup();
        m.date = Some(DateLink { date: day, how: DateHow::Reported });
    }
}

/// "Le premier vol direct … atterrira ce dimanche": a visit verb that names nobody, in a
/// sentence naming a flight, is what the flight does; the flight takes its date and status.
fn landing_is_flight(out: &mut Vec<EventMention>, latin: &dyn Fn(&EventMention) -> bool, is_verb: &dyn Fn(&EventMention) -> bool) {
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let flight = (m.event_type == EventType::Visit && latin(m) && is_verb(m) && m.people.is_empty() && m.role_refs.is_empty() && !m.aside)
            .then(|| out.iter().position(|f| f.event_type == EventType::Flight && f.sentence == m.sentence && !f.aside))
            .flatten();
        match flight {
            Some(f) => {
                let landing = out.remove(i);
                let f = if f > i { f - 1 } else { f };
                let planned = landing.planned;
                let dated = landing.date.is_some();
                absorb(&mut out[f], landing);
                if dated {
                    out[f].planned = planned;
                }
            }
            None => i += 1,
        }
    }
}

/// "Ce mardi, il a été reçu successivement par X, Y et Z": a meeting or call whose named
/// people (two or more; one is the build stage's case, unless the actor it carried over is of
/// their own country) are all of one country and all after its trigger takes as its other
/// side the people of another country the last mention of the two sentences before naming
/// any names.
fn reception_carries_visitor(out: &mut [EventMention], found: &Found, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool) {
    for i in 0..out.len() {
        let m = &out[i];
        if !matches!(m.event_type, EventType::Meeting | EventType::Call) || !latin(m) || m.people.len() < 2 || !m.role_refs.is_empty() {
            continue;
        }
        let country = g.country_of(m.people[0]);
        if country.is_empty() || m.people.iter().any(|&p| g.country_of(p) != country) {
            continue;
        }
        // "Arrivée le matin même …, la délégation a été reçue en audience par le Roi", after a
        // sentence naming the Moroccan Prime Minister first: an actor the build carried over
        // of the host's own country is not the other side.
        let carried = m.carried_actor;
        // Every person of its scope comes after the trigger: the subject is left implicit.
        let named_before = found.entities.iter().any(|e| m.span.start <= e.range.start && e.range.end <= m.trigger.start && g.entities()[e.entity].kind == EntityKind::Person);
        if named_before {
            continue;
        }
        // The visitors are everyone of another country that mention names ("la délégation",
        // after "… avec Jared Kushner et Meir Ben-Shabbat").
        let visitors: Vec<usize> = out[..i]
            .iter()
            .rev()
            .take_while(|p| m.sentence - p.sentence <= 2)
            .filter(|p| p.sentence < m.sentence)
            .map(|p| p.people.iter().copied().filter(|&a| !g.country_of(a).is_empty() && g.country_of(a) != country).collect::<Vec<usize>>())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        if let Some(&actor) = visitors.first() {
            let m = &mut out[i];
            m.people.retain(|&p| Some(p) != carried);
            for (k, &v) in visitors.iter().enumerate() {
                m.people.insert(k, v);
                m.countries.push(g.country_of(v).clone());
            }
            m.carried_actor = Some(actor);
            m.countries.sort();
            m.countries.dedup();
        }
    }
}

/// "Le ministre, qui a atterri à Rabat tard hier soir", "il a eu un entretien avec son
/// homologue, le ministre délégué Abdellatif Loudiyi": French and English name the subject of
/// a story once, then write "le ministre", "il", "the minister". A visit or opening verb that
/// names nobody, and a meeting or call naming one person, take the protagonist — the person the
/// article's earlier mentions name most often (the first of them on a tie) — as the visitor or
/// the other side, when the protagonist is of another country than the one person named.
fn protagonist_is_the_subject(out: &mut [EventMention], doc: &Document, found: &Found, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool, is_verb: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if !latin(m) || m.aside || m.carried_actor.is_some() {
            continue;
        }
        // Someone whose every office ended before 2010 is named, not taking part ("un passage
        // au mausolée Mohammed V"); the resolver leaves them out later.
        let living: Vec<usize> = m.people.iter().copied().filter(|&p| !of_the_past(p, g)).collect();
        let wants = match m.event_type {
            EventType::Visit => is_verb(m) && living.is_empty(),
            EventType::Meeting | EventType::Call => living.len() == 1,
            // "Jeudi, il doit inaugurer le bureau de liaison": who opens it is the subject.
            EventType::Opening => is_verb(m) && living.is_empty(),
            // "a achevé une visite …, au cours de laquelle il a signé un mémorandum avec son
            // homologue X": the signer is the subject the sentence told first.
            EventType::Agreement => is_verb(m) && living.len() == 1,
            _ => false,
        };
        if !wants {
            continue;
        }
        // "Le ministre israélien était arrivé la veille", "The Israeli minister had arrived":
        // a subject told by its nationality is the protagonist of that country.
        let nationality = subject_nationality(text, m, found, g);
        let of_nationality = |p: usize| nationality.as_ref().is_none_or(|c| g.country_of(p) == c);
        // A signing takes the subject of its own sentence too ("il a signé" in a relative clause
        // of the visit's sentence); the others, only the story's before it.
        let told_before = |p: &&EventMention| p.sentence < m.sentence || (m.event_type == EventType::Agreement && p.sentence == m.sentence);
        let Some(protagonist) = protagonist(out[..i].iter().filter(told_before), of_nationality) else { continue };
        let country = g.country_of(protagonist);
        if country.is_empty() || living.iter().any(|&p| p == protagonist || g.country_of(p) == country) {
            continue;
        }
        // "Le ministre, qui a atterri": an office of the protagonist's country is the
        // protagonist's; one of another country names someone else.
        let office_elsewhere = m.role_refs.iter().any(|r| {
            let (RoleRef::Office { country: c, .. } | RoleRef::Counterpart { country: c }) = r;
            c != country || matches!(r, RoleRef::Counterpart { .. })
        });
        if office_elsewhere {
            continue;
        }
        let country = country.clone();
        let m = &mut out[i];
        m.people.insert(0, protagonist);
        m.carried_actor = Some(protagonist);
        m.countries.push(country);
        m.countries.sort();
        m.countries.dedup();
    }
}

/// The person `mentions` name most often (the first of them on a tie): the subject of the
/// story, whom French and English then call "le ministre", "he", "the visit".
fn protagonist<'a>(mentions: impl Iterator<Item = &'a EventMention>, keep: impl Fn(usize) -> bool) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for p in mentions.flat_map(|p| p.people.iter().copied()).filter(|&p| keep(p)) {
        match counts.iter_mut().find(|(q, _)| *q == p) {
            Some((_, n)) => *n += 1,
            None => counts.push((p, 1)),
        }
    }
    let best = counts.iter().map(|&(_, n)| n).max()?;
    counts.iter().find(|&&(_, n)| n == best).map(|&(p, _)| p)
}

/// "This is the first official visit to Morocco by an Israeli foreign minister", in a story
/// telling that "On Wednesday, Lapid and Nasser Bourita … discussed …" and never when Lapid
/// arrived: a visit told without its arrival is on the day of the first talks or signing of
/// the story's protagonist (the first told, with its own date), and is the protagonist's when
/// it names nobody. A story that dates the arrival ("who landed in Morocco on Tuesday")
/// dates the visit by it instead.
fn visit_without_its_arrival(out: &mut [EventMention], doc: &Document, found: &Found, g: &Gazetteer, latin: &dyn Fn(&EventMention) -> bool, is_past: &dyn Fn(&EventMention) -> bool) {
    // "The Moroccan minister was making his first visit to Israel", in a story whose most
    // named person is the Israeli host: the visit's subject told by its nationality is the
    // protagonist of that country.
    let text = doc.norm.text.as_str();
    let nationality = out.iter().filter(|m| m.event_type == EventType::Visit && latin(m) && !m.planned && !m.aside && m.date.is_none() && m.people.is_empty()).find_map(|m| subject_nationality(text, m, found, g));
    let of_nationality = |p: usize| nationality.as_ref().is_none_or(|c| g.country_of(p) == c);
    let Some(hero) = protagonist(out.iter().filter(|m| latin(m)), of_nationality) else { return };
    let arrival_told = out.iter().any(|v| v.event_type == EventType::Visit && is_past(v) && !v.planned && v.date.is_some() && v.people.contains(&hero));
    if arrival_told {
        return;
    }
    let talks = out
        .iter()
        .find(|m| matches!(m.event_type, EventType::Meeting | EventType::Agreement) && latin(m) && !m.planned && !m.aside && m.date.is_some_and(|d| d.how == DateHow::Own) && m.people.contains(&hero))
        .and_then(|m| m.date);
    let Some(d) = talks else { return };
    for m in out.iter_mut() {
        let undated_visit = m.event_type == EventType::Visit && latin(m) && !m.planned && !m.aside && m.date.is_none() && !is_past(m);
        if undated_visit && (m.people.is_empty() || m.people.contains(&hero)) && m.role_refs.is_empty() {
            m.date = Some(DateLink { date: d.date, how: DateHow::During });
            if m.people.is_empty() {
                m.people.push(hero);
            }
        }
    }
}

/// Articles and possessives that may stand between a sequel word and its event noun ("depuis
/// l'accord", "après la signature", "after the signing"); Arabic glues them to the noun.
const DETERMINERS: &[&str] = &["le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs", "cet", "cette", "ce", "the", "a", "an", "his", "her", "their", "its"];

/// "depuis l'accord tripartite", "après la signature du mémorandum": an event noun after a
/// sequel word (data rows of kind `sequel`) and a determiner is a time reference, told aside.
fn told_after_a_sequel(out: &mut [EventMention], doc: &Document, rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    for m in out.iter_mut() {
        if m.aside || !latin(m) || m.trigger.start < 2 {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let before = sentence.start..m.trigger.start;
        let hits = rules.phrases.find_in(None, text, before.clone());
        let sequel_end = hits.iter().filter(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Sequel)).map(|h| h.range().end).max();
        let Some(end) = sequel_end else { continue };
        let between = crate::text::lexmatch::words(text, end..m.trigger.start);
        let only_a_determiner = between.len() <= 1 && between.iter().all(|w| DETERMINERS.contains(&&text[w.clone()]));
        if only_a_determiner {
            m.aside = true;
        }
    }
}

/// Bytes after an event noun told aside within which a noun of its family is its object ("la
/// signature d'un mémorandum d'entente", "signing a health cooperation memorandum").
const ASIDE_OBJECT_REACH: usize = 40;

/// "met … on Tuesday, a day after signing a memorandum", "a rencontré mardi …, au lendemain de
/// la signature d'un mémorandum": an event told aside after a sequel word happened another day
/// than the date told before that word, whether read as its own or shared from the main event;
/// so did the noun of its family that follows it as its object.
fn sequel_parts_the_date(out: &mut [EventMention], doc: &Document, dates: &[DateMention], rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    let parted = |m: &EventMention| {
        let Some(date) = m.date.and_then(|d| dates.get(d.date)) else { return false };
        let told_before = date.range.end <= m.trigger.start && date.range.start >= doc.sentences[m.sentence].range.start;
        told_before && rules.phrases.find_in(None, text, date.range.end..m.trigger.start).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Sequel))
    };
    let asides: Vec<(usize, EventType, usize)> = out.iter().filter(|m| m.aside && latin(m)).map(|m| (m.sentence, m.event_type.family(), m.trigger.end)).collect();
    for m in out.iter_mut().filter(|m| latin(m)) {
        let object = asides.iter().any(|&(si, family, end)| si == m.sentence && family == m.event_type.family() && m.trigger.start >= end && m.trigger.start - end <= ASIDE_OBJECT_REACH);
        if (m.aside || object) && parted(m) {
            m.date = None;
        }
    }
}

/// "depuis l'accord tripartite Maroc–Etats-Unis–Israël conclu en décembre 2020": a one-word
/// participle just after an event noun told aside, with nothing of another event between, says
/// what the noun's event was, and is told aside with it (one mention, the noun's).
fn participle_of_an_aside_noun(out: &mut Vec<EventMention>, doc: &Document, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let p = &out[i];
        let one_word = !text[p.trigger.clone()].contains(' ');
        let noun = (latin(p) && !p.aside && one_word)
            .then(|| {
                out.iter().position(|a| {
                    a.aside
                        && a.sentence == p.sentence
                        && a.event_type.family() == p.event_type.family()
                        && a.trigger.end <= p.trigger.start
                        && p.trigger.start - a.trigger.end <= 60
                        && !out.iter().any(|b| b.sentence == p.sentence && b.trigger.start >= a.trigger.end && b.trigger.end <= p.trigger.start)
                })
            })
            .flatten();
        match noun {
            Some(a) => {
                let participle = out.remove(i);
                let a = if a > i { a - 1 } else { a };
                absorb(&mut out[a], participle);
            }
            None => i += 1,
        }
    }
}

/// Words that may stand between a subject's nationality and its trigger ("The Israeli minister
/// had arrived", "The Moroccan minister was making his first visit"): the title, an
/// auxiliary, a light verb and its determiner.
const NATIONALITY_REACH_WORDS: usize = 5;

/// The country of a subject told by its nationality just before the verb `m` ("Le ministre
/// israélien était arrivé", "the Israeli minister had arrived"): the country named last
/// before the trigger in its sentence, no more than [`NATIONALITY_REACH_WORDS`] words before
/// it, with no person named between.
fn subject_nationality(text: &str, m: &EventMention, found: &Found, g: &Gazetteer) -> Option<crate::idset::Id> {
    let last = found.entities.iter().rev().find(|e| m.span.start <= e.range.start && e.range.end <= m.trigger.start)?;
    let entity = &g.entities()[last.entity];
    let near = crate::text::lexmatch::words(text, last.range.end..m.trigger.start).len() <= NATIONALITY_REACH_WORDS;
    (entity.is_country() && near && !text[last.range.end..m.trigger.start].contains([',', ';'])).then(|| entity.country.clone())
}

/// Bytes after a signing verb within which a call phrase tells how it was signed ("put their
/// names to the document by video link", "was signed by X and Y during a video conference").
const SIGNING_LINK_REACH: usize = 160;

/// "The memorandum was signed by Yigal Unna … during a video conference", "ont signé jeudi par
/// visioconférence un accord": a call phrase after a signing verb in its sentence, with no
/// other event and no sequel word ("a week after they spoke by phone") between, says how the
/// agreement was signed; it is no call of its own.
fn signed_over_a_link(out: &mut Vec<EventMention>, doc: &Document, rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let c = &out[i];
        let signing = (c.event_type == EventType::Call && latin(c) && !c.aside)
            .then(|| {
                out.iter().position(|a| {
                    let told_before = a.event_type == EventType::Agreement && a.sentence == c.sentence && !a.aside && a.trigger.end <= c.trigger.start && c.trigger.start - a.trigger.end <= SIGNING_LINK_REACH;
                    told_before && {
                        let between = a.trigger.end..c.trigger.start;
                        let other_event = out.iter().any(|o| o.trigger.start >= between.start && o.trigger.end <= between.end);
                        let sequel = rules.phrases.find_in(None, text, between.clone()).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Sequel));
                        !other_event && !sequel && !text[between].contains(['.', ';'])
                    }
                })
            })
            .flatten();
        match signing {
            Some(a) => {
                let call = out.remove(i);
                let a = if a > i { a - 1 } else { a };
                absorb(&mut out[a], call);
            }
            None => i += 1,
        }
    }
}

/// Bytes after an event trigger within which a connective still tells its time ("ont signé à
/// cette occasion", "met later that day").
const CONNECTIVE_AFTER_REACH: usize = 24;

/// "Les deux présidents de chambre ont signé à cette occasion un mémorandum", "Gantz later
/// met …": a connective (rows of kind `carry`) inside the sentence, before the verb or just
/// after it, carries the date of the last dated event told before, in that sentence or the one
/// before, of the same status (the build reads one that opens the sentence; English and French
/// put it after the subject too). "then-US president" is an adjective, not a connective.
fn carried_by_a_connective(out: &mut [EventMention], doc: &Document, rules: &TriggerRules, latin: &dyn Fn(&EventMention) -> bool) {
    let text = doc.norm.text.as_str();
    for i in 0..out.len() {
        let m = &out[i];
        if m.date.is_some() || m.planned || m.aside || !latin(m) {
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let mut to = (m.trigger.end + CONNECTIVE_AFTER_REACH).min(sentence.end);
        while !text.is_char_boundary(to) {
            to -= 1;
        }
        let connective = rules.phrases.find_in(None, text, sentence.start..to).iter().any(|h| {
            let r = h.range();
            h.payloads.iter().any(|&k| rules.rules[k].kind == RuleKind::Carry) && !text[r.end..].starts_with('-') && (r.end <= m.trigger.start || r.start >= m.trigger.end)
        });
        if !connective {
            continue;
        }
        let before = out[..i].iter().rev().take_while(|p| m.sentence - p.sentence <= 1).find(|p| p.date.is_some() && p.planned == m.planned && !p.aside);
        if let Some(d) = before.and_then(|p| p.date) {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::Carried });
        }
    }
}

/// Whether every office of person `p` ended before 2010: a figure of the past, named in a
/// 2020–2022 story (a mausoleum, a founder), not taking part.
fn of_the_past(p: usize, g: &Gazetteer) -> bool {
    let roles = &g.entities()[p].roles;
    let cutoff = chrono::NaiveDate::from_ymd_opt(2010, 1, 1).expect("a valid date");
    !roles.is_empty() && roles.iter().all(|s| s.to.is_some_and(|to| to < cutoff))
}

/// "le ministre israélien s'est rendu au siège du ministère, où il a eu un entretien avec son
/// homologue, Abdellatif Loudiyi": the people named only after a later meeting, call or
/// signing of the visit's sentence are that event's, not visitors.
fn visit_names_the_visitor(out: &mut [EventMention], found: &Found, latin: &dyn Fn(&EventMention) -> bool) {
    for i in 0..out.len() {
        let m = &out[i];
        if m.event_type != EventType::Visit || !latin(m) || m.people.is_empty() {
            continue;
        }
        let next = out.iter().filter(|n| n.sentence == m.sentence && n.trigger.start >= m.trigger.end && n.event_type.family() != EventType::Visit).map(|n| n.trigger.start).min();
        let Some(next) = next else { continue };
        let span = m.span.clone();
        let named_before = |p: usize| found.entities.iter().any(|e| e.entity == p && span.start <= e.range.start && e.range.end <= next);
        let keep: Vec<usize> = m.people.iter().copied().filter(|&p| named_before(p)).collect();
        out[i].people = keep;
    }
}

/// "La ministre, qui effectue sa première visite depuis l'accord tripartite conclu en décembre
/// 2020, aura demain des entretiens avec X, Y et Z": an event told aside (a time reference)
/// names its parties before the next event of its sentence; the people named after that one
/// are its.
fn aside_names_its_own(out: &mut [EventMention], found: &Found, latin: &dyn Fn(&EventMention) -> bool) {
    for i in 0..out.len() {
        let m = &out[i];
        if !m.aside || !latin(m) || m.people.is_empty() {
            continue;
        }
        let Some(next) = out.iter().filter(|n| n.sentence == m.sentence && n.trigger.start >= m.trigger.end).map(|n| n.trigger.start).min() else { continue };
        let start = m.span.start;
        let named_before = |p: usize| found.entities.iter().any(|e| e.entity == p && start <= e.range.start && e.range.end <= next);
        let keep: Vec<usize> = m.people.iter().copied().filter(|&p| named_before(p)).collect();
        out[i].people = keep;
    }
}

/// "Arrivé mercredi à Rabat, … a été reçu par son homologue": an undated past event of a
/// sentence takes the date of a dated one of the same sentence with a person in common.
fn share_sentence_date(out: &mut [EventMention], latin: &dyn Fn(&EventMention) -> bool, is_past: &dyn Fn(&EventMention) -> bool) {
    for i in 0..out.len() {
        let m = &out[i];
        // A past verb: a noun or a present ("qui effectue là sa première visite … depuis
        // l'accord conclu en décembre 2020") is not told as that day's.
        if m.date.is_some() || m.planned || m.aside || !latin(m) || !is_past(m) || m.people.is_empty() {
            continue;
        }
        let shared: Option<DateLink> = out
            .iter()
            .enumerate()
            .filter(|&(j, n)| j != i && n.sentence == m.sentence && !n.planned && n.date.is_some_and(|d| d.how == DateHow::Own))
            .find(|(_, n)| n.people.iter().any(|p| m.people.contains(p)))
            .and_then(|(_, n)| n.date);
        if let Some(d) = shared {
            out[i].date = Some(DateLink { date: d.date, how: DateHow::During });
            out[i].on_publication_day = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word of a visit's end, as the built-in lexicons read it (its length:
    /// `super::visit_end`'s table).
    #[test]
    fn visit_end_is_read() {
        let ends: Vec<String> = ["wraps up", "concluded", "a achevé", "à l'issue de"].iter().map(|f| crate::text::normalize::normalize_str(f)).collect();
        let end_cases: &[(&str, &str, Option<&str>)] = &[
            ("phrasal verb", "gantz wraps up a ", Some("wraps up")),
            ("inside a word is none", "reconcluded a ", None),
            ("last of two", "concluded talks and wraps up his ", Some("wraps up")),
            ("none", "gantz begins a ", None),
        ];
        for (name, text, want) in end_cases {
            let got = visit_end_before(text, 0..text.len(), &ends).map(|r| &text[r]);
            assert_eq!(got, *want, "{name}: {text:?}");
        }
    }
}
