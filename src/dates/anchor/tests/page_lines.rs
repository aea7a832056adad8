//! Date lines and page furniture: the layouts a date line takes, the dates of a page that are not the story's, a label's date inside a sentence.

use super::*;

/// (name, page, expected anchor, basis): pages whose furniture holds dates that are not the
/// article's (readers' comments, stamps relative to the day the page was saved, links) or
/// whose date line needs the rest of the page.
const PAGE_FURNITURE: &[(&str, &str, &str, AnchorBasis)] = &[
    (
        "a date line under a standfirst and a byline, a linked story's date at the foot",
        "Daily Courier\nWorld | Business | Sport\n\nMinisters sign water pact\n\nThe two governments agreed on a plan to share desalinated water along the coast, a step few expected only a year ago.\n\nBy A Reporter\nJune 2, 2022\nUpdated 4:10 p.m. ET\n\nRABAT — The two ministers signed a water accord on Thursday in the capital, officials said, after months of talks.\n\nRelated\nMinisters open trade office in Tel Aviv Dec. 13, 2021\n",
        "2022-06-02",
        AnchorBasis::Stated,
    ),
    (
        "a byline without a date line under a standfirst leaves the body where it was",
        "Ministers sign water pact\n\nThe two governments agreed on a plan to share desalinated water along the coast, a step few expected only a year ago.\n\nBy A Reporter\n\nRABAT — The two ministers signed a water accord yesterday in the capital, officials said, after months of talks.\n",
        "",
        AnchorBasis::Unknown,
    ),
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
    ("an edited line alone", "عنوان الخبر\nحُدّث في: 12/08/2021 - 09:10\nقال الوزير إن البلدين وقعا اتفاقا أمس.", "2021-08-06", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
    ("an english edited line alone", "Israel and Morocco sign water deal\nLast edited: 12 Aug 2021\nThe two ministers signed an accord yesterday.", "2021-08-06", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
    ("a french abridged update line alone", "Maroc-Israël : un accord\nDernière MAJ : 23/12/2020 - 14:35\nLes deux ministres ont signé hier un accord.", "2020-12-17", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
    ("a french update line alone", "Maroc-Israël : un accord\nMis à jour le 23/12/2020\nLes deux ministres ont signé hier un accord.", "2020-12-17", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
    ("an english updated line with its zone alone", "Morocco, Israel sign deal\nUpdated: December 22, 2020 at 3:12 pm ET\nThe two ministers signed an accord yesterday.", "2020-12-16", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
    ("a french refreshed line alone", "Maroc-Israël : un accord\nActualisé le 12 août 2021 à 09h30\nLes deux ministres ont signé hier un accord.", "2021-08-06", AnchorBasis::Inferred(Inference::UpdatedBy { days: 6 })),
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
        "a print edition's date line between the masthead and the menu",
        "صحيفة المساء\nالأربعاء ١٤ ربيع الأول ١٤٤٣ هـ ٢٠ أكتوبر ٢٠٢١ السنة ٨٠ العدد ٢٣٤٥٦\nالرئيسية | محليات | دولي | رياضة\nمباحثات مغربية إسرائيلية حول المياه في الرباط\nبحث وفد من وزارة الطاقة الإسرائيلية، أمس، مع مسؤولين مغاربة في الرباط سبل التعاون في مجال تحلية مياه البحر.",
        "2021-10-20",
        AnchorBasis::Stated,
    ),
    (
        "a paper's credit line with its issue and page above the menu",
        "المساء\nصحيفة المساء - نُشر في 2021/10/20، العدد: 23456، ص(4)\nالرئيسية  محليات  دولي  رياضة\nمباحثات مغربية إسرائيلية حول المياه في الرباط\nبحث وفد من وزارة الطاقة الإسرائيلية، أمس، مع مسؤولين مغاربة في الرباط سبل التعاون في مجال تحلية مياه البحر.",
        "2021-10-20",
        AnchorBasis::Stated,
    ),
    (
        "a French print edition's number and date above the menu",
        "Le Courrier du Matin\nN° 5123 du mercredi 20 octobre 2021\nAccueil | Politique | Économie | Sport\nEau : Rabat et Tel-Aviv discutent dessalement\nUne délégation israélienne a rencontré hier à Rabat des responsables marocains pour parler du dessalement de l'eau de mer.",
        "2021-10-20",
        AnchorBasis::Stated,
    ),
    (
        "the same date line above the menu without an issue number is the site's banner",
        "صحيفة المساء\nالأربعاء ١٤ ربيع الأول ١٤٤٣ هـ ٢٠ أكتوبر ٢٠٢١\nالرئيسية | محليات | دولي | رياضة\nمباحثات مغربية إسرائيلية حول المياه في الرباط\nبحث وفد من وزارة الطاقة الإسرائيلية، أمس، مع مسؤولين مغاربة في الرباط سبل التعاون في مجال تحلية مياه البحر.",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "an outlet's credit and its date at the foot",
        "La Gazette du Nord\nLes ports de Haïfa et d'Agadir signent un accord\nLes deux autorités portuaires ont signé lundi un accord de jumelage, a-t-on appris auprès de la direction.\nLa Gazette du Nord - mercredi 9 mars 2022\n",
        "2022-03-09",
        AnchorBasis::Stated,
    ),
    (
        "a headline cut by a dash holds its date in a sentence",
        "Maroc - Israël : un accord signé le 22 décembre 2020\nLes deux pays ont signé un accord de coopération, selon un communiqué publié par les deux ministères.\n",
        "",
        AnchorBasis::Unknown,
    ),
    (
        "a range headline alone",
        "Le360\n10 décembre 2020 – 10 décembre 2021\nIl y a un an, le Maroc et Israël annonçaient la reprise de leurs relations diplomatiques, sous l'égide des Etats-Unis.",
        "",
        AnchorBasis::Unknown,
    ),
];

#[test]
fn page_furniture() {
    let lex = Lexicons::builtin();
    for (name, text, expected, basis) in PAGE_FURNITURE {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        assert_eq!((got.as_str(), anchor.basis), (*expected, *basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(PAGE_FURNITURE.iter().map(|c| c.0));
}

/// (name, page, expected anchor): the story's publication label at the page's foot, below its
/// related links, against a linked story's labelled date (under a title of a list of links),
/// a list of dated links, or a label the story's own dates rule out.
const FOOT_LABELS: &[(&str, &str, &str)] = &[
    (
        "arabic label under a one-line link, then the copyright line",
        "عنوان الخبر\nأجرى وزير الخارجية مباحثات مع نظيره الإسرائيلي في الرباط يوم الخميس الماضي بحضور عدد من المسؤولين من البلدين.\nاقرأ أيضا: البرلمان يصادق على قانون المالية\nتاريخ النشر: 3 مارس 2022\n© الموقع 2022",
        "2022-03-03",
    ),
    (
        "english label under a one-line link",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more: Parliament passes the budget\nPublished on March 3, 2022\n© 2022 Daily Courier. All rights reserved.",
        "2022-03-03",
    ),
    (
        "french label under a one-line link",
        "Les ministres discutent de l'eau\nLes deux ministres se sont rencontrés lundi à Rabat pour parler d'un plan de dessalement, selon des responsables des deux pays.\nLire aussi : le Parlement adopte le budget\nPublié le 3 mars 2022\n© Le Courrier 2022",
        "2022-03-03",
    ),
    (
        "arabic label after a list of links that a blank line ends",
        "عنوان الخبر\nأجرى وزير الخارجية مباحثات مع نظيره الإسرائيلي في الرباط يوم الخميس الماضي بحضور عدد من المسؤولين من البلدين.\n\nأخبار ذات صلة\n- البرلمان يصادق على قانون المالية\n- الحكومة تعلن عن برنامج جديد\n\nنشر بتاريخ: 3 مارس 2022",
        "2022-03-03",
    ),
    (
        "arabic label after the share bar under a one-line link",
        "عنوان الخبر\nاستقبل وزير الخارجية نظيره الإسرائيلي في الرباط يوم الثلاثاء الماضي وبحثا سبل التعاون بين البلدين في مجالات عدة.\nاقرأ أيضا: الحكومة تعلن عن برنامج جديد\nشارك المقال: فيسبوك - واتساب\nنشر بتاريخ: الجمعة 4 مارس 2022 - 10:05\n© الموقع 2022",
        "2022-03-04",
    ),
    (
        "english label after the share bar under a one-line link",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more: Parliament passes the budget\nShare this article\nPublished on March 3, 2022\n© 2022 Daily Courier",
        "2022-03-03",
    ),
    (
        "french label after the share bar under a one-line link",
        "Les ministres discutent de l'eau\nLes deux ministres se sont rencontrés lundi à Rabat pour parler d'un plan de dessalement, selon des responsables des deux pays.\nLire aussi : le Parlement adopte le budget\nPartager : Facebook | Twitter\nPublié le 3 mars 2022\n© Le Courrier 2022",
        "2022-03-03",
    ),
    (
        "a share bar under a title of a list: the label is the linked story's",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\n\nRelated stories\nParliament passes the budget\nShare this article\nPublished on March 3, 2022\n© 2022 Daily Courier",
        "",
    ),
    (
        "english label under a title of a list is the linked story's",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\n\nRelated stories\nParliament passes the budget\nPublished on March 3, 2022\n© 2022 Daily Courier",
        "",
    ),
    (
        "a list of dated links at the foot",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more: Parliament passes the budget\nPublished on March 3, 2022\nRead more: Minister opens a port\nPublished on March 1, 2022",
        "",
    ),
    (
        "a label before the day the story reports",
        "عنوان الخبر\nوقع وزير الخارجية مع نظيره الإسرائيلي اتفاقا في الرباط يوم 10 مارس 2022 بحضور عدد من المسؤولين من البلدين.\nاقرأ أيضا: البرلمان يصادق على قانون المالية\nنشر بتاريخ: 3 مارس 2022\n© الموقع 2022",
        "",
    ),
    (
        "a label on another weekday than the writing day",
        "عنوان الخبر\nأجرى وزير الخارجية اليوم الثلاثاء مباحثات مع نظيره الإسرائيلي في الرباط بحضور عدد من المسؤولين من البلدين.\nاقرأ أيضا: البرلمان يصادق على قانون المالية\nنشر بتاريخ: 3 مارس 2022\n© الموقع 2022",
        "",
    ),
    (
        "a label with another story's paragraph after it",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more: Parliament passes the budget\nPublished on March 3, 2022\nThe assembly voted the finance bill late on Wednesday after a long debate over taxes and subsidies for farmers.",
        "",
    ),
    (
        "english date alone under links stamped with their own days, then the copyright line",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRelated: Parliament passes the budget (February 24, 2022)\nRelated: Minister opens a port (February 2, 2022)\nMarch 3, 2022\n© Daily Courier. All rights reserved.",
        "2022-03-03",
    ),
    (
        "french byline with its date at the foot, under a link stamped with its day",
        "Les ministres discutent de l'eau\nLes deux ministres se sont rencontrés lundi à Rabat pour parler d'un plan de dessalement, selon des responsables des deux pays.\nÀ lire aussi : le Parlement adopte le budget (24/02/2022)\nPar Claire Martin | 3 mars 2022\n© Le Courrier - Tous droits réservés",
        "2022-03-03",
    ),
    (
        "arabic date alone under links stamped with their own days",
        "عنوان الخبر\nأجرى وزير الخارجية مباحثات مع نظيره الإسرائيلي في الرباط يوم الإثنين الماضي بحضور عدد من المسؤولين من البلدين.\nاقرأ أيضا: البرلمان يصادق على قانون المالية (24 فبراير 2022)\nاقرأ أيضا: الحكومة تعلن عن برنامج جديد (2 فبراير 2022)\n3 مارس 2022\n© الموقع 2022",
        "2022-03-03",
    ),
    (
        "english posting label right under the last of a list's titles",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more\n- Parliament passes the budget\n- Minister opens a port\nPosted on March 3, 2022\n© 2022 Daily Courier",
        "2022-03-03",
    ),
    (
        "arabic posting label under a byline under the last of a list's titles",
        "عنوان الخبر\nأجرى وزير الخارجية مباحثات مع نظيره الإسرائيلي في الرباط يوم الإثنين الماضي بحضور عدد من المسؤولين من البلدين.\nاقرأ أيضا\n- البرلمان يصادق على قانون المالية\n- الحكومة تعلن عن برنامج جديد\nبقلم: سعيد العلمي\nنشر في: 3 مارس 2022 على الساعة 10:15\n© الموقع 2022",
        "2022-03-03",
    ),
    (
        "french posting label under a list's last title, a stamped link above it",
        "Les ministres discutent de l'eau\nLes deux ministres se sont rencontrés lundi à Rabat pour parler d'un plan de dessalement, selon des responsables des deux pays.\nÀ lire aussi\n• Le Parlement adopte le budget (24/02/2022)\n• Un port inauguré à Nador\nPublié le 3 mars 2022\n© Le Courrier 2022",
        "2022-03-03",
    ),
    (
        "a date alone under the last of a list's titles is no label",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more\n- Parliament passes the budget\n- Minister opens a port\nMarch 3, 2022\n© 2022 Daily Courier",
        "",
    ),
    (
        "arabic date alone under the last of a list's titles on the writing weekday the story names",
        "عنوان الخبر\nاستقبل وزير الخارجية أمس الأربعاء نظيره الإسرائيلي في الرباط بحضور عدد كبير من المسؤولين من البلدين.\nمواضيع ذات صلة\n- البرلمان يصادق على قانون المالية\n- الحكومة تعلن عن برنامج جديد\n3 مارس 2022\n© الموقع 2022",
        "2022-03-03",
    ),
    (
        "english date alone under the last of a list's titles on the writing weekday the story names",
        "Ministers discuss water\nThe two ministers met in Rabat yesterday, Wednesday, to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more\n- Parliament passes the budget\n- Minister opens a port\nMarch 3, 2022\n© 2022 Daily Courier",
        "2022-03-03",
    ),
    (
        "french date alone under the last of a list's titles on the writing weekday the story names",
        "Les ministres discutent de l'eau\nLes deux ministres se sont rencontrés hier mercredi à Rabat pour parler d'un plan de dessalement, selon des responsables des deux pays.\nÀ lire aussi\n• Le Parlement adopte le budget\n• Un port inauguré à Nador\n3 mars 2022\n© Le Courrier 2022",
        "2022-03-03",
    ),
    (
        "a date alone under the last of a list's titles on another weekday than the writing day",
        "عنوان الخبر\nاستقبل وزير الخارجية أمس الاثنين نظيره الإسرائيلي في الرباط بحضور عدد كبير من المسؤولين من البلدين.\nمواضيع ذات صلة\n- البرلمان يصادق على قانون المالية\n- الحكومة تعلن عن برنامج جديد\n3 مارس 2022\n© الموقع 2022",
        "",
    ),
    (
        "a date alone under a title of a list is the linked story's",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\n\nRelated stories\nParliament passes the budget\nMarch 3, 2022\n© 2022 Daily Courier",
        "",
    ),
    (
        "a list of links each with its date alone under it",
        "Ministers discuss water\nThe two ministers met in Rabat on Monday to discuss a water plan, officials said, with dozens of guests from both sides.\nRead more: Parliament passes the budget\nMarch 3, 2022\nRead more: Minister opens a port\nMarch 1, 2022",
        "",
    ),
];

#[test]
fn foot_labels() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in FOOT_LABELS {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        let basis = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Stated };
        assert_eq!((got.as_str(), anchor.basis), (*expected, basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(FOOT_LABELS.iter().map(|c| c.0));
}

/// (name, page, expected anchor): a print weekly's (or fortnightly's) issue line with its span
/// of days, the page's day its first (the issue goes on sale then); a span on a line without
/// an issue number, a month's span, or a first day before what the story reports dates none.
const ISSUE_SPANS: &[(&str, &str, &str)] = &[
    (
        "arabic issue number and a week from min to ila",
        "الأسبوع الصحفي\nالعدد 1150 | من 9 إلى 15 دجنبر 2021\nعنوان الملف\nوقع الوزيران الأسبوع الماضي اتفاقا للتعاون في مجال الماء بحضور عدد من المسؤولين من البلدين.",
        "2021-12-09",
    ),
    (
        "french n° glued and a week from du to au",
        "TelQuel\nN°980 · du 3 au 9 décembre 2021\nLe dossier de la semaine\nLes deux ministres ont signé la semaine dernière un accord de coopération sur l'eau en présence de nombreux responsables.",
        "2021-12-03",
    ),
    (
        "english issue and a dashed week",
        "Weekly Review\nIssue 412 | December 3-9, 2021\nCover story\nThe two ministers signed a water accord last week in Rabat, officials said, with dozens of guests from both sides.",
        "2021-12-03",
    ),
    (
        "levantine months across a month's end",
        "مجلة الأسبوع\nالعدد 320 - من 28 تشرين الثاني إلى 4 كانون الأول 2021\nعنوان الملف\nوقع الوزيران الأسبوع الماضي اتفاقا للتعاون في مجال الماء بحضور عدد من المسؤولين من البلدين.",
        "2021-11-28",
    ),
    (
        "a monthly's issue line gives its month",
        "مجلة الشهر\nالعدد 87 | مارس 2022\nعنوان الملف\nوقع الوزيران الشهر الماضي اتفاقا للتعاون في مجال الماء بحضور عدد من المسؤولين من البلدين.",
        "2022-03",
    ),
    (
        "a french monthly's issue line",
        "Zamane\nN° 87 - mars 2022\nLe dossier du mois\nLes deux ministres ont signé le mois dernier un accord de coopération sur l'eau en présence de nombreux responsables.",
        "2022-03",
    ),
    (
        "a month's span is no week's issue",
        "مجلة الشهر\nالعدد 112 - من 1 إلى 31 يناير 2021\nعنوان الملف\nوقع الوزيران الشهر الماضي اتفاقا للتعاون في مجال الماء بحضور عدد من المسؤولين من البلدين.",
        "",
    ),
    (
        "the story reports a day after the span's first",
        "الأسبوع الصحفي\nالعدد 1150 | من 9 إلى 15 دجنبر 2021\nعنوان الملف\nوقع الوزيران يوم 12 دجنبر 2021 اتفاقا للتعاون في مجال الماء بحضور عدد من المسؤولين من البلدين.",
        "",
    ),
    (
        "a headline's week without an issue number",
        "Le Courrier\nDu 3 au 9 décembre 2021 : une semaine de visites\nLes deux ministres ont signé la semaine dernière un accord de coopération sur l'eau en présence de nombreux responsables.",
        "",
    ),
];

#[test]
fn issue_spans_date_the_page_by_their_first_day() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in ISSUE_SPANS {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        let basis = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Stated };
        assert_eq!((got.as_str(), anchor.basis), (*expected, basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(ISSUE_SPANS.iter().map(|c| c.0));
}

/// (name, page, expected anchor): a page's last line telling its own day in a sentence of
/// its own ("This article was originally published on …", « Cet article a été publié le … »,
/// "تم نشر هذا المقال في …"), full stop and clock included.
const SELF_DATED_FOOTS: &[(&str, &str, &str)] = &[
    (
        "english originally published with a full stop",
        "Israel, Morocco open trade office\nThe two trade ministers opened the office in Casablanca yesterday, officials said, before touring the port.\nThis article was originally published on February 23, 2022.\n© 2024 Courier",
        "2022-02-23",
    ),
    (
        "english story published with a clock and zone",
        "Israel, Morocco open trade office\nThe two trade ministers opened the office in Casablanca yesterday, officials said, before touring the port.\nThis story was published on 23 February 2022 at 9:10 pm GMT.",
        "2022-02-23",
    ),
    (
        "french article published with a clock",
        "Un bureau commercial à Casablanca\nLes deux ministres ont inauguré hier le bureau à Casablanca, avant de visiter le port, selon des responsables.\nCet article a été publié le 23 février 2022 à 18h40.",
        "2022-02-23",
    ),
    (
        "french first published",
        "Un bureau commercial à Casablanca\nLes deux ministres ont inauguré hier le bureau à Casablanca, avant de visiter le port, selon des responsables.\nArticle initialement publié le 23/02/2022.",
        "2022-02-23",
    ),
    (
        "arabic this article was published",
        "افتتاح مكتب تجاري بالدار البيضاء\nافتتح الوزيران أمس المكتب التجاري بالدار البيضاء قبل أن يقوما بجولة في الميناء بحضور عدد من المسؤولين.\nتمّ نشر هذا المقال في 23 فبراير 2022.",
        "2022-02-23",
    ),
];

#[test]
fn self_dated_foots() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in SELF_DATED_FOOTS {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        assert_eq!((got.as_str(), anchor.basis), (*expected, AnchorBasis::Stated), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(SELF_DATED_FOOTS.iter().map(|c| c.0));
}

/// (name, page, expected anchor): the page's own address printed alone on a line of its head
/// (a saved or printed page), its folder's day the page's when nothing else dates it; not
/// against the writing weekday the story tells, nor when the head holds two addresses.
const OWN_ADDRESS_LINES: &[(&str, &str, &str)] = &[
    (
        "arabic address under the site's name",
        "موقع الخبر\nhttps://www.site.ma/politique/2022/03/08/عنوان-الخبر\nعنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط بحضور عدد من المسؤولين من الجانبين.",
        "2022-03-08",
    ),
    (
        "french address after a source label",
        "Le Courrier\nSource : https://www.lecourrier.ma/2022/03/08/accord-eau/\nAccord sur l'eau\nLes deux ministres ont signé hier un accord à Rabat en présence de nombreux responsables des deux pays.",
        "2022-03-08",
    ),
    (
        "english bare www address with a dashed day",
        "Daily Courier\nwww.dailycourier.com/world/2022-03-08-water-deal\nMinisters sign water deal\nThe two ministers signed a water accord yesterday in Rabat, officials said, after months of talks.",
        "2022-03-08",
    ),
    (
        "an address's day off the writing weekday",
        "موقع الخبر\nhttps://www.site.ma/politique/2022/03/08/عنوان-الخبر\nعنوان الخبر\nقال الوزير اليوم الأحد إن البلدين سيوقعان اتفاقا في الرباط بحضور عدد من المسؤولين من الجانبين.",
        "",
    ),
    (
        "two addresses in the head",
        "Daily Courier\nhttps://www.dailycourier.com/2022/03/08/water-deal\nhttps://www.dailycourier.com/2022/03/01/port-deal\nMinisters sign water deal\nThe two ministers signed a water accord yesterday in Rabat, officials said, after months of talks.",
        "",
    ),
];

#[test]
fn own_address_lines() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in OWN_ADDRESS_LINES {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        let basis = if expected.is_empty() { AnchorBasis::Unknown } else { AnchorBasis::Url };
        assert_eq!((got.as_str(), anchor.basis), (*expected, basis), "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(OWN_ADDRESS_LINES.iter().map(|c| c.0));
}

/// (name, text): a label's date that ends a sentence, not a date line.
const LABEL_IN_A_SENTENCE: &[(&str, &str)] = &[
    ("french report published", "Titre\nSelon un rapport annuel publié le 11 août 2021.\nLe ministre a signé hier un accord."),
    ("arabic report published", "عنوان\nوبحسب التقرير الأممي الذي نشر في 11 غشت 2021.\nووقع الوزير أمس اتفاقا."),
    ("french another paper's article in a sentence", "Titre\nLe quotidien affirme que l'article a été publié le 11 août 2021.\nLe ministre a signé hier un accord."),
    ("english another paper's article in a sentence", "Title\nThe paper said its article was published on August 11, 2021.\nThe minister signed an accord yesterday."),
    ("arabic this article in a reported sentence", "عنوان\nوأكدت الصحيفة أنه تم نشر هذا المقال في 11 غشت 2021 بعد مراجعته.\nووقع الوزير أمس اتفاقا."),
    ("a label after many words", "Titre\nLe texte que le quotidien a longuement commenté a été publié le 11 août 2021\nLe ministre a signé hier un accord."),
];

#[test]
fn label_in_a_sentence() {
    let lex = Lexicons::builtin();
    for (name, text) in LABEL_IN_A_SENTENCE {
        let (_, anchor, mentions) = anchor_of(&lex, text);
        assert_eq!(anchor.basis, AnchorBasis::Unknown, "{name}: {mentions:#?}");
    }
    crate::test_support::assert_unique_names(LABEL_IN_A_SENTENCE.iter().map(|c| c.0));
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
    ("english published date then an update's age", "Published date: 12 August 2021 09:15 UTC | Last update: 1 year 3 months ago", "2021-08-12"),
    ("english publish date label", "Publish date: 12/08/2021", "2021-08-12"),
    ("bracketed dateline with its outlet after a slash", "(August 12, 2021 / Wire Service) The two countries' ministers signed a water accord on Thursday, officials said.", "2021-08-12"),
    ("french bracketed dateline with its outlet", "(12 août 2021 / AFP) Les deux ministres ont signé jeudi un accord sur l'eau.", "2021-08-12"),
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
    // A credit line's source field, then its date field: a wire's dotted initials are one name.
    ("a source credit with wire initials before the date label", "المصدر: الرباط - و.م.ع التاريخ: 11 أغسطس 2021", "2021-08-11"),
    ("a source credit with agencies before the date label", "المصدر: تل أبيب - وكالات التاريخ: 11 أغسطس 2021", "2021-08-11"),
    // A one-word Hijri month makes the line read like a current-date banner's words, but a
    // banner puts the Gregorian date first.
    ("hijri one-word month then al-muwafiq", "الأربعاء 2 محرم 1443 الموافق 11 غشت 2021", "2021-08-11"),
    ("hijri one-word month then al-muwafiq without a weekday", "2 محرم 1443 الموافق 11 أغسطس 2021", "2021-08-11"),
];

/// (name, the first line of a page, the publication day it states): more layouts of the news
/// sites of 2020–2022 (Gulf, Levant, Egypt, Maghreb, wires, Israeli and French sites), written
/// for this table around one day, Tuesday 22 December 2020 (7 Jumada I 1442).
const SITE_DATE_LINES: &[(&str, &str, &str)] = &[
    ("english published on with a short month", "Published On 22 Dec 2020", "2020-12-22"),
    ("french published and updated with commas", "Publié le 22/12/2020 à 14h35, mis à jour le 23/12/2020 à 09h10", "2020-12-22"),
    ("french le with a colon time", "Le 22 décembre 2020 à 14:35", "2020-12-22"),
    ("bitarikh with a dash and time", "بتاريخ 22 ديسمبر 2020 - 14:35", "2020-12-22"),
    ("jerusalem time after a bar", "22 ديسمبر 2020 | 14:35 بتوقيت القدس", "2020-12-22"),
    ("hijri with its marker then gregorian", "الثلاثاء 7 جمادى الأولى 1442 هـ - 22 ديسمبر 2020 م", "2020-12-22"),
    ("hijri then al-muwafiq", "الثلاثاء 7 جمادى الأولى 1442 الموافق 22 ديسمبر 2020", "2020-12-22"),
    ("hijri alone", "الثلاثاء 7 جمادى الأولى 1442 هـ", "2020-12-22"),
    ("dashed day first", "22-12-2020", "2020-12-22"),
    ("an age stamp then the date", "منذ 3 ساعات | 22 ديسمبر 2020", "2020-12-22"),
    ("english byline and bar", "By John Smith | Dec 22, 2020", "2020-12-22"),
    ("english dotted month", "Dec. 22, 2020", "2020-12-22"),
    ("dotted numbers with a german um", "22.12.2020 um 14:35", "2020-12-22"),
    ("english weekday abbreviation", "Tue 22 Dec 2020", "2020-12-22"),
    ("english four-letter weekday", "Tues, Dec 22, 2020", "2020-12-22"),
    ("english dotted weekday and clock letters", "Tue., Dec. 22, 2020, 2:35 p.m.", "2020-12-22"),
    ("arabic-indic digits with a weekday", "الثلاثاء، ٢٢ ديسمبر ٢٠٢٠", "2020-12-22"),
    ("persian digits with a time", "۲۲/۱۲/۲۰۲۰ - ۱۴:۳۵", "2020-12-22"),
    ("digits glued to both sides of the month", "22ديسمبر2020", "2020-12-22"),
    ("english weekday and gmt", "Tuesday, December 22, 2020 - 14:35 GMT", "2020-12-22"),
    ("english date and pm", "December 22, 2020 3:12 PM", "2020-12-22"),
    ("french weekday lowercase", "mardi 22 décembre 2020", "2020-12-22"),
    ("french byline dash and abbreviated month", "Par Jean Dupont - 22 déc. 2020 à 14h35", "2020-12-22"),
    ("french updated first then published", "Mis à jour le 23 décembre 2020 à 10:00 - Publié le 22 décembre 2020 à 14:35", "2020-12-22"),
    ("arabic updated first then nushira fi", "آخر تحديث: 23 ديسمبر 2020 - نشر في: 22 ديسمبر 2020", "2020-12-22"),
    ("nushira fi with a weekday and pm mark", "نشر في: الثلاثاء 22 ديسمبر 2020 - 2:35 م", "2020-12-22"),
    ("levantine month alone with a weekday", "الثلاثاء 22 كانون الأول 2020", "2020-12-22"),
    ("levantine and egyptian names with a slash", "22 كانون الأول/ديسمبر 2020", "2020-12-22"),
    ("moroccan month with ala sa'a", "22 دجنبر 2020 على الساعة 14:35", "2020-12-22"),
    ("asharq issue number with the gregorian mark mim", "الثلاثاء - 7 جمادى الأولى 1442 هـ - 22 ديسمبر 2020 مـ رقم العدد [ 15365]", "2020-12-22"),
    ("tarikh al-nashr with dashes", "تاريخ النشر: 22-12-2020", "2020-12-22"),
    ("iso date and seconds", "2020-12-22 14:35:00", "2020-12-22"),
    ("mail online capitals", "PUBLISHED: 14:35 GMT, 22 December 2020", "2020-12-22"),
    ("english et after the time", "Dec 22, 2020, 2:35 PM ET", "2020-12-22"),
    ("english updated then published with at", "Updated Dec 23, 2020 at 10:00 am. Published Dec 22, 2020 at 2:35 pm", "2020-12-22"),
    ("guardian dotted time", "Tuesday 22 December 2020 14.35 GMT", "2020-12-22"),
    ("slashed date with a source", "22/12/2020 - 14:35 - مقتبس", "2020-12-22"),
    ("wordpress posted on by admin", "Posted on December 22, 2020 by admin", "2020-12-22"),
    ("french afp dateline with le", "Jérusalem, le 22 décembre 2020 (AFP) -", "2020-12-22"),
    ("french spaced colon label", "Publié le : 22/12/2020 - 14:35", "2020-12-22"),
    ("moroccan weekday bar time and age", "الثلاثاء 22 دجنبر 2020 | 14:35 | منذ 3 ساعات", "2020-12-22"),
    ("american dotted order", "12.22.2020", "2020-12-22"),
    ("arabic comma before the year", "22 ديسمبر، 2020", "2020-12-22"),
    ("arabic month first", "ديسمبر 22، 2020", "2020-12-22"),
    ("gregorian mim glued to the year", "22 ديسمبر 2020م", "2020-12-22"),
    ("english ordinal with a comma", "Dec 22nd, 2020", "2020-12-22"),
    ("english ordinal day first", "22nd December 2020", "2020-12-22"),
    ("english on and at", "On 22/12/2020 at 14:35", "2020-12-22"),
    ("reuters year glued to the time", "December 22, 20203:12 PM UTC", "2020-12-22"),
    ("gulf pm first then the weekday", "02:35 م الثلاثاء 22 ديسمبر 2020", "2020-12-22"),
    ("arab48 published and updated", "تاريخ النشر: 22/12/2020 - 14:35 | آخر تحديث: 23/12/2020 - 15:10", "2020-12-22"),
    ("france 24 arabic feminine label", "نشرت في: 22/12/2020 - 14:35", "2020-12-22"),
    ("france 24 published and modified", "Publié le : 22/12/2020 - 14:35 Modifié le : 23/12/2020 - 09:10", "2020-12-22"),
    ("two-digit years in both labels", "Publié le 22/12/20 à 14h35 — Mis à jour le 23/12/20 à 15h10", "2020-12-22"),
    ("upper-case french month and an update", "22 DÉC 2020 Mise à jour 23.12.2020 à 09:10", "2020-12-22"),
    ("french abridged update then published", "MAJ 23/12/2020 à 09h10 | Publié le 22/12/2020 à 14h35", "2020-12-22"),
    ("israeli dotted two-digit year month first", "Published: 12.22.20, 14:35", "2020-12-22"),
    ("hebrew date in latin letters before the slashed one", "Tevet 7, 5781 , 12/22/20 14:35", "2020-12-22"),
    ("american dashed order", "12-22-2020 14:35", "2020-12-22"),
    ("upper-case english month", "DECEMBER 22, 2020 14:35", "2020-12-22"),
    ("khaleej filed on then last updated", "Filed on December 22, 2020 | Last updated on December 23, 2020 at 03.12 pm", "2020-12-22"),
    ("agency then the date", "AFP December 22, 2020 14:35", "2020-12-22"),
    ("french weekday capitalised", "Mardi 22 Décembre 2020 - 14:35", "2020-12-22"),
    ("english weekday before dashed numbers", "Tue 22-12-2020 14:35", "2020-12-22"),
    ("french abbreviated weekday and month", "mar. 22 déc. 2020 à 14:35", "2020-12-22"),
    ("map dateline with a slashed date", "Rabat - MAP, 22/12/2020", "2020-12-22"),
    ("french afp dateline without le", "Washington, 22 déc 2020 (AFP)", "2020-12-22"),
    ("nushira bitarikh with a weekday", "نشر بتاريخ: الثلاثاء 22 ديسمبر 2020", "2020-12-22"),
    ("weekday without its article", "ثلاثاء 22 ديسمبر 2020", "2020-12-22"),
    ("map arabic dateline", "الرباط، 22 دجنبر 2020 (ومع) -", "2020-12-22"),
    ("palestinian paper credit", "القدس المحتلة - \"الأيام\": 22/12/2020", "2020-12-22"),
    ("english day and short month with a comma", "22 Dec, 2020", "2020-12-22"),
    // A header line of byline pieces between bars (agency, city, section) whose date field
    // closes with the site's zone initials after the clock.
    ("english wire and city between bars with zone initials", "Reuters | JERUSALEM | December 22, 2020 09:05 IST | Updated: December 22, 2020 11:20 IST", "2020-12-22"),
    ("english section and agency with pm and zone initials", "Politics | Associated Press | December 22, 2020 4:12 pm EST", "2020-12-22"),
    ("french agency and city between bars with zone initials", "AFP | Casablanca | 22 décembre 2020 à 9h05 CET | Mis à jour le 23 décembre 2020", "2020-12-22"),
    ("arabic agencies and city between bars with latin zone initials", "وكالات | الرباط | 22 ديسمبر 2020 - 14:35 GST", "2020-12-22"),
    ("english weekday before slashed numbers", "Tuesday 22/12/2020", "2020-12-22"),
    ("monday late night then tuesday update", "Mon 21 Dec 2020 - 23:50 | Updated Tue 22 Dec 2020 - 08:10", "2020-12-21"),
    ("date then an update field", "الثلاثاء 22 ديسمبر 2020 | آخر تحديث: 23 ديسمبر 2020", "2020-12-22"),
    ("moroccan late post and an update word", "الاثنين 21 دجنبر 2020 - 23:59 | تحديث 22 دجنبر 2020", "2020-12-21"),
    ("english month day year without a comma", "Dec 22 2020", "2020-12-22"),
    ("slashed date and a section", "22/12/2020 | أخبار المغرب", "2020-12-22"),
    ("english updated age then published", "Updated: 2 hours ago | Published: 22 December 2020", "2020-12-22"),
    ("french age then the date", "Il y a 3 heures | 22 décembre 2020", "2020-12-22"),
    ("english month abbreviation sept", "Sept. 22, 2020", "2020-09-22"),
    ("french abbreviation févr", "22 févr. 2021", "2021-02-22"),
    ("french first of the month", "Le 1er mars 2021 à 10h00", "2021-03-01"),
    ("levantine name with the egyptian in brackets", "2 آذار (مارس) 2021", "2021-03-02"),
    ("english bst", "Tuesday 2 March 2021 10:00 BST", "2021-03-02"),
    ("english date then an update in brackets", "Mar 2, 2021 (Updated: Mar 3, 2021)", "2021-03-02"),
    ("english label on the line before", "Published\n22 December 2020", "2020-12-22"),
    ("arabic label on the line before", "نشر في\n22 ديسمبر 2020", "2020-12-22"),
    ("day-first numbers with a 24-hour clock stay day first", "4/6/2021 19:45", "2021-06-04"),
    // Arabic content systems print a Latin AM/PM after day-first numbers too.
    ("day-first numbers with a latin pm clock on an arabic page", "تاريخ النشر : 6-4-2021 07:45 PM", "2021-04-06"),
    ("day-first slashed numbers with an am clock on an arabic page", "نشر في: 09/11/2021 - 10:05 AM", "2021-11-09"),
    // A place and an outlet before the date, no colon or dash between outlet and date.
    ("place dash outlet then the date", "طنجة - الشرق الأوسط 9 مارس 2021", "2021-03-09"),
    ("place dash outlet then the date and time", "عمان - الغد 9 مارس 2021 - 10:20", "2021-03-09"),
    ("latin place dash outlet then the date", "Casablanca - Le Matin 9 mars 2021", "2021-03-09"),
    // An outlet's name, a dash between spaces, then the date.
    ("outlet dash weekday and date", "La Gazette du Nord - mercredi 9 mars 2022", "2022-03-09"),
    ("english outlet dash date", "Harbour Times - 9 March 2022", "2022-03-09"),
    ("arabic outlet dash weekday and date", "جريدة الأيام - الأربعاء 9 مارس 2022", "2022-03-09"),
    ("print edition: paper, label, issue and page", "صحيفة الخليج - نشر في 2020/12/22، العدد: 15020، ص(3)", "2020-12-22"),
    ("print edition: date then issue", "22 ديسمبر 2020 - عدد 8841 - الصفحة 5", "2020-12-22"),
    ("english print edition", "Maghreb Weekly - Issue 4410 - December 22, 2020 - page 7", "2020-12-22"),
    // Mauritanian sites: Hassaniya spellings of the months.
    ("mauritanian december with a weekday and time", "الثلاثاء 14 دجمبر 2021 - 09:05", "2021-12-14"),
    ("mauritanian august after a label", "نشر بتاريخ: الخميس 5 أغشت 2021", "2021-08-05"),
    ("mauritanian november after a site", "الأخبار الموريتانية - 18 نفمبر 2020", "2020-11-18"),
    ("april without its hamza", "السبت 23 ابريل 2022 - 17:40", "2022-04-23"),
];

#[test]
fn date_line_layouts() {
    let lex = Lexicons::builtin();
    for (name, line, expected) in DATE_LINE_LAYOUTS.iter().chain(SITE_DATE_LINES) {
        let text = format!("{line}\n\nعنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط.\n");
        let doc = Document::new(Article::from_text("a.txt", &text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let anchor = find_anchor(&doc, &mentions, &lex.dates, None);
        let got = anchor.date.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!((got.as_str(), anchor.basis), (*expected, AnchorBasis::Stated), "{name}: {line}");
    }
    crate::test_support::assert_unique_names(DATE_LINE_LAYOUTS.iter().chain(SITE_DATE_LINES).map(|c| c.0));
}

/// (name, page, expected anchor): an ambiguous numeric date line (both numbers 12 or less) is
/// read the way the story's own named days support, the day on or within the week after one of
/// them; with no such support the page's order stands (day first, or month first on a page
/// whose named dates are all month first).
const NUMERIC_LINE_BY_STORY_DAYS: &[(&str, &str, &str)] = &[
    (
        "day-first line on a page naming days month first",
        "Posted: 04/10/2021\n\nMinisters meet in Rabat\nThe two ministers met on Friday, October 1, and signed a water accord today.",
        "2021-10-04",
    ),
    (
        "month-first line on a page naming days day first",
        "Publié le 10/04/2021\n\nLes ministres réunis à Rabat\nLes deux ministres se sont réunis le vendredi 1er octobre et ont signé un accord.",
        "2021-10-04",
    ),
    (
        "month-first page whose story days agree",
        "Posted: 10/04/2021\n\nMinisters meet in Rabat\nThe two ministers met on Friday, October 1, and signed a water accord today.",
        "2021-10-04",
    ),
    (
        "no story day near either reading keeps the page's order",
        "Posted: 10/04/2021\n\nMinisters meet in Rabat\nThe two ministers first met on June 3 and signed a water accord today.",
        "2021-10-04",
    ),
    // No story day near either reading: the writing weekday the relative days tell chooses.
    (
        "an american clock line off the writing weekday takes the other reading",
        "Posted 11/03/2022 09:15 AM\n\nTrade talks in Rabat\nThe Israeli economy minister landed in Rabat yesterday, Thursday, for two days of talks.",
        "2022-03-11",
    ),
    (
        "a french line off the writing weekday takes the other reading",
        "Publié le 03/11/2022 à 09h15\n\nDiscussions commerciales à Rabat\nLa ministre israélienne de l'Economie est arrivée hier jeudi à Rabat pour deux jours d'entretiens.",
        "2022-03-11",
    ),
    (
        "an arabic line off the writing weekday takes the other reading",
        "تاريخ النشر : 03-11-2022 09:15 AM\n\nمباحثات تجارية في الرباط\nوصلت وزيرة الاقتصاد الإسرائيلية أمس الخميس إلى الرباط في زيارة تستمر يومين.",
        "2022-03-11",
    ),
    (
        "an arabic line on the writing weekday keeps its reading",
        "تاريخ النشر : 04-06-2022 11:30 AM\n\nمباحثات تجارية في الرباط\nيجري الوزير اليوم السبت مباحثات مع نظيره في الرباط.",
        "2022-06-04",
    ),
    (
        "a line whose readings both miss the writing weekday keeps its order",
        "Publié le 03/11/2022 à 09h15\n\nDiscussions commerciales à Rabat\nLa ministre est arrivée hier lundi à Rabat pour deux jours d'entretiens.",
        "2022-11-03",
    ),
    (
        "arabic day-first line with no named day stays day first",
        "نشر في: 04/10/2021\n\nعنوان الخبر\nقال الوزير إن البلدين وقعا اتفاقا أمس في الرباط.",
        "2021-10-04",
    ),
];

/// (name, date line, the day): an ambiguous numeric date with a twelve-hour clock after it on an
/// English page is American, month first.
const AMERICAN_CLOCK_LINES: &[(&str, &str, &str)] = &[
    ("american numbers with a pm clock", "6/4/2021 7:45 PM", "2021-06-04"),
    ("american numbers with a dotted am clock and a comma", "Posted 6/4/2021, 9:05 a.m.", "2021-06-04"),
    ("american numbers with seconds and pm", "11/9/2021 3:12:40 pm", "2021-11-09"),
];

#[test]
fn american_clock_lines_on_english_pages() {
    let lex = Lexicons::builtin();
    for (name, line, expected) in AMERICAN_CLOCK_LINES {
        let text = format!("{line}\n\nMinisters meet in Rabat\nThe minister said the two countries signed an accord yesterday in the capital.\n");
        let (got, anchor, mentions) = anchor_of(&lex, &text);
        assert_eq!((got.as_str(), anchor.basis), (*expected, AnchorBasis::Stated), "{name}: {mentions:#?}");
    }
}

#[test]
fn numeric_line_by_story_days() {
    let lex = Lexicons::builtin();
    for (name, text, expected) in NUMERIC_LINE_BY_STORY_DAYS {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        assert_eq!((got.as_str(), anchor.basis), (*expected, AnchorBasis::Stated), "{name}: {mentions:#?}");
    }
}

#[test]
fn issue_numbers_of_print_editions() {
    use super::super::page::names_an_issue;
    for line in ["الاحد 3 يناير 2021 السنه 57 العدد 17020", "رقم العدد [15598]", "نشر في 2021/10/20، العدد: 23456، ص(4)", "n° 5123 du mercredi 20 octobre 2021", "issue 2217 · monday, may 3, 2021", "no. 88 - 12/07/2021", "n°4410"] {
        assert!(names_an_issue(line), "{line}");
    }
    // A count, a weather figure, a share counter: no issue.
    for line in ["الاحد 3 يناير 2021 | الرباط 24°", "عدد الزوار اليوم", "no comment", "issue of the day: water", "شارك 125"] {
        assert!(!names_an_issue(line), "{line}");
    }
}

/// (name, page, the days its date line may be while the page has no anchor, and whether a day
/// of them would be stated). A line without its year is that day in each year of the timeline
/// the story's own dates admit; a two-digit-year numeric date that reads both ways is its two
/// days; a line that dates the page, or a story with no such line, keeps none.
const LINE_READINGS: &[(&str, &str, &str, bool)] = &[
    ("wire dateline without its year", "CASABLANCA, March 9 (AP) -- Officials of both countries met in the city on Monday.\n", "2020-03-09 2021-03-09 2022-03-09", false),
    ("arabic wire dateline without its year", "الرباط - 9 مارس (ومع) - التقى مسؤولو البلدين يوم الاثنين في العاصمة.\n", "2020-03-09 2021-03-09 2022-03-09", false),
    (
        "a story's dated fact rules out earlier years",
        "PARIS, 9 mars (AFP) - Les deux ministres, qui avaient signé un accord le 4 mai 2021, se sont revus lundi.\n",
        "2022-03-09",
        false,
    ),
    ("byline read both ways", "Talks resume in Rabat\nBy News Desk - 04/09/22 10:02 AM\nOfficials of both countries met in the city on Monday.\n", "2022-04-09 2022-09-04", true),
    ("french byline read both ways", "Reprise des discussions\nPar la rédaction - 04/09/22 à 10h02\nLes responsables des deux pays se sont réunis lundi.\n", "2022-04-09 2022-09-04", true),
    ("a byline read one way dates the page", "Talks resume in Rabat\nBy News Desk - 04/19/22 10:02 AM\nOfficials of both countries met in the city on Monday.\n", "", false),
    ("no date line", "Officials of both countries met in the city on Monday.\n", "", false),
];

#[test]
fn date_lines_that_do_not_say_which_day() {
    let lex = Lexicons::builtin();
    for (name, text, expected, stated) in LINE_READINGS {
        let doc = Document::new(Article::from_text("a.txt", text), &lex);
        let mentions = find_dates(&doc, &lex.dates);
        let (_, _, readings) = find_anchor_weekday_and_readings(&doc, &mentions, &lex.dates, None);
        let days: Vec<String> = readings.iter().flat_map(|r| &r.days).map(|d| d.to_string()).collect();
        assert_eq!(days.join(" "), *expected, "{name}: {mentions:#?}");
        assert_eq!(readings.is_some_and(|r| r.basis == AnchorBasis::Stated), *stated, "{name}");
    }
    crate::test_support::assert_unique_names(LINE_READINGS.iter().map(|c| c.0));
}

/// A bound the page was written within picks the one day of its line inside it, and no day
/// when it holds none or several.
#[test]
fn a_bound_picks_one_reading() {
    use crate::dates::LineReadings;
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let byline = LineReadings { days: vec![day("2022-04-09"), day("2022-09-04")], basis: AnchorBasis::Stated, evidence: (40, 48) };
    let picked = byline.within(day("2022-04-04"), day("2022-04-10")).unwrap();
    assert_eq!((picked.date.map(|d| d.to_string()), picked.basis, picked.evidence), (Some("2022-04-09".into()), AnchorBasis::Stated, Some((40, 48))));
    assert_eq!(byline.within(day("2022-05-02"), day("2022-05-08")), None);
    assert_eq!(byline.within(day("2022-04-01"), day("2022-09-30")), None);
}

/// A wire's dateline under the page's line (`crate::dates::story_line`): (name, page, the
/// anchor, the day "اليوم"/"today" of the story resolves to). The page's line stays the
/// anchor; the story's relative days count from the dateline when it names the day before
/// (the page went online past midnight), from the page's line otherwise.
const STORY_DAYS_UNDER_A_DATELINE: &[(&str, &str, &str, &str)] = &[
    (
        "an agency between slashes, the day before the page's line",
        "الموقع | الرئيسية | أخبار\nالأحد 24 أكتوبر 2021 - 01:10 ص\nعنوان الخبر\nأبوظبي في 23 أكتوبر / وام /\nاستقبل الوزير اليوم نظيره في العاصمة.\n",
        "2021-10-24",
        "2021-10-23",
    ),
    (
        "an agency in brackets, the day before the page's line",
        "الموقع | الرئيسية | أخبار\nالأحد 24 أكتوبر 2021 - 01:10 ص\nعنوان الخبر\nالرباط في 23 أكتوبر (ومع)\nاستقبل الوزير اليوم نظيره في العاصمة.\n",
        "2021-10-24",
        "2021-10-23",
    ),
    (
        "a dateline of the page's own day changes nothing",
        "الموقع | الرئيسية | أخبار\nالأحد 24 أكتوبر 2021 - 10:10\nعنوان الخبر\nأبوظبي في 24 أكتوبر / وام /\nاستقبل الوزير اليوم نظيره في العاصمة.\n",
        "2021-10-24",
        "2021-10-24",
    ),
    (
        "a place and a date with no agency after them are no wire's dateline",
        "الموقع | الرئيسية | أخبار\nالأحد 24 أكتوبر 2021 - 01:10 ص\nعنوان الخبر\nأبوظبي في 23 أكتوبر\nاستقبل الوزير اليوم نظيره في العاصمة.\n",
        "2021-10-24",
        "2021-10-24",
    ),
];

#[test]
fn story_days_under_a_wire_dateline() {
    let lex = Lexicons::builtin();
    for (name, text, anchor_day, today) in STORY_DAYS_UNDER_A_DATELINE {
        let (got, anchor, mentions) = anchor_of(&lex, text);
        assert_eq!(got, *anchor_day, "{name}: {mentions:#?}");
        let resolved = crate::dates::resolve_all(&mentions, &anchor);
        // The story's "اليوم", the last date of the page.
        let day = resolved.last().cloned().flatten().map(|r| r.value.to_string()).unwrap_or_default();
        assert_eq!(day, *today, "{name}: {mentions:#?}");
    }
}
