//! The page's lines that decide its publication date, read by `tarikh dates` on one page at a
//! time (text alone): a site's current-date banner against the story's own date line, and the
//! byline layouts a story's date line takes. Every page here is written for this test, in the
//! layouts real 2020–2022 sites use; an empty anchor is a page whose day cannot be known (its
//! only date is the day the site was read), where a wrong day would shift every relative date
//! of the page.

use std::process::Command;

/// A site's menu of many sections: as many bars as words, so a count of the line's runs
/// between spaces would take it for a paragraph.
const MENU_AR: &str = "الرئيسية | وطنية | دولية | اقتصاد | مجتمع | رياضة | فنون | منوعات | آراء";
const MENU_EN: &str = "Home | Nation | Region | Economy | Tech | Sports | Arts | Lifestyle | Opinion";
const MENU_FR: &str = "Accueil | National | International | Économie | Société | Sports | Arts | Régions | Débats";

/// A "most read" block under the menu: its header and two other stories' titles.
const MOST_READ_AR: &str = "الأكثر قراءة\n- افتتاح معرض الكتاب في دورته الجديدة\n- توقعات بتساقطات مطرية في عدة مناطق";
const MOST_READ_EN: &str = "Most Read\n- Book fair opens its doors in the capital\n- Rain expected over the coastal regions";
const MOST_READ_FR: &str = "Les plus lus\n- Le salon du livre ouvre ses portes\n- Des averses attendues sur le littoral";

const HEADLINE_AR: &str = "وزير الفلاحة الإسرائيلي ينهي جولته في سوس بتوقيع برنامج للري";
const HEADLINE_EN: &str = "Israeli farm minister ends Souss tour with irrigation programme";
const HEADLINE_FR: &str = "Le ministre israélien de l'Agriculture achève sa tournée dans le Souss";

const BODY_AR: &str = "وقع وزير الفلاحة الإسرائيلي ونظيره المغربي برنامجا مشتركا للري بالتنقيط يشمل عددا من الضيعات النموذجية في جهة سوس ماسة، بحضور ممثلين عن التعاونيات الفلاحية.";
const BODY_EN: &str = "The Israeli agriculture minister and his Moroccan counterpart signed a joint drip irrigation programme covering model farms across the Souss-Massa region, in front of cooperative leaders.";
const BODY_FR: &str = "Le ministre israélien de l'Agriculture et son homologue marocain ont signé un programme commun d'irrigation au goutte-à-goutte couvrant plusieurs fermes pilotes de la région du Souss-Massa.";

/// The page made of `lines`.
fn page(lines: &[&str]) -> String {
    lines.join("\n") + "\n"
}

/// The publication date `tarikh dates` finds in `text` read alone, and its basis.
fn published(text: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.txt");
    std::fs::write(&path, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tarikh")).arg("dates").arg("--no-bom").arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    reader
        .records()
        .map(|r| r.unwrap())
        .find(|r| r.get(2) == Some("published"))
        .map(|r| (r.get(7).unwrap_or("").to_string(), r.get(10).unwrap_or("").to_string()))
        .unwrap_or_default()
}

/// Checks each (name, page, date, basis) and reports every failure at once.
fn check(cases: &[(&str, String, &str, &str)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, text, date, basis)| {
            let got = published(text);
            ((got.0.as_str(), got.1.as_str()) != (*date, *basis)).then(|| format!("{name}: want {date} {basis}, got {} {}", got.0, got.1))
        })
        .collect();
    assert!(failures.is_empty(), "{} of {}:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn the_story_date_line_wins_over_a_banner_among_the_site_blocks() {
    check(&[
        (
            "arabic banner under the menu, most read, then the story's line with its time",
            page(&["جريدة الصباح", MENU_AR, "الأحد 14 نونبر 2021", MOST_READ_AR, "", HEADLINE_AR, "", "الجمعة 12 نونبر 2021 - 11:05", "", BODY_AR]),
            "2021-11-12",
            "stated",
        ),
        (
            "english banner under the menu, most read, then the story's line",
            page(&["The Morning Ledger", MENU_EN, "Sunday 14 November 2021", MOST_READ_EN, "", HEADLINE_EN, "", "Friday 12 November 2021 11:05", "", BODY_EN]),
            "2021-11-12",
            "stated",
        ),
        (
            "french banner under the menu, most read, then the story's line",
            page(&["Le Courrier", MENU_FR, "Dimanche 14 novembre 2021", MOST_READ_FR, "", HEADLINE_FR, "", "Vendredi 12 novembre 2021 à 11h05", "", BODY_FR]),
            "2021-11-12",
            "stated",
        ),
        (
            "arabic banner among the blocks, the story's line at the foot",
            page(&["جريدة الصباح", MENU_AR, "الأحد 14 نونبر 2021", MOST_READ_AR, "", HEADLINE_AR, "", BODY_AR, "", "الجمعة 12 نونبر 2021 - 11:05"]),
            "2021-11-12",
            "stated",
        ),
        (
            "english banner among the blocks, the story's line at the foot",
            page(&["The Morning Ledger", MENU_EN, "Sunday 14 November 2021", MOST_READ_EN, "", HEADLINE_EN, "", BODY_EN, "", "Friday 12 November 2021 11:05"]),
            "2021-11-12",
            "stated",
        ),
        (
            "arabic banner among the blocks and no line of the story",
            page(&["جريدة الصباح", MENU_AR, "الأحد 14 نونبر 2021", MOST_READ_AR, "", HEADLINE_AR, "", BODY_AR]),
            "",
            "unknown",
        ),
        (
            "english banner among the blocks and no line of the story",
            page(&["The Morning Ledger", MENU_EN, "Sunday 14 November 2021", MOST_READ_EN, "", HEADLINE_EN, "", BODY_EN]),
            "",
            "unknown",
        ),
        (
            "french banner between two menus",
            page(&["Le Courrier", MENU_FR, "Dimanche 14 novembre 2021", "Accueil › National", "", HEADLINE_FR, "", BODY_FR]),
            "",
            "unknown",
        ),
        (
            "english banner under the menu over the headline, the story's timed line at the foot",
            page(&["The Morning Ledger", MENU_EN, "Sunday 14 November 2021", "", HEADLINE_EN, "", BODY_EN, "", "Friday 12 November 2021 11:05"]),
            "2021-11-12",
            "stated",
        ),
        (
            "the story's timed line right under the menu, nothing at the foot",
            page(&["The Morning Ledger", MENU_EN, "Friday 12 November 2021 11:05", "", HEADLINE_EN, "", BODY_EN]),
            "2021-11-12",
            "stated",
        ),
        (
            "french banner with its city among the blocks",
            page(&["Le Courrier", MENU_FR, "Tanger, dimanche 14 novembre 2021", MOST_READ_FR, "", HEADLINE_FR, "", BODY_FR]),
            "",
            "unknown",
        ),
        (
            "arabic hijri and gregorian banner among the blocks, the story's line under the headline",
            page(&["جريدة الصباح", MENU_AR, "الأحد 9 ربيع الثاني 1443 الموافق 14 نونبر 2021", MOST_READ_AR, "", HEADLINE_AR, "الجمعة 12 نونبر 2021 - 11:05", "", BODY_AR]),
            "2021-11-12",
            "stated",
        ),
        (
            "the story's line under its headline, the most read block after the story",
            page(&["جريدة الصباح", MENU_AR, HEADLINE_AR, "الجمعة 12 نونبر 2021 - 11:05", "", BODY_AR, "", MOST_READ_AR]),
            "2021-11-12",
            "stated",
        ),
    ]);
}

#[test]
fn a_widget_of_the_day_is_no_date_line() {
    check(&[
        ("arabic today banner under the menu", page(&["جريدة الصباح", MENU_AR, "اليوم الأحد 14 نونبر 2021", "", HEADLINE_AR, "", BODY_AR]), "", "unknown"),
        ("french today banner under the menu", page(&["Le Courrier", MENU_FR, "Aujourd'hui dimanche 14 novembre 2021", "", HEADLINE_FR, "", BODY_FR]), "", "unknown"),
        ("english today banner over the headline", page(&["The Morning Ledger", "Today is Sunday, November 14, 2021", "", HEADLINE_EN, "", BODY_EN]), "", "unknown"),
        ("french weather and date under the menu", page(&["Le Courrier", MENU_FR, "Agadir 26°C | Dimanche 14 novembre 2021", "", HEADLINE_FR, "", BODY_FR]), "", "unknown"),
        ("arabic weather and date under the menu", page(&["جريدة الصباح", MENU_AR, "أكادير 26° | الأحد 14 نونبر 2021", "", HEADLINE_AR, "", BODY_AR]), "", "unknown"),
        // The prayer times, the weather or the exchange rates beside the date (day_widget
        // rows): the day the page was read, years after the story, over a section's name.
        ("arabic prayer times beside the date", page(&["جريدة الصباح", MENU_AR, "السبت 05 دجنبر 2026 | مواقيت الصلاة بمراكش: الفجر 06:38 الظهر 13:05", "دولية", HEADLINE_AR, "", BODY_AR]), "", "unknown"),
        // As long as a paragraph with the five prayers and their times: still no story line.
        ("arabic five prayer times beside the date", page(&["جريدة الصباح", MENU_AR, "السبت 05 دجنبر 2026 | مواقيت الصلاة بمراكش: الفجر 06:38 الظهر 13:05 العصر 15:41 المغرب 18:07 العشاء 19:26", "دولية", HEADLINE_AR, "", BODY_AR]), "", "unknown"),
        ("arabic prayer times before the date", page(&["جريدة الصباح", MENU_AR, "أوقات الصلاة - الرباط | الأحد 14 نونبر 2021", "", HEADLINE_AR, "", BODY_AR]), "", "unknown"),
        ("english exchange rates beside the date", page(&["The Morning Ledger", "Saturday, December 5, 2026 | Exchange rates: USD/MAD 10.1", "World", HEADLINE_EN, "", BODY_EN]), "", "unknown"),
        ("french weather in words beside the date", page(&["Le Courrier", MENU_FR, "Samedi 5 décembre 2026 - Météo Rabat : ensoleillé", "Monde", HEADLINE_FR, "", BODY_FR]), "", "unknown"),
        (
            "arabic prayer times over the story's own line with the site's name",
            page(&["جريدة الصباح", MENU_AR, "السبت 05 دجنبر 2026 | مواقيت الصلاة بمراكش: الفجر 06:38 الظهر 13:05 العصر 15:41 المغرب 18:07 العشاء 19:26", "دولية", HEADLINE_AR, "جريدة الصباح - الجمعة 12 نونبر 2021 - 11:05", BODY_AR]),
            "2021-11-12",
            "stated",
        ),
        (
            "arabic today banner above the story's own line",
            page(&["جريدة الصباح", MENU_AR, "اليوم الأحد 14 نونبر 2021", "", HEADLINE_AR, "الجمعة 12 نونبر 2021 - 11:05", "", BODY_AR]),
            "2021-11-12",
            "stated",
        ),
    ]);
}

#[test]
fn a_date_with_its_time_by_a_byline_is_the_date_line() {
    check(&[
        (
            "french byline, a slash, the date and 'à' its time",
            page(&["Le Courrier", MENU_FR, "Dimanche 14 novembre 2021", "", HEADLINE_FR, "", "Par Nadia Berrada / Le 12/11/2021 à 11:05", "", BODY_FR]),
            "2021-11-12",
            "stated",
        ),
        (
            "french byline, then the date and its time on the next line, under a banner",
            page(&["Le Courrier", MENU_FR, "Dimanche 14 novembre 2021", "", "National", "", HEADLINE_FR, "", "Par Nadia Berrada", "Le 12/11/2021 à 11:05", "", BODY_FR]),
            "2021-11-12",
            "stated",
        ),
        ("french byline then its date line, no banner", page(&[HEADLINE_FR, "", "Par Nadia Berrada", "Le 12/11/2021 à 11:05", "", BODY_FR]), "2021-11-12", "stated"),
        ("french 'publié le … par …'", page(&[HEADLINE_FR, "Publié le 12 novembre 2021 à 11h05 par Nadia Berrada", "", BODY_FR]), "2021-11-12", "stated"),
        ("french name, dash, date, dash, time", page(&[HEADLINE_FR, "Nadia Berrada - 12 novembre 2021 - 11h05", "", BODY_FR]), "2021-11-12", "stated"),
        ("french byline, dash, 'le' date 'à' time", page(&[HEADLINE_FR, "Par Nadia Berrada - Le 12/11/2021 à 11h05", "", BODY_FR]), "2021-11-12", "stated"),
        ("french byline and a labelled field", page(&[HEADLINE_FR, "Par Nadia Berrada | Publié le 12/11/2021 à 11h05", "", BODY_FR]), "2021-11-12", "stated"),
        ("french 'rédigé par … le … à …'", page(&[HEADLINE_FR, "Rédigé par Nadia Berrada le 12/11/2021 à 11h05", "", BODY_FR]), "2021-11-12", "stated"),
        ("french 'écrit par', a bar, the date", page(&[HEADLINE_FR, "Écrit par Nadia Berrada | 12 novembre 2021", "", BODY_FR]), "2021-11-12", "stated"),
        ("french byline, bullets, the date and a reading time", page(&[HEADLINE_FR, "Par Nadia Berrada • 12 novembre 2021 • 4 min de lecture", "", BODY_FR]), "2021-11-12", "stated"),
        ("french date then its byline", page(&[HEADLINE_FR, "12 novembre 2021 à 11h05 - Par Nadia Berrada", "", BODY_FR]), "2021-11-12", "stated"),
        ("english 'story by', a bullet, the date", page(&[HEADLINE_EN, "Story by Daniel Levy • Nov 12, 2021", "", BODY_EN]), "2021-11-12", "stated"),
        ("english 'reported by', a bar, the date", page(&[HEADLINE_EN, "Reported by Daniel Levy | 12 November 2021", "", BODY_EN]), "2021-11-12", "stated"),
        ("english byline and role, a bar, the date and time", page(&[HEADLINE_EN, "By Daniel Levy, Correspondent | Nov 12, 2021, 11:05 AM", "", BODY_EN]), "2021-11-12", "stated"),
        ("english byline, slashes between date and time", page(&[HEADLINE_EN, "By Daniel Levy / November 12, 2021 / 11:05 am", "", BODY_EN]), "2021-11-12", "stated"),
        ("arabic place and writer, a bar, the date 'على الساعة' time", page(&[HEADLINE_AR, "أكادير - سعاد الإدريسي | الجمعة 12 نونبر 2021 على الساعة 11:05", "", BODY_AR]), "2021-11-12", "stated"),
        ("arabic 'حرر بتاريخ … على الساعة …'", page(&[HEADLINE_AR, "حرر بتاريخ 12 نونبر 2021 على الساعة 11:05", "", BODY_AR]), "2021-11-12", "stated"),
        ("arabic labelled date, a bar, then the byline", page(&[HEADLINE_AR, "نشر في: الجمعة 12 نونبر 2021 - 11:05 | بقلم سعاد الإدريسي", "", BODY_AR]), "2021-11-12", "stated"),
        ("french name, comma, 'le' date", page(&[HEADLINE_FR, "Nadia Berrada, le 12 novembre 2021 à 11h05", "", BODY_FR]), "2021-11-12", "stated"),
        ("english byline, a bar, the date and its time", page(&[HEADLINE_EN, "By Daniel Levy | 12 November 2021, 11:05", "", BODY_EN]), "2021-11-12", "stated"),
        (
            "english byline, then the date 'at' its time, under a banner",
            page(&["The Morning Ledger", MENU_EN, "Sunday 14 November 2021", "", HEADLINE_EN, "By Daniel Levy", "November 12, 2021 at 11:05 am", "", BODY_EN]),
            "2021-11-12",
            "stated",
        ),
        ("english 'posted on … by …'", page(&[HEADLINE_EN, "Posted on 12 November 2021 at 11:05 by Daniel Levy", "", BODY_EN]), "2021-11-12", "stated"),
        ("english name, dash, date, dash, time", page(&[HEADLINE_EN, "Daniel Levy - November 12, 2021 - 11:05", "", BODY_EN]), "2021-11-12", "stated"),
        ("english byline 'on' date 'at' time", page(&[HEADLINE_EN, "By Daniel Levy on 12 November 2021 at 11:05 am", "", BODY_EN]), "2021-11-12", "stated"),
        (
            "arabic 'بقلم' byline, then the date 'على الساعة' its time, under a banner",
            page(&["جريدة الصباح", MENU_AR, "الأحد 14 نونبر 2021", "", HEADLINE_AR, "بقلم: سعاد الإدريسي", "12/11/2021 على الساعة 11:05", "", BODY_AR]),
            "2021-11-12",
            "stated",
        ),
        ("arabic 'كتب' byline, dash, date, dash, time", page(&[HEADLINE_AR, "كتب: سعاد الإدريسي - 12 نونبر 2021 - 11:05", "", BODY_AR]), "2021-11-12", "stated"),
        ("arabic 'كتب' byline, date 'على الساعة' time", page(&[HEADLINE_AR, "كتب: سعاد الإدريسي - 12 نونبر 2021 على الساعة 11:05", "", BODY_AR]), "2021-11-12", "stated"),
        (
            "arabic 'نشر بتاريخ … على الساعة …' under a banner",
            page(&["جريدة الصباح", MENU_AR, "الأحد 14 نونبر 2021", "", HEADLINE_AR, "نشر بتاريخ 12 نونبر 2021 على الساعة 11:05", "", BODY_AR]),
            "2021-11-12",
            "stated",
        ),
        ("arabic name, a slash, the date and time", page(&[HEADLINE_AR, "سعاد الإدريسي / 12 نونبر 2021 - 11:05", "", BODY_AR]), "2021-11-12", "stated"),
        ("arabic 'بقلم' and the date on one line after a slash", page(&[HEADLINE_AR, "بقلم سعاد الإدريسي / 12/11/2021 على الساعة 11:05", "", BODY_AR]), "2021-11-12", "stated"),
        ("arabic 'كتب' byline, then its date line", page(&[HEADLINE_AR, "كتب: سعاد الإدريسي", "12 نونبر 2021 - 11:05", "", BODY_AR]), "2021-11-12", "stated"),
    ]);
}
