//! The game's own words explained, as plain data: the glossary the window shows beside the
//! chronicle and `docs/GLOSSARY.md` is written from, and the short glosses the chronicle adds
//! after a measure or a date the first time a reader meets it ("100,000 taels (liang, ...)").
//!
//! Figures come from `shared/design/history.md` where it gives them; a figure it does not give
//! is a common estimate and carries `[?]`, the fact sheet's mark for a point the sources
//! disagree on or that could not be checked.

use crate::locale::tr;

/// One word of the game. Its fields are the English the glossary's Markdown is written from;
/// [`Word::shown`] and [`Word::meaning_shown`] say it in the reader's language (chronicle.ftl,
/// whose English the tests hold to these fields).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// The word as the game writes it: "xun", "taels".
    pub word: &'static str,
    /// The Chinese word, with its pinyin where the game's word is English ("" if none).
    pub zh: &'static str,
    /// What it means, for the glossary.
    pub meaning: &'static str,
    /// The short gloss the chronicle adds after the word the first time it appears (empty:
    /// the word is explained in the glossary only).
    pub gloss: &'static str,
    /// The forms of the word that get the gloss in the chronicle.
    pub forms: &'static [&'static str],
    /// Whether those forms are glossed only after a number ("200,000 bolts", "1st xun"), so
    /// that "a bolt from a heavy frame crossbow" is left alone.
    pub counted: bool,
}

impl Word {
    /// The id of its messages in chronicle.ftl: "gloss-intercalary-month" for the word, and
    /// with "-meaning" after it for what it means.
    pub fn key(&self) -> String {
        let parts = self.word.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty());
        parts.fold(String::from("gloss"), |key, p| format!("{key}-{}", p.to_ascii_lowercase()))
    }

    /// The word in the reader's language: "xun", "旬".
    pub fn shown(&self) -> String {
        tr(&self.key())
    }

    /// What it means, in the reader's language.
    pub fn meaning_shown(&self) -> String {
        tr(&format!("{}-meaning", self.key()))
    }
}

/// A subject of [`SUBJECTS`] in the reader's language: "Time", "历法".
pub fn subject_shown(subject: &str) -> String {
    match subject {
        "Time" => tr("gloss-subject-time"),
        "Measures" => tr("gloss-subject-measures"),
        "Diplomacy" => tr("gloss-subject-diplomacy"),
        "The court" => tr("gloss-subject-court"),
        "War" => tr("gloss-subject-war"),
        "Lands and peoples" => tr("gloss-subject-lands"),
        other => other.to_string(),
    }
}

const fn word(word: &'static str, zh: &'static str, meaning: &'static str) -> Word {
    Word { word, zh, meaning, gloss: "", forms: &[], counted: false }
}

/// Every word of the glossary, by subject.
pub const SUBJECTS: &[(&str, &[Word])] = &[
    ("Time", TIME),
    ("Measures", MEASURES),
    ("Diplomacy", DIPLOMACY),
    ("The court", COURT),
    ("War", WAR),
    ("Lands and peoples", LANDS),
];

/// Every word of the glossary, subject after subject.
pub fn words() -> impl Iterator<Item = &'static Word> {
    SUBJECTS.iter().flat_map(|(_, words)| words.iter())
}

const TIME: &[Word] = &[
    Word {
        gloss: "ten days, a third of a month",
        forms: &["xun"],
        counted: true,
        ..word(
            "xun",
            "旬",
            "Ten days, a third of a lunar month: the 1st, 2nd and 3rd xun of each month. One turn of the 1004 campaign is one xun.",
        )
    },
    word(
        "month",
        "月 yue",
        "A month of the Chinese lunar calendar, 29 or 30 days, numbered 1st to 12th from the lunar New Year, so each month begins some three to seven weeks after the Western month of the same number: the 22nd day of the 11th month of 1004, when Xiao Talin died, was about 30 December 1004.",
    ),
    Word {
        gloss: "an extra month that keeps the lunar year in step with the seasons",
        forms: &["intercalary"],
        ..word(
            "intercalary month",
            "閏月 runyue",
            "An extra month, added about every third year so that twelve lunar months keep in step with the seasons; it takes the number of the month before it. 1004 had an intercalary 9th month, in which the Liao marched south.",
        )
    },
    word(
        "season",
        "季 ji",
        "Spring, summer, autumn or winter: three months. One turn of the 1042 crisis is one season.",
    ),
    word(
        "turn",
        "",
        "One round of orders: every court gives its orders, then they are carried out together (marches, battles, sieges, envoys' journeys, the treaties' payments, events). One xun in 1004, one season in 1042.",
    ),
];

const MEASURES: &[Word] = &[
    Word {
        gloss: "liang, a Chinese ounce of silver, about 37-40 g",
        forms: &["taels", "tael"],
        counted: true,
        ..word(
            "taels",
            "兩 liang",
            "The measure of silver: a Chinese ounce, sixteen to the jin (catty), of about 37 to 40 grams [?]: 100,000 taels, the yearly silver of 1005, weigh some four tonnes.",
        )
    },
    Word {
        gloss: "pi, a standard length of silk cloth",
        forms: &["bolts", "bolt"],
        counted: true,
        ..word(
            "bolts",
            "匹 pi",
            "The measure of silk: a bolt is a standard length of woven silk, about 12 metres [?], used as money and paid as tax. The treaty of 1005 sent 200,000 bolts a year.",
        )
    },
    Word {
        gloss: "dan, a measure of grain by volume",
        forms: &["shi"],
        counted: true,
        ..word(
            "shi (grain)",
            "石 shi or dan",
            "The measure of grain, by volume: ten dou, roughly 60 to 70 litres in the Song [?]. Armies eat grain every turn; an empty granary leaves them hungry.",
        )
    },
    word("jin", "斤", "A catty, sixteen taels: about 600 grams [?]. The Xia's yearly tea was counted in jin."),
];

const DIPLOMACY: &[Word] = &[
    word(
        "treaty",
        "盟約 mengyue; 誓書 shishu, the oath letters",
        "An agreement two courts swear by exchanging oath letters. In the game every article of a sworn treaty is a rule at work: payments are made, forbidden orders are warned of, and a breach has consequences. Several treaties may be in force at once, each between two courts.",
    ),
    word(
        "article",
        "條 tiao",
        "One term of a treaty or a draft, such as the yearly silver and silk or keeping the present borders. The game also calls it a clause; the scenario's clause library lists every article that may be proposed, with what it is worth to each court. The oath letters of 1005 had seven articles.",
    ),
    word(
        "draft",
        "",
        "A treaty proposed but not yet sworn. An envoy carries it to the other court, which accepts it (the treaty is sworn), rejects it or answers with a counter-offer.",
    ),
    word(
        "counter-offer",
        "",
        "A court's answer to a draft with a draft of its own, carried back by the envoy who brought the first. The chronicle names its biggest change from the draft.",
    ),
    word(
        "worth",
        "",
        "What an article is worth to each court in points, from the scenario's clause library: the yearly silver counts for the Liao and against the Song. A court weighs a draft's worth against going on with the war, and that part of its reckoning is known to itself alone.",
    ),
    word(
        "envoy",
        "使 shi",
        "The man who carries a court's drafts and answers, such as Cao Liyong for the Song or Han Qi for the Liao. He spends turns on the road, carries one draft at a time, and may be detained by a court that does not trust the sender.",
    ),
    word(
        "go-between",
        "",
        "An envoy trusted by both courts who may carry either court's letters, such as Wang Jizhong, a Song officer captured in 1003 and given Liao rank. He knows what each court would accept, so the court he writes for sees the other's answer exactly.",
    ),
    word(
        "trust",
        "",
        "How far one court believes another's word, from -100 to 100. A breach lowers it, and so does sending again a draft already refused; a court with little trust may detain an envoy.",
    ),
    word(
        "breach",
        "",
        "An order that breaks a sworn article, such as raising new walls under \"No new fortifications\". The game warns before the order; the wronged court is told, trusts the breaker less, and gains a cause for war.",
    ),
    word("cause for war", "", "A just reason to go back to war, held by a court whose treaty the other has broken."),
    word(
        "tribute",
        "貢 gong",
        "Payments from a lesser to a greater ruler. The Song called the yearly silver and silk gifts; the Liao history and later historians call them tribute. In 1042 the Liao asked for the words 獻 xian (\"present\") and 納 na (\"deliver\"); the Song court in the end conceded 納.",
    ),
    word(
        "border markets",
        "榷場 quechang",
        "Supervised markets on the border where Song and Liao merchants traded under officials' eyes. They were not in the oath letters but followed soon after.",
    ),
];

const COURT: &[Word] = &[
    word(
        "court",
        "朝廷 chaoting",
        "A ruler and his government: each side of the game is a court (the Song, the Liao, and in 1042 the Xia), played by a person or by the computer.",
    ),
    word(
        "memorial",
        "奏 zou",
        "A written report or advice sent to the throne by a minister. The court screen shows each minister's memorial with his stance, as Kou Zhun urged the emperor to lead the army and Wang Qinruo urged flight south.",
    ),
    word(
        "policy",
        "",
        "A decision of the court, such as the emperor's personal expedition: some are taken once and for good, others are kept up each turn and may be given up. Many cost silver, silk or grain.",
    ),
    word(
        "treasury",
        "",
        "A court's silver, silk and grain. Income comes in every turn; armies eat grain, and treaties and policies move silver and silk. The other court only estimates it.",
    ),
    word(
        "honour",
        "",
        "The emperor's standing, from 0 to 100: raised by victories and fair terms, lowered by breaking an oath or accepting the word \"tribute\".",
    ),
    word(
        "resolve",
        "",
        "A court's will to fight on rather than make peace. It falls with lost battles, places and failed assaults; the other court only estimates it.",
    ),
    word(
        "war-weariness",
        "",
        "How tired a court and its country are of the war, from 0 to 100. The wearier a court, the more peace is worth to it; the other court only estimates it.",
    ),
];

const WAR: &[Word] = &[
    word(
        "army",
        "",
        "A body of men under a commander, with its strength in men and its morale. An army marches one step along a route a turn.",
    ),
    word(
        "morale",
        "",
        "An army's fighting spirit: it falls with defeats, hunger and river crossings, and rises when the emperor takes the field. The enemy only estimates it.",
    ),
    word(
        "garrison",
        "",
        "The men holding a walled place, or the order to an army to hold a place its court controls from behind the walls.",
    ),
    word(
        "walls",
        "",
        "A place's fortification level, from none up to the scenario's highest (5 by default). Walls make the defenders stronger; raising them a level costs silver and is forbidden by the article \"No new fortifications\".",
    ),
    word(
        "siege",
        "",
        "An army camped before a walled place it does not hold, wearing the walls down turn by turn. Siege progress is the share of the walls' strength worn down so far: at 100% the place falls.",
    ),
    word(
        "assault",
        "",
        "Storming the walls instead of waiting for the siege to do its work: quicker, but a failed assault costs men and resolve.",
    ),
    word(
        "siegecraft",
        "",
        "How well a court's armies besiege and storm walls. The Khitan horse of 1004 rode past great walled towns it could not take: Yingzhou held for more than two weeks.",
    ),
];

const LANDS: &[Word] = &[
    word(
        "Song",
        "大宋",
        "The Northern Song empire, capital Kaifeng, which unified China south of the Sixteen Prefectures by 979. Its emperor in 1004 was Zhenzong.",
    ),
    word(
        "Liao",
        "大契丹 Da Qidan, 遼 Liao",
        "The empire of the Khitan, who called their state Great Khitan in the oath letters. In 1004 Emperor Shengzong reigned, but his mother, the Empress Dowager Chengtian, was the real ruler until 1009.",
    ),
    word(
        "Xia",
        "西夏 Xi Xia",
        "The Western Xia, a Tangut state in the northwest that owed the Liao allegiance and fought the Song until the peace of 1044.",
    ),
    word(
        "Sixteen Prefectures",
        "燕雲十六州",
        "The lands around Youzhou (modern Beijing), ceded to the Khitan in 936/938. Song attempts to take them failed in 979 and 986.",
    ),
    word(
        "Guannan",
        "關南",
        "\"South of the passes\": the counties south of the Waqiao, Yijin and Yukou passes, around Yingzhou and Mozhou, recovered by the Later Zhou in 959. The Liao demanded them in 1004 and again in 1042, and were refused both times.",
    ),
    word(
        "prefecture",
        "州 zhou",
        "A district governed from a walled town, which gives it its name: Chanzhou, Xiongzhou, Yingzhou.",
    ),
];

/// The glossary as Markdown, the text of `docs/GLOSSARY.md`.
pub fn markdown() -> String {
    let mut out = String::from(
        "# Glossary\n\n\
         The game's words, as the window's Glossary shows them beside the chronicle. The\n\
         chronicle also explains a measure or a date the first time it uses one. `[?]` marks a\n\
         figure the sources disagree on or that is a common estimate.\n\n\
         This file is written from `src/rules/glossary.rs`: the test suite checks that the two\n\
         agree (`UPDATE_GOLDEN=1` rewrites it).\n",
    );
    for (subject, words) in SUBJECTS {
        out.push_str(&format!("\n## {subject}\n\n"));
        for w in *words {
            let zh = if w.zh.is_empty() { String::new() } else { format!(" ({})", w.zh) };
            out.push_str(&format!("- **{}**{zh}: {}\n", w.word, w.meaning));
        }
    }
    out
}

impl Default for Glosser {
    fn default() -> Glosser {
        Glosser::new()
    }
}

/// Adds each word's short gloss after its first appearance in a run of texts read in order
/// (a chronicle as a reader sees it), and never again.
#[derive(Clone, Debug)]
pub struct Glosser {
    /// The words with a gloss, each with whether it has been glossed yet.
    pending: Vec<(&'static Word, bool)>,
}

impl Glosser {
    pub fn new() -> Glosser {
        Glosser { pending: words().filter(|w| !w.gloss.is_empty()).map(|w| (w, false)).collect() }
    }

    /// The text with the gloss of each word it is the first to use.
    pub fn gloss(&mut self, text: &str) -> String {
        // Where each new word first appears in the text as written, so a gloss never glosses
        // a word of another gloss.
        let mut inserts: Vec<(usize, &'static str)> = Vec::new();
        for (w, glossed) in self.pending.iter_mut().filter(|(_, glossed)| !*glossed) {
            let first = w.forms.iter().filter_map(|f| find_word(text, f, w.counted)).min();
            if let Some(end) = first {
                *glossed = true;
                inserts.push((end, w.gloss));
            }
        }
        if inserts.is_empty() {
            return text.to_string();
        }
        inserts.sort();
        let mut out = String::with_capacity(text.len() + 64 * inserts.len());
        let mut at = 0;
        for (end, gloss) in inserts {
            out.push_str(&text[at..end]);
            out.push_str(&format!(" ({gloss})"));
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// The end of the first appearance of `form` in `text` as a word of its own (after a number
/// when `counted`), not already followed by a bracket.
fn find_word(text: &str, form: &str, counted: bool) -> Option<usize> {
    let word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '-';
    for (start, _) in text.match_indices(form) {
        let end = start + form.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(word_char) || after.is_some_and(word_char) {
            continue;
        }
        if text[end..].starts_with(" (") {
            continue;
        }
        if counted {
            // "200,000 bolts", "1st xun": the word before starts with a digit.
            let previous = text[..start].strip_suffix(' ').and_then(|t| t.split(' ').next_back());
            if !previous.and_then(|p| p.chars().next()).is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
        }
        return Some(end);
    }
    None
}
