//! Sworn clauses at work: deliveries, prohibitions and breaches.

use crate::common::*;
use chanyuan::rules::game::Action;
use chanyuan::rules::ids::*;

#[test]
fn the_yearly_silver_and_silk_reach_the_liao_at_xiongzhou() {
    let mut g = game(1);
    let (song_court, liao_court) = (song(&g), liao(&g));
    let terms = historical_treaty(&g);
    let s = g.scenario.clone();
    swear_by_envoys(&mut g, song_court, liao_court, terms);
    let (song, liao) = (g.state().courts[song_court].treasury, g.state().courts[liao_court].treasury);
    pass(&mut g);
    let income = s.courts[liao_court].income.silver;
    // The yearly payment: 100,000 paid in. (The border markets followed the oath and are not
    // in the treaty as sworn.)
    assert_eq!(g.state().courts[liao_court].treasury.silver, liao.silver + 100_000 + income);
    // Paid out: 100,000 and 3,000 for the carriage; taken in: the income.
    let song_income = s.courts[song_court].income.silver;
    assert_eq!(g.state().courts[song_court].treasury.silver, song.silver + song_income - 100_000 - 3_000);
    let t = g.state().treaty_between(song_court, liao_court).unwrap();
    let silver: Vec<_> = t.deliveries.iter().filter(|d| d.resource == Resource::Silver).collect();
    assert_eq!(silver.len(), 1);
    assert_eq!(silver[0].amount, 100_000);
    assert_eq!(silver[0].at, Some(place(&g, "xiongzhou")));
    assert!(chronicle(&g).iter().any(|l| l.contains("deliver 100,000 taels of silver at Xiongzhou")));
    // Not again until a year has passed.
    pass(&mut g);
    let t = g.state().treaty_between(song_court, liao_court).unwrap();
    assert_eq!(t.deliveries.iter().filter(|d| d.resource == Resource::Silver).count(), 1);
}

#[test]
fn swearing_keep_the_borders_sends_every_army_home_and_gives_back_mozhou() {
    // Mozhou without walls or garrison, the Liao host at its gates: it falls at once.
    let mut g = situation()
        .army_at("liao_main", "mozhou")
        .edit(|raw| {
            let p = raw.places.iter_mut().find(|p| p.id == "mozhou").expect("Mozhou");
            (p.fort, p.garrison) = (0, 0);
        })
        .game(1);
    let (song, liao) = (song(&g), liao(&g));
    let mozhou = place(&g, "mozhou");
    let main = army(&g, "liao_main");
    let terms = vec![term(&g, "keep_borders")];
    pass(&mut g);
    assert_eq!(g.state().places[mozhou.index()].controller, liao, "{:#?}", chronicle(&g));
    // The Liao sue, the Song accept: the oath is sworn in the Song camp.
    swear_by_envoys(&mut g, liao, song, terms);
    assert_eq!(g.state().places[mozhou.index()].controller, song);
    assert_eq!(g.state().places[g.state().army(main).at.index()].controller, liao);
    assert!(!g.state().at_war());
}

#[test]
fn new_walls_at_dingzhou_after_the_oath_are_a_breach_the_liao_are_told_of() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let s = g.scenario.clone();
    let terms = historical_treaty(&g);
    swear_by_envoys(&mut g, song, liao, terms);
    let fortify = Action::Fortify { place: place(&g, "dingzhou") };
    let warnings = g.breaches(song, &fortify);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].text.contains("No new fortifications"), "{}", warnings[0].text);
    let trust = g.state().courts[liao].trust[song];
    g.act(song, fortify).expect("a breakable clause lets the order through");
    let t = g.state().treaty_between(song, liao).unwrap();
    assert_eq!(t.breaches.len(), 1);
    assert_eq!(t.breaches[0].side, song);
    assert!(g.state().courts[liao].trust[song] < trust);
    assert!(g.state().courts[liao].cause_for_war[song]);
    let line = g.state().chronicle.iter().find(|l| l.text(&s).contains("break the clause")).expect("told");
    assert!(line.visible_to(liao), "the wronged court is told");
}

#[test]
fn an_unbreakable_clause_refuses_the_order_and_names_itself() {
    let mut g = situation()
        .edit(|raw| {
            let clause = raw.clauses.iter_mut().find(|c| c.id == "no_new_forts").expect("the clause");
            for p in &mut clause.prohibits {
                p.breakable = false;
            }
        })
        .game(1);
    let (song, liao) = (song(&g), liao(&g));
    let terms = vec![term(&g, "no_new_forts")];
    swear_by_envoys(&mut g, song, liao, terms);
    let before = g.state().clone();
    let err = g.act(song, Action::Fortify { place: place(&g, "daming") }).unwrap_err();
    assert!(err.0.contains("forbidden by the sworn clause \"No new fortifications\""), "{err}");
    assert_eq!(*g.state(), before);
}

#[test]
fn sheltering_fugitives_breaks_article_four() {
    let mut g = game(1);
    let (song, liao) = (song(&g), liao(&g));
    let terms = historical_treaty(&g);
    swear_by_envoys(&mut g, song, liao, terms);
    g.act(liao, Action::Policy { policy: policy(&g, "harbour_fugitives_liao") }).expect("allowed, but a breach");
    let t = g.state().treaty_between(song, liao).unwrap();
    assert_eq!(t.breaches.len(), 1);
    assert_eq!(t.breaches[0].side, liao);
    assert!(g.state().courts[song].cause_for_war[liao]);
}
