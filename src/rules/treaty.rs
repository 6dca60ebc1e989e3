//! Sworn treaties as rules: effects on swearing, recurring deliveries, prohibitions,
//! breaches and their consequences, and clauses running out.

use crate::rules::chronicle::Entry;
use crate::rules::effects::{self, Scope};
use crate::rules::game::{BreachWarning, Game};
use crate::rules::ids::*;
use crate::rules::scenario::{Scenario, Term};
use crate::rules::state::{Breach, Order, ProposalStatus, State, Treaty};
use crate::rules::vocab::ActionKind;

/// Swears a treaty: the war ends, each clause's `on_sworn` runs, and the clauses take force.
/// A treaty sworn while another stands replaces it (a renegotiation, as in 1042).
pub fn swear(s: &Scenario, st: &mut State, terms: Vec<Term>) {
    let renewed = st.treaty.is_some();
    let (deliveries, breaches) = match st.treaty.take() {
        Some(old) => (old.deliveries, old.breaches),
        None => (Vec::new(), Vec::new()),
    };
    let n = terms.len();
    st.treaty = Some(Treaty { in_force: vec![true; n], terms, sworn: st.turn, inherited: false, deliveries, breaches });
    for p in &mut st.proposals {
        if matches!(p.status, ProposalStatus::Travelling | ProposalStatus::Waiting) {
            p.status = ProposalStatus::Rejected;
        }
    }
    for a in &mut st.armies {
        if a.order == Order::Besiege || a.order == Order::Assault {
            a.order = Order::Hold;
        }
        a.siege = 0;
    }
    st.say(None, Entry::TreatySworn { terms: n, renewed });
    for i in 0..n {
        // An article's effects may end the treaty itself (`EndTreaty`): then the rest lapse.
        let Some(term) = st.treaty.as_ref().and_then(|t| t.terms.get(i).cloned()) else { return };
        let clause = s.clause(term.clause);
        let scope = Scope { values: &term.values, breaker: None, clause: Some((term.clause, i)) };
        effects::apply_all(s, st, &clause.on_sworn, &scope);
    }
}

/// Runs each clause in force whose time has come, and retires clauses that have run out.
pub fn run_clauses(s: &Scenario, st: &mut State) {
    let Some(t) = &st.treaty else { return };
    let since = st.turn - t.sworn;
    let per_year = s.calendar.turns_per_year();
    let terms = t.terms.clone();
    let in_force = t.in_force.clone();
    for (i, term) in terms.iter().enumerate() {
        if !in_force[i] {
            continue;
        }
        let clause = s.clause(term.clause);
        let Some(treaty) = st.treaty.as_mut() else { return };
        if let Some(years) = clause.years
            && since >= years.saturating_mul(per_year)
        {
            treaty.in_force[i] = false;
            st.say(None, Entry::Expired { clause: term.clause });
            continue;
        }
        for (every, effects) in &clause.recurring {
            let period = every.period(per_year);
            // The first delivery falls due at the end of the turn of swearing.
            if since.is_multiple_of(period) {
                let scope = Scope { values: &term.values, breaker: None, clause: Some((term.clause, i)) };
                effects::apply_all(s, st, effects, &scope);
            }
        }
    }
}

/// The clauses in force that forbid a side this kind of order.
pub fn forbidding(game: &Game, side: Side, kind: ActionKind) -> Vec<BreachWarning> {
    let s = &game.scenario;
    let Some(t) = &game.state.treaty else { return Vec::new() };
    let mut out = Vec::new();
    for (i, term) in t.terms.iter().enumerate() {
        if !t.in_force[i] {
            continue;
        }
        let clause = s.clause(term.clause);
        for p in &clause.prohibits {
            if p.action == kind && p.by.is_none_or(|b| b == side) {
                out.push(BreachWarning {
                    term: i,
                    clause: term.clause,
                    breakable: p.breakable,
                    text: format!("This breaks the sworn clause \"{}\": {}", clause.name, s.term_text(term)),
                });
            }
        }
    }
    out
}

/// Records a breach: both courts are told, the clause's consequences run, trust falls and
/// the wronged court gains a cause for war.
pub fn record_breach(game: &mut Game, side: Side, term: usize, what: String) {
    let s = game.scenario.clone();
    let st = &mut game.state;
    let Some(t) = &mut st.treaty else { return };
    let turn = st.turn;
    t.breaches.push(Breach { turn, side, term, what });
    let index = term;
    let term = t.terms[index].clone();
    st.say(None, Entry::Breach { side, clause: term.clause });
    let wronged = side.other();
    st.courts[wronged].trust = (st.courts[wronged].trust - 25).max(-100);
    st.courts[side].honour = (st.courts[side].honour - 5).max(0);
    if !st.courts[wronged].cause_for_war {
        st.courts[wronged].cause_for_war = true;
        st.say(None, Entry::CauseForWar { side: wronged });
    }
    let scope = Scope { values: &term.values, breaker: Some(side), clause: Some((term.clause, index)) };
    effects::apply_all(&s, st, &s.clause(term.clause).on_breach, &scope);
}
