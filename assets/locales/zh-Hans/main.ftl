# 窗口文字（简体中文），Project Fluent 格式（https://projectfluent.org/）。
# 每条消息都与 ../en/main.ftl 一一对应；tests/locale.rs 会检查两者。
# 人名、地名、条款与编年记事来自剧本，暂不在此翻译。
# `{ $name }` 由游戏填入；`{" "}` 用来在文字两端保留空格。

## 窗口

window-title = 澶渊 Chanyuan — 一〇〇五年的和约

## 标签页与消息（src/gui/session.rs）

tab-map = 地图 [1]
tab-court = 朝廷 [2]
tab-table = 议和 [3]
tab-ledger = 和约簿 [4]
tab-chronicle = 编年 [5]
msg-choose-scenario = 请选择一个剧本。
msg-hotseat-two = 轮流对战至少需要两个由玩家执掌的朝廷。
msg-new-game = 新局开始。你执掌{ $court }朝廷。
msg-no-save-yet = 还没有存档。
msg-loaded = 已读取 { $path }
msg-save-refused = 存档无法读取：{ $why }
msg-saved = 已存档至 { $path }
msg-nearest-exact = 对方朝廷眼下肯签的最接近的草案：使节知其底细。
msg-nearest-estimate = 据我方估计，这是对方朝廷肯签的最接近的草案；其答复仍可能出人意料。
msg-nearest-none = 据我方估计，由此草案改成的任何和约，对方朝廷都不会签。
msg-lesson-begins = 课程「{ $title }」开始。
msg-time-up = { $court }朝廷的时间已到：本回合以已下达的命令结束。
msg-refused = 不可：{ $why }

## 标题、新局与交接（src/gui/screens/title.rs）

title-subtitle = 一〇〇五年大宋与大契丹（辽）之间的和约
title-new-game = 新局
title-continue = 继续
title-continue-tip = 读取最近的存档
title-no-save = 尚无存档
title-quit = 退出
title-language = 语言：
title-ui-size = 界面大小：
title-scenarios = 剧本
title-errors = × { $n } 处错误
title-warnings = ✓ { $n } 处警告
title-valid = ✓ 有效
title-kind-mod = 模组
title-kind-scenario = 剧本
title-validator-says = 校验器对「{ $name }」的报告
title-saved-games = 存档
title-no-saves = 尚无存档。每回合结束时游戏会自动存档。
title-load = 读取 { $name }
title-lessons = 课程
title-begin-lesson = 开始课程
title-lesson-broken = 此课程有错误：请看校验器的报告
new-heading = 新局
new-scenario = 剧本
new-broken = { $title }（有误：{ $n } 处错误）
new-players = 同屏玩家
new-hotseat = 多个朝廷由玩家轮流执掌（轮流对战）
new-hotseat-tip = 交接画面会向其他玩家隐藏各朝廷的机密。
new-people = 由玩家执掌的朝廷
new-your-court = 你的朝廷
new-difficulty = 难度
new-gentle = 温和
new-gentle-tip = 电脑执掌的朝廷更愿议和。
new-as-history = 如史
new-stubborn = 顽固
new-stubborn-tip = 电脑执掌的朝廷坚持得更久。
new-seed = 种子
new-seed-tip = 同一剧本、种子与命令必得同一局游戏：教师可以完全重演一堂课。
new-computer = 由电脑执掌
new-begin = 开始
new-back = 返回
handover-pass = 请把屏幕交给{ $court }的玩家
handover-hidden = 其他朝廷的命令、草案与奏报仍然隐藏。
handover-show = 我执掌{ $court }：显示我的朝廷 [Enter]

## 游戏画面（src/gui/screens/play.rs）

play-turn-of = 第 { $turn } 回合，共 { $turns } 回合
fig-silver = 银
fig-silver-tip = 国库中的白银（两），以及与上回合相比的增减。每回合的收入由剧本规定；和约的岁币在边境交割。
fig-silk = 绢
fig-silk-tip = 国库中的绢（匹）：岁币的另一半。
fig-grain = 粮
fig-grain-tip = 粮食（石）。每一万兵每回合都要耗粮；粮尽则军队挨饿，兵员与士气皆损。
fig-morale = 士气
fig-morale-tip = 我军士气（0-100），按兵力加权。士气决定胜负，败仗、饥饿与长途行军都会使之下降。
fig-weariness = 厌战
fig-weariness-tip = 朝廷与百姓对战争的厌倦（0-100）。每一回合战事与每一次损失都会使之上升，也使和约更受欢迎。
fig-honour = 威望
fig-honour-tip = 皇帝的威望（0-100）。屈辱的条款与背弃誓约都会使之下降。
play-at-peace = 和平
play-at-peace-tip = 没有朝廷与你交战：见和约簿。
# 连接与你交战的各朝廷之名：「辽、西夏」。
play-and-the = 、
play-at-war = 与{ $courts }交战
play-at-war-tip = 这些朝廷与你之间没有和约约束。
play-save = 存档 [S]
play-save-tip = 存档；每回合结束后游戏也会自动存档。
play-load = 读档
play-no-saves = 尚无存档
play-load-tip = 读取存档：当前这局若未存档，将原样留下
play-title = 标题
play-encyclopedia = 百科 [F1]
play-encyclopedia-tip = 剧本中的人物、地点、条款与名词；游戏中每个名字都可打开其条目。
play-envoys-wait = { $n } 位使节等候你的答复
play-end-turn = 结束回合 [Enter]
play-end-turn-tip = 对方朝廷行动，战斗与围城分出胜负，条款与事件生效。
play-time-left = 剩余时间 { $time }
play-clock-tip = 本回合的课程计时。时间一到，你的回合即以已下达的命令结束；尚未送出的草案作废。
army-heading = 军队
army-line = { $army } — { $men } 人，驻{ $place }
army-at = 驻地
army-men = 兵力
army-men-tip = 作战兵员；因战斗、围城、攻城与饥饿而损失。
army-morale = 士气
army-morale-tip = 0-100：每一战都要计入。
army-commander = 统帅
army-no-commander = 无
army-commander-tip = 统帅的统兵能力每一点使军队战力增加 8%。
army-order = 军令
army-holding = 驻守
army-garrisoned = 据城固守
army-besieging = 围城中（城墙已损 { $worn }%）
army-storming = 本回合攻城
army-with = 随军
army-the-ruler = 君主
army-emperor-tip = 皇帝亲征，使军队战力增加四分之一。
army-march-hint = 点击地图上高亮的地点即可向该处进军。
order-march-to = → { $place }
order-march-to-tip = 本回合向该处进军（Tab 键移至此处，空格键下令）
order-besiege = 围城
order-besiege-tip = 逐回合消耗城防；城墙尽毁则城陷。
order-assault = 攻城
order-assault-tip = 本回合强攻城墙：迅速，但失败则损失惨重。
order-garrison = 守城
order-garrison-tip = 在己方城墙后休整：士气恢复更快。
army-appoint = 任命统帅
army-choose = 请选择…
army-command-skill = { $name }（统兵 { $skill }）
army-select-hint = 在地图或列表中选择一支军队。
place-open-entry = 在百科中打开其条目
place-held = 属{ $court }；城墙 { $walls }/{ $max }；补给 { $supply }
place-garrison = 守军：{ $men } 人
place-disputed = 存疑：史料对此地记载不一。
order-fortify = 增筑城墙
order-fortify-tip = 花费 { $cost } 两白银，城墙加高一级。已签和约可能禁止此举。
order-breaks = { $order }（违约）
order-not-now = { $tip }
    此时不可：{ $why }
reports-heading = 奏报
reports-this-turn = 本回合
reports-last-turn = 上回合
breach-heading = 此令违背已立之约
breach-consequences = 对方朝廷将会得知。其对你的信任下降，皇帝威望受损，对方亦得开战的正当理由。
breach-confirm = 违背此条
breach-cancel = 取消 [Esc]
reload-heading = 修改后的剧本有错误
reload-kept = 文件修正之前，仍沿用上一个正确的版本。

## 朝廷（src/gui/screens/court.rs）

court-memorials = 臣僚奏疏
court-no-memorials = 本回合无人上奏。
court-stance-hawk = 主战
court-stance-dove = 主和
court-stance-moderate = 持中
court-person-tip = { $dates }
    { $bio }
    史料：{ $sources }
court-do-as-urged = 依其所请：{ $policy }
court-treasury = 国库
court-held = 现存
court-each-turn = 每回合
unit-taels = { $n } 两
unit-bolts = { $n } 匹
unit-shi = { $n } 石
court-grain-tip = 收入 { $income }，减去军粮 { $rations }
court-income-tip = 一回合的赋税与贡物；国策与条款另有增减。
court-honour = 皇帝威望
court-trust = 对{ $court }的信任
court-trust-tip = -100 至 100。违约会使之下降；愤怒的朝廷可能扣留使节。
court-cause = 开战理由
court-cause-why = { $court }违背了已立之约
court-policies = 国策
court-decided = 已定
court-in-force = 生效中
court-urged-by = { $name }所请
court-give-up = 罢行
court-decide = 施行
court-envoy = 使节
# 列表各项之间：「宋 3、辽 5」。
list-comma = 、
court-envoy-knows = ，知{ $court }朝廷之意
court-envoy-away = （出使中）
court-envoy-line = { $name }：辞令 { $eloquence }，声望 { $standing }，路程 { $turns } 回合{ $knows }{ $away }

## 议和（src/gui/screens/table.rs）

table-library = 条款库
table-treaty-with = 与之议和：
table-add = 加入
table-already = 已在草案中
table-article-short = 第 { $n } 条 ·{" "}
table-counter-to = 对第 { $id } 号草案的还价
table-your-draft = 致{ $court }的草案
table-envoy-traits = ：辞令 { $eloquence }，路程 { $turns } 回合
table-carried-by = 由{ $name }递送{ $traits }
table-change-envoy = 可在「朝廷」页更换使节。
table-no-envoy = 尚未任命使节：请在「朝廷」页选择。
table-expected = 预计答复：{ $verdict }
table-exact = （确知：{ $name }的书信透露了对方的心意）
table-estimate = （据我方朝廷所信的估计，误差 ± { $points } 分）
table-estimate-tip = 对方对我使节的答复、战事与斥候的报告会缩小误差。
table-send-counter = 送出还价
table-send = 派出使节
table-send-breaks = 提出新要求即违背已立之约
table-cancel-counter = 取消还价
table-what-would = 怎样才肯签？
table-what-would-tip = 把你的草案改成对方朝廷眼下肯签的最接近的一份。
table-add-hint = 从左侧条款库加入条款。
table-remove = 删除
table-weigh-exact = 对方朝廷将如何权衡
table-weigh-estimate = 我方估计对方朝廷将如何权衡
table-settle-exact = 「{ $clause }」中的{ $param }为 { $n }，对方即可接受
table-settle-between = 「{ $clause }」中的{ $param }在 { $low } 至 { $high } 之间，大概可行
table-settle-might = 「{ $clause }」中的{ $param }为 { $n }，若对方尽可能让步，或许可行
table-settle-none = 单凭「{ $clause }」中的{ $param }，多少都无法使对方满意
table-ministers-on-draft = 臣僚对此草案的意见
table-veto = 否决  { $why }
table-about = 约 { $n }
table-in-all = 总计：{ $total }（0 分以上且无否决，对方即签约）
table-envoys = 使节
table-none-waiting = 没有等候你答复的草案。
table-draft-from = { $court }的第 { $id } 号草案，由{ $envoy }送来
table-worth = 对我朝廷的得失：
table-ministers-advise = 臣僚建议：
table-accept = 接受并立誓
table-reject = 拒绝
table-counter = 还价…
table-counter-tip = 把这份草案放上议和桌加以修改
table-sent = 已送出与已答复的草案
table-status-road = 在途中，{ $date }抵达
table-status-waiting = 等候答复
table-status-accepted = 已接受并立誓
table-status-rejected = 已拒绝
table-status-countered = 对方已还价
table-status-lost = 失落：使节被扣留
table-sent-line = 第 { $id } 号，{ $from }致{ $to }：{ $status }

## 和约簿与编年（src/gui/screens/ledger.rs）

ledger-heading = 和约簿
ledger-none = 尚无已立之约：战事仍在继续。可从「议和」页派出使节。
ledger-inherited = 开局之前即已生效
ledger-sworn = 立于{ $date }
ledger-between = { $a }与{ $b }之约，{ $when }
ledger-rule = 以下每一条都是游戏执行的规则。
ledger-article = 第 { $n } 条：
ledger-expired = 已满期
ledger-years = 为期 { $n } 年
ledger-at = ，交割于{ $places }
ledger-delivered = 迄今已交付 { $amount }{ $at }
forbid-cross-border = 进军对方领土
forbid-besiege = 围城
forbid-assault = 攻城
forbid-fortify = 增筑城墙
forbid-send-envoy = 提出任何新草案
forbid-demand = 索求和约所定之外的东西
forbid-policy = 施行国策「{ $policy }」
forbid-court = { $court }
forbid-either = 双方
forbid-breach = 如此即为违约
forbid-refused = 一律不许
forbid-line = 禁止{ $who }{ $what }（{ $how }）
ledger-broken = { $court }于{ $date }违约：{ $what }
chronicle-heading = 编年
chronicle-all = 全部
chronicle-war = 战事
chronicle-armies = 军队
chronicle-diplomacy = 外交
chronicle-treaty = 和约
chronicle-court = 朝廷
chronicle-search = 搜索：
glossary-heading = 名词解释

## 百科（src/gui/screens/encyclopedia.rs）

ency-click-entry = { $title } { $zh } — 点击打开条目
ency-window = 百科 Encyclopedia
ency-back = ◀ 返回
ency-heading = 剧本中的人物、地点与名词
ency-intro = 从左侧选择条目，或在游戏中任意处点击名字：地图上（双击地点）、朝廷、议和桌、和约簿与编年中皆可。
ency-find = 查找：
ency-find-hint = 名字、汉字或拼音
ency-pinyin = 拼音
ency-pinyin-tip = 今日通行的拼音，带声调。
ency-wade-giles = 威妥玛拼音
ency-wade-giles-tip = 旧时英文书籍中的拼法。
ency-dates = 生卒年
ency-records = 史料
ency-records-tip = 这些事实出自哪些史料。
ency-disputed = 存疑：史料记载不一
ency-records-say = 史料所载
ency-says = { $source }载：
ency-see-also = 另见：
ency-people = 人物
ency-places = 地点
ency-regions = 地区
ency-courts = 朝廷
ency-clauses = 条款
ency-events = 事件
ency-terms = 名词与文献

## 臣僚意见（src/gui/screens/counsel.rs）

counsel-hawk = 主战
counsel-dove = 主和
counsel-moderate = 持中
counsel-for = 赞成{ $about }
counsel-against = 反对{ $about }

## 终局（src/gui/screens/end.rs）

end-heading = 终局
end-to-title = 返回标题
end-write-report = 撰写复盘报告
end-points = { $court }：{ $n } 分
end-beside-history = 你的和约与史载之约对照
end-clause = 条款
end-in-history = 史载
end-in-game = 本局
end-article = （第 { $n } 条）
end-not-in-treaty = 约中所无
end-not-sworn = 未立
end-report-written = 复盘报告已写成：{ $path }（旁边另有 Markdown 副本）
end-report-failed = 复盘报告无法写成：{ $why }
end-charts = 战事进程，逐回合

## 窗口中告知的错误（src/gui/session.rs、src/gui/reload.rs）

msg-lesson-errors = 课程 { $path } 有错误：
    { $errors }
msg-scenario-broken = { $path } 无法游玩：有 { $n } 处错误
msg-court-not-playable = { $scenario } 的第 { $n } 个朝廷不能由玩家执掌。
msg-no-game = 没有可存档的游戏。
msg-save-failed = 无法存档至 { $path }：{ $why }
msg-save-scenario-broken = 此存档的剧本 { $scenario } 无法读取。
msg-save-no-playable = 此存档剧本中没有可由玩家执掌的朝廷。
msg-reload-lesson = 修改后的剧本已不适合此课程：{ $why }
msg-reloaded = 剧本文件已在磁盘上修改，并已重新读取。
msg-reload-replay = 修改后的剧本无法重演此局：{ $why }

## 地图 (src/gui/screens/map.rs)

map-no-commander = 无主将
map-own-army = { $name }
    { $men } 人，士气 { $morale }
    { $commander }
    点击选中
map-enemy-army = { $name }（敌军）
    斥候所见约 { $men } 人
    { $commander }
map-place = { $name }
    属{ $court }
    城防 { $walls }/5，补给 { $supply }
map-cannot-march = 不能进军至此：{ $why }
map-click-to-march = 点击进军至此
map-last-turn-battle = 上一旬：此地有战事
map-last-turn-siege = 上一旬：被围
map-last-turn-assault = 上一旬：城墙遭强攻
map-last-turn-fell = 上一旬：易手
map-disputed = （史料有争议）
map-encyclopedia-hint = 双击查看百科条目
map-legend = ▪ 城防一级 · 红叉：上一旬有战事，虚线圈：围城 · 拖动或方向键平移，滚轮或 +/- 缩放，Home 键看全图
map-reduce-motion = 减少动画
map-approximate = { $name }（约略）
map-delivery = 岁币银绢
