//! Synthetic event mentions for merge benchmarks (shared by `benches/stages.rs` and
//! `examples/merge_scaling.rs`): deterministic, drawn from a fixed pool of people, types,
//! topics and dates 2020–2022, five mentions per article, a fifth of them undated.

use tarikh::dates::DateValue;
use tarikh::events::EventType;
use tarikh::merge::{Mention, MentionIds, Status};

/// `n` mentions from seed `seed`.
pub fn mentions(n: usize, seed: u64) -> Vec<Mention> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) as usize
    };
    let types = [EventType::Agreement, EventType::Visit, EventType::Call, EventType::Meeting, EventType::Opening, EventType::Flight];
    let topics = ["cyber", "defence", "aviation", "trade", "water"];
    (0..n)
        .map(|i| {
            let people: Vec<tarikh::idset::Id> = {
                let mut p: Vec<tarikh::idset::Id> = (0..1 + next() % 2).map(|_| format!("person-{}", next() % 200).into()).collect();
                p.sort();
                p.dedup();
                p
            };
            let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Duration::days((next() % 1096) as i64);
            let date = match next() % 10 {
                0..=6 => Some(DateValue::day(day)),
                7 => DateValue::parse(&day.format("%Y-%m").to_string()),
                _ => None,
            };
            Mention {
                file: format!("{:07}.txt", i / 5).into(),
                line: i % 5 + 1,
                offset: 0,
                evidence: "".into(),
                event_type: types[next() % types.len()],
                rule: "".into(),
                date,
                date_text: "".into(),
                date_kind: tarikh::merge::DateKind::Stated,
                span_days: 0,
                published: None,
                status: if next() % 4 == 0 { Status::Planned } else { Status::Occurred },
                ids: MentionIds::new(
                    people,
                    Vec::new(),
                    Vec::new(),
                    vec!["IL".into(), "MA".into()],
                    if next() % 2 == 0 { vec![topics[next() % topics.len()].into()] } else { Vec::new() },
                ),
            }
        })
        .collect()
}
