//! The timeline as a Knight Lab TimelineJS spreadsheet (`--format timelinejs`): paste or
//! import it into the Google Sheets template and publish the timeline in minutes.
//!
//! One row per event, with TimelineJS's exact header. A day fills Year, Month and Day; a month
//! fills Year and Month only; a year fills Year only; a range fills End Year/Month/Day the same
//! way. Display Date always says the date in words ("July 2021"), so a month is never shown as
//! its first day. Headline is the title; Text is HTML — people, organisations, places, sources
//! and the Arabic evidence right-to-left — with every value escaped; Group is the event type,
//! so TimelineJS puts each type on its own row.

use chrono::Datelike;

use super::{date_in_words, escape_html, split_evidence};
use crate::dates::Grain;
use crate::timeline::Row;

/// The TimelineJS header, exactly as the template has it.
pub const HEADER: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// Year, Month and Day of a day, at `grain` (a week is given by its first day).
fn ymd(day: chrono::NaiveDate, grain: Grain) -> [String; 3] {
    let (y, m, d) = (day.year().to_string(), day.month().to_string(), day.day().to_string());
    match grain {
        Grain::Day | Grain::Week => [y, m, d],
        Grain::Month => [y, m, String::new()],
        Grain::Year => [y, String::new(), String::new()],
    }
}

/// The Text cell: HTML built from escaped values.
fn text(r: &Row) -> String {
    let mut out = String::new();
    for (label, list) in [("People", &r.people), ("Organisations", &r.organisations), ("Places", &r.places), ("Sources", &r.sources)] {
        if !list.is_empty() {
            out.push_str(&format!("<p><b>{label}:</b> {}</p>", escape_html(&list.join(", "))));
        }
    }
    let (cite, sentence) = split_evidence(&r.evidence);
    if !sentence.is_empty() {
        out.push_str(&format!("<blockquote {}>{}</blockquote>", crate::text::lang::html_dir_lang(sentence), escape_html(sentence)));
    }
    if let Some(cite) = cite {
        out.push_str(&format!("<p><small>{} · {}</small></p>", escape_html(cite), escape_html(&r.event_id)));
    }
    out
}

/// The cells of one event. An undated row has no date at all (TimelineJS needs a Year, so
/// callers leave undated rows out; see [`cells`]).
pub fn row_cells(r: &Row) -> Vec<String> {
    let empty3 = || [String::new(), String::new(), String::new()];
    let (start, end, display) = match r.date {
        Some(d) => (ymd(d.start, d.grain), d.end.map(|e| ymd(e, d.grain)).unwrap_or_else(empty3), date_in_words(&d)),
        None => (empty3(), empty3(), String::new()),
    };
    let [y, m, d] = start;
    let [ey, em, ed] = end;
    vec![
        y,
        m,
        d,
        String::new(),
        ey,
        em,
        ed,
        String::new(),
        display,
        r.title.clone(),
        text(r),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        r.event_type.as_str().to_string(),
        String::new(),
    ]
}

/// The rows of the spreadsheet: dated events only (TimelineJS requires a year).
pub fn cells<R: std::borrow::Borrow<Row>>(rows: impl IntoIterator<Item = R>) -> impl Iterator<Item = Vec<String>> {
    rows.into_iter().filter(|r| r.borrow().date.is_some()).map(|r| row_cells(r.borrow()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::DateValue;
    use crate::events::EventType;

    fn row(date: &str, evidence: &str) -> Row {
        Row {
            event_id: "x-1".into(),
            date: DateValue::parse(date),
            event_type: EventType::Agreement,
            status: crate::merge::Status::Occurred,
            title: "Mustapha Rabii and Yigal Unna sign a cyber agreement".into(),
            people: vec!["Mustapha Rabii".into(), "Yigal Unna".into()],
            organisations: vec![],
            places: vec!["Rabat".into()],
            countries: vec![],
            sources: vec!["000.txt".into(), "001.txt".into()],
            evidence: evidence.into(),
            origins: Vec::new(),
            curated: vec![],
        }
    }

    #[test]
    fn header_is_the_template_s() {
        assert_eq!(
            HEADER.join(","),
            "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
        );
    }

    #[test]
    fn grains_fill_their_columns_only() {
        let at = |c: &[String]| [c[0].clone(), c[1].clone(), c[2].clone(), c[4].clone(), c[5].clone(), c[6].clone(), c[8].clone()];
        assert_eq!(at(&row_cells(&row("2021-07", ""))), ["2021", "7", "", "", "", "", "July 2021"]);
        assert_eq!(at(&row_cells(&row("2020", ""))), ["2020", "", "", "", "", "", "2020"]);
        assert_eq!(at(&row_cells(&row("2021-11-24", ""))), ["2021", "11", "24", "", "", "", "24 November 2021"]);
        assert_eq!(at(&row_cells(&row("2021-11-24/2021-11-26", ""))), ["2021", "11", "24", "2021", "11", "26", "24 November 2021 – 26 November 2021"]);
    }

    #[test]
    fn headline_text_and_group() {
        let c = row_cells(&row("2021-07", "001.txt:6: وقعت <script>alert(1)</script> الاتفاقية"));
        assert_eq!(c.len(), HEADER.len());
        assert_eq!(c[9], "Mustapha Rabii and Yigal Unna sign a cyber agreement");
        assert_eq!(c[16], "agreement");
        assert!(c[10].contains("<p><b>People:</b> Mustapha Rabii, Yigal Unna</p>"), "{}", c[10]);
        assert!(c[10].contains("<p><b>Sources:</b> 000.txt, 001.txt</p>"), "{}", c[10]);
        assert!(c[10].contains("<blockquote dir=\"rtl\" lang=\"ar\">وقعت &lt;script&gt;alert(1)&lt;/script&gt; الاتفاقية</blockquote>"), "{}", c[10]);
        assert!(!c[10].contains("<script>"));
    }

    #[test]
    fn undated_rows_are_left_out() {
        let mut undated = row("2021", "");
        undated.date = None;
        assert_eq!(cells(&[row("2021", ""), undated]).count(), 1);
    }
}
