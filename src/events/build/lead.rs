//! The lead's news: an event the story's first sentence tells without a date takes the day a
//! later sentence gives it, else the publication day.

use super::super::mention::{DateHow, DateLink, EventMention};

/// The lead's undated events (`undated`: their triggers' starts) are the story's news: each
/// takes the day a later sentence gives the same event (its family, and a person in common
/// when both name people; else within the two sentences after the lead: "وقع المغرب وإسرائيل
/// اتفاقية …" then "وجرى توقيعها أمس الثلاثاء …"), else the publication day ("حل الوزير
/// بالرباط في زيارة رسمية"). The follow-ups of the same event in the two sentences after the
/// lead that name no day of their own ("ووقع المذكرة عن الجانب المغربي …") take that day too.
pub(super) fn lead_takes_the_day(out: &mut [EventMention], lead: Option<usize>, undated: &[usize]) {
    let Some(lead) = lead else { return };
    let same_event = |a: &EventMention, b: &EventMention| {
        a.event_type.family() == b.event_type.family()
            && if a.people.is_empty() || b.people.is_empty() { b.sentence <= lead + 2 } else { a.people.iter().any(|p| b.people.contains(p)) }
    };
    for i in 0..out.len() {
        if out[i].sentence != lead || out[i].date.is_some() || out[i].planned || !undated.contains(&out[i].trigger.start) {
            continue;
        }
        let later = out.iter().find(|o| o.sentence > lead && !o.planned && o.date.is_some_and(|d| d.how == DateHow::Own) && same_event(&out[i], o)).and_then(|o| o.date);
        match later {
            Some(d) => out[i].date = Some(DateLink { date: d.date, how: DateHow::Carried }),
            None => out[i].on_publication_day = true,
        }
        for j in 0..out.len() {
            let follow_up = out[j].sentence > lead && out[j].sentence <= lead + 2 && out[j].date.is_none() && !out[j].on_publication_day && !out[j].planned && !out[j].aside && out[j].item.is_none() && same_event(&out[i], &out[j]);
            if follow_up {
                out[j].date = out[i].date;
                out[j].on_publication_day = out[i].on_publication_day;
            }
        }
    }
}
