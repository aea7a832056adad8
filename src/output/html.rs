//! The timeline as one self-contained HTML page (`tarikh render`, `extract --html`).
//!
//! The page has no external resource at all — inline CSS, a small inline script, system
//! fonts — and a Content-Security-Policy that forbids loading anything, so it opens offline
//! and can be mailed or published as one file. Events run down the page by year and month,
//! coloured by type; each card shows the date, type, status, title, people, organisations,
//! places, sources and the evidence in its own language and direction (`<blockquote dir="rtl"
//! lang="ar">`, `<blockquote dir="ltr" lang="fr">`).
//! Two selects filter by type and by person; the choice lives in the URL hash
//! (`#type=meeting&person=Yair%20Lapid`), so a filtered view can be linked to — and tested in a
//! headless browser. Every card has `data-event-id`, `data-type` and `data-people` (names
//! joined by `; `). Article text is hostile input: every value is escaped.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use chrono::Datelike;

use super::{MONTHS, date_in_words, escape_html as esc, split_evidence};
use crate::dates::Grain;
use crate::events::EventType;
use crate::timeline::Row;

/// Colour of each event type (also the order of the type filter).
const COLOURS: [(EventType, &str); 7] = [
    (EventType::Agreement, "#2e7d32"),
    (EventType::Visit, "#1565c0"),
    (EventType::Call, "#6a1b9a"),
    (EventType::Meeting, "#e65100"),
    (EventType::Opening, "#00838f"),
    (EventType::Flight, "#c62828"),
    (EventType::Other, "#546e7a"),
];

const STYLE: &str = r#"
:root{--ink:#1d2430;--muted:#5b6573;--line:#d6dbe1;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
header.page{background:#fff;border-bottom:1px solid var(--line);padding:1rem 1rem .75rem;position:sticky;top:0;z-index:1}
header.page h1{margin:0 0 .5rem;font-size:1.35rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.filters label{font-size:.9rem;color:var(--muted)}
.filters select{font:inherit;padding:.25rem .4rem;max-width:100%}
#count{font-size:.9rem;color:var(--muted);margin:0}
.legend{display:flex;flex-wrap:wrap;gap:.35rem;margin:.5rem 0 0;padding:0;list-style:none}
main{max-width:54rem;margin:0 auto;padding:1rem}
section.year>h2{font-size:1.6rem;margin:1.5rem 0 .5rem}
section.month>h3{font-size:1.05rem;color:var(--muted);margin:1rem 0 .5rem;text-transform:uppercase;letter-spacing:.04em}
.events{border-left:3px solid var(--line);margin-left:.4rem;padding-left:1.1rem}
.card{position:relative;background:#fff;border:1px solid var(--line);border-left:6px solid var(--c);border-radius:6px;padding:.75rem 1rem;margin:0 0 1rem}
.card::before{content:"";position:absolute;left:calc(-1.1rem - 10px);top:1rem;width:13px;height:13px;border-radius:50%;background:var(--c);border:2px solid var(--bg)}
.card.planned{border-style:dashed;border-left-style:solid}
.card .meta{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;font-size:.9rem}
.card time{font-weight:600}
.badge{display:inline-block;border-radius:999px;padding:0 .55rem;font-size:.8rem;color:#fff;background:var(--c)}
.badge.status{background:#fff;color:var(--ink);border:1px solid var(--line)}
.card h4{margin:.35rem 0 .5rem;font-size:1.1rem}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:0 0 .5rem;font-size:.92rem}
.card dt{color:var(--muted)}
.card dd{margin:0;overflow-wrap:anywhere}
blockquote{margin:.5rem 0 .25rem;padding:.5rem .75rem;background:var(--bg);border-right:3px solid var(--c);font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri",Tahoma,"DejaVu Sans",serif;font-size:1.05rem;line-height:1.8}
.cite{margin:0;font-size:.8rem;color:var(--muted);overflow-wrap:anywhere}
[hidden]{display:none!important}
@media (max-width:600px){
 body{font-size:15px}
 main{padding:.5rem}
 .events{margin-left:.2rem;padding-left:.8rem}
 .card{padding:.6rem .7rem}
 .card::before{left:calc(-.8rem - 10px)}
 .card dl{grid-template-columns:1fr}
 .card dt{margin-top:.25rem}
 header.page{position:static}
}
"#;

const SCRIPT: &str = r#"
(function(){
var cards=[].slice.call(document.querySelectorAll('.card'));
var groups=[].slice.call(document.querySelectorAll('.group'));
var ft=document.getElementById('f-type'),fp=document.getElementById('f-person'),count=document.getElementById('count');
function params(){var o={};location.hash.replace(/^#/,'').split('&').forEach(function(kv){var i=kv.indexOf('=');if(i>0){try{o[decodeURIComponent(kv.slice(0,i))]=decodeURIComponent(kv.slice(i+1).replace(/\+/g,' '));}catch(e){}}});return o;}
function has(sel,v){return [].some.call(sel.options,function(o){return o.value===v;});}
function apply(){var t=ft.value,p=fp.value,n=0;
 cards.forEach(function(c){var people=c.getAttribute('data-people').split('; ');var ok=(!t||c.getAttribute('data-type')===t)&&(!p||people.indexOf(p)>=0);c.hidden=!ok;if(ok)n++;});
 groups.forEach(function(g){g.hidden=!g.querySelector('.card:not([hidden])');});
 count.textContent=n+' of '+cards.length+' events shown';}
function fromHash(){var q=params();ft.value=has(ft,q.type||'')?(q.type||''):'';fp.value=has(fp,q.person||'')?(q.person||''):'';apply();}
function toHash(){var h=[];if(ft.value)h.push('type='+encodeURIComponent(ft.value));if(fp.value)h.push('person='+encodeURIComponent(fp.value));location.hash=h.join('&');apply();}
ft.addEventListener('change',toHash);fp.addEventListener('change',toHash);window.addEventListener('hashchange',fromHash);
document.documentElement.className='js';fromHash();
})();
"#;

fn colour(t: EventType) -> &'static str {
    COLOURS.iter().find(|(ty, _)| *ty == t).map_or("#546e7a", |(_, c)| c)
}

/// Where a row goes: its year and month (month 0 for a year-grain date), or undated.
fn group_of(r: &Row) -> Option<(i32, u32)> {
    r.date.map(|d| (d.start.year(), if d.grain == Grain::Year { 0 } else { d.start.month() }))
}

fn card(out: &mut String, r: &Row) {
    let c = colour(r.event_type);
    let planned = if r.status == crate::merge::Status::Planned { " planned" } else { "" };
    let _ = writeln!(
        out,
        r#"<article class="card{planned}" style="--c:{c}" data-event-id="{}" data-type="{}" data-status="{}" data-people="{}">"#,
        esc(&r.event_id),
        r.event_type.as_str(),
        r.status.as_str(),
        esc(&r.people.join("; ")),
    );
    let date = match r.date {
        Some(d) => format!(r#"<time datetime="{}">{}</time>"#, esc(&d.to_string()), esc(&date_in_words(&d))),
        None => "<time>undated</time>".to_string(),
    };
    let _ = writeln!(out, r#"<div class="meta">{date} <span class="badge type">{}</span> <span class="badge status">{}</span></div>"#, r.event_type.as_str(), r.status.as_str());
    let _ = writeln!(out, "<h4>{}</h4>", esc(&r.title));
    out.push_str("<dl>");
    for (label, list) in [("People", &r.people), ("Organisations", &r.organisations), ("Places", &r.places), ("Countries", &r.countries), ("Sources", &r.sources)] {
        if !list.is_empty() {
            let _ = write!(out, "<dt>{label}</dt><dd>{}</dd>", esc(&list.join(", ")));
        }
    }
    out.push_str("</dl>\n");
    let (cite, sentence) = split_evidence(&r.evidence);
    if !sentence.is_empty() {
        // Each quote in its own language and direction: Arabic right to left, English and
        // French left to right.
        let _ = writeln!(out, r#"<blockquote {}>{}</blockquote>"#, crate::text::lang::html_dir_lang(sentence), esc(sentence));
    }
    let _ = writeln!(out, r#"<p class="cite">{}{}</p>"#, cite.map(|c| format!("{} · ", esc(c))).unwrap_or_default(), esc(&r.event_id));
    out.push_str("</article>\n");
}

fn select(out: &mut String, id: &str, label: &str, all: &str, values: &[(String, String)]) {
    let _ = write!(out, r#"<label for="{id}">{label}</label> <select id="{id}"><option value="">{all}</option>"#);
    for (value, text) in values {
        let _ = write!(out, r#"<option value="{}">{}</option>"#, esc(value), esc(text));
    }
    out.push_str("</select>\n");
}

/// The page for `rows` (in timeline order), titled `title`.
pub fn html_page(rows: &[Row], title: &str) -> String {
    let mut out = String::with_capacity(4096 + rows.len() * 1500);
    let _ = write!(
        out,
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="tarikh">
<title>{title}</title>
<style>{STYLE}</style>
</head>
<body>
<header class="page">
<h1>{title}</h1>
<div class="filters">
"#,
        title = esc(title)
    );
    let types: BTreeSet<EventType> = rows.iter().map(|r| r.event_type).collect();
    let type_options: Vec<(String, String)> =
        COLOURS.iter().filter(|(t, _)| types.contains(t)).map(|(t, _)| (t.as_str().to_string(), t.as_str().to_string())).collect();
    select(&mut out, "f-type", "Type", "All types", &type_options);
    let people: BTreeSet<&String> = rows.iter().flat_map(|r| &r.people).collect();
    let person_options: Vec<(String, String)> = people.into_iter().map(|p| (p.clone(), p.clone())).collect();
    select(&mut out, "f-person", "Person", "Everyone", &person_options);
    let _ = writeln!(out, r#"<p id="count">{} events</p>"#, rows.len());
    out.push_str("</div>\n<ul class=\"legend\">");
    for (t, c) in COLOURS.iter().filter(|(t, _)| types.contains(t)) {
        let _ = write!(out, r#"<li class="badge" style="--c:{c}">{}</li>"#, t.as_str());
    }
    out.push_str("</ul>\n</header>\n<main>\n");
    // Year → month → rows, in timeline order within a month.
    let mut years: BTreeMap<i32, BTreeMap<u32, Vec<&Row>>> = BTreeMap::new();
    let mut undated: Vec<&Row> = Vec::new();
    for r in rows {
        match group_of(r) {
            Some((y, m)) => years.entry(y).or_default().entry(m).or_default().push(r),
            None => undated.push(r),
        }
    }
    for (year, months) in &years {
        let _ = writeln!(out, r#"<section class="year group" id="y{year}"><h2>{year}</h2>"#);
        for (month, rows) in months {
            let heading = if *month == 0 { format!("{year}, month unknown") } else { format!("{} {year}", MONTHS[*month as usize - 1]) };
            let _ = writeln!(out, r#"<section class="month group"><h3>{heading}</h3><div class="events">"#);
            for r in rows {
                card(&mut out, r);
            }
            out.push_str("</div></section>\n");
        }
        out.push_str("</section>\n");
    }
    if !undated.is_empty() {
        out.push_str("<section class=\"year group\" id=\"undated\"><h2>Undated</h2><section class=\"month group\"><div class=\"events\">\n");
        for r in undated {
            card(&mut out, r);
        }
        out.push_str("</div></section></section>\n");
    }
    if rows.is_empty() {
        out.push_str("<p>No events.</p>\n");
    }
    let _ = write!(out, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::DateValue;
    use crate::merge::Status;

    fn row(id: &str, date: Option<&str>, ty: EventType, people: &[&str], evidence: &str) -> Row {
        Row {
            event_id: id.into(),
            date: date.map(|d| DateValue::parse(d).unwrap()),
            event_type: ty,
            status: Status::Occurred,
            title: format!("title of {id}"),
            people: people.iter().map(|p| p.to_string()).collect(),
            organisations: vec!["Ministry of Foreign Affairs (Morocco)".into()],
            places: vec!["Rabat".into()],
            countries: vec!["Israel".into(), "Morocco".into()],
            sources: vec!["000.txt".into()],
            evidence: evidence.into(),
            origins: Vec::new(),
            curated: vec![],
        }
    }

    fn seed() -> Vec<Row> {
        vec![
            row("agreement-2020-1", Some("2020"), EventType::Agreement, &[], "000.txt:1: وقع"),
            row("call-2021-07-16-a", Some("2021-07-16"), EventType::Call, &["Yair Lapid", "Nasser Bourita"], "000.txt:3: اتصل لابيد"),
            row("meeting-2021-07-b", Some("2021-07"), EventType::Meeting, &["Alon Ushpiz"], "000.txt:11: مباحثات"),
            row("visit-undated-c", None, EventType::Visit, &["Benny Gantz"], ""),
        ]
    }

    #[test]
    fn every_card_has_its_attributes() {
        let page = html_page(&seed(), "Timeline");
        for r in seed() {
            assert!(page.contains(&format!(r#"data-event-id="{}" data-type="{}""#, r.event_id, r.event_type.as_str())), "{}", r.event_id);
        }
        assert!(page.contains(r#"data-people="Yair Lapid; Nasser Bourita""#));
        assert_eq!(page.matches("<article ").count(), 4);
    }

    #[test]
    fn grouped_by_year_and_month() {
        let page = html_page(&seed(), "Timeline");
        let at = |s: &str| page.find(s).unwrap_or_else(|| panic!("{s} missing"));
        assert!(at("<h2>2020</h2>") < at("2020, month unknown"));
        assert!(at("<h2>2020</h2>") < at("<h2>2021</h2>"));
        assert!(at("<h3>July 2021</h3>") < at("call-2021-07-16-a"));
        assert!(at("<h2>Undated</h2>") < at("visit-undated-c"));
        assert!(page.contains(r#"<time datetime="2021-07">July 2021</time>"#));
    }

    #[test]
    fn self_contained() {
        let page = html_page(&seed(), "Timeline");
        for external in ["http:", "https:", "src=", "href=", "@import", "url("] {
            assert!(!page.contains(external), "page refers to something outside: {external}");
        }
        assert!(page.contains(r#"<meta name="viewport""#));
    }

    #[test]
    fn evidence_is_right_to_left_and_escaped() {
        let hostile = "000.txt:5: وقع <script>alert('x')</script> \"q\" & <img src=x onerror=alert(1)>";
        let mut rows = seed();
        rows[1].evidence = hostile.into();
        rows[1].title = "<b>title</b>".into();
        rows[1].people.push("O'Brien \"<x>\"".into());
        let page = html_page(&rows, "<i>Timeline</i>");
        assert!(page.contains(r#"<blockquote dir="rtl" lang="ar">وقع &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;q&quot; &amp; &lt;img src=x onerror=alert(1)&gt;</blockquote>"#));
        assert_eq!(page.matches("<script>").count(), 1, "only the page's own script");
        rows[1].evidence = "d504_en.txt:3: Gantz put his name to a defense memorandum on Wednesday.".into();
        rows[0].evidence = "d508_fr.txt:5: Le ministre a paraphé un accord avec son hôte marocain.".into();
        let page = html_page(&rows, "t");
        assert!(page.contains(r#"<blockquote dir="ltr" lang="en">Gantz put his name"#), "{page}");
        assert!(page.contains(r#"<blockquote dir="ltr" lang="fr">Le ministre a paraphé"#), "{page}");
        assert!(!page.contains("<img"));
        assert!(!page.contains("<b>title"));
        assert!(!page.contains("<i>Timeline"));
        assert!(page.contains(r#"data-people="Yair Lapid; Nasser Bourita; O&#39;Brien &quot;&lt;x&gt;&quot;""#));
    }

    #[test]
    fn filters_list_types_and_people() {
        let page = html_page(&seed(), "Timeline");
        for option in [r#"<option value="meeting">"#, r#"<option value="call">"#, r#"<option value="Yair Lapid">"#, r#"<option value="Benny Gantz">"#] {
            assert!(page.contains(option), "{option}");
        }
        assert!(!page.contains(r#"<option value="flight">"#));
    }
}
