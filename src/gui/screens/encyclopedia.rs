//! The encyclopedia window (F1): every person, place, region, court, clause, event and term of
//! the scenario, opened from any name in the game, with its characters, pinyin, Wade-Giles,
//! dates, role, text, records and, for a disputed point, each side's account.

use crate::gui::theme::{self, GOLD, INK_SOFT, SEAL};
use crate::locale::{tr, tr_args};
use crate::rules::encyclopedia::{Encyclopedia, Entry, Kind};
use crate::rules::scenario::Scenario;
use bevy_egui::egui::{self, RichText, Sense};
use std::sync::Arc;

/// What the window shows, kept in egui's memory so no screen needs to carry it.
#[derive(Clone, Default)]
struct Shown {
    open: bool,
    key: Option<String>,
    search: String,
    /// The entries read before, for the Back button.
    back: Vec<String>,
}

fn shown_id() -> egui::Id {
    egui::Id::new("encyclopedia_shown")
}

/// Opens the window at an entry ("person/kou_zhun").
pub fn open(ctx: &egui::Context, key: &str) {
    ctx.data_mut(|d| {
        let s = d.get_temp_mut_or_default::<Shown>(shown_id());
        if let Some(old) = s.key.take().filter(|k| k != key && s.open) {
            s.back.push(old);
        }
        s.key = Some(key.to_string());
        s.open = true;
    });
}

/// The scenario's encyclopedia, built once per scenario (a reloaded file is another).
pub fn book(ctx: &egui::Context, sc: &Scenario) -> Arc<Encyclopedia> {
    let id = egui::Id::new(("encyclopedia_book", &sc.id, sc.digest));
    if let Some(b) = ctx.data(|d| d.get_temp::<Arc<Encyclopedia>>(id)) {
        return b;
    }
    let b = Arc::new(Encyclopedia::of(sc));
    ctx.data_mut(|d| d.insert_temp(id, b.clone()));
    b
}

/// A name drawn as a link to its entry; a name without one is plain text.
pub fn name_link(ui: &mut egui::Ui, book: &Encyclopedia, key: &str, text: impl Into<RichText>) -> egui::Response {
    let text = text.into();
    if book.get(key).is_none() {
        return ui.label(text);
    }
    let r = ui.add(egui::Label::new(text).sense(Sense::click())).on_hover_cursor(egui::CursorIcon::PointingHand);
    // A faint line under every name that opens an entry, a firm one under the pointer.
    let colour = if r.hovered() { SEAL } else { theme::PAPER_DARK };
    ui.painter().hline(r.rect.x_range(), r.rect.bottom(), egui::Stroke::new(1.0, colour));
    if r.clicked() {
        open(ui.ctx(), key);
    }
    r
}

/// A line of text with every name in it a link to its entry.
pub fn linked_text(ui: &mut egui::Ui, book: &Encyclopedia, text: &str, style: impl Fn(RichText) -> RichText) {
    linked(ui, book, text, style, "");
}

/// [`linked_text`], but for the entry of key `except`, whose own name is no link.
fn linked(ui: &mut egui::Ui, book: &Encyclopedia, text: &str, style: impl Fn(RichText) -> RichText, except: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for (piece, entry) in book.spans(text) {
            match entry.map(|i| &book.entries[i]).filter(|e| e.key != except) {
                Some(e) => {
                    let r = ui
                        .add(egui::Label::new(style(RichText::new(piece).color(SEAL))).sense(Sense::click()))
                        .on_hover_cursor(egui::CursorIcon::PointingHand)
                        .on_hover_text(tr_args(
                            "ency-click-entry",
                            &[("title", (&e.title).into()), ("zh", (&e.zh).into())],
                        ));
                    if r.clicked() {
                        open(ui.ctx(), &e.key);
                    }
                }
                None => {
                    ui.label(style(RichText::new(piece)));
                }
            }
        }
    });
}

/// The window itself, when open; F1 opens and closes it.
pub fn window(ctx: &egui::Context, sc: &Scenario) {
    let mut s = ctx.data_mut(|d| d.get_temp::<Shown>(shown_id())).unwrap_or_default();
    let before = s.key.clone();
    if ctx.input(|i| i.key_pressed(egui::Key::F1)) {
        s.open = !s.open;
    }
    if !s.open {
        ctx.data_mut(|d| d.insert_temp(shown_id(), s));
        return;
    }
    let book = book(ctx, sc);
    let mut open = true;
    egui::Window::new(RichText::new(tr("ency-window")).strong())
        .id(egui::Id::new("encyclopedia_window"))
        .open(&mut open)
        .default_pos([200.0, 90.0])
        .default_size([780.0, 540.0])
        .resizable(true)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(220.0);
                    index(ui, &book, &mut s);
                });
                ui.separator();
                ui.vertical(|ui| {
                    let entry = s.key.as_deref().and_then(|k| book.get(k));
                    match entry {
                        Some(e) => {
                            if !s.back.is_empty() && ui.small_button(tr("ency-back")).clicked() {
                                s.key = s.back.pop();
                            }
                            egui::ScrollArea::vertical().id_salt("encyclopedia_entry").show(ui, |ui| {
                                show(ui, &book, e);
                            });
                        }
                        None => {
                            ui.label(theme::title(tr("ency-heading")));
                            ui.label(RichText::new(tr("ency-intro")).color(INK_SOFT));
                        }
                    }
                });
            });
        });
    s.open = open;
    // A click on a name inside the window has opened another entry meanwhile: keep it.
    let clicked = ctx.data(|d| d.get_temp::<Shown>(shown_id()));
    if let Some(c) = clicked.filter(|c| c.key != before && c.open) {
        if let Some(old) = s.key.take() {
            s.back.push(old);
        }
        s.key = c.key;
    }
    ctx.data_mut(|d| d.insert_temp(shown_id(), s));
}

/// The search box and the entries by kind.
fn index(ui: &mut egui::Ui, book: &Encyclopedia, s: &mut Shown) {
    ui.horizontal(|ui| {
        ui.label(tr("ency-find"));
        ui.add(egui::TextEdit::singleline(&mut s.search).desired_width(160.0).hint_text(tr("ency-find-hint")));
    });
    let found = book.search(&s.search);
    egui::ScrollArea::vertical().id_salt("encyclopedia_index").auto_shrink([false, false]).show(ui, |ui| {
        for kind in Kind::ALL {
            let of_kind: Vec<&&Entry> = found.iter().filter(|e| e.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            let heading = format!("{} ({})", plural(kind), of_kind.len());
            egui::CollapsingHeader::new(RichText::new(heading).strong())
                .id_salt(("encyclopedia_kind", kind.prefix(), s.search.is_empty()))
                .default_open(!s.search.is_empty() || matches!(kind, Kind::Person | Kind::Term))
                .show(ui, |ui| {
                    for e in of_kind {
                        let mark = if e.disputed { " [?]" } else { "" };
                        let text = format!("{}{mark}", crate::rules::scenario::named(&e.title, &e.zh));
                        if ui.selectable_label(s.key.as_deref() == Some(e.key.as_str()), text).clicked()
                            && let Some(old) = s.key.replace(e.key.clone())
                        {
                            s.back.push(old);
                        }
                    }
                });
        }
    });
}

/// One entry.
fn show(ui: &mut egui::Ui, book: &Encyclopedia, e: &Entry) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&e.title).strong().size(24.0));
        if !e.zh.is_empty() {
            ui.label(RichText::new(&e.zh).size(26.0).color(SEAL));
        }
    });
    ui.label(RichText::new(&e.role).italics().color(INK_SOFT));
    egui::Grid::new(("encyclopedia_facts", &e.key)).num_columns(2).spacing([12.0, 4.0]).show(ui, |ui| {
        for (label, value, tip) in [
            ("ency-pinyin", &e.pinyin, Some("ency-pinyin-tip")),
            ("ency-wade-giles", &e.wade_giles, Some("ency-wade-giles-tip")),
            ("ency-dates", &e.dates, None),
            ("ency-records", &e.sources, Some("ency-records-tip")),
        ] {
            if value.is_empty() {
                continue;
            }
            ui.label(RichText::new(tr(label)).strong()).on_hover_text(tip.map(tr).unwrap_or_default());
            ui.label(value);
            ui.end_row();
        }
    });
    ui.add_space(6.0);
    for paragraph in e.text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        linked(ui, book, paragraph, |t| t, &e.key);
        ui.add_space(4.0);
    }
    if e.disputed || !e.accounts.is_empty() {
        ui.add_space(4.0);
        let heading = tr(if e.disputed { "ency-disputed" } else { "ency-records-say" });
        ui.label(RichText::new(heading).strong().size(17.0).color(if e.disputed { GOLD } else { INK_SOFT }));
        if !e.dispute.is_empty() {
            ui.label(RichText::new(&e.dispute).italics());
        }
        for a in &e.accounts {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(tr_args("ency-says", &[("source", (&a.source).into())])).strong());
                linked(ui, book, &a.says, |t| t, &e.key);
            });
        }
    }
    let see: Vec<&Entry> = book.mentions(&e.text).into_iter().filter(|m| m.key != e.key).collect();
    if !see.is_empty() {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr("ency-see-also")).strong());
            for (i, m) in see.iter().enumerate() {
                if i > 0 {
                    ui.label("·");
                }
                name_link(ui, book, &m.key, crate::rules::scenario::named(&m.title, &m.zh));
            }
        });
    }
}

/// The heading of a kind of entry in the index, in the window's language.
fn plural(kind: Kind) -> String {
    tr(match kind {
        Kind::Person => "ency-people",
        Kind::Place => "ency-places",
        Kind::Region => "ency-regions",
        Kind::Court => "ency-courts",
        Kind::Clause => "ency-clauses",
        Kind::Event => "ency-events",
        Kind::Term => "ency-terms",
    })
}
