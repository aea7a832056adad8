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
//!   verb's gender, French and English cannot). The other way round, "Benny Gantz's plane
//!   touched down in Rabat": a plane a person owns lands with that person, a visit.
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
//!   Told as the infinitive the invitation invites to, past an object in apposition ("invited
//!   the speaker of the House, Rachid Talbi Alami, to visit Israel"), it is no visit at all.
//! * **A welcome at the airport is the visit** (the rule of every language, [`super::welcome`]): "He was welcomed at Rabat-Sale airport by
//!   Farouk Belkhir", "accueilli à l'aéroport par" (rows of kind `airport`): the reception on
//!   landing is part of the visit, not talks.
//! * **A photo caption repeats the story**: "Rabat, mardi 26 juillet 2022 : le ministre
//!   israélien de la Justice Gideon Saar, reçu par Abdellatif Ouahbi." — a line opened by a
//!   place, a comma, a date and a colon describes the picture of an event the article tells
//!   (a MAP dateline "Rabat, 12 mars (MAP) -" opens the story with a dash and is kept).
//! * **A date line's city is where the story was written**: "CASABLANCA (Reuters) - … held
//!   talks in Rabat", "RABAT, Morocco — … signed in Casablanca": the venue the sentence states
//!   wins over it, unless the sentence names that city again.
//! * **The delegation received is the one told before**: « Reçue dans l'après-midi par le roi
//!   Mohammed VI, la délégation … », "The delegation was received by King Mohammed VI": a visit
//!   told by "the delegation" naming only its hosts is the trip of the delegation told before.
//! * **A trip coordinated to an act is its subject's**: "He met Bourita on Wednesday and was
//!   due to visit the mausoleum on Thursday": Bourita, the object of the talks, is no traveller.
//! * **Who leads a delegation visits**: "Laftit a reçu mercredi une délégation conduite par la
//!   ministre israélienne de l'Intérieur": the leader is the visitor, the host comes after.
//! * **A quoted tweet tells the speaker's talks**: "Herzog wrote on Thursday: "A warm
//!   conversation with my friend King Mohammed VI …"": talks "with my …" in a quotation a
//!   named official opens with a colon are theirs, on the day the sentence gives.
//! * **A background reminder is not news**: "depuis l'accord tripartite conclu en décembre
//!   2020", told aside with a month or a year and no day, recalls an event the article is not
//!   about; it keeps no date of its own, so it joins the dated report of that event or is
//!   left out, instead of a month row beside the day row.
//! * **A denied report is none, however far**: "denied a Channel 13 report claiming that
//!   Bourita had secretly met …", "a démenti « catégoriquement », lundi, les informations selon
//!   lesquelles …": the event the report told is dropped over commas and quotation marks.
//! * **A headline's "to" is the future**: "Israeli economy minister to travel to Morocco on
//!   Sunday" announces the coming Sunday.
//! * **A reference dates its event**: "The signing took place on Monday …, where X and Y put
//!   their names to an agreement": the date the reference governs is the agreement's.
//! * **A relative clause tells its own visitor**: "received today … X, who is on a working
//!   visit", "X, qui effectue une visite de travail": X visits, not the host.
//! * **A visit in apposition is its person's**: "X, on a visit to the kingdom, and Y signed",
//!   « paraphé par X, en visite dans le royaume, et par Y »: the visit noun right after the
//!   comma that follows a name is that person's visit alone.
//! * **A live blog's entries are of the day**: "3:15 pm — … signed a memorandum", "15h20 - …":
//!   an undated past event of such a line is of the publication day.
//! * **Talks right after a visit are during it**: "se serait rendu … la semaine dernière. Il y
//!   aurait eu des entretiens avec …": the undated talks take the visit's date.
//! * **An agreement's agent signed it**: "talks focused on the declaration signed on 22
//!   December 2020 by Morocco, the US and Israel", "l'accord signé en décembre par …": those
//!   named after "by" are its signers, not the subject of the sentence; with no agent, an
//!   agreement told in passing by its participle names nobody and keeps no date.
//! * **Welcomers are not signers**: "Blinken welcomed the memorandum signed by Gantz and
//!   Loudiyi", "a deal hailed on Thursday by Blinken", « a salué l'accord signé … »: who
//!   approves of an event (word list `welcoming`) is no party to it (see
//!   `participants::welcomers_take_no_part`).
//! * **A signing in a relative clause of time is its antecedent's**: "the visit of a delegation
//!   led by X and Y, during which a joint declaration was signed in the presence of the king":
//!   the agreement takes the visit's date and, naming only who watched it, the visitors; a
//!   pronoun coordinated before a named signer ("during which she and Ryad Mezzour signed",
//!   « au cours de laquelle lui et X ont paraphé ») is the visitor, a signer too (word list
//!   `co-subject`).
//! * **A contrast clause tells another's act**: "Unlike the embassy he opened in Abu Dhabi in
//!   June, …", "contrairement au consulat inauguré à Manama": not the two sides' event.
//! * **A headline's weekday is the body's coming day**: "X attendue à Rabat vendredi", "Israir
//!   annonce un atterrissage dimanche" over "décollera dimanche 25 juillet" are planned.
//! * **Presence beside one's counterparts is a meeting**: "était lundi à Sde Boker aux côtés de
//!   ses homologues X et Y" (when it names them).
//! * **A service that runs is no flight**: "tourists now fly in directly", "des vols directs
//!   relient désormais …".
//! * **A coordinated clause tells its own act**: "Gantz visited Rabat in November and signed
//!   a pact, and Lapid reopened the office in August", "est venu en novembre, et son collègue
//!   Lapid en février": each act keeps its own clause's month and people (see `clauses`).
//! * **Another event's place is not the visit's**: "on his first trip to Israel, … after a
//!   shooting attack in the city of Hadera": the attack's town is no venue.
//! * **A gathering opened is its start**: "The summit opened hours after …", « le forum
//!   économique a été inauguré mardi par X et Y »: an opening whose subject or object is a
//!   gathering (word list `gathering`) is a meeting, not an office opened.
//! * **Tourism is no visit**: "the arrival of thousands of tourists by the end of the year",
//!   "passagers attendus à l'aéroport"; nor is a country reopening its borders an opening.
//! * **A flight is its subject airline's**: "Royal Air Maroc will start flights on 3 May,
//!   joining Israir and El Al": the airlines named after the flight, past a clause break, are
//!   the ones it joins, not its own.
//! * **An arrival in an "after" clause is of the act's day**: "They signed on Tuesday, after
//!   the delegation landed on a direct flight", « ont signé mardi, après l'atterrissage de la
//!   délégation »: the visit and the flight of the clause take the signing's date.
//! * **Since then is no day**: "Since then, firms have been in talks with Rabat": the
//!   connective "then" after "since" carries no date.
//! * **A recall after "since" is background**: "who has led the mission since arriving in
//!   January", « depuis son arrivée en janvier »: when a state began, no event (see
//!   `status::since_clause_is_background`).
//! * **A report is told as done**: "reportedly met", "aurait rencontré", "se serait rendu",
//!   "selon des sources" are events that occurred, as the reference timelines record them;
//!   "would neither confirm nor deny that X met …" too (a plan marker before "that" governs
//!   another clause).
//! * **A past act after "following" or "after" is not the plan's**: "universities will step up
//!   exchanges, following the agreements signed on Wednesday", « après les accords signés
//!   mercredi »: the signing happened, on the last Wednesday (`status::past_told_before_a_plan`).
//! * **A side told by its role towards the subject**: "held talks with his counterpart", "met
//!   with her hosts", « s'est entretenu avec son homologue », « a signé avec ses hôtes »: the
//!   other side is the holder of the subject's office in the other country the sentence (else
//!   the page) names, or that country with no name when the gazetteer knows no holder; the
//!   subject is the story's protagonist when no one is named before the phrase; a subject who
//!   receives the page's visitors meets those visitors (`participants::counterpart_of_the_subject`).
//! * **One's own act borrows no side of another day**: "Gantz signed a pact in November last
//!   year. Bourita also attended a meeting … in March": a meeting whose one named person is its
//!   subject, dated by its own sentence, takes no other side from a sentence before dated
//!   otherwise (`participants::own_act_borrows_no_side`).

mod clauses;
mod dates;
mod kinds;
mod lines;
mod participants;
mod status;

use super::mention::EventMention;
use super::phrases::phrases_in;
use super::rules::{RuleKind, TriggerRules, TriggerTense, latin_trigger};
use crate::dates::{ArticleDates, DateMention};
use crate::dates::lexicon::DateLexicon;
use crate::gazetteer::{Found, Gazetteer};
use crate::text::Document;

/// What every pass reads of one document: its text and sentences, the names and dates found
/// in it, the trigger rules and the gazetteer. The passes change only the mentions.
#[derive(Clone, Copy)]
struct Refine<'a> {
    doc: &'a Document,
    found: &'a Found,
    /// The document's date mentions, which [`super::mention::DateLink::date`] indexes.
    dates: &'a [DateMention],
    article_dates: &'a ArticleDates,
    /// The publication day, when the article has one.
    published: Option<chrono::NaiveDate>,
    rules: &'a TriggerRules,
    g: &'a Gazetteer,
    lexicon: &'a DateLexicon,
}

impl Refine<'_> {
    /// Whether `m` was told by a Latin-script trigger (the Arabic ones are left as they are).
    fn latin(&self, m: &EventMention) -> bool {
        latin_trigger(&self.doc.norm.text, &m.trigger)
    }

    /// Whether `m`'s trigger is a verb (past, present or future), not a noun.
    fn is_verb(&self, m: &EventMention) -> bool {
        matches!(self.rules.rules[m.rule].kind, RuleKind::Event(_, tense) if tense != TriggerTense::Noun)
    }

    /// Whether `m`'s trigger is a past verb.
    fn is_past(&self, m: &EventMention) -> bool {
        matches!(self.rules.rules[m.rule].kind, RuleKind::Event(_, TriggerTense::Past))
    }
}

/// Apply the Latin-script readings above to the mentions of `doc`, in order: each pass reads
/// what the passes before it made of the mentions.
/// `article_dates` holds the document's date mentions, which [`super::mention::DateLink::date`]
/// indexes, and its publication day.
pub fn refine_latin(out: &mut Vec<EventMention>, doc: &Document, found: &Found, article_dates: &ArticleDates, rules: &TriggerRules, g: &Gazetteer, lexicon: &DateLexicon) {
    let cx = Refine { doc, found, dates: article_dates.mentions.as_slice(), article_dates, published: article_dates.anchor.date.and_then(|d| d.as_day()), rules, g, lexicon };
    let cx = &cx;
    lines::drop_captions(out, cx);
    status::since_clause_is_background(out, cx);
    status::contrast_is_another_act(out, cx);
    status::tourism_is_no_visit(out, cx);
    kinds::opened_gathering_is_its_start(out, cx);
    kinds::opened_place_is_background(out, cx);
    status::agreed_to_meet_is_a_wish(out, cx);
    status::invited_to_visit_is_no_visit(out, cx);
    clauses::coordinated_clause_keeps_its_own(out, cx);
    clauses::other_event_keeps_its_names(out, cx);
    status::awaited_as_an_adjective(out, cx);
    status::awaited_time_is_no_visit(out, cx);
    status::alongside_names_the_met(out, cx);
    status::denied_report_told_at_length(out, cx);
    status::headline_infinitive_points_ahead(out, cx);
    lines::dateline_place_yields_to_venue(out, cx);
    kinds::talk_is_a_call(out, cx);
    kinds::call_absorbs_meeting(out, cx);
    participants::quoted_talks_of_the_speaker(out, cx);
    kinds::signed_over_a_link(out, cx);
    kinds::landing_is_flight(out, cx);
    participants::flight_of_the_subject_airline(out, cx);
    status::habitual_flight_is_none(out, cx);
    kinds::own_plane_is_the_arrival(out, cx);
    participants::reception_carries_visitor(out, cx);
    participants::visit_names_the_visitor(out, cx);
    participants::office_change_names_no_party(out, cx);
    participants::protagonist_is_the_subject(out, cx);
    participants::counterpart_of_the_subject(out, cx);
    // After the protagonist rule, which leaves a mention with a carried actor as it is.
    participants::own_act_borrows_no_side(out, cx);
    status::told_after_a_sequel(out, cx);
    kinds::participle_of_an_aside_noun(out, cx);
    participants::aside_names_its_own(out, cx);
    status::aside_keeps_its_date(out, cx);
    status::reminders_keep_no_date(out, cx);
    dates::reference_lends_its_date(out, cx);
    dates::reference_next_dates_the_event(out, cx);
    status::sequel_parts_the_date(out, cx);
    dates::share_sentence_date(out, cx);
    dates::next_act_takes_the_day(out, cx);
    dates::carried_by_a_connective(out, cx);
    dates::day_word_counts_from_the_event(out, cx);
    dates::day_told_the_sentence_before(out, cx);
    dates::planned_during_the_visit(out, cx);
    dates::after_the_arrival(out, cx);
    dates::arrival_in_the_after_clause(out, cx);
    kinds::trip_told_by_its_talks(out, cx);
    kinds::talks_as_the_purpose(out, cx);
    kinds::audience_is_the_visit(out, cx);
    participants::host_is_not_the_visitor(out, cx);
    participants::leader_is_the_visitor(out, cx);
    participants::relative_clause_names_the_visitor(out, cx);
    participants::apposition_names_the_visitor(out, cx);
    participants::generic_visitor_keeps_no_host(out, cx);
    participants::visiting_side_keeps_no_host(out, cx);
    participants::occasion_names_its_sides(out, cx);
    kinds::call_tells_what_was_discussed(out, cx);
    participants::pair_is_the_two_just_named(out, cx);
    // After the pair: "Talks between the two ministers focused on the declaration signed … by
    // Morocco, the US and Israel": the pair held the talks, the agent signed.
    participants::signers_after_by(out, cx);
    // After the participle rule, which would take an agentless signing for one told in
    // passing: told in a relative clause of time, it is its antecedent's.
    participants::signed_during_the_antecedent(out, cx);
    // After the signers are read: who welcomes an agreement is none of them.
    participants::welcomers_take_no_part(out, cx);
    // After the pair has read the two sides off the welcome ("received at the airport by his
    // counterpart. On Tuesday, the two ministers signed").
    super::welcome::airport_welcome_is_the_visit(out, 0, doc, &rules.words, g, &|m: &EventMention| cx.latin(m));
    dates::visit_without_its_arrival(out, cx);
    dates::told_right_after_the_visit(out, cx);
    dates::told_on_the_arrival_day(out, cx);
    lines::live_entries_are_of_the_day(out, cx);
    dates::visit_told_by_its_end(out, cx);
    status::past_told_before_a_plan(out, cx);
    participants::subject_told_by_nationality(out, cx);
    // After every pass that names a visit's people.
    participants::received_delegation_is_the_trip(out, cx);
    // After the delegation's trip is read: a fronted reception's host is no actor of the main
    // clause.
    participants::fronted_reception_host_is_no_actor(out, cx);
    // After every pass that names the people of the act a trip is coordinated to.
    clauses::coordinated_trip_keeps_the_subject(out, cx);
    // After every pass that carries people from the sentences before.
    participants::body_meets_with_its_own(out, cx);
    // After the pair is read ("Les deux ministres ont eu des entretiens …, avant de signer").
    dates::next_act_of_the_occasion_told_before(out, cx);
    dates::full_date_over_the_headlines(out, cx);
    status::present_points_ahead(out, cx);
    status::programme_lines_point_ahead(out, cx);
}

/// Whether sentence `si` of `doc` is a sentence of the body: it ends with a stop. A headline
/// has none, and tells in the present what happened as often as what will.
fn is_body(doc: &Document, si: usize) -> bool {
    crate::text::segment::ends_with_a_stop(&doc.norm.text[doc.sentences[si].range.clone()])
}

/// Remove mention `i` from `out` and move what it names into mention `into` (see
/// [`EventMention::take_names`]), with its date when `into` has none: one event told twice.
/// Returns where `into` stands once `i` is gone.
fn fold_into(out: &mut Vec<EventMention>, i: usize, into: usize) -> usize {
    let from = out.remove(i);
    let into = if into > i { into - 1 } else { into };
    let target = &mut out[into];
    if target.date.is_none() {
        target.date = from.date;
    }
    target.take_names(from);
    into
}

/// Articles and possessives that may stand between a sequel word and its event noun ("depuis
/// l'accord", "après la signature", "after the signing"); Arabic glues them to the noun.
pub(super) const DETERMINERS: &[&str] = &["le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs", "cet", "cette", "ce", "the", "a", "an", "his", "her", "their", "its"];

