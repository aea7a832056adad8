//! Which event a Latin-script trigger tells: a talk that is a call, a meeting verb beside a
//! call phrase, a signing over a video link, a landing that is the flight's, an audience that is
//! the visit, a trip told by its talks or its purpose, a participle of an event told aside.

use std::ops::Range;

use super::{DETERMINERS, Refine, fold_into, is_body};

use crate::text::lexmatch::{Covers, WordList};
use crate::dates::value::ExprKind;
use crate::events::mention::{DateHow, DateLink, EventMention, RoleRef};
use crate::events::rules::{EventType, RuleKind, TriggerTense};
use crate::gazetteer::EntityKind;

/// Bytes within which a call phrase modifies a meeting verb ("s'est entretenu vendredi par
/// téléphone": a date may stand between them).
const CALL_PHRASE_REACH: usize = 40;

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
}

/// Bytes within which a call phrase after a meeting verb, in the verb's clause, is the means of
/// the talks ("discussed \"the strengthening of bilateral cooperation\" in a phone call on
/// Tuesday": what was discussed stands between them).
const CALL_MEANS_REACH: usize = 100;

/// "s'est entretenu vendredi par téléphone avec …": the meeting verb beside a call phrase is
/// the call (its status is the verb's). So is a meeting verb whose clause goes on to the call
/// phrase, past what was discussed, with no other event told between ("discussed the ties in a
/// phone call on Tuesday").
pub(super) fn call_absorbs_meeting(out: &mut Vec<EventMention>, cx: &Refine) {
    let text = cx.doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let means_of = |c: &EventMention| {
            c.trigger.start >= m.trigger.end
                && c.trigger.start - m.trigger.end <= CALL_MEANS_REACH
                && !c.aside
                && !text[m.trigger.end..c.trigger.start].contains(crate::text::clause::LATIN_CLAUSE_MARKS)
                && !out.iter().any(|o| o.sentence == m.sentence && m.trigger.end <= o.trigger.start && o.trigger.end <= c.trigger.start)
        };
        let call = (m.event_type == EventType::Meeting && cx.latin(m))
            .then(|| out.iter().position(|c| c.event_type == EventType::Call && c.sentence == m.sentence && cx.latin(c) && (distance(&c.trigger, &m.trigger) <= CALL_PHRASE_REACH || means_of(c))))
            .flatten();
        match call {
            Some(c) => {
                let planned = out[i].planned;
                let c = fold_into(out, i, c);
                out[c].planned = planned;
            }
            None => i += 1,
        }
    }
}

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
pub(super) fn talk_is_a_call(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, rules, g, .. } = *cx;
    let talk = |m: &EventMention| m.event_type == EventType::Meeting && rules.rules[m.rule].id.ends_with(TALK_RULE_SUFFIX);
    let leader = |p: usize| g.entities()[p].roles.iter().any(|r| LEADER_ROLES.has(&r.role));
    for i in 0..out.len() {
        let m = &out[i];
        if !talk(m) || !cx.latin(m) || m.aside || !m.places.is_empty() {
            continue;
        }
        let headline_call = out.iter().any(|c| c.event_type == EventType::Call && cx.latin(c) && !is_body(doc, c.sentence) && (c.people.is_empty() || c.people.iter().any(|p| m.people.contains(p))));
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
pub(super) fn call_tells_what_was_discussed(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, dates, .. } = *cx;
    let text = doc.norm.text.as_str();
    let told_as_pair = |m: &EventMention| rules.phrases.find_in(None, text, m.span.clone()).iter().any(|h| h.payloads.iter().any(|&r| rules.rules[r].kind == RuleKind::Pair));
    let day_of_its_own = |m: &EventMention| m.date.and_then(|d| dates.get(d.date)).is_some_and(|d| !matches!(d.expr.kind, ExprKind::Calendar(c) if c.day.is_none()));
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let talks = m.event_type == EventType::Meeting && cx.latin(m) && !m.planned && !m.aside && m.people.is_empty() && m.role_refs.is_empty() && m.places.is_empty() && !day_of_its_own(m) && told_as_pair(m);
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

/// Bytes after a signing verb within which a call phrase tells how it was signed ("put their
/// names to the document by video link", "was signed by X and Y during a video conference").
const SIGNING_LINK_REACH: usize = 160;

/// "The memorandum was signed by Yigal Unna … during a video conference", "ont signé jeudi par
/// visioconférence un accord": a call phrase after a signing verb in its sentence, with no
/// other event and no sequel word ("a week after they spoke by phone") between, says how the
/// agreement was signed; it is no call of its own.
pub(super) fn signed_over_a_link(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let c = &out[i];
        let signing = (c.event_type == EventType::Call && cx.latin(c) && !c.aside)
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
            // "The announcement was sealed … in a phone conversation": what the verb seals is
            // the announcement told before, not an agreement; the call made it, and the verb
            // is the call's.
            Some(a) if seals_the_announcement(text, doc.sentences[out[a].sentence].range.start, &out[a].trigger, &rules.words.announcement_anaphors) => {
                fold_into(out, a, i);
                if a > i {
                    i += 1;
                }
            }
            Some(a) => {
                fold_into(out, i, a);
            }
            None => i += 1,
        }
    }
}

/// Whether the signing verb `trigger`, among the first words of its sentence (from
/// `sentence_start`), has an `announcement-anaphor` right before it as its subject ("The
/// announcement was sealed", "The deal was concluded", « L'annonce a été scellée »): what it
/// seals is the announcement told before (src/events/build/conveyed.rs
/// `told_as_about_the_announcement` reads the call after it as about that announcement).
fn seals_the_announcement(text: &str, sentence_start: usize, trigger: &Range<usize>, anaphors: &[String]) -> bool {
    use crate::events::build::conveyed::{ANAPHOR_WORDS, SEALED_OPENING_WORDS};
    use crate::text::lexmatch::{PhraseReach, Side, phrase_near, word_iter};
    const AUXILIARY_WORDS: usize = 2;
    let opening = sentence_start..trigger.start;
    word_iter(text, opening.clone()).count() <= SEALED_OPENING_WORDS + ANAPHOR_WORDS + AUXILIARY_WORDS
        && phrase_near(text, opening, Side::Before, PhraseReach { window: ANAPHOR_WORDS + AUXILIARY_WORDS, gap: AUXILIARY_WORDS, phrase: ANAPHOR_WORDS }, |w| w, anaphors)
}

/// "Le premier vol direct … atterrira ce dimanche": a visit verb that names nobody, in a
/// sentence naming a flight (or naming the airline of the flight the sentence before tells), is
/// what the flight does; the flight takes its date and status.
pub(super) fn landing_is_flight(out: &mut Vec<EventMention>, cx: &Refine) {
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        // The flight may be told in the sentence before when the landing names an airline and
        // no one ("The first flight landed on Sunday. An Israir A320 touched down at Menara"):
        // the aircraft landing is that flight's, no visit of its own, unless that flight is
        // another airline's (« Un second appareil, affrété par El Al, s'est posé »: a second
        // flight).
        let airline = |e: &usize| cx.g.entities()[*e].is_airline();
        let airlines: Vec<usize> = m.organisations.iter().copied().filter(airline).collect();
        let its_airline = |f: &EventMention| !f.organisations.iter().any(|o| airline(o) && !airlines.contains(o));
        // So is a landing whose subject is a plane and that names no airline ("The Airbus A320
        // landed at Menara"): the plane of the flight told before, whoever flies it. A plane's
        // landing told by a gerund ("with a Boeing 787 landing at Ben Gurion") is the flight's
        // as well, though a gerund with no plane before it may be a visitor's arrival.
        let plane_subject = cx.latin(m) && plane_is_the_subject(cx, m);
        // An arrival verb the event stage already read as the plane's landing (a flight
        // mention of a visit rule: `visitor_plane::planes_that_landed`) is folded the same way
        // into the flight of the sentence before ("… its first direct flight on Sunday. The Airbus
        // A320 landed at Menara"), when it names no other airline.
        let landing = m.event_type == EventType::Visit || (m.event_type == EventType::Flight && matches!(cx.rules.rules[m.rule].kind, RuleKind::Event(EventType::Visit, _)));
        let flight = (landing && cx.latin(m) && (cx.is_verb(m) || plane_subject) && m.people.is_empty() && m.role_refs.is_empty() && !m.aside)
            .then(|| out.iter().enumerate().position(|(j, f)| j != i && f.event_type == EventType::Flight && !f.aside && (m.event_type == EventType::Visit || (f.sentence + 1 == m.sentence && airlines.iter().all(|a| f.organisations.contains(a)))) && (f.sentence == m.sentence || (f.sentence + 1 == m.sentence && ((!airlines.is_empty() && its_airline(f)) || (airlines.is_empty() && plane_subject))))))
            .flatten();
        match flight {
            Some(f) => {
                let (planned, dated) = (out[i].planned, out[i].date.is_some());
                let f = fold_into(out, i, f);
                if dated {
                    out[f].planned = planned;
                }
            }
            None => i += 1,
        }
    }
}

/// Words before a landing's verb within which a plane word tells it is the subject ("The
/// Airbus A320 landed", « l'appareil d'Israir s'est posé »).
const PLANE_SUBJECT_WORDS: usize = 3;

/// Whether a plane word (word lists `plane` and `plane-maker`: "aircraft", « l'appareil »,
/// "Airbus") stands among
/// the few words before `m`'s trigger, in its clause: the plane is what landed.
fn plane_is_the_subject(cx: &Refine, m: &EventMention) -> bool {
    let text = cx.doc.norm.text.as_str();
    let sentence = cx.doc.sentences[m.sentence].range.clone();
    let start = super::status::clause_start_before(text, sentence.start, m.trigger.start);
    crate::text::lexmatch::word_iter(text, start..m.trigger.start).rev().take(PLANE_SUBJECT_WORDS).any(|w| cx.rules.words.planes.has(&text[w.clone()]) || cx.rules.words.plane_makers.has(&text[w]))
}

/// Role ids of `roles.csv` that are heads of state: the audience one of them grants visitors
/// of another country is their visit.
pub(super) const HEAD_OF_STATE_ROLES: &[&str] = &["king", "president"];

/// Role ids of `roles.csv` whose holders are posted in the other country (an ambassador, the
/// head of a liaison office): received there, they do not travel.
const RESIDENT_ENVOY_ROLES: &[&str] = &["ambassador", "liaison_office_head"];

/// "King Mohammed VI of Morocco receives … Jared Kushner … and … Meir Ben-Shabbat": a meeting
/// (not a call) of one head of state with people of another country, none of them a head of
/// state too (that is a summit), is the visitors' visit: the reference timelines record a royal
/// or presidential audience as the visit, and the ministers' talks of the same trip as meetings.
/// Where the article tells the guests' visit already ("La délégation a été reçue le jour même
/// par le Roi" after its landing), the audience is dropped as part of it.
pub(super) fn audience_is_the_visit(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { g, article_dates, .. } = *cx;
    let head_of_state = |p: usize| g.entities()[p].roles.iter().any(|r| HEAD_OF_STATE_ROLES.has(&r.role));
    // Posted there on the event's day (else the publication day), as offices are resolved: a
    // former ambassador received by the king has travelled.
    let day = |m: &EventMention| {
        let stated = m.date.and_then(|l| article_dates.resolved.get(l.date).copied().flatten()).map(|r| r.value.start);
        stated.or(article_dates.anchor.date.map(|a| a.start))
    };
    // Posted in the host's country: Israel's ambassador to Washington received by the King
    // has travelled.
    let resident_envoy = |p: usize, host_country: &str, m: &EventMention| g.entities()[p].posted_in_on(RESIDENT_ENVOY_ROLES, host_country, day(m));
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let audience = m.event_type == EventType::Meeting && cx.latin(m) && !m.aside && !m.date.is_some_and(|d| d.how == DateHow::During);
        // A host told by his title alone in a planned meeting is often the sentence's, not the
        // meeting's ("… the audience with the king was warm, and working teams will meet
        // within weeks": the teams meet): only a done audience so tells its host. And a head of
        // state grants his audiences at home: a title met in another country's city ("la
        // ministre a rencontré à Casablanca le président israélien") is the visitor's talks.
        let at_home = |c: &crate::idset::Id| m.places.iter().all(|&p| g.country_of(p).is_empty() || g.country_of(p) == c);
        let told_host = |h: &AudienceHost| match h {
            AudienceHost::Named(_) => true,
            AudienceHost::Office(c) => !m.planned && at_home(c),
        };
        let Some(host) = audience.then(|| AudienceHost::of(m, &head_of_state)).flatten().filter(told_host) else {
            i += 1;
            continue;
        };
        // The guests are named, or told by their country ("with the leaders of a combined
        // American and Israeli delegation").
        let country = host.country(g);
        let guest = |p: &usize| !g.country_of(*p).is_empty() && *g.country_of(*p) != country;
        // "received in audience the head of Israel's liaison office": an envoy posted in the
        // host's country lives there; the audience is talks, not a visit (and so is the
        // headline's "receives Israeli envoy" that names no guest).
        let resident_audience = |m: &EventMention| host.told_in(m) && m.people.iter().any(guest) && m.people.iter().filter(|p| guest(p)).all(|&p| resident_envoy(p, &country, m));
        if resident_audience(m) || (host.alone_in(m) && out.iter().any(|o| o.event_type == EventType::Meeting && cx.latin(o) && resident_audience(o))) {
            i += 1;
            continue;
        }
        let named_guest = m.people.iter().any(guest);
        let told_guest = host.alone_in(m) && m.countries.iter().any(|c| *c != country);
        if !(named_guest || told_guest) {
            i += 1;
            continue;
        }
        // The article tells the guests' visit already: the audience is part of it. Guests told
        // only by their country ("The Israeli and US delegation was received by King Mohammed
        // VI") are those of any visit the article tells done that the host does not make: their
        // delegation's, often named only in the sentences after.
        let told_guest_visit = |v: &EventMention| told_guest && !named_guest && !host.told_in(v);
        let visit_told = out.iter().enumerate().any(|(j, v)| j != i && v.event_type == EventType::Visit && !v.planned && (v.people.iter().any(guest) || told_guest_visit(v)));
        // A reception told in the body by its past verb ("King Mohammed VI received the
        // delegation", "was received by", « a reçu », « Reçue par le roi ») stays the host's
        // meeting with the received, as the Arabic reads «استقبل الملك … الوفد»: the visit is
        // told beside it. Talks ("sat down for talks with"), a headline's or a caption's present
        // are the visit alone.
        let text = cx.doc.norm.text.as_str();
        let received = cx.is_past(m) && super::is_body(cx.doc, m.sentence)
            && crate::text::lexmatch::word_iter(text, m.trigger.clone()).any(|w| cx.rules.words.receptions.has(&text[w]));
        // The guests are the visitors: named first, as a visit names its visitor.
        let as_visit = |m: &EventMention| {
            let (guests, hosts): (Vec<usize>, Vec<usize>) = m.people.iter().partition(|p| guest(p));
            EventMention { people: guests.into_iter().chain(hosts).collect(), event_type: EventType::Visit, ..m.clone() }
        };
        if !received {
            if visit_told {
                out.remove(i);
            } else {
                out[i] = as_visit(&out[i]);
                i += 1;
            }
            continue;
        }
        if !visit_told {
            let visit = as_visit(&out[i]);
            out.insert(i + 1, visit);
            i += 1;
        }
        i += 1;
    }
}

/// The head of state who grants an audience: named ("King Mohammed VI received …"), or told
/// by his office alone ("The King received …", « Le souverain a reçu … »), whose holder the
/// event's date resolves later (an office of a head-of-state role, of a country the text
/// or the article's context tells).
#[derive(Clone, Copy)]
enum AudienceHost<'a> {
    Named(usize),
    Office(&'a crate::idset::Id),
}

impl<'a> AudienceHost<'a> {
    /// The one head of state of a meeting: its one person of a head-of-state role, else, when
    /// it names none, its one office of such a role. None when it has two (a summit).
    fn of(m: &'a EventMention, head_of_state: &impl Fn(usize) -> bool) -> Option<Self> {
        let mut named = m.people.iter().copied().filter(|&p| head_of_state(p));
        let mut offices = m.role_refs.iter().filter_map(|r| match r {
            RoleRef::Office { role, country, .. } if HEAD_OF_STATE_ROLES.has(role) => Some(country),
            _ => None,
        });
        match (named.next(), named.next()) {
            (Some(p), None) => Some(AudienceHost::Named(p)),
            (Some(_), Some(_)) => None,
            (None, _) => match (offices.next(), offices.next()) {
                (Some(c), None) => Some(AudienceHost::Office(c)),
                _ => None,
            },
        }
    }

    fn country(&self, g: &crate::gazetteer::Gazetteer) -> crate::idset::Id {
        match *self {
            AudienceHost::Named(p) => *g.country_of(p),
            AudienceHost::Office(c) => *c,
        }
    }

    /// Whether `m` tells this host: names him, or his office.
    fn told_in(&self, m: &EventMention) -> bool {
        match *self {
            AudienceHost::Named(p) => m.people.contains(&p),
            AudienceHost::Office(c) => m.role_refs.iter().any(|r| matches!(r, RoleRef::Office { role, country, .. } if country == c && HEAD_OF_STATE_ROLES.has(role))),
        }
    }

    /// Whether `m` names nobody but this host (its guests told by their country only).
    fn alone_in(&self, m: &EventMention) -> bool {
        match *self {
            AudienceHost::Named(p) => m.people == [p],
            AudienceHost::Office(_) => m.people.is_empty() && self.told_in(m),
        }
    }
}

/// "Alon Ushpiz visited the Moroccan capital last week, holding talks with Foreign Minister
/// Nasser Bourita": a visit the article tells in one sentence only, followed in its sentence
/// by talks in a participle clause (a comma, then a word in -ing before the meeting's
/// trigger), is those talks: the meeting takes in the visit's names (and its date if it has
/// none) and the visit is dropped. A visit told again elsewhere (its visitor's trip in other
/// sentences) stays a visit.
pub(super) fn trip_told_by_its_talks(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, .. } = *cx;
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let v = &out[i];
        let talks = (v.event_type == EventType::Visit && cx.latin(v) && !v.planned && !v.aside)
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
                fold_into(out, i, t);
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
pub(super) fn talks_as_the_purpose(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let is_noun = |m: &EventMention| matches!(rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Noun));
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        let purpose = (m.event_type == EventType::Meeting && cx.latin(m) && is_noun(m) && !m.aside)
            .then(|| {
                let mut before = crate::text::lexmatch::words(text, doc.sentences[m.sentence].range.start..m.trigger.start);
                if before.last().is_some_and(|w| DETERMINERS.has(&text[w.clone()]) || text[w.clone()] == *"des") {
                    before.pop();
                }
                let word = before.last().map(|w| &text[w.clone()])?;
                rules.words.purposes.has(word).then_some(())?;
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
            fold_into(out, i, v);
        }
    }
}

/// Words before a participle of opening within which an office named is what it qualifies
/// ("the Moroccan liaison office in Tel Aviv, opened in 2021"; past a comma, as a participle
/// after an apposition is).
const OPENED_THING_BEFORE_WORDS: usize = 6;

/// Words before a participle of opening read for its auxiliary ("a ensuite inauguré").
const AUXILIARY_BEFORE_WORDS: usize = 2;

/// « Bayt Dakira, la « maison de la mémoire » inaugurée en janvier 2020 par le roi », "the
/// museum, inaugurated in 2019 by the King", « la synagogue, rouverte en 2016 »: a past opening
/// told in a participle or a passive — no active auxiliary (word list `active-auxiliary`: "has",
/// « a ») in it or in the [`AUXILIARY_BEFORE_WORDS`] words before it unless a passive one
/// (`passive-auxiliary`: "been", « été ») follows it, and no object right after it (an article:
/// list `article`, not one before a day's number, « le 15 janvier ») — says what a place is and
/// when it opened, background to the sentence. Unless an office (list `opened-office`) is named
/// within [`OPENED_THING_BEFORE_WORDS`] words before it or after it in its clause, it is no
/// opening of the pair: it leaves the mentions (an Arabic opening that opens no office is no
/// event either, see `opens_an_office` in src/events/scan). The liaison office "inaugurated on
/// Thursday by Lapid" stays, and so does "Lapid inaugurated the museum" (an active verb with
/// its object).
pub(super) fn opened_place_is_background(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let words = &rules.words;
    if words.opened_offices.is_empty() || words.active_auxiliaries.is_empty() {
        return;
    }
    let word_iter = crate::text::lexmatch::word_iter;
    let is = |list: &[String], w: &Range<usize>| list.has(&text[w.clone()]);
    out.retain(|m| {
        if m.event_type != EventType::Opening || !cx.latin(m) || !cx.is_past(m) {
            return true;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let before: Vec<Range<usize>> = word_iter(text, sentence.start..m.trigger.start).rev().take(OPENED_THING_BEFORE_WORDS).collect();
        // The auxiliary in the form ("a inauguré") or just before it ("a ensuite inauguré").
        let told: Vec<Range<usize>> = before.iter().take(AUXILIARY_BEFORE_WORDS).rev().cloned().chain(word_iter(text, m.trigger.clone())).collect();
        let active = told.iter().position(|w| is(&words.active_auxiliaries, w)).is_some_and(|a| !told[a..].iter().any(|w| is(&words.passive_auxiliaries, w)));
        let mut after = word_iter(text, m.trigger.end..sentence.end);
        let object = after.next().is_some_and(|w| is(&words.articles, &w) && !after.next().is_some_and(|n| text[n].starts_with(|c: char| c.is_ascii_digit())));
        if active || object {
            return true;
        }
        let end = super::status::next_clause_break(text, m.trigger.end, sentence.end);
        before.iter().any(|w| is(&words.opened_offices, w)) || word_iter(text, m.trigger.end..end).any(|w| is(&words.opened_offices, &w))
    });
}

/// "depuis l'accord tripartite Maroc–Etats-Unis–Israël conclu en décembre 2020": a one-word
/// participle just after an event noun told aside, with nothing of another event between, says
/// what the noun's event was, and is told aside with it (one mention, the noun's).
pub(super) fn participle_of_an_aside_noun(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, .. } = *cx;
    let text = doc.norm.text.as_str();
    let mut i = 0;
    while i < out.len() {
        let p = &out[i];
        let one_word = !text[p.trigger.clone()].contains(' ');
        let noun = (cx.latin(p) && !p.aside && one_word)
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
                fold_into(out, i, a);
            }
            None => i += 1,
        }
    }
}

/// Words for an aircraft that opens a flight trigger ("plane landed", "jet touched down").
const AIRCRAFT_WORDS: &[&str] = &["plane", "aircraft", "jet", "airplane"];

/// "Yair Lapid's plane touched down at Rabat-Sale airport on Wednesday", "the minister's
/// plane landed": a flight whose trigger opens with an aircraft a person owns (a name, then
/// "'s") is that person's arrival, a visit, not the flight of a route.
pub(super) fn own_plane_is_the_arrival(out: &mut [EventMention], cx: &Refine) {
    let Refine { doc, found, g, .. } = *cx;
    let text = doc.norm.text.as_str();
    for m in out.iter_mut().filter(|m| m.event_type == EventType::Flight && cx.latin(m) && !m.aside) {
        let aircraft = text[m.trigger.clone()].split(' ').next().is_some_and(|w| AIRCRAFT_WORDS.has(w));
        let Some(owner_end) = text[..m.trigger.start].trim_end().strip_suffix("'s").map(str::len) else { continue };
        let owner = found.entities.iter().find(|e| e.range.end == owner_end && g.entities()[e.entity].kind == EntityKind::Person);
        if let Some(owner) = owner.filter(|_| aircraft) {
            m.event_type = EventType::Visit;
            if !m.people.contains(&owner.entity) {
                m.people.insert(0, owner.entity);
                m.countries.push(*g.country_of(owner.entity));
                m.countries.retain(|c| !c.is_empty());
                m.countries.sort();
                m.countries.dedup();
            }
        }
    }
}

/// Words between an opening and the gathering it opens, either way: the gathering as the
/// verb's subject ("the two-day economic forum opened", « le forum … a été inauguré ») or its
/// object ("inaugurated the business forum", « l'ouverture des travaux du sommet »). The same
/// reach finds a route opened ("inaugurated their first commercial routes").
const GATHERING_REACH_WORDS: usize = 5;

/// Words before a route word within which an office word makes it the office's name (« le
/// bureau de liaison », "liaison" after "bureau de"; the word lists of all languages are one,
/// so "liaison" is a route word in English text too, where "liaison office" names an office).
const OFFICE_NAME_WORDS: usize = 2;

/// "The summit opened hours after …", "inaugurated the economic forum in Casablanca", « Le
/// forum économique a été inauguré mardi »: an opening whose subject or object, within
/// [`GATHERING_REACH_WORDS`] in its clause, is a gathering (word list `gathering`) is that
/// gathering's start, a meeting of whoever the sentence names, not an office opened. An office
/// word nearer the verb ("opened the liaison office during the forum") keeps the opening. A
/// gathering noun that is a trigger of its own in the sentence ("The summit opened …") is the
/// one event: the opening folds into it.
/// So is an opening of a route (word list `opened-route`: "launched its first route to",
/// « avaient inauguré leurs premières liaisons commerciales », "inaugurated the Tel
/// Aviv–Marrakech line"): the first flight on it, a flight, not an office; it folds into the
/// flight its route noun tells when the sentence has one.
pub(super) fn opened_gathering_is_its_start(out: &mut Vec<EventMention>, cx: &Refine) {
    let Refine { doc, rules, .. } = *cx;
    let text = doc.norm.text.as_str();
    let words = &rules.words;
    let is = |list: &[String], w: &Range<usize>| list.has(&text[w.clone()]);
    let mut i = 0;
    while i < out.len() {
        let m = &out[i];
        if m.event_type != EventType::Opening || !cx.latin(m) {
            i += 1;
            continue;
        }
        let sentence = doc.sentences[m.sentence].range.clone();
        let start = super::status::clause_start_before(text, sentence.start, m.trigger.start);
        let end = super::status::next_clause_break(text, m.trigger.end, sentence.end);
        // The nearest office, gathering or route word on each side tells what is opened.
        // A route word right after an office word names the office (« le bureau de liaison »),
        // and so does one right before it ("the liaison office").
        let office_name = |w: &Range<usize>| {
            crate::text::lexmatch::word_iter(text, sentence.start..w.start).rev().take(OFFICE_NAME_WORDS).any(|o| is(&words.opened_offices, &o))
                || crate::text::lexmatch::word_iter(text, w.end..sentence.end).next().is_some_and(|o| is(&words.opened_offices, &o))
        };
        let route = |w: &Range<usize>| is(&words.opened_routes, w) && !office_name(w);
        let told = |w: &Range<usize>| is(&words.gatherings, w) || is(&words.opened_offices, w) || route(w);
        let first_told = |ws: &mut dyn Iterator<Item = Range<usize>>| ws.take(GATHERING_REACH_WORDS).find(|w| told(w)).filter(|w| !is(&words.opened_offices, w));
        let opened = first_told(&mut crate::text::lexmatch::word_iter(text, start..m.trigger.start).rev()).or_else(|| first_told(&mut crate::text::lexmatch::word_iter(text, m.trigger.end..end)));
        let Some(noun) = opened else {
            i += 1;
            continue;
        };
        let now = if route(&noun) { EventType::Flight } else { EventType::Meeting };
        let own = out.iter().position(|o| o.event_type == now && o.sentence == m.sentence && o.trigger.covers(&noun));
        // A route's opening told by a noun with no flight of its own beside it ("the opening of
        // the route", « l'ouverture de cette ligne ») talks of the flight the article tells
        // elsewhere: it makes no row of its own.
        let talk_of_a_route = own.is_none() && now == EventType::Flight && !cx.is_verb(m);
        if talk_of_a_route {
            out.remove(i);
            continue;
        }
        match own {
            Some(o) => {
                fold_into(out, i, o);
            }
            None => {
                out[i].event_type = now;
                i += 1;
            }
        }
    }
}
