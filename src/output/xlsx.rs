//! The timeline as an Excel workbook (`--format xlsx`, `output/timeline.xlsx`): what the CSV
//! loses in a spreadsheet, kept.
//!
//! A spreadsheet opening the CSV turns `2021-07-16` into a date number and `2021-07` into
//! 1 July 2021 (the month precision is gone), cuts the Arabic evidence in a narrow column and
//! marks nothing as a header. The workbook has three sheets:
//!
//! - `timeline`: the CSV's columns and cells, every cell text (a date stays `2021-07`, with its
//!   precision beside it; nothing can become a formula, so no `'` guard is needed), the header
//!   bold, frozen and filterable, columns as wide as their cells (long ones capped and wrapped),
//!   the evidence wrapped and right-to-left when it is Arabic, and a row's source a hyperlink
//!   to its article when the manifest (`index.csv`) gives its `url` and the row has one source;
//! - `mentions`: one row per source mention (the columns of `--mentions`), each file a
//!   hyperlink when its url is known, so every source of a row is one click away;
//! - `corrections`: each correction of the corrections file and what it did (see
//!   [`crate::curate::Outcome`]).
//!
//! Printed or saved as PDF, a sheet is A4 landscape, one page wide, with the header on every
//! page. The bytes do not depend on the clock (the document's creation date is fixed), so running
//! twice gives the same file. Excel's limits are kept rather than failing the run: a cell holds
//! at most 32,767 characters (longer text is cut, ending in `…`), a sheet 1,048,576 rows (the
//! last row then says how many were left out) and 65,530 hyperlinks (the rest are plain text).

use std::borrow::Cow;

use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatUnderline, Url, Workbook, Worksheet, XlsxError};

use crate::curate::Outcome;
use crate::timeline::{HEADER, MENTION_HEADER, Row, row_cells};

/// Excel's limits (see the module documentation).
const MAX_CELL_CHARS: usize = 32_767;
const MAX_ROWS: usize = 1_048_576;
const MAX_LINKS: usize = 65_530;
/// The longest url Excel keeps in a hyperlink.
const MAX_URL_CHARS: usize = 2_080;

/// Columns of the `corrections` sheet.
pub const CORRECTION_HEADER: [&str; 8] = ["line", "event_id", "action", "field", "value", "note", "applied_to", "result"];

/// What the workbook is made of.
pub struct WorkbookInput<'a> {
    /// The timeline rows.
    pub rows: &'a [Row],
    /// One row per source mention, as [`crate::timeline::mention_rows`] makes them.
    pub mentions: &'a [Vec<String>],
    /// What each correction did (empty without a corrections file).
    pub corrections: &'a [Outcome],
    /// The url of an article, when the manifest gives one.
    pub url: &'a dyn Fn(&str) -> Option<&'a str>,
}

/// The workbook's bytes.
pub fn xlsx_bytes(input: &WorkbookInput) -> anyhow::Result<Vec<u8>> {
    build(input).map_err(|e| anyhow::anyhow!("cannot make the workbook: {e}"))
}

fn build(input: &WorkbookInput) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // A fixed creation date: the same timeline gives the same bytes.
    book.set_properties(&DocProperties::new().set_title("tarikh timeline").set_creation_datetime(&ExcelDateTime::from_ymd(2020, 1, 1)?));
    let styles = Styles::new();
    let mut links = 0usize;

    let timeline: Vec<Vec<String>> = input.rows.iter().map(|r| row_cells(r).into_iter().map(Cow::into_owned).collect()).collect();
    let sheet = book.add_worksheet().set_name("timeline")?;
    let source_col = column(&HEADER, "sources");
    write_sheet(sheet, &HEADER, &timeline, &styles, &Columns { evidence: column(&HEADER, "evidence"), date: column(&HEADER, "date"), wrap: &["title", "people", "organisations", "places"] }, |r, c, cell| {
        // One source with a known url: the cell is its link. Several: the mentions sheet links each.
        if c == source_col && links < MAX_LINKS {
            let sources = &input.rows[r].sources;
            if let [only] = sources.as_slice()
                && let Some(url) = (input.url)(only).filter(|u| linkable(u))
            {
                links += 1;
                return Some(Url::new(url).set_text(cell));
            }
        }
        None
    })?;

    let mut links = 0usize;
    let sheet = book.add_worksheet().set_name("mentions")?;
    let file_col = column(&MENTION_HEADER, "file");
    write_sheet(sheet, &MENTION_HEADER, input.mentions, &styles, &Columns { evidence: column(&MENTION_HEADER, "evidence"), date: column(&MENTION_HEADER, "date"), wrap: &[] }, |_, c, cell| {
        if c == file_col
            && links < MAX_LINKS
            && let Some(url) = (input.url)(cell).filter(|u| linkable(u))
        {
            links += 1;
            return Some(Url::new(url).set_text(cell));
        }
        None
    })?;

    let corrections: Vec<Vec<String>> = input.corrections.iter().map(Outcome::cells).collect();
    let sheet = book.add_worksheet().set_name("corrections")?;
    write_sheet(sheet, &CORRECTION_HEADER, &corrections, &styles, &Columns { evidence: usize::MAX, date: usize::MAX, wrap: &["note"] }, |_, _, _| None)?;

    book.save_to_buffer()
}

/// The cell formats.
struct Styles {
    header: Format,
    text: Format,
    wrapped: Format,
    rtl: Format,
    link: Format,
}

impl Styles {
    fn new() -> Styles {
        // Number format 49 is `@`, text: a date typed over in the sheet stays text too.
        let text = Format::new().set_num_format_index(49).set_align(FormatAlign::Top);
        Styles {
            header: Format::new().set_bold().set_num_format_index(49),
            wrapped: text.clone().set_text_wrap(),
            rtl: text.clone().set_text_wrap().set_reading_direction(2),
            link: text.clone().set_font_color(Color::Blue).set_underline(FormatUnderline::Single),
            text,
        }
    }
}

/// Which columns get which treatment.
struct Columns<'a> {
    /// The evidence (wrapped; right-to-left when Arabic); `usize::MAX` for none.
    evidence: usize,
    /// The date, never wider than needed.
    date: usize,
    /// Names of the other columns that wrap when their text is longer than the cap.
    wrap: &'a [&'a str],
}

/// Widest a column gets, in characters; the evidence column's width.
const CAP: usize = 50;
const EVIDENCE_WIDTH: usize = 90;

fn column(header: &[&str], name: &str) -> usize {
    header.iter().position(|h| *h == name).expect("a known column")
}

/// Write one sheet: the header (bold, frozen, filterable), then the rows, every cell text;
/// `link` may turn a cell into a hyperlink (row index, column, text).
fn write_sheet(
    sheet: &mut Worksheet,
    header: &[&str],
    rows: &[Vec<String>],
    styles: &Styles,
    columns: &Columns,
    mut link: impl FnMut(usize, usize, &str) -> Option<Url>,
) -> Result<(), XlsxError> {
    let last_col = (header.len() - 1) as u16;
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &styles.header)?;
    }
    // Room for the header and, when rows are left out, the row that says so.
    let written = rows.len().min(MAX_ROWS - 2);
    let shown = &rows[..written];
    let wraps = |c: usize| c == columns.evidence || columns.wrap.contains(&header[c]);
    // Widths first: as wide as the widest cell, long ones capped (and wrapped).
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in shown {
        for (c, cell) in row.iter().enumerate().take(header.len()) {
            widths[c] = widths[c].max(cell.lines().map(|l| l.chars().count()).max().unwrap_or(0));
        }
    }
    for (c, w) in widths.iter_mut().enumerate() {
        *w = if c == columns.evidence {
            EVIDENCE_WIDTH
        } else if c == columns.date {
            *w
        } else {
            (*w).min(CAP)
        };
        // A little room for the filter button.
        sheet.set_column_width(c as u16, (*w + 3) as f64)?;
    }
    for (r, row) in shown.iter().enumerate() {
        let at = (r + 1) as u32;
        let mut lines = 1;
        for (c, cell) in row.iter().enumerate().take(header.len()) {
            let cell = fit(cell);
            let format = if c == columns.evidence {
                if is_arabic(&cell) { &styles.rtl } else { &styles.wrapped }
            } else if wraps(c) {
                &styles.wrapped
            } else {
                &styles.text
            };
            if wraps(c) {
                lines = lines.max(wrapped_lines(&cell, widths[c]));
            }
            match link(r, c, &cell) {
                Some(url) => sheet.write_url_with_format(at, c as u16, url, &styles.link)?,
                None => sheet.write_string_with_format(at, c as u16, cell.as_ref(), format)?,
            };
        }
        // Spreadsheets do not all fit a row to its wrapped text when they open a file
        // (LibreOffice does not): the row is given the height of its lines.
        if lines > 1 {
            sheet.set_row_height(at, (LINE_HEIGHT * lines as f64).min(MAX_ROW_HEIGHT))?;
        }
    }
    if written < rows.len() {
        let note = format!("… {} more rows left out: a sheet holds {MAX_ROWS} rows (the CSV outputs have them all)", rows.len() - written);
        sheet.write_string(MAX_ROWS as u32 - 1, 0, note)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, written as u32, last_col)?;
    // Printed (or saved as PDF): A4 landscape, one page wide, the header on every page.
    sheet.set_paper_size(9).set_landscape().set_print_fit_to_pages(1, 0).set_print_gridlines(true);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Height of a line of text (Calibri 11), and the highest row Excel allows, in points.
const LINE_HEIGHT: f64 = 15.0;
const MAX_ROW_HEIGHT: f64 = 409.0;

/// How many lines `text` takes wrapped in a column `width` characters wide (a little more
/// than it needs rather than less: words do not break where the width ends).
fn wrapped_lines(text: &str, width: usize) -> usize {
    let width = width.max(1);
    text.lines().map(|l| (l.chars().count() * 11 / 10).div_ceil(width).max(1)).sum::<usize>().max(1)
}

/// A cell's text within Excel's limit of characters (UTF-16 units).
fn fit(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.len() <= MAX_CELL_CHARS / 2 || cell.encode_utf16().count() <= MAX_CELL_CHARS {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut out = String::new();
    let mut units = 0;
    for ch in cell.chars() {
        units += ch.len_utf16();
        if units > MAX_CELL_CHARS - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    std::borrow::Cow::Owned(out)
}

/// A url Excel can keep as a link: a web address within its length limit.
fn linkable(url: &str) -> bool {
    (url.starts_with("http://") || url.starts_with("https://")) && url.encode_utf16().count() <= MAX_URL_CHARS && !url.contains(char::is_whitespace)
}

/// Whether a cell's text reads right to left: more Arabic letters than Latin ones (the
/// `file:line:` before a sentence does not count).
fn is_arabic(cell: &str) -> bool {
    let text = cell.splitn(3, ": ").last().unwrap_or(cell);
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if crate::text::lang::is_arabic_letter(c) {
            arabic += 1;
        } else if c.is_alphabetic() {
            latin += 1;
        }
    }
    arabic > latin
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_follows_the_sentence_not_the_file_name() {
        for (cell, rtl) in [
            ("000_13adbf64111b9ab0.txt:9: وقع المغرب وإسرائيل اتفاقية", true),
            ("en/reuters.txt:3: Morocco and Israel signed an agreement in Rabat", false),
            ("fr/a.txt:2: Le Maroc et Israël ont signé un accord", false),
            ("a.txt:1: قال Yair Lapid إن الزيارة", true),
            ("", false),
        ] {
            assert_eq!(is_arabic(cell), rtl, "{cell}");
        }
    }

    #[test]
    fn rows_are_as_high_as_their_wrapped_lines() {
        for (text, width, lines) in [("", 10, 1), ("short", 10, 1), ("exactly ten chars", 20, 1), ("a".repeat(50).as_str(), 10, 6), ("one\ntwo\nthree", 50, 3)] {
            assert_eq!(wrapped_lines(text, width), lines, "{text:?} in {width}");
        }
    }

    #[test]
    fn cells_are_cut_to_excels_limit() {
        let long = "ب".repeat(40_000);
        let cut = fit(&long);
        assert_eq!(cut.encode_utf16().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(fit("short"), "short");
    }

    #[test]
    fn only_web_addresses_within_excels_limit_are_links() {
        for (url, ok) in [
            ("https://www.hespress.com/2021/07/25/article", true),
            ("http://example.org/a", true),
            ("javascript:alert(1)", false),
            ("file:///etc/passwd", false),
            ("", false),
            ("https://example.org/a b", false),
        ] {
            assert_eq!(linkable(url), ok, "{url}");
        }
        assert!(!linkable(&format!("https://example.org/{}", "a".repeat(2100))));
    }
}
