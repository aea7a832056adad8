//! A row held compactly until it is written ([`PackedRow`]): a run that writes only rows holds
//! every row of the corpus from the moment its event is made into one until the timeline is
//! written, and a large archive has hundreds of thousands of them.

use crate::dates::DateValue;
use crate::events::EventType;
use crate::merge::Status;

use super::Row;

/// A [`Row`] as one allocation: its date, type and status as they are, and its texts (id,
/// evidence, title, then each list of names) one after another, each after its length. A
/// [`Row`] is thirteen vectors and strings, each name one more allocation: about 900 bytes a
/// row on the generated corpus, of which its texts are about half. Unpacked, it is the same
/// row ([`PackedRow::unpack`]), with no origins and no corrections (a row made from an event
/// has none until [`super::timeline_rows_of`] gives it its event).
#[derive(Debug, Clone, PartialEq)]
pub struct PackedRow {
    date: Option<DateValue>,
    event_type: EventType,
    status: Status,
    texts: Box<[u8]>,
}

/// Lists of names in a packed row, in [`Row`]'s order: people, organisations, places,
/// countries, sources.
const LISTS: usize = 5;

impl PackedRow {
    /// Pack `row` (its origins and corrections are not kept: see [`PackedRow`]).
    pub fn pack(row: &Row) -> PackedRow {
        let lists: [&[String]; LISTS] = [&row.people, &row.organisations, &row.places, &row.countries, &row.sources];
        let texts = [&row.event_id, &row.evidence, &row.title].into_iter().map(String::len).sum::<usize>() + lists.iter().flat_map(|l| l.iter()).map(String::len).sum::<usize>();
        let mut bytes = Vec::with_capacity(texts + 8 * (3 + LISTS));
        for text in [&row.event_id, &row.evidence, &row.title] {
            put_text(&mut bytes, text);
        }
        for list in lists {
            put_len(&mut bytes, list.len());
            for text in list {
                put_text(&mut bytes, text);
            }
        }
        PackedRow { date: row.date, event_type: row.event_type, status: row.status, texts: bytes.into_boxed_slice() }
    }

    /// The row again, as it was packed (no origins, no corrections).
    pub fn unpack(&self) -> Row {
        let mut at = 0;
        let mut text = || take_text(&self.texts, &mut at).to_string();
        let (event_id, evidence, title) = (text(), text(), text());
        let mut list = || {
            let n = take_len(&self.texts, &mut at);
            (0..n).map(|_| take_text(&self.texts, &mut at).to_string()).collect::<Vec<String>>()
        };
        let (people, organisations, places, countries, sources) = (list(), list(), list(), list(), list());
        Row {
            event_id,
            date: self.date,
            event_type: self.event_type,
            status: self.status,
            title,
            people,
            organisations,
            places,
            countries,
            sources,
            evidence,
            origins: Vec::new(),
            curated: Vec::new(),
        }
    }

    /// Its date.
    pub fn date(&self) -> Option<DateValue> {
        self.date
    }

    /// Its type.
    pub fn event_type(&self) -> EventType {
        self.event_type
    }

    /// Its id.
    pub fn event_id(&self) -> &str {
        take_text(&self.texts, &mut 0)
    }

    /// Its evidence.
    pub fn evidence(&self) -> &str {
        let mut at = 0;
        take_bytes(&self.texts, &mut at);
        take_text(&self.texts, &mut at)
    }

    /// Its id and its evidence as bytes, which order as the texts do (the timeline's sort
    /// compares them many times a row: checked as text each time, they cost a tenth of a run).
    pub fn id_and_evidence_bytes(&self) -> (&[u8], &[u8]) {
        let mut at = 0;
        let id = take_bytes(&self.texts, &mut at);
        (id, take_bytes(&self.texts, &mut at))
    }
}

/// Append `n` in seven bits a byte, the last byte's high bit clear (a name is a few bytes).
fn put_len(bytes: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        bytes.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    bytes.push(n as u8);
}

/// Append `text` after its length.
fn put_text(bytes: &mut Vec<u8>, text: &str) {
    put_len(bytes, text.len());
    bytes.extend_from_slice(text.as_bytes());
}

/// The length at `*at` (see [`put_len`]), `*at` moved past it.
fn take_len(bytes: &[u8], at: &mut usize) -> usize {
    let mut n = 0;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*at) {
        *at += 1;
        n |= usize::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    n
}

/// The bytes of the text at `*at` (see [`put_text`]), `*at` moved past it.
fn take_bytes<'a>(bytes: &'a [u8], at: &mut usize) -> &'a [u8] {
    let n = take_len(bytes, at);
    let text = bytes.get(*at..*at + n).unwrap_or_default();
    *at += n;
    text
}

/// The text at `*at` (see [`put_text`]), `*at` moved past it. Packed from a `&str` and cut at
/// its ends, it is valid UTF-8.
fn take_text<'a>(bytes: &'a [u8], at: &mut usize) -> &'a str {
    std::str::from_utf8(take_bytes(bytes, at)).expect("a packed row's texts were packed from strings")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(event_id: &str, evidence: &str, lists: [Vec<&str>; LISTS]) -> Row {
        let [people, organisations, places, countries, sources] = lists.map(|l| l.into_iter().map(String::from).collect::<Vec<_>>());
        Row {
            event_id: event_id.to_string(),
            date: Some(DateValue::day(chrono::NaiveDate::from_ymd_opt(2021, 8, 11).unwrap())),
            event_type: EventType::Visit,
            status: Status::Planned,
            title: "Yair Lapid to visit Rabat".to_string(),
            people,
            organisations,
            places,
            countries,
            sources,
            evidence: evidence.to_string(),
            origins: Vec::new(),
            curated: Vec::new(),
        }
    }

    /// A row comes back as it was packed: empty lists and texts, Arabic text, names with the
    /// list separator in them, and a text longer than one length byte holds.
    #[test]
    fn rows_unpack_as_they_were_packed() {
        let long = "زيارة ".repeat(100);
        let rows = [
            row("visit-2021-08-11-abc123", "a.txt:3: Lapid will visit Rabat.", [vec!["Yair Lapid"], vec![], vec!["Rabat"], vec!["Israel", "Morocco"], vec!["a.txt"]]),
            row("", "", [vec![], vec![], vec![], vec![], vec![]]),
            row("visit-x", &long, [vec!["a; b", ""], vec!["الخارجية"], vec![], vec![], vec!["مجلد/ملف.txt", "b.txt"]]),
        ];
        for r in &rows {
            let packed = PackedRow::pack(r);
            assert_eq!(&packed.unpack(), r);
            assert_eq!(packed.event_id(), r.event_id);
            assert_eq!(packed.evidence(), r.evidence);
            assert_eq!(packed.id_and_evidence_bytes(), (r.event_id.as_bytes(), r.evidence.as_bytes()));
            assert_eq!((packed.date(), packed.event_type()), (r.date, r.event_type));
        }
    }

    /// Lengths of one, two and three bytes read back.
    #[test]
    fn lengths_read_back() {
        for n in [0, 1, 127, 128, 300, 16_383, 16_384, 1 << 20] {
            let mut bytes = Vec::new();
            put_len(&mut bytes, n);
            let mut at = 0;
            assert_eq!(take_len(&bytes, &mut at), n);
            assert_eq!(at, bytes.len());
        }
    }
}
