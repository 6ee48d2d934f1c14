//! The function-word cues (data/cues.tsv): their kinds, one bit each of the per-token cue mask,
//! and the file's parser.

/// Function-word cues the extractor reads (data/cues.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Subset,
    Target,
    ExcludeUnit,
    Irrealis,
    Background,
    Barrier,
    Speaker,
    Clause,
    Reflexive,
    Detonate,
    Outside,
    Topic,
    Relative,
    /// A word of "during" ("خلال", "طوال"): what it opens is a stretch of time.
    During,
    Companion,
    Sequel,
    Similar,
    Days,
    Weeks,
    Since,
    Dual,
    After,
    With,
    Others,
    Apposition,
    Anaphor,
    PlaceBack,
    /// "نفسها" after a definite feature noun: it refers back to the last place (data/cues.tsv).
    Same,
    /// A noun of calm ("الهدوء"): going back, it carries nobody (data/cues.tsv).
    Calm,
    PlacesBack,
    /// A dual feature noun ("البلدتين", "القريتين") that, with the article, refers back to the
    /// last two places told before it, joined by "و" (`slots::places::Context::place_paired`).
    PairBack,
    Demonstrative,
    Domain,
    Mixed,
    Negation,
    Hit,
    /// A word of fear or shock ("رعب", "هلع"): "أصيبوا بالرعب" is struck with fear, no wound.
    Dread,
    /// A word of a target ("الأهداف", "أهدافها"): right after a word of injury, or one word
    /// later ("إصابة جميع الأهداف المحددة"), it tells a target hit, no wound.
    Mark,
    /// A word of percent ("بالمئة", "في المائة", "%"): a figure right before it is a share of
    /// something, no count of people ("بحروق على 90 بالمئة من جسدها").
    Percent,
    Denial,
    Intent,
    Period,
    Generic,
    History,
    Means,
    Natural,
    Habitual,
    Present,
    Abstract,
    Between,
    Meet,
    Fall,
    Whence,
    Loser,
    Succeed,
    Prior,
    Support,
    Aboard,
    Witness,
    PeriodUnit,
    Durative,
    Addition,
    Funeral,
    Venue,
    Suicide,
    Total,
    Running,
    Saying,
    Campaign,
    Revised,
    Earlier,
    /// A past verb of being ("كان", "كانت") opening a pluperfect with "قد" ("كانت قد سجنت").
    Had,
    Transfer,
    Office,
    Onset,
    /// A span of time up to now told with a figure ("منذ", "الشهر الحالي"): a count over it.
    Tally,
    /// A word of the injured in a phrase of condolence or illness ("هذا المصاب", "مصاب بمرض").
    Calamity,
    Former,
    Prospective,
    Part,
    Ranks,
    Counter,
    Condemn,
    Care,
    Toward,
    OneVictim,
    TwoVictims,
    Lose,
    That,
    Plural,
    Stretch,
    Expanse,
    /// A noun of several incidents ("حوادث عدة", "عدة حوادث"): an act told in its clause after
    /// it is one of many (status statistic).
    Incidents,
    /// A plural noun of countries or continents ("دول", "قارات"): a count right before it
    /// after a plural event word tells acts in that many lands (status generic).
    Lands,
    Morrow,
    Seize,
    /// A verbal noun of another harm than a death or a wound ("تدمير", "التعذيب"): a word of
    /// death with no figure joined to it right after names killing among other acts (mention.rs).
    Harm,
    /// A plural noun of crimes ("جرائم"): a word of death right after it with no figure names a
    /// kind of crime, no death (mention.rs).
    Crimes,
    Survive,
    Inquiry,
    Hostage,
    Hold,
    Recall,
    Almanac,
    Blaze,
    Mishap,
    Pyrotechnic,
    Wrought,
    Memorial,
    Era,
    Post,
    Describe,
    Institution,
    Named,
    Land,
    Launch,
    Reside,
    Condole,
    Tags,
    NameHead,
    NameTail,
    Visit,
    Question,
    Elide,
    Outcome,
    /// A verb or noun of reports told between a negation and a word of death or injury ("ولم
    /// ترد تقارير عن ...", "ولم تعلن وزارة الصحة عن وقوع إصابات"): it does not count toward the
    /// negation's words, and says the report knows of none, not that there were none (no 0).
    Hearsay,
    /// A verb or adjective of where a place lies ("تقع", "الواقعة", "تبعد"): right after a
    /// definite feature noun, or its relative pronoun ("في البلدة التي تقع على بعد نحو عشرة
    /// كيلومترات من بلدة X"), the place after its distance only tells where the place referred
    /// back to lies (`slots::places::Context::locates_referred`).
    Lies,
    /// "متأثرا", "متأثرين": died of wounds told (with "بإصابته", "بجروح خطيرة", ...): the
    /// wounds a part tells without a figure are the dead's.
    OfWounds,
    /// "شرطة", "أمن": a noun of a force or corps a person noun is joined to in construct
    /// ("ضابطا شرطة", "رجلا أمن").
    Corps,
    Eponym,
    Ordinal,
    Contrast,
    Route,
    Crime,
    /// A place of trade or making ("لبيع", "معمل", "مصنعين", "منشآت", "محل", "مطعم"): the object
    /// of an arrest word (a raid) a few words after it in its clause, with no armed or political
    /// side named, tells an inspection or police work, as a crime does (status not_violence).
    Premises,
    Prize,
    PersonOrPlural,
    FirstPerson,
    Purpose,
    Charge,
    Assail,
    Verbal,
    Celebrate,
    Deity,
    Class,
    /// A noun of a statement or a meeting ("بيان", "المؤتمر", "جلسته"): a day in a relative
    /// clause of it is when it was made.
    Statement,
    /// A verb of speaking of ("تحدثت"): right after a word of contrast it opens another
    /// source's account, as a verb of saying does ("فيما تحدثت وسائل إعلام عن تسعة قتلى").
    SpeakOf,
    /// A word of halting or stopping ("وقف", "بوقف", "إيقاف", "تعليق"): an act right after it is
    /// asked to stop or stopped, not carried out.
    Cease,
    /// A word of an aircraft's civil use ("هبطت", "حطت", "تقل", "الاستعانة ب"): an aircraft
    /// named with it lands, carries or rescues, it strikes nothing.
    Alight,
    /// A preposition of means ("عبر", "بواسطة"): an aircraft right after it carries (cues.tsv).
    Via,
    /// A verb of suspending ("علقت", "يعلق"): an act a few words after it in its clause is
    /// suspended, not carried out.
    Suspend,
    /// An adjective of the most ("أعنف", "أسوأ", "الأكبر"): an act told as the worst "منذ" a span
    /// of time ("أعنف قصف منذ ستة أشهر") is today's, not one done for months.
    Superlative,
    /// A verb of going on with what was said ("وأضاف", "وتابعت", "وأوضحوا"): a sentence it
    /// opens continues the account of the sentence before.
    GoesOn,
    /// A word of having ("له", "لديه"): a figure right after it counts what someone has
    /// ("الشهيد له أربعة أشقاء"), nobody dead or wounded.
    Possess,
    /// An adjective of time to come that is also a noun of persons ("المقبلين": the coming
    /// weeks, or those about to marry): a span of time to come only after "خلال" and its noun.
    Coming,
    /// An adverb of soon ("قريبا", "قريبًا"): after the event word in its clause, with no day and
    /// no figure of its own, the act is to come ("معركة شاملة ضد داعش قريبا"); not "قريبا من",
    /// near a place.
    Soon,
    /// An indefinite verbal noun of fighting ("قتال"): with a side right after it as its
    /// object ("في قتال تنظيم داعش", "رفضت قتال داعش") it names the fight against that side as a
    /// cause or a task, no incident.
    Struggle,
    /// A creed, a cause or the mind ("الدين", "الأوطان", "العقول"): an abduction word right
    /// before it takes no person ("يريد اختطاف الدين"), a figure of speech.
    Idea,
    /// "In it" after a word of living ("الفندق الذي تقيم فيه"): the place after it locates the
    /// building one stays in, which may be where the incident happened, not a home elsewhere.
    Wherein,
    /// A word of going on or growing ("استمرار", "تستمر"): right after a word of [`Cue::Amid`]
    /// ("مع استمرار", "في وقت تستمر"), an event word right after it is the ongoing backdrop of
    /// its sentence part, not the act while the part has another.
    Backdrop,
    /// A word that opens a circumstance ("مع", "وسط", "في ظل", "في وقت", "بينما").
    Amid,
    /// A member of one's family ("زوجته", "شقيقه", "ابنها"): an act of violence whose object it
    /// is, with no armed or state side named, is a family crime, not political violence.
    Kin,
    /// A personal quarrel told as the cause of an act ("إثر خلاف عائلي", "نتيجة شجار"): with no
    /// armed or state side named, a crime of persons, not political violence.
    Quarrel,
    /// A word of running somebody over ("دهس", "يدهس"): with no armed or state side named and
    /// no word of an operation before it ("عملية دهس"), a traffic accident.
    RunOver,
    /// A phrase that turns the story to another matter or front ("من جهة أخرى", "في سياق
    /// آخر", "من ناحية ثانية"): a sentence that opens with it tells no more of the day told
    /// before it (the story's clock stops there).
    Aside,
    /// A phrase that turns the story to something besides what it told ("إلى ذلك"): like
    /// [`Cue::Aside`], but a day of the story's lead still dates what follows it (a wire
    /// round-up's "also": "قتل 30 شخصا ... الثلاثاء ... الى ذلك، قتل ثلاثة عناصر ...").
    Turn,
    /// A verb of death that also means spending time ("قضى", "قضوا", "أمضى"): as the event word,
    /// with a [`Cue::Spent`] span of time right after it in its clause, a stay, not a death.
    Pass,
    /// A span of time one spends ("ساعتين", "ليلة", "أياما"): right after a word of
    /// [`Cue::Pass`] ("قضى 220 راكبا ساعتين"), what the verb tells is time spent.
    Spent,
    /// A noun of a decision, a ruling or an agreement ("القرار", "توجيها", "الحكم"): right
    /// before or after a word of [`Cue::Pass`] as its subject ("وقضى القرار ... بتعيين",
    /// "توجيها قضى بتوجه"), the verb tells what was decreed, not a death.
    Ruling,
    /// A noun of condemning ("استنكاره", "إدانته", "تنديد"): with a [`Cue::Condemn`] verb, the
    /// word of a reaction whose object is an incident told right after it.
    Condemnation,
    /// A verb of aiming ("استهدف", "تستهدف"): with a [`Cue::Programme`] before it in its clause or
    /// a [`Cue::Audience`] right after it, it tells whom an activity is for, no attack.
    Aim,
    /// A word of an activity or a work of planning ("ورشة", "دورة", "برنامج", "مشروع").
    Programme,
    /// A group an activity is for ("المشاركين", "المتدربين", "رؤساء", "أعضاء", "الأسرة").
    Audience,
    /// Death or fate named as a subject ("الموت", "المنية", "القدر"): an abduction word with it
    /// right after tells a death ("اختطفه الموت"), no abduction.
    Fate,
    /// A word of a work of art or writing ("مسرحية", "فيلم", "رواية", "بعنوان"): the words quoted
    /// right after it are a title.
    Work,
    /// A word of advancing, heading, reinforcing or fleeing ("تتقدم", "زحفت", "متجهة",
    /// "تعزيزات", "فروا"): a place after a word of [`Cue::Toward`] right after it is the goal,
    /// not where the incident happened ("تتقدم نحو عتق").
    Advance,
    /// A verb of heading ("تتجه", "اتجهت"): read as [`Cue::Advance`] for a goal only (its own
    /// kind, which the record filter does not weigh).
    Heading,
    /// A verb of taking off ("أقلعت"): read as [`Cue::Route`] for where aircraft set off from,
    /// when the incident keeps another place.
    Takeoff,
    /// A word of facing ("قبالة", "المقابلة لـ"): a place right after it is what an act is told
    /// across from, not where it happened.
    Facing,
    /// "One of" ("أحد", "إحدى"): before a plural word of the dead or the wounded ("أحد
    /// المصابين", "أحد شهداء التفجير") it tells one of some, not a toll of one.
    OneOf,
    /// A word of a dead body ("جثة", "الجثث", "جثته"): see [`Cue::Handover`].
    Corpse,
    /// A word of handing over, receiving or carrying ("تسليم", "سلمت", "استلام", "نقل"): right
    /// before a word of [`Cue::Corpse`], with no event word, the body's handing over or carrying,
    /// not the death's incident.
    Handover,
    /// A word of civil flight right after an aircraft ("المدنية", "ركاب", "شحن"): the aircraft
    /// flies people or goods, it strikes nothing.
    Civil,
    /// A word of relations between parties ("الاتفاق", "الهدنة", "تقارب", "العلاقات") or of a
    /// journey ("رحلة", "تتنقل"): the places of "بين X وY" a few words after it are the parties
    /// or the journey's ends, not where anything happened ("الهدنة بين أنقرة ودمشق").
    Relation,
    /// A verb of taking territory with its object pronoun ("واستردوهما", "استعادوها",
    /// "حرروها"): a goal told before it in its sentence was taken, where the fighting was.
    Retake,
    /// The words that open a line giving the story's link ("رابط الخبر"): the words after them
    /// in their sentence are the headline told again, no incident of their own.
    Link,
    /// The word "since" itself ("منذ"): a year before the publication's written right after it
    /// ("منذ صيف 2012") dates the start of what goes on (status background).
    SinceYear,
    /// A verb of capture ("أسر", "أسرت"): a figure right after it counts the captives, not the
    /// dead or the wounded ("قتل 40 حوثيا كما أسر 12 آخرون" counts 40 dead).
    Captive,
    /// A verb of wearing or carrying ("يضع", "يرتدي", "يحمل"): a suicide belt right after it is worn.
    Wear,
    /// An adjective of deadliness ("مميتة", "دامية", "دموي"): right after the incident's event
    /// word ("أول ضربة جوية مميتة"), with no figure nor word of the dead in its part, it tells some
    /// dead, a toll of at least one, unknown.
    Deadly,
    /// A pair of verbs of death and injury ("قتل وجرح", "قتل وأصيب", "استشهد وأصيب"): a figure
    /// right after it tells the dead and the wounded together, as "مقتل وإصابة 10" does, unless
    /// the first verb has a subject of its own ("إن شخصا قتل وأصيب 15": one dead, 15 wounded).
    JointVerbs,
    /// "Of both sides" ("من الطرفين", "من الجانبين") after a figure: it counts the fighters of
    /// both sides, a fight's toll, not a one-sided act's.
    BothSides,
    /// An adverb of "only" or "about" ("فقط", "تقريبا") between an interval's unit and its anchor
    /// word ("بعد عشرة أيام فقط على"): the interval holds as without it.
    Only,
    /// A word of the last days or hours ("مؤخرا", "في الأيام الأخيرة", "خلال 24 ساعة"): like a
    /// recent day, it anchors its sentence in the news (a past anchor told before it holds no
    /// more, `Context::past_anchor`).
    Lately,
    /// A shot gone astray or fired in joy ("رصاصة طائشة", "بالخطأ", "عن طريق الخطأ",
    /// "ابتهاجا"): harm told with it, naming no armed, political or state side, is an accident
    /// or a celebration, not political violence (status not_violence).
    Stray,
    /// A word of an aircraft flying or circling over a place or entering a country's skies
    /// ("حلقت", "بالتحليق", "تحوم", "خرق الأجواء"): an aircraft named with it, with no act of
    /// violence in its sentence but acts denied, flies and strikes nothing (status generic).
    Hover,
    /// A noun of an aircraft ("طائرة", "مقاتلات", "الطيران", "دون طيار"): told with a word of
    /// flying ([`Cue::Hover`]) it is what flies, no act of violence.
    Aircraft,
    /// "Another" right after an event word ("ضربة أخرى", "غارة أخرى") told after another violent
    /// event word of its sentence: its clause tells another act (`Context::another_act_at`).
    /// Unlike [`Cue::Ordinal`] it leaves the merge alone ("بحثا عن عبوات ناسفة أخرى").
    Another,
    /// A word of a town's countryside ("ريف", "أرياف"): a city or town right after it ("في ريف
    /// حلب الشمالي") is the area around it, not the town itself (precision 2,
    /// `Context::countryside_of`).
    Countryside,
    /// A word of a diplomatic mission or its envoy ("بعثة", "السفارة", "سفيرها"): a place right
    /// after it in its noun phrase names the mission, not where it happened
    /// (`Context::told_elsewhere`).
    Mission,
    /// A word of solidarity ("التضامن", "تضامنا"): a place right after it in its phrase ("بهدف
    /// التضامن مع مدينة كوباني") is the one stood by, not where it happened
    /// (`Context::told_elsewhere`).
    Solidarity,
    /// A word of revenge or response ("ردا على", "انتقاما", "لأنتقم"): an event word right
    /// after it names the past act avenged or answered, and a place in that act's phrase is
    /// that act's, not the incident's ("جئت لأنتقم لهجوم سروج": `Context::prior_clause`).
    Revenge,
    /// A verbal noun or verb of undertaking an act ("إقدام", "قيام", "أقدم", "قام"): told
    /// between a word of sequence or revenge and the act ("بعد إقدام عناصر الحزب على قتل
    /// اثنين في سروج", "بعد أن قام مسلحون بتفجير"), it opens that act's phrase, whose place is
    /// that act's (`Context::prior_clause`).
    Undertake,
    /// An arrest word that also means stopping ("أوقفت", "توقيف"): whether it arrests depends
    /// on what it stops (`Context::halted_thing`).
    Halt,
    /// A thing or an activity that is stopped ("رحلاتها", "التمدد", "تقديم", "مكتبا"): after a
    /// word of [`Cue::Halt`] it tells a halt, not an arrest.
    Halted,
    /// A plural of a faith or an ethnic community ("الأكراد", "الشيعة"): as a side of a clash
    /// with the state's forces it may be an armed community, not a crowd
    /// (`Context::crowd_clashes`).
    Community,
    /// A verb or noun of demanding or calling for ("طالبوا", "دعا إلى"): an event word right
    /// after it is what is asked for, not done (status intent).
    Demand,
    /// A bare verb or participle of calling on or urging somebody ("دعا", "داعيا", "ناشدوا",
    /// "حثت"), its addressee after it: with [`Cue::Demand`] it opens a call whose object
    /// (the first word with "ب" or after "إلى") may be the event word or the verbal noun right
    /// before it ("وناشد شيوخ القبائل قوات التحالف بتعزيز الضربات الجوية").
    Call,
    /// A noun of danger or risk ("خطر", "المخاطر", "خطورة"): an event word at most three words
    /// after it in its clause ("استمرار خطر الاعتداءات", "المخاطر الملموسة لوقوع أعمال إرهابية"),
    /// with no figure of dead or wounded, is feared, not done (status intent).
    Danger,
    /// "قد" (one row beside its `clause` row): with a verb in the imperfect right after it ("قد
    /// يقود إلى مجزرة", "قد يعتقل"), what may happen: an indefinite event word after it in its
    /// clause, with no figure of dead or wounded, is not done (status intent).
    May,
    /// A word of "until" ("حتى", "لغاية"): right before a day told with its month ("حتى الأول
    /// من أغسطس", "وحتى 15 يوليو"), the end of a span of days: a toll told with it is summed over
    /// those days (status statistic).
    Until,
    /// A verb of carrying out in the present tense with its object pronoun ("تشنها", "ينفذها",
    /// "ترتكبها", "تلقيها"): right after a relative pronoun right after an event word ("الغارات
    /// التي تشنها أنقرة", "البراميل المتفجرة التي تلقيها المروحيات"), with no day and no figure
    /// of dead or wounded of its own, the acts a side keeps carrying out (status generic).
    Ongoing,
    /// A word that adds to a list ("كما", "وقبلها"): a sentence that opens on it, with no
    /// day of its own, right after a sentence telling an act recalled as history ("يذكر أن ...
    /// سبق أن استهدفوا المصلين ... . كما قام التنظيم بتفجير مسجد ..."), tells another act of that
    /// past (status background).
    Also,
    /// A phrase of "meanwhile" opening a sentence ("في هذه الأثناء", "في غضون ذلك", "في
    /// الأثناء"): its event word told without the article is another act at that time, no
    /// retelling of one the story's body told before it (`Candidate::meanwhile`).
    Meanwhile,
    /// An ordinal that counts an act in a series: a construct ordinal right before a violent
    /// event word ("رابع عملية إرهابية", "ثاني هجوم"), or an ordinal right before "من نوعه" ("وهي
    /// الثالثة من نوعها"), a row of its own. The acts told after it in its sentence behind a
    /// [`Cue::SeriesLink`] word are the earlier ones of the series.
    Series,
    /// A word that links an act of a series to the earlier ones ("تلته", "تلاها", "سبقها",
    /// "حيث", "بعد", "وقبلها"): after a [`Cue::Series`] head in its sentence, a violent event
    /// word behind it with no date of its own is an earlier act of the series (status
    /// background: "رابع عملية إرهابية تستهدف المصلين منذ بداية العام، حيث ... تلته عملية
    /// انتحارية في القديح").
    SeriesLink,
    /// A word opening a span of time counted back ("خلال", "على مدى", "طوال"): with a
    /// [`Cue::Years`] or [`Cue::Months`] unit a few words after it, a span of years or months.
    Over,
    /// A unit of years ("عاما", "سنوات", "الأعوام الماضية", "خلال العقدين"): after a
    /// [`Cue::Over`] word, a span of years ("على مدى أكثر من 12 عاما", "خلال الـ11 عاما
    /// الماضية", "خلال السنوات الماضية"): the acts told with it, with no day of their own,
    /// are counted or recalled over years (status statistic with a toll, else background).
    Years,
    /// A unit of months in the plural or the dual ("أشهر", "الشهور", "شهرين"; a singular
    /// "شهرا" after a figure): read as a [`Cue::Years`] unit, a span of months counted back is
    /// longer than the weeks a report's news reaches back ("وخلال الشهور الثلاثة الماضية قتل
    /// النائب العام ... في تفجير"). A kind of its own, so that the record filter, which weighs
    /// the years unit, does not see it.
    Months,
    /// An imperfect verb of going on or a word of a state that lasts ("تدور", "تشهد", "تتواصل",
    /// "لا تزال", "مستمرة"): a day right after "منذ" in its clause is when that state began, no
    /// incident's day and no story clock (`Context::new`).
    Continuing,
    /// A word of warning or fear ("حذر", "تحذير", "خشية", "مخاوف"): an act after it and "من" in
    /// its clause ("وحذر الناطق ... من قيام قوات النظام بارتكاب مجزرة"), with no day and no toll
    /// of its own, is feared, not done (status intent).
    Warning,
    /// A word pointing back at a past time told before ("آنذاك", "وقتها", "خلال تلك الفترة"):
    /// an act after it in its clause, with no day of its own, is of that past (status
    /// background).
    Then,
    /// Arms or vehicles taken ("دبابات", "عربتين", "أسلحة", "ذخائر"): the object of a word of
    /// taking a few words after it, in its clause, tells spoils of a fight, no ground taken
    /// (an armed clash, not a change of territory: mention.rs).
    Spoils,
    /// A reply to fire ("بالرد عليهما", "بمبادلتهم"): told after a firing in its sentence
    /// ("فتحا النار على مبنى القنصلية ... وعلى الفور قام أفراد الشرطة بالرد عليهما بالمثل"),
    /// the fire was returned: an exchange of fire, an armed clash (mention.rs).
    ReturnFire,
    /// An event noun in the plural that names several acts ("التفجيرات", "الهجمات"): with the
    /// article, retelling one incident of a story that tells two or more, its toll is the sum
    /// over them ("وأسفرت موجة التفجيرات أمس عن مقتل 49 شخصا"), not that incident's (merge.rs).
    Several,
    /// A noun of a gain on the ground the trigger lexicon holds no event word for ("سيطرة",
    /// "استعادة", "تحرير", "انتصارات"): a day told with it before a word of sequence ("حققت
    /// المقاومة أمس انتصارات ... اثر قتال") is the day of the fighting it followed
    /// (`Context::sequel_day`).
    Gain,
    /// An abstract noun a verb of blowing up takes as a figure of speech ("مفاجأة", "المشكلة",
    /// "أزمة"): with "فجر" right after it (at most "التي" between) or right before it ("مفاجأة
    /// فجرها", "المشكلة التي فجرها", "فجر أزمة"), nothing blew up.
    Notion,
    /// A span of time to come named as a noun ("الأيام القادمة", "الساعات المقبلة"): before the
    /// event word in its clause ("ستكون الـ48 الساعة القادمة هي الفاصلة لتطهير المدينة"), with no
    /// day and no figure of its own, the act is a plan or a forecast.
    Ahead,
    /// A noun of human losses the trigger lexicon holds no word of death or injury for ("خسائر
    /// بشرية"): read only after a negation that denies it ("لم يؤد إلى خسائر بشرية", "دون وقوع
    /// خسائر بشرية"), it says nobody died or was hurt, an explicit 0 (`Context::no_losses`);
    /// told alone it counts nothing.
    Losses,
    /// A noun of the loss of life ("خسائر في الأرواح"), read as [`Cue::Losses`] is, of the dead
    /// alone: denied, nobody died ("معربا عن سعادته بعدم وقوع خسائر في الأرواح" after a bombing
    /// that hurt two).
    Lives,
    /// A verb of beginning in the perfect ("بدأت", "انطلقت"): right after a relative pronoun and
    /// before a day before the news ("المعركة التي بدأت في 4 يوليو"), the day a campaign or a
    /// battle began, its history: not the story's clock for the acts told after it
    /// (`Context::new`).
    Begun,
    /// A definite noun of an armed group that names none ("التنظيم", "الجماعة", "الحركة"): it
    /// refers back to the armed group the story named last before it ("اندلعت اشتباكات بين تنظيم
    /// داعش وقوات الأسد ... وكان التنظيم سيطر على كامل بلدة مهين"), read as that actor.
    GroupAnaphor,
    /// The definite head noun of a force's full name that may stand alone for it ("المقاومة"
    /// for "المقاومة الشعبية", "الحشد" for "الحشد الشعبي"): told bare after the story named the
    /// force in full, it is that force (`Context::new`, `context::head_refs`).
    HeadAnaphor,
    /// A verb of ruining or leaving a thing in a state, with the thing as its object pronoun
    /// ("دمرته", "خربتها", "خلفتها"): after a relative pronoun and before a word of lasting or
    /// general violence ("المطار الذي دمرته المعارك"), the thing's state, no incident
    /// (`status::history`).
    Ruin,
    /// A word of sending or feeding fighters ("الدفع بأبناء القبائل", "إرسال", "رافد"): a word of
    /// lasting violence it sends to in its clause ("إلى المعارك", "لجبهات القتال") is where
    /// fighters go, no incident (`status::kinds`).
    Dispatch,
    /// A verb of receiving in the present tense ("تستقبل", "يستقبل"): the wounded it receives
    /// with no figure tell what a hospital does, no incident (`status::kinds`).
    Admit,
    /// A noun of control over a place ("سيطرتها", "السيطرة") with an [`Cue::Onto`] right after
    /// it: told before a battle word that follows a word of sequence in its sentence part ("أعلن جيش
    /// الفتح ... عن سيطرته على قريتي ... بعد اشتباكات"), the taking is the act, the battle
    /// what came before it (`Context::taking_before_battle`; a verb of retaking with its object
    /// pronoun, [`Cue::Retake`], too).
    Taking,
    /// The preposition of the object of a noun of control ("على"), not in a fire's "على حريق"
    /// ([`Cue::Blaze`]).
    Onto,
    /// A noun of a post of armed forces ("معسكر", "ثكنات", "مواقع", "حاجز"): an attack told
    /// with an [`Cue::Onto`] whose object it is ("شنوا هجوما على المعسكر") is one on armed
    /// forces, an armed clash (`Context::attack_on_post`).
    Stronghold,
    /// A verb of supporting in the present tense ("تدعم", "تساند"): an event word with "ب" after
    /// it in its clause is the means of a support, no incident (`status::kinds`).
    Back,
    /// A participle of a weapon made ready or aimed, after "كانت" ("كانت مصوبة", "كانت معدة"):
    /// right after a weapon word, the weapon was never fired (mention.rs).
    Readied,
    /// A word of cause ("سببه", "ناجم", "بسبب", "جراء"): right after a blast's word and before a
    /// word of a fire or a leak, the blast is an accident (`status::story`).
    Cause,
    /// A noun of a structure of public supply ("خط الأنابيب", "أنبوب النفط", "محطة كهرباء",
    /// "السكك الحديدية"): a generic attack told with it and with no person, armed or not, hit
    /// property alone, a destruction of property (`Context::attack_on_property`).
    Utility,
    /// A word of training ("تدرب"): an act its "على" holds was trained for (`status::unreal`).
    Drill,
    /// "حيث" before an act whose subject is a [`Cue::Many`]: what a place is known for.
    Where,
    /// A vague many ("عدد كبير من", "العديد من"): see [`Cue::Where`].
    Many,
    /// An adjective of manner ("المتعمد", "العشوائي") between an event word and a [`Cue::Class`].
    Manner,
    /// A verb of committing with its pronoun ("ارتكبتها"): see `Context::committed_after`.
    Committed,
    /// A word of violence in general ("أعمال العنف"): see [`Cue::Committed`].
    Violence,
    /// A word of preparing ("تمهيدا"): after an incident's event word in its sentence, it opens
    /// a clause of what the act prepares; a place after it is where that is yet to happen
    /// (`Context::cause_after`).
    Prelude,
    /// A stretch of the last days or weeks named as a time ("خلال الأيام الماضية", "في الأيام
    /// الأخيرة", "خلال اليومين الماضيين"): an act told in its sentence part happened some time
    /// in it, on no day the text gives (`Context::incident_date`).
    PastDays,
    /// A bare past-tense verb of retaking ("استعادت", "استعادوا", "استردت"): an event word only
    /// with a [`Cue::Ground`] or a place for its object (`Context::new`).
    Regain,
    /// A noun of ground taken or held in a fight ("قاعدة", "مدينة", "مواقع", "مديرية"): the object
    /// of a [`Cue::Regain`] verb that makes it a retaking.
    Ground,
    /// An adjective of a base ("الجوية", "البحرية", "العسكرية"): right after a one-word actor
    /// that is a [`Cue::Ground`] ("القاعدة الجوية"), the base, not the armed group so named.
    BaseKind,
    /// A verb of preceding or following ("سبق", "تلا", "أعقب"): right before the incident's
    /// words, it makes them its object, and a day told after them in its clause dates its
    /// subject, the act that came before or after ("وسبق الهجوم نشر مئات من المقاتلين ... أول
    /// أمس الأحد"), not the incident (`Context::day_of_neighbour_act`); a definite event word
    /// right after it ("وسبق الغارات اشتباكات ...") names an act the story told before, no event
    /// word of the clause (`Context::part_words`).
    Precede,
    /// A past verb of carrying out an act ("نفذ", "نفذتهما", "نفذه"): a figure right after it
    /// counts the attackers, its subject ("اللتين نفذتهما فتاتان ... وأوقعتا 13 قتيلا").
    Perpetrate,
    /// An adverb of "recently" ("مؤخرا", "في الآونة الأخيرة"): an act told with it in its clause
    /// happened some time before the news, on no day the text gives (`Context::past_days_of`).
    Recently,
    /// One member of one's family with a singular possessive pronoun ("زوجته", "ابنها",
    /// "شقيقه"; not "والديه", "أبنائه"): joined by "و" to a singular person noun right after a
    /// word of death or injury, of that person's gender ("إصابة رجل وزوجته", "مقتل امرأة
    /// وابنها"), one person more (`slots::counts::persons`).
    OneKin,
    /// A clause of defending told right after a word of death ("استشهد وهو يدافع عن دينه
    /// ووطنه", "وهم يذودون عن"): the dead fell defending, armed (`Context::victim_evidence`).
    Defending,
    /// A relative of what an act caused ("مما أدى", "مما أسفر عن"): opening the clause right
    /// after a comma, it tells the toll of the act told just before the comma
    /// (`Context::figures_after_interval`: "غداة هجوم آخر ... في القدس، مما أدى إلى مقتل فتاة").
    Consequence,
    /// A province noun ("ولاية", "إقليم") that, with the article and a word of sameness right
    /// after it ("في الولاية نفسها"), refers back to the place the story named with the same
    /// noun ("في ولاية شرناق"): the province, not a town told since
    /// (`slots::places::Context::place_referred`).
    ProvinceBack,
    /// A noun of a base ("قاعدة") that, with the article and an adjective of a base or a word of
    /// sameness right after it ("على القاعدة العسكرية"), refers back to the place the story
    /// named with it ("قاعدة العند"); alone it may be the armed group (Al Qaeda)
    /// (`slots::places::Context::place_referred`).
    BaseBack,
    /// A noun of a store ("مستودع", "مخازن"): right before a word of arms ([`Cue::Spoils`]:
    /// "مستودعات الأسلحة"), a store of weapons; a blast told in its sentence with generic words
    /// of explosion alone and no perpetrator went off there, no attack told
    /// (`Context::other_field`).
    Arsenal,
    /// A bare past verb of expelling ("طردت", "طردوا"; trigger rows of Government regains
    /// territory): an event word only when it drives an armed side out of ground or a place
    /// ("طردوا أيضا الحوثيين من مدينة لودر"), not persons out of their homes or posts ("طردوا
    /// من مساكنهم") (`Context::nobody_expelled`).
    Expel,
    /// A participle of issuing ("الصادرة", "صادر"): a day right after it ("في بيان صادر مساء
    /// اليوم", "الصحف الجزائرية الصادرة اليوم") is when a statement or a paper came out, a day
    /// of a statement, not of what it tells (`Context::new`).
    Issued,
    /// A word of a link to another act ("مرتبطا", "صلة", "علاقة"): an event word right after it
    /// names the act asked or told to be linked ("ولم يتضح ما إذا كان مرتبطا بهجوم سروج"); a place
    /// in that act's phrase is that act's, not the incident's
    /// (`slots::places::Context::prior_clause`).
    Tied,
    /// A word of massing, advancing or preparing forces, a verb or a verbal noun with no article
    /// ("حشد", "تقدم", "تحشد", "تعزيزات", "خطة"): an event word with "ل" right after it and its
    /// object ("بإعادة حشد القوات لمهاجمة عدن", "تسهيل تقدم الثوار لاجتياح مركز المحافظة") is
    /// what the forces are massed or sent for, not news (`Context::told_to_come`).
    Muster,
    /// A noun of a state's territory ("الأراضي", "أراضي"): right before a country's adjective,
    /// after a word of inside ("داخل الأراضي اليمنية"), the incident is told in that country
    /// (`slots::places::Context::territory`).
    Territory,
    /// A word of inside ("داخل", "في") right before a noun of territory ([`Cue::Territory`]).
    Within,
    /// A verbal noun of liberating, bare or with its object pronoun ("تحرير", "تحريرها"; trigger
    /// rows of Government regains territory "تحرير", "تحريرها"): an event word only as the
    /// complement of a verb of succeeding with ground, a place or the side it was taken from as
    /// its object ("تمكنت فيها المقاومة من دخولها وتحريرها من قبضة الحوثيين")
    /// (`Context::nothing_liberated`).
    Liberation,
    /// A paper an official draws up ("محضر", "مخالفة", "محاضر"): right after a word of a change of
    /// territory ("تم تحرير محضر بالواقعة"), the verbal noun is the writing of it, an office
    /// procedure, no place liberated (`status::history`, status not_violence).
    Paper,
    /// A word of "before" ("قبل") that with "أن" ([`Cue::That`]) opens what befell the doer after
    /// the act: a verb of death with a pronoun of one victim right after it ("قبل أن ترديه
    /// وحدات امنية قتيلا") kills the attacker (`slots::counts`' pronoun reading).
    Ere,
    /// A word of an amount of time not told exactly: a qualifier of a count ("أقل من", "نحو",
    /// "بضعة") or a plural unit with no count ("أيام", "أسابيع"). Right after [`Cue::After`] it
    /// makes the interval's length vague ("بعد أقل من أسبوعين على أعمال عنف"): the act inside it
    /// happened some time before the clause's day, on no day the text gives
    /// (`Context::vague_interval_at`).
    VagueAmount,
    /// A pronoun or relative of the dual ("اللذين", "اللتان", "كلاهما"): the antecedent a verb
    /// of death in the dual told after it agrees with ("الشرطيين اللذين قتلا"), as a dual noun
    /// is (`slots::counts`' pronoun reading).
    DualPronoun,
    /// A doer of an attack named in the singular ("انتحاريا", "مهاجما"): followed by "another"
    /// ("مفجرا انتحاريا آخر") it tells one more doer, which is one of the doers the story
    /// named in the dual or the plural ([`Cue::Doers`]) at that place, not another act.
    Doer,
    /// Doers of an attack named in the dual or the plural ("انتحاريان", "مهاجمون"): an attack
    /// told by them may have "another" doer of its own told after it ([`Cue::Doer`]).
    Doers,
    /// A noun of a gathering ("تجمع", "تجمعات"): right after an [`Cue::Onto`] or a verb of
    /// aiming, with an armed side named at once after it ("هجومًا استهدف تجمعًا لقوات الجيش"),
    /// a post of armed forces (`Context::post_object`).
    Gathering,
    /// A word of storming ("اقتحم", "اقتحام", "يقتحمون"): with a place of worship
    /// ([`Cue::Shrine`]) as its object and no other act of violence, no death and no injury
    /// in its sentence, an entry under guard or a visit, no clash (`status::field`, status
    /// not_violence).
    Storm,
    /// A place of worship ("المسجد", "الأقصى", "الحرم", "كنيسة"): the object of a word of
    /// storming ([`Cue::Storm`]) told with no act of violence.
    Shrine,
    /// A word of the one who carried out an act ("منفذ", "منفذي", "الجاني", "مرتكب"): with a
    /// word of a person's age or nationality ([`Cue::Persona`]) in its sentence, the place
    /// told as where that person is from is the doer's home, not the incident's place
    /// (`slots::places`' hometown reading; the singular doers of [`Cue::Doer`] count too).
    Culprit,
    /// A word that tells who a person is by age, kind or nationality ("رجل", "شاب", "العمر",
    /// "الجنسية", "العشرين"): right before "من" and a place, with the act's doer named in the
    /// sentence ([`Cue::Culprit`], [`Cue::Doer`]), the place is where the doer is from.
    Persona,
    /// A noun of a state's conduct ("سياسة", "حكومة", "موقف", "قرار"): a capital named bare in
    /// construct after it is the state, not a place (`slots::places`' metonymy).
    Statecraft,
    /// A word of an attack fought off ("التصدي", "صد", "يصد", "دحر"): a
    /// generic attack word told with it in its part had armed defenders, a battle
    /// (`Context::repelled_attack`).
    Repelled,
    /// A word of "during" ("أثناء", "خلال"): a shelling word followed in its clause by it and
    /// a word of attack or clash ("أثناء الهجوم") is part of that battle
    /// (`Context::shelling_amid_battle`).
    Midst,
    /// A word of a blast's sound or of ammunition ("دوي", "أصوات", "ذخائر"): a bare blast word
    /// told with it right after air strikes is what the strikes set off
    /// (`Context::blast_of_strikes`).
    Secondary,
    /// A verbal noun of aiming ("استهداف"): a side right after it, its genitive, may be its doer
    /// ("استهداف الحوثيين للأحياء"); after a verb of aiming the subject may stand a few words on
    /// (`Context::targeting_of_strikes`).
    AimNoun,
    /// A word of medical treatment ("للعلاج", "لتلقي العلاج", "علاجهم"): the wounded carried by
    /// air for it, with no act of violence told, are a medical evacuation, no attack
    /// (`status::field`, status generic).
    Treatment,
    /// "This act is not the first" ("ليست الأولى", "ليست المرة الأولى"): a figure told after it
    /// in its sentence part is an earlier act's, read as [`Cue::Earlier`] read before a figure
    /// (`Context::accounts`); unlike it, it says nothing of a figure told before it.
    Precedent,
}

/// Bits of the per-token cue mask (`context::Context::cue_at_token`): a multiple of 64, room
/// for every kind above.
pub(crate) const CUE_BITS: usize = 320;

// Each kind is a bit of the per-token cue mask: the last variant above must stay under CUE_BITS.
const _: () = assert!((Cue::Precedent as usize) < CUE_BITS && CUE_BITS.is_multiple_of(64));

pub(crate) const CUES_TSV: &str = include_str!("../../data/cues.tsv");

/// Parses data/cues.tsv (`phrase<TAB>kind`, sorted, after a `# source:` comment and a header).
pub fn parse_cues(text: &str) -> Result<Vec<(String, Cue)>, String> {
    let rows = rasd_text::parse_tsv("cues.tsv", text, 2).map_err(|e| e.to_string())?;
    rows.into_iter()
        .map(|(line, c)| {
            let cue = match c[1] {
                "subset" => Cue::Subset,
                "anaphor" => Cue::Anaphor,
                "place_back" => Cue::PlaceBack,
                "places_back" => Cue::PlacesBack,
                "pair_back" => Cue::PairBack,
                "demonstrative" => Cue::Demonstrative,
                "domain" => Cue::Domain,
                "aboard" => Cue::Aboard,
                "witness" => Cue::Witness,
                "period_unit" => Cue::PeriodUnit,
                "durative" => Cue::Durative,
                "addition" => Cue::Addition,
                "funeral" => Cue::Funeral,
                "campaign" => Cue::Campaign,
                "venue" => Cue::Venue,
                "suicide" => Cue::Suicide,
                "total" => Cue::Total,
                "running" => Cue::Running,
                "saying" => Cue::Saying,
                "contrast" => Cue::Contrast,
                "crime" => Cue::Crime,
                "premises" => Cue::Premises,
                "prize" => Cue::Prize,
                "person_or_plural" => Cue::PersonOrPlural,
                "route" => Cue::Route,
                "first_person" => Cue::FirstPerson,
                "revised" => Cue::Revised,
                "earlier" => Cue::Earlier,
                "had" => Cue::Had,
                "transfer" => Cue::Transfer,
                "office" => Cue::Office,
                "onset" => Cue::Onset,
                "tally" => Cue::Tally,
                "calamity" => Cue::Calamity,
                "former" => Cue::Former,
                "prospective" => Cue::Prospective,
                "part" => Cue::Part,
                "ranks" => Cue::Ranks,
                "counter" => Cue::Counter,
                "condemn" => Cue::Condemn,
                "care" => Cue::Care,
                "toward" => Cue::Toward,
                "ordinal" => Cue::Ordinal,
                "one_victim" => Cue::OneVictim,
                "two_victims" => Cue::TwoVictims,
                "lose" => Cue::Lose,
                "that" => Cue::That,
                "plural" => Cue::Plural,
                "stretch" => Cue::Stretch,
                "expanse" => Cue::Expanse,
                "incidents" => Cue::Incidents,
                "lands" => Cue::Lands,
                "morrow" => Cue::Morrow,
                "seize" => Cue::Seize,
                "readied" => Cue::Readied,
                "cause" => Cue::Cause,
                "utility" => Cue::Utility,
                "harm" => Cue::Harm,
                "crimes" => Cue::Crimes,
                "survive" => Cue::Survive,
                "inquiry" => Cue::Inquiry,
                "purpose" => Cue::Purpose,
                "charge" => Cue::Charge,
                "assail" => Cue::Assail,
                "verbal" => Cue::Verbal,
                "celebrate" => Cue::Celebrate,
                "deity" => Cue::Deity,
                "class" => Cue::Class,
                "statement" => Cue::Statement,
                "speak_of" => Cue::SpeakOf,
                "cease" => Cue::Cease,
                "alight" => Cue::Alight,
                "via" => Cue::Via,
                "suspend" => Cue::Suspend,
                "superlative" => Cue::Superlative,
                "goes_on" => Cue::GoesOn,
                "possess" => Cue::Possess,
                "coming" => Cue::Coming,
                "soon" => Cue::Soon,
                "struggle" => Cue::Struggle,
                "idea" => Cue::Idea,
                "wherein" => Cue::Wherein,
                "backdrop" => Cue::Backdrop,
                "amid" => Cue::Amid,
                "kin" => Cue::Kin,
                "quarrel" => Cue::Quarrel,
                "run_over" => Cue::RunOver,
                "aside" => Cue::Aside,
                "turn" => Cue::Turn,
                "pass" => Cue::Pass,
                "spent" => Cue::Spent,
                "ruling" => Cue::Ruling,
                "condemnation" => Cue::Condemnation,
                "aim" => Cue::Aim,
                "programme" => Cue::Programme,
                "audience" => Cue::Audience,
                "fate" => Cue::Fate,
                "work" => Cue::Work,
                "advance" => Cue::Advance,
                "heading" => Cue::Heading,
                "takeoff" => Cue::Takeoff,
                "prelude" => Cue::Prelude,
                "past_days" => Cue::PastDays,
                "facing" => Cue::Facing,
                "one_of" => Cue::OneOf,
                "corpse" => Cue::Corpse,
                "handover" => Cue::Handover,
                "civil" => Cue::Civil,
                "relation" => Cue::Relation,
                "retake" => Cue::Retake,
                "link" => Cue::Link,
                "since_year" => Cue::SinceYear,
                "captive" => Cue::Captive,
                "wear" => Cue::Wear,
                "regain" => Cue::Regain,
                "ground" => Cue::Ground,
                "base_kind" => Cue::BaseKind,
                "precede" => Cue::Precede,
                "perpetrate" => Cue::Perpetrate,
                "recently" => Cue::Recently,
                "one_kin" => Cue::OneKin,
                "defending" => Cue::Defending,
                "consequence" => Cue::Consequence,
                "province_back" => Cue::ProvinceBack,
                "base_back" => Cue::BaseBack,
                "arsenal" => Cue::Arsenal,
                "expel" => Cue::Expel,
                "issued" => Cue::Issued,
                "tied" => Cue::Tied,
                "territory" => Cue::Territory,
                "within" => Cue::Within,
                "liberation" => Cue::Liberation,
                "ere" => Cue::Ere,
                "vague_amount" => Cue::VagueAmount,
                "dual_pronoun" => Cue::DualPronoun,
                "doer" => Cue::Doer,
                "doers" => Cue::Doers,
                "gathering" => Cue::Gathering,
                "storm" => Cue::Storm,
                "shrine" => Cue::Shrine,
                "culprit" => Cue::Culprit,
                "persona" => Cue::Persona,
                "statecraft" => Cue::Statecraft,
                "repelled" => Cue::Repelled,
                "midst" => Cue::Midst,
                "secondary" => Cue::Secondary,
                "aim_noun" => Cue::AimNoun,
                "treatment" => Cue::Treatment,
                "muster" => Cue::Muster,
                "deadly" => Cue::Deadly,
                "joint_verbs" => Cue::JointVerbs,
                "both_sides" => Cue::BothSides,
                "only" => Cue::Only,
                "lately" => Cue::Lately,
                "stray" => Cue::Stray,
                "hover" => Cue::Hover,
                "aircraft" => Cue::Aircraft,
                "another" => Cue::Another,
                "countryside" => Cue::Countryside,
                "mission" => Cue::Mission,
                "solidarity" => Cue::Solidarity,
                "revenge" => Cue::Revenge,
                "undertake" => Cue::Undertake,
                "hostage" => Cue::Hostage,
                "hold" => Cue::Hold,
                "recall" => Cue::Recall,
                "almanac" => Cue::Almanac,
                "blaze" => Cue::Blaze,
                "paper" => Cue::Paper,
                "mishap" => Cue::Mishap,
                "pyrotechnic" => Cue::Pyrotechnic,
                "wrought" => Cue::Wrought,
                "ruin" => Cue::Ruin,
                "memorial" => Cue::Memorial,
                "era" => Cue::Era,
                "post" => Cue::Post,
                "describe" => Cue::Describe,
                "institution" => Cue::Institution,
                "named" => Cue::Named,
                "land" => Cue::Land,
                "launch" => Cue::Launch,
                "reside" => Cue::Reside,
                "condole" => Cue::Condole,
                "tags" => Cue::Tags,
                "name_head" => Cue::NameHead,
                "name_tail" => Cue::NameTail,
                "visit" => Cue::Visit,
                "question" => Cue::Question,
                "elide" => Cue::Elide,
                "outcome" => Cue::Outcome,
                "hearsay" => Cue::Hearsay,
                "several" => Cue::Several,
                "lies" => Cue::Lies,
                "of_wounds" => Cue::OfWounds,
                "corps" => Cue::Corps,
                "eponym" => Cue::Eponym,
                "mixed" => Cue::Mixed,
                "negation" => Cue::Negation,
                "hit" => Cue::Hit,
                "dread" => Cue::Dread,
                "mark" => Cue::Mark,
                "percent" => Cue::Percent,
                "denial" => Cue::Denial,
                "intent" => Cue::Intent,
                "period" => Cue::Period,
                "generic" => Cue::Generic,
                "history" => Cue::History,
                "means" => Cue::Means,
                "natural" => Cue::Natural,
                "habitual" => Cue::Habitual,
                "present" => Cue::Present,
                "abstract" => Cue::Abstract,
                "between" => Cue::Between,
                "meet" => Cue::Meet,
                "fall" => Cue::Fall,
                "whence" => Cue::Whence,
                "loser" => Cue::Loser,
                "succeed" => Cue::Succeed,
                "prior" => Cue::Prior,
                "support" => Cue::Support,
                "target" => Cue::Target,
                "exclude_unit" => Cue::ExcludeUnit,
                "irrealis" => Cue::Irrealis,
                "background" => Cue::Background,
                "barrier" => Cue::Barrier,
                "speaker" => Cue::Speaker,
                "clause" => Cue::Clause,
                "reflexive" => Cue::Reflexive,
                "same" => Cue::Same,
                "calm" => Cue::Calm,
                "detonate" => Cue::Detonate,
                "outside" => Cue::Outside,
                "topic" => Cue::Topic,
                "relative" => Cue::Relative,
                "during" => Cue::During,
                "companion" => Cue::Companion,
                "sequel" => Cue::Sequel,
                "similar" => Cue::Similar,
                "days" => Cue::Days,
                "weeks" => Cue::Weeks,
                "since" => Cue::Since,
                "dual" => Cue::Dual,
                "after" => Cue::After,
                "with" => Cue::With,
                "others" => Cue::Others,
                "apposition" => Cue::Apposition,
                "demand" => Cue::Demand,
                "call" => Cue::Call,
                "danger" => Cue::Danger,
                "may" => Cue::May,
                "until" => Cue::Until,
                "ongoing" => Cue::Ongoing,
                "also" => Cue::Also,
                "meanwhile" => Cue::Meanwhile,
                "series" => Cue::Series,
                "series_link" => Cue::SeriesLink,
                "over" => Cue::Over,
                "years" => Cue::Years,
                "months" => Cue::Months,
                "continuing" => Cue::Continuing,
                "warning" => Cue::Warning,
                "then" => Cue::Then,
                "spoils" => Cue::Spoils,
                "return_fire" => Cue::ReturnFire,
                "gain" => Cue::Gain,
                "notion" => Cue::Notion,
                "ahead" => Cue::Ahead,
                "losses" => Cue::Losses,
                "lives" => Cue::Lives,
                "begun" => Cue::Begun,
                "group_anaphor" => Cue::GroupAnaphor,
                "head_anaphor" => Cue::HeadAnaphor,
                "halt" => Cue::Halt,
                "halted" => Cue::Halted,
                "community" => Cue::Community,
                "dispatch" => Cue::Dispatch,
                "admit" => Cue::Admit,
                "taking" => Cue::Taking,
                "onto" => Cue::Onto,
                "stronghold" => Cue::Stronghold,
                "back" => Cue::Back,
                "drill" => Cue::Drill,
                "where" => Cue::Where,
                "many" => Cue::Many,
                "manner" => Cue::Manner,
                "committed" => Cue::Committed,
                "violence" => Cue::Violence,
                "precedent" => Cue::Precedent,
                other => return Err(format!("cues.tsv:{line}: unknown kind {other:?}")),
            };
            Ok((c[0].to_string(), cue))
        })
        .collect()
}
