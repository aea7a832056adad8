//! Focus: which merged events are Morocco–Israel events, the rows of the timeline.
//!
//! Articles about Morocco and Israel report much else: Morocco with Spain or the United States,
//! Israel with the Emirates or Sudan, protests, history. An event is a row when **each side
//! takes part** — Morocco through a person, an institution or the state, and Israel likewise.
//!
//! What a mention shows of each side ([`sides`]):
//!
//! * a **participant** of the country: a person (the gazetteer's country of the person), an
//!   organisation of the country, or a place in it — the event happens there, so the country
//!   hosts it ("Kochavi in Marrakesh", "a flight from Tel Aviv to Casablanca");
//! * a **visit's destination**: the country whose host received it, among its places once the
//!   host is told apart from the visitors ("استقبل الملك وفدا يقوده كوشنر وبن شبات");
//! * the **country named** ("المغرب وإسرائيل توقعان", "وفد مغربي بإسرائيل", "his visit to
//!   Morocco"), which counts unless the mention names a participant of a third country: then
//!   a country named beside it is more likely where that participant comes from or goes
//!   ("قادما من إسرائيل، يحل بلينكن بالمغرب" is a US–Morocco visit). When the sentence names
//!   the two countries together and no participant of either, the pair is its subject when
//!   the third country's person is the American broker or reporter ("Kushner described the
//!   visit of the US–Israeli delegation to Morocco"), not when it is another actor
//!   ("Haniyeh's trip, after Hamas criticised Morocco's agreement with Israel"); so is the
//!   other country named beside a subject of one side with the American broker ("the
//!   delegation, headed by Ben-Shabbat and by Kushner, had flown to the Moroccan capital").
//!   A trip (a visit, a flight) goes to one country: beside a third country named without a
//!   participant of its own (the broker aside), a side named alone may be where it did not
//!   go ("Herzog flew to the Emirates on Monday, as Morocco watches"), and only the two sides
//!   named together count — unless the traveller is a third country's and neither side takes
//!   part: then the sides are among his stops ("Blinken, in Israel since Saturday, goes on to
//!   Morocco and Algeria"); the countries a meeting or a signing names take part in it
//!   ("Lapid welcomes his counterparts from Egypt, Morocco and Bahrain"), and so do those of
//!   a meeting that names no person and no institution, held in a third country's city (its
//!   venue, no participant): "senior officials from Israel, Morocco and Egypt met in Manama".
//!
//! A call goes nowhere: a person of one side on the phone with the broker's people, the other
//! side named, is the pair's call, whoever is named first ("Trump called the King to tell him
//! of the resumption of ties with Israel"); without the other side named it is the broker's.
//! Nor is a dated report of such a call without the other side ("the King spoke with Trump
//! yesterday", the talk's content in the next sentence) a third country's act that vetoes the
//! row when another telling of the same call names the other side (its headline "the King, on
//! the phone with Trump, decides to resume contacts with Israel").
//!
//! An event ([`is_morocco_israel`]) is a row when one of its mentions shows both sides, and
//! no mention that gives the row its date (by a date expression of their own) shows a third
//! country's event — unless another one stating that date shows the two sides for itself.
//! A mention with a participant of a third country and without one of the two sides
//! ("Netanyahu met al-Burhan in Entebbe in February") says what the dated event is, whatever
//! undated or vaguer reports from other articles the merge joined to it; beside a report
//! stating the same date with a person of each side, or with both sides and no third
//! country's participant, it is a vaguer telling of the same act ("the delegation led by
//! Kushner visited Rabat on Tuesday" beside "Othmani, Ben-Shabbat and Kushner signed on the
//! 22nd"), or with a person of one side travelling with the broker's people alone ("Kushner
//! and Ben-Shabbat landed in Rabat on Tuesday": a joint delegation the broker leads is the
//! pair's visit). Nor does a report of a gathering of several countries without one side ("Lapid
//! hosted his Emirati, Bahraini and Egyptian counterparts at dinner on Sunday") beside a
//! report of both sides among its members: it names whom it names of the same meeting.
//!
//! `--all-events` ([`Focus::All`]) keeps every event.

use crate::events::EventType;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::merge::{Event, Mention};

/// The two countries of the timeline.
pub(crate) const MOROCCO: &str = "MA";
pub(crate) const ISRAEL: &str = "IL";
/// The country that brokered the resumption of relations and takes part in trilateral acts.
pub(crate) const BROKER: &str = "US";

/// Which events become rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    /// Morocco–Israel events only (module documentation).
    #[default]
    MoroccoIsrael,
    /// Every event, whoever takes part.
    All,
}

impl Focus {
    /// Whether `e` is kept.
    pub fn keeps(self, e: &Event, g: &Gazetteer) -> bool {
        match self {
            Focus::MoroccoIsrael => is_morocco_israel(e, g),
            Focus::All => true,
        }
    }
}

/// What one mention shows of the two sides and of other countries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sides {
    /// Morocco takes part.
    pub morocco: bool,
    /// Israel takes part.
    pub israel: bool,
    /// A participant (person, organisation, place) of another country is named.
    pub third_party: bool,
    /// How many other countries its participants are of.
    pub third_countries: usize,
    /// Every participant of another country is a person of the broker ([`BROKER`]): the
    /// American envoy travelling or signing with one side, not a third country's act.
    pub broker_people_only: bool,
}

impl Sides {
    /// Both sides take part.
    pub fn both(self) -> bool {
        self.morocco && self.israel
    }

    /// Another country's event: a participant of another country, without both sides.
    pub fn third_country(self) -> bool {
        self.third_party && !self.both()
    }

    /// Whether `m`, showing this, is a meeting with participants of two other countries or
    /// more than the two sides: a gathering ("Lapid hosted his Emirati, Bahraini and Egyptian
    /// counterparts and Blinken at dinner on Sunday"). Told without one side, it is not another
    /// pair's event when another report of it shows both sides among its members ("the six
    /// ministers, Bourita among them, ended their meeting on Monday"): a report of the
    /// gathering names whom it names.
    fn of_a_gathering(self, m: &Mention) -> bool {
        m.event_type == EventType::Meeting && self.third_countries >= 2
    }

    /// Whether `m`, showing this, is a call of one side with the broker's people alone ("the
    /// King spoke with the American president yesterday", the statement's next sentence or its
    /// headline telling that the talk was of the ties with Israel). A call goes nowhere: it is
    /// not a third country's act as a trip is, and another telling of the same call that names
    /// the other side as its subject makes it the pair's ("the King, on the phone with Trump,
    /// decides to resume official contacts with Israel"); without such a telling no mention
    /// shows both sides and it is not a row.
    fn a_call_with_the_broker(self, m: &Mention) -> bool {
        m.event_type == EventType::Call && self.broker_people_only && (self.morocco || self.israel)
    }
}

/// What `m` shows of each side (module documentation).
pub fn sides(m: &Mention, g: &Gazetteer) -> Sides {
    let mut participant = Sides::default();
    // Whether every third-country participant is of the United States, the broker of the
    // 2020 declaration.
    let mut only_broker = true;
    // Whether every third-country participant is a person (a place or institution of a third
    // country says where something happens or who acts, not who travels along).
    let mut third_people_only = true;
    // The countries of the participants (a country named without one is only named).
    let mut participant_countries: Vec<&str> = Vec::new();
    let participants = m.people().iter().chain(m.organisations()).chain(m.places());
    for entity in participants.filter_map(|id| g.by_id(id)) {
        // A country among the places is a country named, not a participant (the countries list
        // has it) — except a visit's: the country its host received it in, where it went.
        if entity.kind == EntityKind::Place && entity.is_country() && m.event_type != EventType::Visit {
            continue;
        }
        // A call goes nowhere: a third country's place it names is what was said ("told the
        // King of the decree recognising his sovereignty over the Sahara"), not who took part.
        if entity.kind == EntityKind::Place && m.event_type == EventType::Call && ![MOROCCO, ISRAEL].contains(&&*entity.country) {
            continue;
        }
        participant_countries.push(&entity.country);
        match &*entity.country {
            MOROCCO => participant.morocco = true,
            ISRAEL => participant.israel = true,
            "" => {}
            other => {
                participant.third_party = true;
                only_broker &= other == BROKER;
                // A call goes nowhere: the broker's institution named beside his people is
                // his office or who told of it ("a phone call between Mr. Trump and King
                // Mohammed VI, according to the White House"), not a third party's act.
                third_people_only &= entity.kind == EntityKind::Person || (m.event_type == EventType::Call && other == BROKER);
            }
        }
    }
    let named = |code: &str| m.countries().iter().any(|c| &**c == code);
    let (named_morocco, named_israel) = (named(MOROCCO) && !participant.morocco, named(ISRAEL) && !participant.israel);
    // The sentence's subject (its first person) of one side and the other side named: an
    // American named beside them is the broker travelling or signing with them ("the
    // delegation, headed by Ben-Shabbat and by Kushner, had flown to the Moroccan capital"),
    // unlike an American named first whose trip from Israel brings him to a Moroccan host, or
    // Washington named beside the King (what the United States decided).
    // A call goes nowhere: the other side named in it is what it was about, whoever is named
    // first ("Trump called the King to tell him of the resumption of ties with Israel"); any
    // person of one side is its subject then.
    let subject = m.people().first().and_then(|id| g.by_id(id)).map(|e| &*e.country);
    let of_one_side = |code: &str| subject == Some(code) || (m.event_type == EventType::Call && m.people().iter().filter_map(|id| g.by_id(id)).any(|p| &*p.country == code));
    let subject_with_other = third_people_only && ((of_one_side(ISRAEL) && named_morocco) || (of_one_side(MOROCCO) && named_israel));
    // A trip (a visit, a flight) goes to one country: a third country named without a
    // participant of its own (not the broker) may be where it went as well as a side named
    // beside it, which only the two sides named together settle ("Herzog went to the Emirates
    // on Monday, as Morocco looks on" is not a visit to Morocco). The countries named by a
    // meeting or a signing take part in it ("counterparts from Egypt, Morocco and Bahrain").
    let trip = matches!(m.event_type, EventType::Visit | EventType::Flight);
    let third_named = trip && m.countries().iter().any(|c| ![MOROCCO, ISRAEL, BROKER].contains(&&**c) && !participant_countries.contains(&&**c));
    // A third country's traveller, neither side taking part, with the two sides and another
    // country named: they are his stops ("Blinken, in Israel since Saturday, goes on to Morocco
    // and Algeria"), not the pair of the trip — whose sides are the traveller's and his host's.
    let stops = third_named && participant.third_party && !participant.morocco && !participant.israel;
    // "The forum's committee met in Manama today, with senior officials from Israel, the
    // United States, the Emirates, Bahrain, Morocco and Egypt": a meeting that names no person
    // and no institution, only where it was held and the countries whose officials took part,
    // is a gathering of those countries; a third country's city is its venue, no participant
    // that makes it another country's event.
    let officials_by_country = m.event_type == EventType::Meeting && m.people().is_empty() && m.organisations().is_empty();
    let pair_as_subject = ((named_morocco && named_israel && !stops) || (subject_with_other && !third_named)) && only_broker;
    // "Morocco and Israel signed a joint declaration in Rabat on Tuesday in the presence of
    // Jared Kushner, the White House adviser": a signing that names the two countries and no
    // other but the broker, whose people or institutions alone stand beside them, is the
    // pair's, even where a place of one side already makes that side a participant (a trip is
    // not: "Blinken flew to Rabat from Israel" is the broker's).
    let only_the_pair_and_the_broker = m.countries().iter().all(|c| [MOROCCO, ISRAEL, BROKER].contains(&&**c));
    let signing_of_the_pair = m.event_type == EventType::Agreement && named(MOROCCO) && named(ISRAEL) && only_broker && only_the_pair_and_the_broker;
    if (!participant.third_party && !third_named) || pair_as_subject || officials_by_country || signing_of_the_pair {
        participant.morocco |= named_morocco;
        participant.israel |= named_israel;
    }
    participant_countries.sort_unstable();
    participant_countries.dedup();
    participant.third_countries = participant_countries.iter().filter(|c| ![MOROCCO, ISRAEL, ""].contains(*c)).count();
    participant.broker_people_only = participant.third_party && only_broker && third_people_only;
    participant
}

/// Whether `e` is a Morocco–Israel event (module documentation).
pub fn is_morocco_israel(e: &Event, g: &Gazetteer) -> bool {
    let mut any_both = false;
    // Among the mentions that state the row's date: whether one shows a third country's
    // event, and whether one shows the two sides for itself.
    let (mut dated_third, mut dated_pair) = (false, false);
    // Whether a dated mention shows a gathering of several countries without one side, and
    // whether any report shows both sides among a gathering's members: the one vetoes only
    // without the other (`Sides::of_a_gathering`).
    let (mut dated_third_gathering, mut both_at_a_gathering) = (false, false);
    for m in &e.mentions {
        let s = sides(m, g);
        let gathering = s.of_a_gathering(m);
        // Only a mention that states its date says what the dated event is: one dated by the
        // visit its article reports (see `merge::date_by_the_visit`) only follows it.
        if m.date.is_some() && m.date == e.date && !m.date_text.is_empty() {
            if gathering {
                dated_third_gathering |= s.third_country();
            } else {
                dated_third |= s.third_country() && !s.a_call_with_the_broker(m);
            }
            dated_pair |= shows_the_pair_itself(m, s, g);
        }
        both_at_a_gathering |= gathering && s.both();
        any_both |= s.both();
    }
    let dated_third = dated_third || (dated_third_gathering && !both_at_a_gathering);
    any_both && (!dated_third || dated_pair)
}

/// Whether `m` (showing `s`) shows the two sides without leaning on a third country's
/// participant: both sides and no participant of another country ("a US–Israeli delegation
/// arrives in Rabat today"), a person of each side ("Othmani, Ben-Shabbat and Kushner
/// signed"), or a person of one side travelling or signing with the broker's people alone
/// ("Kushner and Ben-Shabbat landed in Rabat on Tuesday": a joint delegation the broker
/// leads is the pair's visit, not the broker's). Such a report of the row's date outweighs
/// another stating the same date that shows a third country's event, a vaguer telling of the
/// same act ("the delegation led by Kushner was in Rabat on Tuesday"); a report whose sides
/// are only places beside a third country's traveller ("Blinken arrived in Rabat from the
/// Negev meeting") does not.
fn shows_the_pair_itself(m: &Mention, s: Sides, g: &Gazetteer) -> bool {
    let has_person_of = |code: &str| m.people().iter().filter_map(|id| g.by_id(id)).any(|p| &*p.country == code);
    let (moroccan, israeli) = (has_person_of(MOROCCO), has_person_of(ISRAEL));
    s.both() && (!s.third_party || (moroccan && israeli) || (s.broker_people_only && (moroccan || israeli)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::DateValue;
    use crate::events::EventType;
    use crate::merge::{MentionIds, Status};
    use crate::test_support::assert_unique_names;

    fn gazetteer() -> &'static Gazetteer {
        static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
        G.get_or_init(|| Gazetteer::load(None).unwrap())
    }

    /// A mention naming `ids` (people, organisations and places alike: each is looked up in the
    /// gazetteer) and the countries `countries`, with the countries of its participants added
    /// as the event builder adds them.
    fn mention(date: Option<&str>, ids: &[&str], countries: &[&str]) -> Mention {
        let g = gazetteer();
        let (mut people, mut organisations, mut places) = (Vec::new(), Vec::new(), Vec::new());
        let mut all_countries: Vec<crate::idset::Id> = countries.iter().map(|&c| c.into()).collect();
        for &id in ids {
            let e = g.by_id(id).unwrap_or_else(|| panic!("{id} is not in the gazetteer"));
            match e.kind {
                EntityKind::Person => people.push(id.into()),
                EntityKind::Organisation => organisations.push(id.into()),
                EntityKind::Place => places.push(id.into()),
            }
            if !e.country.is_empty() {
                all_countries.push(e.country);
            }
        }
        all_countries.sort();
        all_countries.dedup();
        Mention {
            file: "a".into(),
            line: 1,
            offset: 0,
            evidence: "".into(),
            event_type: EventType::Visit,
            rule: "".into(),
            date: date.map(|d| DateValue::parse(d).unwrap()),
            date_text: date.unwrap_or_default().into(),
            date_kind: crate::merge::DateKind::Stated,
            span_days: 0,
            published: None,
            status: Status::Occurred,
            ids: MentionIds::new(people, organisations, places, all_countries, Vec::new()),
        }
    }

    /// name, participants (gazetteer ids), countries named, whether the mention shows both sides.
    const MENTIONS: &[(&str, &[&str], &[&str], bool)] = &[
        ("a person of each side", &["yair-lapid", "nasser-bourita"], &[], true),
        ("an Israeli in a Moroccan city", &["aviv-kochavi", "marrakesh"], &[], true),
        ("an Israeli visiting Morocco named as a country", &["aviv-kochavi"], &["MA"], true),
        ("the two states as actors", &[], &["MA", "IL"], true),
        ("a Moroccan signing with Israel and the United States named", &["saadeddine-othmani", "rabat"], &["IL", "US"], true),
        ("a flight between a city of each side", &["casablanca", "tel-aviv"], &[], true),
        ("a Moroccan airline flying to Israel", &["royal-air-maroc"], &["IL"], true),
        ("an American reporting on the pair", &["jared-kushner"], &["IL", "MA"], true),
        ("an Israeli heading a delegation with an American, Morocco named", &["meir-ben-shabbat", "jared-kushner"], &["MA"], true),
        ("a Moroccan with an American, Israel named", &["nasser-bourita", "antony-blinken"], &["IL"], true),
        ("an American first with a Moroccan host, Israel named", &["antony-blinken", "nasser-bourita"], &["IL"], false),
        ("the King with Washington named, Israel named", &["mohammed-vi", "washington-dc"], &["IL"], false),
        ("an American arriving in Morocco from Israel", &["antony-blinken", "nasser-bourita", "rabat"], &["IL"], false),
        ("Israel and Sudan", &["benjamin-netanyahu", "abdel-fattah-al-burhan"], &[], false),
        ("an American delegation from Israel in Abu Dhabi", &["jared-kushner", "abu-dhabi"], &["IL"], false),
        ("Morocco and Spain", &["aziz-akhannouch", "jose-manuel-albares"], &[], false),
        ("a Hamas leader in Morocco, Israel named", &["ismail-haniyeh", "rabat"], &["IL"], false),
        ("a Hamas leader's trip, the pair named", &["ismail-haniyeh", "gaza-strip"], &["IL", "MA", "US"], false),
        ("Morocco alone", &["nasser-bourita"], &[], false),
        ("Israel alone, named", &[], &["IL"], false),
        ("an Israeli and an American received in Morocco, the country its place", &["jared-kushner", "meir-ben-shabbat", "morocco"], &["MA"], true),
        ("an American received in Morocco, Israel named", &["jared-kushner", "morocco"], &["IL"], false),
        ("an Israeli's trip, the Emirates and Morocco named", &["isaac-herzog"], &["AE", "MA"], false),
        ("a Moroccan's trip, Bahrain and Israel named", &["nasser-bourita"], &["BH", "IL"], false),
        ("an Israeli's trip, Morocco and the broker named", &["meir-ben-shabbat"], &["MA", "US"], true),
        ("the two states as actors, the Emirates named", &[], &["MA", "IL", "AE"], true),
        ("an Israeli in a Moroccan city, the Emirates named", &["isaac-herzog", "rabat"], &["AE"], true),
        ("an American's trip, the pair and Algeria its stops", &["antony-blinken"], &["IL", "MA", "DZ"], false),
        ("an American's trip, the pair and Jordan its stops", &["jared-kushner"], &["MA", "IL", "JO"], false),
    ];

    #[test]
    fn each_side_takes_part() {
        assert_unique_names(MENTIONS.iter().map(|t| t.0));
        let g = gazetteer();
        for &(name, ids, countries, both) in MENTIONS {
            let s = sides(&mention(None, ids, countries), g);
            assert_eq!(s.both(), both, "{name}: {ids:?} {countries:?} gives {s:?}");
        }
    }

    #[test]
    fn a_call_with_the_broker_about_the_other_side_is_the_pairs() {
        let g = gazetteer();
        let call = |ids: &[&str], countries: &[&str]| Mention { event_type: EventType::Call, ..mention(None, ids, countries) };
        // "The American president rang the King to say Washington would back renewed ties with
        // Israel": the broker named first, Israel the call's subject.
        assert!(sides(&call(&["donald-trump", "mohammed-vi"], &["IL"]), g).both());
        // "Bourita spoke by phone with Blinken about the Israeli liaison office": either order.
        assert!(sides(&call(&["antony-blinken", "nasser-bourita"], &["IL"]), g).both());
        assert!(sides(&call(&["nasser-bourita", "antony-blinken"], &["IL"]), g).both());
        // An Israeli's call with the broker naming Morocco ("Netanyahu thanked Trump by phone for
        // the Moroccan deal").
        assert!(sides(&call(&["donald-trump", "benjamin-netanyahu"], &["MA"]), g).both());
        // The broker's institution named beside his person is his office or the source ("a
        // call between Trump and the King, the White House said"); a third country's is not.
        assert!(sides(&call(&["donald-trump", "mohammed-vi", "white-house"], &["IL"]), g).both());
        assert!(!sides(&call(&["donald-trump", "mohammed-vi", "wam"], &["IL"]), g).both());
        // A call of Morocco and the broker that names no Israel is theirs alone ("Biden and the
        // King spoke of the Sahara"), and so is one beside another third country's person.
        assert!(!sides(&call(&["donald-trump", "mohammed-vi"], &[]), g).both());
        assert!(!sides(&call(&["donald-trump", "mohammed-vi", "mahmoud-abbas"], &["IL"]), g).both());
        // The same names in a visit: the American first, coming from Israel, is his trip.
        assert!(!sides(&mention(None, &["antony-blinken", "nasser-bourita"], &["IL"]), g).both());
    }

    #[test]
    fn a_dated_call_with_the_broker_is_the_pairs_when_another_telling_names_the_other_side() {
        let g = gazetteer();
        let call = |date: Option<&str>, ids: &[&str], countries: &[&str]| Mention { event_type: EventType::Call, ..mention(date, ids, countries) };
        // "The sovereign had a phone conversation with the US president on Thursday, who told
        // him of the decree on the Sahara" (a place the talk was about, not a participant; Israel
        // only in what he said, the next sentence), beside the page's title "The sovereign, on
        // the phone with Washington, resumes official contacts with Israel".
        let dated = call(Some("2020-12-10"), &["mohammed-vi", "donald-trump", "western-sahara"], &[]);
        assert!(sides(&dated, g).third_country());
        let mut e = Event::new(dated.clone());
        assert!(!is_morocco_israel(&e, g));
        e.mentions.push(call(None, &["mohammed-vi", "donald-trump"], &["IL"]));
        assert!(is_morocco_israel(&e, g));
        // A dated call with another third country's leader still says what the event is.
        let mut e = Event::new(call(Some("2020-12-10"), &["mohammed-vi", "mahmoud-abbas"], &[]));
        e.mentions.push(call(None, &["mohammed-vi", "donald-trump"], &["IL"]));
        assert!(!is_morocco_israel(&e, g));
        // A dated visit of the broker's envoy is his trip, whatever an undated report says.
        let mut e = Event::new(mention(Some("2020-12-22"), &["jared-kushner", "rabat"], &[]));
        e.mentions.push(mention(None, &["jared-kushner", "mohammed-vi"], &["IL"]));
        assert!(!is_morocco_israel(&e, g));
    }

    #[test]
    fn a_meeting_of_officials_named_by_their_countries_is_theirs_wherever_it_is_held() {
        let g = gazetteer();
        let meeting = |ids: &[&str], countries: &[&str]| Mention { event_type: EventType::Meeting, ..mention(None, ids, countries) };
        // "A working group met in Abu Dhabi, with officials from Morocco, Israel and the
        // Emirates": the venue abroad is no third country's act.
        assert!(sides(&meeting(&["abu-dhabi"], &["MA", "IL"]), g).both());
        // A person of a third country named: his act, wherever Morocco and Israel are named.
        assert!(!sides(&meeting(&["abdullah-bin-zayed", "abu-dhabi"], &["MA", "IL"]), g).both());
        // One side only named: no pair.
        assert!(!sides(&meeting(&["manama"], &["IL", "BH"]), g).both());
        // The same venue and countries in a trip say nothing of who went.
        assert!(!sides(&mention(None, &["abu-dhabi"], &["MA", "IL"]), g).both());
    }

    #[test]
    fn a_signing_of_the_two_states_with_the_broker_watching_is_theirs_wherever_it_is_held() {
        let g = gazetteer();
        let signing = |ids: &[&str], countries: &[&str]| Mention { event_type: EventType::Agreement, ..mention(None, ids, countries) };
        // "Morocco and Israel signed a joint declaration in Rabat on Tuesday in the presence of
        // Jared Kushner": Rabat makes Morocco a participant, Israel is only named.
        assert!(sides(&signing(&["jared-kushner", "rabat"], &["MA", "IL"]), g).both());
        // "…, in the presence of the White House adviser Jared Kushner": the broker's
        // institution beside his people.
        assert!(sides(&signing(&["jared-kushner", "white-house", "rabat"], &["MA", "IL"]), g).both());
        // A third country named beside them: whose signing it was is not told.
        assert!(!sides(&signing(&["jared-kushner", "rabat"], &["MA", "IL", "AE"]), g).both());
        // Another third country's person beside them: not the pair's signing.
        assert!(!sides(&signing(&["abdullah-bin-zayed", "rabat"], &["MA", "IL"]), g).both());
        // One state named: the broker's act with it.
        assert!(!sides(&signing(&["jared-kushner", "rabat"], &["MA"]), g).both());
        // A trip of the broker's to one side's city, the other named: his trip, not theirs.
        assert!(!sides(&mention(None, &["antony-blinken", "rabat"], &["MA", "IL"]), g).both());
    }

    #[test]
    fn the_countries_a_meeting_names_take_part() {
        let g = gazetteer();
        // "Lapid welcomes his counterparts from Egypt, Morocco, Bahrain and the Emirates".
        let m = Mention { event_type: EventType::Meeting, ..mention(None, &["yair-lapid"], &["EG", "MA", "BH", "AE"]) };
        assert!(sides(&m, g).both());
        // The same countries named by a trip: where it went is not told.
        for event_type in [EventType::Visit, EventType::Flight] {
            assert!(!sides(&Mention { event_type, ..m.clone() }, g).both(), "{event_type:?}");
        }
    }

    #[test]
    fn a_dated_report_of_another_pair_is_not_a_row() {
        let g = gazetteer();
        // Netanyahu met al-Burhan in February; another article's undated "Netanyahu's talks"
        // in Rabat joined it.
        let mut e = Event::new(mention(Some("2020-02"), &["benjamin-netanyahu", "abdel-fattah-al-burhan"], &[]));
        let undated = mention(None, &["benjamin-netanyahu", "rabat"], &[]);
        assert!(is_morocco_israel(&Event::new(undated.clone()), g));
        e.mentions.push(undated);
        assert!(!is_morocco_israel(&e, g));
        assert!(Focus::All.keeps(&e, g));
        // A vaguer report does not say what the dated event is: a month naming the King with
        // Washington joins the King's reception of the delegation on the 22nd.
        let mut e = Event::new(mention(Some("2020-12-22"), &["mohammed-vi", "rabat"], &["IL", "US"]));
        e.mentions.push(mention(Some("2020-12"), &["mohammed-vi", "washington-dc"], &["IL"]));
        assert!(is_morocco_israel(&e, g));
        // A dated report of Morocco alone does not veto: it lacks a side but names no third.
        let mut e = Event::new(mention(Some("2021-08-11"), &["yair-lapid", "rabat"], &[]));
        e.mentions.push(mention(Some("2021-08-11"), &["nasser-bourita"], &[]));
        assert!(is_morocco_israel(&e, g));
        // A mention that states no date of its own (dated by the visit its article reports)
        // does not say what the event is: another pair's talks dated only by their article's
        // visit, joined to "Netanyahu's talks in Rabat" that month.
        let mut e = Event::new(Mention { date_text: "".into(), ..mention(Some("2020-02-03"), &["benjamin-netanyahu", "abdel-fattah-al-burhan"], &[]) });
        e.mentions.push(mention(Some("2020-02"), &["benjamin-netanyahu", "rabat"], &[]));
        assert!(is_morocco_israel(&e, g));
        e.mentions[0].date_text = "Tuesday".into();
        assert!(!is_morocco_israel(&e, g));
    }

    #[test]
    fn a_dated_report_of_a_gathering_without_one_side_does_not_veto_it() {
        let g = gazetteer();
        let meeting = |date: Option<&str>, ids: &[&str]| Mention { event_type: EventType::Meeting, ..mention(date, ids, &[]) };
        // "Lapid hosted his Emirati, Bahraini and Egyptian counterparts and Blinken at dinner
        // on Sunday", beside another page's "the six ministers, Bourita among them, closed
        // their meeting": the dinner is the gathering's first evening.
        let dinner = meeting(Some("2022-03-27"), &["yair-lapid", "abdullah-bin-zayed", "abdullatif-al-zayani", "sameh-shoukry", "antony-blinken"]);
        let close = meeting(None, &["yair-lapid", "nasser-bourita", "abdullah-bin-zayed", "sameh-shoukry"]);
        let mut e = Event::new(dinner.clone());
        e.mentions.push(close.clone());
        assert!(is_morocco_israel(&e, g));
        // Without a report of both sides at the gathering, the dated dinner is another
        // pair's (or group's) event, whatever else joined it.
        let mut e = Event::new(dinner.clone());
        e.mentions.push(meeting(None, &["yair-lapid", "rabat"]));
        assert!(!is_morocco_israel(&e, g));
        // Talks of one third country with Israel are not a gathering: they still veto.
        let mut e = Event::new(meeting(Some("2022-03-27"), &["yair-lapid", "sameh-shoukry"]));
        e.mentions.push(close);
        assert!(!is_morocco_israel(&e, g));
    }

    #[test]
    fn a_dated_third_country_report_beside_a_dated_report_of_the_two_sides_does_not_veto() {
        let g = gazetteer();
        // "Kushner's delegation was in Rabat on Tuesday" (no side but Morocco's) and another
        // page's "Othmani, Ben-Shabbat and Kushner signed on 22 December" on the same day.
        let broker = mention(Some("2020-12-22"), &["jared-kushner", "rabat"], &[]);
        assert!(sides(&broker, g).third_country());
        let mut e = Event::new(broker.clone());
        e.mentions.push(mention(Some("2020-12-22"), &["saadeddine-othmani", "meir-ben-shabbat", "jared-kushner"], &[]));
        assert!(is_morocco_israel(&e, g));
        // Or beside "a US–Israeli delegation arrives in Rabat today": both sides, no third
        // country's participant.
        let mut e = Event::new(broker.clone());
        e.mentions.push(mention(Some("2020-12-22"), &["rabat"], &["US", "IL"]));
        assert!(is_morocco_israel(&e, g));
        // The same report beside an undated one of the two sides: the dated event is the
        // third country's.
        let mut e = Event::new(broker.clone());
        e.mentions.push(mention(None, &["saadeddine-othmani", "meir-ben-shabbat"], &[]));
        assert!(!is_morocco_israel(&e, g));
        // Nor does a dated report whose sides are places beside the third country's
        // traveller outweigh it ("Blinken reached Rabat from the Negev meeting on Monday").
        let mut e = Event::new(broker);
        e.mentions.push(mention(Some("2020-12-22"), &["antony-blinken", "rabat", "negev"], &[]));
        assert!(sides(&e.mentions[1], g).both());
        assert!(!is_morocco_israel(&e, g));
    }

    #[test]
    fn a_joint_delegation_the_broker_leads_is_the_pairs_visit() {
        let g = gazetteer();
        // Another page recalls "the trip of the mission Kushner headed, last Tuesday": the
        // broker alone, dated.
        let recalled = mention(Some("2021-03-16"), &["jared-kushner"], &[]);
        assert!(sides(&recalled, g).third_country());
        // "Israel's security adviser Ben-Shabbat and the White House's Kushner touched down in
        // Rabat on Tuesday": an Israeli travelling with the broker's people alone, in Morocco.
        let joint = mention(Some("2021-03-16"), &["meir-ben-shabbat", "jared-kushner", "rabat"], &[]);
        assert!(sides(&joint, g).broker_people_only);
        let mut e = Event::new(recalled.clone());
        e.mentions.push(joint);
        assert!(is_morocco_israel(&e, g));
        // A Moroccan with the broker's envoy, Israel named as the other side ("Bourita and
        // Kushner flew to Israel on Tuesday") is the pair's too.
        let mut e = Event::new(recalled.clone());
        e.mentions.push(mention(Some("2021-03-16"), &["nasser-bourita", "jared-kushner"], &["IL"]));
        assert!(is_morocco_israel(&e, g));
        // Beside a person of another third country, the Israeli does not make it the pair's
        // trip: the broker may be escorting a gathering of several countries.
        let mixed = mention(Some("2021-03-16"), &["meir-ben-shabbat", "jared-kushner", "abdullah-bin-zayed", "rabat"], &[]);
        assert!(!sides(&mixed, g).broker_people_only);
        let mut e = Event::new(recalled);
        e.mentions.push(mixed);
        assert!(!is_morocco_israel(&e, g));
    }
}
