# The window's words in English (Project Fluent, https://projectfluent.org/).
# Every message here has its twin in ../zh-Hans/main.ftl; tests/locale.rs checks both.
# Names, clauses and the chronicle come from the scenario and are not here.
# `{ $name }` is filled in by the game; `{" "}` keeps a space at either end of a text.

## The window

window-title = Chanyuan 澶淵 — the treaty of 1005

## Tabs and messages (src/gui/session.rs)

tab-map = Map [1]
tab-court = Court [2]
tab-table = Negotiating table [3]
tab-ledger = Treaty ledger [4]
tab-chronicle = Chronicle [5]
msg-choose-scenario = Choose a scenario.
msg-hotseat-two = Hot-seat needs at least two courts played by people.
msg-new-game = A new game begins. You hold the { $court } court.
msg-no-save-yet = There is no save yet.
msg-loaded = Loaded { $path }
msg-save-refused = The save was refused: { $why }
msg-saved = Saved to { $path }
msg-nearest-exact = The nearest draft their court would swear now: the envoy knows their mind.
msg-nearest-estimate = By our estimate the nearest draft their court would swear; their answer may still surprise us.
msg-nearest-none = By our estimate their court would swear no treaty made from this draft.
msg-lesson-begins = The lesson "{ $title }" begins.
msg-time-up = Time ran out for the { $court } court: its turn was ended with the orders already given.
msg-refused = Refused: { $why }

## Title, new game and hand-over (src/gui/screens/title.rs)

title-subtitle = The treaty of 1005 between the Great Song and the Great Khitan (Liao)
title-new-game = New game
title-continue = Continue
title-continue-tip = Load the latest save
title-no-save = No save yet
title-quit = Quit
title-language = Language:
title-ui-size = Size of the interface:
title-scenarios = Scenarios
title-errors = × { $n ->
    [one] 1 error
   *[other] { $n } errors
}
title-warnings = ✓ { $n ->
    [one] 1 warning
   *[other] { $n } warnings
}
title-valid = ✓ valid
title-kind-mod = mod
title-kind-scenario = scenario
title-validator-says = What the validator says about { $name }
title-saved-games = Saved games
title-no-saves = No saved games yet. The game saves itself at the end of every turn.
title-load = Load { $name }
title-lessons = Lessons
title-begin-lesson = Begin the lesson
title-lesson-broken = The lesson has errors: see what the validator says
new-heading = A new game
new-scenario = Scenario
new-broken = { $title } (broken: { $n ->
    [one] 1 error
   *[other] { $n } errors
})
new-players = Players at one screen
new-hotseat = Several courts played by people in turn (hot-seat)
new-hotseat-tip = A hand-over screen hides each court's secrets from the other players.
new-people = Courts played by people
new-your-court = Your court
new-difficulty = Difficulty
new-gentle = Gentle
new-gentle-tip = The computer's court is readier for peace.
new-as-history = As in history
new-stubborn = Stubborn
new-stubborn-tip = The computer's court holds out longer.
new-seed = Seed
new-seed-tip = The same scenario, seed and orders always give the same game: a teacher can replay a session exactly.
new-computer = played by the computer
new-begin = Begin
new-back = Back
handover-pass = Pass the screen to the { $court } player
handover-hidden = The other courts' orders, drafts and reports stay hidden.
handover-show = I play the { $court }: show my court [Enter]

## The playing screen (src/gui/screens/play.rs)

play-turn-of = Turn { $turn } of { $turns }
fig-silver = Silver
fig-silver-tip = Taels of silver in the treasury, and the change since last turn. Income each turn comes from the scenario; the yearly payments of a treaty move it at the border.
fig-silk = Silk
fig-silk-tip = Bolts of silk in the treasury: the other half of the yearly payments.
fig-grain = Grain
fig-grain-tip = Shi of grain. Every 10,000 men under arms eat from it each turn; when it runs out the armies go hungry and lose men and morale.
fig-morale = Morale
fig-morale-tip = Morale of your armies (0-100), weighted by their men. It wins battles and falls with defeats, hunger and long marches.
fig-weariness = War-weariness
fig-weariness-tip = How tired the court and the country are of the war (0-100). It rises every turn of war and with every loss, and makes a treaty more welcome.
fig-honour = Honour
fig-honour-tip = The emperor's standing (0-100). Shameful terms and broken oaths lower it.
play-at-peace = At peace
play-at-peace-tip = No court is at war with yours: see the treaty ledger.
# Joins the names of the courts at war with yours: "the Liao and the Xia".
play-and-the = {" "}and the{" "}
play-at-war = At war with the { $courts }
play-at-war-tip = No treaty binds these courts to yours.
play-save = Save [S]
play-save-tip = Save the game; it also saves itself after every turn.
play-load = Load
play-no-saves = No saves yet
play-load-tip = Load a saved game: the one in progress is left as it is unless you saved it
play-title = Title
play-encyclopedia = Encyclopedia [F1]
play-encyclopedia-tip = The people, places, clauses and terms of the scenario; every name in the game opens its entry.
play-envoys-wait = { $n ->
    [one] An envoy awaits your answer
   *[other] { $n } envoys await your answer
}
play-end-turn = End turn [Enter]
play-end-turn-tip = The other court acts, battles and sieges are decided, clauses and events run.
play-time-left = Time left { $time }
play-clock-tip = The lesson's clock for this turn. When it runs out your turn is ended with the orders already given; a draft not yet sent is lost.
army-heading = Armies
army-line = { $army } — { $men } men at { $place }
army-at = At
army-men = Men
army-men-tip = Fighting men; lost in battles, sieges, assaults and hunger.
army-morale = Morale
army-morale-tip = 0-100: weighs in every battle.
army-commander = Commander
army-no-commander = none
army-commander-tip = A commander's skill adds 8% to the army's power per point.
army-order = Order
army-holding = holding
army-garrisoned = garrisoned behind the walls
army-besieging = besieging ({ $worn }% of the walls worn down)
army-storming = storming the walls this turn
army-with = With
army-the-ruler = the ruler
army-emperor-tip = The emperor's presence adds a quarter to the army's power.
army-march-hint = Click a highlighted place on the map to march there.
order-march-to = → { $place }
order-march-to-tip = March there this turn (Tab to reach, Space to give the order)
order-besiege = Besiege
order-besiege-tip = Wear down the walls turn by turn; the place falls when they are gone.
order-assault = Assault
order-assault-tip = Storm the walls this turn: quick, but costly if it fails.
order-garrison = Garrison
order-garrison-tip = Rest behind friendly walls: morale returns faster.
army-appoint = Appoint a commander
army-choose = choose…
army-command-skill = { $name } (command { $skill })
army-select-hint = Select an army on the map or in the list.
place-open-entry = Open its entry in the encyclopedia
place-held = Held by the { $court }; walls { $walls } of { $max }; supply { $supply }
place-garrison = Garrison: { $men } men
place-disputed = Disputed: the sources do not agree on this place.
order-fortify = Raise new walls
order-fortify-tip = Spend { $cost } taels of silver to add a level of walls. A sworn treaty may forbid it.
order-breaks = { $order } (breaks the treaty)
order-not-now = { $tip }
    Not now: { $why }
reports-heading = Reports
reports-this-turn = this turn
reports-last-turn = last turn
breach-heading = This order breaks the sworn treaty
breach-consequences = The other court will be told. Its trust in you falls, your emperor's honour suffers, and it gains a just cause for war.
breach-confirm = Break the clause
breach-cancel = Cancel [Esc]
reload-heading = The edited scenario has errors
reload-kept = The last good version stays in use until the file is fixed.

## The court (src/gui/screens/court.rs)

court-memorials = Memorials to the throne
court-no-memorials = No minister has memorialised the throne this turn.
court-stance-hawk = hawk: presses for war
court-stance-dove = dove: urges peace
court-stance-moderate = weighs both
court-person-tip = { $dates }
    { $bio }
    Sources: { $sources }
court-do-as-urged = Do as he urges: { $policy }
court-treasury = Treasury
court-held = held
court-each-turn = each turn
unit-taels = { $n } taels
unit-bolts = { $n } bolts
unit-shi = { $n } shi
court-grain-tip = Income { $income } less the armies' rations { $rations }
court-income-tip = Taxes and tribute of a turn; policies and clauses add or take more.
court-honour = Emperor's honour
court-trust = Trust in the { $court }
court-trust-tip = -100 to 100. Broken clauses lower it; an angry court may detain envoys.
court-cause = Cause for war
court-cause-why = the { $court } broke a sworn clause
court-policies = Policies
court-decided = decided
court-in-force = in force
court-urged-by = urged by { $name }
court-give-up = Give it up
court-decide = Decide
court-envoy = Envoy
# Between the items of a list: "Song 3, Liao 5".
list-comma = {", "}
court-envoy-knows = , knows the { $court } court's mind
court-envoy-away = {" "}(away)
court-envoy-line = { $name }: eloquence { $eloquence }, standing { $standing }, { $turns ->
    [one] 1 turn
   *[other] { $turns } turns
} on the road{ $knows }{ $away }

## The negotiating table (src/gui/screens/table.rs)

table-library = Clause library
table-treaty-with = A treaty with:
table-add = Add
table-already = Already in the draft
table-article-short = art. { $n } ·{" "}
table-counter-to = Counter-offer to draft #{ $id }
table-your-draft = Your draft for the { $court }
table-envoy-traits = : eloquence { $eloquence }, { $turns ->
    [one] 1 turn
   *[other] { $turns } turns
} on the road
table-carried-by = Carried by { $name }{ $traits }
table-change-envoy = Change the envoy on the Court screen.
table-no-envoy = No envoy is appointed: choose one on the Court screen.
table-expected = Expected answer: { $verdict }
table-exact = (exact: { $name }'s letters show their mind)
table-estimate = (an estimate from what our court believes, ± { $points } points)
table-estimate-tip = Their answers to our envoys, the battles and our scouts' reports narrow it.
table-send-counter = Send the counter-offer
table-send = Send the envoy
table-send-breaks = sending new demands breaks the sworn treaty
table-cancel-counter = Cancel the counter-offer
table-what-would = What would it take?
table-what-would-tip = Change your draft into the nearest one their court would swear now.
table-add-hint = Add clauses from the library on the left.
table-remove = remove
table-weigh-exact = How their court will weigh it
table-weigh-estimate = How we think their court will weigh it
table-settle-exact = They would settle for { $n } { $param } in "{ $clause }"
table-settle-between = { $param } between { $low } and { $high } in "{ $clause }" would likely do
table-settle-might = { $param } of { $n } in "{ $clause }" might do, if they are as yielding as they may be
table-settle-none = No amount of { $param } in "{ $clause }" alone would satisfy them
table-ministers-on-draft = Your ministers on this draft
table-veto = VETO  { $why }
table-about = about { $n }
table-in-all = In all: { $total } (they swear at 0 or above, with no veto)
table-envoys = Envoys
table-none-waiting = No draft awaits your answer.
table-draft-from = Draft #{ $id } from the { $court }, brought by { $envoy }
table-worth = What it is worth to your court:
table-ministers-advise = Your ministers advise:
table-accept = Accept and swear
table-reject = Reject
table-counter = Counter…
table-counter-tip = Put this draft on the table to change it
table-sent = Drafts sent and answered
table-status-road = on the road, arrives { $date }
table-status-waiting = awaiting an answer
table-status-accepted = accepted and sworn
table-status-rejected = rejected
table-status-countered = answered with a counter-offer
table-status-lost = lost: the envoy was detained
table-sent-line = #{ $id } from the { $from } to the { $to }: { $status }

## The treaty ledger and the chronicle (src/gui/screens/ledger.rs)

ledger-heading = Treaty ledger
ledger-none = No treaty is sworn: the war goes on. Send an envoy from the negotiating table.
ledger-inherited = in force from before the game
ledger-sworn = sworn { $date }
ledger-between = Between the { $a } and the { $b }, { $when }
ledger-rule = Each article below is a rule the game enforces.
ledger-article = Article { $n }:{" "}
ledger-expired = expired
ledger-years = for { $n } years
ledger-at = {" "}at { $places }
ledger-delivered = { $amount } delivered so far{ $at }
forbid-cross-border = marching into the other party's land
forbid-besiege = laying sieges
forbid-assault = storming walls
forbid-fortify = raising new walls
forbid-send-envoy = sending any new draft
forbid-demand = demanding more than the treaty gives
forbid-policy = the policy "{ $policy }"
forbid-court = the { $court }
forbid-either = either party
forbid-breach = a breach if done
forbid-refused = refused outright
forbid-line = Forbids { $who } { $what } ({ $how })
ledger-broken = Broken by the { $court } { $date }: { $what }
chronicle-heading = Chronicle
chronicle-all = All
chronicle-war = War
chronicle-armies = Armies
chronicle-diplomacy = Diplomacy
chronicle-treaty = Treaty
chronicle-court = Court
chronicle-search = Search:
glossary-heading = Glossary

## The encyclopedia (src/gui/screens/encyclopedia.rs)

ency-click-entry = { $title } { $zh } — click for its entry
ency-window = Encyclopedia 百科
ency-back = ◀ Back
ency-heading = The people, places and terms of the scenario
ency-intro = Choose an entry on the left, or click a name anywhere in the game: on the map (double-click a place), at court, at the table, in the ledger and the chronicle.
ency-find = Find:
ency-find-hint = name, 漢字 or pinyin
ency-pinyin = Pinyin
ency-pinyin-tip = The name in today's romanisation, with its tones.
ency-wade-giles = Wade-Giles
ency-wade-giles-tip = The spelling of older English books.
ency-dates = Dates
ency-records = Records
ency-records-tip = Which records the facts come from.
ency-disputed = Disputed: the records do not agree
ency-records-say = What the records say
ency-says = { $source } says:
ency-see-also = See also:
ency-people = People
ency-places = Places
ency-regions = Regions
ency-courts = Courts
ency-clauses = Clauses
ency-events = Events
ency-terms = Terms and records

## The ministers' counsel (src/gui/screens/counsel.rs)

counsel-hawk = hawk
counsel-dove = dove
counsel-moderate = moderate
counsel-for = advises for { $about }
counsel-against = advises against { $about }

## The end of the game (src/gui/screens/end.rs)

end-heading = The end of the game
end-to-title = Back to the title
end-write-report = Write the debrief report
end-points = { $court }: { $n } points
end-beside-history = Your treaty beside the one history records
end-clause = Clause
end-in-history = In history
end-in-game = In this game
end-article = {" "}(art. { $n })
end-not-in-treaty = not in the treaty
end-not-sworn = not sworn
end-report-written = The debrief report is written: { $path } (and a Markdown copy beside it)
end-report-failed = The debrief report could not be written: { $why }
end-charts = The course of the war, turn by turn

## Errors told in the window (src/gui/session.rs, src/gui/reload.rs)

msg-lesson-errors = The lesson { $path } has errors:
    { $errors }
msg-scenario-broken = { $path } cannot be played: it has { $n ->
    [one] 1 error
   *[other] { $n } errors
}
msg-court-not-playable = Court #{ $n } of { $scenario } is not one a person may play.
msg-no-game = There is no game to save.
msg-save-failed = Could not save to { $path }: { $why }
msg-save-scenario-broken = The scenario { $scenario } of this save cannot be loaded.
msg-save-no-playable = No court of this save's scenario may be played by a person.
msg-reload-lesson = The edited scenario no longer suits the lesson: { $why }
msg-reloaded = The scenario was edited on disk and has been reloaded.
msg-reload-replay = The edited scenario cannot replay this game: { $why }

## The map (src/gui/screens/map.rs)

map-no-commander = no commander
map-own-army = { $name }
    { $men } men, morale { $morale }
    { $commander }
    Click to select
map-enemy-army = { $name } (enemy)
    about { $men } men seen by your scouts
    { $commander }
map-place = { $name }
    Held by the { $court }
    Walls { $walls } of 5, supply { $supply }
map-cannot-march = Cannot march here: { $why }
map-click-to-march = Click to march here
map-last-turn-battle = Last turn: a battle was fought here
map-last-turn-siege = Last turn: under siege
map-last-turn-assault = Last turn: its walls were stormed
map-last-turn-fell = Last turn: it changed hands
map-disputed = (disputed in the sources)
map-encyclopedia-hint = Double-click for its encyclopedia entry
map-legend = ▪ a level of walls · red cross: a battle last turn, dashed ring: a siege · drag or arrows to pan, scroll or +/- to zoom, Home for all
map-reduce-motion = Reduce motion
map-approximate = { $name } (approximate)
map-delivery = silver and silk
