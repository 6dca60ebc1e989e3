//! What history records of a scenario's turning points where the scenario format has no field
//! for it: the dates of 1004, keyed by scenario id. Events' own `history` texts, clauses'
//! `history` and the `history:` treaty stay in the scenario files; this table holds only the
//! dates and deeds the format cannot say (when the war ended, when a policy was chosen in
//! history, which fortress held). Facts from `shared/design/history.md`.

/// A turning point, by what marks it in a game.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The treaty between the courts of history sworn: the war's end.
    Peace,
    /// A policy chosen, by its id.
    Policy(&'static str),
    /// An event that happened, by its id.
    Event(&'static str),
    /// A place besieged, stormed or taken, by its id.
    Place(&'static str),
}

/// One thing history records, beside which a game's own turning point is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub mark: Mark,
    /// When it happened, in the scenario's calendar words ("never" if history did not take
    /// this road).
    pub when: &'static str,
    /// What happened, in a sentence.
    pub what: &'static str,
    /// Whether it happened at all in history: a road not taken (the flight south) is `false`.
    pub happened: bool,
    /// The year and month it happened in, where a game's date is compared with it.
    pub month: Option<(i64, u32)>,
}

/// The name of the treaty history records, in a heading's words.
pub fn treaty_name(scenario_id: &str) -> &'static str {
    match scenario_id {
        "chanyuan_1004" => "the treaty of 1005",
        "renegotiation_1042" => "the settlement of 1042",
        _ => "the treaty history records",
    }
}

/// What history records of a scenario's turning points: empty for a scenario not listed.
pub fn known(scenario_id: &str) -> &'static [Known] {
    match scenario_id {
        "chanyuan_1004" => CHANYUAN_1004,
        _ => &[],
    }
}

const CHANYUAN_1004: &[Known] = &[
    Known {
        mark: Mark::Peace,
        when: "12th month, 1004",
        what: "The oath letters were exchanged before Chanzhou and the war ended (mid-January 1005 by the Western calendar).",
        happened: true,
        month: Some((1004, 12)),
    },
    Known {
        mark: Mark::Place("yingzhou"),
        when: "autumn 1004",
        what: "Yingzhou held: the Liao siege failed after more than two weeks, and the host rode past the fortresses to the Yellow River.",
        happened: true,
        month: None,
    },
    Known {
        mark: Mark::Policy("personal_expedition"),
        when: "11th month, 1004",
        what: "Urged by Kou Zhun and Gao Qiong, Zhenzong went north and crossed the Yellow River to the northern town of Chanzhou; the troops' morale rose.",
        happened: true,
        month: None,
    },
    Known {
        mark: Mark::Event("xiao_talin_falls"),
        when: "22nd day of the 11th month, 1004",
        what: "Xiao Talin was killed by a bolt from a heavy frame crossbow before Chanzhou; the Liao momentum collapsed.",
        happened: true,
        month: None,
    },
    Known {
        mark: Mark::Policy("flight_south"),
        when: "never",
        what: "The court did not flee: Wang Qinruo urged Jinling and Chen Yaosou Chengdu, and Zhenzong went north instead.",
        happened: false,
        month: None,
    },
];
