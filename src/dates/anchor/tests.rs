//! Table-driven tests of the anchor: date lines, page layouts, clues, quotations, borrowing.

use super::*;
use chrono::NaiveDate;
use super::borrow::*;
use super::quotes::*;
use crate::corpus::Article;
use crate::data::Lexicons;
use crate::dates::find_dates;

/// (name, article text, expected anchor, basis).
const CASES: &[(&str, &str, &str, AnchorBasis)] = &[
    (
        "iso publication line",
        "عنوان\nنشر: 2021-11-24 17:33 آخر تحديث: 2023-06-18 12:17\nوقع الاتفاق الأربعاء.",
        "2021-11-24",
        AnchorBasis::Stated,
    ),
    ("update line alone is not the anchor", "عنوان\nآخر تحديث: 2023-06-18 12:17\nوقع الاتفاق أمس.", "", AnchorBasis::Unknown),
    ("update before publication", "آخر تحديث: 2023-06-18\nتاريخ النشر: 2021-11-24\nنص.", "2021-11-24", AnchorBasis::Stated),
    ("plain date line", "عنوان\n\n10 اغسطس 2021\nكشفت الصحيفة اليوم الثلاثاء عن تفاصيل.", "2021-08-10", AnchorBasis::Stated),
    ("weekday date line without year", "عنوان\nالثلاثاء 10 أغسطس\nنص المقال.", "2021-08-10", AnchorBasis::Inferred(Inference::YearlessDateLine)),
    ("dateline with place and agency", "الرباط - 10 أغسطس 2021 (رويترز)\nنص المقال.", "2021-08-10", AnchorBasis::Stated),
    ("english published line", "Published 24 November 2021\nنص المقال.", "2021-11-24", AnchorBasis::Stated),
    ("numeric published line", "نشر في: 24/11/2021 - 17:33\nنص المقال.", "2021-11-24", AnchorBasis::Stated),
    ("copyright year is not a date", "2024 © - أشكاين جميع الحقوق محفوظة\nالتقى الوزير نظيره أمس.", "", AnchorBasis::Unknown),
    (
        "a date in a sentence is not a date line",
        "وقع البلدان اتفاقا في 10 ديسمبر 2020 في الرباط بحضور الوزيرين.\nنص.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "yesterday with weekday and date",
        "التقى ساعر الحموشي، أمس الأربعاء 27 يوليوز الجاري، في الرباط.",
        "2022-07-28",
        AnchorBasis::Inferred(Inference::RelativeDay),
    ),
    ("today with weekday and date", "يزور الوزير الرباط اليوم الخميس 25 نوفمبر.", "2021-11-25", AnchorBasis::Inferred(Inference::RelativeDay)),
    (
        "current month and weekday-fixed day",
        "كشف لابيد عن حديث يوم الجمعة في 16 يوليو. وتنطلق الرحلات في أواخر شهر يوليو (تموز) الحالي.",
        "2021-07",
        AnchorBasis::Inferred(Inference::CurrentMonth),
    ),
    (
        "current month and a full date",
        "وقع الاتفاق في 10 ديسمبر 2020. وزار الوفد الرباط في 18 يناير الجاري.",
        "2021-01",
        AnchorBasis::Inferred(Inference::CurrentMonth),
    ),
    (
        "agency dateline opening a paragraph",
        "الرباط - 24 نوفمبر 2021 (رويترز) - وقع المغرب وإسرائيل اتفاقا أمنيا أمس.",
        "2021-11-24",
        AnchorBasis::Stated,
    ),
    ("place with comma dateline", "تل أبيب، 24/11/2021: أعلنت وزارة الدفاع عن الاتفاق.", "2021-11-24", AnchorBasis::Stated),
    ("a date after a preposition is not a dateline", "في 10 ديسمبر 2020، وقع البلدان اتفاقا ثلاثيا.", "", AnchorBasis::Unknown),
    (
        "gregorian before hijri on a date line",
        "الأربعاء 19 ربيع الثاني 1443 هـ - 24 نوفمبر 2021 م\nنص المقال.",
        "2021-11-24",
        AnchorBasis::Stated,
    ),
    ("nothing to anchor", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "", AnchorBasis::Unknown),
    (
        "dates of the stories listed under a link line",
        "عنوان الخبر\n\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nاقرأ أيضا\nوزير الخارجية يستقبل نظيره الموريتاني\n10 أغسطس 2021\nالحكومة تمدد حالة الطوارئ\n9 أغسطس 2021",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a list of stories with their dates after the body",
        "Israel and Morocco sign deal\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\nRelated\nGantz lands in Rabat\nAugust 10, 2021\nLapid to visit Morocco\nAugust 9, 2021",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "one date line at the foot of the story",
        "الرباط/ الأناضول\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n11.08.2021",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a current-date banner above the story's date line",
        "الخميس، 12 أغسطس 2021\nالرئيسية سياسة اقتصاد رياضة\nعنوان الخبر\nالأربعاء 11 أغسطس 2021 - 14:32\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a current-date banner above the site's menu",
        "الخميس 12 أغسطس 2021\nالرئيسية | سياسة | اقتصاد | رياضة\nعنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a current-date banner above a menu of short fields",
        "Thursday, August 12, 2021\nPolitics | Economy | Sports | Culture\nIsrael and Morocco sign accord\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a story's date line under its headline, above a share bar",
        "الموقع\nالوزيران يبحثان التعاون في مجال المياه بالرباط\nالأربعاء 11 أغسطس 2021 - 14:32\nفيسبوك | تويتر | واتساب\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "an english story line under its headline, above a breadcrumb",
        "Ministers discuss water cooperation in Rabat\nAugust 11, 2021\nHome > World > Middle East\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a banner under a browser's title line, the headline after the menu",
        "Ministers discuss water cooperation in Rabat | Site\nThursday, August 12, 2021\nHome | Politics | Economy\nMinisters discuss water cooperation\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a single latest item above a story with no date line",
        "Latest\nCentral bank keeps its rate\nAugust 10, 2021\n\nMinisters discuss water cooperation\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a photo's caption under the headline dates the picture",
        "Ministers discuss water cooperation in Rabat\nFile photo: December 10, 2020\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a french zone told in words without brackets",
        "Les ministres discutent de l'eau\n11 août 2021 à 10:30 heure de Paris\nLes deux ministres ont signé hier un accord à Rabat, en présence de nombreux responsables des deux pays et de plusieurs entreprises.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "an english zone told before its word",
        "Ministers discuss water cooperation\nAugust 11, 2021 9:15 am Israel time\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a story's date line under the section line",
        "سياسة | أخبار دولية\nعنوان الخبر\nالأربعاء 11 أغسطس 2021 - 14:32\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a head date line after the day of the one above it",
        "الأربعاء 11 أغسطس 2021\nعنوان الخبر\nالخميس 12 أغسطس 2021\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a labelled date under a link line is the linked story's",
        "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nاقرأ أيضا\nوزير الخارجية يستقبل نظيره الموريتاني\nنشر في: 10 أغسطس 2021",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "yearless agency dateline and today's weekday",
        "الرباط - 11 أغسطس (رويترز) - وقع المغرب وإسرائيل اليوم الأربعاء ثلاث اتفاقيات في الرباط.",
        "2021-08-11",
        AnchorBasis::Inferred(Inference::YearlessDateLine),
    ),
    (
        "yearless agency dateline and yesterday's weekday",
        "القدس، 12 أغسطس (أ ف ب) - أعلنت الخارجية الإسرائيلية أن الوزير لبيد وقع أمس الأربعاء ثلاث اتفاقيات في الرباط.",
        "2021-08-12",
        AnchorBasis::Inferred(Inference::YearlessDateLine),
    ),
    (
        "yearless head line and today's weekday",
        "11 أغسطس - 14:32\nعنوان الخبر\nوقع الوزيران اليوم الأربعاء اتفاقا في الرباط.",
        "2021-08-11",
        AnchorBasis::Inferred(Inference::YearlessDateLine),
    ),
    (
        "yearless dateline before the story's latest day",
        "الرباط - 11 أغسطس (رويترز) - وقع المغرب وإسرائيل اليوم الأربعاء اتفاقا، بعد زيارة الوفد في 10 ديسمبر 2021.",
        "",
        AnchorBasis::Unknown,
    ),
    ("yearless dateline and no weekday of the writing day", "الرباط - 11 أغسطس (رويترز) - وقع المغرب وإسرائيل أمس اتفاقا.", "", AnchorBasis::Unknown),
    // A yearless dateline and the story's own dated facts: the newest full date the story
    // reports, a few weeks before the first such day after it, tells the year; an older one
    // (background) or none leaves it unknown.
    (
        "yearless dateline a few days after the story's newest full date",
        "الرباط – 14 دجنبر (و م ع) – أجرى وزير الخارجية مباحثات مع رئيس مكتب الاتصال، بعد الإعلان في 10 دجنبر 2020 عن استئناف العلاقات.",
        "2020-12-14",
        AnchorBasis::Inferred(Inference::YearlessDateLine),
    ),
    (
        "yearless dateline in the new year after the newest full date",
        "الرباط - 6 يناير (و م ع) - استقبل الوزير وفدا إسرائيليا، بعد توقيع الإعلان المشترك في 22 دجنبر 2020 بالرباط.",
        "2021-01-06",
        AnchorBasis::Inferred(Inference::YearlessDateLine),
    ),
    (
        "yearless dateline months after the newest full date",
        "الرباط - 6 يوليوز (و م ع) - استقبل الوزير وفدا إسرائيليا، بعد توقيع الإعلان المشترك في 22 دجنبر 2020 بالرباط.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "english yearless wire dateline a day after the newest full date",
        "RABAT, Aug 12 (Reuters) - Morocco's foreign minister held talks with his Israeli counterpart, a day after the two countries signed an accord on August 11, 2021.",
        "2021-08-12",
        AnchorBasis::Inferred(Inference::YearlessDateLine),
    ),
    (
        "english yearless wire dateline with its weekday",
        "RABAT, Thursday Aug 12 (Reuters) - Morocco's foreign minister held talks with his Israeli counterpart during an official visit.",
        "2021-08-12",
        AnchorBasis::Inferred(Inference::YearlessDateLine),
    ),
    (
        "yearless dateline before the story's newest full date",
        "الرباط - 8 غشت (و م ع) - يستعد الوزير لاستقبال نظيره الإسرائيلي، بعد مباحثات أجراها معه في 10 غشت 2021.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a sentence opened by a byline word is not a byline",
        "كتب الوزير في تغريدة على حسابه الرسمي يوم 10 ديسمبر 2020 أن الاتفاق تاريخي.\nنص.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "spaced numbers in a sentence are not a date line",
        "صدر القرار رقم 12 / 08 / 2021 في الجريدة الرسمية، وجاء فيه أن الوزير التقى نظيره أمس في الرباط.",
        "",
        AnchorBasis::Unknown,
    ),
    ("a dash cuts no field outside a byline", "وزير الخارجية الإسرائيلي يزور الرباط - 12 أغسطس 2021 موعد أول زيارة رسمية\nنص.", "", AnchorBasis::Unknown),
    ("a french update line alone is not the anchor", "Mis à jour le 13 août 2021 à 11h02\nLe ministre a signé hier un accord.", "", AnchorBasis::Unknown),
    ("digits glued to the line's words", "ع.م15 مارس 2022آخر تحديث : 16 مارس 2022\nنص.", "2022-03-15", AnchorBasis::Stated),
    (
        "current-date banner is not the date",
        "الخميس 5 يناير 2023 الموافق 13 جمادى الآخرة 1444\nعنوان الخبر\nوقع الطرفان اتفاقا أمس.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "today names the weekday of a dated day",
        "أعلنت الوزارة اليوم الاثنين تفاصيل الاتفاق الموقع في 10 يناير 2022 بالرباط.",
        "2022-01-10",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "yesterday names the weekday of a dated day",
        "استقبل الوزير أمس الخميس نظيره.\n\nوكانت الحكومة قد أعلنت في 16 ديسمبر 2021 عن الزيارة.",
        "2021-12-17",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "today with the weekday in brackets",
        "أعلنت الوزارة اليوم (الاثنين) تفاصيل الاتفاق الموقع في 10 يناير 2022 بالرباط.",
        "2022-01-10",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "tomorrow's weekday names the writing day's date",
        "يلتقي الوفد غدا الاثنين رئيس الحكومة.\nوكانت الوزيرة قد حلت بالمغرب الأحد 20 فبراير 2022 في زيارة عمل.",
        "2022-02-20",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "french tomorrow names the writing day's date",
        "La ministre est arrivée ce dimanche 20 février 2022 au Maroc. Elle aura demain, lundi, des entretiens à Rabat.",
        "2022-02-20",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "a date of the writing day's weekday far from the relative day",
        "يلتقي الوفد غدا الاثنين رئيس الحكومة.\nسطر.\nسطر آخر.\nسطر ثالث.\nوكانت الوزيرة قد حلت بالمغرب الأحد 20 فبراير 2022.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "bare weekday beside a date of that weekday",
        "Gantz met his Moroccan counterpart Tuesday in Rabat.\nGantz arrives at the ministry in Rabat on November 23, 2021.",
        "2021-11-23",
        AnchorBasis::Inferred(Inference::BareWeekday),
    ),
    (
        "arabic bare weekday beside a date of that weekday",
        "التقى غانتس نظيره المغربي الثلاثاء في الرباط.\nصورة: غانتس لدى وصوله إلى الرباط في 23 نوفمبر 2021.",
        "2021-11-23",
        AnchorBasis::Inferred(Inference::BareWeekday),
    ),
    (
        "bare weekday with yesterday beside it reads apart",
        "التقى غانتس نظيره المغربي الثلاثاء في الرباط، ووقع أمس مذكرة تفاهم.\nصورة: غانتس لدى وصوله إلى الرباط في 23 نوفمبر 2021.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "bare weekday of another day than the date",
        "التقى غانتس نظيره المغربي الأربعاء في الرباط.\nصورة: غانتس لدى وصوله إلى الرباط في 23 نوفمبر 2021.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a coming bare weekday is not the date's",
        "سيلتقي غانتس نظيره المغربي الثلاثاء في الرباط.\nوكان الوزير قد زار الرباط في 23 نوفمبر 2021.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a dated day after it rules the weekday out",
        "قال الوزير اليوم الاثنين إن الاتفاق وقع في 10 يناير 2022، ثم زار الوفد الرباط في 20 يناير 2022.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "yearless day beside the weekday",
        "تنظم الهيئات وقفات اليوم الأربعاء في عدة مدن.\n\nويصادف 22 دجنبر ذكرى توقيع الاتفاق.",
        "2021-12-22",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "a yearless range beside the weekday fixes nothing",
        "الوزير في الدار البيضاء من 9 إلى 11 نونبر للقاء نظيره\n\nأكد مصدر دبلوماسي اليوم الثلاثاء أن الوزير سيحل بالمدينة في زيارة عمل تشمل لقاءات مع مسؤولين محليين.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a day of the current month beside the weekday fixes nothing",
        "استقبل الوزير نظيره اليوم الثلاثاء في الرباط.\n\nوكان الطرفان قد أجريا مكالمة هاتفية في 9 نونبر الجاري تناولت التعاون الثنائي.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a coming day beside the weekday fixes nothing",
        "أعلنت الوزارة اليوم الثلاثاء أن الوزير سيزور الرباط في 9 نونبر.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "yearless day told beside another weekday",
        "Le ministre est reçu aujourd'hui mercredi à Rabat, avant l'inauguration jeudi du bureau, prévue le 12 août.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "yesterday with its weekday and date in brackets",
        "The ministers signed a memorandum yesterday (Wednesday, Nov. 24) in Rabat.",
        "2021-11-25",
        AnchorBasis::Inferred(Inference::RelativeDay),
    ),
    (
        "yearless day far from the weekday",
        "تنظم الهيئات وقفات اليوم الأربعاء.\nسطر.\nسطر آخر.\nسطر ثالث.\nويصادف 22 دجنبر ذكرى التوقيع.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "weekday of the current month soon after the latest date",
        "وقع البلدان اتفاقا الخميس 14 يناير 2021. ويستمر التعاون طيلة يناير الجاري، إذ التقى الوفدان اليوم الثلاثاء.",
        "2021-01-19",
        AnchorBasis::Inferred(Inference::WeekdayInMonth),
    ),
    (
        "weekday of the current month left at the month",
        "وقع البلدان اتفاقا في 10 ديسمبر 2020. وزار الوفد الرباط في مطلع يناير الجاري، والتقى الوزير نظيره اليوم الثلاثاء.",
        "2021-01",
        AnchorBasis::Inferred(Inference::CurrentMonth),
    ),
    (
        "an update line alone gives the current month its year",
        "آخر تحديث: 2021-01-20 10:00\nالتقى الوزير نظيره في مطلع يناير الجاري.",
        "2021-01",
        AnchorBasis::Inferred(Inference::CurrentMonth),
    ),
    (
        "today under an update of the same weekday",
        "آخر تحديث: الأربعاء 24 نوفمبر 2021 - 19:40\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم.",
        "2021-11-24",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "a bare weekday of the update's day",
        "آخر تحديث 24 نوفمبر 2021 - 16:40\nوقع المغرب وإسرائيل، الأربعاء، مذكرة تفاهم للتعاون الأمني خلال زيارة وزير الدفاع الإسرائيلي إلى الرباط.",
        "2021-11-24",
        AnchorBasis::Inferred(Inference::BareWeekday),
    ),
    (
        "a bare weekday of the day before the update",
        "Last updated November 25, 2021\nMorocco and Israel signed a security memorandum on Wednesday during a visit of Israel's defense minister to Rabat.",
        "2021-11-24",
        AnchorBasis::Inferred(Inference::BareWeekday),
    ),
    (
        "a bare weekday two days before the update",
        "آخر تحديث 26 نوفمبر 2021 - 16:40\nوقع المغرب وإسرائيل، الأربعاء، مذكرة تفاهم للتعاون الأمني خلال زيارة وزير الدفاع الإسرائيلي إلى الرباط.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a bare weekday and yesterday under an update a day after",
        "آخر تحديث 25 نوفمبر 2021 - 16:40\nوقع المغرب وإسرائيل، الأربعاء، مذكرة تفاهم، بعد وصول الوزير أمس إلى الرباط.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "yesterday's weekday under an update of the writing day",
        "آخر تحديث: ديسمبر 23, 2020 - 11:37ص\nحطت بمطار الرباط سلا، أمس الثلاثاء، أول رحلة جوية مباشرة بين تل أبيب والرباط.",
        "2020-12-23",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "yesterday cannot be after the update",
        "آخر تحديث: الأربعاء 24 نوفمبر 2021 - 19:40\nوقع الوزيران أمس الأربعاء مذكرة تفاهم.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "an update line bounds the weekday",
        "آخر تحديث: 2021-01-08 10:00\nالتقى الوزير نظيره في مطلع يناير الجاري، وأعلن اليوم الثلاثاء عن الاتفاق.",
        "2021-01-05",
        AnchorBasis::Inferred(Inference::WeekdayInMonth),
    ),
];

/// (name, page, expected anchor, basis): pages whose furniture holds dates that are not the
/// article's (readers' comments, stamps relative to the day the page was saved, links) or
/// whose date line needs the rest of the page.
const PAGE_FURNITURE: &[(&str, &str, &str, AnchorBasis)] = &[
    (
        "a reader's comment stamp under the story",
        "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nالتعليقات (1)\n1 - مواطن\n12 يوليو 2021 - 09:10\nخطوة مهمة.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "visitors' comments with a weekday stamp",
        "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\n\nتعليقات الزوار\nمحمد\nالإثنين 12 يوليوز 2021 - 09:10\nخطوة مهمة.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "an english comment stamp",
        "Israel and Morocco sign water deal\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\n\n2 Comments\nDavid\nAugust 12, 2021 at 9:10 am\nGreat news.",
        "",
        AnchorBasis::Unknown,
    ),
    ("stamp hours before the page was saved", "عنوان الخبر\nهسبريس | منذ 3 ساعات | 2 دقائق قراءة\nقال الوزير إن البلدين وقعا اتفاقا أمس.", "", AnchorBasis::Unknown),
    ("english stamp hours ago", "Israel and Morocco sign water deal\n3 hours ago\nThe two ministers signed an accord yesterday.", "", AnchorBasis::Unknown),
    ("english stamp of today", "Israel and Morocco sign water deal\nBy TOI Staff\nToday, 4:12 pm\nThe two ministers signed an accord yesterday.", "", AnchorBasis::Unknown),
    ("french stamp hours ago", "Maroc-Israël : un accord\nil y a 3 heures\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
    ("french published today", "Maroc-Israël : un accord\nLe Monde avec AFP Publié aujourd’hui à 14h32\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
    ("french published yesterday", "Maroc-Israël : un accord\nPublié hier à 14h32, mis à jour à 16h10\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
    ("an edited line alone", "عنوان الخبر\nحُدّث في: 12/08/2021 - 09:10\nقال الوزير إن البلدين وقعا اتفاقا أمس.", "", AnchorBasis::Unknown),
    ("an english edited line alone", "Israel and Morocco sign water deal\nLast edited: 12 Aug 2021\nThe two ministers signed an accord yesterday.", "", AnchorBasis::Unknown),
    ("a french refreshed line alone", "Maroc-Israël : un accord\nActualisé le 12 août 2021 à 09h30\nLes deux ministres ont signé hier un accord.", "", AnchorBasis::Unknown),
    (
        "a liveblog's entries",
        "Liveblog\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\n\nGantz lands in Rabat\n10 August 2021, 9:12 pm\nLapid to visit Morocco\n9 August 2021, 4:05 pm",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a url's date of today's weekday",
        "عنوان الخبر\nقال الوزير اليوم الأحد إن البلدين سيوقعان اتفاقا للتعاون في مجال المياه.\nاقرأ المقال الأصلي: https://www.hespress.com/politique/2021/07/11/maroc-israel.html",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a dated url under the story",
        "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\nhttps://www.hespress.com/politique/2021/07/11/maroc-israel.html",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "french stories to read after the body",
        "Maroc-Israël : un accord sur l'eau\nLes deux ministres ont signé hier à Rabat un accord de coopération dans le domaine de l'eau, en présence de nombreux responsables.\n\nÀ lire aussi\nGantz attendu à Rabat\n10 août 2021\nLapid à Casablanca\n9 août 2021",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a banner with the weather above the menu and the story's line",
        "الإثنين 12 يوليوز 2021 | الرباط 24°\nالرئيسية سياسة اقتصاد\nعنوان الخبر\nالأحد 11 يوليوز 2021 - 22:15\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين.",
        "2021-07-11",
        AnchorBasis::Stated,
    ),
    (
        "agency dateline with no mark after the place",
        "الرباط 11 يوليوز 2021 (ومع) - قال وزير الخارجية إن البلدين وقعا أمس اتفاقا للتعاون في مجال المياه بالعاصمة الرباط بحضور عدد من المسؤولين.",
        "2021-07-11",
        AnchorBasis::Stated,
    ),
    (
        "a sentence's bracketed date is not a dateline",
        "وفي 10 ديسمبر 2020 (يوم الإعلان) وقع البلدان اتفاقا ثلاثيا بحضور عدد من المسؤولين من الجانبين.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "yearless english wire dateline and a bare weekday",
        "RABAT, July 11 (Reuters) - Israel and Morocco signed an agreement on water cooperation on Sunday in Rabat, officials said.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a wire dateline with the city's country",
        "RABAT, Morocco, Aug. 11, 2021 - Morocco's foreign minister received the head of Israel's liaison office in Rabat yesterday, officials said.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a french wire dateline with the city's country",
        "Rabat, Maroc, 11 août 2021 - Le ministre des Affaires étrangères a reçu hier à Rabat le chef du bureau de liaison israélien.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a sentence opened by a place, a time and a date is no dateline",
        "In Rabat, on Aug. 11, 2021, Morocco's foreign minister received the head of Israel's liaison office, officials said.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a caption opened by a place and a date",
        "Maroc-Israël: un accord\n\nRabat, mardi 26 juillet 2022 : le ministre israélien de la Justice Gideon Saar, reçu par Abdellatif Ouahbi.\n\nLes deux ministres ont signé un accord de coopération judiciaire à Rabat.",
        "2022-07-26",
        AnchorBasis::Stated,
    ),
    (
        "a print version's foot date alone",
        "Israel and Morocco sign water deal\nThe two ministers signed an accord yesterday in Rabat, officials said, in a ceremony attended by dozens of guests.\nPrinted on March 12, 2024",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "an arabic print date under the story's line",
        "عنوان الخبر\n11 أغسطس 2021 - 14:32\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\nتاريخ الطباعة: 12/03/2024",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    ("a french print date alone", "Maroc-Israël : un accord\nLes deux ministres ont signé hier un accord.\nImprimé le 12/03/2024", "", AnchorBasis::Unknown),
    ("a citation's access date alone", "Israel and Morocco sign water deal\nThe two ministers signed an accord yesterday.\nAccessed 12 March 2024", "", AnchorBasis::Unknown),
    (
        "a current-date banner two days off the story's today",
        "10 مارس 2024\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، بعد توقيع اتفاق المياه يوم 11 أغسطس 2021، وبحث معه سبل تعزيز التعاون.",
        "2021-08-11",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        "a hijri-first banner two days off the story's today",
        "الأحد 29 شعبان 1445 هـ الموافق 10 مارس 2024\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a hijri-first line of the day the story names",
        "الأربعاء 3 محرم 1443 هـ الموافق 11 أغسطس 2021\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a date line the day after the story's today",
        "الخميس 12 أغسطس 2021 - 00:40\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
        "2021-08-12",
        AnchorBasis::Stated,
    ),
    (
        "a dated headline above the story's date line",
        "هسبريس\n22 دجنبر 2020: ذكرى أولى\nالأربعاء 22 دجنبر 2021 - 10:00\nوقع الوزيران اتفاقا للتعاون في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز العلاقات الثنائية.",
        "2021-12-22",
        AnchorBasis::Stated,
    ),
    (
        "an english dated headline above the byline's date",
        "The Times of Israel\nDecember 10, 2020: A year on\nBy TOI Staff\n10 December 2021, 6:02 pm\nA year ago today, Morocco and Israel announced they would restore diplomatic relations, in a deal brokered by the United States.",
        "2021-12-10",
        AnchorBasis::Stated,
    ),
    (
        "a file's dated title above the story's date line",
        "الأحداث المغربية\nملف: 22 دجنبر 2020\nالأربعاء 22 دجنبر 2021\nوقع الوزيران اتفاقا للتعاون في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز العلاقات الثنائية.",
        "2021-12-22",
        AnchorBasis::Stated,
    ),
    (
        "a dated headline above two lines that disagree",
        "22 دجنبر 2020: ذكرى أولى\nالثلاثاء 21 دجنبر 2021\nالأربعاء 22 دجنبر 2021\nوقع الوزيران اتفاقا للتعاون في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز العلاقات الثنائية.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a labelled line is kept against the story's today",
        "نشر في: 12 مارس 2024\nعنوان الخبر\nاستقبل وزير الخارجية اليوم الأربعاء بالرباط رئيس مكتب الاتصال الإسرائيلي، وبحث معه سبل تعزيز التعاون في مجالات عدة.",
        "2024-03-12",
        AnchorBasis::Stated,
    ),
    (
        "a most-read block above the story's date line",
        "اليوم 24\nالرئيسية سياسة مجتمع رياضة\n\nالأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 18 يوليو 2021 - 20:10\nوفاة فنان مغربي شهير\nالسبت 24 يوليو 2021 - 09:00\n\nأول رحلة مباشرة بين مراكش وتل أبيب\nالأحد 25 يوليو 2021 - 13:05\n\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
        "2021-07-25",
        AnchorBasis::Stated,
    ),
    (
        "an english trending block above the story's date",
        "Morocco World News\nHome | Morocco | World | Economy\n\nTrending\nMorocco extends state of emergency\nNovember 22, 2021\nHeavy rains expected in the north\nNovember 23, 2021\n\nMorocco, Israel Sign Defense Agreement\nBy Yahia Hatim\nNovember 24, 2021\n\nIsrael's defense minister and Morocco's minister for defense signed a memorandum of understanding in Rabat, setting a framework for security cooperation.",
        "2021-11-24",
        AnchorBasis::Stated,
    ),
    (
        "a french most-read block above the story's date",
        "Hespress FR\nAccueil | Politique | Economie | Société\n\nLes plus lus\nLe pass vaccinal obligatoire dès lundi\n20 décembre 2021\nFermeture des frontières prolongée\n21 décembre 2021\n\nOmer Bar-Lev reçu à Rabat\nPar Hespress FR\n22 décembre 2021 à 15:20\n\nLe ministre de l'Intérieur a reçu à Rabat le ministre israélien de la Sécurité publique, Omer Bar-Lev, en visite officielle au Royaume à la tête d'une importante délégation.",
        "2021-12-22",
        AnchorBasis::Stated,
    ),
    (
        "a most-read block alone gives no date",
        "هسبريس\n\nالأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 18 يوليو 2021 - 20:10\nوفاة فنان مغربي شهير\nالسبت 24 يوليو 2021 - 09:00\n\nأول رحلة مباشرة بين مراكش وتل أبيب\n\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a most-read block of the story's own day",
        "الأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 25 يوليو 2021 - 09:10\n\nعنوان الخبر\nالأحد 25 يوليو 2021 - 13:05\n\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
        "2021-07-25",
        AnchorBasis::Stated,
    ),
    (
        "a date line under a bare share button",
        "حكومة أخنوش تستقبل وزيرا إسرائيليا\nشارك\nالأربعاء 22 دجنبر 2021 - 14:00\n\nاستقبل وزير الداخلية عبد الوافي لفتيت بالرباط وزير الأمن الداخلي الإسرائيلي عومير بارليف، الذي يقوم بزيارة رسمية للمملكة على رأس وفد.",
        "2021-12-22",
        AnchorBasis::Stated,
    ),
    (
        "a french date line under a share button",
        "Le Maroc et Israël signent un accord\nPartager\n11 août 2021 à 14h32\nLes deux ministres ont signé un accord à Rabat, selon des responsables, lors d'une cérémonie en présence de dizaines d'invités.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a date line under the networks' share buttons",
        "Israel and Morocco sign deal\nFacebook Twitter WhatsApp Email\nAugust 11, 2021\nThe two ministers signed an accord in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a share button under the body is no related list",
        "عنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين في إطار تعزيز التعاون.\nشارك\n11 أغسطس 2021",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a trending block up to the repeated headline",
        "Israel and Morocco sign deal\nTrending\nGantz lands in Rabat\nAugust 10, 2021\nIsrael and Morocco sign deal\nAugust 11, 2021\nThe two ministers signed an accord in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a most-read block up to the byline",
        "اليوم 24\nالأكثر قراءة\nالحكومة تمدد حظر التجول الليلي\nالأحد 18 يوليو 2021 - 20:10\nوفاة فنان مغربي شهير\nالسبت 24 يوليو 2021 - 09:00\nأول رحلة مباشرة بين مراكش وتل أبيب\nكتب: محمد بلقاسم\nالأحد 25 يوليو 2021 - 13:05\nحطت بمطار مراكش المنارة أول طائرة تقوم برحلة مباشرة بين إسرائيل والمغرب، وعلى متنها أزيد من مائة سائح إسرائيلي، وفق مصادر من المطار.",
        "2021-07-25",
        AnchorBasis::Stated,
    ),
    (
        "a french most-read block up to the byline",
        "Les plus lus\nLe pass vaccinal obligatoire dès lundi\n20 décembre 2021\nOmer Bar-Lev reçu à Rabat\nPar Hespress FR\n22 décembre 2021 à 15:20\nLe ministre de l'Intérieur a reçu à Rabat le ministre israélien de la Sécurité publique, Omer Bar-Lev, en visite officielle au Royaume.",
        "2021-12-22",
        AnchorBasis::Stated,
    ),
    (
        "a trending block with nothing that opens the story",
        "Morocco World News\nTrending\nGantz lands in Rabat\nAugust 10, 2021\nLapid to visit Morocco\nAugust 9, 2021\nThe two ministers signed an accord in Rabat, officials said, in a ceremony attended by dozens of guests from both sides.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a zone told in words between brackets",
        "i24NEWS\n22 décembre 2021 à 16:10 (heure d'Israël)\nOmer Bar-Lev reçu à Rabat\nLe ministre israélien de la Sécurité publique a été reçu hier à Rabat par le ministre marocain de l'Intérieur.",
        "2021-12-22",
        AnchorBasis::Stated,
    ),
    (
        "an english zone between brackets",
        "Title\nAugust 11, 2021, 9:12 pm (Israel Standard Time)\nThe two ministers signed an accord yesterday in Rabat, officials said.",
        "2021-08-11",
        AnchorBasis::Stated,
    ),
    (
        "a remark between brackets is not a zone",
        "Title\nAugust 11, 2021 (the day the time capsule opened in Rabat)\nThe two ministers signed an accord yesterday in Rabat, officials said.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a publication label opening a byline",
        "The North Africa Post\nPosted by: North Africa Post June 14, 2021\nAn Israeli business delegation arrived in Casablanca yesterday to explore investment opportunities.",
        "2021-06-14",
        AnchorBasis::Stated,
    ),
    (
        "a french publication label opening a byline",
        "Titre\nPublié par Karim Serraj le 10/12/2021 à 11h00\nLe ministre a reçu hier son homologue israélien à Rabat.",
        "2021-12-10",
        AnchorBasis::Stated,
    ),
    (
        "a range headline above the byline's date",
        "Le360\n10 décembre 2020 - 10 décembre 2021\nPar Karim Serraj le 10/12/2021 à 11h00\nIl y a un an, le Maroc et Israël annonçaient la reprise de leurs relations diplomatiques, sous l'égide des Etats-Unis.",
        "2021-12-10",
        AnchorBasis::Stated,
    ),
    (
        "an arabic range headline above the date line",
        "هسبريس\nمن 10 ديسمبر 2020 إلى 10 ديسمبر 2021\nالجمعة 10 دجنبر 2021 - 11:00\nقبل عام أعلن المغرب وإسرائيل استئناف العلاقات الدبلوماسية بينهما تحت رعاية الولايات المتحدة في إطار اتفاق ثلاثي.",
        "2021-12-10",
        AnchorBasis::Stated,
    ),
    (
        "a range headline alone",
        "Le360\n10 décembre 2020 – 10 décembre 2021\nIl y a un an, le Maroc et Israël annonçaient la reprise de leurs relations diplomatiques, sous l'égide des Etats-Unis.",
        "",
        AnchorBasis::Unknown,
    ),
];

/// (name, text): a label's date that ends a sentence, not a date line.
const LABEL_IN_A_SENTENCE: &[(&str, &str)] = &[
    ("french report published", "Titre\nSelon un rapport annuel publié le 11 août 2021.\nLe ministre a signé hier un accord."),
    ("arabic report published", "عنوان\nوبحسب التقرير الأممي الذي نشر في 11 غشت 2021.\nووقع الوزير أمس اتفاقا."),
    ("a label after many words", "Titre\nLe texte que le quotidien a longuement commenté a été publié le 11 août 2021\nLe ministre a signé hier un accord."),
];

#[test]
fn label_in_a_sentence() {
    let lex = Lexicons::builtin();
    for (name, text) in LABEL_IN_A_SENTENCE {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        assert_eq!(anchor.basis, AnchorBasis::Unknown, "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(LABEL_IN_A_SENTENCE.iter().map(|c| c.0));
}

/// (name, text, expected anchor, basis): days counted inside quotation marks are the
/// speaker's and tell nothing of the writing day.
const QUOTED_DAYS: &[(&str, &str, &str, AnchorBasis)] = &[
    ("a speaker's yesterday in straight quotes", "عنوان\nقال مصدر في تصريح يوم 10 ديسمبر 2021: \"التقينا أمس الخميس الوفد المغربي\".", "", AnchorBasis::Unknown),
    ("a speaker's yesterday in guillemets", "عنوان\nقال مصدر في تصريح يوم 10 ديسمبر 2021: «التقينا أمس الخميس الوفد المغربي».", "", AnchorBasis::Unknown),
    ("a speaker's today in curly quotes", "Title\nOn December 10, 2021 the minister wrote: “We meet today, Friday, our Moroccan friends.”", "", AnchorBasis::Unknown),
    ("a french speaker's hier", "Titre\nLe 10 décembre 2021, le ministre a déclaré : « Nous avons rencontré hier jeudi nos partenaires ».", "", AnchorBasis::Unknown),
    (
        "the writer's today after a closed quote",
        "عنوان\nقال الوزير «نرحب بالوفد» في الرباط اليوم الجمعة 10 ديسمبر 2021 خلال لقاء صحفي.",
        "2021-12-10",
        AnchorBasis::Inferred(Inference::RelativeDay),
    ),
    ("a quoted full date still bounds", "عنوان\nقال الوزير: «وقعنا الاتفاق في 22 ديسمبر 2020»، وأعلن اليوم الثلاثاء عن زيارة.", "2020-12-22", AnchorBasis::Inferred(Inference::WeekdayOfDate)),
];

#[test]
fn quoted_days() {
    let lex = Lexicons::builtin();
    for (name, text, expected, basis) in QUOTED_DAYS {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(QUOTED_DAYS.iter().map(|c| c.0));
}

#[test]
fn quoted_spans_hold_the_words_between_the_marks() {
    // (name, text, the quoted stretches' text without their opening mark).
    let cases: &[(&str, &str, &[&str])] = &[
        ("straight pair", "قال: \"أمس\" ثم", &["أمس"]),
        ("guillemets", "a « hier » b", &[" hier "]),
        ("curly, nested guillemets", "x “a «b» c” y", &["a «b» c"]),
        ("a closer with none open", "a » b « c » d", &[" c "]),
        ("a line ends a quotation", "a « b\nc » d", &[" b"]),
        ("unclosed to the end", "a « b c", &[" b c"]),
        ("none", "a b c", &[]),
    ];
    for (name, text, expected) in cases {
        let got: Vec<&str> = quoted_spans(text).into_iter().map(|r| &text[r.clone()][text[r].chars().next().map_or(0, char::len_utf8)..]).collect();
        assert_eq!(&got, expected, "{name}");
    }
    // Marks at every place of a sixteen-byte block, in Arabic text, as read character by
    // character.
    let plain = |text: &str| quoted_spans_at(text, text.char_indices().map(|(i, _)| i));
    for pad in 0..40 {
        let text = format!("{}قال «الوزير» a“b”\"{}\"\nو» „x", "ب".repeat(pad / 2) + &"a".repeat(pad % 2), "ج".repeat(pad));
        assert_eq!(quoted_spans(&text), plain(&text), "{text}");
    }
}

/// (name, text, expected anchor): a relative day naming its weekday beside the text's
/// latest date, written with its weekday, of the day before that weekday.
const NEXT_TO_A_DATED_DAY: &[(&str, &str, &str)] = &[
    ("arabic today after an evening", "عنوان\nوقع وزير الدفاع الإسرائيلي ونظيره المغربي، اليوم الأربعاء، مذكرة تفاهم في الرباط، بعد وصوله مساء الثلاثاء 23 نوفمبر 2021 إلى المغرب.", "2021-11-24"),
    ("arabic yesterday after an evening", "عنوان\nوقع وزير الدفاع الإسرائيلي ونظيره المغربي، أمس الأربعاء، مذكرة تفاهم في الرباط، بعد وصوله مساء الثلاثاء 23 نوفمبر 2021 إلى المغرب.", "2021-11-25"),
    // "ce mercredi" is this week's Wednesday, told on it or on a day after.
    ("french ce weekday", "Titre\nLe ministre israélien de la Défense, arrivé le mardi 23 novembre 2021 à Rabat, a signé ce mercredi un mémorandum d'entente avec son homologue.", ""),
    ("french hier weekday", "Titre\nLe ministre israélien a signé hier mercredi un mémorandum avec le Maroc, au lendemain de son arrivée le mardi 23 novembre 2021 à Rabat.", "2021-11-25"),
    ("english today weekday", "Title\nIsrael's defense minister signed a memorandum with Morocco today, Wednesday, a day after landing in Rabat on Tuesday, November 23, 2021.", "2021-11-24"),
    ("a date without its weekday", "عنوان\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم في الرباط، بعد وصول الوزير في 23 نوفمبر 2021 إلى المغرب.", ""),
    ("two days before", "عنوان\nوقع الوزيران اليوم الخميس مذكرة تفاهم في الرباط، بعد وصول الوزير مساء الثلاثاء 23 نوفمبر 2021 إلى المغرب.", ""),
    ("not the latest date", "عنوان\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم، بعد لقاء الثلاثاء 23 نوفمبر 2021 وقبل زيارة مقررة في 2 ديسمبر 2021.", ""),
    ("a date in another paragraph", "عنوان\nوقع الوزيران اليوم الأربعاء مذكرة تفاهم في الرباط.\n\nفقرة ثانية.\n\nفقرة ثالثة.\n\nوكان الاتفاق الثلاثي قد وقع الثلاثاء 22 ديسمبر 2020.", ""),
];

#[test]
fn next_to_a_dated_day() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in NEXT_TO_A_DATED_DAY {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        let basis = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Inferred(Inference::WeekdayOfDate) };
        assert_eq!((got.as_str(), anchor.basis), (*expected, basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(NEXT_TO_A_DATED_DAY.iter().map(|c| c.0));
}

#[test]
fn page_furniture() {
    let lex = Lexicons::builtin();
    for (name, text, expected, basis) in PAGE_FURNITURE {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(PAGE_FURNITURE.iter().map(|c| c.0));
}

#[test]
fn anchors() {
    let lex = Lexicons::builtin();
    for (name, text, expected, basis) in CASES {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
    }
}

/// (name, the first line of a page, the publication day it states). Each page goes on
/// with a title and a sentence dated "أمس".
const DATE_LINE_LAYOUTS: &[(&str, &str, &str)] = &[
    ("weekday day month year time", "الاثنين 14 مارس 2022 - 10:35", "2022-03-14"),
    ("dotted numbers", "03.02.2021", "2021-02-03"),
    ("dashed numbers and time after a bar", "17-06-2021 | 18:05", "2021-06-17"),
    ("slashed year first", "2020/12/23", "2020-12-23"),
    ("iso in arabic-indic digits", "٢٠٢١-١١-٢٥", "2021-11-25"),
    ("month name in arabic-indic digits", "٩ أغسطس ٢٠٢١", "2021-08-09"),
    ("levantine pair with comma and morning time", "الأربعاء، 22 كانون الأول/ديسمبر 2021، 09:10 صباحاً", "2021-12-22"),
    ("city before the weekday", "الرباط: الخميس 10 ديسمبر 2020", "2020-12-10"),
    ("time zone after the time", "26 يوليو 2022 - 14:20 بتوقيت غرينتش", "2022-07-26"),
    ("label with time words", "نشر في 19 نونبر 2022 الساعة 09:00", "2022-11-19"),
    ("city with the preposition في", "تل أبيب في 12 أغسطس 2021", "2021-08-12"),
    ("english label with zone", "Published: 24/11/2021 10:35 GMT+1", "2021-11-24"),
    ("all glued", "7فيفري2021", "2021-02-07"),
    ("gregorian marker", "السبت 19 نونبر 2022 م", "2022-11-19"),
    ("byline field", "كتب: يوسف بنعلي | الأحد 25 يوليو 2021", "2021-07-25"),
    ("reading-time field", "منذ ساعتين • 15 يوليو 2021", "2021-07-15"),
    ("numbers with weekday and morning mark", "الثلاثاء 26/01/2021 - 05:34 ص", "2021-01-26"),
    ("update first then published", "آخر تحديث: الأربعاء 25 نوفمبر 2020 - نشر: الثلاثاء 24 نوفمبر 2020", "2020-11-24"),
    ("french labels", "Mis à jour le 15/03/2022 - Publié le 14/03/2022", "2022-03-14"),
    ("added label", "تاريخ الإضافة 30/09/2021 - 11:02", "2021-09-30"),
    ("comma before the year", "28 مارس, 2022", "2022-03-28"),
    ("spaced dashes", "12 - 08 - 2021", "2021-08-12"),
    ("spaced slashes year first", "2021 / 08 / 12", "2021-08-12"),
    ("month name between slashes", "الخميس 12/أغسطس/2021", "2021-08-12"),
    ("month name between dashes", "12-غشت-2021 | 09:15", "2021-08-12"),
    ("spaced numbers with weekday and time", "الخميس 12 - 08 - 2021 - 09:15", "2021-08-12"),
    ("label before spaced numbers", "تاريخ النشر : 12 / 08 / 2021", "2021-08-12"),
    ("iso timestamp with zone", "2021-08-12T09:15:00+01:00", "2021-08-12"),
    ("label before iso timestamp", "نشر في 2021-08-12T09:15:00Z", "2021-08-12"),
    ("french label with hour mark", "Publié le 12 août 2021 à 09h15", "2021-08-12"),
    ("french published then updated", "Publié le 12 août 2021 à 09h15 Mis à jour le 13 août 2021 à 11h02", "2021-08-12"),
    ("english abbreviated month", "Published: Aug 12, 2021 09:15", "2021-08-12"),
    ("english published then updated", "Published: Aug 12, 2021 09:15 Updated: Aug 13, 2021 11:02", "2021-08-12"),
    ("french byline with a dash", "Par Nadia Benali - 12 août 2021", "2021-08-12"),
    ("arabic byline with a dash", "كتب: سعيد الإدريسي - الخميس 12 غشت 2021", "2021-08-12"),
    ("english byline with a dash", "By Sarah Cohen – August 12, 2021", "2021-08-12"),
    ("english byline after the date", "Posted on 08/13/2021 at 9:15 am EDT by Staff Writer", "2021-08-13"),
    ("english byline after a zone", "Published: Aug 12, 2021, 4:05 pm IDT By Sarah Cohen", "2021-08-12"),
    ("english zone spelled out", "August 12, 2021 at 9:15 am Israel time", "2021-08-12"),
    ("byline name before the date", "By TOI Staff 12 August 2021, 4:12 pm", "2021-08-12"),
    ("byline of two names before the date", "By Sarah Cohen and Agencies 12 August 2021, 4:12 pm", "2021-08-12"),
    ("french byline name before the date", "Par Mohammed Ould Boah le 12/08/2021 à 14h32", "2021-08-12"),
    ("byline with a place after the date", "By Safaa Kasraoui - Aug 12, 2021 Rabat", "2021-08-12"),
    ("hijri then gregorian with an issue number", "الخميس - 4 محرم 1443 هـ - 12 أغسطس 2021 مـ رقم العدد [15598]", "2021-08-12"),
    ("levantine pair with a slash and a space", "12 أغسطس/ آب 2021", "2021-08-12"),
    ("time and zone before the date", "Published 4:12 PM GMT+1, August 12, 2021", "2021-08-12"),
    ("wire footer after the agency", "الرباط/ الأناضول 12.08.2021", "2021-08-12"),
    ("reading-time and site before the date", "RT Arabic 12.08.2021 14:32", "2021-08-12"),
    ("english weekday with a dash and time", "Thursday, August 12, 2021 - 16:12", "2021-08-12"),
    ("agency in brackets after a dashed date", "الرباط 12-8-2021 (ومع) -", "2021-08-12"),
    ("french agency dateline", "Rabat, 12/08/2021 (MAP) -", "2021-08-12"),
    ("french site field then the date with its hour", "Le360 avec MAP | Le 12/08/2021 à 14h32", "2021-08-12"),
    ("french byline then the date with its hour", "Par Le360 (avec MAP) le 12/08/2021 à 9h05", "2021-08-12"),
    ("author field and reading time", "بواسطة: محمد الراجي | 12 أغسطس 2021 | 3 دقائق قراءة", "2021-08-12"),
    ("place and site credit before the date", "الرباط - هسبريس: الأحد 11 يوليوز 2021 - 22:15", "2021-07-11"),
    ("site field then the date at an hour", "le360 عربية | 11/07/2021 على الساعة 22:15", "2021-07-11"),
    ("published and updated with their times", "تاريخ النشر: 11/07/2021 - 22:15 | آخر تحديث: 12/07/2021 - 09:30", "2021-07-11"),
    ("labels with a mecca time", "نشر في: 11/7/2021 - آخر تحديث: 12/7/2021 10:32 PM (مكة المكرمة)", "2021-07-11"),
    ("date then an update glued to its time", "11/7/2021|آخر تحديث: 12/7/202110:32 PM (مكة المكرمة)", "2021-07-11"),
    ("year glued to the time", "11 يوليوز 202111:30", "2021-07-11"),
    ("english year glued to the time and update", "July 11, 202110:32 PM GMT+1Updated 3 years ago", "2021-07-11"),
    ("english year glued to a one-digit hour", "July 11, 20219:32 PM GMT+1", "2021-07-11"),
    ("year glued to the update's day", "11 Aug 202111 Aug 2021", "2021-08-11"),
    ("credit ended by a full stop", "Rabat - Morocco World News. 11 August 2021", "2021-08-11"),
    ("unlabelled byline after the date", "11 août 2021 à 14:32 Par Jeune Afrique Mis à jour le 12 août 2021 à 09:30", "2021-08-11"),
    ("site and place before the date with a views field", "أخبارنا المغربية - الرباط | الأحد 11 يوليوز 2021 - 22:15 | مشاهدات: 1520", "2021-07-11"),
    ("english ordinal day", "i24NEWS | Published: August 11th 2021 - 10:32 pm", "2021-08-11"),
    ("english reading time after the zone", "August 11, 2021 4:05 PM UTC · 2 min read", "2021-08-11"),
    ("french site name before the date", "Le Matin 11 Août 2021 À 14:32", "2021-08-11"),
    ("french published then modified", "Publié le 11/08/2021 à 14:32 - Modifié le 12/08/2021 à 09:30", "2021-08-11"),
    ("french agency after the label", "Publié le: 11 août 2021 - MAP", "2021-08-11"),
    ("arabic evening mark", "11 يوليو 2021 - 10:32 مساءً", "2021-07-11"),
    ("mecca time spelled out", "11 يوليو 2021 10:32 م بتوقيت مكة المكرمة", "2021-07-11"),
    ("gmt offset after the time", "11 يوليو 2021 - 22:32 GMT+1", "2021-07-11"),
    ("date label bitarikh", "بتاريخ: 11 يوليوز 2021 - 22:15", "2021-07-11"),
    ("byline then bitarikh", "بقلم: سعيد الإدريسي بتاريخ 11 يوليوز 2021", "2021-07-11"),
    ("hijri then gregorian after the label", "نشر في: الأحد 1 ذو الحجة 1442هـ - 11 يوليو 2021م", "2021-07-11"),
    ("dotted date with its time and an update", "11.07.2021 - 21:40 تحديث: 12.07.2021 - 09:10", "2021-07-11"),
    ("english label then the year glued to the update's day", "Published On 11 Aug 202111 Aug 2021", "2021-08-11"),
    ("english comma after the month", "Wednesday, 11 August, 2021 - 11:00", "2021-08-11"),
    ("comma before the year and a gulf zone", "نشر في: 11 أغسطس ,2021: 03:55 م GST آخر تحديث: 11 أغسطس ,2021: 06:55 م GST", "2021-08-11"),
    ("abu dhabi time", "نشر في: 11 أغسطس 2021 - 15:32 بتوقيت أبوظبي", "2021-08-11"),
    ("edited label after the published one", "نشرت في: 11/08/2021 - 15:32 عدل في: 12/08/2021 - 09:10", "2021-08-11"),
    ("french date label", "Date : 11/08/2021", "2021-08-11"),
    ("anadolu byline glued to a bar and an update", "Ahmed Asmar   |11.08.2021 - Update : 12.08.2021", "2021-08-11"),
    ("french dotted date and hour", "11.08.2021 à 14h32", "2021-08-11"),
    ("english comma after the year and time", "Aug 11, 2021, 4:05 pm", "2021-08-11"),
    ("french zone in brackets", "11 août 2021 à 14:32 (GMT+1)", "2021-08-11"),
    ("arabic-indic time and evening mark", "١١ أغسطس ٢٠٢١ - ١٠:٣٢ م", "2021-08-11"),
    ("iso timestamp after a field name", "datePublished: 2021-08-11T14:32:00+01:00", "2021-08-11"),
    ("english published then modified", "Published August 11, 2021 | Modified August 12, 2021", "2021-08-11"),
    ("english updated first then published", "Updated August 12, 2021 09:30 | Published August 11, 2021 22:15", "2021-08-11"),
    ("french published then refreshed", "Publié le 11 août 2021 à 14h32, actualisé le 12 août 2021 à 09h30", "2021-08-11"),
    ("arabic label with a dash", "تاريخ النشر - 11 أغسطس 2021", "2021-08-11"),
    ("english ordinal of the month", "Wednesday 11th of August 2021", "2021-08-11"),
    ("american clock letters and zone initials", "August 11, 2021 at 10:32 p.m. ET", "2021-08-11"),
    ("french label le before numbers and hour", "Le 11/08/2021 à 14h32", "2021-08-11"),
    ("french credit before the label on one line", "Le Monde avec AFP Publié le 11 août 2021 à 14h32 - Mis à jour le 12 août 2021 à 16h10", "2021-08-11"),
    ("french update label then reading time", "Publié le 11 août 2021 à 14h32 Mis à jour le 11 août 2021 à 16h10 Temps de lecture 2 min.", "2021-08-11"),
    ("arabic site and author before the label", "هسبريس - محمد الراجي نشر في 11 غشت 2021 على الساعة 14:32", "2021-08-11"),
    ("place and writer before a dash", "الرباط: محمد بوخزار - 11 أغسطس 2021", "2021-08-11"),
    ("english agency before the label", "Reuters staff Published August 11, 2021 Updated August 12, 2021", "2021-08-11"),
];

#[test]
fn date_line_layouts() {
    let lex = Lexicons::builtin();
    for (name, line, expected) in DATE_LINE_LAYOUTS {
        let text = format!("{line}\n\nعنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط.\n");
        let doc = Document::new(Article::from_text("a.txt", &text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!((got.as_str(), anchor.basis), (*expected, AnchorBasis::Stated), "{name}: {line}");
    }
    crate::test_support::assert_unique_names(DATE_LINE_LAYOUTS.iter().map(|c| c.0));
}

#[test]
fn a_month_anchor_places_day_level_expressions_in_its_month() {
    let lex = Lexicons::builtin();
    let text = "وقع البلدان اتفاقا في 10 ديسمبر 2020. وزار الوفد الرباط في مطلع يناير الجاري، والتقى الوزير نظيره أمس، ثم الأربعاء، وفي الشهر الماضي.";
    let doc = Document::new(Article::from_text("a.txt", text), &lex);
    let dates = crate::dates::ArticleDates::analyse(&doc, &lex.dates, None);
    assert_eq!(dates.anchor.date.map(|d| d.to_string()).as_deref(), Some("2021-01"));
    let got: Vec<(String, String)> = dates
        .mentions
        .iter()
        .zip(&dates.resolved)
        .map(|(m, r)| (doc.norm.text[m.range.clone()].to_string(), r.map(|r| r.value.to_string()).unwrap_or_default()))
        .collect();
    for (phrase, value) in [("امس", "2021-01"), ("الاربعاء", "2021-01"), ("الشهر الماضي", "2020-12"), ("10 ديسمبر 2020", "2020-12-10")] {
        assert!(got.iter().any(|(p, v)| p.contains(phrase) && v == value), "{phrase} = {value}: {got:?}");
    }
}

#[test]
fn manifest_overrides_the_text() {
    let lex = Lexicons::builtin();
    let doc = Document::new(Article::from_text("a.txt", "نشر: 2021-11-24\nنص."), &lex);
    let mentions = find_dates(&doc, &lex.dates);
    let entry = ManifestEntry { published: NaiveDate::from_ymd_opt(2021, 11, 25).map(DateValue::day), ..ManifestEntry::default() };
    let anchor = find_anchor(&doc, &mentions, &lex.dates, Some(&entry));
    assert_eq!((anchor.date.unwrap().to_string().as_str(), anchor.basis), ("2021-11-25", AnchorBasis::Manifest));
}

/// (name, article text, manifest `published` cell, manifest url, expected anchor, basis).
const MANIFEST_CASES: &[(&str, &str, &str, &str, &str, AnchorBasis)] = &[
    ("month-only row", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "2020-12", "", "2020-12", AnchorBasis::Manifest),
    ("year-only row", "وقع المغرب وإسرائيل، أمس، اتفاقا.", "2021", "", "2021", AnchorBasis::Manifest),
    ("a stated day refines the month", "نشر: 2020-12-22\nنص.", "2020-12", "", "2020-12-22", AnchorBasis::Stated),
    ("a stated day outside the month does not", "نشر: 2021-01-03\nنص.", "2020-12", "", "2020-12", AnchorBasis::Manifest),
    ("a manifest day is the user's word", "نشر: 2021-11-24\nنص.", "2021-11-25", "", "2021-11-25", AnchorBasis::Manifest),
    ("url day alone", "وقع الاتفاق أمس.", "", "https://example.com/2021/07/25/story", "2021-07-25", AnchorBasis::Url),
    ("text within a day of the url wins", "نشر: 2021-07-24\nنص.", "", "https://example.com/2021/07/25/story", "2021-07-24", AnchorBasis::Stated),
    ("url wins over a text day far from it", "نشر: 2021-07-20\nنص.", "", "https://example.com/2021/07/25/story", "2021-07-25", AnchorBasis::Url),
    ("url month refined by the text", "نشر: 2022-08-03\nنص.", "", "https://example.com/2022/08/story", "2022-08-03", AnchorBasis::Stated),
    ("published cell before the url", "نص.", "2021-07-26", "https://example.com/2021/07/25/story", "2021-07-26", AnchorBasis::Manifest),
    ("empty row leaves the text", "نشر: 2021-11-24\nنص.", "", "https://example.com/article/1608666479", "2021-11-24", AnchorBasis::Stated),
];

#[test]
fn manifest_and_text() {
    let lex = Lexicons::builtin();
    for (name, text, published, url, expected, basis) in MANIFEST_CASES {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let entry = ManifestEntry {
            published: crate::corpus::parse_published(published).unwrap(),
            url_date: crate::corpus::url_date(url),
            url: url.to_string(),
            ..ManifestEntry::default()
        };
        let anchor = find_anchor(&doc, &mentions, &lex.dates, Some(&entry));
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}");
    }
    crate::test_support::assert_unique_names(MANIFEST_CASES.iter().map(|c| c.0));
}

#[test]
fn weekdays_shift_both_ways() {
    for (wd, days, expected) in [(Weekday::Wed, -1, Weekday::Tue), (Weekday::Mon, -1, Weekday::Sun), (Weekday::Sun, 1, Weekday::Mon), (Weekday::Thu, 0, Weekday::Thu), (Weekday::Fri, -9, Weekday::Wed)] {
        assert_eq!(shift_weekday(wd, days), expected, "{wd} {days}");
    }
}

/// (name, article, the weekday of its publication day its relative days imply).
const PUBLICATION_WEEKDAYS: &[(&str, &str, Option<Weekday>)] = &[
    ("today names it", "وقع الوزيران اليوم الأربعاء اتفاقا.", Some(Weekday::Wed)),
    ("yesterday names the day before", "التقى الوزير أمس الثلاثاء نظيره.", Some(Weekday::Wed)),
    ("two that agree", "وصل الوفد أمس الأحد، ووقع اليوم الاثنين اتفاقا.", Some(Weekday::Mon)),
    ("two that disagree", "وصل الوفد أمس الأحد، ووقع اليوم الثلاثاء اتفاقا.", None),
    (
        "a quoted day is outvoted",
        "وصل الوفد أمس الأحد، ويلتقي اليوم الاثنين مسؤولين. وقال نتنياهو إنه تحدث أمس الجمعة مع الملك.",
        Some(Weekday::Mon),
    ),
    ("bare yesterday names none", "وقع الوزيران أمس اتفاقا.", None),
];

#[test]
fn quoted_days_name_no_publication_weekday() {
    // (name, article, the publication weekday borrowing reads): a quoted day is the
    // speaker's, even when nothing of the writer's outvotes it.
    let cases: &[(&str, &str, Option<Weekday>)] = &[
        ("a quoted today alone", "قال الوزير: \"نلتقي اليوم الخميس بنظرائنا المغاربة\"، ووصل الوفد إلى الرباط.", None),
        ("a quoted yesterday against the writer's today", "وصل الوفد اليوم الاثنين. وقال الوزير: «التقينا أمس الجمعة بنظرائنا».", Some(Weekday::Mon)),
        ("a french quoted today", "Le ministre a déclaré : « Nous signons aujourd'hui, jeudi, un accord ».", None),
        ("the writer's today", "وقع الوزيران اليوم الأربعاء اتفاقا.", Some(Weekday::Wed)),
    ];
    let lex = Lexicons::builtin();
    for (name, text, expected) in cases {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        assert_eq!(find_anchor_and_weekday(&doc, &mentions, &lex.dates, None).1, *expected, "{name}: {mentions:#?}");
    }
}

#[test]
fn publication_weekdays() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in PUBLICATION_WEEKDAYS {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        assert_eq!(publication_weekday(&mentions), *expected, "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(PUBLICATION_WEEKDAYS.iter().map(|c| c.0));
}

/// (name, article, the phrase of the event's date, the day another article gives the
/// event, the publication days that leaves).
const BORROW_CLUES: &[(&str, &str, &str, &str, &str)] = &[
    ("yesterday", "وقع الوزيران أمس اتفاقا.", "امس", "2021-11-24", "2021-11-25"),
    ("yesterday naming another weekday", "وقع الوزيران أمس الثلاثاء اتفاقا.", "امس الثلاثاء", "2021-11-24", ""),
    (
        "yesterday counted from a speaker's day",
        "وصل الوفد أمس الأحد، ويلتقي اليوم الاثنين مسؤولين. وقال نتنياهو إنه تحدث أمس الجمعة مع الملك.",
        "امس الجمعه",
        "2020-12-25",
        "",
    ),
    ("bare past weekday and today's weekday", "وصل الوفد اليوم الاثنين، بعد مكالمة الجمعة بين الزعيمين.", "الجمعه", "2020-12-25", "2020-12-28"),
    ("bare past weekday of another day", "وصل الوفد اليوم الاثنين، بعد مكالمة الخميس بين الزعيمين.", "الخميس", "2020-12-25", ""),
    (
        "bare past weekday without today's weekday",
        "وصل الوفد، بعد مكالمة الجمعة بين الزعيمين.",
        "الجمعه",
        "2020-12-25",
        "2020-12-25 2020-12-26 2020-12-27 2020-12-28 2020-12-29 2020-12-30 2020-12-31",
    ),
    ("english bare weekday without today's weekday", "The two ministers met on Wednesday in Rabat.", "Wednesday", "2021-11-24", "2021-11-24 2021-11-25 2021-11-26 2021-11-27 2021-11-28 2021-11-29 2021-11-30"),
    ("english bare weekday of another day", "The two ministers met on Tuesday in Rabat.", "Tuesday", "2021-11-24", ""),
    ("last week and today's weekday", "التقى الوزيران اليوم الخميس، بعد توقيع المذكرة الأسبوع الماضي.", "الاسبوع الماضي", "2021-11-24", "2021-12-02"),
    (
        "last week without today's weekday",
        "التقى الوزيران بعد توقيع المذكرة الأسبوع الماضي.",
        "الاسبوع الماضي",
        "2021-11-24",
        "2021-11-29 2021-11-30 2021-12-01 2021-12-02 2021-12-03 2021-12-04 2021-12-05",
    ),
];

#[test]
fn borrow_clues() {
    let lex = Lexicons::builtin();
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    for (name, text, phrase, event_day, expected) in BORROW_CLUES {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let m = mentions.iter().find(|m| doc.norm.text[m.range.clone()].to_lowercase() == phrase.to_lowercase()).unwrap_or_else(|| panic!("{name}: {mentions:#?}"));
        let clue = BorrowClue::of(&m.expr, publication_weekday(&mentions));
        let got = clue.map(|c| c.publication_days(day(event_day).unwrap())).unwrap_or_default();
        let got: Vec<String> = got.iter().map(|d| d.to_string()).collect();
        assert_eq!(got.join(" "), *expected, "{name}");
    }
    crate::test_support::assert_unique_names(BORROW_CLUES.iter().map(|c| c.0));
}

/// (name, article, the phrase of the event's date, whether its clue fixes a day of a
/// known weekday: what borrowing by an agreement's subject alone asks).
const NAMED_DAY_CLUES: &[(&str, &str, &str, bool)] = &[
    ("today naming its weekday", "أبرم الطرفان اليوم الخميس ثلاث اتفاقيات.", "اليوم الخميس", true),
    ("yesterday naming its weekday", "وقع الجانبان أمس الأحد مذكرتين.", "امس الاحد", true),
    ("bare yesterday", "وقع الجانبان أمس مذكرتين.", "امس", false),
    ("bare yesterday and today's weekday elsewhere", "وقع الجانبان أمس مذكرتين، ويلتقي الوزيران اليوم الاثنين.", "امس", true),
    ("bare past weekday", "وقع الجانبان الأحد مذكرتين.", "الاحد", false),
    ("last week", "وقع الجانبان الأسبوع الماضي مذكرتين.", "الاسبوع الماضي", false),
];

#[test]
fn named_day_clues() {
    let lex = Lexicons::builtin();
    for (name, text, phrase, expected) in NAMED_DAY_CLUES {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let m = mentions.iter().find(|m| doc.norm.text[m.range.clone()] == **phrase).unwrap_or_else(|| panic!("{name}: {mentions:#?}"));
        let clue = BorrowClue::of(&m.expr, publication_weekday(&mentions));
        assert_eq!(clue.is_some_and(|c| c.fixes_a_named_day()), *expected, "{name}");
    }
    crate::test_support::assert_unique_names(NAMED_DAY_CLUES.iter().map(|c| c.0));
}

#[test]
fn names_are_unique() {
    crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
}

/// (name, text, expected anchor): a day told as coming with its weekday, and the writing
/// weekday the story names, fix the writing day in the week up to the coming day.
const COMING_WEEKDAY: &[(&str, &str, &str)] = &[
    (
        "a present-tense arrival with its date",
        "عنوان\nيصل وزير الاقتصاد الإسرائيلي إلى الدار البيضاء يوم الخميس 17 فبراير 2022 في زيارة عمل، حسب ما أعلنه مكتبه اليوم الاثنين.",
        "2022-02-14",
    ),
    (
        "a future prefix after the announcement",
        "عنوان\nأعلنت الخارجية اليوم الثلاثاء أن الوفد سيحل بالرباط يوم الأحد 20 فبراير 2022 في زيارة تدوم يومين.",
        "2022-02-15",
    ),
    (
        "a bare coming weekday beside its date",
        "عنوان\nيلتقي وزير الخارجية نظيره الإسرائيلي الخميس بالرباط، وفق ما أعلنه الناطق باسم الحكومة اليوم الاثنين، في لقاء مبرمج في 24 مارس 2022.",
        "2022-03-21",
    ),
    (
        "the coming day is the writing day",
        "عنوان\nتحط طائرة الوفد الإسرائيلي اليوم الأربعاء بمطار الرباط سلا، ويترأس الوفد يوم الأربعاء 23 مارس 2022 اجتماعا مع نظرائه.",
        "2022-03-23",
    ),
    ("a past day is no coming one", "عنوان\nوصل الوزير يوم الخميس 17 فبراير 2022 إلى الرباط، وأعلن مكتبه اليوم الاثنين عن نتائج الزيارة.", ""),
    (
        "the lede's coming day, not the next",
        "عنوان\nيصل الوفد الأول يوم الخميس 17 فبراير 2022 إلى الرباط، ويصل الوفد الثاني يوم الخميس 24 فبراير 2022، حسب ما أفاد به مصدر اليوم الاثنين.",
        "2022-02-14",
    ),
    (
        "an old announcement in a later paragraph",
        "عنوان\nاستقبل بوريطة اليوم الاثنين نظيره الإسرائيلي في الرباط بحضور عدد من المسؤولين.\n\nوكان الوزير قد أعلن في 2 ديسمبر 2020 أنه سيزور الرباط يوم الخميس 10 ديسمبر 2020.",
        "",
    ),
    (
        "a coming date without its year",
        "عنوان\nيصل وزير الاقتصاد الإسرائيلي إلى الدار البيضاء يوم الخميس 17 فبراير في زيارة عمل، حسب ما أعلنه مكتبه اليوم الاثنين.",
        "2022-02-14",
    ),
    ("no writing weekday", "عنوان\nيصل وزير الاقتصاد الإسرائيلي إلى الدار البيضاء يوم الخميس 17 فبراير 2022 في زيارة عمل تدوم ثلاثة أيام.", ""),
];

#[test]
fn coming_weekday() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in COMING_WEEKDAY {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        let want = if expected.is_empty() {
            AnchorBasis::Unknown
        } else if got.as_str() == "2022-03-23" {
            // "اليوم الأربعاء" beside a date of that Wednesday is the finer clue, read first.
            AnchorBasis::Inferred(Inference::WeekdayOfDate)
        } else {
            AnchorBasis::Inferred(Inference::ComingWeekday)
        };
        assert_eq!((got.as_str(), anchor.basis), (*expected, want), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(COMING_WEEKDAY.iter().map(|c| c.0));
}

/// (name, text, expected anchor): the lede's date and a same-day cut-off after it.
const SAME_DAY_CUTOFF: &[(&str, &str, &str)] = &[
    (
        "a clock hour in words",
        "عنوان\n\nوقع المغرب وإسرائيل، مساء الثلاثاء 8 مارس 2022 بالرباط، مذكرة تفاهم في مجال المياه بين وزارتي البلدين المعنيتين.\n\nوإلى حدود الساعة العاشرة ليلا، لم يصدر أي بلاغ عن الوزارة.",
        "2022-03-08",
    ),
    (
        "a clock time in digits with a zone",
        "عنوان\n\nأعلنت تل أبيب، يوم 3 يونيو 2021، عن اتفاق مع الرباط لتسيير رحلات جوية مباشرة بين البلدين ابتداء من الصيف.\n\nوحتى الساعة الـ19:30 بتوقيت غرينتش، لم تعلق الخطوط الملكية المغربية على الخبر.",
        "2021-06-03",
    ),
    (
        "the time of writing",
        "عنوان\n\nاستقبل وزير الخارجية المغربي، الخميس 10 فبراير 2022، المدير العام لوزارة الخارجية الإسرائيلية في الرباط لبحث العلاقات.\n\nولم يصدر، حتى لحظة كتابة هذه السطور، أي بيان مشترك عن اللقاء.",
        "2022-02-10",
    ),
    (
        "so far, with no clock time",
        "عنوان\n\nوقع المغرب وإسرائيل، مساء الثلاثاء 8 مارس 2022 بالرباط، مذكرة تفاهم في مجال المياه بين وزارتي البلدين المعنيتين.\n\nوإلى حدود الساعة، لم يصدر أي بلاغ عن الوزارة.",
        "",
    ),
    (
        "an older date opens the story",
        "عنوان\n\nبعد الإعلان المشترك الموقع في 22 ديسمبر 2020، وقع الطرفان، الثلاثاء 8 مارس 2022 بالرباط، مذكرة تفاهم في مجال المياه.\n\nوإلى حدود الساعة العاشرة ليلا، لم يصدر أي بلاغ عن الوزارة.",
        "",
    ),
    (
        "a speaker's cut-off",
        "عنوان\n\nوقع المغرب وإسرائيل، مساء الثلاثاء 8 مارس 2022 بالرباط، مذكرة تفاهم في مجال المياه بين وزارتي البلدين المعنيتين.\n\nوقال مسؤول: «لم نتلق، حتى الساعة الخامسة مساء، أي رد من الوزارة».",
        "",
    ),
];

#[test]
fn same_day_cutoff() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in SAME_DAY_CUTOFF {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        let want = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Inferred(Inference::SameDayCutoff) };
        assert_eq!((got.as_str(), anchor.basis), (*expected, want), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(SAME_DAY_CUTOFF.iter().map(|c| c.0));
}

/// (name, text, the named days found): a feast named inside a quotation without its year or
/// direction is the speaker's, and no date.
const QUOTED_HOLIDAYS: &[(&str, &str, &[&str])] = &[
    ("a wish in guillemets", "قال الوزير: «نحتفل بعيد الفطر مع أسرنا» قبل أن يغادر القاعة.", &[]),
    ("a habit in straight quotes", "وأضاف السفير: \"نلتقي كل سنة في عيد العرش\" في إشارة إلى الحفل.", &[]),
    ("the writer's own feast", "وقع الاتفاق عشية عيد الأضحى بعد أشهر من المفاوضات.", &["عيد الاضحي"]),
    ("a quoted feast with its year", "قال الوزير: «التقينا في عيد الفطر 2021 بالرباط» خلال الندوة.", &["عيد الفطر 2021"]),
];

#[test]
fn quoted_holidays_are_no_dates() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in QUOTED_HOLIDAYS {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let got: Vec<&str> = mentions.iter().filter(|m| m.rule.starts_with("holiday")).map(|m| &doc.norm.text[m.range.clone()]).collect();
        assert_eq!(&got, expected, "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(QUOTED_HOLIDAYS.iter().map(|c| c.0));
}
