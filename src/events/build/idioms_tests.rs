//! How Moroccan, Egyptian, Levantine, Gulf and Algerian news tell the acts of the timeline:
//! one sentence per idiom (our own phrasings), the mentions each must give once dated. The
//! page is dated Wednesday 24 November 2021 (tests.rs `mentions`): "أمس" is the 23rd.

use super::tests::{assert_table, mentions};

/// (idiom, sentence, expected mentions as "type date status people").
const IDIOMS: &[(&str, &str, &[&str])] = &[
    // Visits told by an arrival, a guest's stay, a first visit, a stay of some days.
    ("حل ضيفا على", "وحل وزير الخارجية الإسرائيلي يائير لابيد، أمس الثلاثاء، ضيفا على المملكة في زيارة رسمية.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("نزل ضيفا على", "ونزل الوزير الإسرائيلي نحمان شاي، أمس، ضيفا على الرباط.", &["visit 2021-11-23 occurred nachman-shai"]),
    ("حل ضيفا على, the guest word after the date", "وحل لابيد، أمس، ضيفا على الرباط.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("سينزل ضيفا على", "وسينزل رئيس الكنيست ميكي ليفي ضيفا على مجلس النواب يوم الأحد المقبل.", &["visit 2021-11-28 planned mickey-levy"]),
    ("يحل ضيفا على, next week", "ويحل رئيس الكنيست ميكي ليفي ضيفا على البرلمان المغربي الأسبوع المقبل.", &["visit 2021-11-29 planned mickey-levy"]),
    ("حط الرحال after the subject", "وحط وزير الدفاع الإسرائيلي بيني غانتس الرحال بالعاصمة الرباط مساء أمس.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("حط رحاله before the subject", "وحط رحاله بالرباط، أمس، وزير الدفاع الإسرائيلي بيني غانتس.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("وصل في أول زيارة", "ووصل رئيس الكنيست ميكي ليفي، أمس، إلى الرباط في أول زيارة لرئيس برلمان إسرائيلي إلى المغرب.", &["visit 2021-11-23 occurred mickey-levy"]),
    ("وصل, the place first (Gulf wire)", "وصل إلى الرباط أمس، وزير الخارجية الإسرائيلي يائير لابيد، في زيارة رسمية تستغرق يومين.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("وصل with Egyptian ى", "وصل رئيس أركان الجيش الإسرائيلى أفيف كوخافى إلى المغرب، فى زيارة هى الأولى من نوعها، يوم الثلاثاء.", &["visit 2021-11-23 occurred aviv-kochavi"]),
    ("حل ب in Algerian press", "وحل وزير الحرب الصهيوني بيني غانتس بالمغرب أمس في زيارة هي الأولى من نوعها.", &["visit 2021-11-23 occurred benny-gantz"]),
    ("يزور ابتداء من", "يزور وزير العدل الإسرائيلي جدعون ساعر المغرب ابتداء من يوم الأحد المقبل.", &["visit 2021-11-28 planned gideon-saar"]),
    ("يقوم ابتداء من غد بزيارة عمل", "ويقوم وزير الخارجية ناصر بوريطة، ابتداء من غد الخميس، بزيارة عمل إلى إسرائيل.", &["visit 2021-11-25 planned nasser-bourita"]),
    ("بدأ زيارة تستمر ثلاثة أيام", "وبدأت وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي، أمس، زيارة إلى المغرب تستمر ثلاثة أيام.", &["visit 2021-11-23 occurred orna-barbivai"]),
    ("زيارة التي تستمر, a noun with its day", "وتتواصل زيارة وزيرة الاقتصاد الإسرائيلية أورنا باربيفاي إلى المغرب، التي بدأت أمس وتستمر ثلاثة أيام.", &["visit 2021-11-23 occurred orna-barbivai"]),
    ("حطت طائرة الوزير", "وحطت الطائرة التي تقل وزير الخارجية الإسرائيلي يائير لابيد بمطار الرباط سلا، عصر أمس.", &["visit 2021-11-23 occurred yair-lapid"]),
    ("سيحل", "وسيحل رئيس الكنيست ميكي ليفي بالرباط يوم الأحد المقبل.", &["visit 2021-11-28 planned mickey-levy"]),
    // Talks and audiences.
    ("أجرى مباحثات مع", "وأجرى رئيس الحكومة عزيز أخنوش، أمس بالرباط، مباحثات مع رئيس الكنيست ميكي ليفي.", &["meeting 2021-11-23 occurred aziz-akhannouch;mickey-levy"]),
    ("أجرى محادثات مع", "وأجرى غانتس محادثات مع لوديي أمس بالرباط.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("تباحث مع", "وتباحث وزير الداخلية عبد الوافي لفتيت، اليوم الأربعاء بالرباط، مع وزيرة الداخلية الإسرائيلية أييلت شاكيد.", &["meeting 2021-11-24 occurred abdelouafi-laftit;ayelet-shaked"]),
    ("بحث مع نظيره", "وبحث وزير الخارجية ناصر بوريطة، أمس، مع نظيره الإسرائيلي يائير لابيد سبل تعزيز التعاون.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("عقد جلسة عمل مع", "وعقد الوزير المنتدب المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي، أمس، جلسة عمل مع وزير الدفاع الإسرائيلي بيني غانتس.", &["meeting 2021-11-23 occurred abdellatif-loudiyi;benny-gantz"]),
    ("عقد اجتماعا مع", "وعقد رئيس أركان الجيش الإسرائيلي أفيف كوخافي اجتماعا، أمس، مع المفتش العام للقوات المسلحة الملكية الفاروق بلخير.", &["meeting 2021-11-23 occurred aviv-kochavi;farouk-belkhir"]),
    ("اجتمع مع (Gulf)", "اجتمع وزير الدفاع الإسرائيلي بيني غانتس يوم أمس مع الوزير المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي.", &["meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("التقى with Egyptian ى", "التقى وزير الخارجية المغربى ناصر بوريطة، أمس الثلاثاء، نظيره الإسرائيلى يائير لابيد فى الرباط.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("جمع لقاء X ب Y", "وجمع لقاء، أمس بالرباط، وزير الخارجية ناصر بوريطة بنظيره الإسرائيلي يائير لابيد.", &["meeting 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("استقبل بالقصر الملكي", "استقبل جلالة الملك محمد السادس، أمس الثلاثاء بالقصر الملكي بالرباط، رئيس الكنيست ميكي ليفي.", &["meeting 2021-11-23 occurred mohammed-vi;mickey-levy"]),
    ("خص باستقبال", "وخص رئيس مجلس النواب رشيد الطالبي العلمي، أمس، رئيس الكنيست ميكي ليفي باستقبال رسمي.", &["meeting 2021-11-23 occurred rachid-talbi-alami;mickey-levy"]),
    ("استقبل من طرف", "واستقبل وزير الخارجية الإسرائيلي يائير لابيد، أمس، من طرف رئيس الحكومة سعد الدين العثماني.", &["meeting 2021-11-23 occurred yair-lapid;saadeddine-othmani"]),
    ("أجرى مباحثات هاتفية is a call", "وأجرى بوريطة، أمس، مباحثات هاتفية مع نظيره الإسرائيلي يائير لابيد.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    // Calls.
    ("تلقى اتصالا هاتفيا من", "تلقى صاحب الجلالة الملك محمد السادس، أمس الثلاثاء، اتصالا هاتفيا من رئيس الوزراء الإسرائيلي نفتالي بينيت.", &["call 2021-11-23 occurred mohammed-vi;naftali-bennett"]),
    ("أجرى اتصالا ب", "وأجرى وزير الخارجية الإسرائيلي يائير لابيد، مساء أمس، اتصالا بنظيره المغربي ناصر بوريطة.", &["call 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("أجرى مكالمة هاتفية مع", "أجرى الرئيس الإسرائيلي إسحاق هرتسوغ مكالمة هاتفية مع الملك محمد السادس يوم الثلاثاء.", &["call 2021-11-23 occurred isaac-herzog;mohammed-vi"]),
    ("جرت محادثة هاتفية بين", "وجرت أمس محادثة هاتفية بين الملك محمد السادس والرئيس الإسرائيلي إسحاق هرتسوغ.", &["call 2021-11-23 occurred mohammed-vi;isaac-herzog"]),
    ("اتصل هاتفيا ب", "واتصل رئيس الوزراء الإسرائيلي نفتالي بينيت هاتفيا، أمس، بالملك محمد السادس.", &["call 2021-11-23 occurred naftali-bennett;mohammed-vi"]),
    ("في مكالمة, the call as a frame", "وبحث بوريطة ولابيد، في مكالمة أمس، سبل تعزيز التعاون.", &["call 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("تلقى اتصالاً هاتفياً with Egyptian ى", "تلقى وزير الخارجية المغربى ناصر بوريطة، اليوم الأربعاء، اتصالاً هاتفياً من نظيره الإسرائيلى يائير لابيد.", &["call 2021-11-24 occurred nasser-bourita;yair-lapid"]),
    ("a call told in a quoted tweet", "وكتب لابيد على تويتر: \"تحدثت الليلة مع صديقي وزير الخارجية المغربي ناصر بوريطة\".", &["call 2021-11-24 occurred yair-lapid;nasser-bourita"]),
    ("a call in a tweet, first person, phone", "وغرد بينيت: \"أجريت اليوم محادثة هاتفية ودية مع جلالة الملك محمد السادس\".", &["call 2021-11-24 occurred naftali-bennett;mohammed-vi"]),
    // Agreements.
    ("جرى التوقيع على", "وجرى، أمس بالرباط، التوقيع على مذكرة تفاهم بين المغرب وإسرائيل في مجال الدفاع.", &["agreement 2021-11-23 occurred "]),
    // A passive signing with a bare relative day between the auxiliary and the noun: right
    // after a past verb (date word kind `past_verb`) اليوم is today, not "the day" of an
    // adjective (src/dates/find/relative.rs).
    ("جرى اليوم التوقيع", "وجرى اليوم بالرباط التوقيع على اتفاقية للتعاون الأمني بين المغرب وإسرائيل.", &["agreement 2021-11-24 occurred "]),
    ("جرى اليوم التوقيع, the noun right after", "وجرى اليوم التوقيع على مذكرة تفاهم في مجال المياه بين البلدين.", &["agreement 2021-11-24 occurred "]),
    ("تم اليوم التوقيع", "وتم اليوم التوقيع على ثلاث اتفاقيات بين الرباط وتل أبيب.", &["agreement 2021-11-24 occurred "]),
    ("جرى أمس التوقيع على", "وجرى أمس التوقيع على اتفاق للتبادل التجاري بين البلدين.", &["agreement 2021-11-23 occurred "]),
    ("تم توقيع", "وتم أمس توقيع اتفاقية تعاون بين شركة الطيران الإسرائيلية والمكتب الوطني للمطارات.", &["agreement 2021-11-23 occurred "]),
    ("أبرم", "وأبرم المغرب وإسرائيل، أمس، اتفاقية للتعاون في مجال الطيران المدني.", &["agreement 2021-11-23 occurred "]),
    ("وقع بالأحرف الأولى على", "ووقع الجانبان المغربي والإسرائيلي بالأحرف الأولى، أمس الثلاثاء، على اتفاق للتبادل الحر.", &["agreement 2021-11-23 occurred "]),
    ("وقع with the signers after the object", "ووقع الاتفاقية، أمس، عن الجانب المغربي ناصر بوريطة وعن الجانب الإسرائيلي يائير لابيد.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid"]),
    ("توقيع اتفاقية, a headline noun", "توقيع اتفاقية للتعاون الأمني بين المغرب وإسرائيل بالرباط أمس", &["agreement 2021-11-23 occurred "]),
    ("شهدت التوقيع على", "وشهدت الرباط، أمس، التوقيع على ثلاث اتفاقيات بين البلدين.", &["agreement 2021-11-23 occurred "]),
    ("وقعت على with Egyptian ى", "ووقعت المغرب وإسرائيل، اليوم الأربعاء، على مذكرة تفاهم فى مجال الدفاع.", &["agreement 2021-11-24 occurred "]),
    ("صادق على اتفاقية is no signing", "وصادق مجلس الحكومة، أمس، على مشروع مرسوم يتعلق باتفاقية النقل الجوي الموقعة مع إسرائيل.", &[]),
    ("a signing told in a quoted tweet", "وكتب غانتس في تغريدة: \"وقعنا اليوم مذكرة تفاهم تاريخية مع المغرب\".", &["agreement 2021-11-24 occurred benny-gantz"]),
    // Openings.
    ("تم تدشين", "وتم، أمس، تدشين مكتب الاتصال الإسرائيلي بالرباط بحضور ديفيد غوفرين.", &["opening 2021-11-23 occurred david-govrin"]),
    ("دشن المقر", "ودشن رئيس مكتب الاتصال الإسرائيلي ديفيد غوفرين، أمس، المقر الجديد للمكتب بالرباط.", &["opening 2021-11-23 occurred david-govrin"]),
    ("افتتحت سفارتها", "وافتتحت إسرائيل، أمس، سفارتها في الرباط.", &["opening 2021-11-23 occurred "]),
    ("أشرف على افتتاح", "وأشرف لابيد، أمس، على افتتاح مكتب الاتصال الإسرائيلي بالرباط.", &["opening 2021-11-23 occurred yair-lapid"]),
    ("افتتاح مكتب, a headline noun", "افتتاح مكتب الاتصال المغربي في تل أبيب، أمس الثلاثاء، بحضور عبد الرحيم بيوض", &["opening 2021-11-23 occurred abderrahim-beyyoudh"]),
    ("فتح أبوابه", "وفتح مكتب الاتصال المغربي في تل أبيب أبوابه أمس.", &["opening 2021-11-23 occurred "]),
    // Flights.
    ("هبطت أول رحلة", "وهبطت في مطار مراكش المنارة، أمس، أول رحلة تجارية مباشرة قادمة من تل أبيب.", &["flight 2021-11-23 occurred "]),
    ("أقلعت أول طائرة", "وأقلعت من مطار بن غوريون، صباح أمس، أول طائرة تابعة لشركة إسرائير متجهة إلى مراكش.", &["flight 2021-11-23 occurred "]),
    ("حطت أول طائرة للخطوط", "وحطت أول طائرة للخطوط الملكية المغربية بمطار بن غوريون أمس.", &["flight 2021-11-23 occurred "]),
    ("سيرت أولى رحلاتها", "وسيرت الخطوط الملكية المغربية، أمس، أولى رحلاتها المباشرة بين الدار البيضاء وتل أبيب.", &["flight 2021-11-23 occurred "]),
    ("سيرت رحلة", "وسيرت شركة العال، أمس، رحلة مباشرة من تل أبيب إلى مراكش.", &["flight 2021-11-23 occurred "]),
    ("تعتزم تسيير رحلات", "وتعتزم شركة العال تسيير رحلات مباشرة بين تل أبيب ومراكش ابتداء من الشهر المقبل.", &["flight 2021-12 planned "]),
    ("أطلقت خطا جويا", "وأطلقت شركة إسرائير، أمس، خطا جويا مباشرا يربط تل أبيب بمراكش.", &["flight 2021-11-23 occurred "]),
    ("دشنت خطها الجوي is a flight, no opening", "ودشنت الخطوط الملكية المغربية، أمس، خطها الجوي المباشر بين الدار البيضاء وتل أبيب.", &["flight 2021-11-23 occurred "]),
    // A delegation is the visitors, never the host who received it.
    ("الوفد led by a named head after a reception", "واستقبل الملك محمد السادس، أمس، الوفد الإسرائيلي الذي يقوده مئير بن شبات.\nوأجرى الوفد في اليوم نفسه مباحثات مع ناصر بوريطة.", &["meeting 2021-11-23 occurred mohammed-vi;meir-ben-shabbat", "visit 2021-11-23 occurred meir-ben-shabbat", "meeting 2021-11-23 occurred meir-ben-shabbat;nasser-bourita"]),
    // An act told after a sequel word and an event noun follows the event of its paragraph.
    ("عقب التوقيع, the signing three sentences before in the paragraph", "ووقع بوريطة ولابيد أمس بالرباط مذكرة تفاهم في مجال الثقافة. وأشاد الوزيران بمتانة العلاقات. وقال بوريطة إن الشراكة واعدة. وعقب التوقيع، افتتح لابيد مكتب الاتصال الإسرائيلي.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid", "agreement  occurred ", "opening 2021-11-23 occurred yair-lapid"]),
    ("عقب التوقيع, the signing in another paragraph", "ووقع بوريطة ولابيد أمس بالرباط مذكرة تفاهم في مجال الثقافة.\nوأشاد الوزيران بمتانة العلاقات.\nوقال بوريطة إن الشراكة واعدة.\nوعقب التوقيع، افتتح لابيد مكتب الاتصال الإسرائيلي.", &["agreement 2021-11-23 occurred nasser-bourita;yair-lapid", "agreement  occurred ", "opening  occurred yair-lapid"]),
    // An act told "as soon as he arrived" (فور وصوله، بمجرد وصولها) is of the arrival's day.
    ("فور وصوله, the arrival told the sentence before", "ووصل وزير الدفاع الإسرائيلي بيني غانتس، أمس، إلى الرباط.\nوالتقى غانتس فور وصوله الوزير المنتدب عبد اللطيف لوديي.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("بمجرد وصولها, talks told by a light verb", "وحلت وزيرة الاقتصاد الإسرائيلية أورنا باربيباي، أمس، بالرباط.\nوأجرت باربيباي بمجرد وصولها مباحثات مع وزير الصناعة رياض مزور.", &["visit 2021-11-23 occurred orna-barbivai", "meeting 2021-11-23 occurred orna-barbivai;ryad-mezzour"]),
    // A part of the day before "the same day" keeps it the day told before, not today.
    ("بعد ظهر اليوم نفسه", "وحطت بمطار الرباط سلا، أمس، طائرة إسرائيلية على متنها وفد يقوده مئير بن شبات.\nواستقبل الملك محمد السادس أعضاء الوفد بعد ظهر اليوم نفسه.", &["visit 2021-11-23 occurred meir-ben-shabbat", "meeting 2021-11-23 occurred mohammed-vi;meir-ben-shabbat"]),
    ("مساء اليوم ذاته", "ووقع غانتس ولوديي، أمس، مذكرة تفاهم في الرباط.\nوالتقى غانتس مساء اليوم ذاته ناصر بوريطة.", &["agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi", "meeting 2021-11-23 occurred benny-gantz;nasser-bourita"]),
    // A reception given (حفل استقبال) is a party its guests attend, no audience or talks.
    ("حفل استقبال is no meeting", "وأقام مكتب الاتصال الإسرائيلي بالرباط، أمس، حفل استقبال حضره وزراء مغاربة، ألقى خلاله ديفيد غوفرين كلمة.", &[]),
    ("حفل الاستقبال is no meeting", "وشارك رئيس مجلس النواب رشيد الطالبي العلمي، مساء أمس، في حفل الاستقبال الذي أقامته السفارة.", &[]),
    // Plans beside deeds.
    ("من المقرر beside a deed", "ومن المقرر أن يزور غانتس الدار البيضاء غدا، بعد أن وقع أمس مذكرة تفاهم مع لوديي.", &["visit 2021-11-25 planned benny-gantz", "agreement 2021-11-23 occurred benny-gantz;abdellatif-loudiyi"]),
    ("ينتظر أن", "وينتظر أن يوقع البلدان اتفاقية للطيران الأسبوع المقبل.", &["agreement 2021-11-29 planned "]),
    ("يعتزم", "ويعتزم رئيس الكنيست ميكي ليفي زيارة الرباط الشهر المقبل.", &["visit 2021-12 planned mickey-levy"]),
    // A deed told by what it did after "إذ" or "حيث": done, on the day of the clause before.
    ("إذ after an expectation met", "ووفى وزير الخارجية الإسرائيلي يائير لابيد، أمس الثلاثاء، بما كان يُنتظر منه، إذ اتصل بنظيره المغربي ناصر بوريطة.", &["call 2021-11-23 occurred yair-lapid;nasser-bourita"]),
    ("إذ after a promise kept", "وأوفى الملك محمد السادس، أمس، بما وعد به، إذ أجرى اتصالا هاتفيا مع الرئيس الإسرائيلي إسحاق هرتسوغ.", &["call 2021-11-23 occurred mohammed-vi;isaac-herzog"]),
    // How long the deed was awaited ("منذ شهر", read "a month ago") is not its day.
    ("إذ after a wait of a month", "وحقق رئيس الحكومة عزيز أخنوش، أمس، ما كان منتظرا منذ شهر، إذ استقبل رئيس الكنيست ميكي ليفي.", &["meeting 2021-11-23 occurred aziz-akhannouch;mickey-levy"]),
    ("إذ after a wait of weeks told before the day", "وحقق الملك محمد السادس ما كان منتظرا منذ أسابيع، أمس الثلاثاء، إذ أجرى اتصالا هاتفيا مع الرئيس الإسرائيلي إسحاق هرتسوغ.", &["call 2021-11-23 occurred mohammed-vi;isaac-herzog"]),
    ("a deed, then a plan in the next clause", "وحل غانتس بالرباط أمس، ومن المنتظر أن يلتقي لوديي غدا.", &["visit 2021-11-23 occurred benny-gantz", "meeting 2021-11-25 planned benny-gantz;abdellatif-loudiyi"]),
];

/// Idioms read wrong today: (idiom, sentence, the mentions today, the mentions a fix gives).
/// Each must give what it gives today; a fix that gives the right mentions fails here until
/// the case moves up to [`IDIOMS`].
const KNOWN: &[(&str, &str, &[&str], &[&str])] = &[
    // The visit a delegation noun tells as the object of a reception takes the host as its
    // visitor, and "الوفد" after it picks him (told_before.rs: the leader of the visit before).
    (
        "الوفد after a reception is the visitors",
        "واستقبل الملك محمد السادس، أمس بالقصر الملكي، الوفد الأمريكي الإسرائيلي.\nوالتقى الوفد بعد ذلك رئيس الحكومة سعد الدين العثماني.",
        &["meeting 2021-11-23 occurred mohammed-vi", "visit 2021-11-23 occurred mohammed-vi", "meeting 2021-11-23 occurred mohammed-vi;saadeddine-othmani"],
        &["meeting 2021-11-23 occurred mohammed-vi", "visit 2021-11-23 occurred ", "meeting 2021-11-23 occurred saadeddine-othmani"],
    ),
    // Talks told after "حيث" are of the arrival's day (word list `explain`), but the visit's
    // names reach into their clause and take the host they meet (participants.rs scopes: a
    // talks verb reads back to its implicit subject, so the clause is not cut before it).
    (
        "حيث after an arrival the evening before",
        "ووصل وزير الخارجية الإسرائيلي يائير لابيد مساء أمس إلى الرباط، حيث عقد لقاء مع نظيره ناصر بوريطة.",
        &["visit 2021-11-23 occurred yair-lapid;nasser-bourita", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita"],
        &["visit 2021-11-23 occurred yair-lapid", "meeting 2021-11-23 occurred yair-lapid;nasser-bourita"],
    ),
    // A chained deed with its subject left implicit reads back over the whole clause before it,
    // the object of the plan's talks too (participants.rs `chained_act`).
    (
        "من المرتقب beside a deed",
        "ومن المرتقب أن يلتقي لابيد بوريطة الخميس، بعدما افتتح أمس مكتب الاتصال بالرباط.",
        &["meeting 2021-11-25 planned yair-lapid;nasser-bourita", "opening 2021-11-23 occurred yair-lapid;nasser-bourita"],
        &["meeting 2021-11-25 planned yair-lapid;nasser-bourita", "opening 2021-11-23 occurred yair-lapid"],
    ),
];

#[test]
fn news_idioms() {
    assert_table(IDIOMS, mentions);
}

#[test]
fn known_idioms_are_as_they_were() {
    let mut moved = Vec::new();
    for (name, body, now, fixed) in KNOWN {
        let got = mentions(body);
        if got == *fixed {
            moved.push(format!("{name}: fixed, move it to IDIOMS"));
        } else if got != *now {
            moved.push(format!("{name}: {body}\n  was      {now:?}\n  got      {got:?}"));
        }
    }
    assert!(moved.is_empty(), "\n{}", moved.join("\n"));
}

#[test]
fn idiom_names_are_unique() {
    crate::test_support::assert_unique_names(IDIOMS.iter().map(|c| c.0).chain(KNOWN.iter().map(|c| c.0)));
}
