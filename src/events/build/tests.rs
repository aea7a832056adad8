//! Unit tables of the mention building: one Arabic (or Latin) body per rule family, the
//! mentions it must give once dated.

use crate::corpus::Article;
use crate::events::resolve::resolve_mentions;
use crate::pipeline::{Context, extract_article};

fn context() -> &'static Context {
    static CTX: std::sync::OnceLock<Context> = std::sync::OnceLock::new();
    CTX.get_or_init(|| Context::load(None, None).unwrap())
}

/// (rule family, article body after a date line "نشر: 2021-11-24", expected mentions as
/// "type date status people").
const CASES: &[(&str, &str, &[&str])] = &[
    // An aide's principal named in the sentence before (office_qualifiers `principal's`) is
    // not carried with the delegation into its audience (events/resolve.rs only_as_principal).
    ("an aide's principal told before is no party to the delegation's audience", "Jared Kushner, Donald Trump's son-in-law, landed in Rabat on Tuesday.\nThe delegation was received by King Mohammed VI on Tuesday afternoon.", &["visit 2021-11-23 occurred jared-kushner", "meeting 2021-11-23 occurred jared-kushner;mohammed-vi"]),
    ("agreement past verb", "وقع المغرب وإسرائيل الأربعاء اتفاقا للتعاون الأمني.", &["agreement 2021-11-24 occurred "]),
    ("agreement future", "سيوقع بوريطة ولابيد الخميس المقبل اتفاقية للطيران.", &["agreement 2021-11-25 planned nasser-bourita;yair-lapid"]),
    ("memorandum noun with its signing", "ووقع الجانبان مذكرة تفاهم في مجال المياه أمس.", &["agreement 2021-11-23 occurred "]),
    ("visit noun with visitor", "وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط أمس في زيارة رسمية.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("call", "أجرى بوريطة اتصالا هاتفيا مع نظيره الإسرائيلي يائير لابيد، الاثنين.", &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("meeting with counterpart resolved by office", "التقى لابيد، الاثنين، نظيره المغربي في أبوظبي.", &["meeting 2021-11-22 occurred yair-lapid;nasser-bourita"]),
    ("opening", "افتتح ديفيد غوفرين أمس مكتب الاتصال الإسرائيلي في الرباط.", &["opening 2021-11-23 occurred david-govrin"]),
    ("a connective does not carry a done event's day to a plan", "ووقعت الشركتان أمس اتفاقية للتعاون بين البلدين.\nكما يتزامن الاتفاق مع اقتراب إطلاق رحلات جوية مباشرة بين البلدين.", &["agreement 2021-11-23 occurred ", "flight  planned "]),
    ("a connective carries a done event's day to the next done one", "ووقعت الشركتان أمس اتفاقية للتعاون بين البلدين.\nكما دشنت الشركة أولى رحلاتها المباشرة بين البلدين.", &["agreement 2021-11-23 occurred ", "flight 2021-11-23 occurred "]),
    ("flight planned by marker", "ومن المنتظر إطلاق رحلات جوية مباشرة بين البلدين الشهر المقبل.", &["flight 2021-12 planned "]),
    ("the verb an anniversary's day comes by is no arrival", "تحل اليوم الذكرى الأولى لافتتاح مكتب الاتصال، الذي دشنه ديفيد غوفرين في الرباط يوم 24 نوفمبر 2020.", &["opening 2020-11-24 occurred david-govrin"]),
    ("an arrival today is still one", "يحل اليوم وزير الدفاع الإسرائيلي بيني غانتس بالرباط.", &["visit 2021-11-24 occurred benny-gantz"]),
    ("anaphor is not a new event", "وجاء هذا اللقاء في سياق متوتر.", &[]),
    // "يأتي" right before a definite event noun refers back to the event told, as a
    // demonstrative does (lexicons/triggers.csv ar-comes); so does "comes … after" after a Latin
    // noun (scan::before_comes): the one whose return the time clause recalls is no party.
    ("«يأتي» before a definite noun is the event told before", "اجتمع بوريطة الاثنين ببلينكن في الرباط.\nويأتي الاجتماع بعد أسبوع من عودة وزير الاقتصاد الإسرائيلي نير بركات من المغرب.", &["meeting 2021-11-22 occurred nasser-bourita;antony-blinken"]),
    ("'comes … after' after a noun is the event told before", "Bourita met Blinken in Rabat on Monday.\nTheir meeting comes a week after Israeli Economy Minister Nir Barkat returned from Morocco.", &["meeting 2021-11-22 occurred nasser-bourita;antony-blinken"]),
    ("« intervient … après » after a noun is the event told before", "Bourita a reçu Blinken lundi à Rabat.\nLa rencontre intervient quelques jours après le retour du ministre israélien de l'Économie, Nir Barkat.", &["meeting 2021-11-22 occurred nasser-bourita;antony-blinken"]),
    // A definite meeting noun told with what the meeting told before is or will become (word
    // list `told-of`: « deviendrait », "would become", « restera historique ») refers back to
    // it (src/events/scan.rs told_of_after): no talks of the speaker with the protagonist of
    // the sentence before. English "the" is an anaphor already; a possessive is not.
    ("« la rencontre deviendrait » is the gathering told before", "Les chefs de la diplomatie d'Israël, des États-Unis, du Maroc et de Bahreïn se sont réunis lundi à Sdé Boker.\nLe Marocain Nasser Bourita était arrivé la veille.\nM. Lapid a affirmé que la réunion deviendrait un rendez-vous annuel.", &["meeting 2021-11-22 occurred yair-lapid;antony-blinken;nasser-bourita;abdullatif-al-zayani", "visit 2021-11-21 occurred nasser-bourita"]),
    ("« leur rencontre restera historique » is the meeting told before", "Nasser Bourita a reçu lundi à Rabat Antony Blinken et Yaïr Lapid.\nSelon M. Blinken, leur rencontre restera historique.", &["meeting 2021-11-22 occurred nasser-bourita;antony-blinken;yair-lapid"]),
    ("'their meeting would become' is the summit told before", "The foreign ministers of Israel, the United States, Morocco and Bahrain met on Monday in Sde Boker.\nMorocco's Nasser Bourita had arrived on Sunday.\nIsraeli Foreign Minister Yair Lapid said their meeting would become a permanent forum.", &["meeting 2021-11-22 occurred yair-lapid", "visit 2021-11-21 occurred nasser-bourita"]),
    ("«أن الاجتماع سيتحول» is the summit told before", "اجتمع وزراء خارجية إسرائيل والولايات المتحدة والمغرب والبحرين الاثنين في سديه بوكير.\nوكان ناصر بوريطة قد وصل الأحد.\nوأعلن وزير الخارجية الإسرائيلي يائير لابيد أن الاجتماع سيتحول إلى منتدى دائم.", &["meeting 2021-11-22 occurred yair-lapid;antony-blinken;nasser-bourita;abdullatif-al-zayani", "visit 2021-11-21 occurred nasser-bourita", "meeting 2021-11-22 occurred "]),
    // A headline (a line with no final stop) announces what the body tells: the body's telling
    // of that act, with "the signing" beside it, is no repeat of the headline's to drop
    // (build/mod.rs tells_what_follows).
    ("en: a headline's signing does not swallow the body's", "Israeli water firms sign desalination pact in Tangier\nA delegation of Israeli water firms ended its visit to Tangier on Monday with the signing of a memorandum of understanding with the Tangier Chamber of Commerce.", &["agreement  occurred ", "visit 2021-11-22 occurred ", "agreement  occurred "]),
    ("fr: a headline's signing does not swallow the body's", "Des entreprises israéliennes de l'eau signent un accord à Tanger\nUne délégation d'entreprises israéliennes de l'eau a achevé lundi sa visite à Tanger par la signature d'un mémorandum d'entente avec la Chambre de commerce de Tanger.", &["agreement  occurred ", "visit 2021-11-22 occurred ", "agreement  occurred "]),
    ("ar: a headline's signing does not swallow the body's", "شركات إسرائيلية توقع اتفاقية للمياه في طنجة\nواختتم وفد من الشركات الإسرائيلية زيارته إلى طنجة يوم الاثنين بتوقيع مذكرة تفاهم مع غرفة التجارة بطنجة.", &["visit 2021-11-24 occurred ", "agreement 2021-11-22 occurred "]),
    // In a body, the signing told again right after with no date of its own is the same one.
    ("en: the signing told again in the body is one", "Israeli and Moroccan water firms signed a memorandum of understanding in Tangier on Monday.\nThe signing of the memorandum was attended by the Tangier Chamber of Commerce.", &["agreement 2021-11-22 occurred "]),
    ("a meeting told with a day of its own is still one", "Nasser Bourita a reçu lundi à Rabat Antony Blinken.\nUne rencontre entre Nasser Bourita et Yaïr Lapid a eu lieu mardi à Rabat.", &["meeting 2021-11-22 occurred nasser-bourita;antony-blinken", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    // Who came first is alone in the earlier act (lexicon kinds `preceded-by`, `preceded`,
    // `first-to`; participants.rs earlier_act_cut): the one he preceded, named before, is not.
    ("ar: «فقد سبقه إليه Y» after «لم يكن X أول …» is Y's visit", "ولم يكن غانتس أول وزير إسرائيلي يزور المغرب، فقد سبقه إليه وزير الخارجية يائير لابيد في غشت الماضي.", &["visit 2021-08 occurred yair-lapid"]),
    ("ar: «إذ سبقه إلى الرباط Y», an arrival verb", "وليس بيني غانتس أول مسؤول إسرائيلي رفيع يحل بالرباط، إذ سبقه إلى الرباط لابيد في غشت.", &["visit 2021-08 occurred yair-lapid"]),
    ("ar: X's own arrival does not take who preceded him", "ووصل غانتس إلى الرباط أمس، وقد سبقه إليها لابيد في غشت الماضي.", &["visit 2021-11-23 occurred benny-gantz", "visit 2021-08 occurred yair-lapid"]),
    ("en: 'was preceded by Y' after 'not the first … to visit' is Y's visit", "Gantz is not the first Israeli minister to visit Morocco: he was preceded by Foreign Minister Yair Lapid in August.", &["visit 2021-08 occurred yair-lapid"]),
    ("en: 'Y had visited before him' is Y's visit, X's arrival his own", "Benny Gantz landed in Rabat on Tuesday, but Yair Lapid had visited the kingdom before him, in August.", &["visit 2021-11-23 occurred benny-gantz", "visit 2021-08 occurred yair-lapid"]),
    ("fr: « Y l'avait précédé » after « pas le premier … à se rendre » is Y's visit", "Benny Gantz n'est pas le premier ministre israélien à se rendre au Maroc : Yaïr Lapid l'avait précédé en août.", &["visit 2021-08 occurred yair-lapid"]),
    // A future told in a relative clause between commas after the subject describes the
    // subject; the main verb after it keeps its own tense and its weekday's direction
    // (build/mod.rs in_a_relative_clause_closed_before). A future main verb stays a plan.
    ("en: 'X, the official who will lead …, landed on Tuesday' is done", "Alon Ushpiz, the official who will lead Israel's mission in Rabat, landed in Rabat on Tuesday.", &["visit 2021-11-23 occurred alon-ushpiz"]),
    ("en: 'X, the director-general, will land on Friday' is a plan", "Alon Ushpiz, the director-general of the ministry, will land in Rabat on Friday.", &["visit 2021-11-26 planned alon-ushpiz"]),
    ("fr: « X, qui dirigera …, est arrivé mardi » is done", "Alon Ushpiz, qui dirigera la mission israélienne à Rabat, est arrivé mardi à Rabat.", &["visit 2021-11-23 occurred alon-ushpiz"]),
    ("ar: «X، الذي سيترأس …، وصل الثلاثاء» is done", "بيني غانتس، الذي سيترأس وفد بلاده، وصل إلى الرباط يوم الثلاثاء.", &["visit 2021-11-23 occurred benny-gantz"]),
    // A clause of place after a trip, or of sequence after a comma, with a date of its own
    // tells another occasion (participants.rs clause_of_another_occasion): its people are not
    // the trip's.
    ("ar: «حيث» with its own day after an arrival is another occasion", "وصل وزير الخارجية الإسرائيلي يائير لابيد اليوم إلى الرباط، قادما من أبوظبي حيث شارك أمس في لقاء جمعه بوزير الخارجية الأمريكي أنتوني بلينكن.", &["visit 2021-11-24 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;antony-blinken"]),
    ("en: 'where' with its own day after an arrival is another occasion", "Yair Lapid arrived in Rabat on Wednesday from Abu Dhabi, where he met Antony Blinken on Tuesday.", &["visit 2021-11-24 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;antony-blinken"]),
    ("fr: « où » with its own day after an arrival is another occasion", "Yaïr Lapid est arrivé mercredi à Rabat en provenance d'Abou Dhabi, où il a rencontré mardi Antony Blinken.", &["visit 2021-11-24 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;antony-blinken"]),
    ("ar: «ثم» with its own month after an arrival is another occasion", "وصل غانتس إلى الرباط في يناير، ثم شارك في مارس في لقاء مع بوريطة.", &["visit 2021-01 occurred benny-gantz", "meeting 2021-03 occurred benny-gantz;nasser-bourita"]),
    ("en: ', then' with its own month after an arrival is another occasion", "Benny Gantz arrived in Rabat in January, then met Nasser Bourita in March.", &["visit 2021-01 occurred benny-gantz", "meeting 2021-03 occurred benny-gantz;nasser-bourita"]),
    ("fr: « , puis » with its own month after an arrival is another occasion", "Benny Gantz est arrivé à Rabat en janvier, puis a rencontré Nasser Bourita en mars.", &["visit 2021-01 occurred benny-gantz", "meeting 2021-03 occurred benny-gantz;nasser-bourita"]),
    ("reporter is not a participant", "كشف الباحث هشام معتضد أن غانتس زار الرباط أمس.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("date goes to the nearest predicate", "تأتي زيارة غانتس مع إعلان الجزائر في آب/أغسطس قطع علاقاتها.", &["visit  occurred benny-gantz"]),
    ("during shares the main event's date", "وقع المغرب وإسرائيل الأربعاء اتفاقا خلال زيارة غانتس.", &["agreement 2021-11-24 occurred benny-gantz", "visit 2021-11-24 occurred benny-gantz"]),
    // A gathering's one participant named by its own sentence takes no other side from the
    // sentence before (src/events/build/told_before.rs).
    ("who takes part in a summit takes no one told before", "ووقع وزير الدفاع الإسرائيلي بيني غانتس ونظيره المغربي عبد اللطيف لوديي مذكرة تفاهم أمس.\nوفي مارس الماضي، شارك بوريطة في قمة النقب.", &["agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting 2021-03 occurred nasser-bourita"]),
    // The act done at the end of the talks, or after them, takes their day (a sequel word, rows
    // sequel and sequel-end-of): where the connective stands in the sentence does not matter.
    ("an act at the end of the talks told before takes their day", "اجتمع غانتس الثلاثاء بلوديي في الرباط.\nووقع الوزيران في نهاية اللقاء اتفاقية للتعاون الأمني.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting  occurred "]),
    ("an act after the end of the talks takes their day", "التقى لابيد بوريطة الخميس.\nوبعد انتهاء المباحثات، افتتح لابيد مكتب الاتصال الإسرائيلي.", &["meeting 2021-11-18 occurred yair-lapid;nasser-bourita", "meeting  occurred ", "opening 2021-11-18 occurred yair-lapid"]),
    ("the talks dated in their own words are still a row", "وفي ختام مباحثات أجراها غانتس مع لوديي أمس بالرباط، وقع الوزيران مذكرة تفاهم.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("the end of a visit is no time reference", "وصل كوخافي إلى الرباط الاثنين.\nوفي ختام زيارته، التقى كوخافي بلوديي.", &["visit 2021-11-22 occurred aviv-kochavi", "visit 2021-11-22 occurred aviv-kochavi;abdellatif-loudiyi", "meeting 2021-11-22 occurred aviv-kochavi;abdellatif-loudiyi"]),
    ("implicit subject carried", "استقبل غانتس من طرف الجنرال فاروق بلخير الأربعاء.\nوفي وقت لاحق الأربعاء التقى وزير الخارجية المغربي ناصر بوريطة.", &["meeting 2021-11-24 occurred benny-gantz;farouk-belkhir", "meeting 2021-11-24 occurred benny-gantz;nasser-bourita"]),
    ("connective carries the date", "التقى غانتس الأربعاء ببوريطة.\nكما التقى غانتس بلوديي.", &["meeting 2021-11-24 occurred benny-gantz;nasser-bourita", "meeting 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    // An invitation announces no visit (src/events/scan.rs drop_invited_visits).
    ("an invitation extended is no visit", "وسلم أوشبيز دعوة رسمية لبوريطة لزيارة إسرائيل.", &[]),
    ("arrival told by حل ب", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط أمس في أول زيارة من نوعها.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("حل before no place is no arrival", "وجدد بوريطة أمس دعم المملكة حل الدولتين.", &[]),
    ("visit told by the departure", "وغادر غانتس الرباط أمس متوجها إلى تل أبيب.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("landing of a flight is the flight", "حطت أمس بمطار مراكش أول رحلة مباشرة قادمة من تل أبيب.", &["flight 2021-11-23 occurred "]),
    // A call told in the frame of the call referred to ("خلال الاتصال …، كما أجرى اتصالا
    // بعباس") is another call: whom it names is no party to the one referred to
    // (participants.rs join_referred).
    ("a call of its own told during the call referred to keeps its party", "أعلن الرئيس الأمريكي دونالد ترامب أن المغرب وإسرائيل اتفقا على إقامة علاقات دبلوماسية، عقب اتصال هاتفي أجراه أمس مع العاهل المغربي الملك محمد السادس.\nوأبلغ الملك ترامب خلال الاتصال بأن المملكة ستستأنف علاقاتها مع إسرائيل، كما أجرى جلالته اتصالا هاتفيا بالرئيس الفلسطيني محمود عباس.", &["call 2021-11-23 occurred donald-trump;mohammed-vi"]),
    ("a phone call of its own told during the phone call referred to keeps its party", "قال ترامب إن المغرب سيستأنف علاقاته مع إسرائيل، إثر مكالمة هاتفية أجراها أمس مع الملك محمد السادس.\nوأكد العاهل المغربي لترامب خلال المكالمة تمسك المملكة بحل الدولتين، كما أجرى جلالته مكالمة هاتفية مع الرئيس الفلسطيني محمود عباس.", &["call 2021-11-23 occurred donald-trump;mohammed-vi"]),
    // A time or a place told between the Arabic arrival verb and the flight after it: the
    // flight landed, no one's visit (visitor_plane.rs adverbs_after_verb).
    ("a flight arriving after a time adverb is the flight", "هبطت أمس في مطار مراكش أول رحلة تجارية مباشرة قادمة من تل أبيب.\nووصلت بعد ساعات رحلة ثانية لشركة العال إلى المطار نفسه.", &["flight 2021-11-23 occurred ", "flight 2021-11-23 occurred "]),
    ("a plane landing after a time and a place is the flight", "حطت صباح اليوم بمطار الرباط سلا طائرة تابعة لشركة العال في أول رحلة مباشرة.", &["flight 2021-11-24 occurred "]),
    ("a plane arriving after an evening and a city is the flight", "ووصلت مساء الأحد إلى مراكش طائرة ثانية للعال قادمة من تل أبيب.", &["flight 2021-11-21 occurred "]),
    ("a minister arriving after a time and a place on a plane is his visit", "ووصل أمس إلى الرباط وزير الخارجية الإسرائيلي يائير لابيد على متن طائرة خاصة.", &["visit 2021-11-23 occurred yair-lapid"]),
    // Who a delegation is made of, the verb before the delegation noun (or a few words after a
    // Latin one), joins the delegation's visit told before: no visit of its own
    // (scan.rs lists_members, participants.rs join_referred).
    ("who a delegation includes joins its visit", "وصل المدير العام لوزارة الخارجية الإسرائيلية ألون أوشبيز إلى الرباط أمس على رأس وفد دبلوماسي.\nويضم الوفد الدبلوماسي دافيد غوفرين الذي سيرأس مكتب الاتصال.", &["visit 2021-11-23 occurred alon-ushpiz;david-govrin"]),
    ("who a delegation is made of joins its visit", "حل وزير الخارجية الإسرائيلي يائير لابيد أمس بالرباط على رأس وفد رسمي في زيارة تستمر يومين.\nكما يتألف الوفد من ديفيد غوفرين ومسؤولين في الوزارة.", &["visit 2021-11-23 occurred yair-lapid;david-govrin"]),
    ("who a delegation included joins its visit of two", "وصل ألون أوشبيز ودافيد غوفرين إلى الرباط أمس على رأس وفد إسرائيلي.\nوضم الوفد كذلك مئير بن شبات.", &["visit 2021-11-23 occurred alon-ushpiz;david-govrin;meir-ben-shabbat"]),
    ("en: who the delegation includes joins its visit", "Israeli Foreign Ministry Director General Alon Ushpiz arrived in Rabat on Tuesday at the head of an Israeli delegation.\nThe delegation also includes David Govrin, who will head the liaison office.", &["visit 2021-11-23 occurred alon-ushpiz;david-govrin"]),
    ("fr: who the delegation comprises joins its visit", "Le directeur général du ministère israélien des Affaires étrangères, Alon Ushpiz, est arrivé mardi à Rabat à la tête d'une délégation israélienne.\nLa délégation israélienne comprend également David Govrin, qui dirigera le bureau de liaison.", &["visit 2021-11-23 occurred alon-ushpiz;david-govrin"]),
    ("who the delegation a landed plane carried included visit", "حطت أمس بمطار الرباط سلا أول رحلة تجارية مباشرة قادمة من تل أبيب.\nوضم الوفد الذي كان على متن الطائرة جاريد كوشنر ومئير بن شبات.", &["flight 2021-11-23 occurred ", "visit  occurred jared-kushner;meir-ben-shabbat"]),
    // A date set off by commas between the landing verb and the flight parts no clause.
    ("landing of a flight after an inserted date is the flight", "حطت بمطار الرباط سلا، مساء أمس، طائرة قادمة من تل أبيب في أول رحلة مباشرة.", &["flight 2021-11-23 occurred "]),
    // An ordinal without its article after a weekday ranks the noun after it, no day of the
    // month (src/dates/find/nth.rs weekday_day): the weekday dates the act.
    ("a rank after a weekday is no day of the month", "وصلت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي إلى الرباط يوم الاثنين، أول زيارة لمسؤول اقتصادي إسرائيلي إلى المملكة.", &["visit 2021-11-22 occurred orna-barbivai"]),
    ("a rank after a weekday and an inserted date, the flight", "حطت بمطار مراكش، يوم الأحد، أول رحلة مباشرة قادمة من تل أبيب.", &["flight 2021-11-21 occurred "]),
    ("landing of one's plane is the visit", "وحطت طائرة غانتس أمس بمطار الرباط سلا.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("audience granted", "وخص الملك محمد السادس أمس غانتس باستقبال في القصر الملكي.", &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz"]),
    ("audience received", "وحظي لابيد أمس باستقبال من طرف بوريطة.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("call received", "تلقى بوريطة أمس اتصالا من نظيره الإسرائيلي يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("call reported by the royal cabinet", "وأفاد بلاغ للديوان الملكي أن الملك محمد السادس تحادث أمس مع نفتالي بينيت.", &["call 2021-11-23 occurred mohammed-vi;naftali-bennett"]),
    ("phone talks are a call", "وخلال المباحثات الهاتفية أمس، أكد بوريطة للابيد دعم المملكة.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("agreement announced as agreed", "واتفق بوريطة ولابيد أمس على اتفاقية لتبادل فتح السفارات.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("agreed to do something: a decision, not an agreement", "واتفق بوريطة ولابيد أمس على تبادل فتح السفارات.", &[]),
    ("agreed to meet again: the deciders meet", "واتفق بوريطة ولابيد على عقد لقاء جديد في الرباط الشهر المقبل.", &["meeting 2021-12 planned nasser-bourita;yair-lapid"]),
    ("agreed on a delegation's visit: the deciders are not the visitors", "واتفق بوريطة ولابيد على زيارة وفد اقتصادي للرباط الشهر المقبل.", &["visit 2021-12 planned "]),
    ("agreed, after an inserted phrase, to do something", "واتفق الوزيران، خلال لقائهما أمس في الرباط، على تشكيل لجنة مشتركة.", &["meeting 2021-11-23 occurred "]),
    ("agreement to be concluded", "وستبرم باربيفاي مع رياض مزور اتفاقية تجارية الأسبوع المقبل.", &["agreement 2021-11-29 planned orna-barbivai;ryad-mezzour"]),
    ("meeting in the present before a verb", "قبل أن يجتمع لابيد أمس ببوريطة.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("intent makes it planned", "وأعلن لابيد نيته زيارة الرباط الشهر المقبل.", &["visit 2021-12 planned yair-lapid"]),
    ("expected makes it planned", "ويترقب أن يوقع البلدان اتفاقا للعدل الخميس المقبل.", &["agreement 2021-11-25 planned "]),
    ("follow-up sentence names the signatories", "وقع المغرب وإسرائيل أمس مذكرة تفاهم في مجال الدفاع.\nووقع الوثيقة عن المغرب عبد اللطيف لوديي وعن إسرائيل بيني غانتس.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred abdellatif-loudiyi;benny-gantz"]),
    // "الوزيران" (word list `dual`) are the two of the meeting before; its day is not carried.
    ("follow-up of another family keeps no date", "التقى بوريطة أمس بلابيد.\nووقع الوزيران اتفاقا للطيران.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "agreement  occurred nasser-bourita;yair-lapid"]),
    ("reference names the participants", "احتضنت الرباط أمس اجتماعا افتراضيا بتقنية الفيديو.\nوشارك في هذا اللقاء ناصر بوريطة إلى جانب يائير لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a future verb decides over a neutral noun", "وقال المصدر إن وفدا مغربيا سيتوجه إلى إسرائيل الأسبوع المقبل.", &["visit 2021-11-29 planned "]),
    ("an invitation to visit is no visit", "ودعا لابيد أمس بوريطة إلى زيارة إسرائيل.", &[]),
    ("remote talks are a call", "وأجرى بوريطة أمس مباحثات عن بعد مع لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a forecast is not an event", "وتوقع بوريطة أن يستقبل المغرب لابيد قريبا.", &["meeting  planned nasser-bourita;yair-lapid"]),
    ("present tense in the body is the publication day", "ويواصل غانتس زيارته إلى المغرب، وهو يدشن مكتبا للتعاون.", &["visit 2021-11-24 occurred benny-gantz"]),
    ("a marker in a later clause leaves the trigger occurred", "ويدشن لابيد مكتب الاتصال بالرباط، حيث يرتقب أن يزور الدار البيضاء.", &["opening 2021-11-24 occurred yair-lapid"]),
    // A visit told by its end (src/events/visit_end.rs): its last day, its first day by its
    // length; a tour on a day of it is a leg, its own mention.
    ("concluded a three-day visit today", "واختتم وزير شؤون الشتات الإسرائيلي نحمان شاي، اليوم الأربعاء، زيارة إلى المغرب استغرقت ثلاثة أيام.", &["visit 2021-11-22 occurred nachman-shai"]),
    // (A visit's start told by its end and length is set after this stage, over the whole
    // article: tests/fixtures/phrasings/df.txt.)
    ("a two-day visit told in one word", "واختتم وزير الخارجية الإسرائيلي يائير لابيد، أمس الثلاثاء، زيارة إلى الرباط دامت يومين.", &["visit 2021-11-22 occurred yair-lapid"]),
    // With no length, the end told on the day of a leg is only the leg's frame: the leg.
    ("the end with no length, told with a leg, is the leg", "وفي ختام زيارته إلى المغرب، أمس الثلاثاء، تجول رئيس الأركان الإسرائيلي أفيف كوخافي في ملاح مراكش.", &["visit 2021-11-23 occurred aviv-kochavi"]),
    // A delegation as the subject of another verb is the delegation told before.
    ("a delegation that meets is the delegation told before", "وحل وفد إسرائيلي يقوده ألون أوشبيز بالرباط الاثنين.\nوالتقى الوفد، أمس الثلاثاء، بالكاتب العام لوزارة الخارجية فؤاد يزوغ.", &["visit 2021-11-22 occurred alon-ushpiz", "meeting 2021-11-23 occurred alon-ushpiz;fouad-yazough"]),
    ("a delegation under a light verb is the delegation told before", "وحل وفد إسرائيلي يقوده ألون أوشبيز بالرباط الاثنين.\nوعقد الوفد، أمس الثلاثاء، اجتماعا مع الكاتب العام لوزارة الخارجية فؤاد يزوغ.", &["visit 2021-11-22 occurred alon-ushpiz", "meeting 2021-11-23 occurred alon-ushpiz;fouad-yazough"]),
    // A delegation led by two is both its leaders' ("وفد يقوده X وY"), whatever the voice of
    // the verb it is the subject of: the focus on both sides needs both countries.
    ("a delegation led by two meets by both", "حل بالرباط الاثنين وفد يترأسه ألون أوشبيز وديفيد غوفرين.\nوالتقى الوفد، أمس الثلاثاء، بوزير الخارجية ناصر بوريطة.", &["visit 2021-11-22 occurred alon-ushpiz;david-govrin", "meeting 2021-11-23 occurred alon-ushpiz;david-govrin;nasser-bourita"]),
    ("a delegation led by two, received in the passive", "وصل إلى الرباط مساء الاثنين وفد أمريكي إسرائيلي يقوده جاريد كوشنر ومئير بن شبات.\nواستُقبل الوفد أمس الثلاثاء من طرف رئيس الحكومة سعد الدين العثماني.", &["visit 2021-11-22 occurred jared-kushner;meir-ben-shabbat", "meeting 2021-11-23 occurred jared-kushner;meir-ben-shabbat;saadeddine-othmani"]),
    ("the delegation arriving is the one told before", "قام وفد إسرائيلي يقوده ألون أوشبيز بزيارة إلى الرباط.\nوحل الوفد بالعاصمة المغربية مساء الاثنين.", &["visit 2021-11-22 occurred alon-ushpiz", "visit 2021-11-22 occurred alon-ushpiz"]),
    ("the end with no length is the last day", "واختتم رئيس الأركان الإسرائيلي أفيف كوخافي، أمس الثلاثاء، زيارته إلى المغرب.", &["visit 2021-11-23 occurred aviv-kochavi"]),
    ("a leg with its subject told before is the visitor's", "وحل وزير شؤون الشتات الإسرائيلي نحمان شاي بالرباط الاثنين.\nوكان الوزير الإسرائيلي قد تجول، أمس الثلاثاء، في حي الملاح بالصويرة رفقة أندري أزولاي.", &["visit 2021-11-22 occurred nachman-shai", "visit 2021-11-23 occurred nachman-shai;andre-azoulay"]),
    ("the host of a reception is not the visitor", "واستقبل الملك محمد السادس، أمس الثلاثاء بالقصر الملكي، جاريد كوشنر ومئير بن شبات، اللذين يقومان بزيارة للمملكة.", &["meeting 2021-11-23 occurred mohammed-vi;jared-kushner;meir-ben-shabbat", "visit 2021-11-23 occurred meir-ben-shabbat;jared-kushner"]),
    ("a trigger inside a name is the name", "يبدأ وزير المالية الإسرائيلي أفيغدور ليبرمان زيارة إلى المغرب تستغرق ثلاثة أيام.", &["visit 2021-11-24 occurred avigdor-lieberman"]),
    ("a since-date is not the event's", "ويواصل لابيد زيارته إلى المغرب، وهي الأولى منذ عام 2003.", &["visit 2021-11-24 occurred yair-lapid"]),
    // A visit needs a visitor: a plane or the flight as the subject of a landing, past an
    // apposition or after an Arabic verb, is the flight's landing; a carrier's flying no one's
    // trip (src/events/visitor_plane.rs planes_that_landed).
    ("a plane landing past an apposition is a flight", "Israir's first direct flight reached Marrakesh on Sunday. A second aircraft, chartered by El Al, landed at Menara airport a few hours later.", &["flight 2021-11-21 occurred ", "flight 2021-11-21 occurred "]),
    // "Un premier vol … a atterri": the flight noun and its landing are one mention
    // (visitor_plane::fold_flight_nouns_into_landings), dated by the landing.
    ("« un autre avion, loué par …, s'est posé » is a flight", "Un premier vol d'Israir a atterri dimanche à Marrakech. Un autre avion, loué par El Al, s'est posé peu après à l'aéroport de Marrakech-Ménara.", &["flight 2021-11-21 occurred ", "flight 2021-11-21 occurred "]),
    ("a plane right after an Arabic arrival verb is a flight", "حطت أمس أول رحلة مباشرة لشركة إسرائير في مراكش. ووصلت طائرة ثانية تابعة للعال إلى مطار مراكش المنارة بعد ساعات.", &["flight 2021-11-23 occurred ", "flight 2021-11-23 occurred "]),
    ("carriers that have flown to a city make no visit", "Royal Air Maroc inaugurated its Casablanca-Tel Aviv route on Sunday. Israeli carriers Israir and El Al have flown to Marrakesh since July.", &["flight 2021-11-21 occurred "]),
    // The late king is not the holder of the day (gazetteers/office_qualifiers.txt «الراحل»,
    // « défunt »): no meeting with the reigning king at a tomb.
    ("«الملك الراحل» is no reigning king", "وأجرى بيني غانتس أمس مباحثات مع عبد اللطيف لوديي، كما وضع إكليلا من الزهور على قبر الملك الراحل الحسن الثاني.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "visit 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("«العاهل الراحل» without a name is no reigning king", "والتقى يائير لابيد أمس ناصر بوريطة، ثم زار قبر العاهل الراحل وقرأ الفاتحة على روحه.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita", "visit 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("« le défunt roi » is no reigning king", "Yair Lapid a rencontré mardi Nasser Bourita, avant de se recueillir sur la tombe du défunt roi.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("a plane leaving is a flight", "وغادرت طائرة الركاب مطار بن غوريون أمس قاصدة مراكش.", &["flight 2021-11-23 occurred "]),
    ("a consequence in the present is no date", "التقى وزير الخارجية ناصر بوريطة أمس بنظيره الإسرائيلي يائير لابيد.\nوغادرت الطائرة مطار بن غوريون قاصدة مراكش، ليفتتح بذلك الخط الجوي رسميا.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "flight  occurred ", "opening  occurred "]),
    ("a subjunctive present is no date", "وقبيل أن يستقبله لوديي، توجه غانتس إلى ضريح محمد الخامس.", &["meeting  occurred abdellatif-loudiyi;benny-gantz"]),
    ("the other side of a reception is the visitor just named", "حلت أييليت شاكيد أمس بالرباط.\nوخصها عبد الوافي لفتيت أمس باستقبال في مقر الوزارة.", &["visit 2021-11-23 occurred ayelet-shaked", "meeting 2021-11-23 occurred ayelet-shaked;abdelouafi-laftit"]),
    ("present tense in a headline is no date", "المغرب وإسرائيل يوقعان اتفاقا للدفاع", &["agreement  occurred "]),
    ("enumerated agreements are one each, dated by their lead", "وقع المغرب وإسرائيل أمس ثلاث اتفاقيات.\nوتتعلق الأولى باتفاقية لإعفاء حاملي الجوازات الدبلوماسية من التأشيرة، فيما تخص الثانية مذكرة تفاهم في مجال الطيران.\nأما الوثيقة الثالثة فهي مذكرة تفاهم حول الموارد المائية.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
    ("an enumeration item dated by the one before it", "ووقع الجانبان أمس اتفاقيتين في الرباط، الأولى مذكرة تفاهم حول الطاقة، والثانية اتفاقية للتعاون في مجال الصحة.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
    ("initialled is no ordinal", "ووقع بوريطة ولابيد أمس بالأحرف الأولى مذكرة تفاهم في مجال السياحة.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a statement dates the arrival it reports", "وأعلنت الخارجية الإسرائيلية أمس أن ديفيد غوفرين حل بالرباط.", &["visit 2021-11-23 occurred david-govrin"]),
    ("a statement dates the signing it announces", "وأعلنت الرباط أمس عن التوقيع على إعلان مشترك مع إسرائيل.", &["agreement 2021-11-23 occurred "]),
    ("a statement does not date a future event", "وأعلن بوريطة أمس أن لابيد سيزور الرباط.", &["visit  planned yair-lapid"]),
    ("a reopening announced is a plan, not a dated opening", "وأعلن بوريطة أمس أن المغرب سيعيد فتح مكتب الاتصال في تل أبيب.", &["opening  planned "]),
    ("an invitation does not share the call's date", "ودعا نفتالي بينيت الملك محمد السادس إلى زيارة إسرائيل خلال اتصال هاتفي أجراه الطرفان الجمعة.", &["call 2021-11-19 occurred naftali-bennett;mohammed-vi"]),
    ("an event after بعد is a time reference", "والتقى غانتس أمس بوريطة، بعد أسبوع من توقيع الاتفاقية.", &["meeting 2021-11-23 occurred benny-gantz;nasser-bourita", "agreement  occurred "]),
    ("an agreement in a past relative clause is background", "والتقى غانتس اليوم بيوض لبحث تفعيل مذكرة التفاهم التي جرى توقيعها في الرباط.", &["meeting 2021-11-24 occurred benny-gantz;abderrahim-beyyoudh", "agreement  occurred ", "agreement  occurred "]),
    ("an earlier signing in a relative clause keeps its own date", "ووقع المكتب الوطني أمس مذكرة تفاهم تندرج في إطار الاتفاقية التي وقعتها الحكومتان في 22 دجنبر 2020.", &["agreement 2021-11-23 occurred ", "agreement 2020-12-22 occurred "]),
    ("a reference's people stop at the next predicate", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط أمس.\nولا يمكن فصل هذه الزيارة عن سياقها، منذ أن اعترف ترامب بمغربية الصحراء.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("a short future verb points to the coming weekday", "وستحل باربيفاي بالمغرب الأحد في زيارة رسمية.", &["visit 2021-11-28 planned orna-barbivai"]),
    ("the subject before a reporting verb reports", "وكان نتنياهو قد أعلن أمس أن وفدا مغربيا سيحل بإسرائيل الأسبوع المقبل.", &["visit 2021-11-29 planned "]),
    ("a round of talks is no tour", "واحتضنت الرباط أمس جولة من المشاورات بين مسؤولين من البلدين.", &["meeting 2021-11-23 occurred "]),
    ("a forecast's date is not the event's", "وتوقعت في مارس أن تستقبل بلادها وفدا إسرائيليا.", &["meeting  planned ", "visit  planned "]),
    ("a visitor is named after the visit noun, not before", "ووقع بوريطة أمس إعلانا مشتركا خلال أول زيارة يقوم بها وفد إسرائيلي إلى الرباط.", &["agreement 2021-11-23 occurred nasser-bourita", "visit 2021-11-23 occurred "]),
    ("coinciding with is during", "ووقع الجانبان أمس اتفاقية للطيران تزامنا مع زيارة يجريها غانتس إلى الرباط.", &["agreement 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred benny-gantz"]),
    ("a visit of one's own keeps who is named before", "ووقع غانتس أمس مذكرة تفاهم خلال زيارته إلى الرباط.", &["agreement 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred benny-gantz"]),
    ("what was decided is for later", "واتفق الطرفان، خلال لقائهما أمس، على إحداث لجنة تشرف على إبرام اتفاقات في قطاعات متعددة.", &["meeting 2021-11-23 occurred ", "agreement  planned "]),
    ("a visit decided is for later, its parties its own", "واتفق بوريطة ولابيد أمس على قدوم وفد مغربي إلى إسرائيل.", &["visit  planned "]),
    ("during one's stay is during the visit", "حل غانتس بالرباط أمس في زيارة رسمية.\nواجتمع غانتس، أثناء وجوده بالمغرب، بلوديي.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    // Moroccan Darija's "after" (مورا) is a sequel word: the signing told after it is a time
    // reference, so "the visit" before it is no visit of the signers, and "the delegation"
    // told next is the visitor's (word list `sequel`).
    ("a darija sequel word makes the recalled signing a time reference", "وصل وزير الدفاع الإسرائيلي بيني غانتس البارح للرباط فزيارة رسمية.\nالزيارة كاتجي عام مورا الإعلان المشترك اللي وقعو جاريد كوشنر ومئير بن شبات فالرباط.\nوقالت مصادر بلي الوفد غادي يبقى فالمغرب حتى لغدا الخميس.", &["visit 2021-11-23 occurred benny-gantz", "agreement  occurred jared-kushner;meir-ben-shabbat", "agreement  occurred jared-kushner;meir-ben-shabbat", "visit 2021-11-25 planned benny-gantz"]),
    ("a connective carries a date over undated sentences", "التقى غانتس أمس بلوديي.\nوقال مسؤول إن العلاقات متينة.\nوأشار بيان إلى أن الوزيرين تطرقا إلى قضايا إقليمية.\nبعد ذلك استقبل غانتس من طرف بلخير.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting 2021-11-23 occurred benny-gantz;farouk-belkhir"]),
    // Talks whose other side is only "the delegation" told before are with its people: the
    // travellers of the last visit or flight (told_before.rs).
    ("a reception of the two delegations takes the people of the flight before", "وحطت طائرة تقل جاريد كوشنر ومئير بن شبات بمطار الرباط سلا أمس في أول رحلة تجارية مباشرة.\nواستقبل الملك محمد السادس، أمس، أعضاء الوفدين بالقصر الملكي.", &["flight 2021-11-23 occurred jared-kushner;meir-ben-shabbat", "meeting 2021-11-23 occurred mohammed-vi;jared-kushner;meir-ben-shabbat", "visit 2021-11-23 occurred jared-kushner;meir-ben-shabbat"]),
    // A planned leaving of the visitor or "the delegation" of the trip told before is the end
    // of that trip, no visit of its own (told_before.rs `leaves_the_visit_told`).
    ("the delegation is to leave", "وحل وزير الخارجية الإسرائيلي يائير لابيد بالرباط أمس.\nومن المقرر أن يغادر الوفد المملكة مساء الخميس عائدا إلى تل أبيب.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("the visitor leaves tomorrow", "وحل وزير الخارجية الإسرائيلي يائير لابيد بالرباط أمس.\nويغادر لابيد المغرب غدا.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("the visitor will leave", "وحل وزير الخارجية الإسرائيلي يائير لابيد بالرباط أمس.\nوسيغادر لابيد الرباط غدا الخميس.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("a leaving with no visit told before is a trip", "وسيغادر وزير الخارجية ناصر بوريطة الرباط غدا متوجها إلى تل أبيب في زيارة رسمية.", &["visit 2021-11-25 planned nasser-bourita"]),
    ("another's leaving is his own trip", "وحل وزير الخارجية الإسرائيلي يائير لابيد بالرباط أمس.\nوسيغادر وزير الخارجية ناصر بوريطة الرباط غدا متوجها إلى واشنطن.", &["visit 2021-11-23 occurred yair-lapid", "visit 2021-11-25 planned nasser-bourita"]),
    ("a visit noun naming no one repeats the visit before", "حل غانتس بالرباط أمس.\nويرى باحث أن توقيت الزيارة ليس مصادفة.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("will take place is planned", "وسيجري على هامش الزيارة إبرام اتفاق تجاري.", &["visit  planned ", "agreement  planned "]),
    ("who congratulates is not a party, who is congratulated is", "وهنأ بلينكن أمس بوريطة ولابيد على افتتاح مكتب الاتصال في الرباط.", &["opening  occurred nasser-bourita;yair-lapid"]),
    ("the country one comes from is no party", "وقادما من إسرائيل، حل بلينكن أمس بالرباط.", &["visit 2021-11-23 occurred antony-blinken"]),
    ("names after a time reference are not the event's", "ووقع البلدان أمس اتفاقية للطيران، بعد أشهر من الإعلان عن استئناف العلاقات بوساطة من الرئيس الأمريكي دونالد ترامب.", &["agreement 2021-11-23 occurred "]),
    ("the event a time reference names keeps its people", "والتقى بوريطة أمس لابيد، بعد يومين من زيارة قام بها غانتس إلى الرباط.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "visit  occurred benny-gantz"]),
    // Twenty-sixth session: «ل» + imperfect with «بعد ذلك» is the narrative's next act, of the
    // occasion of the act before it (build/dating.rs chained_clause), as acts told after an
    // arrival take its day.
    ("after that is no time reference", "وحل غانتس بالرباط أمس، ليلتقي بعد ذلك بوريطة.", &["visit 2021-11-23 occurred benny-gantz;nasser-bourita", "meeting 2021-11-23 occurred benny-gantz;nasser-bourita"]),
    ("a decision's day is not the decided meeting's", "واتفق بوريطة ولابيد أمس على عقد لقاء جديد في الرباط الشهر المقبل.", &["meeting 2021-12 planned nasser-bourita;yair-lapid"]),
    ("a decided meeting without a day of its own has none", "واتفق بوريطة ولابيد أمس على عقد لقاء جديد.", &["meeting  planned nasser-bourita;yair-lapid"]),
    ("a decided visit takes its own month, not the decision's day", "واتفق الملك محمد السادس وبينيت أمس على أن يزور بينيت المغرب في يناير المقبل.", &["visit 2022-01 planned naftali-bennett"]),
    ("two visits told by their own visitors are two", "وتتزامن زيارة غانتس مع بدء ميكي ليفي زيارته الأولى إلى الرباط أمس.", &["visit 2021-11-23 occurred benny-gantz", "visit 2021-11-23 occurred mickey-levy"]),
    ("one visitor's visit told twice is one", "وتأتي زيارة غانتس إلى الرباط أمس في سياق زيارته الأولى للمنطقة.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("a title before a list of countries is each one's office", "واحتضنت الرباط أمس اجتماعا ضم وزراء خارجية (المغرب، إسرائيل، الولايات المتحدة).", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid;antony-blinken"]),
    ("a light verb gives its date to the call noun after it", "وأفاد بلاغ للديوان الملكي أنه جرى، أمس، اتصال هاتفي بين الملك محمد السادس ونفتالي بينيت.", &["call 2021-11-23 occurred mohammed-vi;naftali-bennett"]),
    ("a light verb gives its date to the talks after it", "وأجرى وزير الخارجية المغربي ناصر بوريطة، أمس بالرباط، مباحثات مع يائير لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a work session is a meeting", "وعقد كوخافي، أمس، جلسة عمل مع الجنرال الفاروق بلخير.", &["meeting 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
    ("talks held by phone are a call", "وتباحث بوريطة هاتفيا، أمس، مع يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("talks by phone past a subject with its title are a call", "وتباحث وزير الخارجية المغربي ناصر بوريطة عبر الهاتف، أمس، مع يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("talks by phone told by an adverb past a dated subject are a call", "وتباحث وزير الخارجية المغربي ناصر بوريطة، مساء أمس الثلاثاء، هاتفيا مع يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("English talks held by phone are a call", "Nasser Bourita held talks by phone with Yair Lapid on Tuesday.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a partner taken with مع by a signing is not the other side of talks told in the next clause", "ومن المرتقب أن يوقع غانتس غدا مذكرة تفاهم مع وزير الدفاع المغربي عبد اللطيف لوديي، كما سيلتقي وزير الخارجية ناصر بوريطة.", &["agreement 2021-11-25 planned benny-gantz;abdellatif-loudiyi;nasser-bourita", "meeting  planned benny-gantz;nasser-bourita"]),
    ("talks that refer back to the signing's partner by a pronoun keep him", "ووقع غانتس أمس مذكرة تفاهم مع عبد اللطيف لوديي، ثم عقد معه جلسة مباحثات.", &["agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("a leg of the visit told after talks shares their subject, not their host", "وحل غانتس أمس بالرباط.\nوالتقى غانتس اليوم وزير الخارجية ناصر بوريطة، ووضع إكليلا من الزهور على ضريح محمد الخامس.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-24 occurred benny-gantz;nasser-bourita", "visit 2021-11-24 occurred benny-gantz"]),
    ("a feminine subjunctive of signing after أن is a signing, not an expectation", "ومن المنتظر أن توقع يفعات شاشا بيتون غدا مع شكيب بنموسى مذكرة تفاهم.", &["agreement 2021-11-25 planned yifat-shasha-biton;chakib-benmoussa"]),
    ("a meeting by video conference is a call", "وعقد الميراوي أمس اجتماعا عبر تقنية التناظر المرئي مع يفعات شاشا بيتون.", &["call 2021-11-23 occurred abdellatif-miraoui;yifat-shasha-biton"]),
    ("a visit put off is no event", "وعلمت الجريدة أن زيارة رئيس الكنيست ميكي ليفي إلى الرباط، التي كانت مقررة الأسبوع الماضي، أرجئت إلى موعد لاحق.", &[]),
    ("a visit called off is no event", "وألغى غانتس زيارته إلى الرباط التي كانت مقررة أمس.", &[]),
    ("a denied call is no event", "ونفى مصدر برلماني أن يكون الطالبي العلمي قد أجرى اتصالا هاتفيا مع ميكي ليفي.", &[]),
    ("a signing that did not take place is no event", "ولم يتم التوقيع على الاتفاقية المرتقبة بين بوريطة ولابيد أمس.", &[]),
    ("a signing called off leaves the next one", "ولم يتم التوقيع على الاتفاقية أمس، ووقع الطرفان بدلا منها مذكرة تفاهم.", &["agreement 2021-11-23 occurred "]),
    ("a postponement told after the visit leaves an earlier visit", "وزار غانتس الرباط أمس، بعد تأجيل الزيارة مرتين.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("the landing of someone's plane is the visit", "وحطت طائرة وزير الدفاع الإسرائيلي بيني غانتس، أمس، بمطار الرباط سلا.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("the landing of an airline's plane is a flight", "وحطت طائرة تابعة لشركة العال، أمس، بمطار مراكش.", &["flight 2021-11-23 occurred "]),
    ("an invitation to make a visit is no visit", "ووجه نتنياهو للملك محمد السادس دعوة للقيام بزيارة رسمية لإسرائيل.", &[]),
    ("a visit's programme is for later, its weekday the coming one", "ويحل رازفوزوف غدا بالرباط.\nويتضمن برنامج الزيارة لقاء مع فاطمة الزهراء عمور، يوم الجمعة.", &["visit 2021-11-25 planned yoel-razvozov", "meeting 2021-11-26 planned yoel-razvozov;fatim-zahra-ammor"]),
    ("a visit told beside a follow-up signing takes its day", "وقع المغرب وإسرائيل أمس اتفاقية أمنية.\nوأشرف على توقيع الاتفاقية عبد اللطيف الحموشي وكوبي شبتاي، الذي يقوم بزيارة عمل للمملكة.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred abdellatif-hammouchi;kobi-shabtai", "visit 2021-11-23 occurred kobi-shabtai;abdellatif-hammouchi"]),
    ("a meeting told in the first person in a quoted tweet", "وكتب لابيد في تغريدة: \"التقيت اليوم بصديقي ناصر بوريطة في أبوظبي\".", &["meeting 2021-11-24 occurred yair-lapid;nasser-bourita"]),
    ("what was talked about is no event", "وقال لابيد: \"تحدثنا عن افتتاح السفارتين\".", &[]),
    ("a call received with the date between verb and noun, after a statement", "وأوضح بلاغ للوزارة أن بوريطة تلقى، مساء أمس، اتصالا هاتفيا من يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a joint committee's session held", "وانعقدت، أمس بالرباط، أشغال الدورة الأولى للجنة المشتركة برئاسة رياض مزور وأورنا باربيفاي.", &["meeting 2021-11-23 occurred ryad-mezzour;orna-barbivai"]),
    ("an airline opening its flights is the flight", "ودشنت شركة العال، أمس، أولى رحلاتها المباشرة نحو مراكش.", &["flight 2021-11-23 occurred "]),
    ("talks told by بحث with مع later", "بحث ناصر بوريطة، أمس بالرباط، مع بيني غانتس سبل تعزيز التعاون.", &["meeting 2021-11-23 occurred nasser-bourita;benny-gantz"]),
    ("بحث without مع is no meeting", "وبحث المجلس أمس سبل تطوير السياحة.", &[]),
    ("set foot in is a visit", "ووطئت قدما بيني غانتس، أمس، أرض المملكة.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("a travel verb gives its date to the delegation after it", "وتوجه رياض مزور، أمس، إلى تل أبيب على رأس وفد من رجال الأعمال.", &["visit 2021-11-23 occurred ryad-mezzour"]),
    ("talks held in a phone call told later are the call", "وتباحث الملك محمد السادس، أمس، مع إسحاق هرتسوغ، في اتصال هاتفي.", &["call 2021-11-23 occurred mohammed-vi;isaac-herzog"]),
    ("never before is no event", "ولم يسبق لأي وزير إسرائيلي أن زار المغرب قبل لابيد.", &[]),
    ("will not visit is no event", "وأكد مصدر أن بينيت لن يزور المغرب الشهر المقبل.", &[]),
    // arevents: calls told by هاتف, welcomes at an airport, the parties of talks referred
    // back, a signing a day after, a guest told by office and country.
    ("phoned, the verb opening its clause", "هاتف رئيس الحكومة عزيز أخنوش، أمس، رئيس الوزراء الإسرائيلي يائير لابيد.", &["call 2021-11-23 occurred aziz-akhannouch;yair-lapid"]),
    ("the king's phone in a spyware report is no call", "وأفادت تقارير أن رقم هاتف الملك محمد السادس استهدف ببرنامج تنتجه شركة إسرائيلية.", &[]),
    ("a welcome at the airport is the visit told before", "حل جدعون ساعر أمس بالرباط في زيارة رسمية.\nوكان في استقباله بمطار الرباط سلا عبد اللطيف وهبي.", &["visit 2021-11-23 occurred gideon-saar;abdellatif-ouahbi"]),
    ("a welcome at the airport with no visit told is the arrival", "وكان في استقبال بيني غانتس، أمس بمطار الرباط سلا، عبد اللطيف لوديي.", &["visit 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("a signing on the sidelines of talks by their parties", "وأجرى وهبي، أمس، مباحثات مع جدعون ساعر.\nوعلى هامش هذه المباحثات، وقع الوزيران مذكرة تفاهم.", &["meeting 2021-11-23 occurred abdellatif-ouahbi;gideon-saar", "agreement 2021-11-23 occurred abdellatif-ouahbi;gideon-saar"]),
    ("a signing a day after is not the arrival's", "وصل نيتسان هوروفيتس، اليوم، إلى الرباط، بعد يوم من توقيعه مذكرة تفاهم مع عبد الرحيم بيوض.", &["visit 2021-11-24 occurred nitzan-horowitz", "agreement  occurred abderrahim-beyyoudh", "agreement  occurred abderrahim-beyyoudh"]),
    ("a signing during a visit told in its relative clause is not its last day", "اختتم بيني غانتس، أمس، زيارته إلى المغرب، التي وقع خلالها مذكرة تفاهم مع عبد اللطيف لوديي.", &["visit 2021-11-23 occurred benny-gantz", "agreement  occurred benny-gantz;abdellatif-loudiyi", "agreement  occurred abdellatif-loudiyi"]),
    // An event noun an anniversary recalls ("في الذكرى الثانية للإعلان المشترك") is no event of
    // the sentence's day: an undated recall with none of the sentence's people, the call of the
    // day beside it (an anniversary marked by a meeting keeps the meeting: probe a11's «أحيا …
    // الذكرى الأولى للاتفاق بلقاء افتراضي», tests/probe.rs). Kept by a ceremony, it is no
    // signing of the ceremony's day and guests; an agreement signed on the anniversary is one.
    ("an event noun an anniversary recalls is no event of the day", "في الذكرى الثانية للإعلان المشترك، أجرى ناصر بوريطة أمس اتصالا هاتفيا مع يائير لابيد.", &["agreement  occurred ", "call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("an anniversary kept by a ceremony recalls its signing", "أحيت سفارة المغرب بتل أبيب، أمس، الذكرى الأولى لتوقيع الاتفاق الثلاثي، بحضور عبد الرحيم بيوض ويائير لابيد.", &["agreement  occurred "]),
    ("an agreement signed on an anniversary is of the day", "في ذكرى الاتفاق الثلاثي، وقع ناصر بوريطة ويائير لابيد أمس مذكرة تفاهم حول الماء.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a guest told by office meets as the person of that country", "استقبل رشيد الطالبي العلمي، أمس، ميكي ليفي، الذي يقوم بزيارة رسمية للمملكة.\nويلتقي الضيف الإسرائيلي، اليوم، النعم ميارة.", &["meeting 2021-11-23 occurred rachid-talbi-alami;mickey-levy", "visit 2021-11-23 occurred mickey-levy", "meeting 2021-11-24 occurred mickey-levy;enaam-mayara"]),
    // A hostile adjective stands for the country as the plain one does («الصهيونية», feminine
    // of «الصهيوني»): the minister is the one of Israel the page named.
    ("a minister told by office and a hostile adjective is the one of that country named before", "وقع رياض مزور، أمس، اتفاقا مع وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي.\nوكانت الوزيرة الصهيونية قد حلت بالمغرب يوم الأحد في زيارة تدوم ثلاثة أيام.", &["agreement 2021-11-23 occurred ryad-mezzour;orna-barbivai", "visit 2021-11-21 occurred orna-barbivai"]),
    // arevents: a visit named by where it goes, a larger event on whose sidelines talks are
    // held, a departure told in the feminine, gatherings opened, an airline's first flight,
    // an event told right after one already reported.
    ("a visit during which names where it goes: its visitor is named before, of another country", "وأجرت باربيفاي، أمس، مباحثات مع رياض مزور، خلال زيارة عمل تقوم بها إلى المملكة.", &["meeting 2021-11-23 occurred orna-barbivai;ryad-mezzour", "visit 2021-11-23 occurred orna-barbivai"]),
    ("talks on the sidelines of a summit are not the summit", "والتقى بوريطة، أمس، لابيد، على هامش قمة النقب التي احتضنتها إسرائيل بمشاركة وزراء خارجية (الولايات المتحدة، مصر).", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid;antony-blinken"]),
    ("the sidelines of a summit named bare are no new summit", "وعقد بوريطة، أمس، على هامش القمة لقاء مع لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a departure in the feminine is the visit", "وغادرت أييليت شاكيد المغرب، أمس، متوجهة إلى تل أبيب.", &["visit 2021-11-23 occurred ayelet-shaked"]),
    ("the opening of a forum is the forum", "وترأس رياض مزور ويوعاز هندل، أمس، افتتاح المنتدى الاقتصادي.", &["meeting 2021-11-23 occurred ryad-mezzour;yoaz-hendel"]),
    ("a forum started, its date beside the verb", "وانطلقت، أمس، أشغال المنتدى الاقتصادي المغربي الإسرائيلي بالدار البيضاء.", &["meeting 2021-11-23 occurred "]),
    ("an airline opening its first flight, past its long name", "ودشنت شركة الخطوط الملكية المغربية، أمس، أول رحلة مباشرة بين الدار البيضاء وتل أبيب.", &["flight 2021-11-23 occurred "]),
    ("right after the talks told before, on their day, by their parties", "واستقبل وهبي، أمس، جدعون ساعر.\nوعقب اللقاء، وقع الجانبان مذكرة تفاهم.", &["meeting 2021-11-23 occurred abdellatif-ouahbi;gideon-saar", "meeting  occurred ", "agreement 2021-11-23 occurred abdellatif-ouahbi;gideon-saar"]),
    ("whereas opens another event's names", "ووقع بوريطة وبلينكن، أمس، اتفاقية للتعاون، فيما التقى لابيد وعبد الله بن زايد.", &["agreement 2021-11-23 occurred nasser-bourita;antony-blinken", "meeting  occurred yair-lapid;abdullah-bin-zayed"]),
    // Leads that date nothing, "today" in a quotation, talks with an unnamed group, a
    // signing by video, an office upgraded, a noun that is a verb's subject, a visit's
    // programme, a day named after "ابتداء من يوم".
    ("a lead with no date: its verb's event is the publication day", "حل وزير الدفاع الإسرائيلي بيني غانتس بالرباط في زيارة رسمية هي الأولى من نوعها.", &["visit 2021-11-24 occurred benny-gantz"]),
    ("a lead with no date takes the day a later sentence gives its event", "وقع المغرب وإسرائيل اتفاقية للتعاون في مجال الدفاع والأمن.\nوجرى توقيع الاتفاقية، أمس الثلاثاء، بمقر الوزارة بالرباط.", &["agreement 2021-11-23 occurred ", "agreement 2021-11-23 occurred "]),
    ("the follow-up of a lead with no date takes its day", "وقعت الوكالة المغربية للطاقة المستدامة وشركة إسرائيلية مذكرة تفاهم في مجال الطاقة.\nووقع المذكرة عن الجانب المغربي ليلى بنعلي وعن الجانب الإسرائيلي كارين الحرار.", &["agreement 2021-11-24 occurred ", "agreement 2021-11-24 occurred leila-benali;karine-elharrar"]),
    // The acts for later in a planned trip's «حيث» clause are on the trip's day.
    ("acts for later where a planned trip goes", "ومن المرتقب أن تتوجه أورنا باربيفاي غدا الخميس إلى الدار البيضاء، حيث ستزور الميناء وتلتقي رياض مزور.", &["visit 2021-11-25 planned orna-barbivai;ryad-mezzour", "meeting 2021-11-25 planned orna-barbivai;ryad-mezzour"]),
    // An event still waiting for a date has not taken place.
    ("a visit pending with no date", "ولا تزال زيارة الرئيس الإسرائيلي إلى الرباط، التي تحدثت عنها الصحف مرارا، معلقة دون موعد.", &[]),
    ("a visit whose date is not set yet", "وأوضح المصدر أن زيارة الوزير إلى تل أبيب لم يحدد موعدها بعد.", &[]),
    // ... and the event named after a clause that leaves its day unsaid (موعد in construct).
    ("talks, with no date set for the next meeting", "والتقى بوريطة لابيد أمس بالرباط، دون تحديد موعد اللقاء المقبل.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("the date of a visit not set yet, the noun after", "ولم يُحدَّد بعد موعد زيارة الرئيس الإسرائيلي إلى الرباط.", &[]),
    ("the date of a visit not announced yet, the noun after", "ولم يعلن بعد عن موعد زيارة الوزير الإسرائيلي إلى الرباط.", &[]),
    // A reference a denial reaches in the next sentence takes back the plan, or the act told
    // in the present, that it names (scan::denied_references, untold::deny_the_referred),
    // with the purpose told after it; an act told in the past stays.
    ("ar: «ولم يتم تحديد أي موعد لهذه الزيارة» after a reported visit", "وقال مسؤول إسرائيلي إن أورنا باربيفاي تزور المغرب للقاء نظيرها.\nولم يتم تحديد أي موعد لهذه الزيارة حتى الآن.", &[]),
    ("ar: «غير أن هذه الزيارة ألغيت» after a plan", "وكان من المقرر أن تزور أورنا باربيفاي الرباط الأسبوع المقبل.\nغير أن هذه الزيارة ألغيت في آخر لحظة.", &[]),
    ("en: 'no date has been set for the visit' after a reported visit", "An Israeli official said Orna Barbivai visits Morocco to meet her Moroccan counterpart.\nNo date has been set for the visit.", &[]),
    ("en: 'this visit was called off' after a plan", "Orna Barbivai will visit Rabat next week.\nThis visit was called off on Tuesday.", &[]),
    ("fr: « aucune date n'a été fixée pour cette visite » after a reported visit", "Selon un responsable israélien, Orna Barbivai se rend au Maroc pour rencontrer son homologue.\nAucune date n'a été fixée pour cette visite.", &[]),
    ("en: a cancelled visit of someone else is no reference to the plan told before", "Ayelet Shaked will visit Rabat next month.\nThe visit of a Knesset delegation to Rabat was called off.", &["visit 2021-12 planned ayelet-shaked"]),
    ("en: a visit told in the past stays, whatever is said of its earlier plans", "Orna Barbivai visited Rabat on Monday.\nThis visit was called off twice last year.", &["visit 2021-11-22 occurred orna-barbivai"]),
    // A date nobody has set makes the plan right before it one of no day (rows `…-unset`): no
    // row; a past act before it, or in a clause before, keeps its day.
    ("ar: «في موعد لم يحدد بعد» after a present visit", "ويزور وزير العدل الإسرائيلي جدعون ساعر الرباط في موعد لم يحدد بعد.", &[]),
    ("en: 'at a date yet to be set' after a planned visit", "Gideon Saar will visit Rabat at a date yet to be set, his office said on Tuesday.", &[]),
    ("fr: « à une date qui n'a pas encore été fixée » after « attendu »", "Gideon Saar est attendu à Rabat à une date qui n'a pas encore été fixée.\nLe roi prononcera samedi un discours.", &[]),
    ("en: an act signed, to enter into force at a later date, keeps its day", "Gideon Saar signed a memorandum on Tuesday with his Moroccan counterpart, which will enter into force at a later date.", &["agreement 2021-11-23 occurred gideon-saar;abdellatif-ouahbi"]),
    // Talks named as the agreements' subject are no talks held.
    ("agreements covering consultations are no talks", "وقع وزيرا خارجية البلدين أمس في الرباط اتفاقيتين تشملان المشاورات السياسية والتعاون الثقافي.", &["agreement 2021-11-23 occurred "]),
    ("a memorandum on consultations is no talks", "ووقع الجانبان أمس مذكرة تفاهم بشأن المشاورات السياسية بين الوزارتين.", &["agreement 2021-11-23 occurred "]),
    ("a noun in a lead with no date is not dated by it", "أميط اللثام عن توقيع الشرطة الإسرائيلية اتفاقيات أمنية مع نظيرتها المغربية.", &["agreement  occurred "]),
    ("today in a quotation is the day it was said", "وقال غانتس في تصريح أدلى به أمس الثلاثاء: \"وقعنا اليوم مذكرة تفاهم مع المغرب\".", &["agreement 2021-11-23 occurred benny-gantz"]),
    ("today in a quotation said on no day told is the publication day", "وقال غانتس في تصريح للصحافة: «وقعنا اليوم مذكرة تفاهم مع المغرب».", &["agreement 2021-11-24 occurred benny-gantz"]),
    // Talks with a group left unnamed at a stop the sentence tells are that stop's, even with
    // the visitor told by his office; told alone, they stay a row (group44).
    ("talks with an unnamed group at a stop of the trip are the stop", "ومن المرتقب أن يتوجه الضيف الإسرائيلي غدا إلى فاس، حيث سيزور المدينة العتيقة ويلتقي بعدد من أبناء الجالية اليهودية.", &["visit 2021-11-25 planned "]),
    ("talks with an unnamed group told alone, the visitor by his office", "ومن المرتقب أن يلتقي الوزير الإسرائيلي غدا بعدد من أبناء الجالية اليهودية.", &["meeting 2021-11-25 planned "]),
    // «على أن» opening its sentence tells a plan; after a comma it goes on with its sentence.
    ("a plan told by a conjunction opening its sentence", "على أن يلتقي غانتس ناصر بوريطة في مراكش.", &["meeting  planned benny-gantz;nasser-bourita"]),
    ("the conjunction after a comma goes on with its sentence", "والتقى غانتس أمس عبد اللطيف لوديي في الرباط، على أن يلتقي ناصر بوريطة.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting  occurred benny-gantz;nasser-bourita"]),
    ("talks with an unnamed group are part of the visit", "واختتمت أييليت شاكيد، أمس، زيارة إلى المغرب التقت خلالها عددا من المسؤولين المغاربة.", &["visit 2021-11-23 occurred ayelet-shaked"]),
    ("a signing by video is no call", "ووقع لوديي وغانتس، أمس عبر تقنية التناظر المرئي، مذكرة تفاهم.", &["agreement 2021-11-23 occurred abdellatif-loudiyi;benny-gantz"]),
    ("an office upgrade announced is an opening on the announcement's day", "وأعلنت الرباط، أمس، ترقية مكتب الاتصال المغربي في تل أبيب إلى سفارة.", &["opening 2021-11-23 occurred "]),
    ("an office upgrade decided is planned", "وقررت الحكومة الإسرائيلية، أمس، رفع مستوى مكتب الاتصال في الرباط إلى سفارة.", &["opening 2021-11-23 planned "]),
    ("a delegation noun right after a verb is its subject, the date the verb's", "والتقى الوفد، أمس، وزير الخارجية ناصر بوريطة.", &["meeting 2021-11-23 occurred nasser-bourita"]),
    ("a present verb during a visit is its programme, not today", "واختتم غانتس أمس زيارة إلى المغرب.\nوكان غانتس يلتقي خلالها بالمسؤولين.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("from tomorrow: the day named, not a day ago", "ويقوم غانتس، ابتداء من يوم غد الخميس، بزيارة إلى المغرب.", &["visit 2021-11-25 planned benny-gantz"]),
    ("at the invitation of is not planned", "حل رئيس الكنيست ميكي ليفي بالرباط أمس في زيارة بدعوة من رئيس مجلس النواب.", &["visit 2021-11-23 occurred mickey-levy;rachid-talbi-alami"]),
    ("a suspension is no event", "وعلقت الخطوط الملكية المغربية، أمس، رحلاتها المباشرة نحو تل أبيب.", &[]),
    ("a suspension told by its noun is no event", "وقررت الشركة تعليق الرحلات الجوية المباشرة بين البلدين.", &[]),
    // The meeting stands (not suspended); who comments reports it, he is not a party.
    ("commented on is no suspension", "وعلق غانتس على لقائه، أمس، برئيس الحكومة عزيز أخنوش.", &["meeting 2021-11-23 occurred aziz-akhannouch"]),
    ("a time reference names its own event, not the news after it", "وبعد أيام من زيارة وزير الدفاع الإسرائيلي بيني غانتس للرباط، بحث الفاروق بلخير، أمس، مع أفيف كوخافي التعاون العسكري.", &["visit  occurred benny-gantz", "meeting 2021-11-23 occurred farouk-belkhir;aviv-kochavi"]),
    ("who is met during a visit is no visitor", "واختتم رئيس الكنيست ميكي ليفي، أمس، زيارة إلى المغرب التقى خلالها النعم ميارة.", &["visit 2021-11-23 occurred mickey-levy", "meeting 2021-11-23 occurred mickey-levy;enaam-mayara"]),
    ("a visit told by its end and the weekday it began", "واختتم رئيس الكنيست ميكي ليفي، أمس الثلاثاء، زيارة إلى المغرب بدأها يوم الأحد.", &["visit 2021-11-21 occurred mickey-levy"]),
    ("who receives a visit told during talks is no visitor", "وعلى هامش زيارته للمغرب، عقد رئيس الموساد دافيد برنياع، أمس، لقاء مع ياسين المنصوري.", &["visit 2021-11-23 occurred david-barnea", "meeting 2021-11-23 occurred david-barnea;yassine-mansouri"]),
    ("that he signed: the speaker is a party", "وقالت أييليت شاكيد، أمس، إنها وقعت مذكرة تفاهم مع الرباط.", &["agreement 2021-11-23 occurred ayelet-shaked"]),
    ("a nationality then a country visited is no list of offices", "وزار وزير الخارجية الإسرائيلي المغرب أمس.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("preparations for an opening are the talks' topic", "وبحث بوريطة، أمس، مع لابيد الاستعدادات لافتتاح سفارتي البلدين.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("a visit he will make is for later", "وقال غانتس إن بلاده ستوقع اتفاقية مع المغرب خلال زيارة سيقوم بها إلى الرباط.", &["agreement  planned ", "visit  planned benny-gantz"]),
    // arevents (unseen pages): who watched a signing, an invitation, a visit going on since a
    // day, an envoy's posting, a welcome of a plane.
    ("who is present at a signing did not sign", "وقع ناصر بوريطة ويائير لابيد، أمس بالرباط، مذكرة تفاهم، بحضور رئيس الحكومة عزيز أخنوش.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("who is present at a signing no one is named to sign stands for it", "ووقعت شركتان من البلدين، أمس، مذكرة تفاهم بحضور ناصر بوريطة ويائير لابيد.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("who sponsors a signing did not sign", "ووقع بوريطة ولابيد، أمس، اتفاقية للتعاون تحت رعاية رئيس الحكومة عزيز أخنوش.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    // (The Airbus, its airline named in the apposition, is now a flight mention of its own, the same flight's row: planes_that_landed.)
    ("fr: an aircraft of the airline of the flight told before lands that flight", "Le premier vol direct entre Tel-Aviv et Marrakech a atterri mardi.\nUn Airbus d'Israir, parti de l'aéroport Ben Gourion, s'est posé en début d'après-midi à l'aéroport de Marrakech-Ménara.", &["flight 2021-11-23 occurred ", "flight 2021-11-23 occurred "]),
    // Who watched an act of another clause is no traveller of the visit told in this one
    // (participants.rs watched_in_another_clause); one present in the visit's own clause stays.
    ("who watched a signing is no traveller of the delegation of the next clause", "ووقع الطرفان، أمس، إعلانا مشتركا بحضور الملك محمد السادس، حين نقلت طائرة تابعة لشركة العال الوفد الأمريكي الإسرائيلي من تل أبيب.", &["agreement 2021-11-23 occurred mohammed-vi", "visit  occurred "]),
    ("en: who watched a signing is no traveller of the delegation of the next clause", "The two sides signed a joint declaration on Tuesday in the presence of King Mohammed VI, as an El Al plane carried the American and Israeli delegation from Tel Aviv.", &["agreement 2021-11-23 occurred mohammed-vi"]),
    // A visit told in a relative clause on the one who watched is his own; a presence told
    // after the visit is another act's only when its own clause tells that act.
    ("who watched a signing and is visiting in the relative clause on her is the visitor", "ووقع الطرفان، أمس، مذكرة تفاهم بحضور وزيرة الانتقال الطاقي ليلى بنعلي ونظيرتها الإسرائيلية كارين الحرار، التي تقوم بزيارة للمملكة.", &["agreement 2021-11-23 occurred leila-benali;karine-elharrar", "visit 2021-11-23 occurred karine-elharrar;leila-benali"]),
    ("en: who watched a signing and is visiting in the relative clause on her is the visitor", "The two agencies signed a memorandum on Tuesday in the presence of Leila Benali and her Israeli counterpart Karine Elharrar, who is on a visit to the Kingdom.", &["agreement 2021-11-23 occurred leila-benali;karine-elharrar", "visit 2021-11-23 occurred karine-elharrar;leila-benali"]),
    ("a presence after the visit set off by a comma alone was at the visit", "واستقبل الملك محمد السادس، أمس، يائير لابيد بالقصر الملكي بالرباط فور وصوله، بحضور رئيس الحكومة عزيز أخنوش.", &["meeting 2021-11-23 occurred mohammed-vi;yair-lapid;aziz-akhannouch", "visit 2021-11-23 occurred mohammed-vi;yair-lapid;aziz-akhannouch"]),
    ("a presence in the next clause's own act was not on the journey", "ووصل وزير الخارجية ناصر بوريطة مساء أمس إلى تل أبيب، لحضور اجتماع يستضيفه يائير لابيد اليوم وبحضور أنتوني بلينكن.", &["visit 2021-11-23 occurred nasser-bourita;yair-lapid", "meeting 2021-11-24 occurred nasser-bourita;yair-lapid;antony-blinken"]),
    ("en: who is present in the visit's own clause was at it", "Benny Gantz visited the headquarters of the Royal Armed Forces on Wednesday in the presence of Abdellatif Loudiyi.", &["visit 2021-11-24 occurred benny-gantz;abdellatif-loudiyi"]),
    // A date told after the subject's next act ("before flying back on Thursday", « avant de
    // regagner Israël jeudi », «قبل أن يعود … يوم الخميس») is that act's day, not the plan's
    // (dating.rs told_after_a_next_act); told before the phrase it stays the plan's.
    ("en: a day after 'before + gerund' is the next act's", "Benny Gantz is expected to meet Nasser Bourita in Rabat before flying back to Israel on Thursday.", &["meeting  planned benny-gantz;nasser-bourita"]),
    ("en: a day before 'before + gerund' is the plan's", "Benny Gantz will meet Nasser Bourita in Rabat on Thursday before flying back to Israel.", &["meeting 2021-11-25 planned benny-gantz;nasser-bourita"]),
    ("fr: a day after « avant de + infinitif » is the next act's", "Benny Gantz doit rencontrer Nasser Bourita à Rabat avant de regagner Israël jeudi.", &["meeting  planned benny-gantz;nasser-bourita"]),
    ("ar: a day after «قبل أن + verb» is the next act's", "ومن المقرر أن يلتقي بيني غانتس ناصر بوريطة في الرباط قبل أن يعود إلى إسرائيل يوم الخميس.", &["meeting  planned benny-gantz;nasser-bourita"]),
    ("en: who is present at a signing did not sign", "Nasser Bourita and Yair Lapid signed an agreement on Tuesday in Rabat, in the presence of Aziz Akhannouch.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("fr: an invitation to visit is no visit", "Mardi, Yair Lapid a invité M. Nasser Bourita à se rendre en Israël.", &[]),
    ("Darija: met with", "وتلاقى عبد الوافي لفتيت البارح مع أييليت شاكيد فالرباط.", &["meeting 2021-11-23 occurred abdelouafi-laftit;ayelet-shaked"]),
    ("who presides a signing is a party", "وترأس رئيس الحكومة عزيز أخنوش، أمس، حفل توقيع مذكرة تفاهم بين ناصر بوريطة ويائير لابيد.", &["agreement 2021-11-23 occurred aziz-akhannouch;nasser-bourita;yair-lapid"]),
    ("who is present at talks takes part", "وبحث بوريطة، أمس، مع لابيد سبل التعاون، بحضور عزيز أخنوش.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid;aziz-akhannouch"]),
    ("a call to visit is no visit", "ودعا بينيت، خلال اتصال هاتفي أمس، عزيز أخنوش إلى زيارة إسرائيل.", &["call 2021-11-23 occurred naftali-bennett;aziz-akhannouch"]),
    ("a visit going on since a day began that day", "واستقبل عزيز أخنوش، اليوم الأربعاء، ميكي ليفي، الذي يقوم بزيارة للمملكة منذ يوم الإثنين.", &["meeting 2021-11-24 occurred aziz-akhannouch;mickey-levy", "visit 2021-11-22 occurred mickey-levy"]),
    ("en: a visit he has been making since a day began that day; his talks in it keep him", "Yair Lapid, who has been visiting Morocco since Monday, met Nasser Bourita in Rabat.", &["visit 2021-11-22 occurred yair-lapid", "meeting 2021-11-22 occurred yair-lapid;nasser-bourita"]),
    ("en: 'since' a day after a visit in apposition parts no subject from its verb", "Benny Gantz, on a visit to Rabat since Tuesday, met Abdellatif Loudiyi.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: a visit made since a year is a habit, no first day (a present: the day of writing)", "Yair Lapid has been visiting Morocco since 2019.", &["visit 2021-11-24 occurred yair-lapid"]),
    ("en: talks of a stay told with no visit word take no day from its 'since'", "Yair Lapid, who has been in Morocco since Monday, held talks with Nasser Bourita.", &["meeting  occurred yair-lapid;nasser-bourita"]),
    // Who the visitor a relative clause describes meets, named after the clause, is his host.
    ("the one met after a visitor's clause is no visitor", "والتقى وزير الخارجية الإسرائيلي يائير لابيد، الذي يزور المملكة منذ يوم الإثنين، رئيس الحكومة عزيز أخنوش.", &["meeting  occurred yair-lapid;aziz-akhannouch", "visit 2021-11-22 occurred yair-lapid"]),
    ("talks with a host after a visitor's clause", "وبحث وزير الدفاع بيني غانتس، الذي يقوم بزيارة للمغرب منذ أمس، مع الوزير المنتدب عبد اللطيف لوديي التعاون العسكري.", &["meeting  occurred benny-gantz;abdellatif-loudiyi", "visit 2021-11-23 occurred benny-gantz"]),
    ("the first visit since a year is no visit going on", "وتعد زيارة ميكي ليفي الأولى من نوعها منذ عام 2000.", &["visit  occurred mickey-levy"]),
    // An envoy who comes to take up his post arrives: his arrival, not the office's opening
    // (which is the day it is inaugurated).
    ("an envoy arriving to head an office arrives", "وحل دافيد غوفرين، أمس، بالرباط ليتولى رئاسة مكتب الاتصال الإسرائيلي.", &["visit 2021-11-23 occurred david-govrin"]),
    ("an envoy arriving to take up his post arrives", "وحل ديفيد غوفرين، أمس الثلاثاء، بالرباط ليتسلم مهامه على رأس مكتب الاتصال.", &["visit 2021-11-23 occurred david-govrin"]),
    ("who welcomes a plane is no passenger", "وحطت أمس بمطار بن غوريون أول طائرة للخطوط الملكية المغربية وعلى متنها وفد من رجال الأعمال.\nوكان في استقبال الطائرة عبد الرحيم بيوض.", &["flight 2021-11-23 occurred ", "visit 2021-11-23 occurred "]),
    // Earlier visits listed by person and date (src/events/listed.rs).
    ("earlier visits listed by person and date are visits of their own", "وتأتي زيارة الوزير بعد سلسلة زيارات لمسؤولين إسرائيليين: وزير العدل جدعون ساعر في سبتمبر، ووزيرة الاقتصاد أورنا باربيفاي في أكتوبر، التي بحثت مع نظيرها رياض مزور المبادلات التجارية.", &["visit  occurred ", "visit 2021-09 occurred gideon-saar", "visit 2021-10 occurred orna-barbivai", "meeting 2021-10 occurred orna-barbivai;ryad-mezzour"]),
    ("a plural visit noun listing no one is no visit", "وتبادل البلدان الزيارات الرسمية منذ استئناف العلاقات.", &[]),
    // The same plural noun told generically in English and French (triggers_en.csv
    // en-visit-plural-list, en-visit-plural-subject-list; triggers_fr.csv fr-visit-plural-list):
    // no visit of its own, the acts told after it are theirs, "X visits Y" stays the verb.
    ("ar: acts told after a generic plural visit noun are their own", "وتوالت الزيارات الرسمية بين البلدين: فقد افتتح يائير لابيد مكتب الاتصال في الرباط في أغسطس، ووقع بيني غانتس مذكرة تفاهم مع عبد اللطيف لوديي في نونبر.", &["opening 2021-08 occurred yair-lapid", "agreement 2021-11 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: acts told after a plural subject 'visits' are their own", "High-level visits have multiplied since the two countries restored ties: Yair Lapid opened the liaison office in Rabat in August, and Benny Gantz signed a memorandum with Abdellatif Loudiyi in November.", &["opening 2021-08 occurred yair-lapid", "agreement 2021-11 occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: 'an exchange of visits' is no visit", "The two ministers agreed on Tuesday to an exchange of visits between Rabat and Jerusalem.", &[]),
    ("en: a headline of months of visits is no visit", "A year of reciprocal visits between Rabat and Tel Aviv\nNasser Bourita signed a memorandum with Yair Lapid on Tuesday.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("en: 'X visits Y' after a title stays a visit", "Israeli Defence Minister Benny Gantz visits Rabat on Wednesday.", &["visit 2021-11-24 occurred benny-gantz"]),
    ("fr: des actes dits après « les visites se succèdent » sont les leurs", "Les déplacements ministériels se multiplient depuis la reprise des relations : Yaïr Lapid a inauguré le bureau de liaison à Rabat en août, et Benny Gantz a signé un mémorandum avec Abdellatif Loudiyi en novembre.", &["opening 2021-08 occurred yair-lapid", "agreement 2021-11 occurred benny-gantz;abdellatif-loudiyi"]),
    ("fr: « a notamment séjourné » après des « visites » est la visite", "Les visites ministérielles se sont accélérées : Orna Barbivai a notamment séjourné à Rabat en février.", &["visit 2021-02 occurred orna-barbivai"]),
    ("fr: « une série de visites » n'est pas une visite", "Une série de visites a rapproché Rabat et Tel-Aviv depuis un an.", &[]),
    ("the clause after an earlier visit is that visitor's", "وتأتي زيارة غانتس بعد زيارة وزير الخارجية يائير لابيد في أغسطس، حين التقى نظيره ناصر بوريطة.", &["visit  occurred benny-gantz", "visit 2021-08 occurred yair-lapid", "meeting 2021-08 occurred yair-lapid;nasser-bourita"]),
    ("under the supervision of is presence", "ووقع بوريطة ولابيد أمس اتفاقية للطيران تحت إشراف رئيس الحكومة عزيز أخنوش.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    // A demonstrative back-reference is the event just told (src/events/build/mod.rs).
    ("this flight is the flight just told", "حطت أمس بمطار الرباط أول طائرة قادمة من تل أبيب.\nوتعتبر هذه الرحلة أول رحلة تجارية مباشرة بين البلدين.", &["flight 2021-11-23 occurred "]),
    ("what this flight fulfils is no second flight", "حطت أمس بمطار الرباط أول طائرة قادمة من تل أبيب.\nوتعد هذه الرحلة تتويجا للإعلان المشترك الذي نص على إقامة خطوط جوية مباشرة بين البلدين.", &["flight 2021-11-23 occurred ", "agreement  planned "]),
    ("a flight told by its bare noun alone is no flight", "وكانت الرحلة من الرباط إلى مراكش طويلة.", &[]),
    // A reference names people of an event of its own type (src/events/participants.rs).
    ("a reference to the visit names no one of the opening", "افتتح لبيد أمس مكتب الاتصال الإسرائيلي في الرباط.\nونشر لبيد صورة مع بوريطة واصفا هذه الزيارة بالتاريخية.", &["opening 2021-11-23 occurred yair-lapid"]),
    // Whom talks were with is not a party to the next item of a list of events.
    ("who talks were with is not a party to the next items", "ويتضمن برنامج لبيد أمس مباحثات مع نظيره ناصر بوريطة، وتوقيع اتفاقيات، وافتتاح مكتب الاتصال.", &["meeting 2021-11-23 planned yair-lapid;nasser-bourita", "agreement  planned yair-lapid", "opening  planned yair-lapid"]),
    // What a sentence told during a call says was said on the phone: its acts take no day
    // from the call (src/events/build/mod.rs).
    ("acts told during the call take not its day", "أجرى بوريطة أمس اتصالا هاتفيا مع نظيره الإسرائيلي يائير لابيد.\nوأكد بوريطة خلال الاتصال أن أولى الرحلات الجوية المباشرة بين البلدين ستنطلق قريبا.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid", "flight  planned "]),
    ("a call during the call with a relative clause is its own", "وخلال الاتصال الهاتفي الذي أجراه بوريطة أمس مع يائير لابيد، بحث الوزيران التعاون.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    // The reception told back after a sequel word dates the act after it (triggers.csv
    // meeting-reception-referred): the signing follows the audience, on its day.
    ("a signing after the reception told back takes its day", "واستقبل الملك محمد السادس، أمس الثلاثاء، وزير الخارجية الإسرائيلي يائير لابيد.\nوبعد الاستقبال، تم التوقيع على مذكرة تفاهم وقعها عن الجانب المغربي ناصر بوريطة.", &["meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "meeting  occurred ", "agreement 2021-11-23 occurred nasser-bourita"]),
    ("a joint declaration signed after the reception, Egyptian spelling", "استقبل العاهل المغربى الملك محمد السادس مساء أمس بالقصر الملكى وزير الدفاع الإسرائيلى بينى غانتس.\nوعقب الاستقبال جرى التوقيع على إعلان مشترك بين البلدين، وقعه عن الجانب المغربى عبد اللطيف لوديي.", &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz", "meeting  occurred ", "agreement 2021-11-23 occurred abdellatif-loudiyi"]),
    // An act told as done at a reception or an audience, naming no one, is the received's, on
    // the reception's day (audience.rs act_at_the_reception_takes_its_people; kind
    // `at-reception`, and "where" after the place of the reception); the host watched.
    ("ar: an act signed during the reception told back is the received's", "واستقبل الملك محمد السادس أمس بالقصر الملكي وزير الخارجية الإسرائيلي يائير لابيد.\nوتم أثناء الاستقبال التوقيع على اتفاقية للتعاون في مجال الطيران.", &["meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "agreement 2021-11-23 occurred yair-lapid"]),
    ("ar: «حيث» after the palace where the delegation was received", "حل بالرباط أمس وفد إسرائيلي يقوده ألون أوشبيز.\nواستقبل الملك محمد السادس أعضاء الوفد بالقصر الملكي، حيث وقع المغرب وإسرائيل إعلانا مشتركا.", &["visit 2021-11-23 occurred alon-ushpiz", "meeting 2021-11-23 occurred mohammed-vi;alon-ushpiz", "agreement 2021-11-23 occurred alon-ushpiz"]),
    ("en: 'where' after the palace where the delegation was received", "An Israeli delegation led by Alon Ushpiz landed in Rabat on Tuesday.\nKing Mohammed VI received the delegation at the royal palace later that day, where Israel and Morocco signed a joint declaration.", &["visit 2021-11-23 occurred alon-ushpiz", "meeting  occurred mohammed-vi", "agreement 2021-11-23 occurred alon-ushpiz"]),
    ("fr: « où » after the palace where the delegation was received", "Une délégation israélienne conduite par Alon Ushpiz est arrivée mardi à Rabat.\nLe roi Mohammed VI a reçu la délégation au palais royal dans l'après-midi, où Israël et le Maroc ont signé une déclaration commune.", &["visit 2021-11-23 occurred alon-ushpiz", "meeting 2021-11-23 occurred mohammed-vi;alon-ushpiz", "visit 2021-11-23 occurred ", "agreement 2021-11-23 occurred alon-ushpiz"]),
    ("fr: « lors de l'audience » told back", "Une délégation israélienne conduite par Alon Ushpiz est arrivée mardi à Rabat.\nLe roi Mohammed VI a reçu la délégation dans l'après-midi.\nLors de l'audience, Israël et le Maroc ont signé une déclaration commune.", &["visit 2021-11-23 occurred alon-ushpiz", "meeting 2021-11-23 occurred mohammed-vi;alon-ushpiz", "visit 2021-11-23 occurred alon-ushpiz", "meeting  occurred mohammed-vi;alon-ushpiz", "agreement 2021-11-23 occurred alon-ushpiz"]),
    ("fr: « à l'issue de laquelle » after a reception", "Une délégation israélienne conduite par Alon Ushpiz est arrivée mardi à Rabat.\nLe roi Mohammed VI a reçu la délégation en audience dans l'après-midi, à l'issue de laquelle Israël et le Maroc ont signé une déclaration commune.", &["visit 2021-11-23 occurred alon-ushpiz", "meeting 2021-11-23 occurred mohammed-vi;alon-ushpiz", "visit 2021-11-23 occurred ", "agreement 2021-11-23 occurred alon-ushpiz"]),
    // The King's reception told in English or French by a past reception verb is his meeting
    // with the received beside their visit (latin/kinds.rs audience_is_the_visit): an act told
    // at it, which the Latin reading of "Morocco and Israel signed" gives the two just named,
    // is still the received's, not the host's (audience.rs act_at_the_reception_takes_its_people).
    ("en: 'during which' after the King's meeting is the received's act", "King Mohammed VI received Yair Lapid at the royal palace in Rabat on Tuesday, during which Morocco and Israel signed three agreements.", &["meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "visit 2021-11-23 occurred yair-lapid;mohammed-vi", "agreement 2021-11-23 occurred yair-lapid"]),
    ("en: 'during the audience' after the King hosted a minister", "King Mohammed VI hosted Israeli Defence Minister Benny Gantz on Tuesday.\nDuring the audience, Israel and Morocco signed a security memorandum.", &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz", "visit 2021-11-23 occurred benny-gantz;mohammed-vi", "agreement 2021-11-23 occurred benny-gantz"]),
    ("fr: « lors de cette audience » after the King welcomed a minister", "Le roi Mohammed VI a accueilli mardi le ministre israélien de la Défense Benny Gantz.\nLors de cette audience, Israël et le Maroc ont signé un mémorandum sécuritaire.", &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz", "visit 2021-11-23 occurred benny-gantz;mohammed-vi", "agreement 2021-11-23 occurred benny-gantz"]),
    ("ar: «خلال هذا الاستقبال» after the King's reception, the control", "واستقبل الملك محمد السادس أمس وزير الدفاع الإسرائيلي بيني غانتس.\nوتم خلال هذا الاستقبال التوقيع على مذكرة تفاهم أمنية بين المغرب وإسرائيل.", &["meeting 2021-11-23 occurred mohammed-vi;benny-gantz", "agreement 2021-11-23 occurred benny-gantz"]),
    // "On the sidelines of" a reception or an audience (kind `at-reception`) tells an act
    // done there as well as "during" does: the received signed.
    ("ar: «على هامش الاستقبال» told back", "واستقبل الملك محمد السادس أمس بالقصر الملكي وزير الخارجية الإسرائيلي يائير لابيد.\nوجرى على هامش الاستقبال التوقيع على اتفاقية للتعاون في مجال الطيران.", &["meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "agreement 2021-11-23 occurred yair-lapid"]),
    ("en: 'on the sidelines of the audience' after a reception", "King Mohammed VI received Yair Lapid at the royal palace on Tuesday, and on the sidelines of the audience two agreements on trade and water were signed.", &["meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "visit 2021-11-23 occurred yair-lapid;mohammed-vi", "agreement 2021-11-23 occurred yair-lapid"]),
    ("fr: « en marge de l'audience » told back", "Le roi Mohammed VI a reçu mardi Yair Lapid au palais royal.\nEn marge de l'audience, deux accords sur le commerce et l'eau ont été signés.", &["meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "visit 2021-11-23 occurred yair-lapid;mohammed-vi", "meeting 2021-11-23 occurred yair-lapid;mohammed-vi", "agreement 2021-11-23 occurred yair-lapid"]),
    // Who is named in a presence phrase at a plane's landing watched its welcome: no passenger,
    // so the landing stays the flight, no trip of his (participants.rs `watching`).
    ("ar: who was present at a plane's welcome is no passenger", "وحطت أمس بمطار الرباط سلا أول طائرة تابعة لشركة العال وسط أجواء احتفالية، بحضور رئيس مكتب الاتصال الإسرائيلي ديفيد غوفرين.", &["flight 2021-11-23 occurred "]),
    ("en: who was present at a plane's welcome is no passenger", "Israir's first plane landed in Marrakech on Tuesday, where it was greeted with a water salute in the presence of Israel's liaison chief David Govrin.", &["flight 2021-11-23 occurred "]),
    // A first flight told as the way a delegation came carries it (visitor_plane.rs); the
    // corpus merge dates it by the arrival.
    ("the first flight the delegation came on carries it", "وحل وفد إسرائيلي يقوده ألون أوشبيز بالرباط أمس.\nوكان الوفد قد نزل بمطار الرباط سلا على متن أول رحلة مباشرة لشركة العال.", &["visit 2021-11-23 occurred alon-ushpiz", "visit 2021-11-23 occurred alon-ushpiz", "flight  occurred alon-ushpiz"]),
    // Talks named as what agreements are about are no meeting (topic rows of the triggers).
    ("consultations an agreement is about are no talks", "ووقع الوزيران أمس اتفاقيتين تتعلقان بالمشاورات السياسية والنقل الجوي.", &["agreement 2021-11-23 occurred "]),
    ("en: consultations agreements are about are no talks", "Bourita and Lapid signed on Tuesday two agreements on political consultations and air transport.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("fr: consultations des accords portant sur elles", "Bourita et Lapid ont signé mardi deux accords portant sur les consultations politiques et le transport aérien.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    // A headline cut in two by a stop inside its line is no lead and no body sentence: its
    // present tells no day, the body's signing does.
    ("a two-part headline's present is no day", "المغرب وإسرائيل يوقعان مذكرة للتعاون الأمني.. وغانتس يزور الرباط\nووقع غانتس ولوديي أمس مذكرة تفاهم في مجال الدفاع.", &["agreement  occurred ", "visit  occurred benny-gantz", "agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    // The passengers of a flight named in the sentence after it, opened by an on-board word
    // (src/events/visitor_plane.rs passengers_named_next): the flight's people, and their visit.
    ("ar: a visit he is making «منذ أمس» began yesterday", "وقع وزير العدل المغربي عبد اللطيف وهبي اليوم مذكرة تفاهم مع نظيره الإسرائيلي جدعون ساعر، خلال زيارة يقوم بها لإسرائيل منذ أمس.", &["agreement 2021-11-24 occurred abdellatif-ouahbi;gideon-saar", "visit 2021-11-23 occurred abdellatif-ouahbi"]),
    ("ar: a landing's day is the visit's its sentence tells in another clause", "وقعت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي أمس اتفاقا للتعاون مع المغرب.\nوكانت الوزيرة الإسرائيلية قد حطت بالرباط الأحد، على رأس وفد من رجال الأعمال، في زيارة تستمر ثلاثة أيام.", &["agreement 2021-11-23 occurred orna-barbivai", "visit 2021-11-21 occurred orna-barbivai"]),
    ("ar: the passengers named after the flight's sentence", "حطت أمس بمطار الرباط سلا أول رحلة مباشرة لشركة العال قادمة من تل أبيب.\nوكان على متنها يائير لابيد ودافيد غوفرين.", &["flight 2021-11-23 occurred yair-lapid;david-govrin", "visit 2021-11-23 occurred yair-lapid;david-govrin"]),
    ("en: on board were, after the flight's sentence", "The first direct El Al flight landed in Rabat on Tuesday.\nOn board were Yair Lapid and David Govrin.", &["flight 2021-11-23 occurred yair-lapid;david-govrin", "visit 2021-11-23 occurred yair-lapid;david-govrin"]),
    ("fr: à bord se trouvaient, after the flight's sentence", "Mardi, le premier vol commercial entre Tel-Aviv et Rabat s'est posé à l'aéroport de Rabat-Salé.\nÀ bord se trouvaient Yair Lapid et David Govrin.", &["flight 2021-11-23 occurred yair-lapid;david-govrin", "visit 2021-11-23 occurred yair-lapid;david-govrin"]),
    ("a sentence after a flight not opened on board names no passenger", "حطت أمس بمطار الرباط سلا أول رحلة مباشرة لشركة العال قادمة من تل أبيب.\nوقال يائير لابيد إن التعاون سيتعزز.", &["flight 2021-11-23 occurred "]),
    // An act whose other side is a pronoun after its verb has the visitor told before as its
    // subject (triggers kind with-pronoun, src/events/build/told_before.rs).
    ("ar: signed with him after a reception", "وصل وزير الخارجية الإسرائيلي يائير لابيد إلى الرباط أمس الثلاثاء.\nواستقبله ناصر بوريطة في اليوم ذاته، ووقع معه اتفاقيتين للتعاون.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita", "agreement 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("en: he signed with him", "Yair Lapid arrived in Rabat on Tuesday. Welcomed the same day by his counterpart Nasser Bourita, he signed with him two agreements on trade and water.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita", "agreement 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("fr: il a signé avec lui", "Yair Lapid est arrivé mardi à Rabat. Accueilli le jour même par Nasser Bourita, il a signé avec lui deux accords sur le commerce.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita", "agreement 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    // A hope or a wish to visit is no plan (scan.rs, triggers kind hope), and a date told for
    // elections is the elections' (date owners), not the hoped visit's.
    ("ar: a hoped visit is no event", "وقال نفتالي بينيت إنه يأمل زيارة الرباط، غير أن الانتخابات المقررة في نوفمبر المقبل قد تؤخر ذلك.", &[]),
    ("en: hopes to visit is no event", "Naftali Bennett said he hopes to visit Rabat, though the elections set for November could delay it.", &[]),
    ("fr: espère se rendre is no event", "Naftali Bennett a dit espérer se rendre à Rabat, mais les élections prévues en novembre pourraient retarder ce voyage.", &[]),
    // A willingness to visit, told with no date, is a wish too (rows of the hope lists), and so
    // is what the trip would be for (scan.rs drop_invited_visits).
    ("ar: a willingness to visit is no event", "وأعلن رئيس الوزراء الإسرائيلي نفتالي بينيت أنه مستعد لزيارة الرباط، دون أن يحدد موعدا لذلك.", &[]),
    ("ar: a readiness shown to visit and meet is no event", "وأبدى يائير لابيد استعداده لزيارة المغرب ولقاء نظيره ناصر بوريطة.", &[]),
    ("en: ready to travel and meet is no event", "Naftali Bennett said he was ready to travel to Rabat to meet Nasser Bourita, though no date has been set.", &[]),
    ("en: willing to visit is no event", "Yair Lapid is willing to visit Morocco again, an aide said.", &[]),
    ("fr: s'est dit prêt à se rendre is no event", "Naftali Bennett s'est dit prêt à se rendre à Rabat pour rencontrer Nasser Bourita, sans qu'aucune date ne soit fixée.", &[]),
    // The day told right after a statement is the saying's: the plan said has only the dates
    // of its own words (dating.rs said_on_the_day); a plan told with its day keeps it.
    ("ar: the statement's Monday is not the plan's, its next month is", "وقال يائير لابيد يوم الاثنين إنه سيزور الرباط الشهر المقبل.", &["visit 2021-12 planned yair-lapid"]),
    ("ar: a plan announced on Monday with no day of its own is undated", "وأعلن يائير لابيد يوم الاثنين أنه سيزور الرباط.", &["visit  planned yair-lapid"]),
    ("en: said on Monday he will travel next month", "Yair Lapid said on Monday he will travel to Rabat next month.", &["visit 2021-12 planned yair-lapid"]),
    ("en: announced on Monday that he would visit", "Yair Lapid announced on Monday that he would visit Rabat.", &["visit  planned yair-lapid"]),
    ("fr: a déclaré lundi qu'il se rendrait", "Yair Lapid a déclaré lundi qu'il se rendrait à Rabat.", &["visit  planned yair-lapid"]),
    ("fr: a annoncé lundi qu'il se rendra le mois prochain", "Yair Lapid a annoncé lundi qu'il se rendra à Rabat le mois prochain.", &["visit 2021-12 planned yair-lapid"]),
    ("en: will travel on Monday keeps its Monday", "Yair Lapid will travel to Rabat on Monday, his office said.", &["visit 2021-11-29 planned yair-lapid"]),
    ("fr: se rendra lundi keeps its Monday", "Yair Lapid se rendra lundi à Rabat, a indiqué son cabinet.", &["visit 2021-11-29 planned yair-lapid"]),
    ("ar: سيزور يوم الاثنين keeps its Monday", "سيزور يائير لابيد الرباط يوم الاثنين، حسبما أفاد مكتبه.", &["visit 2021-11-29 planned yair-lapid"]),
    ("en: a past act announced on Monday is dated by it", "The ministry announced on Monday that Yair Lapid had arrived in Rabat.", &["visit 2021-11-22 occurred yair-lapid"]),
    // "The delegation" right after a reception verb is that verb's object, not a visit of its
    // own: the reception keeps the day told before it and the delegation's members.
    ("ar: the King received the delegation after its arrival", "وصل أمس الثلاثاء إلى الرباط وفد إسرائيلي يقوده مئير بن شبات.\nواستقبل الملك محمد السادس الوفد بالقصر الملكي بعد الظهر.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting 2021-11-23 occurred mohammed-vi;meir-ben-shabbat"]),
    // A host told by a long title before "the delegation" (beyond the object's reach): the
    // delegation noun's visit is the delegation's told before, its travellers', not the
    // host's own; "a delegation" (indefinite) received is another group, the host's guest.
    ("ar: the delegation received by a long-titled host is its trip", "حل بالرباط أمس الثلاثاء وفد إسرائيلي يترأسه مئير بن شبات.\nوقد استقبل العاهل المغربي الملك محمد السادس الوفد بالقصر الملكي بعد ساعات.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting 2021-11-23 occurred mohammed-vi;meir-ben-shabbat", "visit 2021-11-23 occurred meir-ben-shabbat"]),
    // An arrival told by its noun with a pronoun («بعد ساعات من وصولهم», «لدى وصوله») after a
    // reception of "the delegation" is the time of the reception and the delegation's arrival
    // (told_before.rs), not a visit of the host; a host who travels is told by his verb.
    ("ar: «بعد ساعات من وصولهم» in a reception is the delegation's arrival", "حطت أمس الثلاثاء بمطار الرباط طائرة على متنها وفد إسرائيلي يترأسه وزير الخارجية يائير لابيد.\nواستقبل الملك محمد السادس أعضاء الوفد بالقصر الملكي بعد ساعات من وصولهم، وحضر التوقيع على ثلاث اتفاقيات بين البلدين، وقعها عن الجانب المغربي وزير الخارجية ناصر بوريطة.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred mohammed-vi;nasser-bourita;yair-lapid", "visit 2021-11-23 occurred yair-lapid", "agreement 2021-11-23 occurred mohammed-vi;nasser-bourita"]),
    ("ar: «لدى وصوله» after a reception of the delegation is its arrival", "حطت أمس الثلاثاء بمطار الرباط طائرة على متنها وفد إسرائيلي يترأسه يائير لابيد.\nواستقبل الملك محمد السادس الوفد في القصر الملكي لدى وصوله، وترأس حفل توقيع اتفاقيتين وقعهما عن الجانب المغربي ناصر بوريطة.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred mohammed-vi;nasser-bourita;yair-lapid", "visit 2021-11-23 occurred yair-lapid", "agreement 2021-11-23 occurred mohammed-vi;nasser-bourita"]),
    ("ar: a host who travels, «حل الملك بـ…», stays the visitor", "حل الملك محمد السادس أمس الثلاثاء بمدينة العيون في زيارة رسمية.\nواستقبل الملك أعيان المدينة فور وصوله.", &["visit 2021-11-23 occurred mohammed-vi", "meeting  occurred mohammed-vi", "visit 2021-11-23 occurred mohammed-vi"]),
    ("ar: an indefinite delegation received is another group", "حل بالرباط أمس الثلاثاء وفد إسرائيلي يترأسه مئير بن شبات.\nوقد استقبل العاهل المغربي الملك محمد السادس وفدا من رجال الأعمال بالقصر الملكي بعد ساعات.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting  occurred meir-ben-shabbat;mohammed-vi", "visit 2021-11-23 occurred mohammed-vi"]),
    // "The delegation" a reception's clause receives is the trip's told before, though the
    // act told after «قبل أن» names its travellers with «مع» (successive.rs
    // leave_other_acts_partners): they stay the reception's guests; a partner of the later act
    // outside the delegation does not join the reception.
    ("ar: the delegation received before a signing with its travellers", "وحل بالرباط، مساء أمس الثلاثاء، وفد إسرائيلي يرأسه وزير الخارجية يائير لابيد.\nواستقبل العاهل المغربي محمد السادس الوفدَ بالقصر الملكي، قبل أن يبرم ناصر بوريطة مع لابيد ثلاث اتفاقيات للتعاون.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "agreement  occurred nasser-bourita;yair-lapid"]),
    ("ar: the delegation of two received before the declaration both sign", "وصل إلى الرباط أمس الثلاثاء وفد أمريكي إسرائيلي يقوده جاريد كوشنر ومئير بن شبات.\nوقد استقبل الملك محمد السادس الوفدَ الأمريكي الإسرائيلي بالقصر الملكي، قبل أن يوقع سعد الدين العثماني مع كوشنر وبن شبات الإعلان المشترك.", &["visit 2021-11-23 occurred jared-kushner;meir-ben-shabbat", "meeting 2021-11-23 occurred mohammed-vi;jared-kushner;meir-ben-shabbat", "agreement 2021-11-23 occurred saadeddine-othmani;jared-kushner;meir-ben-shabbat"]),
    ("ar: the later act's partner outside the delegation is not received", "وصل إلى الرباط أمس الثلاثاء وفد إسرائيلي يقوده مئير بن شبات.\nواستقبل الملك محمد السادس الوفد، قبل أن يوقع بوريطة مع وزير الخارجية الإسرائيلي يائير لابيد اتفاقية للطيران.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting 2021-11-23 occurred mohammed-vi;meir-ben-shabbat", "agreement  occurred nasser-bourita;yair-lapid"]),
    ("ar: a guest named, not the delegation, leaves the later act's partner out", "وصل إلى الرباط أمس الثلاثاء وزير الخارجية الإسرائيلي يائير لابيد.\nواستقبل الملك محمد السادس ناصر بوريطة، قبل أن يوقع بوريطة مع لابيد اتفاقية للطيران.", &["visit 2021-11-23 occurred yair-lapid", "meeting  occurred mohammed-vi;nasser-bourita", "agreement  occurred nasser-bourita;yair-lapid"]),
    // A trip told in a relative clause on a person named after another act, done and with no
    // date of its own, is that act's circumstance (sentence_end.rs trips_told_as_a_circumstance).
    ("en: who led a delegation there, after the signing", "The memorandum was signed on Tuesday in Rabat by Benny Gantz, who led a delegation of senior defence officials to the Moroccan capital.", &["agreement 2021-11-23 occurred benny-gantz"]),
    ("fr: qui conduisait une délégation, after the signing", "L'accord a été signé mardi à Rabat par Benny Gantz, qui conduisait une délégation israélienne dans la capitale marocaine.", &["agreement 2021-11-23 occurred benny-gantz"]),
    ("ar: الذي قاد وفدا, after the signing", "ووقع الاتفاقية أمس الثلاثاء بالرباط وزير الدفاع الإسرائيلي بيني غانتس، الذي قاد وفدا عسكريا إلى العاصمة المغربية.", &["agreement 2021-11-23 occurred benny-gantz"]),
    // misses (twenty-fifth session): the delegation's members received, its head told before
    // the object, and no day of the reception's own: the day of the trip told just before
    // (told_before.rs trip_of_the_delegation_received; kind `delegation-part`); not when the
    // trip is told three sentences up.
    ("ar: the members of the delegation a plane brought are received on its day", "حطت بمطار الرباط سلا، أمس الثلاثاء، طائرة إسرائيلية وعلى متنها وفد يقوده مئير بن شبات.\nواستقبل جلالة الملك محمد السادس أعضاء الوفد بالقصر الملكي.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting 2021-11-23 occurred mohammed-vi;meir-ben-shabbat"]),
    ("ar: the delegation's members received, a sentence between", "وصل إلى الرباط أمس الثلاثاء وفد إسرائيلي يقوده مئير بن شبات.\nويضم الوفد مسؤولين من وزارة الخارجية.\nواستقبل وزير الخارجية ناصر بوريطة أفراد الوفد بمقر الوزارة.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting 2021-11-23 occurred nasser-bourita;meir-ben-shabbat"]),
    ("ar: a delegation told three sentences up is received on a day not told", "وصل إلى الرباط أمس الثلاثاء وفد إسرائيلي يقوده مئير بن شبات.\nوقال مسؤول إن العلاقات متينة.\nوأشار بيان إلى أن التعاون سيتعزز.\nواستقبل الملك محمد السادس أعضاء الوفد بالقصر الملكي.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting  occurred mohammed-vi;meir-ben-shabbat"]),
    // An act done upon its subject's arrival («فور وصوله», «لدى وصولها»: kinds `upon`,
    // `arrival-noun`) is on the arrival's day told just before, and the arrival noun is that
    // visit again (told_before.rs arrival_upon_which, arrival_told_again); not someone else's.
    ("ar: talks upon her arrival are on its day", "حلت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي بالرباط، أمس الثلاثاء، في زيارة رسمية.\nوأجرت باربيفاي لدى وصولها مباحثات مع رياض مزور.", &["visit 2021-11-23 occurred orna-barbivai", "meeting 2021-11-23 occurred orna-barbivai;ryad-mezzour"]),
    ("ar: upon his arrival set apart by commas", "وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط أمس الثلاثاء.\nوالتقى غانتس، فور وصوله، الوزير المنتدب عبد اللطيف لوديي.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("ar: upon an arrival not told is no day", "وصلت أورنا باربيفاي إلى الرباط أمس الثلاثاء.\nوالتقى بيني غانتس فور وصوله عبد اللطيف لوديي.", &["visit 2021-11-23 occurred orna-barbivai", "meeting  occurred benny-gantz;abdellatif-loudiyi", "visit  occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: looks forward to visiting is no event", "Naftali Bennett said he looks forward to visiting Rabat soon.", &[]),
    // latin (twenty-second session): what talks are about is no event (src/events/scan.rs
    // drop_topics_of_talks), a statement recalled in a relative clause dates nothing after it
    // (dating::said_in_a_relative_clause), a participle-led reception is a meeting.
    ("fr: an event noun after sur after talks is their topic", "Yaïr Lapid a eu mardi des entretiens avec Nasser Bourita sur la signature d'un accord aérien.", &["meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("fr: consultations after the accords signed are their subject", "Yaïr Lapid et Nasser Bourita ont signé mardi deux accords, sur les consultations politiques et le transport aérien.", &["agreement 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("fr: an imperfect of saying keeps its month", "Yaïr Lapid, qui déclarait en juin que les liens allaient croître, a signé un accord aérien avec Nasser Bourita.", &["agreement  occurred yair-lapid;nasser-bourita"]),
    ("fr: a participle-led reception is a meeting on the day told before", "Yaïr Lapid est arrivé mardi à Rabat.\nReçu le jour même par Nasser Bourita, il a salué une étape historique.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    // A reception of "the delegation" told with its host after an agent word, by a participle
    // before its subject or a passive, is the trip of the delegation told before (the host
    // receives, does not visit); a delegation led by someone of another side is not that trip.
    ("fr: a participle before « la délégation » receives the trip told before", "Une délégation conduite par Yaïr Lapid a atterri mardi à Rabat.\nAccueillie en fin de journée par le roi Mohammed VI, la délégation a ensuite dîné au palais.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "visit 2021-11-23 occurred yair-lapid"]),
    // A fronted reception's host ('par X', 'by X' before the comma) is no actor of the main
    // clause (participants::fronted_reception_host_is_no_actor); « avec lui » names him again.
    ("fr: the host of a fronted reception signs nothing", "Un avion d'El Al s'est posé mardi à Rabat avec à son bord Yaïr Lapid.\nAccueillie en début de soirée par le roi Mohammed VI, la délégation conduite par Yaïr Lapid a ensuite paraphé deux accords.", &["flight 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred mohammed-vi;yair-lapid", "visit 2021-11-23 occurred yair-lapid", "agreement 2021-11-23 occurred yair-lapid"]),
    ("en: the host of a fronted reception signs nothing", "An El Al plane landed in Rabat on Tuesday carrying Yair Lapid.\nReceived by King Mohammed VI early in the evening, the delegation led by Yair Lapid later signed two accords.", &["flight 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;mohammed-vi", "agreement 2021-11-23 occurred yair-lapid", "visit 2021-11-23 occurred yair-lapid"]),
    ("fr: « la délégation » received by the king in the passive is the trip told before", "Une délégation conduite par Yaïr Lapid a atterri mardi à Rabat.\nLa délégation a été reçue le soir même par le roi Mohammed VI au palais royal.", &["visit 2021-11-23 occurred yair-lapid", "visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;mohammed-vi"]),
    ("en: a participle before 'the delegation' is the king's audience of the trip", "A delegation led by Yair Lapid landed in Rabat on Tuesday.\nReceived at the royal palace by King Mohammed VI, the delegation then attended a dinner.", &["visit 2021-11-23 occurred yair-lapid;mohammed-vi", "meeting 2021-11-23 occurred mohammed-vi;yair-lapid"]),
    ("fr: a delegation led by someone of the other side is not the trip told before", "Une délégation conduite par Yaïr Lapid a atterri mardi à Rabat.\nLa délégation marocaine, conduite par Nasser Bourita, s'est rendue mercredi à Jérusalem.", &["visit 2021-11-23 occurred yair-lapid", "visit 2021-11-24 occurred nasser-bourita"]),
    // A trip coordinated to talks, with no subject of its own, is the talks' subject's: their
    // object is whom he met, not who travels.
    ("en: a trip coordinated to talks is their subject's", "Benny Gantz arrived in Rabat on Tuesday.\nHe held talks with Nasser Bourita on Wednesday and was expected to visit Fez on Thursday.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-24 occurred benny-gantz;nasser-bourita", "visit 2021-11-25 planned benny-gantz"]),
    ("fr: a trip coordinated to talks by puis is their subject's", "Benny Gantz est arrivé mardi à Rabat.\nIl s'est entretenu mercredi avec Nasser Bourita puis s'est rendu à Fès.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-24 occurred benny-gantz;nasser-bourita", "visit 2021-11-24 occurred benny-gantz"]),
    // An invitation to meet is no talks of the day, in any language.
    ("fr: an invitation to meet is no talks of the day", "Yaïr Lapid est arrivé mardi à Rabat.\nNasser Bourita, qui a invité son hôte à rencontrer le chef du gouvernement jeudi, a salué une étape historique.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("en: an invitation to meet is no talks of the day", "Yair Lapid arrived in Rabat on Tuesday.\nNasser Bourita, who invited his guest to meet the head of government on Thursday, praised a historic step.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("ar: an invitation to meet is no talks of the day", "وصل يائير لابيد أمس الثلاثاء إلى الرباط.\nوقال ناصر بوريطة إنه دعا ضيفه إلى لقاء رئيس الحكومة يوم الخميس.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("en: a participle-led welcome is a meeting on the day told before", "Yair Lapid arrived in Rabat on Tuesday.\nWelcomed shortly afterwards by Nasser Bourita, he praised a historic step.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("fr: a participle-led welcome at the airport is no talks of its own", "Yaïr Lapid est arrivé mardi à Rabat.\nAccueilli à l'aéroport par des responsables marocains, il s'est ensuite entretenu avec Nasser Bourita.", &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("en: a welcome told later in the sentence stays a statement", "Antony Blinken on Thursday welcomed the memorandum signed on Tuesday by Benny Gantz and Abdellatif Loudiyi.", &["agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("a relative clause after talks opens no item", "أجرى لوديي أمس مباحثات مع وزير الدفاع الإسرائيلي بيني غانتس، الذي يقوم بزيارة رسمية للمملكة.", &["meeting 2021-11-23 occurred abdellatif-loudiyi;benny-gantz", "visit 2021-11-23 occurred benny-gantz"]),
    // A delegation a dated flight carries, told after its carrying word, came on it that day;
    // its heads named by the delegation's noun in the next sentence are the same trip
    // (src/events/visitor_plane.rs carried_delegation).
    ("ar: the delegation on board the flight, its head next", "هبطت بمطار الرباط سلا صباح أمس طائرة لشركة العال في أول رحلة تجارية مباشرة بين البلدين، وعلى متنها وفد إسرائيلي رفيع.\nويترأس الوفد وزير الخارجية يائير لابيد.", &["flight 2021-11-23 occurred ", "visit 2021-11-23 occurred "]),
    ("en: the delegation on board the flight, its head next", "The first direct commercial El Al flight landed in Rabat on Tuesday, carrying an Israeli delegation.\nThe delegation is led by Foreign Minister Yair Lapid.", &["flight 2021-11-23 occurred ", "visit 2021-11-23 occurred yair-lapid"]),
    ("fr: the delegation on board the flight, its head next", "Le premier vol commercial direct d'El Al s'est posé mardi à Rabat, avec à son bord une délégation israélienne.\nLa délégation est conduite par le ministre Yair Lapid.", &["flight 2021-11-23 occurred ", "visit 2021-11-23 occurred yair-lapid"]),
    // A call told right after an after word, with no day of its own, in the sentence of a
    // dated statement, came just before what the statement tells: its day (build/mod.rs
    // call_just_before); a call told before it takes none. The Latin sequel rule keeps that
    // day (latin/status.rs sequel_parts_the_date parts no date a statement gives), and a
    // decision's object ends at the clause break before the after word (a call the decision
    // came after is no act decided). The English phrasing's "would open" makes the sentence a
    // plan, the call with it.
    ("en: a call after which the statement came", "Naftali Bennett announced on Tuesday that the two countries would open embassies, after a phone call with Aziz Akhannouch.", &["opening  planned naftali-bennett;aziz-akhannouch", "call  planned naftali-bennett;aziz-akhannouch"]),
    ("en: a call after which a decision was announced", "Naftali Bennett said on Tuesday that the two governments had agreed to exchange ambassadors, following a telephone call with Aziz Akhannouch.", &["call 2021-11-23 occurred naftali-bennett;aziz-akhannouch"]),
    ("fr: un appel après lequel vint l'annonce", "Naftali Bennett a annoncé mardi que les deux pays ouvriraient des ambassades, après un entretien téléphonique avec Aziz Akhannouch.", &["call 2021-11-23 occurred naftali-bennett;aziz-akhannouch"]),
    // A Latin form that is both a present verb and a noun of its type ("visite") is the noun
    // after a determiner (src/events/scan.rs): a visit recalled after « après » keeps the date
    // closing its phrase, and « cette visite intervient … » refers back, no visit of the day.
    ("fr: a visit recalled with the month closing its phrase", "Un avion de la compagnie El Al a atterri dimanche à Marrakech, inaugurant une ligne directe.\nCe vol intervient après la visite à Rabat du ministre israélien Yair Lapid, le mois dernier.", &["flight 2021-11-21 occurred ", "visit 2021-10 occurred yair-lapid"]),
    ("fr: this visit comes after another is no visit of the day", "Le diplomate israélien David Govrin est arrivé mardi à Rabat.\nCette visite intervient quelques semaines après la déclaration signée le 22 décembre, au terme d'une visite de la délégation israélienne au Maroc.", &["visit 2021-11-23 occurred david-govrin", "agreement 2020-12-22 occurred "]),
    ("fr: the present verb after its subject is still the verb", "Yair Lapid visite Rabat ce mercredi.", &["visit 2021-11-24 occurred yair-lapid"]),
    // A measure of time between a sequel word and an event noun, closed by «على» as by «من»
    // (word list `counted-from`): the noun is the act the period is counted from, told aside,
    // no act of the sentence's subject (src/events/scan.rs refers_to).
    ("ar: a year counted from a recalled signing is no signing of the visitor", "حل وزير الخارجية الإسرائيلي يائير لابيد بالرباط أمس، بعد قرابة عام على توقيع الإعلان المشترك في دجنبر الماضي.", &["visit 2021-11-23 occurred yair-lapid", "agreement  occurred ", "agreement 2020-12 occurred "]),
    ("ar: weeks counted from a recalled visit are no visit of the caller", "أجرى بوريطة أمس اتصالا هاتفيا مع لابيد، قبل أسابيع على زيارة غانتس إلى الرباط.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid", "visit  occurred benny-gantz"]),
    ("ar: a call after which the statement came", "وأعلن نفتالي بينيت أمس أن البلدين سيفتحان سفارتين، بعد اتصال هاتفي مع عزيز أخنوش.", &["call 2021-11-23 occurred aziz-akhannouch"]),
    ("en: a call the statement came before takes not its day", "Naftali Bennett announced on Tuesday that the two countries would open embassies, ahead of a phone call with Aziz Akhannouch.", &["opening  planned naftali-bennett;aziz-akhannouch", "call  planned naftali-bennett;aziz-akhannouch"]),
    // A call told by its noun and the light verb of who made it ("اتصال أجراه").
    ("ar: a call he made, dated by an ordinal day of the month", "وجاء ذلك بعد اتصال أجراه عزيز أخنوش مع نفتالي بينيت في العاشر من الشهر الجاري.", &["call 2021-11-10 occurred aziz-akhannouch;naftali-bennett"]),
    // A meeting's other participants listed in the next sentence by a verb of taking part
    // (word list `taking-part`; src/events/participants.rs join_referred): they join the
    // meeting told right before, whoever it names already; further up, the list names its own.
    ("ar: a list of who took part joins the meeting told right before", "عقد وزير الخارجية الأمريكي أنتوني بلينكن أمس اجتماعا افتراضيا مع نظيره الإماراتي عبد الله بن زايد.\nوشارك في الاجتماع كل من ناصر بوريطة ويائير لابيد.", &["meeting 2021-11-23 occurred antony-blinken;abdullah-bin-zayed;nasser-bourita;yair-lapid", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("ar: a list of who took part two sentences after a meeting names its own", "عقد وزير الخارجية الأمريكي أنتوني بلينكن أمس اجتماعا افتراضيا مع نظيره الإماراتي عبد الله بن زايد.\nوأشاد الوزيران بالتعاون الاقتصادي.\nوشارك في الاجتماع كل من ناصر بوريطة ويائير لابيد.", &["meeting 2021-11-23 occurred antony-blinken;abdullah-bin-zayed", "meeting  occurred nasser-bourita;yair-lapid"]),
    ("fr: ceux qui ont pris part à la réunion la rejoignent", "Antony Blinken a tenu mardi une réunion avec Abdullah bin Zayed à Washington.\nYaïr Lapid et Nasser Bourita ont pris part à la réunion.", &["meeting 2021-11-23 occurred antony-blinken;abdullah-bin-zayed;yair-lapid;nasser-bourita", "meeting 2021-11-23 occurred antony-blinken;abdullah-bin-zayed;yair-lapid;nasser-bourita"]),
    // A change of office told after a time-clause word dates the event by another's career
    // (word lists `took-office`, `time-clause`; src/events/latin/participants.rs
    // office_change_names_no_party); who is met before keeps his part.
    ("en: who became prime minister after the committee met took no part", "The water committee met in Abu Dhabi on Tuesday, days before Yair Lapid became prime minister.", &["meeting 2021-11-23 occurred "]),
    ("fr: qui devint Premier ministre après la réunion du comité n'y prit pas part", "Le comité de l'eau s'est réuni mardi à Abou Dhabi, quelques jours avant que Yair Lapid ne devienne Premier ministre.", &["meeting 2021-11-23 occurred "]),
    ("en: the one met keeps his part whatever office he took before", "Nasser Bourita met Yair Lapid in Rabat on Tuesday, weeks after Lapid became foreign minister.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),

];

/// Postponements in the three languages (rows of kind `postponement`): put off to a day the
/// sentence names, the event is planned at that day; put off with no day, or called off, it is
/// no event.
const POSTPONEMENTS: &[(&str, &str, &[&str])] = &[
    ("ar: a postponement announced, to a month", "وأعلن الديوان الملكي أمس تأجيل زيارة نفتالي بينيت إلى المغرب إلى شهر يناير المقبل.", &["visit 2022-01 planned naftali-bennett"]),
    ("ar: a passive postponement, to next week", "وقد أرجئت زيارة بينيت للرباط إلى الأسبوع المقبل.", &["visit 2021-11-29 planned naftali-bennett"]),
    ("ar: a signing put off to mid-month", "وتقرر إرجاء توقيع الاتفاقية بين بوريطة ولابيد إلى منتصف دجنبر.", &["agreement 2021-12 planned nasser-bourita;yair-lapid"]),
    ("ar: the new day, not the day first set", "وتأجلت زيارة غانتس، التي كانت مقررة يوم 30 نونبر، إلى 6 دجنبر.", &["visit 2021-12-06 planned benny-gantz"]),
    ("ar: put off with ل glued to the date", "وقال المصدر إن زيارة غانتس أجلت للشهر المقبل.", &["visit 2021-12 planned benny-gantz"]),
    ("ar: put off sine die", "وأرجئت زيارة غانتس إلى الرباط إلى أجل غير مسمى.", &[]),
    ("ar: put off to a later date", "وأجلت زيارة غانتس إلى موعد لاحق.", &[]),
    ("ar: a date of another clause is no new date", "وأرجئت زيارة غانتس إلى ما بعد الانتخابات المقررة في مارس.", &[]),
    ("ar: the day first set, after a place, is no new date", "وقررت الحكومة تأجيل زيارة كان من المقرر أن يقوم بها غانتس إلى المغرب الأسبوع المقبل.", &[]),
    ("ar: called off", "وألغيت زيارة غانتس التي كانت مقررة الأسبوع المقبل.", &[]),
    // A relative clause of time ("during which", "au cours de laquelle", "وقع خلالها") takes
    // its antecedent's date, not that of the same family's event of the sentence before.
    ("en: an event during which takes its antecedent's date", "Israel and Bahrain signed a trade accord in September 2020.\nThe new deal follows a trip to Rabat by Benny Gantz last month, during which Israel signed a security memorandum with Morocco.", &["agreement 2020-09 occurred ", "visit 2021-10 occurred benny-gantz", "agreement 2021-10 occurred "]),
    ("fr: an event au cours de laquelle takes its antecedent's date", "Israël et Bahreïn ont signé un accord commercial en septembre 2020.\nCet accord fait suite à la visite de Benny Gantz à Rabat le mois dernier, au cours de laquelle Israël a signé un mémorandum de sécurité avec le Maroc.", &["agreement 2020-09 occurred ", "visit 2021-10 occurred benny-gantz", "agreement 2021-10 occurred "]),
    ("ar: an event told with خلالها takes its antecedent's date", "وقعت إسرائيل والبحرين اتفاقا تجاريا في سبتمبر 2020.\nويأتي الاتفاق الجديد بعد زيارة غانتس للرباط الشهر الماضي، التي وقع خلالها البلدان مذكرة تفاهم أمنية.", &["agreement 2020-09 occurred ", "visit 2021-10 occurred benny-gantz", "agreement 2021-10 occurred ", "agreement 2021-10 occurred "]),
    // A headline's bare "جلالة الملك" is the King, whose full name the body's first line gives
    // (src/gazetteer/offices.rs: a party named after a title is looked for in its own line).
    ("a headline's title is its holder though the body names him next", "جلالة الملك يتلقى مكالمة هاتفية من الرئيس الإسرائيلي\nتلقى صاحب الجلالة الملك محمد السادس، أمس الثلاثاء، مكالمة هاتفية من الرئيس الإسرائيلي إسحاق هرتسوغ.", &["call  occurred mohammed-vi;isaac-herzog", "call 2021-11-23 occurred mohammed-vi;isaac-herzog"]),
    // "the delegation" told just before, named with members of its side, is its visit
    // (src/events/build/told_before.rs); a member of the other side tells another one.
    ("the delegation's members join its visit", "وصل أمس إلى الرباط وفد إسرائيلي يقوده وزير الخارجية يائير لابيد.\nويضم الوفد الإسرائيلي دافيد غوفرين.", &["visit 2021-11-23 occurred yair-lapid;david-govrin"]),
    ("a delegation of the other side is another", "وصل أمس إلى الرباط وفد إسرائيلي يقوده وزير الخارجية يائير لابيد.\nويضم الوفد المغربي ناصر بوريطة.", &["visit 2021-11-23 occurred yair-lapid", "visit  occurred nasser-bourita"]),
    ("en: postponed until next month", "Benny Gantz's visit to Rabat was postponed until next month.", &["visit 2021-12 planned benny-gantz"]),
    ("en: a visit put off to a day", "Gantz postponed his visit to Rabat to December 15.", &["visit 2021-12-15 planned benny-gantz"]),
    ("en: postponed indefinitely", "Benny Gantz's visit to Rabat was postponed indefinitely.", &[]),
    ("en: called off", "Gantz called off his visit to Rabat.", &[]),
    ("fr: reportée au mois de", "La visite de Benny Gantz à Rabat, reportée au mois de janvier prochain, portera sur la sécurité.", &["visit 2022-01 planned benny-gantz"]),
    ("fr: a reporté au", "Le ministère a reporté la visite de Benny Gantz au 10 décembre.", &["visit 2021-12-10 planned benny-gantz"]),
    ("fr: reportée sine die", "La visite de Benny Gantz à Rabat a été reportée sine die.", &[]),
    // Words one list of put-off words lacked before the two were made one (the date words'
    // « deferred », ترجئ): a postponement of the events too.
    ("en: deferred to a month", "Benny Gantz's visit to Rabat was deferred to January.", &["visit 2022-01 planned benny-gantz"]),
    ("ar: an imperfect put-off", "وقررت الحكومة أن ترجئ زيارة غانتس إلى شهر يناير المقبل.", &["visit 2022-01 planned benny-gantz"]),
    ("fr: annulée", "La visite de Benny Gantz à Rabat a été annulée.", &[]),
];

/// A return home told with the act it came after ("returned home on Thursday after signing",
/// « est rentrée jeudi après la signature », «عادت أمس إلى بلادها بعد توقيع»): the day told
/// beside the return is the return's (rows `*-return-home`, a predicate); the act after the
/// sequel word came before it, on no day of the return's, nor on the page's day as a lead's
/// news.
const RETURNS: &[(&str, &str, &[&str])] = &[
    ("ar: the return's day is not the signing's", "وعادت وزيرة الداخلية الإسرائيلية أييليت شاكيد، أمس الثلاثاء، إلى تل أبيب بعد توقيع مذكرة تفاهم مع عبد الوافي لفتيت.", &["agreement  occurred abdelouafi-laftit", "agreement  occurred abdelouafi-laftit"]),
    ("ar: an undated return gives its act no page day", "رجع وزير الاقتصاد الإسرائيلي إلى بلاده بعد افتتاح مكتب الاتصال في الرباط.", &["opening  occurred orna-barbivai"]),
    ("en: the return's day is not the signing's", "On Tuesday, Israeli Interior Minister Ayelet Shaked flew back to Tel Aviv after signing a memorandum of understanding with Abdelouafi Laftit.", &["agreement  occurred ayelet-shaked;abdelouafi-laftit"]),
    ("fr: the return's day is not the opening's", "Le chef de la diplomatie israélienne est rentré mardi à Jérusalem après l'inauguration du bureau de liaison à Rabat.", &["opening  occurred yair-lapid"]),
    // The day told after the return, before the after word: the return's still, not the act's
    // told right after 'after', however near.
    ("en: a day between the return and 'after' is not the signing's", "Israeli Interior Minister Ayelet Shaked flew back to Tel Aviv on Tuesday after signing three agreements with Abdelouafi Laftit.", &["agreement  occurred ayelet-shaked;abdelouafi-laftit"]),
    ("en: a day between the return and 'following' is not the talks'", "Yair Lapid headed home on Wednesday following talks with Nasser Bourita.", &["meeting  occurred nasser-bourita"]),
    ("fr: a day between the return and « après » is not the signing's", "La ministre israélienne de l'Intérieur Ayelet Shaked a regagné Tel-Aviv mardi soir après avoir signé trois accords avec Abdelouafi Laftit.", &["agreement  occurred ayelet-shaked;abdelouafi-laftit"]),
    ("ar: a day between the return and «بعد» is not the signing's", "وعادت وزيرة الداخلية الإسرائيلية أييليت شاكيد إلى تل أبيب يوم الثلاثاء بعد توقيع ثلاث اتفاقيات مع عبد الوافي لفتيت.", &["agreement  occurred abdelouafi-laftit"]),
    // Any act told before the date keeps it from the act told after an after word.
    ("en: a signing's day is not the talks' told after 'after'", "Benny Gantz signed a defence memorandum with Abdellatif Loudiyi on Wednesday after talks with Farouk Belkhir.", &["agreement 2021-11-24 occurred benny-gantz;abdellatif-loudiyi", "meeting  occurred farouk-belkhir"]),
];

#[test]
fn a_return_home_dates_not_the_act_before_it() {
    assert_table(RETURNS, mentions);
    crate::test_support::assert_unique_names(RETURNS.iter().map(|c| c.0));
}

/// Acts told in a relative clause of time ("during which", « au cours de laquelle », «التي
/// التقى خلالها», «جرى خلالها التوقيع»): done on the event the clause describes, by its people —
/// the visitor with whom the clause names, the talks' two sides for a signing — not by the
/// actor of the sentence before; a day of the clause's own stays; a week is no event, so the
/// clause's act keeps its own people.
const DURING_WHICH: &[(&str, &str, &[&str])] = &[
    ("ar: met during a visit told before, not by the last sentence's actor", "وقع بيني غانتس، أمس، مذكرة تفاهم مع عبد اللطيف لوديي.\nوكانت زيارة ألون أوشبيز إلى الرباط في أكتوبر، التي التقى خلالها ناصر بوريطة، الأولى من نوعها.", &["agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "visit 2021-10 occurred alon-ushpiz", "meeting 2021-10 occurred alon-ushpiz;nasser-bourita"]),
    ("ar: a signing by a light verb during talks is the talks' sides'", "وأجرى عبد اللطيف وهبي، أمس، مباحثات مع جدعون ساعر، جرى خلالها التوقيع على مذكرة تفاهم.", &["meeting 2021-11-23 occurred abdellatif-ouahbi;gideon-saar", "agreement 2021-11-23 occurred abdellatif-ouahbi;gideon-saar"]),
    ("ar: a day of the clause's own stays", "وحل أفيف كوخافي بالرباط يوم الإثنين، في زيارة التقى خلالها الفاروق بلخير يوم الثلاثاء.", &["visit 2021-11-22 occurred aviv-kochavi", "meeting 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
    ("en: met during a visit, not by the last sentence's actor", "Benny Gantz signed a memorandum with Abdellatif Loudiyi last month.\nIsraeli army chief Aviv Kochavi paid a visit to Rabat on Tuesday, during which he met Farouk Belkhir.", &["agreement 2021-10 occurred benny-gantz;abdellatif-loudiyi", "visit 2021-11-23 occurred aviv-kochavi", "meeting 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
    ("en: a signing during talks is the talks' sides'", "Abdellatif Ouahbi held talks with Gideon Saar on Tuesday, during which the two ministers signed a memorandum.", &["meeting 2021-11-23 occurred abdellatif-ouahbi;gideon-saar", "agreement 2021-11-23 occurred abdellatif-ouahbi;gideon-saar"]),
    ("en: a day of the clause's own stays", "Aviv Kochavi began a visit to Rabat on Monday, during which he met Farouk Belkhir on Tuesday.", &["visit 2021-11-22 occurred aviv-kochavi", "meeting 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
    ("en: the week during which is no event", "Benny Gantz visited Rabat last month.\nIt was the week during which Nasser Bourita met Yair Lapid.", &["visit 2021-10 occurred benny-gantz", "meeting  occurred nasser-bourita;yair-lapid"]),
    ("fr: reçue au cours d'une visite, not by the last sentence's actor", "Benny Gantz a signé le mois dernier un mémorandum avec Abdellatif Loudiyi.\nLa ministre Ayelet Shaked a effectué mardi une visite de travail au Maroc, au cours de laquelle elle a été reçue par Abdelouafi Laftit.", &["agreement 2021-10 occurred benny-gantz;abdellatif-loudiyi", "visit 2021-11-23 occurred ayelet-shaked", "meeting 2021-11-23 occurred ayelet-shaked;abdelouafi-laftit"]),
    ("fr: a signing lors des entretiens is their sides'", "Abdellatif Ouahbi a eu mardi des entretiens avec Gideon Saar, lors desquels les deux ministres ont signé un mémorandum.", &["meeting 2021-11-23 occurred abdellatif-ouahbi;gideon-saar", "agreement 2021-11-23 occurred abdellatif-ouahbi;gideon-saar"]),
    ("fr: a day of the clause's own stays", "Aviv Kochavi a entamé lundi une visite à Rabat, au cours de laquelle il a rencontré Farouk Belkhir mardi.", &["visit 2021-11-22 occurred aviv-kochavi", "meeting 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
    // A present verb "during it" after a visit that has begun is its programme, still to come
    // (as "during which she will meet"); a past verb is what the visit held.
    ("ar: a present verb during a begun visit is planned", "ووصلت كارين الحرار، أمس، إلى الرباط في زيارة تستغرق يومين، تجتمع خلالها بليلى بنعلي.", &["visit 2021-11-23 occurred karine-elharrar", "meeting  planned karine-elharrar;leila-benali"]),
    ("ar: a past verb during the visit is done", "ووصلت كارين الحرار، أمس، إلى الرباط في زيارة استغرقت يومين، اجتمعت خلالها بليلى بنعلي.", &["visit 2021-11-23 occurred karine-elharrar", "meeting 2021-11-23 occurred karine-elharrar;leila-benali"]),
    ("en: will meet during a begun visit is planned", "Karine Elharrar arrived in Rabat on Tuesday for a two-day visit during which she will meet Leila Benali.", &["visit 2021-11-23 occurred karine-elharrar", "meeting  planned leila-benali"]),
    ("fr: rencontrera au cours d'une visite entamée est prévu", "Karine Elharrar est arrivée mardi à Rabat pour une visite de deux jours au cours de laquelle elle rencontrera Leila Benali.", &["visit 2021-11-23 occurred karine-elharrar", "meeting  planned leila-benali"]),
    // A stay told by its end and its length (src/events/visit_end.rs
    // told_by_its_end_with_a_length): the day told is its last, no day of what was done
    // during it; told with no length, the act keeps the day.
    ("ar: signed during a stay told by its end and length has no day of the end", "غادر وزير الدفاع الإسرائيلي الرباط أمس في ختام زيارة دامت ثلاثة أيام، وقع خلالها مع نظيره المغربي اتفاقية للتعاون الأمني.", &["visit 2021-11-23 occurred benny-gantz", "agreement  occurred benny-gantz;abdellatif-loudiyi"]),
    ("en: signed during a stay told by its end and length has no day of the end", "Israel's defence minister left Rabat on Tuesday at the end of a three-day visit, during which he signed a security accord with his Moroccan counterpart.", &["visit 2021-11-21 occurred benny-gantz", "agreement  occurred "]),
    ("fr: signé au cours d'un séjour dit par sa fin et sa durée n'a pas le jour de la fin", "Le ministre israélien de la Défense a quitté mardi Rabat à l'issue d'une visite de trois jours, au cours de laquelle il a signé un accord de sécurité avec son homologue marocain.", &["visit 2021-11-21 occurred benny-gantz", "agreement  occurred "]),
    // With a named counterpart too: the act's person in common with the visit does not give
    // it the visit's last day (it is dated within the trip by the merge).
    ("en: signed with a named counterpart during a stay told by its end and length has no day", "Aviv Kochavi wrapped up a three-day visit to Rabat on Tuesday, during which he signed a cooperation accord with Farouk Belkhir.", &["visit 2021-11-21 occurred aviv-kochavi", "agreement  occurred aviv-kochavi;farouk-belkhir"]),
    ("fr: reçu par un homologue nommé au cours d'un séjour dit par sa fin et sa durée n'a pas de jour", "Aviv Kochavi a quitté mardi Rabat au terme d'une visite de trois jours, au cours de laquelle il s'est entretenu avec Farouk Belkhir.", &["visit 2021-11-21 occurred aviv-kochavi", "meeting  occurred aviv-kochavi;farouk-belkhir"]),
    ("ar: met a named counterpart during a stay told by its end and length has no day", "اختتم رئيس الأركان الإسرائيلي أفيف كوخافي، أمس، زيارة إلى المغرب دامت ثلاثة أيام، التقى خلالها الفاروق بلخير.", &["visit 2021-11-21 occurred aviv-kochavi", "meeting  occurred aviv-kochavi;farouk-belkhir"]),
    ("en: told by its end with no length, the act keeps the day", "Aviv Kochavi left Rabat on Tuesday at the end of a visit during which he signed a cooperation accord with Farouk Belkhir.", &["visit 2021-11-23 occurred aviv-kochavi", "agreement 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
    ("fr: the week au cours de laquelle is no event", "Benny Gantz a visité Rabat le mois dernier.\nC'était la semaine au cours de laquelle Nasser Bourita a rencontré Yair Lapid.", &["visit 2021-10 occurred benny-gantz", "meeting  occurred nasser-bourita;yair-lapid"]),
];

/// The object of a review or a follow-up (rows `followed-up-*`, kind `fulfilment` with a
/// reach): an agreement signed before, told aside (its own date, if told), no agreement of the
/// day the review is told on, even with a day of its own told before the marker; a signing
/// whose object is an implementation stays one.
const FOLLOWED_UP: &[(&str, &str, &[&str])] = &[
    ("ar: the implementation reviewed is no signing of the day", "واستعرض بوريطة ولابيد، أمس، سير تتبع تنزيل مذكرة التفاهم بين البلدين.", &["agreement  occurred "]),
    ("ar: a memorandum for an implementation is signed", "ووقع الطرفان، أمس، مذكرة تفاهم لتنفيذ مشاريع مشتركة في مجال المياه.", &["agreement 2021-11-23 occurred "]),
    ("en: the follow-up reviewed is no signing of the day", "Bourita received Lapid in Rabat on Tuesday.\nThe two ministers reviewed the follow-up of the memorandum of understanding.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "agreement  occurred "]),
    ("en: a memorandum on an implementation is signed", "The two ministers signed on Tuesday a memorandum on the implementation of water projects.", &["agreement 2021-11-23 occurred "]),
    ("fr: la mise en œuvre passée en revue n'est pas une signature du jour", "Bourita a reçu Lapid mardi à Rabat.\nLes deux ministres ont fait le point sur la mise en œuvre du mémorandum d'entente.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid", "agreement  occurred "]),
    // A day told before the review is the review's, not the reviewed agreement's; one told
    // after the marker, in the agreement's own words, is its own.
    ("fr: le jour dit avant la revue n'est pas celui de l'accord", "Lundi, les deux ministres ont fait le point sur la mise en œuvre de l'accord tripartite signé à Rabat.", &["agreement  occurred "]),
    ("fr: the agreement's own month told after the marker stays", "Lundi, Bourita et Lapid ont passé en revue l'état d'avancement de l'accord tripartite signé en décembre.", &["agreement 2020-12 occurred "]),
    ("en: the call the review was made on keeps its day", "During a phone call on Monday, Bourita and Lapid reviewed the implementation of the agreement.", &["call 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr: un mémorandum pour une mise en œuvre est signé", "Les deux ministres ont signé mardi un mémorandum d'entente pour la mise en œuvre de projets hydrauliques.", &["agreement 2021-11-23 occurred "]),
    // An object that is no event noun ("the accord", « l'accord », «الاتفاق») leaves the
    // participle after it to tell the earlier act: it is recalled too; a verb coordinated after
    // the reviewed object is a new act of the day.
    ("en: the accord signed, reviewed, is no signing of the day", "Amir Peretz and Ryad Mezzour on Monday assessed the progress of the accord signed in Casablanca.", &["agreement  occurred "]),
    ("en: the deal inked, its follow-up told after the day, is no signing of the day", "On Tuesday, the delegations discussed the follow-up of the deal inked in Tel Aviv.", &["meeting 2021-11-23 occurred ", "agreement  occurred "]),
    ("en: the accord's own month told after the participle stays", "On Monday, the two ministers went over the implementation of the accord signed in December.", &["agreement 2020-12 occurred "]),
    ("en: a signing coordinated after the review is of the day", "On Monday, the two ministers reviewed the implementation of the roadmap and signed a new memorandum.", &["agreement 2021-11-22 occurred "]),
    ("fr: l'accord conclu, dont on suit l'application, n'est pas une signature du jour", "Mardi, Mezzour et Orna Barbivai ont examiné l'application de l'accord conclu à Jérusalem.", &["agreement  occurred "]),
    ("fr: la convention paraphée dont on dresse le bilan n'est pas du jour", "Les deux délégations ont dressé lundi le bilan de la convention paraphée à Rabat.", &["agreement  occurred "]),
    ("fr: une signature coordonnée après la revue est du jour", "Mardi, les deux ministres ont fait le point sur la mise en œuvre du plan d'action et ont signé une nouvelle convention.", &["agreement 2021-11-23 occurred "]),
    // A day told inside the marker's words (« ont fait le point mardi sur », "took stock on
    // Tuesday of"): the review's, not the agreement's.
    ("fr: a day inside « faire le point … sur » is the review's", "Abdellatif Loudiyi et Benny Gantz ont fait le point mardi sur le protocole d'accord de défense.", &["agreement  occurred "]),
    ("en: a day inside 'took stock … of' is the review's", "Abdellatif Loudiyi and Benny Gantz took stock on Tuesday of the defence memorandum of understanding.", &["agreement  occurred "]),
    ("en: a signing coordinated after a split review is of the day", "The two ministers took stock on Monday of the roadmap and signed a new memorandum.", &["agreement 2021-11-22 occurred "]),
    ("ar: the accord signed, its implementation followed, is no signing of the day", "وتابع الجانبان، يوم الاثنين، تفعيل الاتفاق الموقع في الدار البيضاء.", &[]),
];

/// A route told by its noun alone ("route", « feuille de route »): a flight only where its
/// sentence tells of flying (an airline, an airport, « aérienne ») or names a city or an airport
/// beside it; a road map is none.
const ROUTES: &[(&str, &str, &[&str])] = &[
    ("fr: a road map is no flight", "Nasser Bourita et Yair Lapid ont adopté mardi à Rabat une feuille de route pour la coopération économique.", &[]),
    ("en: a route to closer ties is no flight", "Morocco and Israel on Tuesday adopted a route for economic cooperation.", &[]),
    ("en: an airline's route is a flight", "Israir opened its route on Tuesday.", &["flight 2021-11-23 occurred "]),
    ("en: a route beside its cities is a flight", "The Casablanca-Tel Aviv route opened on Tuesday.", &["flight 2021-11-23 occurred "]),
    ("fr: une route aérienne est un vol", "Le Maroc et Israël ont ouvert mardi une route aérienne directe.", &["flight 2021-11-23 occurred "]),
];

#[test]
fn a_route_alone_is_a_flight_only_where_one_flies() {
    assert_table(ROUTES, mentions);
    crate::test_support::assert_unique_names(ROUTES.iter().map(|c| c.0));
}

/// A year told right after a figure ("131 millions de dollars en 2021") is the figure's, no
/// date of an event noun of another clause (the meeting the figures were shown at); a year in
/// the noun's own words stays.
const FIGURE_YEARS: &[(&str, &str, &[&str])] = &[
    ("fr: the figure's year is not the meeting's", "Les investissements israéliens au Maroc ont dépassé 40 millions d'euros en 2021, d'après les données dévoilées lors de la réunion.", &["meeting  occurred "]),
    ("ar: the figure's year is not the meeting's", "وارتفعت الاستثمارات الإسرائيلية في المغرب إلى 40 مليون يورو سنة 2021، وفق معطيات كشف عنها خلال الاجتماع.", &["meeting  occurred "]),
    ("fr: the meeting held in a year keeps it", "La réunion tenue en 2021 entre Bourita et Lapid a porté sur le commerce.", &["meeting 2021 occurred nasser-bourita;yair-lapid"]),
];

#[test]
fn a_figure_s_year_dates_no_meeting() {
    assert_table(FIGURE_YEARS, mentions);
    crate::test_support::assert_unique_names(FIGURE_YEARS.iter().map(|c| c.0));
}

#[test]
fn what_is_followed_up_was_signed_before() {
    assert_table(FOLLOWED_UP, mentions);
    crate::test_support::assert_unique_names(FOLLOWED_UP.iter().map(|c| c.0));
}

#[test]
fn acts_during_which_are_the_described_events() {
    assert_table(DURING_WHICH, mentions);
    crate::test_support::assert_unique_names(DURING_WHICH.iter().map(|c| c.0));
}

#[test]
fn postponements_to_a_day_are_plans() {
    assert_table(POSTPONEMENTS, mentions);
    crate::test_support::assert_unique_names(POSTPONEMENTS.iter().map(|c| c.0));
}

/// "The capital" told alone (rows of kind `capital`): (case, article body after a date line,
/// the places of each mention). The one country the sentence names, else the one country of
/// the places the story names; before a nationality, that country's; none when it is unclear.
const CAPITALS: &[(&str, &str, &[&str])] = &[
    ("ar: a story set in Rabat", "الرباط - حل وزير الدفاع الإسرائيلي بيني غانتس أمس بالعاصمة في زيارة رسمية.", &["visit rabat"]),
    ("ar: a story set in Tel Aviv", "تل أبيب - ووصل وزير الصناعة المغربي رياض مزور أمس إلى العاصمة في زيارة رسمية.", &["visit tel-aviv"]),
    ("ar: the country the sentence names", "وخلال زيارته لإسرائيل، التقى بوريطة أمس في العاصمة بيائير لابيد.", &["visit tel-aviv", "meeting tel-aviv"]),
    ("ar: before a nationality", "ووصل رياض مزور أمس إلى العاصمة الإسرائيلية في زيارة عمل.", &["visit tel-aviv"]),
    ("ar: no country clear", "وحل الوزير الإسرائيلي بيني غانتس أمس بالعاصمة في زيارة رسمية.", &["visit "]),
    ("ar: a longer name is no capital", "ووقع بوريطة ولابيد أمس اتفاقا في العاصمة الاقتصادية.", &["agreement "]),
    ("ar: a person named right after", "الرباط - والتقى غانتس أمس في العاصمة بوريطة.", &["meeting rabat"]),
    ("en: a story set in Rabat", "Rabat - Benny Gantz met Nasser Bourita in the capital on Tuesday.", &["meeting rabat"]),
    ("fr: a story set in Rabat", "Rabat - Benny Gantz a rencontré mardi Nasser Bourita dans la capitale.", &["meeting rabat"]),
];

#[test]
fn the_capital_alone_is_the_story_s() {
    let places = |body: &str| {
        let text = format!("نشر: 2021-11-24\n{body}\n");
        let x = extract_article(Article::from_text("t.txt", &text), context(), None);
        resolve_mentions(&x, context()).into_iter().map(|m| format!("{} {}", m.event_type.as_str(), m.places().iter().map(|p| p.to_string()).collect::<Vec<_>>().join(";"))).collect()
    };
    assert_table(CAPITALS, places);
    crate::test_support::assert_unique_names(CAPITALS.iter().map(|c| c.0));
}

/// Who and where, read from the words around the trigger: (case, article body after a date
/// line, each mention as "type date people | places | countries").
const PARTIES: &[(&str, &str, &[&str])] = &[
    // Tourists expected, or thousands awaited, are tourism: no visit (scan.rs drop_tourism).
    ("tourists expected to visit are no visit", "ويتوقع المهنيون أن يزور آلاف السياح الإسرائيليين أكادير خلال الشهر المقبل.", &[]),
    ("thousands of visitors awaited are no visit", "وتنتظر الفنادق وصول عشرات الآلاف من الزوار مع نهاية السنة.", &[]),
    // A reception whose object is travellers counted is tourism hoped for, no meeting; a
    // reception of a person named before the travellers stays one.
    ("a reception of counted tourists hoped for is no meeting", "وتأمل وزارة السياحة استقبال مئة ألف سائح إسرائيلي خلال الصيف المقبل.", &[]),
    ("a city getting ready to welcome thousands of tourists holds no meeting", "وتستعد مدينة مراكش لاستقبال آلاف السياح الإسرائيليين الأسبوع المقبل.", &[]),
    ("visitors counted in the singular after a number are travellers", "ويرتقب أن تستقبل أكادير نحو عشرين ألف زائر إسرائيلي في الربيع.", &[]),
    // A call's back-reference passes on the article's main countries it names: what the call
    // was about (src/events/participants.rs join_referred, scan.rs refers_back_after_during).
    ("the call referred to by during the call takes its sentence's countries", "أجرى الملك محمد السادس أمس اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب.\nوأكد الملك خلال الاتصال عزم المغرب استئناف علاقاته مع إسرائيل، وكرر أن إسرائيل شريك.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    ("the call referred to by while on the phone takes its sentence's countries", "تلقى رئيس الحكومة سعد الدين العثماني أمس مكالمة من وزير الخارجية الأمريكي مايك بومبيو.\nوأثناء المكالمة، شدد العثماني على التزام المغرب بعلاقاته مع إسرائيل، وكرر أن إسرائيل شريك.", &["call 2021-11-23 saadeddine-othmani;mike-pompeo |  | IL;MA;US"]),
    ("the call referred to by in this call takes its sentence's countries", "اتصل الملك محمد السادس أمس بالرئيس الأمريكي دونالد ترامب.\nوفي هذا الاتصال، أبلغه قرار المملكة المغربية استئناف علاقاتها مع دولة إسرائيل، وكرر أن إسرائيل شريك.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    ("a country that is no main one of the article is no party of the call referred to", "أجرى الملك محمد السادس أمس اتصالا هاتفيا مع الرئيس الأمريكي دونالد ترامب، وأكد المغرب أن إسرائيل شريك للمغرب.\nوتناول الملك خلال الاتصال الوضع في ليبيا.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    // The sentence after a call that tells what one side told the other is what the call was
    // about, with no back-reference (participants.rs join_call_content, list call-content).
    ("the call's content told by what one side told the other in the next sentence", "تلقى الملك محمد السادس أمس اتصالا هاتفيا من الرئيس الأمريكي دونالد ترامب.\nوذكر البيان أن الملك أخبر ترامب بأن المغرب سيعيد علاقاته مع إسرائيل في أقرب وقت.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    ("en: the call's content told by what one side told the other in the next sentence", "King Mohammed VI received a phone call from US President Donald Trump on Tuesday.\nThe statement said the King informed Trump that Morocco would soon restore its relations with Israel.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    ("fr: the call's content told by what one side told the other in the next sentence", "Le roi Mohammed VI a reçu mardi un appel téléphonique du président américain Donald Trump.\nSelon le communiqué, le souverain a informé son interlocuteur que le Maroc rétablirait bientôt ses relations avec Israël.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    // "مقابل اعتراف واشنطن بسيادة المغرب على الصحراء": what was recognised is the topic, the
    // region no place of the call (lexicon row topic-recognition).
    ("a region recognised is no place of the call", "أبلغ الملك محمد السادس الرئيس الأمريكي دونالد ترامب أمس، في اتصال هاتفي، عزم بلاده استئناف علاقاتها مع إسرائيل، مقابل اعتراف واشنطن بسيادة المغرب على الصحراء.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    ("a region recognised, Levantine wording, is no place of the call", "وكان الملك قد هاتف الرئيس الأمريكي دونالد ترامب أمس، وأبلغه استعداد المغرب للتطبيع مع إسرائيل، بعد الاعتراف الأمريكي بمغربية الصحراء الغربية.", &["call 2021-11-23 donald-trump;mohammed-vi |  | IL;MA;US"]),
    ("a minister among tourists keeps his visit", "ووصل وزير السياحة الإسرائيلي إلى أكادير أمس رفقة مئات السياح.", &["visit 2021-11-23 yoel-razvozov | agadir | IL;MA"]),
    // Coordinated back-references with a month each: one visit each (listed.rs).
    ("two visits coordinated, each with its month", "وجاء ذلك عقب زيارة يائير لابيد في غشت الماضي وبيني غانتس في أكتوبر الماضي.", &["visit 2021-08 yair-lapid |  | IL", "visit 2021-10 benny-gantz |  | IL"]),
    // The capitals of the two states' relations are no places (participants.rs told_as_states).
    ("the capitals of relations are the states", "وحطت أمس بمطار أكادير أول رحلة مباشرة قادمة من تل أبيب، وهي الأولى منذ استئناف العلاقات بين الرباط وتل أبيب.", &["flight 2021-11-23  | agadir-al-massira-airport;tel-aviv | IL;MA"]),
    // A later joiner is no party to the signing told before (participants.rs later_acts).
    ("a later joiner did not sign", "ووقعت البحرين اتفاقها مع إسرائيل في سبتمبر 2020، ثم لحق بها المغرب في ديسمبر.", &["agreement 2020-09  |  | BH;IL"]),
    // An Arabic wire's dateline city is where the story was written: a venue the sentence
    // names, or a trip abroad, wins over it (src/events/latin/lines.rs, the rule of every
    // language); told alone, it stays the place.
    ("a wire dateline's city yields to the venue", "الرباط - ومع: وقع وزير الدفاع الإسرائيلي بيني غانتس ونظيره المغربي عبد اللطيف لوديي أمس في مراكش مذكرة تفاهم.", &["agreement 2021-11-23 benny-gantz;abdellatif-loudiyi | marrakesh | IL;MA"]),
    ("a wire dateline's city yields to a trip abroad", "تل أبيب - وكالات: سيتوجه وزير الخارجية الإسرائيلي يائير لابيد الأسبوع المقبل إلى المغرب.", &["visit 2021-11-29 yair-lapid |  | IL;MA"]),
    ("a wire dateline's city alone stays the place", "الرباط - ومع: التقى بوريطة أمس لابيد.", &["meeting 2021-11-23 nasser-bourita;yair-lapid | rabat | IL;MA"]),
    // "بين البلدين" is the page's two most named countries; of those named as often, the one
    // whose places and people the page names more (src/events/participants.rs main_countries).
    ("the two countries of a tie are those the page tells more of", "حطت أمس في مطار الرباط-سلا طائرة إسرائيلية قادمة من تل أبيب، في أول رحلة تجارية مباشرة بين البلدين.\nوأشاد العاهل المغربي بالرحلة.\nوكانت الإمارات قد وقعت مع إسرائيل معاهدة سلام العام الماضي.", &["flight 2021-11-23  | rabat-sale-airport;tel-aviv | IL;MA", "agreement 2020  |  | AE;IL"]),
    // A call with the broker told after "after" in the sentence of the act it came before is
    // the call that act came from: its sides are the page's two main countries (build/mod.rs
    // call_just_before); a call after "after" that names one side alone is not.
    ("en: a call the announced act came after takes the page's two countries", "Israel and Morocco will exchange ambassadors, Rabat said.\nThe move was announced on Monday after a phone call between King Mohammed VI and President Donald Trump.", &["call 2021-11-22 mohammed-vi;donald-trump |  | IL;MA;US"]),
    ("ar: a call the announced act came after takes the page's two countries", "قرر المغرب وإسرائيل تبادل السفراء، وستفتح إسرائيل سفارتها في الرباط.\nوأعلنت الرباط القرار أمس بعد محادثة هاتفية بين الملك محمد السادس والرئيس الأمريكي دونالد ترامب.", &["call 2021-11-23 mohammed-vi;donald-trump |  | IL;MA;US"]),
    ("a call after after naming one side alone keeps its own countries", "قرر المغرب وإسرائيل تبادل السفراء.\nوأعلنت الرباط القرار أمس، بعد محادثة هاتفية مع الملك محمد السادس.", &["call  mohammed-vi |  | MA"]),
    // A nationality and a name told after "with" and a second title are that title's: the
    // first, the King's, keeps its holder (participants.rs title_between).
    ("a title before with and another title keeps its own holder", "وقرر المغرب توسيع شراكته الاقتصادية.\nوجاء القرار بعد المباحثات الهاتفية التي أجراها جلالة الملك مع الرئيس الأمريكي دونالد ترامب أمس.", &["call 2021-11-23 donald-trump;mohammed-vi |  | MA;US"]),
    // Where a concession's drilling will be is what the agreement is about, not where it was
    // signed (lexicon rows topic-exploration*): the venue told before stays.
    ("ar: the coast a drilling deal is for is no venue", "ووقعت شركة نيوميد الإسرائيلية أمس اتفاقا مع المكتب الوطني للهيدروكاربورات والمعادن للتنقيب عن النفط قبالة سواحل طرفاية.", &["agreement 2021-11-23  |  | IL;MA"]),
    ("ar: the venue stays beside the coast a drilling deal is for", "ووقعت شركة نيوميد الإسرائيلية أمس في الرباط اتفاقا مع المكتب الوطني للهيدروكاربورات والمعادن للتنقيب عن النفط قبالة سواحل طرفاية.", &["agreement 2021-11-23  | rabat | IL;MA"]),
    ("en: the block a drilling deal is for is no venue", "NewMed signed a deal with ONHYM on Tuesday to explore for oil off Tarfaya.", &["agreement 2021-11-23  |  | IL;MA"]),
    ("a state resuming its ties later did not sign", "ووقعت الإمارات معاهدة السلام مع إسرائيل يوم 15 سبتمبر 2020، قبل أن تستأنف المملكة المغربية علاقاتها مع إسرائيل.", &["agreement 2020-09-15  |  | AE;IL"]),
];

/// Each mention as "type date people | places | countries".
fn parties(body: &str) -> Vec<String> {
    let text = format!("نشر: 2021-11-24\n{body}\n");
    let x = extract_article(Article::from_text("t.txt", &text), context(), None);
    let ids = |v: &[crate::idset::Id]| v.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(";");
    resolve_mentions(&x, context())
        .into_iter()
        .map(|m| format!("{} {} {} | {} | {}", m.event_type.as_str(), m.date.map(|d| d.to_string()).unwrap_or_default(), ids(m.people()), ids(m.places()), ids(m.countries())))
        .collect()
}

#[test]
fn parties_from_the_words_around() {
    assert_table(PARTIES, parties);
    crate::test_support::assert_unique_names(PARTIES.iter().map(|c| c.0));
}

/// The act an anniversary recalls, named by a chain of nouns ("the signing of the joint
/// declaration", « la signature de la déclaration conjointe », «توقيع الإعلان المشترك»): one
/// mention, undated (the day of the ceremony that marks it is not its day), with the countries
/// of its own complement ("between Morocco, the United States and Israel"), none of the
/// sentence's before it.
const ANNIVERSARY_RECALLS: &[(&str, &str, &[&str])] = &[
    ("ar: a chained recall is one act with its complement's countries", "نظمت جمعية مغربية، مساء أمس، أمسية في الذكرى الأولى لتوقيع الإعلان الثلاثي بين المغرب والولايات المتحدة وإسرائيل.", &["agreement   |  | IL;MA;US"]),
    ("en: a chained recall is one act with its complement's countries", "A Moroccan association held an evening on Tuesday on the first anniversary of the signing of the joint declaration between Morocco, the United States and Israel.", &["agreement   |  | IL;MA;US"]),
    ("fr: a chained recall is one act with its complement's countries", "Une association marocaine a organisé mardi soir une soirée pour le premier anniversaire de la signature de la déclaration conjointe entre le Maroc, les États-Unis et Israël.", &["agreement   |  | IL;MA;US"]),
];

#[test]
fn an_anniversary_recalls_one_act_with_its_own_parties() {
    assert_table(ANNIVERSARY_RECALLS, parties);
    crate::test_support::assert_unique_names(ANNIVERSARY_RECALLS.iter().map(|c| c.0));
}

pub(super) fn mentions(body: &str) -> Vec<String> {
    let text = format!("نشر: 2021-11-24\n{body}\n");
    let x = extract_article(Article::from_text("t.txt", &text), context(), None);
    resolve_mentions(&x, context())
        .into_iter()
        .map(|m| format!("{} {} {} {}", m.event_type.as_str(), m.date.map(|d| d.to_string()).unwrap_or_default(), m.status.as_str(), m.people().join(";")))
        .collect()
}

#[test]
fn rule_families() {
    assert_table(CASES, mentions);
}

/// Asserts that `read` gives each case's expected lines, listing every case that does not.
pub(super) fn assert_table(cases: &[(&str, &str, &[&str])], read: impl Fn(&str) -> Vec<String>) {
    let mut failures = Vec::new();
    for (name, body, expected) in cases {
        let got = read(body);
        if got != *expected {
            failures.push(format!("{name}: {body}\n  expected {expected:?}\n  got      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn case_names_are_unique() {
    crate::test_support::assert_unique_names(CASES.iter().map(|c| c.0));
}

/// A group left unnamed after a meeting verb (the text after the trigger, normalised), in
/// each language's words.
#[test]
fn vague_groups_are_read_in_every_language() {
    let words = &context().lexicons.triggers.words;
    let cases: &[(&str, &str, bool)] = &[
        ("arabic, past during it", " خلالها بممثلي الطائفة اليهودية", true),
        ("arabic, members of a community after bi", " بأبناء الجالية اليهودية في المدينة", true),
        ("arabic, members of a community", " أفراد الجالية المغربية المقيمة", true),
        ("arabic, the community after with", " مع الجالية اليهودية بالدار البيضاء", true),
        ("arabic, a person", " وزير الخارجية ناصر بوريطة", false),
        ("arabic, between two sides", " بين مسؤولين من البلدين", false),
        ("english, between two sides", " between officials of the two countries", false),
        ("english, past the article and adjectives", " the local jewish community in fez", true),
        ("english, with", " with a group of moroccan doctors", true),
        ("english, a person", " moroccan foreign minister nasser bourita", false),
        ("english, the head after a stop is another clause's", " bourita, and the two officials", false),
        ("french, des", " des membres de la communauté juive", true),
        ("french, avec", " avec des représentants de la société civile", true),
        ("french, a person", " le ministre délégué mohcine jazouli", false),
        ("french, by a group after the stay's time and place", " durant deux jours à tel-aviv par des responsables du ministère", true),
        ("english, by a group after the stay's time and place", " for two days in tel aviv by senior officials of the ministry", true),
        ("french, by a person after the stay's time and place", " durant deux jours à rabat par le ministre nasser bourita", false),
        ("english, a group after a place with no agent is out of reach", " for two days in tel aviv and then officials", false),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, text, want) in cases {
        let text = crate::text::normalize::normalize_str(text);
        assert_eq!(super::unnamed_other_side(&text, 0, text.len(), words), *want, "{name}: {text:?}");
    }
}

/// What may stand between a statement's date and the event noun it announces.
#[test]
fn a_statement_object_follows_its_date() {
    let articles = &context().lexicons.triggers.words.articles;
    let cases: &[(&str, &str, bool)] = &[
        ("nothing", " ", true),
        ("a comma", ", ", true),
        ("an article", " the ", true),
        ("an aside between commas, an article", ", dans un communiqué, la ", true),
        ("an aside before the trigger's own article", ", dans un communiqué, ", true),
        ("a long aside", ", in a statement released late in the evening by its office, the ", false),
        ("words, not an aside", " that the two countries had ", false),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for (name, gap, want) in cases {
        assert_eq!(super::opens_the_object(gap, articles), *want, "{name}: {gap:?}");
    }
}

/// When a noun after "the" is the object a statement announces, not a clause's subject.
#[test]
fn a_statement_object_is_its_news() {
    let words = &context().lexicons.triggers.words;
    // (name, sentence, statement, date ("" for none), noun, object?)
    let cases: &[(&str, &str, &str, &str, &str, bool)] = &[
        ("dated object", "the ministry announced on wednesday the signing of a memorandum.", "announced", "wednesday", "signing", true),
        ("object without a date", "the ministry confirmed the visit of the israeli minister.", "confirmed", "", "visit", true),
        ("a clause's subject", "gantz said on thursday the visit was a milestone.", "said", "thursday", "visit", false),
        ("a subject past its complement", "gantz said the visit to rabat will open a new chapter.", "said", "", "visit", false),
        ("a relative clause is the object's", "the ministry announced the signing of a deal that will boost trade.", "announced", "", "signing", true),
        ("a word between is no object", "the ministry announced that the visit was postponed.", "announced", "", "visit", false),
    ];
    crate::test_support::assert_unique_names(cases.iter().map(|c| c.0));
    for &(name, sentence, statement, date, noun, want) in cases {
        let at = |w: &str| sentence.find(w).map(|k| k..k + w.len()).unwrap();
        let dates: Vec<std::ops::Range<usize>> = if date.is_empty() { Vec::new() } else { vec![at(date)] };
        let got = super::untold::object_of_a_statement(sentence, &at(noun), &[at(statement)], sentence.len(), &dates, words);
        assert_eq!(got, want, "{name}: {sentence:?}");
    }
}

/// `line_ends_with_a_stop` reads only the line's end: it says what the whole line (from
/// `line_around`) says, for lines with trailing spaces, blank lines and a stop inside the line.
#[test]
fn line_ends_with_a_stop_reads_the_whole_line() {
    use super::{line_around, line_ends_with_a_stop};
    use crate::text::segment::ends_with_a_stop;
    let texts = ["وقع الوزيران الاتفاق.", "عنوان.. وتتمة\nفقرة تامة.  \n", "Headline\n\n  \nBody sentence. Another one!\t\n", "\n \n", "a.\n\nb"];
    for text in texts {
        for at in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
            assert_eq!(line_ends_with_a_stop(text, at), ends_with_a_stop(&text[line_around(text, at)]), "{text:?} at {at}");
        }
    }
}


/// A meeting noun right after a plain during word ("خلال الاجتماع", « lors de la réunion »,
/// "during their meeting"; list `recalling-during`) is the meeting told in the two sentences
/// before, no meeting of its own (scan/aside.rs meeting_recalled_after_during); with none told
/// there it tells its meeting (untold.rs tell_the_unreferred_meeting). A frame ("على هامش") is
/// left out: talks beside a gathering are talks of their own.
const MEETING_RECALLED_AFTER_DURING: &[(&str, &str, &[&str])] = &[
    ("ar: «خلال الاجتماع» after the meeting told is that meeting", "اجتمع بوريطة الاثنين بلابيد في الرباط.\nوشدد الوزير المغربي، خلال الاجتماع، على أهمية حل الدولتين للقضية الفلسطينية.", &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("ar: «أثناء المباحثات» after the talks told is those talks", "أجرى بوريطة مباحثات مع لابيد الاثنين في الرباط.\nوأثناء المباحثات، دعا الوزير الإسرائيلي إلى تسوية عادلة للقضية الفلسطينية.", &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr: « lors de la réunion » after the meeting told is that meeting", "Nasser Bourita a reçu lundi à Rabat Yaïr Lapid.\nLors de la réunion, le ministre a plaidé pour la solution à deux États pour les Palestiniens.", &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("fr: « au cours de leur entretien » after the meeting told is that meeting", "Nasser Bourita s'est entretenu lundi à Rabat avec Yaïr Lapid.\nAu cours de leur entretien, le ministre marocain a évoqué la question palestinienne.", &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("en: 'during their meeting' after the meeting told is that meeting", "Bourita met Lapid in Rabat on Monday.\nDuring their meeting, the Moroccan minister raised the Palestinian question.", &["meeting 2021-11-22 occurred nasser-bourita;yair-lapid"]),
    ("ar: «خلال الاجتماع» with no meeting told before tells its meeting", "وقع المغرب وإسرائيل اتفاقا للتعاون العسكري في نوفمبر الماضي.\nوقال مسؤول مغربي إن الجانبين سيواصلان التنسيق.\nوخلال الاجتماع أمس في الرباط، شدد بوريطة ولابيد على التعاون.", &["agreement 2020-11 occurred ", "meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("fr: « lors de la réunion » with no meeting told before tells its meeting", "Lors de la réunion mardi à Rabat, Nasser Bourita et Yaïr Lapid ont plaidé pour la coopération.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
];

#[test]
fn a_meeting_noun_after_during_is_the_meeting_told_before() {
    assert_table(MEETING_RECALLED_AFTER_DURING, mentions);
    crate::test_support::assert_unique_names(MEETING_RECALLED_AFTER_DURING.iter().map(|c| c.0));
}
