//! Tests of the merge: synthetic mentions merged per article and across articles, and
//! properties (the indexed merge equals a full scan; the order of mentions changes nothing).

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

use super::cluster::merge_order;
use super::fit::joins;
use super::*;
use crate::dates::{DateValue, Grain};
use crate::idset::Id;

/// The merge of these tests' mentions, which know no capital (the one test of capitals gives
/// its own to [`super::merge_mentions`]).
fn merge_mentions(mentions: Vec<Mention>) -> Vec<Event> {
    super::merge_mentions(mentions, &Capitals::default())
}

/// One article's merge, knowing no capital.
fn merge_article(mentions: Vec<Mention>) -> Vec<Event> {
    super::merge_article(mentions, &Capitals::default())
}

fn mention(file: &str, ty: EventType, date: Option<&str>, people: &[&str], topics: &[&str]) -> Mention {
    Mention {
        file: file.into(),
        line: 1,
        offset: 0,
        evidence: "".into(),
        event_type: ty,
        rule: "".into(),
        date: date.map(|d| DateValue::parse(d).unwrap()),
        date_text: "".into(),
        date_kind: DateKind::Stated,
        span_days: 0,
        published: None,
        status: Status::Occurred,
        ids: MentionIds::new(
            people.iter().map(|&s| s.into()).collect(),
            Vec::new(),
            Vec::new(),
            vec!["IL".into(), "MA".into()],
            topics.iter().map(|&s| s.into()).collect(),
        ),
    }
}

fn summary(events: &[Event]) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut out: Vec<_> = events
        .iter()
        .map(|e| (e.date.map(|d| d.to_string()).unwrap_or_default(), e.people().iter().map(|p| p.to_string()).collect(), e.files().iter().map(|f| f.to_string()).collect()))
        .collect();
    out.sort();
    out
}

#[test]
fn same_signing_in_two_articles_is_one_event() {
    use EventType::*;
    let events = merge_mentions(vec![
        mention("002", Agreement, Some("2021-11-24"), &[], &["defence"]),
        mention("002", Agreement, None, &["gantz", "loudiyi"], &["defence"]),
        mention("003", Agreement, Some("2021-11-24"), &["gantz", "loudiyi"], &["defence"]),
    ]);
    assert_eq!(summary(&events), [("2021-11-24".into(), vec!["gantz".into(), "loudiyi".into()], vec!["002".into(), "003".into()])]);
}

#[test]
fn meetings_with_different_counterparts_stay_apart() {
    use EventType::*;
    let events = merge_mentions(vec![
        mention("002", Meeting, Some("2021-11-24"), &["gantz", "belkhir"], &[]),
        mention("002", Meeting, Some("2021-11-24"), &["gantz", "bourita"], &[]),
        mention("003", Meeting, Some("2021-11-24"), &["gantz", "bourita"], &[]),
    ]);
    assert_eq!(events.len(), 2);
}

#[test]
fn undated_mention_joins_the_dated_event_by_people_and_date_is_most_precise() {
    use EventType::*;
    let events = merge_mentions(vec![
        mention("000", Agreement, None, &["unna", "rabii"], &["cyber"]),
        mention("001", Agreement, Some("2021-07"), &[], &["cyber"]),
        mention("001", Agreement, None, &["unna", "rabii"], &["cyber"]),
        mention("001", Agreement, Some("2021-07"), &[], &[]),
    ]);
    assert_eq!(summary(&events), [("2021-07".into(), vec!["rabii".into(), "unna".into()], vec!["000".into(), "001".into()])]);
}

/// (case, mentions from articles "a" and "b", rows expected): a report naming nobody, dated
/// only to a month, that tells a subject is the signing of a day in that month on that subject
/// (background told loosely), and only that.
#[test]
fn background_told_by_its_month_joins_the_day_on_its_subject() {
    use EventType::*;
    type Case = (&'static str, Vec<Mention>, usize);
    let cases: Vec<Case> = vec![
        ("month and subject: one signing", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020-12"), &[], &["water", "visa"])], 1),
        ("another subject: two", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020-12"), &[], &["cyber"])], 2),
        // Told by neither a signatory nor a subject ("the agreements signed in December
        // 2020"), it can be no other signing than one of its month with its countries.
        ("no subject told: one", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020-12"), &[], &[])], 1),
        ("no subject told, on its day: one", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020-12-22"), &[], &[])], 1),
        ("no subject told, another month: two", vec![mention("a", Agreement, Some("2021-01-05"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020-12"), &[], &[])], 2),
        ("no subject told, a year: two", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020"), &[], &[])], 2),
        ("no subject told, a country not of the signing: two", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), with_countries(mention("b", Agreement, Some("2020-12"), &[], &[]), &["IL", "MA", "AE"])], 2),
        ("no subject told, announced: two", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), Mention { status: Status::Planned, ..mention("b", Agreement, Some("2020-12"), &[], &[]) }], 2),
        ("another month: two", vec![mention("a", Agreement, Some("2021-01-05"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020-12"), &[], &["water"])], 2),
        ("the month names a signatory: two", vec![mention("a", Agreement, Some("2020-12-22"), &["othmani"], &["water"]), mention("b", Agreement, Some("2020-12"), &["trump"], &["water"])], 2),
        ("a nameless day on the subject: one", vec![mention("a", Agreement, Some("2020-12-22"), &[], &["water"]), mention("b", Agreement, Some("2020-12"), &[], &["water"])], 1),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

/// (case, mentions, rows): a signing recalled by its month alone, naming nobody, on a subject
/// the dated report does not name ("the two countries had signed an aviation accord in
/// March"), is the month's one signing of a day between its countries; two such signings, a
/// signing on another subject, of other countries, of another month or only announced leave
/// it a row of its own.
#[test]
fn a_months_recall_is_the_months_one_signing_between_its_countries() {
    use EventType::*;
    type Case = (&'static str, Vec<Mention>, usize);
    let day = |file: &str, d: &str, people: &[&str], topics: &[&str]| mention(file, Agreement, Some(d), people, topics);
    let recall = |topics: &[&str]| mention("r", Agreement, Some("2022-03"), &[], topics);
    let cases: Vec<Case> = vec![
        ("one signing that month, no subject told: one", vec![day("a", "2022-03-08", &["barbivai", "mezzour"], &[]), recall(&["aviation"])], 1),
        ("one signing that month on the subject: one", vec![day("a", "2022-03-08", &["barbivai", "mezzour"], &["aviation"]), recall(&["aviation"])], 1),
        ("two signings that month: three", vec![day("a", "2022-03-08", &["barbivai", "mezzour"], &[]), day("b", "2022-03-24", &["lapid", "bourita"], &[]), recall(&["aviation"])], 3),
        ("one signing on another subject: two", vec![day("a", "2022-03-08", &["barbivai", "mezzour"], &["water"]), recall(&["aviation"])], 2),
        ("one signing of another month: two", vec![day("a", "2022-04-08", &["barbivai", "mezzour"], &[]), recall(&["aviation"])], 2),
        ("one signing of other countries: two", vec![with_countries(day("a", "2022-03-08", &["barbivai", "nahyan"], &[]), &["IL", "AE"]), recall(&["aviation"])], 2),
        ("one signing announced for its day: two", vec![Mention { status: Status::Planned, ..day("a", "2022-03-08", &["barbivai", "mezzour"], &[]) }, recall(&["aviation"])], 2),
        ("the recall names one country: two", vec![day("a", "2022-03-08", &["barbivai", "mezzour"], &[]), with_countries(recall(&["aviation"]), &["MA"])], 2),
    ];
    for (name, mentions, rows) in cases {
        let events = merge_mentions(mentions);
        assert_eq!(events.len(), rows, "{name}");
        if rows == 1 {
            assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some("2022-03-08"), "{name}: the row has the day");
        }
    }
}

/// (case, mentions, rows): reports in other articles of one period at one grain (a month, a
/// year) on one subject, one of them at least naming nobody, are one act ("earlier this month
/// … a cyber agreement", « conclu plus tôt ce mois-ci »); another subject, another period, a
/// period of another grain or a plan beside an act done stay apart.
#[test]
fn reports_of_one_period_on_one_subject_are_one_act() {
    use EventType::*;
    type Case = (&'static str, Vec<Mention>, usize);
    let cases: Vec<Case> = vec![
        ("a month, one subject, nobody named: one", vec![mention("a", Agreement, Some("2021-07"), &[], &["cyber"]), mention("b", Agreement, Some("2021-07"), &[], &["cyber"])], 1),
        ("three articles, one naming the signatory: one", vec![mention("a", Agreement, Some("2021-07"), &[], &["cyber"]), mention("b", Agreement, Some("2021-07"), &["unna"], &["cyber", "defence"]), mention("c", Agreement, Some("2021-07"), &[], &["cyber"])], 1),
        ("a year, one subject: one", vec![mention("a", Agreement, Some("2020"), &[], &["water"]), mention("b", Agreement, Some("2020"), &[], &["water"])], 1),
        ("talks of a month on one subject: one", vec![mention("a", Meeting, Some("2022-03"), &[], &["defence"]), mention("b", Meeting, Some("2022-03"), &[], &["defence"])], 1),
        ("two subjects of one month: two", vec![mention("a", Agreement, Some("2021-07"), &[], &["water"]), mention("b", Agreement, Some("2021-07"), &[], &["tourism"])], 2),
        ("talks on two subjects of one month: two", vec![mention("a", Meeting, Some("2022-03"), &[], &["defence"]), mention("b", Meeting, Some("2022-03"), &[], &["water"])], 2),
        ("no subject told: two", vec![mention("a", Meeting, Some("2022-03"), &[], &[]), mention("b", Meeting, Some("2022-03"), &[], &[])], 2),
        ("another month: two", vec![mention("a", Agreement, Some("2021-07"), &[], &["cyber"]), mention("b", Agreement, Some("2021-08"), &[], &["cyber"])], 2),
        ("the month and its year: two", vec![mention("a", Agreement, Some("2021-07"), &[], &["cyber"]), mention("b", Agreement, Some("2021"), &[], &["cyber"])], 2),
        ("announced and done: two", vec![mention("a", Agreement, Some("2021-07"), &[], &["cyber"]), Mention { status: Status::Planned, ..mention("b", Agreement, Some("2021-07"), &[], &["cyber"]) }], 2),
        ("both naming other signatories: two", vec![mention("a", Agreement, Some("2021-07"), &["unna"], &["cyber"]), mention("b", Agreement, Some("2021-07"), &["gantz"], &["cyber"])], 2),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

#[test]
fn agreements_on_different_topics_stay_apart() {
    use EventType::*;
    let events = merge_mentions(vec![
        mention("a", Agreement, Some("2021-07"), &[], &["cyber"]),
        mention("a", Agreement, Some("2021-07"), &[], &["aviation"]),
    ]);
    assert_eq!(events.len(), 2);
}

/// (case, mentions, rows): a pair's signings of one day are one signing whatever subject each
/// page names; another day, another pair or one signatory in common keep subjects apart.
#[test]
fn one_pair_signing_on_one_day_is_one_agreement_whatever_its_subjects() {
    use EventType::*;
    type Case = (&'static str, Vec<Mention>, usize);
    let pair = |file: &str, day: &str, people: &[&str], topics: &[&str]| mention(file, Agreement, Some(day), people, topics);
    let cases: Vec<Case> = vec![
        ("same pair, same day, security and intelligence: one", vec![pair("a", "2021-11-24", &["gantz", "loudiyi"], &["defence"]), pair("b", "2021-11-24", &["gantz", "loudiyi"], &["intelligence"])], 1),
        ("same pair, one article, aviation and culture: one", vec![pair("a", "2021-08-11", &["lapid", "bourita"], &["aviation"]), pair("a", "2021-08-11", &["bourita", "lapid"], &["culture"])], 1),
        ("same pair, next day: two", vec![pair("a", "2021-11-24", &["gantz", "loudiyi"], &["defence"]), pair("b", "2021-11-25", &["gantz", "loudiyi"], &["intelligence"])], 2),
        ("one signatory shared: two", vec![pair("a", "2021-11-24", &["gantz", "loudiyi"], &["defence"]), pair("b", "2021-11-24", &["gantz", "mezzour"], &["trade"])], 2),
        ("nobody named: two", vec![pair("a", "2020-12-22", &[], &["water"]), pair("b", "2020-12-22", &[], &["visa"])], 2),
        ("same pair, same month only: two", vec![pair("a", "2021-11", &["gantz", "loudiyi"], &["defence"]), pair("b", "2021-11", &["gantz", "loudiyi"], &["intelligence"])], 2),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

#[test]
fn visit_days_merge() {
    use EventType::*;
    let events = merge_mentions(vec![
        mention("a", Visit, Some("2021-11-24"), &["gantz"], &[]),
        mention("a", Visit, Some("2021-11-25"), &["gantz"], &[]),
    ]);
    assert_eq!(summary(&events), [("2021-11-24".into(), vec!["gantz".into()], vec!["a".into()])]);
}

/// A leg of a visit (a trigger row whose id ends in `-leg`: a tour, a guard of honour) is its
/// own row beside the days of the trip around it, in one article and across articles; told on
/// a day another report gives the visit, it is that report's.
#[test]
fn a_leg_of_a_visit_is_its_own_row() {
    use EventType::*;
    let arrival = Mention { rule: "en-visit-past".into(), ..report("a", 1, Visit, Some("2022-07-18"), &["kochavi"]) };
    let leg = |file: &str, line: usize, day: &str| Mention { rule: "en-visit-leg".into(), ..report(file, line, Visit, Some(day), &["kochavi"]) };
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("a later day, one article", vec![arrival.clone(), leg("a", 3, "2022-07-19")], 2),
        ("a later day, another article", vec![arrival.clone(), leg("b", 1, "2022-07-22")], 2),
        ("the arrival's day", vec![arrival.clone(), leg("b", 1, "2022-07-18")], 1),
        ("two reports of one leg", vec![arrival.clone(), leg("b", 1, "2022-07-22"), leg("c", 1, "2022-07-22")], 2),
        ("no leg: days of one trip", vec![arrival.clone(), Mention { rule: "en-visit-past".into(), ..report("b", 1, Visit, Some("2022-07-20"), &["kochavi"]) }], 1),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

/// A named visitor's stop in another city, reported done on a later day than the trip, is its
/// own row (the gold keeps "went on to Tangier on Friday" beside the visit to Rabat), also
/// when the trip names no place; a later day in the trip's own city, a later report naming no
/// place, an announced stop and a delegation named by nobody stay the trip's. On its own day,
/// a stop elsewhere is no opening of another city.
#[test]
fn a_later_stop_in_another_city_is_its_own_row() {
    use EventType::*;
    let at = |m: Mention, places: &[&str]| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), m.countries().to_vec(), Vec::new());
        Mention { ids, ..m }
    };
    let arrival = at(report("a", 1, Visit, Some("2021-03-08"), &["peretz"]), &["rabat"]);
    let unplaced = report("a", 1, Visit, Some("2021-03-08"), &["peretz"]);
    let stop = |file: &str, places: &[&str]| at(report(file, 2, Visit, Some("2021-03-09"), &["peretz"]), places);
    let announced = Mention { status: Status::Planned, ..stop("a", &["tangier"]) };
    let delegation = |file: &str, day: &str, places: &[&str]| at(report(file, 3, Visit, Some(day), &[]), places);
    let opening = at(report("b", 4, Opening, Some("2021-03-09"), &["peretz"]), &["rabat"]);
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("another city, one article", vec![arrival.clone(), stop("a", &["tangier"])], 2),
        ("another city, another article", vec![arrival.clone(), stop("b", &["tangier"])], 2),
        ("another city, the trip naming no place", vec![unplaced.clone(), stop("a", &["tangier"])], 2),
        ("the trip's own city", vec![arrival.clone(), stop("b", &["rabat", "tangier"])], 1),
        ("a later report naming no place", vec![arrival.clone(), stop("b", &[])], 1),
        ("an announced stop", vec![arrival.clone(), announced], 1),
        ("a delegation named by nobody", vec![delegation("a", "2021-03-08", &[]), delegation("a", "2021-03-09", &["tel-aviv"])], 1),
        ("the opening of its day elsewhere", vec![opening.clone(), Mention { status: Status::Planned, ..stop("c", &["tangier"]) }], 2),
        ("the opening of its day there", vec![opening, stop("c", &["rabat"])], 1),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    // The cities' countries, as the data files give them: a city of no known country is no
    // evidence of elsewhere (see `a_trip_told_by_its_countries_is_in_their_capital`).
    let capitals = Capitals::default().with_place_countries([("rabat".into(), "MA".into()), ("tangier".into(), "MA".into()), ("tel-aviv".into(), "IL".into())]);
    for (name, mentions, rows) in cases {
        assert_eq!(super::merge_mentions(mentions, &capitals).len(), rows, "{name}");
    }
}

/// A leg of a trip (a wreath laid, a stroll: a rule id ending in `-leg`) that its own article
/// tells on a later day of the trip, at a site of the city that article's other sentences place
/// the trip in (or in that city), is the trip: "arrived in the capital on Monday … on Tuesday laid
/// a wreath at its mausoleum". Not a leg elsewhere, nor one naming no place, nor when the
/// article tells the trip by its country alone, nor when only the leg's own sentence names the
/// city ("arrived in the country on Monday, was given a guard of honour on Tuesday at the
/// headquarters in the capital"), nor when another article places the trip, nor another
/// visitor's leg.
#[test]
fn a_leg_in_the_trips_city_is_the_trip() {
    use EventType::*;
    let at = |m: Mention, places: &[&str]| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), vec!["IL".into(), "MA".into()], Vec::new());
        Mention { ids, ..m }
    };
    let arrival = |file: &str, line: usize, places: &[&str]| at(Mention { rule: "en-visit-arrive".into(), date_kind: DateKind::Start, ..report(file, line, Visit, Some("2022-03-14"), &["barbivai"]) }, places);
    let leg = |line: usize, who: &str, places: &[&str]| at(Mention { rule: "en-visit-leg".into(), ..report("a", line, Visit, Some("2022-03-15"), &[who]) }, places);
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("a site of the trip's city", vec![arrival("a", 1, &["test-city"]), leg(3, "barbivai", &["test-site"])], 1),
        ("the trip's city itself", vec![arrival("a", 1, &["test-city"]), leg(3, "barbivai", &["test-city"])], 1),
        ("a site of another city", vec![arrival("a", 1, &["test-city"]), leg(3, "barbivai", &["test-port-site"])], 2),
        ("a leg naming no place", vec![arrival("a", 1, &["test-city"]), leg(3, "barbivai", &[])], 2),
        ("a trip told by its country alone", vec![arrival("a", 1, &[]), leg(3, "barbivai", &["test-site"])], 2),
        ("the city named only in the leg's sentence", vec![arrival("a", 3, &["test-city", "test-site"]), leg(3, "barbivai", &["test-city", "test-site"])], 2),
        ("the trip placed by another article", vec![arrival("b", 1, &["test-city"]), leg(3, "barbivai", &["test-site"])], 2),
        ("another visitor's leg", vec![arrival("a", 1, &["test-city"]), leg(3, "mezzour", &["test-site"])], 2),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    let capitals = Capitals::default()
        .with_cities([("test-site".into(), "test-city".into()), ("test-port-site".into(), "test-port".into())])
        .with_place_countries([("test-city".into(), "MA".into()), ("test-port".into(), "MA".into())]);
    for (name, mentions, rows) in cases {
        for mentions in [mentions.clone(), mentions.into_iter().rev().collect()] {
            assert_eq!(super::merge_mentions(mentions, &capitals).len(), rows, "{name}");
        }
    }
}

/// A trip told by its countries alone ("arrived in the kingdom on Sunday") is in the capital
/// of one of them: a named visitor's report there on a later day ("on a visit to the capital,
/// she signed yesterday") is the trip, while a later report in another city, or in the capital
/// of a country the trip does not name, or in the capital when the trip names its own city,
/// is a stop of its own. A stay recalled by its month in another city than the trip's is the
/// trip (it is told on no day), also when the trip announces an opening. A city the data files
/// give no country (Jerusalem's case: its status is contested, and the gazetteer leaves it
/// so), its sites and a region of no country cannot be told apart from the capital: a later
/// report there is the trip, in one article or another, while a city of the destination
/// named beside it is still elsewhere. The capitals are made up ids, given to this merge alone.
#[test]
fn a_trip_told_by_its_countries_is_in_their_capital() {
    use EventType::*;
    let capitals = Capitals::new([("test-capital-ma".into(), "MA".into()), ("test-capital-jo".into(), "JO".into())])
        .with_cities([("test-holy-site".into(), "test-contested-city".into()), ("test-museum".into(), "test-contested-city".into())])
        .with_place_countries([
            ("test-capital-ma".into(), "MA".into()),
            ("test-capital-jo".into(), "JO".into()),
            ("test-inland-city".into(), "MA".into()),
            ("test-port-city".into(), "MA".into()),
            // A site of the city of no country that the data place in a country of its own.
            ("test-museum".into(), "MA".into()),
        ]);
    let at = |m: Mention, places: &[&str]| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), m.countries().to_vec(), Vec::new());
        Mention { ids, ..m }
    };
    let landed = report("a", 1, Visit, Some("2022-05-15"), &["haddad"]);
    let in_a_city = at(report("a", 1, Visit, Some("2022-05-15"), &["haddad"]), &["test-port-city"]);
    let later = |file: &str, places: &[&str]| at(report(file, 2, Visit, Some("2022-05-16"), &["haddad"]), places);
    let opening_announced = Mention { status: Status::Planned, ..report("a", 3, Opening, None, &["haddad"]) };
    let recalled = at(report("c", 1, Visit, Some("2022-05"), &["haddad"]), &["test-capital-ma"]);
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("the capital of a country it names, one article", vec![landed.clone(), later("a", &["test-capital-ma"])], 1),
        ("the capital of a country it names, another article", vec![landed.clone(), later("b", &["test-capital-ma"])], 1),
        ("the capital of a country it does not name", vec![landed.clone(), later("b", &["test-capital-jo"])], 2),
        ("the capital and another city", vec![landed.clone(), later("b", &["test-capital-ma", "test-inland-city"])], 2),
        ("the capital when the trip names its city", vec![in_a_city.clone(), later("b", &["test-capital-ma"])], 2),
        ("the capital, recalled by its month", vec![at(landed.clone(), &["test-port-city"]), opening_announced, recalled], 1),
        ("a city of no country, one article", vec![landed.clone(), later("a", &["test-contested-city"])], 1),
        ("a city of no country, another article", vec![landed.clone(), later("b", &["test-contested-city"])], 1),
        ("a site of the city of no country", vec![landed.clone(), later("b", &["test-holy-site"])], 1),
        ("a site of it that the data place in a country", vec![landed.clone(), later("b", &["test-museum"])], 1),
        ("a region of no country", vec![landed.clone(), later("b", &["test-region"])], 1),
        ("the city of no country and a city of the destination", vec![landed.clone(), later("b", &["test-contested-city", "test-port-city"])], 2),
        ("the city of no country when the trip names its city", vec![in_a_city.clone(), later("b", &["test-contested-city"])], 2),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, mentions, rows) in cases {
        assert_eq!(super::merge_mentions(mentions, &capitals).len(), rows, "{name}");
    }
}

/// A site is one place with the city it is in (`places.csv`'s `parent`): a named visitor who
/// landed at the port city's airport and is reported in the port city the next day is on one
/// trip, not at a stop elsewhere; a trip that landed at the capital's airport is in the
/// capital; and a route told by the airport is one with a route told by its city. A site
/// of another city, or a city of no site, stays apart. The ids are made up, given to this
/// merge alone.
#[test]
fn a_site_is_in_its_city() {
    use EventType::*;
    let capitals = Capitals::new([("test-capital-ma".into(), "MA".into())])
        .with_cities([("test-port-airport".into(), "test-port-city".into()), ("test-capital-airport".into(), "test-capital-ma".into())]);
    let at = |m: Mention, places: &[&str]| {
        let ids = MentionIds::new(m.people().to_vec(), m.organisations().to_vec(), places.iter().map(|&p| p.into()).collect(), m.countries().to_vec(), Vec::new());
        Mention { ids, ..m }
    };
    let landed = |airport: &str| at(report("a", 1, Visit, Some("2022-05-15"), &["haddad"]), &[airport]);
    let later = |places: &[&str]| at(report("b", 2, Visit, Some("2022-05-16"), &["haddad"]), places);
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("landed at the airport, reported in its city the day after", vec![landed("test-port-airport"), later(&["test-port-city"])], 1),
        ("landed at the capital's airport, reported in the capital", vec![landed("test-capital-airport"), later(&["test-capital-ma"])], 1),
        ("landed at one city's airport, reported in another city", vec![landed("test-port-airport"), later(&["test-capital-ma"])], 2),
        ("landed at an airport of no city, reported in a city", vec![landed("test-desert-airstrip"), later(&["test-port-city"])], 2),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, mentions, rows) in cases {
        assert_eq!(super::merge_mentions(mentions, &capitals).len(), rows, "{name}");
    }
    // A route told by the airport and one told by its city (the flights' test, as the merge
    // asks it).
    let places = |ids: &[&str]| crate::idset::IdSet::from_iter(ids.iter().map(|&p| Id::from(p)));
    assert!(capitals.same_place(&places(&["test-port-airport"]).view(), &places(&["test-port-city"]).view()));
    assert!(!capitals.same_place(&places(&["test-port-airport"]).view(), &places(&["test-capital-airport"]).view()));
    assert!(!Capitals::default().same_place(&places(&["test-port-airport"]).view(), &places(&["test-port-city"]).view()));
}

/// A mention of `file` with its own line, so that reports of one article stay apart.
fn report(file: &str, line: usize, ty: EventType, date: Option<&str>, people: &[&str]) -> Mention {
    Mention { line, ..mention(file, ty, date, people, &[]) }
}

#[test]
fn a_visit_reported_on_three_days_of_one_trip_is_one_event() {
    use EventType::*;
    // Arrival on Tuesday, the main day, the last day: three articles, three days, one trip.
    let events = merge_mentions(vec![
        report("arrival", 1, Visit, Some("2022-07-18"), &["kochavi"]),
        report("talks", 1, Visit, Some("2022-07-19"), &["kochavi", "belkhir"]),
        report("farewell", 1, Visit, Some("2022-07-21"), &["kochavi"]),
    ]);
    assert_eq!(events.len(), 1, "{:?}", summary(&events));
    assert_eq!(events[0].days.map(|(a, b)| (a.to_string(), b.to_string())), Some(("2022-07-18".into(), "2022-07-21".into())));
    assert_eq!(events[0].files().len(), 3);
}

#[test]
fn the_day_most_sources_give_wins_and_every_source_stays() {
    use EventType::*;
    // One article dates the arrival a day early (its "أمس" read against a later day); two
    // date it to the 22nd. Whatever the order, the row keeps the 22nd and all three.
    let mentions = vec![
        report("a", 1, Visit, Some("2021-11-21"), &["gantz"]),
        report("b", 1, Visit, Some("2021-11-22"), &["gantz"]),
        report("c", 1, Visit, Some("2021-11-22"), &["gantz", "loudiyi"]),
        // An article repeating its own day does not outvote two articles.
        report("a", 2, Visit, Some("2021-11-21"), &["gantz"]),
    ];
    for rotation in 0..mentions.len() {
        let mut m = mentions.clone();
        m.rotate_left(rotation);
        let events = merge_mentions(m);
        assert_eq!(summary(&events), [("2021-11-22".into(), vec!["gantz".into(), "loudiyi".into()], vec!["a".into(), "b".into(), "c".into()])]);
    }
    // A tie goes to the earlier day, the start of the visit.
    let events = merge_mentions(vec![report("a", 1, Visit, Some("2021-11-23"), &["gantz"]), report("b", 1, Visit, Some("2021-11-22"), &["gantz"])]);
    assert_eq!(summary(&events)[0].0, "2021-11-22");
}

/// Where sources disagree on the day, the reports that give another day than the row's are
/// known (the row quotes one of them beside its own): the outvoted day of one page, either day
/// of a tie between two (the earlier is the row's), none when the other days are of a weaker
/// kind (a signing "during" the visit is another day of it, not a disagreement).
#[test]
fn the_reports_of_an_outvoted_day_are_known() {
    use DateKind::*;
    let outvoted = |mentions: Vec<Mention>| -> (String, Vec<String>) {
        let events = merge_mentions(mentions);
        assert_eq!(events.len(), 1, "{:?}", summary(&events));
        let mut files: Vec<String> = events[0].outvoted().map(|m| format!("{}:{}", m.file, m.date.unwrap())).collect();
        files.sort();
        (events[0].date.unwrap().to_string(), files)
    };
    let two_against_one = vec![
        dated_as("a", 1, "2022-01-16", Stated, &["razvozov"]),
        dated_as("b", 1, "2022-01-17", Stated, &["razvozov"]),
        dated_as("c", 1, "2022-01-17", Stated, &["razvozov"]),
    ];
    assert_eq!(outvoted(two_against_one), ("2022-01-17".into(), vec!["a:2022-01-16".into()]));
    let a_tie = vec![dated_as("a", 1, "2022-01-17", Stated, &["razvozov"]), dated_as("b", 1, "2022-01-16", Stated, &["razvozov"])];
    assert_eq!(outvoted(a_tie), ("2022-01-16".into(), vec!["a:2022-01-17".into()]));
    let days_of_the_visit = vec![
        dated_as("a", 1, "2022-01-16", Stated, &["razvozov"]),
        dated_as("b", 1, "2022-01-17", During, &["razvozov"]),
        dated_as("c", 1, "2022-01-18", Publication, &["razvozov"]),
    ];
    assert_eq!(outvoted(days_of_the_visit), ("2022-01-16".into(), vec![]));
}

#[test]
fn twelve_reports_of_one_signing_are_one_event() {
    use EventType::*;
    // Twelve articles: the day, the month, "last week" as a day range, undated references,
    // each naming one or both signatories.
    let dates = [Some("2021-11-24"), Some("2021-11"), None, Some("2021-11-24"), None, Some("2021-11-24"), Some("2021-11"), None, Some("2021-11-24"), Some("2021-11-24"), None, Some("2021-11-24")];
    let people: [&[&str]; 3] = [&["gantz"], &["loudiyi"], &["gantz", "loudiyi"]];
    let mentions: Vec<Mention> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| Mention { line: 1 + i % 3, ..mention(&format!("{i:03}"), Agreement, *d, people[i % 3], &["defence"]) })
        .collect();
    let events = merge_mentions(mentions);
    assert_eq!(events.len(), 1, "{:?}", summary(&events));
    assert_eq!(events[0].files().len(), 12);
    assert_eq!(events[0].date.map(|d| d.to_string()), Some("2021-11-24".into()));
}

#[test]
fn two_visits_by_one_person_months_apart_stay_two() {
    use EventType::*;
    let events = merge_mentions(vec![
        report("a", 1, Visit, Some("2021-11-24"), &["gantz"]),
        report("b", 1, Visit, Some("2022-07-18"), &["gantz"]),
        // Five days after the first: the visit was over.
        report("c", 1, Visit, Some("2021-11-29"), &["gantz"]),
    ]);
    assert_eq!(events.len(), 3, "{:?}", summary(&events));
}

#[test]
fn an_invitation_is_not_the_visit_of_days_before() {
    use EventType::*;
    let mut invitation = report("b", 1, Visit, Some("2020-12-25"), &["netanyahu", "mohammed-vi"]);
    invitation.status = Status::Planned;
    let events = merge_mentions(vec![report("a", 1, Visit, Some("2020-12-22"), &["mohammed-vi"]), invitation]);
    assert_eq!(events.len(), 2);
}

#[test]
fn a_report_naming_other_countries_is_another_meeting() {
    use EventType::*;
    // Shoukry's talks with Blinken, then "the six-nation meeting" the same day, no names.
    let mut talks = report("a", 1, Meeting, Some("2022-03-28"), &["shoukry", "blinken"]);
    talks.ids = MentionIds::new(vec!["shoukry".into(), "blinken".into()], vec![], vec![], vec!["EG".into(), "US".into()], vec![]);
    let mut six = report("a", 2, Meeting, Some("2022-03-28"), &[]);
    six.ids = MentionIds::new(vec![], vec![], vec![], ["AE", "BH", "EG", "IL", "MA", "US"].map(Id::from).to_vec(), vec![]);
    assert_eq!(merge_mentions(vec![talks.clone(), six]).len(), 2);
    // A report naming only countries of the event joins it.
    let mut same = report("a", 2, Meeting, Some("2022-03-28"), &[]);
    same.ids = MentionIds::new(vec![], vec![], vec![], vec!["EG".into()], vec![]);
    assert_eq!(merge_mentions(vec![talks, same]).len(), 1);
}

/// (case, meetings of one article, rows): talks between two or three countries on the
/// sidelines of a meeting of four or more are not that meeting, even when their people are
/// among its people; talks told with more or fewer people of the same countries are one.
#[test]
fn talks_on_the_sidelines_of_a_summit_are_not_the_summit() {
    use EventType::*;
    let six = ["AE", "BH", "EG", "IL", "MA", "US"];
    let summit = || with_countries(mention("a", Meeting, Some("2022-03-28"), &["shoukry", "bourita", "lapid", "blinken"], &[]), &six);
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("two countries' talks beside six", vec![summit(), with_countries(mention("a", Meeting, Some("2022-03-28"), &["shoukry", "blinken"], &[]), &["EG", "US"])], 2),
        ("the summit told with fewer of its people", vec![summit(), with_countries(mention("a", Meeting, Some("2022-03-28"), &["bourita", "lapid"], &[]), &["AE", "BH", "IL", "MA", "US"])], 1),
        ("a bilateral meeting told with more people", vec![mention("a", Meeting, Some("2021-11-24"), &["gantz", "loudiyi"], &[]), mention("a", Meeting, Some("2021-11-24"), &["gantz", "loudiyi", "belkhir"], &[])], 1),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

/// (case, meetings, rows): a summit of four countries or more told by one article over two
/// days (a dinner the first evening, the session the next morning), by reports naming its
/// host alone, its days, or a third country in passing, is one meeting; talks between two of
/// its countries on a day of their own stay talks on its sidelines. Across articles, two
/// pages telling the gathering by a summit's noun a day apart (one by its guests' arrival)
/// tell one summit.
#[test]
fn a_summit_over_two_days_is_one_meeting() {
    use EventType::*;
    let five = ["EG", "IL", "JO", "MA", "US"];
    let summit = |file: &str, day: Option<&str>| with_countries(mention(file, Meeting, day, &["safadi", "shoukry", "bourita", "cohen", "blinken"], &[]), &five);
    let host = |file: &str, day: Option<&str>| with_countries(mention(file, Meeting, day, &["cohen"], &[]), &["IL"]);
    let two = |file: &str, day: Option<&str>, countries: &[&str]| with_countries(mention(file, Meeting, day, &["bourita", "cohen"], &[]), countries);
    // "Bourita arrived on Sunday for the summit with his Jordanian and Egyptian counterparts":
    // three of its people, its countries named.
    let guests = |file: &str, day: Option<&str>, countries: &[&str]| with_countries(mention(file, Meeting, day, &["bourita", "cohen", "safadi"], &[]), countries);
    let by_its_noun = |m: Mention| Mention { rule: "meeting-summit".into(), ..m };
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("the host's closing words dated by the dinner the evening before", vec![summit("a", Some("2023-01-09")), host("a", Some("2023-01-08"))], 1),
        ("the host's words two days before", vec![summit("a", Some("2023-01-09")), host("a", Some("2023-01-07"))], 2),
        ("the host's words the day before, in another article", vec![summit("a", Some("2023-01-09")), host("b", Some("2023-01-08"))], 2),
        ("two of its people, no date, in its article", vec![summit("a", Some("2023-01-09")), two("a", None, &["IL", "MA"])], 1),
        ("two of its people, dated by its own days, a third country in passing", vec![summit("a", Some("2023-01-08/2023-01-09")), two("a", Some("2023-01-08/2023-01-09"), &["IL", "IR", "MA"])], 1),
        ("two of its countries' talks on a day of it", vec![summit("a", Some("2023-01-09")), two("a", Some("2023-01-09"), &["IL", "MA"])], 2),
        ("two of its countries' talks the day before", vec![summit("a", Some("2023-01-09")), two("a", Some("2023-01-08"), &["IL", "MA"])], 2),
        ("another page's summit by its noun, dated by the guests' arrival the day before", vec![by_its_noun(summit("a", Some("2023-01-09"))), by_its_noun(guests("b", Some("2023-01-08"), &five))], 1),
        ("another page's summit by its noun, two days before", vec![by_its_noun(summit("a", Some("2023-01-09"))), by_its_noun(guests("b", Some("2023-01-07"), &five))], 2),
        ("another page's talks of two of its countries by the summit's noun, the day before", vec![by_its_noun(summit("a", Some("2023-01-09"))), by_its_noun(guests("b", Some("2023-01-08"), &["IL", "MA"]))], 2),
        ("another page's gathering the day before, not told by a summit's noun", vec![by_its_noun(summit("a", Some("2023-01-09"))), guests("b", Some("2023-01-08"), &five)], 2),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

/// (case, meetings, the row's day): one article telling a summit by its noun on its day and,
/// in another sentence, the dinner or the talks on its sidelines the evening before (equal
/// votes, one report each) dates the row by the summit's noun: the session's day, not the
/// earlier evening's, however many sentences tell the evening; with no summit's noun the
/// earliest day stays.
#[test]
fn a_summit_is_dated_by_its_own_noun() {
    use EventType::*;
    let five = ["AE", "EG", "IL", "MA", "US"];
    let gathering = |day: &str| with_countries(mention("a", Meeting, Some(day), &["cohen", "bourita", "shoukry", "blinken"], &[]), &five);
    let by_its_noun = |m: Mention| Mention { rule: "meeting-summit".into(), ..m };
    let cases: Vec<(&str, Vec<Mention>, &str)> = vec![
        ("the session by its noun, the evening's talks before it", vec![gathering("2023-01-08"), by_its_noun(gathering("2023-01-09"))], "2023-01-09"),
        ("the same, the other way round", vec![by_its_noun(gathering("2023-01-09")), gathering("2023-01-08")], "2023-01-09"),
        ("the evening told twice", vec![by_its_noun(gathering("2023-01-09")), gathering("2023-01-08"), gathering("2023-01-08")], "2023-01-09"),
        ("no summit's noun: the earliest", vec![gathering("2023-01-09"), gathering("2023-01-08")], "2023-01-08"),
    ];
    for (name, mentions, day) in cases {
        let rows = merge_mentions(mentions);
        assert_eq!(rows.len(), 1, "{name}");
        assert_eq!(rows[0].date.and_then(|d| d.as_day()).map(|d| d.to_string()).as_deref(), Some(day), "{name}");
    }
}

/// (case, meetings, rows): a report naming two of a summit's members tells the summit itself,
/// not talks beside it, when it is told by a summit's noun (a trigger row whose id holds
/// `-summit`: "the gathering closed yesterday with a press conference of X and Y") or when it
/// recalls it by a month holding its day at one of its places ("X, who attended the desert
/// meeting hosted by Y in June", written weeks later). Talks of two of its members on its day
/// or in its month, told by talks and not at its place, stay talks on its sidelines.
#[test]
fn a_summit_recalled_by_two_of_its_members_is_the_summit() {
    use EventType::*;
    let five = ["EG", "IL", "JO", "MA", "US"];
    let at = |m: Mention, place: &str| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), vec![place.into()], m.countries().to_vec(), Vec::new());
        Mention { ids, ..m }
    };
    let summit = || at(with_countries(mention("a", Meeting, Some("2023-06-12"), &["safadi", "shoukry", "bourita", "cohen", "blinken"], &[]), &five), "aqaba");
    let two = |file: &str, day: &str| with_countries(mention(file, Meeting, Some(day), &["bourita", "cohen"], &[]), &["IL", "MA"]);
    let by_its_noun = |m: Mention| Mention { rule: "meeting-summit".into(), ..m };
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("its close told by its noun with two of its people, in its article", vec![summit(), by_its_noun(two("a", "2023-06-12"))], 1),
        ("told by its noun in another article", vec![summit(), by_its_noun(two("b", "2023-06-12"))], 1),
        ("recalled by its month at its place", vec![summit(), at(two("b", "2023-06"), "aqaba")], 1),
        ("recalled by its month, by its noun", vec![summit(), by_its_noun(two("b", "2023-06"))], 1),
        ("talks of two of its members on its day", vec![summit(), two("a", "2023-06-12")], 2),
        ("talks of two of its members on its day at its place", vec![summit(), at(two("b", "2023-06-12"), "aqaba")], 2),
        ("talks of two of its members in its month, elsewhere", vec![summit(), at(two("b", "2023-06"), "rabat")], 2),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

/// An undated report of two of a summit's people, in the summit's article, is the summit: it
/// does not go on to join the same two people's talks of another month that another article
/// dates. Across articles it stays apart from the summit.
#[test]
fn an_undated_report_stays_with_the_summit_of_its_article() {
    use EventType::*;
    let five = ["EG", "IL", "JO", "MA", "US"];
    let summit = with_countries(mention("a", Meeting, Some("2023-01-09"), &["safadi", "shoukry", "bourita", "cohen", "blinken"], &[]), &five);
    let press = with_countries(mention("a", Meeting, None, &["bourita", "cohen"], &[]), &["IL", "MA"]);
    let talks = with_countries(mention("b", Meeting, Some("2022-06-14"), &["bourita", "cohen"], &[]), &["IL", "MA"]);
    let events = merge_mentions(vec![summit, press, talks]);
    assert_eq!(summary(&events), [
        ("2022-06-14".into(), vec!["bourita".into(), "cohen".into()], vec!["b".into()]),
        ("2023-01-09".into(), ["blinken", "bourita", "cohen", "safadi", "shoukry"].map(String::from).to_vec(), vec!["a".into()]),
    ]);
}

/// (case, meetings of one article unless said, rows): a summit's report that names some of
/// its members by their countries alone, and a reference to "the meeting" with no date of its
/// own that names another member (taken from the sentence before) beside its host, are one
/// gathering though their people do not nest; dated talks of two of its countries, a
/// reference naming a country that is not of it, or one in another article stay apart.
#[test]
fn a_reference_to_the_gathering_with_another_of_its_members_is_the_gathering() {
    use EventType::*;
    let five = ["AE", "EG", "IL", "MA", "US"];
    let dinner = || with_countries(mention("a", Meeting, Some("2023-01-08/2023-01-09"), &["cohen", "blinken", "zayed"], &[]), &five);
    let reference = |file: &str, people: &[&str], countries: &[&str], day: Option<&str>, kind: DateKind| Mention { date_kind: kind, ..with_countries(mention(file, Meeting, day, people, &[]), countries) };
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("undated, its host and another member", vec![dinner(), reference("a", &["bourita", "cohen"], &["IL", "MA"], None, DateKind::Stated)], 1),
        ("the page's day, within the gathering's", vec![dinner(), reference("a", &["bourita", "cohen"], &["IL", "MA"], Some("2023-01-09"), DateKind::Publication)], 1),
        ("a day of its own", vec![dinner(), reference("a", &["bourita", "cohen"], &["IL", "MA"], Some("2023-01-09"), DateKind::Stated)], 2),
        ("the page's day, after the gathering", vec![dinner(), reference("a", &["bourita", "cohen"], &["IL", "MA"], Some("2023-01-11"), DateKind::Publication)], 2),
        ("a country not of it", vec![dinner(), reference("a", &["bourita", "cohen"], &["IL", "JO", "MA"], None, DateKind::Stated)], 2),
        ("none of its people", vec![dinner(), reference("a", &["bourita", "safadi"], &["MA", "EG"], None, DateKind::Stated)], 2),
        ("another article", vec![dinner(), reference("b", &["bourita", "cohen"], &["IL", "MA"], None, DateKind::Stated)], 2),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

/// Between two days as many articles give, the row takes the day more of their reports give:
/// a summit's article tells its session in two sentences and its dinner in one.
#[test]
fn on_a_tie_of_articles_the_day_more_reports_give() {
    use EventType::*;
    let five = ["EG", "IL", "JO", "MA", "US"];
    let people = ["safadi", "shoukry", "bourita", "cohen", "blinken"];
    let events = merge_mentions(vec![
        with_countries(report("a", 1, Meeting, Some("2023-01-09"), &people), &five),
        with_countries(report("a", 2, Meeting, Some("2023-01-09"), &people), &five),
        with_countries(report("a", 3, Meeting, Some("2023-01-08"), &["cohen"]), &["IL"]),
    ]);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some("2023-01-09"));
    // One report each: the earliest.
    let events = merge_mentions(vec![report("a", 1, Visit, Some("2023-01-09"), &["cohen"]), report("b", 1, Visit, Some("2023-01-08"), &["cohen"])]);
    assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some("2023-01-08"));
}

/// (case, mentions of one article, rows): a headline or a recap naming nobody and no date is
/// the one event of its family the article dates and it can be (its countries take part, its
/// subject is the event's); else, when none is dated, the one naming its people. With two
/// such events it tells neither.
#[test]
fn a_headline_naming_nobody_is_the_articles_one_event() {
    use EventType::*;
    let headline = |topics: &[&str]| Mention { line: 1, ..mention("a", Agreement, None, &[], topics) };
    let signing = |day: &str, topics: &[&str]| Mention { line: 5, ..mention("a", Agreement, Some(day), &["peretz", "amzazi"], topics) };
    let flight = |people: &[&str], topics: &[&str]| Mention { line: 9, ..mention("a", Flight, None, people, topics) };
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("the headline of the one signing", vec![headline(&["education"]), signing("2022-05-03", &["education"])], 1),
        ("a headline naming no subject", vec![headline(&[]), signing("2022-05-03", &["education"])], 1),
        ("a headline of another subject", vec![headline(&["water"]), signing("2022-05-03", &["education"])], 2),
        ("a headline naming the subject of a signing that names none", vec![headline(&["water"]), signing("2022-05-03", &[])], 1),
        ("a nameless signing of a subject told below another", vec![signing("2022-05-03", &[]), Mention { line: 7, ..headline(&["water"]) }], 2),
        ("a headline over two signings", vec![headline(&[]), signing("2022-05-03", &["education"]), Mention { line: 7, ..signing("2022-05-04", &["health"]) }], 3),
        ("a headline naming a third country", vec![with_countries(headline(&[]), &["IL", "MA", "AE"]), signing("2022-05-03", &[])], 2),
        ("no dated flight: the one naming its passengers", vec![Mention { line: 1, ..flight(&[], &[]) }, flight(&["peretz"], &[])], 1),
        ("no dated flight: two naming passengers", vec![Mention { line: 1, ..flight(&[], &[]) }, flight(&["peretz"], &["trade"]), Mention { line: 12, ..flight(&["amzazi"], &["health"]) }], 3),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_article(mentions).len(), rows, "{name}");
    }
}

/// (case, mentions of one article as (date as written, day, people), the rows' days): a
/// report dated by a weekday alone a week off a report of the same event dated in full takes
/// the full date; another person's, two weeks off, or between two full dates, keeps its own.
#[test]
fn a_weekday_a_week_off_the_full_date_is_that_date() {
    use EventType::*;
    let flight = |line: usize, written: &str, day: &str, people: &[&str]| Mention { line, date_text: written.into(), ..mention("a", Flight, Some(day), people, &[]) };
    let visit = |line: usize, written: &str, day: &str, people: &[&str]| Mention { line, date_text: written.into(), ..mention("a", Visit, Some(day), people, &[]) };
    let cases: Vec<(&str, Vec<Mention>, Vec<&str>)> = vec![
        ("a headline's weekday guessed back a week", vec![flight(1, "lundi", "2022-05-02", &[]), flight(3, "lundi 9 mai", "2022-05-09", &[])], vec!["2022-05-09"]),
        ("an Arabic weekday and a date in Arabic-Indic digits", vec![visit(1, "الأحد", "2022-05-01", &["cohen"]), visit(3, "الأحد ٨ مايو", "2022-05-08", &["cohen"])], vec!["2022-05-08"]),
        ("another person's visit", vec![visit(1, "dimanche", "2022-05-01", &["cohen"]), visit(3, "dimanche 8 mai", "2022-05-08", &["peretz"])], vec!["2022-05-01", "2022-05-08"]),
        ("two weeks off", vec![flight(1, "lundi", "2022-04-25", &[]), flight(3, "lundi 9 mai", "2022-05-09", &[])], vec!["2022-04-25", "2022-05-09"]),
        ("between two full dates", vec![flight(1, "lundi", "2022-05-09", &[]), flight(3, "2 mai", "2022-05-02", &[]), flight(5, "16 mai", "2022-05-16", &[])], vec!["2022-05-02", "2022-05-09", "2022-05-16"]),
    ];
    for (name, mentions, days) in cases {
        let mut got: Vec<String> = merge_article(mentions).iter().filter_map(|e| e.date.map(|d| d.to_string())).collect();
        got.sort();
        assert_eq!(got, days, "{name}");
    }
}

/// (case, visits from two articles, rows): two reports of a delegation named by nobody are
/// one visit when they name the same countries and their days fit one trip.
#[test]
fn a_delegation_named_by_nobody_is_one_visit_over_its_days() {
    use EventType::*;
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("arrived Sunday, still there Tuesday", vec![mention("a", Visit, Some("2020-12-27"), &[], &[]), mention("b", Visit, Some("2020-12-29"), &[], &[])], 1),
        ("days too far apart for one trip", vec![mention("a", Visit, Some("2020-12-20"), &[], &[]), mention("b", Visit, Some("2020-12-29"), &[], &[])], 2),
        ("other countries", vec![mention("a", Visit, Some("2020-12-27"), &[], &[]), with_countries(mention("b", Visit, Some("2020-12-29"), &[], &[]), &["IL", "AE"])], 2),
        ("one names its visitor", vec![mention("a", Visit, Some("2020-12-27"), &[], &[]), mention("b", Visit, Some("2020-12-29"), &["gantz"], &[])], 2),
    ];
    for (name, mentions, rows) in cases {
        assert_eq!(merge_mentions(mentions).len(), rows, "{name}");
    }
}

/// `mention` with its countries set (the event builder adds the participants' own).
fn with_countries(mut m: Mention, countries: &[&str]) -> Mention {
    m.ids = MentionIds::new(
        m.people().to_vec(),
        m.organisations().to_vec(),
        m.places().to_vec(),
        countries.iter().map(|&c| c.into()).collect(),
        m.topics().to_vec(),
    );
    m
}

#[test]
fn an_undated_report_of_another_pair_does_not_join_a_dated_event() {
    use EventType::*;
    // "Netanyahu met al-Burhan in Entebbe", undated in a story on Sudan, is not the call
    // with the King another article dates; "Netanyahu's call with the King" is.
    let call = with_countries(report("a", 1, Agreement, Some("2020-12-25"), &["netanyahu", "mohammed-vi"]), &["IL", "MA"]);
    let sudan = with_countries(report("b", 1, Agreement, None, &["netanyahu", "burhan"]), &["IL", "SD", "UG"]);
    let same = with_countries(report("c", 1, Agreement, None, &["netanyahu"]), &["IL", "MA"]);
    let events = merge_mentions(vec![call, sudan, same]);
    assert_eq!(summary(&events), [
        (String::new(), vec!["burhan".into(), "netanyahu".into()], vec!["b".into()]),
        ("2020-12-25".into(), vec!["mohammed-vi".into(), "netanyahu".into()], vec!["a".into(), "c".into()]),
    ]);
}

/// One page tells a signing by its parties' institutions ("NewMed has signed an agreement with
/// ONHYM to explore the Boujdour Atlantique block", the block's coast a third place) and then
/// names only one side's signer ("ONHYM director general Amina Benkhadra signed for the
/// Moroccan side"): one signing, whose signer names fewer countries, not others. Another page,
/// another day, or no institution in common keeps them apart.
#[test]
fn one_sides_signer_on_the_page_joins_the_signing_its_institutions_tell() {
    use EventType::*;
    let ids = |m: Mention, orgs: &[&str], countries: &[&str]| {
        let topics = m.topics().to_vec();
        Mention { ids: MentionIds::new(m.people().to_vec(), orgs.iter().map(|&o| o.into()).collect(), vec![], countries.iter().map(|&c| c.into()).collect(), topics), ..m }
    };
    let institutions = ids(mention("a", Agreement, Some("2022-12-05"), &[], &["energy"]), &["newmed", "onhym"], &["EH", "IL", "MA"]);
    let signer = ids(report("a", 3, Agreement, Some("2022-12-05"), &["benkhadra"]), &["onhym"], &["MA"]);
    for order in [vec![institutions.clone(), signer.clone()], vec![signer.clone(), institutions.clone()]] {
        let events = merge_mentions(order);
        assert_eq!(summary(&events), [("2022-12-05".into(), vec!["benkhadra".into()], vec!["a".into()])]);
    }
    let elsewhere = Mention { file: "b".into(), ..signer.clone() };
    assert_eq!(merge_mentions(vec![institutions.clone(), elsewhere]).len(), 2, "another page");
    let next_day = Mention { date: DateValue::parse("2022-12-06"), ..signer.clone() };
    assert_eq!(merge_mentions(vec![institutions.clone(), next_day]).len(), 2, "another day");
    let other_body = ids(signer, &["ocp"], &["MA"]);
    assert_eq!(merge_mentions(vec![institutions, other_body]).len(), 2, "no institution in common");
}

#[test]
fn one_flight_whoever_each_source_names_aboard() {
    use EventType::*;
    let airline = |mut m: Mention| {
        m.ids = MentionIds::new(m.people().to_vec(), vec!["royal-air-maroc".into()], vec![], m.countries().to_vec(), vec![]);
        m
    };
    let diplomat = airline(report("a", 1, Flight, Some("2022-03-13"), &["eyal-david"]));
    let business = airline(report("b", 1, Flight, Some("2022-03-13"), &["chakib-alj"]));
    assert_eq!(merge_mentions(vec![diplomat.clone(), business.clone()]).len(), 1);
    // A report naming no airline is that flight too; another day, or another airline, is
    // another flight.
    let no_airline = report("b", 1, Flight, Some("2022-03-13"), &["chakib-alj"]);
    assert_eq!(merge_mentions(vec![diplomat.clone(), no_airline]).len(), 1);
    let next_day = airline(report("b", 1, Flight, Some("2022-03-14"), &["chakib-alj"]));
    assert_eq!(merge_mentions(vec![diplomat.clone(), next_day]).len(), 2);
    let mut el_al = report("b", 1, Flight, Some("2022-03-13"), &["chakib-alj"]);
    el_al.ids = MentionIds::new(el_al.people().to_vec(), vec!["el-al".into()], vec![], el_al.countries().to_vec(), vec![]);
    assert_eq!(merge_mentions(vec![diplomat, el_al]).len(), 2);
}

/// A report naming two airlines and no day of its own (a headline: "X and Y open the route on
/// the same day"), or a plan of the day naming both among reports of it done, joins one
/// airline's flight of the day without making it the other's: the two carriers' flights stay
/// two rows, in one article (merged again until nothing joins) and across articles. A report
/// of the day that names both ("flights operated by X and Y landed on Sunday") still joins
/// either, and a flight told on its day by no airline is still told apart by the airline its
/// undated headline names.
#[test]
fn a_report_naming_two_airlines_without_a_day_bridges_no_flights() {
    use EventType::*;
    let capitals = Capitals::default().with_airlines(["israir", "arkia"].map(Id::from));
    let flight = |file: &str, line: usize, date: Option<&str>, status: Status, airlines: &[&str]| {
        let mut m = report(file, line, Flight, date, &[]);
        m.ids = MentionIds::new(vec![], airlines.iter().map(|&a| a.into()).collect(), vec!["agadir".into()], vec!["IL".into(), "MA".into()], vec![]);
        m.status = status;
        m
    };
    let headline = flight("a", 1, None, Status::Occurred, &["israir", "arkia"]);
    let israir = flight("a", 3, Some("2022-05-12"), Status::Occurred, &["israir"]);
    let arkia = flight("a", 4, Some("2022-05-12"), Status::Occurred, &["arkia"]);
    let operators = |events: &[Event]| {
        let mut out: Vec<String> = events.iter().map(|e| e.mentions.iter().filter(|m| m.date.is_some() && m.status == Status::Occurred).flat_map(|m| m.organisations().iter().map(|o| o.to_string())).collect::<Vec<_>>().join("+")).collect();
        out.sort();
        out
    };
    type Case = (&'static str, Vec<Mention>, Vec<&'static str>);
    let plan = flight("a", 2, Some("2022-05-12"), Status::Planned, &["israir", "arkia"]);
    let both_of_the_day = flight("a", 2, Some("2022-05-12"), Status::Occurred, &["israir", "arkia"]);
    let plan_elsewhere = Mention { file: "b".into(), ..plan.clone() };
    let cases: Vec<Case> = vec![
        ("an undated headline in the article", vec![headline.clone(), israir.clone(), arkia.clone()], vec!["arkia", "israir"]),
        ("a plan of the day in the article", vec![plan.clone(), israir.clone(), arkia.clone()], vec!["arkia", "israir"]),
        ("a plan of the day in another article", vec![plan_elsewhere, israir.clone(), arkia.clone()], vec!["arkia", "israir"]),
        ("a report of the day naming both", vec![both_of_the_day, israir.clone(), arkia.clone()], vec!["israir+arkia+israir+arkia"]),
    ];
    for (name, mentions, want) in cases {
        let events = super::merge_mentions(mentions, &capitals);
        assert_eq!(operators(&events), want, "{name}: {:?}", summary(&events));
    }
    // A flight of its day named by no airline takes the airline of its undated headline.
    let unnamed = flight("a", 3, Some("2022-05-12"), Status::Occurred, &[]);
    let israirs_headline = flight("a", 1, None, Status::Occurred, &["israir"]);
    let arkia_elsewhere = Mention { file: "b".into(), ..arkia };
    assert_eq!(super::merge_mentions(vec![israirs_headline, unnamed, arkia_elsewhere], &capitals).len(), 2);
}

#[test]
fn one_event_reported_in_three_languages_is_one_row() {
    use EventType::*;
    // The same signing, flight and visit told by an Arabic, an English and a French page:
    // each source names what its press names (a signatory, the minister aboard, nobody),
    // and one report dates the flight by its month alone ("direct flights this month").
    let events = merge_mentions(vec![
        mention("d1_ar.txt", Agreement, Some("2021-11-24"), &["gantz", "loudiyi"], &["defence"]),
        mention("d2_en.txt", Agreement, Some("2021-11-24"), &["gantz"], &["defence"]),
        mention("d3_fr.txt", Agreement, Some("2021-11-24"), &["loudiyi", "gantz"], &[]),
        mention("d1_ar.txt", Flight, Some("2021-07-25"), &["lapid"], &[]),
        mention("d2_en.txt", Flight, Some("2021-07"), &[], &[]),
        mention("d3_fr.txt", Flight, Some("2021-07-25"), &["fettah-alaoui"], &[]),
        mention("d2_en.txt", Visit, Some("2021-11-23"), &["gantz"], &[]),
        mention("d3_fr.txt", Visit, Some("2021-11-24"), &["gantz"], &[]),
    ]);
    let files = |ty: EventType| events.iter().filter(|e| e.event_type.family() == ty).map(|e| e.files().len()).collect::<Vec<_>>();
    assert_eq!(files(Agreement), [3], "{:?}", summary(&events));
    assert_eq!(files(Flight), [3], "{:?}", summary(&events));
    assert_eq!(files(Visit), [2], "{:?}", summary(&events));
    // Flights of two months stay two.
    let two = merge_mentions(vec![mention("a", Flight, Some("2021-07"), &[], &[]), mention("b", Flight, Some("2021-08-01"), &["lapid"], &[])]);
    assert_eq!(two.len(), 2);
}

#[test]
fn one_signing_whichever_signatory_each_source_names() {
    use EventType::*;
    let lapid = mention("a", Agreement, Some("2021-08-11"), &["lapid"], &["aviation", "culture"]);
    let bourita = mention("b", Agreement, Some("2021-08-11"), &["bourita"], &["aviation"]);
    assert_eq!(merge_mentions(vec![lapid.clone(), bourita.clone()]).len(), 1);
    // Another subject, or another day: other agreements.
    let water = mention("b", Agreement, Some("2021-08-11"), &["bourita"], &["water"]);
    assert_eq!(merge_mentions(vec![lapid.clone(), water]).len(), 2);
    let month = mention("b", Agreement, Some("2021-08"), &["bourita"], &["aviation"]);
    assert_eq!(merge_mentions(vec![lapid, month]).len(), 2);
}

#[test]
fn an_announced_first_flight_and_the_flight_flown_days_later_are_one() {
    use EventType::*;
    let israir = |mut m: Mention, status: Status| {
        m.ids = MentionIds::new(m.people().to_vec(), vec!["israir".into()], vec![], m.countries().to_vec(), vec![]);
        m.status = status;
        m
    };
    let announced = israir(report("a", 1, Flight, Some("2021-07-19"), &[]), Status::Planned);
    let flown = israir(report("b", 1, Flight, Some("2021-07-25"), &[]), Status::Occurred);
    let flown_too = israir(report("c", 1, Flight, Some("2021-07-25"), &["lapid"]), Status::Occurred);
    let events = merge_mentions(vec![announced.clone(), flown.clone(), flown_too]);
    assert_eq!(events.len(), 1, "{:?}", summary(&events));
    assert_eq!((events[0].date.map(|d| d.to_string()), events[0].status), (Some("2021-07-25".into()), Status::Occurred));
    // Two flights flown a few days apart are two flights; so are an announcement and a
    // flight of another airline.
    let later = israir(report("c", 1, Flight, Some("2021-07-28"), &[]), Status::Occurred);
    assert_eq!(merge_mentions(vec![flown.clone(), later]).len(), 2);
    let el_al = Mention { status: Status::Occurred, ..report("c", 1, Flight, Some("2021-07-25"), &[]) };
    assert_eq!(merge_mentions(vec![announced, el_al]).len(), 2);
}

#[test]
fn two_reports_of_a_flight_on_its_day_share_a_city_whatever_subjects_they_touch() {
    use EventType::*;
    let flight = |file: &str, status: Status, orgs: &[&str], places: &[&str], topic: &str| {
        let mut m = report(file, 1, Flight, Some("2021-07-25"), &[]);
        let ids = |xs: &[&str]| xs.iter().map(|&x| x.into()).collect::<Vec<_>>();
        m.ids = MentionIds::new(vec![], ids(orgs), ids(places), ids(&["IL", "MA"]), ids(&[topic]));
        m.status = status;
        m
    };
    // "The first flight landed in Marrakesh on Sunday, a boost for trade" and, weeks before,
    // "direct flights between Tel Aviv and Marrakesh are to start on the 25th, under the
    // aviation agreement": one flight.
    let flown = flight("a", Status::Occurred, &["israir"], &["marrakesh-menara-airport", "marrakesh"], "trade");
    let announced = flight("b", Status::Planned, &[], &["tel-aviv", "marrakesh"], "aviation");
    assert_eq!(merge_mentions(vec![flown.clone(), announced.clone()]).len(), 1);
    // No city in common, or another operator named on each side: two.
    let elsewhere = flight("b", Status::Planned, &[], &["casablanca"], "aviation");
    assert_eq!(merge_mentions(vec![flown.clone(), elsewhere]).len(), 2);
    let el_al = flight("b", Status::Occurred, &["el-al"], &["tel-aviv", "marrakesh"], "aviation");
    assert_eq!(merge_mentions(vec![flown, el_al]).len(), 2);
}

#[test]
fn merge_does_not_depend_on_input_order() {
    use EventType::*;
    let mentions = vec![
        mention("002", Meeting, Some("2021-11-24"), &["gantz", "belkhir"], &[]),
        mention("003", Meeting, None, &["gantz"], &[]),
        mention("001", Agreement, Some("2021-07"), &[], &["cyber"]),
        mention("000", Agreement, None, &["unna", "rabii"], &["cyber"]),
        mention("001", Agreement, None, &["unna", "rabii"], &["cyber"]),
        mention("002", Visit, Some("2021-11-24"), &["gantz"], &[]),
    ];
    let expected = summary(&merge_mentions(mentions.clone()));
    let mut reversed = mentions.clone();
    reversed.reverse();
    assert_eq!(summary(&merge_mentions(reversed)), expected);
    let mut rotated = mentions;
    rotated.rotate_left(2);
    assert_eq!(summary(&merge_mentions(rotated)), expected);
}

/// The merge as specified, without indexes: each item, in merge order, joins the event
/// that fits it best (the lowest index on a tie), found by comparing it with every event.
fn cluster_by_scan(mut items: Vec<Event>, same_article: bool) -> Vec<Event> {
    items.sort_by(|a, b| merge_order(a).cmp(&merge_order(b)));
    let mut events: Vec<Event> = Vec::new();
    for item in items {
        let mut best: Option<(super::fit::JoinScore, usize)> = None;
        for (i, e) in events.iter().enumerate() {
            if let Some(score) = joins(&item, e, same_article, &Capitals::default())
                && best.is_none_or(|(b, _)| score > b)
            {
                best = Some((score, i));
            }
        }
        match best {
            Some((_, i)) => events[i].absorb_event(item),
            None => events.push(item),
        }
    }
    events
}

fn arbitrary_mention() -> impl Strategy<Value = Mention> {
    use EventType::*;
    let date = prop_oneof![
        Just(None),
        (0i64..40).prop_map(|d| Some(DateValue::day(NaiveDate::from_ymd_opt(2021, 6, 20).unwrap() + Duration::days(d)))),
        (0i64..40, 1i64..4).prop_map(|(d, n)| {
            let start = NaiveDate::from_ymd_opt(2021, 6, 20).unwrap() + Duration::days(d);
            Some(DateValue { start, grain: Grain::Day, end: Some(start + Duration::days(n)) })
        }),
        prop::sample::select(vec!["2021-06", "2021-07", "2021-08", "2021"]).prop_map(DateValue::parse),
    ];
    (
        prop::sample::select(vec!["a", "b", "c", "d"]),
        prop::sample::select(vec![Agreement, Visit, Call, Meeting, Flight]),
        date,
        prop::sample::subsequence(vec!["p1", "p2", "p3", "p4"], 0..3),
        prop::sample::subsequence(vec!["cyber", "defence"], 0..2),
        0usize..3,
        prop::sample::subsequence(vec!["IL", "MA", "US"], 0..3),
        any::<bool>(),
    )
        .prop_map(|(file, ty, date, people, topics, line, countries, planned)| {
            let mut m = mention(file, ty, None, &people, &topics);
            m.ids = MentionIds::new(
                people.iter().map(|&s| s.into()).collect(),
                if line == 0 { vec!["el-al".into()] } else { Vec::new() },
                Vec::new(),
                countries.iter().map(|&s| s.into()).collect(),
                topics.iter().map(|&s| s.into()).collect(),
            );
            m.date = date;
            m.line = line;
            m.status = if planned { Status::Planned } else { Status::Occurred };
            m
        })
}

proptest::proptest! {
    /// The indexes only skip events that cannot fit: the merge gives what comparing each
    /// mention with every event gives, within an article and across articles.
    #[test]
    fn indexed_merge_equals_the_merge_by_full_scan(mentions in prop::collection::vec(arbitrary_mention(), 0..40), same_article in any::<bool>()) {
        let items: Vec<Event> = mentions.into_iter().map(Event::new).collect();
        // Each event's date and its mentions (article, line).
        type Detail = Vec<(Option<DateValue>, Vec<(String, usize)>)>;
        let detail = |events: &[Event]| -> Detail {
            events.iter().map(|e| (e.date, e.mentions.iter().map(|m| (m.file.to_string(), m.line)).collect())).collect()
        };
        prop_assert_eq!(detail(&cluster(items.clone(), same_article, &Capitals::default())), detail(&cluster_by_scan(items, same_article)));
    }

    /// The order mentions arrive in changes nothing: the same events, with the same dates
    /// (the day most articles give) and the same sources.
    #[test]
    fn merge_is_order_independent(mentions in prop::collection::vec(arbitrary_mention(), 0..30), rotation in 0usize..30) {
        // Each trigger has its own place in its article, as in real extraction (the order
        // of mentions is by content, and place is the last key).
        let mentions: Vec<Mention> = mentions.into_iter().enumerate().map(|(i, m)| Mention { offset: i, ..m }).collect();
        let mut shuffled = mentions.clone();
        shuffled.reverse();
        if !shuffled.is_empty() {
            let k = rotation % shuffled.len();
            shuffled.rotate_left(k);
        }
        prop_assert_eq!(summary(&merge_mentions(shuffled)), summary(&merge_mentions(mentions)));
    }
}

/// The countries of the people the row tests name (a stand-in for the gazetteer).
fn country_of(p: &Id) -> Option<Id> {
    let c = match &**p {
        "shaked" | "kochavi" | "unna" | "ushpiz" | "frej" => "IL",
        "laftit" | "fettah" | "bourita" | "belkhir" | "loudiyi" => "MA",
        "blinken" => "US",
        _ => return None,
    };
    Some(c.into())
}

/// No one's offices belong to a body of state that receives a visitor as one.
fn no_body(_: &Id, _: Option<NaiveDate>) -> Option<Id> {
    None
}

/// (case, meeting, rows): a visitor's talks with hosts who all hold offices of one body of
/// state, on a day the page states for the talks (the defence establishment: its minister and
/// the army's inspector general, "held talks on Tuesday with the defence minister and with the
/// armed forces' inspector general") are one meeting; hosts of different portfolios, a host of
/// no body beside one of it, the same hosts on a day one of them was not yet in office, or the
/// same hosts met with no day of their own ("during his three-day stay he met the inspector
/// general and the minister": maybe on two days), one meeting each.
#[test]
fn a_visitor_received_by_one_establishment_is_one_meeting() {
    use EventType::*;
    let body_of = |p: &Id, day: Option<NaiveDate>| -> Option<Id> {
        let since = |d: &str| day.is_none_or(|day| day >= NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap());
        match &**p {
            "loudiyi" => Some("defence".into()),
            "belkhir" if since("2021-04-01") => Some("defence".into()),
            _ => None,
        }
    };
    let cases = [
        ("the minister and the inspector general", report("a", 1, Meeting, Some("2022-07-19"), &["kochavi", "loudiyi", "belkhir"]), 1),
        ("ministers of several portfolios", report("a", 1, Meeting, Some("2022-02-21"), &["shaked", "fettah", "laftit"]), 2),
        ("the defence minister and the finance minister", report("a", 1, Meeting, Some("2022-07-19"), &["kochavi", "loudiyi", "fettah"]), 2),
        ("before the inspector general took office", report("a", 1, Meeting, Some("2020-07-19"), &["kochavi", "loudiyi", "belkhir"]), 2),
        ("no day told", report("a", 1, Meeting, None, &["kochavi", "loudiyi", "belkhir"]), 2),
        // Talks announced, with no day of their own: the programme's meeting with the
        // establishment, its offices read on the page's day.
        ("announced with no day", Mention { status: Status::Planned, published: NaiveDate::from_ymd_opt(2022, 7, 20), ..report("a", 1, Meeting, None, &["kochavi", "loudiyi", "belkhir"]) }, 1),
        ("announced, a page written before the inspector general took office", Mention { status: Status::Planned, published: NaiveDate::from_ymd_opt(2020, 7, 20), ..report("a", 1, Meeting, None, &["kochavi", "loudiyi", "belkhir"]) }, 2),
        ("announced hosts of several portfolios", Mention { status: Status::Planned, published: NaiveDate::from_ymd_opt(2022, 7, 20), ..report("a", 1, Meeting, None, &["shaked", "fettah", "laftit"]) }, 2),
        ("only the month told", report("a", 1, Meeting, Some("2022-07"), &["kochavi", "loudiyi", "belkhir"]), 2),
        ("the day of the visit it is told around", Mention { date_kind: DateKind::During, ..report("a", 1, Meeting, Some("2022-07-19"), &["kochavi", "loudiyi", "belkhir"]) }, 2),
        ("the page's day", Mention { date_kind: DateKind::Publication, ..report("a", 1, Meeting, Some("2022-07-19"), &["kochavi", "loudiyi", "belkhir"]) }, 2),
    ];
    for (name, m, n) in cases {
        assert_eq!(one_meeting_per_counterpart(m, country_of, body_of).len(), n, "{name}");
    }
}

#[test]
fn a_visitor_talking_with_several_hosts_is_one_meeting_per_host() {
    use EventType::*;
    let people = |ms: Vec<Mention>| ms.iter().map(|m| m.people().iter().map(|p| p.to_string()).collect::<Vec<_>>().join("+")).collect::<Vec<_>>();
    // "Her programme includes meetings with Laftit, with Fettah and with Bourita."
    let programme = report("a", 1, Meeting, Some("2022-06"), &["shaked", "laftit", "fettah", "bourita"]);
    assert_eq!(people(one_meeting_per_counterpart(programme.clone(), country_of, no_body)), ["shaked+laftit", "shaked+fettah", "shaked+bourita"]);
    let table = [
        // A delegation of two, named first, meeting one host: one meeting.
        (report("a", 1, Meeting, None, &["unna", "ushpiz", "bourita"]), 1),
        // Three countries: a trilateral meeting.
        (report("a", 1, Meeting, None, &["bourita", "blinken", "ushpiz"]), 1),
        // Two on each side: one meeting of two delegations.
        (report("a", 1, Meeting, None, &["shaked", "frej", "bourita", "laftit"]), 1),
        // Someone of unknown country: left as it is.
        (report("a", 1, Meeting, None, &["shaked", "laftit", "someone"]), 1),
        // A pair is a pair, and a call is not a meeting.
        (report("a", 1, Meeting, None, &["shaked", "laftit"]), 1),
        (report("a", 1, Call, None, &["shaked", "laftit", "fettah"]), 1),
    ];
    for (m, n) in table {
        assert_eq!(one_meeting_per_counterpart(m.clone(), country_of, no_body).len(), n, "{:?}", m.people());
    }
    // Each pair is its own row after the merge, and a report of one pair joins its row.
    let mut mentions = one_meeting_per_counterpart(programme, country_of, no_body);
    mentions.push(report("b", 1, Meeting, Some("2022-06-21"), &["shaked", "bourita"]));
    let events = merge_mentions(mentions);
    assert_eq!(summary(&events), [
        ("2022-06".into(), vec!["fettah".into(), "shaked".into()], vec!["a".into()]),
        ("2022-06".into(), vec!["laftit".into(), "shaked".into()], vec!["a".into()]),
        ("2022-06-21".into(), vec!["bourita".into(), "shaked".into()], vec!["a".into(), "b".into()]),
    ]);
}

#[test]
fn what_an_article_tells_of_a_visit_without_a_date_takes_the_visits() {
    use EventType::*;
    // "Arrived on Monday … was received by Belkhir. He is to hold talks with Loudiyi. The
    // delegation came on the first direct flight."
    let arrival = Mention { evidence: "Arrived on Monday … was received by Belkhir.".into(), ..report("a", 1, Visit, Some("2022-07-18"), &["kochavi"]) };
    let received = Mention { evidence: arrival.evidence.clone(), ..report("a", 1, Meeting, None, &["kochavi", "belkhir"]) };
    let to_meet = Mention { status: Status::Planned, ..report("a", 3, Meeting, None, &["kochavi", "loudiyi"]) };
    let flight = report("a", 4, Flight, None, &["kochavi"]);
    let events = merge_mentions(vec![arrival.clone(), received.clone(), to_meet.clone(), flight.clone()]);
    let dated = |ty: EventType| events.iter().filter(|e| e.event_type == ty).map(|e| e.date.map(|d| d.to_string()).unwrap_or_default()).collect::<Vec<_>>();
    assert_eq!(dated(Meeting), ["2022-07", "2022-07"], "{:?}", summary(&events));
    assert_eq!(dated(Flight), ["2022-07-18"]);
    // Not without a dated visit of one of its people in the same article; not a flight to
    // come; not when two visits share its people.
    let elsewhere = merge_mentions(vec![arrival.clone(), Mention { file: "b".into(), ..received.clone() }]);
    assert!(elsewhere.iter().any(|e| e.event_type == Meeting && e.date.is_none()));
    let other_person = merge_mentions(vec![arrival.clone(), report("a", 2, Meeting, None, &["shaked", "laftit"])]);
    assert!(other_person.iter().any(|e| e.event_type == Meeting && e.date.is_none()));
    let nobody_met = merge_mentions(vec![arrival.clone(), Mention { evidence: arrival.evidence.clone(), ..report("a", 1, Meeting, None, &["kochavi"]) }]);
    assert!(nobody_met.iter().any(|e| e.event_type == Meeting && e.date.is_none()));
    // A reception told in another sentence, without a date, may be of another stay.
    let elsewhere_told = merge_mentions(vec![arrival.clone(), report("a", 6, Meeting, None, &["kochavi", "loudiyi"])]);
    assert!(elsewhere_told.iter().any(|e| e.event_type == Meeting && e.date.is_none()));
    let to_come = merge_mentions(vec![arrival.clone(), Mention { status: Status::Planned, ..flight }]);
    assert!(to_come.iter().any(|e| e.event_type == Flight && e.date.is_none()));
    let two_visits = merge_mentions(vec![arrival, report("a", 5, Visit, Some("2022-07-28"), &["kochavi"]), to_meet]);
    assert!(two_visits.iter().any(|e| e.event_type == Meeting && e.date.is_none()), "{:?}", summary(&two_visits));
}

#[test]
fn talks_told_during_the_visit_take_the_visits_month() {
    use EventType::*;
    // "The chief of staff ended on Thursday a visit he began on Tuesday. During the visit he met
    // the navy commander." — the second sentence refers to the visit (an undated mention of
    // it, here with the host's name) and reports talks of the visitor.
    let began = report("a", 1, Visit, Some("2022-05-10"), &["kochavi"]);
    let during = "During the visit he met the navy commander.";
    let reference = Mention { evidence: during.into(), rule: "en-visit-noun".into(), ..report("a", 3, Visit, None, &["belkhir"]) };
    let talks = Mention { evidence: during.into(), ..report("a", 3, Meeting, None, &["kochavi", "belkhir"]) };
    let events = merge_mentions(vec![began.clone(), reference.clone(), talks.clone()]);
    let meeting = events.iter().find(|e| e.event_type == Meeting).unwrap();
    assert_eq!(meeting.date.map(|d| d.to_string()).as_deref(), Some("2022-05"), "{:?}", summary(&events));
    // Not when the visit the sentence refers to has a date of its own (another stay), nor
    // when the sentence refers to no visit.
    let earlier = Mention { date: DateValue::parse("2019-03"), ..reference.clone() };
    let events = merge_mentions(vec![began.clone(), earlier, talks.clone()]);
    assert!(events.iter().any(|e| e.event_type == Meeting && e.date.is_none()), "{:?}", summary(&events));
    let events = merge_mentions(vec![began.clone(), talks.clone()]);
    assert!(events.iter().any(|e| e.event_type == Meeting && e.date.is_none()), "{:?}", summary(&events));
    // Nor when the sentence tells a move of the trip by a verb ("before his host received
    // him, he went to the mausoleum"), not the visit.
    let went = Mention { rule: "visit-delegation".into(), ..reference };
    let events = merge_mentions(vec![began, went, talks]);
    assert!(events.iter().any(|e| e.event_type == Meeting && e.date.is_none()), "{:?}", summary(&events));
}

#[test]
fn an_opening_is_the_act_of_its_own_day() {
    use EventType::*;
    // "The minister landed on Wednesday and signed three agreements"; another article: "on
    // Thursday he opened the liaison office; his delegation included a second minister".
    let landed = report("a", 1, Visit, Some("2021-08-11"), &["lapid"]);
    let opened = report("b", 1, Opening, Some("2021-08-12"), &["lapid"]);
    let delegation = report("b", 2, Visit, Some("2021-08-12"), &["lapid", "cohen"]);
    let events = merge_mentions(vec![landed.clone(), opened.clone(), delegation]);
    assert_eq!(summary(&events), [
        ("2021-08-11".into(), vec!["lapid".into()], vec!["a".into()]),
        ("2021-08-12".into(), vec!["cohen".into(), "lapid".into()], vec!["b".into()]),
    ]);
    // Arriving to open the office that day is one row; days of a visit with no opening still
    // join each other.
    let arrived_to_open = report("c", 1, Visit, Some("2021-08-12"), &["lapid"]);
    assert_eq!(merge_mentions(vec![opened, arrived_to_open.clone()]).len(), 1);
    assert_eq!(merge_mentions(vec![landed, arrived_to_open]).len(), 1);
}

/// The same visitor's opening in one city and visit of a site in another on one day are two
/// events, whatever report names both cities: a headline with no day of its own ("tours the
/// port city's museum as Israel opens its office in the capital"), or another page's plan of
/// the day's programme ("will open the office tomorrow, before visiting the museum in the port
/// city"). An opening and a visit of a site in one city, or a visit told with no place, stay
/// one. The ids are made up, given to this merge alone.
#[test]
fn a_visit_elsewhere_on_the_day_of_an_opening_is_its_own_row() {
    use EventType::*;
    let capitals = Capitals::new([("test-capital".into(), "MA".into())])
        .with_cities([("test-museum".into(), "test-port-city".into()), ("test-mausoleum".into(), "test-capital".into())])
        .with_place_countries([("test-capital".into(), "MA".into()), ("test-port-city".into(), "MA".into())]);
    let at = |m: Mention, places: &[&str]| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), m.countries().to_vec(), Vec::new());
        Mention { ids, ..m }
    };
    let opened = at(report("a", 1, Opening, Some("2022-03-15"), &["razvozov"]), &["test-capital"]);
    let toured = |file: &str, places: &[&str]| at(report(file, 2, Visit, Some("2022-03-15"), &["razvozov"]), places);
    let headline = at(report("a", 3, Opening, None, &["razvozov"]), &["test-port-city", "test-capital"]);
    let plan = Mention { status: Status::Planned, ..at(report("b", 1, Opening, Some("2022-03-15"), &["razvozov"]), &["test-capital", "test-museum", "test-port-city"]) };
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("a museum in another city, a headline naming both", vec![opened.clone(), toured("a", &["test-museum", "test-port-city"]), headline.clone()], 2),
        ("a museum in another city, another page's plan naming both", vec![opened.clone(), toured("c", &["test-museum"]), plan.clone()], 2),
        ("the plan and the headline", vec![opened.clone(), toured("a", &["test-museum"]), headline.clone(), plan], 2),
        ("a site of the opening's city", vec![opened.clone(), toured("a", &["test-mausoleum"]), headline.clone()], 1),
        ("a visit told with no place", vec![opened.clone(), toured("a", &[]), headline], 1),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, mentions, rows) in cases {
        assert_eq!(super::merge_mentions(mentions, &capitals).len(), rows, "{name}");
    }
}

#[test]
fn talks_told_by_their_hosts_during_a_visit_are_the_visitors() {
    use EventType::*;
    let people = |ms: &[Mention]| ms.iter().map(|m| m.people().iter().map(|p| p.to_string()).collect::<Vec<_>>().join("+")).collect::<Vec<_>>();
    // "The minister arrived on Sunday … tomorrow, Monday, she will hold talks with several
    // members of the government, among them Laftit and Fettah."
    let arrived = report("a", 1, Visit, Some("2022-02-20"), &["shaked"]);
    let talks = Mention { status: Status::Planned, ..report("a", 2, Meeting, Some("2022-02-21"), &["laftit", "fettah"]) };
    let rows = meeting_rows(vec![arrived.clone(), talks.clone()], country_of, no_body);
    assert_eq!(people(&rows), ["shaked", "shaked+laftit", "shaked+fettah"]);
    let table: [(&str, Vec<Mention>, &[&str]); 4] = [
        // Talks a week after the arrival are not known to be the visitor's.
        ("a week later", vec![arrived.clone(), Mention { date: DateValue::parse("2022-02-27"), ..talks.clone() }], &["shaked", "laftit+fettah"]),
        // Talks with people of two countries already name both sides.
        ("both sides named", vec![arrived.clone(), report("a", 2, Meeting, Some("2022-02-21"), &["frej", "laftit"])], &["shaked", "frej+laftit"]),
        // Two visitors that day: which one met is not known.
        ("two visitors", vec![arrived.clone(), report("a", 3, Visit, Some("2022-02-20"), &["kochavi"]), talks.clone()], &["shaked", "kochavi", "laftit+fettah"]),
        // A visit only announced names no visitor yet.
        ("announced visit", vec![Mention { status: Status::Planned, ..arrived.clone() }, talks.clone()], &["shaked", "laftit+fettah"]),
    ];
    for (name, mentions, expected) in table {
        assert_eq!(people(&meeting_rows(mentions, country_of, no_body)), expected, "{name}");
    }
}

#[test]
fn a_visit_announced_for_a_week_and_the_visit_done_in_one_article_are_one_trip() {
    use EventType::*;
    let nameless = |line: usize, date: &str, status: Status| Mention { status, ..report("a", line, Visit, Some(date), &[]) };
    // "A delegation arrived yesterday Sunday; its members meet officials today Monday. The
    // minister had said on Saturday that a delegation would come this week" (the week counted
    // from the writing day starts on the Monday).
    let arrived = nameless(1, "2020-12-27", Status::Occurred);
    let meets_today = nameless(2, "2020-12-28", Status::Occurred);
    let this_week = nameless(3, "2020-12-28", Status::Planned);
    let this_week = Mention { date: Some(DateValue { start: NaiveDate::from_ymd_opt(2020, 12, 28).unwrap(), grain: Grain::Week, end: None }), ..this_week };
    let events = merge_mentions(vec![arrived.clone(), meets_today.clone(), this_week.clone()]);
    assert_eq!(events.len(), 1, "{:?}", summary(&events));
    assert_eq!(events[0].status, Status::Occurred);
    assert_eq!(events[0].date.map(|d| d.to_string()), Some("2020-12-27".into()));
    // A higher delegation announced for a later week is another trip, and so is the same
    // announcement in another article.
    let later = Mention { date: Some(DateValue { start: NaiveDate::from_ymd_opt(2021, 1, 4).unwrap(), grain: Grain::Week, end: None }), ..nameless(4, "2021-01-04", Status::Planned) };
    assert_eq!(merge_mentions(vec![arrived.clone(), meets_today.clone(), later]).len(), 2);
    assert_eq!(merge_mentions(vec![arrived, meets_today, Mention { file: "b".into(), ..this_week }]).len(), 2);
}

#[test]
fn a_sentence_naming_the_visitor_and_the_host_ties_their_reports_of_one_visit() {
    use EventType::*;
    // "Sa'ar arrived yesterday"; "the Israeli official is received today at the ministry by
    // Ouahbi" (the visitor named by office only); "the visit, at Ouahbi's invitation, of Sa'ar".
    let arrived = report("a", 1, Visit, Some("2022-07-25"), &["saar"]);
    let received = Mention { status: Status::Planned, ..report("a", 2, Visit, Some("2022-07-26"), &["ouahbi"]) };
    let invitation = report("a", 3, Visit, None, &["saar", "ouahbi"]);
    let events = merge_mentions(vec![arrived.clone(), received.clone(), invitation]);
    assert_eq!(summary(&events), [("2022-07-25".into(), vec!["ouahbi".into(), "saar".into()], vec!["a".into()])]);
    // Without the sentence that names both, the two reports stay apart (which of them the
    // host's report is of is not known).
    assert_eq!(merge_mentions(vec![arrived, received]).len(), 2);
}

#[test]
fn the_flight_told_with_an_arrival_takes_the_day_another_source_gives_the_visit() {
    use EventType::*;
    let sentence: crate::evidence::Evidence = "The delegation landed in Rabat aboard the first direct flight.".into();
    let told = |ty: EventType, people: &[&str]| Mention { evidence: sentence.clone(), ..report("a", 5, ty, None, people) };
    // Article a names the visitor and the flight without a date; article b dates the visit;
    // article c dates the first flight to the month only.
    let mentions = vec![
        told(Visit, &["kushner"]),
        told(Flight, &[]),
        report("b", 1, Visit, Some("2020-12-22"), &["kushner"]),
        report("c", 1, Flight, Some("2020-12"), &[]),
    ];
    let events = merge_mentions(mentions.clone());
    let flights: Vec<_> = events.iter().filter(|e| e.event_type == Flight).collect();
    assert_eq!(flights.len(), 1, "{:?}", summary(&events));
    assert_eq!(flights[0].date.map(|d| d.to_string()), Some("2020-12-22".into()));
    assert_eq!(flights[0].files().len(), 2);
    // A flight announced in that sentence is not the one that came, and a flight told in
    // another sentence is not known to be.
    let announced = merge_mentions(vec![mentions[0].clone(), Mention { status: Status::Planned, ..mentions[1].clone() }, mentions[2].clone()]);
    assert!(announced.iter().any(|e| e.event_type == Flight && e.date.is_none()));
    let elsewhere = merge_mentions(vec![mentions[0].clone(), report("a", 7, Flight, None, &[]), mentions[2].clone()]);
    assert!(elsewhere.iter().any(|e| e.event_type == Flight && e.date.is_none()));
}

#[test]
fn talks_told_by_their_month_and_place_are_the_talks_of_a_day_there() {
    use EventType::*;
    let at = |m: Mention, places: &[&str]| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), m.countries().to_vec(), Vec::new());
        Mention { ids, ..m }
    };
    // "A round of consultations between the two foreign ministries took place in Rabat early
    // in July"; another article: "Ushpiz held talks with Bourita in Rabat on 5 July".
    let loose = at(report("a", 1, Meeting, Some("2021-07"), &[]), &["rabat"]);
    let talks = at(report("b", 1, Meeting, Some("2021-07-05"), &["ushpiz", "bourita"]), &["rabat"]);
    assert_eq!(summary(&merge_mentions(vec![loose.clone(), talks.clone()])), [("2021-07-05".into(), vec!["bourita".into(), "ushpiz".into()], vec!["a".into(), "b".into()])]);
    // "Last week" is a short period in the month, as a day is.
    let last_week = Mention { date: Some(DateValue { start: NaiveDate::from_ymd_opt(2021, 7, 5).unwrap(), grain: Grain::Week, end: None }), ..talks.clone() };
    assert_eq!(merge_mentions(vec![loose.clone(), last_week]).len(), 1);
    // Talks elsewhere, or in another month, are other talks; a signing is told by its subject,
    // not its place, but one told by neither a signatory nor a subject can be no other signing
    // than the one of a day in its month (twenty-fifth session; see `fit`).
    assert_eq!(merge_mentions(vec![at(loose.clone(), &["tel-aviv"]), talks.clone()]).len(), 2);
    assert_eq!(merge_mentions(vec![Mention { date: DateValue::parse("2021-08"), ..loose.clone() }, talks.clone()]).len(), 2);
    let signing = |m: Mention| Mention { event_type: Agreement, ..m };
    assert_eq!(merge_mentions(vec![signing(loose.clone()), signing(talks.clone())]).len(), 1);
    let on = |m: Mention, topics: &[&str]| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), m.places().to_vec(), m.countries().to_vec(), topics.iter().map(|&t| t.into()).collect());
        Mention { ids, ..m }
    };
    assert_eq!(merge_mentions(vec![signing(on(loose, &["cyber"])), signing(on(talks, &["water"]))]).len(), 2);
}

/// (case, status and publication day of an undated report in another article, the dated
/// visit's day, joins): an announcement can only be a visit after it was written, a report of
/// a visit done only one before it (a day of slack each way); an unknown publication day, any.
#[test]
fn undated_report_joins_only_what_it_can_be_by_its_publication_day() {
    use EventType::*;
    let cases: &[(&str, Status, Option<&str>, &str, bool)] = &[
        ("announced before the visit", Status::Planned, Some("2022-03-20"), "2022-03-28", true),
        ("announced a month after the visit", Status::Planned, Some("2022-04-20"), "2022-03-28", false),
        ("announced the day after (late page)", Status::Planned, Some("2022-03-29"), "2022-03-28", true),
        ("reported done after the visit", Status::Occurred, Some("2022-04-20"), "2022-03-28", true),
        ("reported done a year before the visit", Status::Occurred, Some("2021-03-28"), "2022-03-28", false),
        ("publication day unknown", Status::Planned, None, "2021-03-28", true),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for &(name, status, published, day, expected) in cases {
        let mut undated = mention("b", Visit, None, &["bourita"], &[]);
        undated.status = status;
        undated.published = published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap());
        let dated = mention("a", Visit, Some(day), &["bourita", "lapid"], &[]);
        let events = merge_mentions(vec![dated, undated]);
        assert_eq!(events.len() == 1, expected, "{name}: {:?}", summary(&events));
    }
}


/// (case, the row's date, the undated report's publication day, status): an undated report
/// of the event done tells it done when its page was written after the event's days were
/// over; written before or on the day (the page that announced it), it says nothing of what
/// came after.
#[test]
fn an_undated_report_written_after_the_event_tells_it_done() {
    use EventType::*;
    let cases: &[(&str, &str, &str, Status)] = &[
        ("written two days after the announced day", "2021-08-11", "2021-08-13", Status::Occurred),
        ("written on the announced day, which it may announce for later", "2021-08-11", "2021-08-11", Status::Planned),
        ("written before the announced day", "2021-08-11", "2021-08-06", Status::Planned),
        ("written within the announced month", "2022-03", "2022-03-10", Status::Planned),
        ("written after the announced month", "2022-03", "2022-04-02", Status::Occurred),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    let on = |p: &str| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok();
    for &(name, day, published, expected) in cases {
        let announced = Mention { status: Status::Planned, published: on("2021-07-30"), ..mention("a", Visit, Some(day), &["lapid"], &[]) };
        let done = Mention { published: on(published), ..mention("b", Visit, None, &["lapid"], &[]) };
        let mut event = Event::new(announced);
        event.take_in(done);
        assert_eq!(event.status, expected, "{name}");
    }
    // Only a page that reports it done: an undated announcement written later says nothing.
    let announced = Mention { status: Status::Planned, ..mention("a", Visit, Some("2021-08-11"), &["lapid"], &[]) };
    let mut event = Event::new(announced);
    event.take_in(Mention { status: Status::Planned, published: on("2021-08-13"), ..mention("b", Visit, None, &["lapid"], &[]) });
    assert_eq!(event.status, Status::Planned);
}

/// An undated visit named with its people in a sentence that dates another act ("the accords
/// signed on 22 December, during the visit of the delegation led by A and B", on a page of
/// the next July) is of that day: it does not join the visit its page dates months later,
/// and the corpus merge gives it to those people's visit of that day.
#[test]
fn a_visit_named_in_a_sentence_dated_by_another_act_is_of_that_day() {
    use EventType::*;
    let recalled = |m: Mention| Mention { line: 5, ..m };
    let page = vec![
        recalled(mention("page", Agreement, Some("2020-12-22"), &[], &[])),
        recalled(mention("page", Visit, None, &["kushner", "ben-shabbat"], &[])),
        report("page", 7, Visit, Some("2021-06-15"), &[]),
        report("page", 8, Visit, Some("2021"), &["kushner"]),
    ];
    let events = merge_article(page.clone());
    let of_the_recalled = |events: &[Event]| events.iter().filter(|e| e.people().contains("ben-shabbat")).map(|e| e.date.map(|d| d.to_string())).collect::<Vec<_>>();
    assert_eq!(of_the_recalled(&events), [None], "{:?}", summary(&events));
    let mut corpus = page;
    corpus.push(mention("report", Visit, Some("2020-12-22"), &["kushner", "ben-shabbat"], &[]));
    let events = merge_mentions(corpus);
    assert_eq!(of_the_recalled(&events), [Some("2020-12-22".to_string())], "{:?}", summary(&events));
    // Told in a sentence of the visit's own days, it joins the visit its page dates.
    let same_days = vec![
        recalled(mention("page", Agreement, Some("2021-08-12"), &[], &[])),
        recalled(mention("page", Visit, None, &["lapid"], &[])),
        report("page", 7, Visit, Some("2021-08-11"), &["lapid", "bourita"]),
    ];
    assert_eq!(merge_article(same_days).len(), 2);
}

#[test]
fn a_visits_stay_told_by_its_days_keeps_its_arrival() {
    use EventType::*;
    // "en visite mercredi et jeudi" and "ont signé jeudi" dating the visit: the stay starts
    // on Wednesday, whichever mention comes first. A meeting keeps the single day.
    for order in [[0, 1], [1, 0]] {
        let visit = [report("a", 1, Visit, Some("2022-07-20/2022-07-21"), &["shaked"]), report("a", 2, Visit, Some("2022-07-21"), &["shaked"])];
        let events = merge_mentions(order.iter().map(|&k| visit[k].clone()).collect());
        assert_eq!(events.len(), 1, "{:?}", summary(&events));
        assert_eq!(events[0].date.map(|d| d.start.to_string()).as_deref(), Some("2022-07-20"));
        let meeting = [report("a", 1, Meeting, Some("2022-07-20/2022-07-21"), &["shaked", "laftit"]), report("a", 2, Meeting, Some("2022-07-21"), &["shaked", "laftit"])];
        let events = merge_mentions(order.iter().map(|&k| meeting[k].clone()).collect());
        assert_eq!(events.len(), 1, "{:?}", summary(&events));
        assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some("2022-07-21"));
    }
}

/// A stay told by its days holds a day of its own programme, but an opening on a later day
/// of it is the act of that day: the stay is the visit that arrived on its first day. A
/// signing or talks told on one day inside a stay keep that day.
#[test]
fn a_stay_told_by_its_days_is_the_arrival_not_the_opening_of_its_second_day() {
    use EventType::*;
    // "landed on Wednesday"; "opened the office on Thursday"; a third page: "the visit he is
    // paying on 11-12 August", in every order.
    let landed = report("a", 1, Visit, Some("2021-08-11"), &["lapid"]);
    let opened = report("b", 1, Opening, Some("2021-08-12"), &["lapid", "govrin"]);
    let stay = report("c", 1, Visit, Some("2021-08-11/2021-08-12"), &["lapid", "bourita"]);
    let all = [landed, opened, stay.clone()];
    for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]] {
        let events = merge_mentions(order.iter().map(|&k| all[k].clone()).collect());
        let rows: Vec<(String, String, Vec<String>)> =
            events.iter().map(|e| (e.event_type.as_str().to_string(), e.date.map(|d| d.start.to_string()).unwrap_or_default(), e.files().iter().map(|f| f.to_string()).collect())).collect();
        let mut rows = rows;
        rows.sort();
        assert_eq!(rows, [("opening".into(), "2021-08-12".into(), vec!["b".into()]), ("visit".into(), "2021-08-11".into(), vec!["a".into(), "c".into()])], "{order:?}");
    }
    // A stay that starts on the opening's day is the visit that came to open it.
    let came_to_open = report("c", 1, Visit, Some("2021-08-12/2021-08-13"), &["lapid"]);
    assert_eq!(merge_mentions(vec![all[1].clone(), came_to_open]).len(), 1);
    // A signing told on the second day of the stay keeps its own day.
    for order in [[0, 1], [1, 0]] {
        let signing = [Mention { event_type: Agreement, ..stay.clone() }, report("b", 1, Agreement, Some("2021-08-12"), &["lapid", "bourita"])];
        let events = merge_mentions(order.iter().map(|&k| signing[k].clone()).collect());
        assert_eq!(events.len(), 1, "{:?}", summary(&events));
        assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some("2021-08-12"));
    }
}

/// A report of `file` dated to `day`, its date obtained as `kind` says.
fn dated_as(file: &str, line: usize, day: &str, kind: DateKind, people: &[&str]) -> Mention {
    Mention { date_kind: kind, ..report(file, line, EventType::Visit, Some(day), people) }
}

/// (case, reports of one visit from several articles, the row's day): the row takes the day of
/// the strongest kind of date its sources give — an arrival, then a stated day, then a day
/// shared "during" another event, then a publication day — and among those the day most
/// articles give, the earliest on a tie; in any order.
#[test]
fn the_row_takes_the_day_of_the_strongest_kind_of_date() {
    use DateKind::*;
    type Case = (&'static str, Vec<Mention>, &'static str);
    let cases: Vec<Case> = vec![
        (
            "three pages dating it by a signing during it do not outvote the arrival",
            vec![
                dated_as("ar1", 1, "2022-02-20", Stated, &["barbivai"]),
                dated_as("ar2", 1, "2022-02-21", During, &["barbivai"]),
                dated_as("en1", 1, "2022-02-21", During, &["barbivai", "mezzour"]),
                dated_as("fr1", 1, "2022-02-21", During, &["barbivai"]),
            ],
            "2022-02-20",
        ),
        (
            "stated days vote among themselves, the earliest on a tie",
            vec![
                dated_as("a", 1, "2022-02-22", Stated, &["barbivai"]),
                dated_as("b", 1, "2022-02-20", Stated, &["barbivai"]),
                dated_as("c", 1, "2022-02-21", During, &["barbivai"]),
                dated_as("d", 1, "2022-02-21", During, &["barbivai"]),
            ],
            "2022-02-20",
        ),
        (
            "an arrival's day before the day two pages state",
            vec![
                dated_as("a", 1, "2022-02-20", Start, &["barbivai"]),
                dated_as("b", 1, "2022-02-21", Stated, &["barbivai"]),
                dated_as("c", 1, "2022-02-21", Stated, &["barbivai"]),
            ],
            "2022-02-20",
        ),
        (
            "days told during the visit vote when none is stated",
            vec![
                dated_as("a", 1, "2022-02-22", During, &["barbivai"]),
                dated_as("b", 1, "2022-02-21", During, &["barbivai"]),
                dated_as("c", 1, "2022-02-22", During, &["barbivai"]),
                dated_as("d", 1, "2022-02-20", Publication, &["barbivai"]),
            ],
            "2022-02-22",
        ),
        (
            "a page told as the visit goes on dates it only alone",
            vec![dated_as("a", 1, "2022-02-21", Publication, &["barbivai"]), dated_as("b", 1, "2022-02-22", Publication, &["barbivai"])],
            "2022-02-21",
        ),
        (
            "the stated majority stands",
            vec![
                dated_as("a", 1, "2022-02-21", Stated, &["barbivai"]),
                dated_as("b", 1, "2022-02-21", Stated, &["barbivai"]),
                dated_as("c", 1, "2022-02-20", Stated, &["barbivai"]),
                dated_as("d", 1, "2022-02-20", During, &["barbivai"]),
            ],
            "2022-02-21",
        ),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, mentions, day) in cases {
        for rotation in 0..mentions.len() {
            let mut m = mentions.clone();
            m.rotate_left(rotation);
            let events = merge_mentions(m);
            assert_eq!(events.len(), 1, "{name}: {:?}", summary(&events));
            assert_eq!(events[0].date.map(|d| d.to_string()).as_deref(), Some(day), "{name}, rotated by {rotation}");
        }
    }
}

/// (case, a dated visit of article "a" and an undated report of article "b", rows): across
/// articles an undated report that would bring the row people joins it only on a strong tie —
/// two people shared, or one and the same place, reported within the days of the visit.
#[test]
fn an_undated_report_brings_people_only_on_a_strong_tie() {
    use EventType::*;
    let at = |m: Mention, places: &[&str], published: Option<&str>| {
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), m.countries().to_vec(), Vec::new());
        Mention { ids, published: published.map(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").unwrap()), ..m }
    };
    let visit = || at(report("a", 1, Visit, Some("2022-02-20"), &["barbivai", "mezzour"]), &["rabat"], Some("2022-02-20"));
    let undated = |people: &[&str], places: &[&str], published: &str| at(report("b", 1, Visit, None, people), places, Some(published));
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("one person shared, another named: apart", vec![visit(), undated(&["barbivai", "akhannouch"], &[], "2022-02-21")], 2),
        ("two people shared: one row", vec![visit(), undated(&["barbivai", "mezzour", "akhannouch"], &[], "2022-02-21")], 1),
        ("one person and the place, reported then: one row", vec![visit(), undated(&["barbivai", "akhannouch"], &["rabat"], "2022-02-21")], 1),
        ("one person and the place, reported a month on: apart", vec![visit(), undated(&["barbivai", "akhannouch"], &["rabat"], "2022-03-21")], 2),
        ("one person and another place: apart", vec![visit(), undated(&["barbivai", "akhannouch"], &["casablanca"], "2022-02-21")], 2),
        ("no one new: one row", vec![visit(), undated(&["barbivai"], &[], "2022-02-21")], 1),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, mentions, rows) in cases {
        let events = merge_mentions(mentions);
        assert_eq!(events.len(), rows, "{name}: {:?}", summary(&events));
    }
    // Within one article the sentences tie the reports.
    assert_eq!(merge_mentions(vec![visit(), Mention { file: "a".into(), line: 2, ..undated(&["barbivai", "akhannouch"], &[], "2022-02-20") }]).len(), 1);
}

/// The kind of a mention's date, from how it was obtained.
#[test]
fn a_dates_kind_says_how_it_was_obtained() {
    let day = DateValue::parse("2022-02-20");
    let stay = DateValue::parse("2022-02-20/2022-02-22");
    // (name, date, during, told again, publication, counted, rule, kind)
    let cases: &[(&str, Option<&DateValue>, bool, bool, bool, bool, &str, DateKind)] = &[
        ("an arrival", day.as_ref(), false, false, false, false, "visit-arrive", DateKind::Start),
        ("a stay told by its days", stay.as_ref(), false, false, false, false, "fr-visit-past", DateKind::Start),
        ("a stated day", day.as_ref(), false, false, false, false, "en-visit-past", DateKind::Stated),
        ("a day shared during another event", day.as_ref(), true, false, false, false, "visit-arrive", DateKind::During),
        ("a publication day", day.as_ref(), false, false, true, false, "visit-noun", DateKind::Publication),
        ("an arrival a week earlier", day.as_ref(), false, false, false, true, "visit-arrive", DateKind::Counted),
        ("a week earlier, during another event", day.as_ref(), true, false, false, true, "en-visit-past", DateKind::During),
        ("the day of the meeting told just before", day.as_ref(), false, true, false, false, "meeting-assembled", DateKind::Again),
        ("an arrival told again keeps its start", day.as_ref(), false, true, false, false, "visit-arrive", DateKind::Start),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for &(name, date, during, told_again, publication, counted, rule, kind) in cases {
        assert_eq!(DateKind::of(date, during, told_again, publication, counted, rule), kind, "{name}");
    }
}

/// (case, talks from articles "a" and "b", rows): talks each dated only by the visit they are
/// told during ("during her stay the minister is to see her counterpart", dated by the
/// arrival; "in the course of the visit the two ministers met", dated by its last day) are
/// one meeting when their days fit one visit, and so is such a report with talks another page
/// dates to a day of that visit; talks each with a day of their own, talks of other people, and
/// talks dated by visits a week apart stay apart.
#[test]
fn talks_dated_only_by_the_visit_they_are_told_during_are_one_meeting() {
    use EventType::*;
    let during = |file: &str, day: &str, people: &[&str]| Mention { date_kind: DateKind::During, ..report(file, 1, Meeting, Some(day), people) };
    let planned = |m: Mention| Mention { status: Status::Planned, ..m };
    let cases = [
        ("announced by the arrival, reported by the last day", vec![planned(during("a", "2022-02-21", &["barbivai", "mezzour"])), during("b", "2022-02-23", &["mezzour", "barbivai"])], 1),
        ("one side names a third person", vec![during("a", "2022-02-21", &["barbivai", "mezzour"]), during("b", "2022-02-22", &["barbivai", "mezzour", "akhannouch"])], 1),
        // Twenty-ninth session: the report with no day of its own may be of the day the other
        // states (probe22's a06 «والتقى غانتس خلال الزيارة» and e02's talks).
        ("one of them states its own day", vec![during("a", "2022-02-21", &["barbivai", "mezzour"]), report("b", 1, Meeting, Some("2022-02-23"), &["barbivai", "mezzour"])], 1),
        ("both state their own days", vec![report("a", 1, Meeting, Some("2022-02-21"), &["barbivai", "mezzour"]), report("b", 1, Meeting, Some("2022-02-23"), &["barbivai", "mezzour"])], 2),
        ("other counterparts", vec![during("a", "2022-02-21", &["barbivai", "mezzour"]), during("b", "2022-02-22", &["barbivai", "akhannouch"])], 2),
        ("visits a week apart", vec![during("a", "2022-02-21", &["barbivai", "mezzour"]), during("b", "2022-02-28", &["barbivai", "mezzour"])], 2),
        ("a meeting naming one person", vec![during("a", "2022-02-21", &["barbivai"]), during("b", "2022-02-22", &["barbivai"])], 2),
    ];
    for (name, mentions, n) in cases {
        for order in [mentions.clone(), mentions.iter().rev().cloned().collect()] {
            let events = merge_mentions(order);
            assert_eq!(events.len(), n, "{name}: {:?}", summary(&events));
        }
    }
}

/// A visit is its visitor and its destination: reports of visits that share a person on days
/// of one trip are two trips when their destinations are two countries (a foreign minister
/// who received a visitor at home on Monday and flew abroad on Tuesday), or when, the
/// destination one of them names taken for both, the other countries each names (its
/// visitor's) are others (two ministers of two countries received by one host the same week;
/// the host's own trip told by a page that names no place). A report naming only the country
/// visited, a delegation of two countries told by a report naming both, and a visit reported
/// in its destination by two pages stay one trip. The ids are made up, given to this merge
/// alone.
#[test]
fn a_visit_is_its_visitor_and_its_destination() {
    use EventType::*;
    let capitals = Capitals::new([("test-capital-ma".into(), "MA".into()), ("test-capital-il".into(), "IL".into())]).with_place_countries([
        ("test-capital-ma".into(), "MA".into()),
        ("test-port-ma".into(), "MA".into()),
        ("test-capital-il".into(), "IL".into()),
        ("test-desert-il".into(), "IL".into()),
    ]);
    let visit = |file: &str, day: &str, people: &[&str], places: &[&str], countries: &[&str]| {
        let m = report(file, 1, Visit, Some(day), people);
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), countries.iter().map(|&c| c.into()).collect(), Vec::new());
        Mention { ids, ..m }
    };
    let host_receives_us = visit("a", "2022-03-28", &["secretary", "host"], &["test-capital-ma"], &["MA", "US"]);
    let cases: Vec<(&str, Vec<Mention>, usize)> = vec![
        ("the host's trip abroad the day before, placed", vec![host_receives_us.clone(), visit("b", "2022-03-27", &["host", "counterpart"], &["test-desert-il"], &["IL", "MA"])], 2),
        ("the host's trip abroad the day before, told by no place", vec![host_receives_us.clone(), visit("b", "2022-03-27", &["host", "counterpart"], &[], &["IL", "MA"])], 2),
        ("a minister of another country received by the same host", vec![host_receives_us.clone(), visit("b", "2022-03-30", &["minister", "host"], &["test-port-ma"], &["IL", "MA"])], 2),
        ("the visit told by its visitor, no place, no other country", vec![host_receives_us.clone(), visit("b", "2022-03-28", &["secretary"], &[], &["MA"])], 1),
        ("the visit told in its destination's other city the same day", vec![host_receives_us.clone(), visit("b", "2022-03-28", &["secretary", "host"], &["test-port-ma"], &["MA", "US"])], 1),
        ("the visit told by the city its visitor flew from", vec![host_receives_us.clone(), visit("b", "2022-03-28", &["secretary"], &["test-capital-il"], &["IL", "MA", "US"])], 1),
        ("a delegation of two countries, one report naming both", vec![host_receives_us.clone(), visit("b", "2022-03-28", &["secretary", "envoy"], &["test-capital-ma"], &["IL", "MA", "US"])], 1),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, mentions, rows) in cases {
        assert_eq!(super::merge_mentions(mentions, &capitals).len(), rows, "{name}");
    }
}

/// A signing dated only by its page (undated in its words, told as going on: «وقّع الوزيران
/// مذكرة تفاهم، في إطار الزيارة التي يقوم بها», on a page of the 27th) is the signing of the
/// same two signatories another page dates a day or two before (« a signé mardi », the 26th),
/// and the row keeps the stated day (probe24's a10 and f02). Not after the page's day, not
/// more than two days before, not of one signatory shared, not a day stated in words on both.
#[test]
fn a_signing_dated_by_its_page_is_the_one_stated_a_day_or_two_before() {
    use EventType::*;
    let by_its_page = |file: &str, day: &str, people: &[&str]| Mention { date_kind: DateKind::Publication, ..report(file, 1, Agreement, Some(day), people) };
    let cases = [
        ("the day before the page", by_its_page("a", "2022-07-27", &["ouahbi", "saar"]), report("b", 1, Agreement, Some("2022-07-26"), &["ouahbi", "saar"]), Some("2022-07-26")),
        ("two days before the page", by_its_page("a", "2022-07-28", &["ouahbi", "saar"]), report("b", 1, Agreement, Some("2022-07-26"), &["saar", "ouahbi"]), Some("2022-07-26")),
        ("the stated report merged first", report("b", 1, Agreement, Some("2022-07-26"), &["ouahbi", "saar"]), by_its_page("a", "2022-07-27", &["ouahbi", "saar"]), Some("2022-07-26")),
        ("three days before the page", by_its_page("a", "2022-07-29", &["ouahbi", "saar"]), report("b", 1, Agreement, Some("2022-07-26"), &["ouahbi", "saar"]), None),
        ("after the page", by_its_page("a", "2022-07-25", &["ouahbi", "saar"]), report("b", 1, Agreement, Some("2022-07-26"), &["ouahbi", "saar"]), None),
        ("one signatory shared", by_its_page("a", "2022-07-27", &["ouahbi", "saar"]), report("b", 1, Agreement, Some("2022-07-26"), &["ouahbi", "laftit"]), None),
        ("both stated in words", report("a", 1, Agreement, Some("2022-07-27"), &["ouahbi", "saar"]), report("b", 1, Agreement, Some("2022-07-26"), &["ouahbi", "saar"]), None),
    ];
    for (name, first, second, joined) in cases {
        let events = merge_mentions(vec![first, second]);
        match joined {
            Some(day) => {
                assert_eq!(events.len(), 1, "{name}: {:?}", summary(&events));
                assert_eq!(events[0].date.map(|d| d.start.to_string()).as_deref(), Some(day), "{name}");
            }
            None => assert_eq!(events.len(), 2, "{name}: {:?}", summary(&events)),
        }
    }
}

/// A visit dated only by a count of weeks (« Une semaine plus tôt, c'est … Kochavi, qui était
/// accueilli à Rabat avec les honneurs militaires » counted from a Tuesday: the 19th) is the
/// same visitor's visit another report dates a day off (the arrival of the 18th): a week is
/// told for six to eight days. A leg of the trip (the guard of honour) joins it this way too,
/// and the row keeps the other report's day. Not two days off, not another visitor, not a
/// day stated in words on both (a leg then stays a row of its own), not a stop in another
/// city.
#[test]
fn a_visit_a_week_earlier_is_the_visit_a_day_off() {
    use EventType::*;
    let capitals = Capitals::new([("test-capital-ma".into(), "MA".into())]).with_place_countries([("test-capital-ma".into(), "MA".into()), ("test-port-ma".into(), "MA".into())]);
    let visit = |file: &str, day: &str, people: &[&str], rule: &str, kind: DateKind, places: &[&str]| {
        let m = report(file, 1, Visit, Some(day), people);
        let ids = MentionIds::new(m.people().to_vec(), Vec::new(), places.iter().map(|&p| p.into()).collect(), vec!["IL".into(), "MA".into()], Vec::new());
        Mention { rule: rule.into(), date_kind: kind, ids, ..m }
    };
    let arrival = || visit("a", "2022-07-18", &["kochavi"], "fr-visit-arrive", DateKind::Start, &["test-capital-ma"]);
    let cases = [
        ("a leg a week earlier, a day after the arrival", visit("b", "2022-07-19", &["kochavi"], "fr-visit-leg", DateKind::Counted, &["test-capital-ma"]), Some("2022-07-18")),
        ("a visit a week earlier, the day before the arrival", visit("b", "2022-07-17", &["kochavi"], "fr-visit-past", DateKind::Counted, &[]), Some("2022-07-18")),
        ("a leg a week earlier, two days off", visit("b", "2022-07-20", &["kochavi"], "fr-visit-leg", DateKind::Counted, &["test-capital-ma"]), None),
        ("a leg a week earlier, another visitor", visit("b", "2022-07-19", &["lapid"], "fr-visit-leg", DateKind::Counted, &["test-capital-ma"]), None),
        ("a leg stated a day after the arrival", visit("b", "2022-07-19", &["kochavi"], "fr-visit-leg", DateKind::Stated, &["test-capital-ma"]), None),
        ("a leg a week earlier in another city", visit("b", "2022-07-19", &["kochavi"], "fr-visit-leg", DateKind::Counted, &["test-port-ma"]), None),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, counted, joined) in cases {
        for mentions in [vec![arrival(), counted.clone()], vec![counted.clone(), arrival()]] {
            let events = super::merge_mentions(mentions, &capitals);
            match joined {
                Some(day) => {
                    assert_eq!(events.len(), 1, "{name}: {:?}", summary(&events));
                    assert_eq!(events[0].date.map(|d| d.start.to_string()).as_deref(), Some(day), "{name}");
                }
                None => assert_eq!(events.len(), 2, "{name}: {:?}", summary(&events)),
            }
        }
    }
}

/// Mentions as the corpus merge meets them, varied in every field the merge reads of a
/// mention besides those of [`arbitrary_mention`]: places, the trigger's rule (a leg of a
/// trip, a summit's noun), the kind of the date and the publication day.
fn arbitrary_report() -> impl Strategy<Value = Mention> {
    (
        arbitrary_mention(),
        prop::sample::subsequence(vec!["rabat", "casablanca", "jerusalem"], 0..3),
        prop::sample::select(vec!["", "visit-leg", "meeting-summit", "visit-arrive"]),
        prop::sample::select(vec![DateKind::Publication, DateKind::During, DateKind::Stated, DateKind::Start, DateKind::Counted]),
        prop::option::of(0i64..40),
    )
        .prop_map(|(m, places, rule, date_kind, published)| {
            let ids = [m.people(), m.organisations(), &[], m.countries(), m.topics()].map(|list| list.to_vec());
            let [people, organisations, _, countries, topics] = ids;
            Mention {
                ids: MentionIds::new(people, organisations, places.iter().map(|&p| p.into()).collect(), countries, topics),
                rule: rule.into(),
                date_kind,
                published: published.map(|d| NaiveDate::from_ymd_opt(2021, 6, 20).unwrap() + Duration::days(d)),
                ..m
            }
        })
}

proptest::proptest! {
    /// The corpus merge of a large archive merges what it reads of each event
    /// ([`Event::brief`]) and builds the events again from the groups it made: the same
    /// events, mention for mention, as the merge of the events themselves, family by family.
    #[test]
    fn the_merge_over_briefs_builds_the_events_the_merge_builds(reports in prop::collection::vec((arbitrary_report(), 0usize..1000), 0..40)) {
        let reports: Vec<Mention> = reports.into_iter().map(|(m, offset)| Mention { offset, ..m }).collect();
        let mut by_file: std::collections::BTreeMap<String, Vec<Mention>> = std::collections::BTreeMap::new();
        for m in reports {
            by_file.entry(m.file.to_string()).or_default().push(m);
        }
        let capitals = Capitals::default();
        let items: Vec<Event> = by_file.into_values().flat_map(|m| super::merge_article(m, &capitals)).collect();
        for family in [EventType::Agreement, EventType::Visit, EventType::Call, EventType::Meeting, EventType::Flight] {
            let items: Vec<Event> = items.iter().filter(|e| e.event_type.family() == family).cloned().collect();
            let briefs = items.iter().enumerate().map(|(i, e)| e.brief(i as u32)).collect();
            let rebuilt: Vec<Event> = merge_family_briefly(briefs, &capitals).events_of(items.clone()).collect();
            prop_assert_eq!(rebuilt, merge_family(items, &capitals));
        }
    }
}

/// A [`MentionBrief`] answers every [`MentionView`] accessor as the [`Mention`] it was made of
/// (the two impls share the accessors of same-named fields through one macro, and write the
/// others apart).
#[test]
fn a_brief_reads_as_its_mention() {
    let mut m = mention("017", EventType::Visit, Some("2021-08-11/2021-08-12"), &["lapid"], &[]);
    m.line = 12;
    m.offset = 3456;
    m.date_kind = DateKind::Start;
    m.span_days = 2;
    m.published = NaiveDate::from_ymd_opt(2021, 8, 12);
    m.status = Status::Planned;
    m.ids = MentionIds::new(Vec::new(), Vec::new(), vec!["rabat".into(), "casablanca".into()], Vec::new(), Vec::new());
    for (rule, leg, summit) in [("visit-arrive", false, false), ("visit-leg", true, false), ("meeting-summit", false, true)] {
        m.rule = rule.into();
        let brief = MentionBrief::of(&m, 7);
        assert_eq!(brief.item(), 7);
        assert_eq!((MentionView::tells_a_leg(&m), MentionView::tells_a_summit(&m)), (leg, summit), "{rule}");
        assert_eq!(
            (brief.file(), brief.line(), brief.offset(), brief.event_type(), brief.date(), brief.date_kind(), brief.span_days(), brief.published(), brief.status(), MentionView::places(&brief), brief.tells_a_leg(), brief.tells_a_summit()),
            (m.file, m.line, m.offset, m.event_type, m.date, m.date_kind, m.span_days, m.published, m.status, m.places(), leg, summit),
            "{rule}"
        );
    }
}

/// Undated visits in a sentence that dates another act ("the call of 29 June, during the visit
/// of A and B … the visit of A") are taken to their visit one by one: in the merge's order,
/// whatever the order they come in. The visit of A alone, taken first, started an event of its
/// own beside the visit of B the page dates, and the visit of A and B then joined the dated one.
#[test]
fn sentence_dated_visits_join_whatever_their_order() {
    use EventType::*;
    let with = |file: &str, line: usize, ty: EventType, date: Option<&str>, people: &[&str], countries: &[&str]| {
        let mut m = mention(file, ty, date, people, &[]);
        m.line = line;
        m.ids = MentionIds::new(people.iter().map(|&s| s.into()).collect(), Vec::new(), Vec::new(), countries.iter().map(|&s| s.into()).collect(), Vec::new());
        m
    };
    let mentions: Vec<Mention> = vec![
        with("b", 1, Call, Some("2021-06-29"), &[], &[]),
        with("b", 1, Visit, None, &["p1", "p4"], &[]),
        with("b", 1, Visit, None, &["p1"], &["MA"]),
        with("b", 0, Visit, Some("2021-06-25/2021-06-26"), &["p4"], &[]),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, m)| Mention { offset: i, ..m })
    .collect();
    let mut reversed = mentions.clone();
    reversed.reverse();
    let given = summary(&merge_article(mentions));
    assert_eq!(given, vec![("2021-06-25/2021-06-26".to_string(), vec!["p1".to_string(), "p4".to_string()], vec!["b".to_string()]), ("2021-06-29".to_string(), vec![], vec!["b".to_string()])]);
    assert_eq!(summary(&merge_article(reversed)), given);
}

/// A visit dated back to its first day from its last ("wrapped up a three-day visit on
/// Tuesday": `span_days` 2) is told of every day up to its last: the event's days reach it
/// (while the days it was reported on, where a stop elsewhere is told apart, are its
/// reports' own), and a plan of it told the day after that last day is the trip (a day of
/// slack for late pages), not a plan announced once it was over.
#[test]
fn a_visit_told_by_its_end_and_length_lasts_to_its_end() {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let wrapped_up = |span_days: u8| Mention { span_days, published: Some(day("2022-02-22")), ..report("en2", 1, EventType::Visit, Some("2022-02-20"), &["barbivai"]) };
    let trip = Event::new(wrapped_up(2));
    assert_eq!(trip.days, Some((day("2022-02-20"), day("2022-02-22"))));
    assert_eq!(trip.days_of_its_reports(), Some((day("2022-02-20"), day("2022-02-20"))));
    assert_eq!(trip.date.map(|d| d.to_string()).as_deref(), Some("2022-02-20"), "dated by its first day");
    let plan = Mention { status: Status::Planned, published: Some(day("2022-02-23")), ..report("fr9", 1, EventType::Visit, Some("2022-02"), &["barbivai"]) };
    for (span_days, rows) in [(2, 1), (0, 2)] {
        let events = merge_mentions(vec![wrapped_up(span_days), plan.clone()]);
        assert_eq!(events.len(), rows, "span {span_days}: {:?}", summary(&events));
    }
}
