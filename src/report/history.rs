//! What history records of a scenario's turning points where the scenario format has no field
//! for it: the dates of 1004 and of 1042, keyed by scenario id. Events' own `history` texts,
//! clauses' `history` and the `history:` treaty stay in the scenario files; this table holds
//! only the dates and deeds the format cannot say (when the war ended, when a policy was
//! chosen in history, which fortress held). Facts from `shared/design/history.md`, its last
//! section ("Corrections after a specialist's review") over the lines before it. The words are
//! Fluent keys of `report.ftl`, so the table is read in the report's language.

use crate::locale::tr;

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
    /// The key of when it happened, in the scenario's calendar words ("never" if history did
    /// not take this road).
    pub when_key: &'static str,
    /// The key of what happened, in a sentence.
    pub what_key: &'static str,
    /// Whether it happened at all in history: a road not taken (the flight south) is `false`.
    pub happened: bool,
    /// The year and month it happened in, where a game's date is compared with it.
    pub month: Option<(i64, u32)>,
}

impl Known {
    /// When it happened, in the report's language.
    pub fn when(&self) -> String {
        tr(self.when_key)
    }

    /// What happened, in the report's language.
    pub fn what(&self) -> String {
        tr(self.what_key)
    }
}

/// The name of the treaty history records, in a heading's words.
pub fn treaty_name(scenario_id: &str) -> String {
    tr(match scenario_id {
        "chanyuan_1004" | "chanyuan_1004_chanzhou" => "report-treaty-of-1005",
        "renegotiation_1042" => "report-settlement-of-1042",
        _ => "report-treaty-of-history",
    })
}

/// When history's first word of peace passed between the courts, for the class's table of
/// decisions: Wang Jizhong's first letter in 1004 (intercalary 9th or 10th month, by the
/// corrections), the Liao letter Xiao Temo brought in 1042.
pub fn first_envoy(scenario_id: &str) -> Option<String> {
    match scenario_id {
        "chanyuan_1004" | "chanyuan_1004_chanzhou" => Some(tr("report-known-1004-first-envoy")),
        "renegotiation_1042" => Some(tr("report-known-1042-first-envoy")),
        _ => None,
    }
}

/// What history records of a scenario's turning points: empty for a scenario not listed.
pub fn known(scenario_id: &str) -> &'static [Known] {
    match scenario_id {
        // The short lesson extends 1004 and keeps its history.
        "chanyuan_1004" | "chanyuan_1004_chanzhou" => CHANYUAN_1004,
        "renegotiation_1042" => RENEGOTIATION_1042,
        _ => &[],
    }
}

const CHANYUAN_1004: &[Known] = &[
    Known {
        mark: Mark::Peace,
        when_key: "report-known-1004-peace-when",
        what_key: "report-known-1004-peace-what",
        happened: true,
        month: Some((1004, 12)),
    },
    Known {
        mark: Mark::Place("yingzhou"),
        when_key: "report-known-1004-yingzhou-when",
        what_key: "report-known-1004-yingzhou-what",
        happened: true,
        month: None,
    },
    Known {
        mark: Mark::Policy("personal_expedition"),
        when_key: "report-known-1004-expedition-when",
        what_key: "report-known-1004-expedition-what",
        happened: true,
        month: Some((1004, 11)),
    },
    Known {
        mark: Mark::Event("xiao_talin_falls"),
        when_key: "report-known-1004-xiao-talin-when",
        what_key: "report-known-1004-xiao-talin-what",
        happened: true,
        month: Some((1004, 11)),
    },
    Known {
        mark: Mark::Policy("flight_south"),
        when_key: "report-known-never",
        what_key: "report-known-1004-flight-what",
        happened: false,
        month: None,
    },
];

/// 1042: the Liao muster and letter, Fu Bi's embassy and the settlement of the 9th month; no
/// war came. Xiao Temo's letter is dated only "1042" by the fact sheet, so no month is given.
const RENEGOTIATION_1042: &[Known] = &[
    Known {
        mark: Mark::Peace,
        when_key: "report-known-1042-peace-when",
        what_key: "report-known-1042-peace-what",
        happened: true,
        month: Some((1042, 9)),
    },
    Known {
        mark: Mark::Policy("liao_muster"),
        when_key: "report-known-1042-year",
        what_key: "report-known-1042-muster-what",
        happened: true,
        month: None,
    },
    Known {
        mark: Mark::Event("liao_letter"),
        when_key: "report-known-1042-year",
        what_key: "report-known-1042-letter-what",
        happened: true,
        month: None,
    },
    Known {
        mark: Mark::Event("fu_bi_returns"),
        when_key: "report-known-1042-peace-when",
        what_key: "report-known-1042-fu-bi-what",
        happened: true,
        month: Some((1042, 9)),
    },
    Known {
        mark: Mark::Event("hedong_invasion"),
        when_key: "report-known-never",
        what_key: "report-known-1042-hedong-what",
        happened: false,
        month: None,
    },
    Known {
        mark: Mark::Event("xia_peace"),
        when_key: "report-known-1044-when",
        what_key: "report-known-1044-xia-peace-what",
        happened: true,
        month: None,
    },
];
