//! Stories dated by the clues of their text: relative days with their date or weekday, a coming weekday, a same-day cut-off, a month called current.

use super::*;

/// (name, article text, expected anchor, basis).
const CASES: &[(&str, &str, &str, AnchorBasis)] = &[
    (
        "iso publication line",
        "عنوان\nنشر: 2021-11-24 17:33 آخر تحديث: 2023-06-18 12:17\nوقع الاتفاق الأربعاء.",
        "2021-11-24",
        AnchorBasis::Stated,
    ),
    ("an update line alone years after the timeline bounds nothing", "عنوان\nآخر تحديث: 2023-06-18 12:17\nوقع الاتفاق أمس.", "", AnchorBasis::Unknown),
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
    // A wire's date line without its year and the agency's own copyright line: its year
    // (wire_year.rs). A site's © line names the site, and a count before "months after"
    // is more than a year: neither tells it.
    (
        "english wire date line and the agency's copyright line",
        "TEL AVIV, Nov 24 (Reuters) - Israel's defence minister signed a security pact with Morocco during a visit to Rabat, officials said.\n\n(c) Reuters 2021",
        "2021-11-24",
        AnchorBasis::Inferred(Inference::WireCopyrightYear),
    ),
    (
        "french wire date line and the agency's copyright line",
        "RABAT, 11 août (AFP) - Le chef de la diplomatie israélienne a inauguré la représentation de son pays au Maroc.\n\n© AFP 2021",
        "2021-08-11",
        AnchorBasis::Inferred(Inference::WireCopyrightYear),
    ),
    (
        "arabic wire date line and the agency's copyright line",
        "الدار البيضاء 30 مارس (رويترز) - حطت طائرة تقل وفدا اقتصاديا في المطار، حسب ما أفاد مسؤولون.\n\n© رويترز 2022",
        "2022-03-30",
        AnchorBasis::Inferred(Inference::WireCopyrightYear),
    ),
    (
        "a site's copyright line under a wire date line tells no year",
        "RABAT, Nov 24 (Reuters) - Israel's defence minister signed a security pact with Morocco during a visit to Rabat, officials said.\n\n© 2023 Daily Courier. All rights reserved.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "the agency's copyright year the story's dates rule out",
        "RABAT, Nov 24 (Reuters) - Israel's defence minister signed a security pact with Morocco, after a first visit on December 3, 2021.\n\n(c) Reuters 2021",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "english wire date line months after a dated fact",
        "TEL AVIV, March 8 (Reuters) - The first direct commercial flight will land in Casablanca next week, months after the two countries restored ties in December 2020.",
        "2021-03-08",
        AnchorBasis::Inferred(Inference::MonthsAfterFact),
    ),
    (
        "french wire date line months after a dated fact",
        "RABAT, 14 juin (AFP) - Une délégation d'hommes d'affaires est arrivée à Rabat, quelques mois après la signature de l'accord tripartite en décembre 2020.",
        "2021-06-14",
        AnchorBasis::Inferred(Inference::MonthsAfterFact),
    ),
    (
        "arabic wire date line weeks after a dated fact",
        "الرباط 3 فبراير (رويترز) - وصل وفد من رجال الأعمال إلى العاصمة، بعد أسابيع من توقيع الإعلان المشترك في 22 ديسمبر 2020.",
        "2021-02-03",
        AnchorBasis::Inferred(Inference::MonthsAfterFact),
    ),
    (
        "a counted gap before the months tells no year",
        "TEL AVIV, March 8 (Reuters) - The first direct cargo flight will land in Casablanca next week, 14 months after the two countries restored ties in December 2020.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a dated fact told plainly months before tells no year",
        "TEL AVIV, March 8 (Reuters) - The first direct cargo flight will land in Casablanca next week. The two countries restored ties in December 2020.",
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
    ("history in a headline is no date label", "يوم دخل فيه البلدان التاريخ: 11 أغسطس 2021 موعد أول زيارة رسمية لوزير خارجية إسرائيلي\nنص.", "", AnchorBasis::Unknown),
    ("a dash cuts no field outside a byline", "وزير الخارجية الإسرائيلي يزور الرباط - 12 أغسطس 2021 موعد أول زيارة رسمية\nنص.", "", AnchorBasis::Unknown),
    ("a french update line alone bounds the anchor, the week up to it", "Mis à jour le 13 août 2021 à 11h02\nLe ministre a signé hier un accord.", "2021-08-07", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
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
        "2021-11-20",
        AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 }),
    ),
    (
        "a bare weekday and yesterday under an update a day after",
        "آخر تحديث 25 نوفمبر 2021 - 16:40\nوقع المغرب وإسرائيل، الأربعاء، مذكرة تفاهم، بعد وصول الوزير أمس إلى الرباط.",
        "2021-11-19",
        AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 }),
    ),
    (
        "yesterday's weekday under an update of the writing day",
        "آخر تحديث: ديسمبر 23, 2020 - 11:37ص\nحطت بمطار الرباط سلا، أمس الثلاثاء، أول رحلة جوية مباشرة بين تل أبيب والرباط.",
        "2020-12-23",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
    (
        // Written on a Thursday by a Wednesday's update: the week before it, not the 25th (its
        // "أمس الأربعاء" then dates only to the month: see the test after the table).
        "yesterday cannot be after the update",
        "آخر تحديث: الأربعاء 24 نوفمبر 2021 - 19:40\nوقع الوزيران أمس الأربعاء مذكرة تفاهم.",
        "2021-11-18",
        AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 }),
    ),
    (
        "an update line bounds the weekday",
        "آخر تحديث: 2021-01-08 10:00\nالتقى الوزير نظيره في مطلع يناير الجاري، وأعلن اليوم الثلاثاء عن الاتفاق.",
        "2021-01-05",
        AnchorBasis::Inferred(Inference::WeekdayInMonth),
    ),
    // An update line as the page's only date line: a last resort between it and the latest
    // day the story reports (`infer::update_line`), in the three languages.
    (
        "update line: a story of the day before, the month",
        "Titre\nMis à jour le 26 juillet 2021 à 11:02\nUn premier vol commercial a atterri dimanche 25 juillet à Marrakech, selon la compagnie.",
        "2021-07",
        AnchorBasis::Inferred(Inference::UpdateLine),
    ),
    (
        "update line: a story of the update's own day",
        "Title\nUpdated on July 26, 2021 11:02 AM\nThe two ministers signed the memorandum on July 26, 2021 in Rabat, the ministry said.",
        "2021-07-26",
        AnchorBasis::Inferred(Inference::UpdateLine),
    ),
    (
        "update line: the one writing weekday of the span",
        "عنوان\nآخر تحديث: 28 يوليوز 2021 - 09:15\nأعلنت الوزارة اليوم الثلاثاء أن الوفد الذي حل بالرباط يوم الجمعة 23 يوليوز 2021 أنهى زيارته.",
        "2021-07-27",
        AnchorBasis::Inferred(Inference::UpdateLine),
    ),
    (
        "update line: a french hier naming the writing weekday",
        "Titre\nMis à jour le 14 août 2021 à 08h10\nLe ministre, arrivé le mardi 10 août 2021, a quitté Rabat hier jeudi.",
        "2021-08-13",
        AnchorBasis::Inferred(Inference::UpdateLine),
    ),
    ("update line: no day reported, a bound", "Titre\nMis à jour le 25/11/2021 à 09h00\nLe Maroc et Israël ont convenu de renforcer leur coopération.", "2021-11-19", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
    (
        // Neither a day nor a month, but a bound: from the day the story reports to the update.
        "update line: the span crosses a month",
        "Title\nUpdated on August 2, 2021 10:00 AM\nThe delegation landed in Rabat on Friday, July 30, 2021, officials said.",
        "2021-07-30",
        AnchorBasis::Inferred(Inference::UpdatedBy { days: 3 }),
    ),
    (
        "update line: a reported day after it",
        "عنوان\nآخر تحديث: 20 يوليوز 2021\nوقع الطرفان اتفاقا يوم 22 يوليوز 2021 في الرباط.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "update line: a span of a week or more and a writing weekday",
        "عنوان\nآخر تحديث: 28 يوليوز 2021\nأعلنت الوزارة أمس الإثنين أن الاتفاق الموقع في 14 يوليوز 2021 دخل حيز التنفيذ.",
        "2021-07",
        AnchorBasis::Inferred(Inference::UpdateLine),
    ),
    // A site's current-date banner above its menu is the day the page was read: never the
    // publication date, but the story was online by then (`infer::later_line`).
    (
        "banner: the one writing weekday between the story's day and the banner's",
        "الثلاثاء 16 مارس 2021\nالرئيسية | سياسة | اقتصاد | رياضة\nعنوان الخبر\nاستقبل الوزير أمس السبت الوفد الذي حل بالرباط يوم الأربعاء 10 مارس 2021 في زيارة رسمية تدوم أسبوعا كاملا.",
        "2021-03-14",
        AnchorBasis::Inferred(Inference::Banner),
    ),
    (
        "banner: a french hier naming the writing weekday",
        "Samedi 5 juin 2021\nAccueil | Politique | Économie | Sport\nTitre de l'article\nLe ministre, arrivé le mardi 1er juin 2021 à Rabat pour une visite de travail, a quitté le pays hier jeudi après deux jours d'entretiens.",
        "2021-06-04",
        AnchorBasis::Inferred(Inference::Banner),
    ),
    (
        "banner: a story of earlier that month, the month",
        "Thursday, March 25, 2021\nHome | World | Business | Sports\nMinisters discuss water cooperation\nThe two ministers signed a memorandum on water cooperation on March 10, 2021 in Rabat, officials said in a statement.",
        "2021-03",
        AnchorBasis::Inferred(Inference::Banner),
    ),
    (
        "banner: the span crosses a month",
        "الجمعة 2 أبريل 2021\nالرئيسية | سياسة | اقتصاد | رياضة\nعنوان الخبر\nووقع الوزيران مذكرة للتعاون في مجال المياه يوم 29 مارس 2021 بالرباط بحضور عدد من المسؤولين من الجانبين.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "banner: a story's day after the banner's bounds nothing",
        "الجمعة 2 أبريل 2021\nالرئيسية | سياسة | اقتصاد | رياضة\nعنوان الخبر\nاستقبل الوزير أمس الأحد الوفد الذي حل بالرباط يوم الثلاثاء 6 أبريل 2021 في زيارة رسمية تدوم أسبوعا كاملا.",
        "",
        AnchorBasis::Unknown,
    ),
    // A date line above the menu is the page's own (a print daily's issue date) when the story
    // agrees with it: its relative days name the line's weekday as the writing day, or the line
    // carries its own update time (`agreeing_banner`, `page::carries_its_update_time`).
    (
        "date line above the menu: the story's yesterday names the day before it",
        "جريدة الصباح - يومية مستقلة\nالإثنين 14 يونيو 2021\nالرئيسية | وطني | دولي | رياضة\nوفد إسرائيلي في الرباط\nحل أمس الأحد بالرباط وفد إسرائيلي رفيع المستوى في زيارة تدوم ثلاثة أيام يجري خلالها مباحثات مع مسؤولين مغاربة.",
        "2021-06-14",
        AnchorBasis::Stated,
    ),
    (
        "date line above the menu: a french hier naming the day before it",
        "Le Journal du Soir\nMardi 15 juin 2021\nAccueil | Politique | Économie | Sport\nUne délégation israélienne à Rabat\nUne délégation israélienne est arrivée hier lundi à Rabat pour une visite de trois jours consacrée à la coopération agricole et à l'eau.",
        "2021-06-15",
        AnchorBasis::Stated,
    ),
    (
        "date line above the menu with its own update time",
        "الوطن - جريدة يومية\nالأربعاء 9 يونيو 2021 | آخر تحديث: 09:45 ص\nالرئيسية / دولي\nمباحثات مغربية إسرائيلية\nأجرى وزير الخارجية أمس مباحثات مع نظيره الإسرائيلي تناولت سبل تعزيز التعاون بين البلدين في مجالات عدة.",
        "2021-06-09",
        AnchorBasis::Stated,
    ),
    (
        "date line above the menu: an update word with no time of its own stays a banner",
        "الوطن - جريدة يومية\nالأربعاء 9 يونيو 2021 | آخر الأخبار\nالرئيسية | وطني | دولي | رياضة\nمباحثات مغربية إسرائيلية\nأجرى وزير الخارجية أمس مباحثات مع نظيره الإسرائيلي تناولت سبل تعزيز التعاون بين البلدين في مجالات عدة.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "date line above the menu agreeing with the story's weekday but years after the timeline",
        "جريدة الصباح - يومية مستقلة\nالإثنين 15 يناير 2024\nالرئيسية | وطني | دولي | رياضة\nوفد إسرائيلي في الرباط\nحل أمس الأحد بالرباط وفد إسرائيلي رفيع المستوى في زيارة تدوم ثلاثة أيام يجري خلالها مباحثات مع مسؤولين مغاربة.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "date line above the menu agreeing with the weekday but before a day the story reports: the story's own clue",
        "جريدة الصباح - يومية مستقلة\nالإثنين 14 يونيو 2021\nالرئيسية | وطني | دولي | رياضة\nوفد إسرائيلي في الرباط\nحل أمس الأحد بالرباط وفد إسرائيلي وصل قبله وفد آخر يوم 20 يونيو 2021 في زيارة تدوم ثلاثة أيام يجري خلالها مباحثات مع مسؤولين.",
        "2021-06-21",
        AnchorBasis::Inferred(Inference::WeekdayOfDate),
    ),
];

#[test]
fn anchors() {
    let lex = Lexicons::builtin();
    for (name, text, expected, basis) in CASES {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
    }
}

#[test]
fn names_are_unique() {
    crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
}

#[test]
fn a_month_anchor_places_day_level_expressions_in_its_month() {
    let lex = Lexicons::builtin();
    let text = "وقع البلدان اتفاقا في 10 ديسمبر 2020. وزار الوفد الرباط في مطلع يناير الجاري، والتقى الوزير نظيره أمس، ثم الأربعاء، وفي الشهر الماضي.";
    let doc = Document::new(Article::from_text("a.txt", text), &lex);
    let dates = crate::dates::ArticleDates::analyse(&doc, &lex.dates, None);
    assert_eq!(dates.anchor.date.map(|d| d.to_string()).as_deref(), Some("2021-01"));
    let got = resolved_phrases(&doc, &dates);
    for (phrase, value) in [("امس", "2021-01"), ("الاربعاء", "2021-01"), ("الشهر الماضي", "2020-12"), ("10 ديسمبر 2020", "2020-12-10")] {
        assert!(got.iter().any(|(p, v)| p.contains(phrase) && v == value), "{phrase} = {value}: {got:?}");
    }
}

/// Each date phrase of the article (normalised text) with the value it resolves to ("" when
/// none).
fn resolved_phrases(doc: &Document, dates: &crate::dates::ArticleDates) -> Vec<(String, String)> {
    dates.mentions.iter().zip(&dates.resolved).map(|(m, r)| (doc.norm.text[m.range.clone()].to_string(), r.map(|r| r.value.to_string()).unwrap_or_default())).collect()
}

/// (name, text, (phrase, value)…): under an update line alone ([`Inference::UpdatedBy`], the
/// week up to the update) a relative day takes the value every day of the week gives it, else
/// its month when the week lies in one, else none: never a day the bound does not fix.
const UNDER_AN_UPDATE_BOUND: &[(&str, &str, &[(&str, &str)])] = &[
    (
        "a past weekday the whole week agrees on, yesterday only its month",
        "عنوان\nآخر تحديث: الثلاثاء 8 فبراير 2022 - 18:05\nأجرى الوزيران الثلاثاء الماضي مباحثات عبر الفيديو، واستقبل الوزير أمس وفدا إسرائيليا.",
        &[("الثلاثاء الماضي", "2022-02-01"), ("امس", "2022-02")],
    ),
    ("yesterday's weekday under the same weekday's update", "آخر تحديث: الأربعاء 24 نوفمبر 2021 - 19:40\nوقع الوزيران أمس الأربعاء مذكرة تفاهم.", &[("امس الاربعاء", "2021-11")]),
    ("a week over two months dates nothing", "Titre\nMis à jour le 2 mars 2022 à 10h15\nLe ministre est arrivé hier à Rabat.", &[("hier", "")]),
];

#[test]
fn an_update_bound_dates_relative_days_only_as_far_as_its_week_agrees() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in UNDER_AN_UPDATE_BOUND {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let dates = crate::dates::ArticleDates::analyse(&doc, &lex.dates, None);
        assert!(matches!(dates.anchor.basis, AnchorBasis::Inferred(Inference::UpdatedBy { .. })), "{name}: {:?}", dates.anchor);
        let got = resolved_phrases(&doc, &dates);
        for (phrase, value) in *expected {
            assert!(got.iter().any(|(p, v)| p == phrase && v == value), "{name}: {phrase} = {value:?}: {got:?}");
        }
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
        let (got, anchor, mentions) = anchor_of(&lex, text);
        let basis = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Inferred(Inference::WeekdayOfDate) };
        assert_eq!((got.as_str(), anchor.basis), (*expected, basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(NEXT_TO_A_DATED_DAY.iter().map(|c| c.0));
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
        let (got, anchor, mentions) = anchor_of(&lex, text);
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
        let (got, anchor, mentions) = anchor_of(&lex, text);
        let want = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Inferred(Inference::SameDayCutoff) };
        assert_eq!((got.as_str(), anchor.basis), (*expected, want), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(SAME_DAY_CUTOFF.iter().map(|c| c.0));
}
