//! "For the teacher": what to tell the class about each kind of debrief question, with the
//! historical answer and the records it comes from (`shared/design/history.md`, its
//! corrections first). Printed on a page of its own at the end of a debrief, so that the
//! pages before it can be handed out without it; `docs/TEACHING.md` holds the same notes
//! with the lesson plans.

use super::debrief::Question;
use crate::locale::tr;

/// The notes for the questions asked, one a kind of question, in the order first asked:
/// (the note's heading, its text).
pub fn notes(scenario_id: &str, questions: &[Question]) -> Vec<(String, String)> {
    let mut kinds: Vec<&str> = Vec::new();
    for q in questions {
        if !kinds.contains(&q.kind) {
            kinds.push(q.kind);
        }
    }
    let is_1042 = scenario_id == "renegotiation_1042";
    kinds
        .into_iter()
        .filter_map(|kind| {
            let (heading, text) = match (kind, is_1042) {
                ("payment", false) => ("report-teacher-payment-head", "report-teacher-payment-1004"),
                ("payment", true) => ("report-teacher-payment-head", "report-teacher-payment-1042"),
                ("peace", false) => ("report-teacher-peace-head", "report-teacher-peace-1004"),
                ("peace", true) => ("report-teacher-peace-head", "report-teacher-peace-1042"),
                ("war", false) => ("report-teacher-war-head", "report-teacher-war-1004"),
                ("war", true) => ("report-teacher-war-head", "report-teacher-war-1042"),
                ("land", false) => ("report-teacher-land-head", "report-teacher-land-1004"),
                ("land", true) => ("report-teacher-land-head", "report-teacher-land-1042"),
                ("place", _) => ("report-teacher-place-head", "report-teacher-place-1004"),
                ("policy", false) => ("report-teacher-policy-head", "report-teacher-policy-1004"),
                ("policy", true) => ("report-teacher-policy-head", "report-teacher-policy-1042"),
                ("event", false) => ("report-teacher-event-head", "report-teacher-event-1004"),
                ("event", true) => ("report-teacher-event-head", "report-teacher-event-1042"),
                ("clause", false) => ("report-teacher-clause-head", "report-teacher-clause-1004"),
                ("clause", true) => ("report-teacher-clause-head", "report-teacher-clause-1042"),
                ("advice", _) => ("report-teacher-advice-head", "report-teacher-advice"),
                ("general", _) => ("report-teacher-general-head", "report-teacher-general"),
                _ => return None,
            };
            Some((tr(heading), tr(text)))
        })
        .collect()
}
