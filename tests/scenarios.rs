//! The other scenarios: the 1042 renegotiation, the hostage-exchange mod and the campaign.

use crate::common::root;
use chanyuan::rules::ids::*;
use chanyuan::rules::scenario::load::load_scenario;
use chanyuan::rules::scenario::Scenario;
use chanyuan::rules::simulate::play_out;
use std::sync::Arc;

fn load(path: &str) -> Arc<Scenario> {
    let loaded = load_scenario(&root().join(path));
    Arc::new(loaded.scenario.expect("the scenario validates"))
}

#[test]
#[ignore]
fn stats_1042() {
    let s = load(std::env::var("SCN").as_deref().unwrap_or("levels/renegotiation_1042.ron"));
    let n = 1000;
    let (mut renewed, mut war, mut none, mut tribute) = (0, 0, 0, 0);
    let mut silver = std::collections::BTreeMap::new();
    let mut hostage = 0;
    for seed in 0..n {
        let g = play_out(s.clone(), seed);
        let st = &g.state;
        let invaded = s.events.iter().position(|e| e.id == "hedong_invasion").is_some_and(|i| st.fired[i]);
        if invaded {
            war += 1;
            let t = st.treaty.as_ref();
            println!("invaded seed {seed}: treaty {:?} silver {}", t.map(|t| t.sworn), st.treaty_yearly(&s, Resource::Silver));
        }
        match &st.treaty {
            None => none += 1,
            Some(t) => {
                let has = |id: &str| t.terms.iter().any(|x| s.clause(x.clause).id == id);
                if has("renounce_guannan") { renewed += 1; }
                if has("tribute_wording") { tribute += 1; }
                if has("hostage_exchange") { hostage += 1; }
                *silver.entry((st.treaty_yearly(&s, Resource::Silver), st.treaty_yearly(&s, Resource::Silk))).or_insert(0) += 1;
            }
        }
    }
    println!("renewed {renewed} invaded {war} no-treaty {none} tribute {tribute} hostage {hostage}");
    for (k, v) in silver { println!("  {k:?}: {v}"); }
}

#[test]
#[ignore]
fn dump_game() {
    let s = load(std::env::var("SCN").as_deref().unwrap_or("levels/renegotiation_1042.ron"));
    let seed: u64 = std::env::var("SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
    let g = play_out(s.clone(), seed);
    println!("{}", chanyuan::cli::report(&g, None, false));
    for a in &g.state.armies { println!("{a:?} at {}", s.place(a.at).id); }
}
