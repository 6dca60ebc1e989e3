# 规则自身的句子：编年、日期、拒绝命令的理由、议和桌上的估计与群臣的建议。
# 参数中的名字来自剧本，数字已写好（“10万”），各语言只需安排其位置。

## 日期

date-xun-part = { $xun ->
    [1] 上旬
    [2] 中旬
   *[3] 下旬
}
date-month = { $month ->
    [1] 正月
    [2] 二月
    [3] 三月
    [4] 四月
    [5] 五月
    [6] 六月
    [7] 七月
    [8] 八月
    [9] 九月
    [10] 十月
    [11] 十一月
    [12] 十二月
   *[other] { $month }月
}
date-xun = { $year }年{ $month }{ $xun }
date-xun-leap = { $year }年闰{ $month }{ $xun }
date-season = { $year }年{ $season ->
    [0] 春
    [1] 夏
    [2] 秋
   *[3] 冬
}
date-year = { $year }年

## 数额、单位与条款简述

chr-unit-taels = 两
chr-unit-bolts = 匹
chr-unit-shi = 石
chr-unit-jin = 斤
chr-unit-hostages = 名人质
chr-sum-silver = 白银{ $amount }两
chr-sum-silk = 绢{ $amount }匹
chr-sum-grain = 粮{ $amount }石
chr-amount = { $amount }{ $unit }
chr-every-year = 每年
chr-every-turn = 每回合
chr-every-turns = 每{ $n }回合
# 岁币的数额与周期：“每年10万两、20万匹”。
chr-paid = { $period }{ $sums }
chr-and = { $a }、{ $b }
chr-comma = 、
chr-list-two = { $first }及{ $last }
chr-list-many = { $rest }及{ $last }
chr-no-articles = 无条款
chr-more-articles = 另{ $n }条
chr-term-name = “{ $clause }”
chr-term-details = { $term }（{ $details }）
chr-term-at = { $term }（于{ $places }）
chr-term-side = 以{ $court }为{ $role }
chr-term-named = “{ $clause }”（{ $brief }）
chr-instead = { $new }（原为{ $old }）
chr-instead-side = 以{ $new }为{ $role }（原为{ $old }）
chr-term-with = “{ $clause }”改为{ $changes }
chr-left-out = 删去{ $term }
chr-added = 增加{ $term }
chr-no-change = 并无改动

## 编年

chr-moved = { $army }进抵{ $place }。
chr-battle = { $place }之战：{ $winner }军获胜。{ $winner }军折损{ $winner-lost }人，{ $loser }军折损{ $loser-lost }人。
chr-retreat = { $army }退守{ $place }。
chr-destroyed = { $army }溃散，不复成军。
chr-siege-begun = { $army }围攻{ $place }。
chr-siege-progress = { $place }之围仍在继续（城防已损{ $progress }%）。
chr-assault-failed = { $army }强攻{ $place }城墙，被击退，折损{ $losses }人。
chr-place-fell = { $place }陷于{ $court }。
chr-place-ceded = { $place }归于{ $court }。
chr-stormed = { $army }攻破{ $place }城墙。
chr-fortified = { $place }新筑城墙（城防{ $level }级）。
chr-hungry = { $court }仓廪已空，军中乏粮。
chr-event = { $name }：{ $text }
chr-died = { $person }卒。
chr-appointed-command = { $person }统领{ $army }。
chr-appointed-envoy = { $person }受命为使。
chr-policy-on = { $court }廷决议：{ $policy }。
chr-policy-off = { $court }廷罢议：{ $policy }。
chr-ruler = { $court }主
chr-emperor-in-field = { $emperor }御驾亲征，亲临{ $army }。
chr-court-fled = { $court }廷避敌远遁。
chr-envoy-sent = { $from }遣{ $envoy }携第{ $proposal }号草案赴{ $to }营（{ $arrives }到达）：{ $draft }。
chr-envoy-answer = { $from }以第{ $proposal }号草案作答，交{ $envoy }带回{ $to }营（{ $arrives }到达）：{ $draft }。
chr-envoy-detained = { $court }扣留使者{ $envoy }。
chr-accept-article = { $court }接受第{ $proposal }号草案；于其最有利的条款：{ $detail }。
chr-accept-whole = { $court }接受第{ $proposal }号草案；虽无一条于其有利，然愿得和平。
chr-reject-article = { $court }拒绝第{ $proposal }号草案；于其最不利的条款：{ $detail }。
chr-reject-whole = { $court }拒绝第{ $proposal }号草案；虽无一条于其不利，然所得太少。
chr-counter-change = { $court }以反提案答复第{ $proposal }号草案；主要改动：{ $detail }。
chr-counter-same = { $court }以条件相同的反提案答复第{ $proposal }号草案。
chr-sworn = 互换誓书：{ $a }与{ $b }立约，凡{ $terms }条。
chr-sworn-renewed = 重换誓书：{ $a }与{ $b }新约{ $terms }条，取代旧约。
chr-lapsed = { $a }与{ $b }之约作废，两国仍相安无事。
chr-war-resumes = 盟约撕毁：{ $a }与{ $b }再起兵戈。
chr-payment = 依“{ $clause }”，{ $court }交付{ $sum }。
chr-payment-at = 依“{ $clause }”，{ $court }于{ $place }交付{ $sum }。
chr-unpaid = { $court }无力支付“{ $clause }”所欠{ $sum }。
chr-breach = { $court }违背“{ $clause }”条款；已告知{ $wronged }。
chr-cause-for-war = { $court }今对{ $against }师出有名。
chr-expired = “{ $clause }”条款期满。
chr-objective = { $court }得{ $points }分。
chr-game-over = 游戏结束：{ $reason }
chr-mind-revealed = { $court }已洞悉{ $of }廷底细：其战意、兵力与府库。
chr-impatient = { $court }渐生不耐：{ $with }再次送来已答复过的条件。
chr-resource-silver = 白银
chr-resource-silk = 绢帛
chr-resource-grain = 粮食

## 游戏结束

over-capital-fallen = { $court }都城{ $place }已陷
over-no-army = { $court }已无可战之兵
over-last-turn = 剧本最后一回合（{ $date }）已过
over-peace = 交战各国皆已立誓修好，且信守不渝

## 拒绝的命令，以及违约之举

refuse-no-army = 并无此军
refuse-not-yours = { $army }不归你调遣
refuse-army-gone = { $army }已不复存在
refuse-game-over = 游戏已结束：{ $reason }
refuse-computer-court = { $court }廷由电脑执掌
refuse-no-court = 并无此国
refuse-turn-ended = { $court }本回合已结束
refuse-forbidden = 已立誓约“{ $clause }”，不得为此
refuse-no-place = 并无此地
refuse-marched = { $army }本回合已行军
refuse-no-route = 自{ $from }至{ $to }无路可通；军队每回合只能行进一程
refuse-held-already = { $place }已在{ $court }手中
refuse-at-peace = { $court }与{ $other }正当和好，无城可围
refuse-enemy-stands = 敌军驻于{ $place }，须先击破之
refuse-not-held = { $place }不在{ $court }手中
refuse-walls-max = { $place }城墙已坚固至极
refuse-fortify-cost = 筑城需{ $sum }；府库不足
refuse-no-person = 并无此人
refuse-not-serving = { $person }不为{ $court }效力
refuse-no-commander = { $person }非统兵之将
refuse-dead = { $person }已故
refuse-not-envoy = { $person }不能为{ $court }廷传递国书
refuse-no-policy = 并无此策
refuse-policy-of = “{ $policy }”乃{ $court }廷之策
refuse-policy-decided = “{ $policy }”已有定议
refuse-policy-not-now = 此时不能选择“{ $policy }”
refuse-policy-cost = “{ $policy }”所需{ $resource }超出府库所有
refuse-draft-to-self = 草案须送往他国
refuse-no-envoy = 尚未任命使者
refuse-away = { $person }外出未归，{ $date }方回
refuse-no-draft = 并无第{ $proposal }号草案
refuse-draft-not-waiting = 第{ $proposal }号草案并非等待{ $court }答复
refuse-draft-empty = 草案为空
refuse-unknown-clause = 草案载有未知条款
refuse-clause-twice = 草案两次载入“{ $clause }”
refuse-clause-not-between = “{ $clause }”不能列入{ $a }与{ $b }之约
refuse-clause-values = “{ $clause }”需要{ $n }项数值
refuse-value-out-of-range = “{ $clause }”中`{ $param }`的数值超出范围或类型不符
warn-breaks-clause = 此举违背已立誓约“{ $clause }”：{ $text }
breach-crossed = { $army }越境进入{ $place }
breach-besieged = { $army }围城
breach-stormed = { $army }攻城
breach-fortified = { $place }新筑城墙
breach-policy = 朝廷选择了“{ $policy }”
breach-envoy = 使者携来新草案
breach-order = 下达了一道命令

## 议和桌：一国之理由，或为己见，或为他国揣度

# $believed 为 "yes" 时，是他国据其所信揣度：“约”、“对方”。
table-treaty-now = 现行和约对{ $believed ->
    [yes] 对方
   *[no] 我方
}之价值
table-cause-for-war = 和约已遭背弃：{ $believed ->
    [yes] 对方
   *[no] 我方
}师出有名
table-mood-bolder = 朝廷{ $believed ->
    [yes] 似较往常
   *[no] 较往常
}更为强硬
table-mood-yielding = 朝廷{ $believed ->
    [yes] 似较往常
   *[no] 较往常
}更愿退让
table-resolve = { $believed ->
    [yes] 朝廷继续作战的决心（估计）
   *[no] 朝廷继续作战的决心
}
table-wish-for-peace = { $believed ->
    [yes] 朝廷求和之心（估计）
   *[no] 朝廷求和之心
}
table-armies = { $believed ->
    [yes] 对方兵力约{ $own }
   *[no] 我方兵力{ $own }
}，敌方{ $enemy }
table-morale = { $believed ->
    [yes] 对方士气约为{ $morale }
   *[no] 我军士气为{ $morale }
}
table-war-weariness = 厌战之情{ $believed ->
    [yes] 约达{ $weariness }
   *[no] 达{ $weariness }
}，困扰朝廷
table-capital-gates = 敌军兵临{ $capital }城下
table-capital-near = 敌军距{ $capital }仅数日之程
table-capital-reach = 敌骑游弋于{ $capital }附近
table-lost = { $believed ->
    [yes] 对方
   *[no] 我方
}有{ $lost }处城池落入敌手
table-taken = { $believed ->
    [yes] 对方
   *[no] 我方
}占有夺自他国的{ $taken }处城池
table-raiders = 敌军{ $raiders }支在{ $believed ->
    [yes] 对方
   *[no] 我方
}境内劫掠
table-deep = { $believed ->
    [yes] 对方
   *[no] 我方
}有{ $deep }支军队深入异域，远离粮仓
table-hungry-soon = 三回合之内仓廪将空
table-distrust = { $believed ->
    [yes] 对方不信他国之言（约{ $trust }）
   *[no] 我方不信他国之言（{ $trust }）
}
table-pride = 朝廷自尊，所求之和须明显胜于战
table-envoy-argues = { $envoy }力陈其事（口才{ $eloquence }，在此朝声望{ $standing }）
table-veto-line = 否决  { $veto }
table-total = 总计：{ $acceptable ->
    [yes] 可以接受
   *[no] 尚嫌不足
}

## 议和桌对答复的估计

table-verdict-veto = 对方必将拒绝：有条款超出其所能接受
table-verdict-accept = 对方将会接受
table-verdict-probably-accept = 对方多半接受
table-verdict-close = 成败难料
table-verdict-probably-refuse = 对方多半拒绝
table-verdict-refuse = 照此条件，对方必将拒绝
table-verdict-estimate = { $verdict }：据我方估计，对方接受的可能约为{ $percent }%

## 群臣建议

advice-for = { $title }{ $adviser }主张{ $about }
advice-against = { $title }{ $adviser }反对{ $about }
advice-with-reasons = { $headline }：{ $reasons }
advice-separator = ；
advice-points = { $reason }（{ $points }）
advice-never = 断不可行：{ $veto }
advice-in-all = 总计，与维持现状相比
advice-this-draft = 此草案
advice-memorial = “{ $text }”
advice-not-now = 暂且不可：依我朝对战局之见，时机未到
advice-march = { $army }进军{ $place }
advice-besiege = { $army }围攻{ $place }
advice-assault = { $army }强攻{ $place }城墙
advice-garrison = { $army }据守{ $place }城内休整

## 词汇表：游戏中的每个词及其含义（窗口中的“词汇表”）

gloss-subject-time = 历法
gloss-subject-measures = 度量
gloss-subject-diplomacy = 外交
gloss-subject-court = 朝廷
gloss-subject-war = 战事
gloss-subject-lands = 疆域与民族
gloss-xun = 旬
gloss-xun-meaning = 十天，农历一月的三分之一：每月分上旬、中旬、下旬。1004年的战役中，一回合即一旬。
gloss-month = 月
gloss-month-meaning = 农历的月份，二十九或三十天，自正月起依次数至十二月，故每月之始比同序数的公历月份晚三至七周：1004年十一月二十二日萧挞凛战死，约当公历1004年12月30日。
gloss-intercalary-month = 闰月
gloss-intercalary-month-meaning = 为使十二个农历月与季节相合，约每三年增置的一个月，沿用前一月的序数。1004年有闰九月，辽军即于此月南下。
gloss-season = 季
gloss-season-meaning = 春、夏、秋、冬，每季三个月。1042年的危机中，一回合即一季。
gloss-turn = 回合
gloss-turn-meaning = 一轮命令：各国先各自下令，然后一同执行（行军、交战、围城、使者往返、和约的交付、事件）。1004年一回合为一旬，1042年为一季。
gloss-taels = 两
gloss-taels-meaning = 白银的计量单位：一斤十六两，一两约37至40克[?]：1005年每年的岁币白银十万两，重约四吨。
gloss-bolts = 匹
gloss-bolts-meaning = 丝绢的计量单位：一匹为织成丝绢的标准长度，约12米[?]，可充货币，亦作赋税。1005年之约每年输绢二十万匹。
gloss-shi-grain = 石
gloss-shi-grain-meaning = 粮食的容量单位：十斗，宋时约合60至70升[?]。军队每回合耗粮；仓廪一空，军中即乏粮。
gloss-jin = 斤
gloss-jin-meaning = 十六两，约600克[?]。西夏每年所得之茶以斤计。
gloss-treaty = 盟约（誓书）
gloss-treaty-meaning = 两国互换誓书而立的约定。游戏中，已立盟约的每一条都是实际运作的规则：按期交付，所禁之令事先警示，违约则有后果。可同时有数份盟约生效，每份约束两国。
gloss-article = 条
gloss-article-meaning = 和约或草案中的一项，如每年的银绢、维持现有边界。游戏中亦称“条款”；剧本的条款库列出可提议的每一条及其对各国的价值。1005年的誓书共七条。
gloss-draft = 草案
gloss-draft-meaning = 已提出而尚未立誓的和约。使者将其送至对方朝廷，对方或接受（和约即立），或拒绝，或以反提案作答。
gloss-counter-offer = 反提案
gloss-counter-offer-meaning = 一国以自拟的草案答复对方的草案，由送来原草案的使者带回。编年记载其与原草案最大的改动。
gloss-worth = 价值
gloss-worth-meaning = 一条款对各国值多少分，出自剧本的条款库：每年的白银于辽为得，于宋为失。一国以草案的价值与继续作战相权衡，而这部分算计唯有本国知晓。
gloss-envoy = 使者
gloss-envoy-meaning = 为本国传递草案与答复之人，如宋之曹利用、辽之韩杞。他在路上需数回合，一次只携一份草案，不信任来使之国可能将其扣留。
gloss-go-between = 居间人
gloss-go-between-meaning = 两国皆信任、可为任何一方传书的使者，如王继忠：宋将，1003年被俘，受辽官职。他知道两国各自能接受什么，故他代为致书的一方能确知对方的答复。
gloss-trust = 信任
gloss-trust-meaning = 一国对他国之言的信任程度，自-100至100。违约会使其下降，再次送来已遭拒绝的草案亦然；信任低的国家可能扣留使者。
gloss-breach = 违约
gloss-breach-meaning = 违背已立誓条款的命令，如在“不得新筑城池”之约下新筑城墙。游戏会在下令前警示；受害之国会得知此事，对违约者的信任下降，并由此师出有名。
gloss-cause-for-war = 开战理由
gloss-cause-for-war-meaning = 重启战端的正当理由，为盟约遭对方背弃的一国所有。
gloss-tribute = 贡
gloss-tribute-meaning = 下位之君向上位之君的输纳。宋称每年的银绢为馈赠；《辽史》及后世史家则称之为贡。1042年辽要求用“献”或“纳”字；宋廷最终许用“纳”。
gloss-border-markets = 榷场
gloss-border-markets-meaning = 边境上受官府监管的市场，宋辽商人在官吏监督下于此交易。誓书中未载，但不久即随之开设。
gloss-court = 朝廷
gloss-court-meaning = 君主及其政府：游戏中每一方都是一个朝廷（宋、辽，1042年还有西夏），由玩家或电脑操纵。
gloss-memorial = 奏疏
gloss-memorial-meaning = 大臣呈给皇帝的书面报告或建言。朝廷画面显示每位大臣的奏疏及其立场，如寇准力请皇帝亲征，王钦若主张南迁。
gloss-policy = 国策
gloss-policy-meaning = 朝廷的决定，如皇帝亲征：有些一经决定便不可更改，有些须每回合维持，也可放弃。许多国策需耗费白银、绢帛或粮食。
gloss-treasury = 府库
gloss-treasury-meaning = 一国的白银、绢帛与粮食。每回合有收入；军队耗粮，和约与国策转移银绢。他国只能估计其数。
gloss-honour = 威望
gloss-honour-meaning = 皇帝的声望，自0至100：因胜仗与公允的条件而上升，因背弃誓约或接受“贡”字而下降。
gloss-resolve = 战意
gloss-resolve-meaning = 一国宁愿继续作战而不求和的意志。它随战败、失地与攻城失利而下降；他国只能估计。
gloss-war-weariness = 厌战
gloss-war-weariness-meaning = 一国朝野对战争的厌倦程度，自0至100。越是厌战，和平对其越有价值；他国只能估计。
gloss-army = 军队
gloss-army-meaning = 由一名统帅率领的一支兵马，有兵力（人数）与士气。军队每回合沿道路行进一程。
gloss-morale = 士气
gloss-morale-meaning = 军队的斗志：因战败、饥饿与渡河而下降，因皇帝亲临而上升。敌方只能估计。
gloss-garrison = 守军
gloss-garrison-meaning = 据守城池的兵马；亦指令军队据守本国所控之地、凭城墙防守的命令。
gloss-walls = 城防
gloss-walls-meaning = 一地的城防等级，从无到剧本规定的最高级（默认为5）。城防使守军更强；每提高一级需耗白银，且为“不得新筑城池”之约所禁。
gloss-siege = 围城
gloss-siege-meaning = 军队驻扎于非己所有的城池之前，逐回合消磨其城防。围城进度即城防已被消磨的比例：达到100%时城池陷落。
gloss-assault = 强攻
gloss-assault-meaning = 不待围城奏效而攻城：较快，但强攻失利会折损兵马与战意。
gloss-siegecraft = 攻城术
gloss-siegecraft-meaning = 一国军队围城与攻城的本领。1004年契丹骑兵绕过无法攻克的坚城而行：瀛州坚守了两周以上。
gloss-song = 大宋
gloss-song-meaning = 北宋，都开封，至979年统一了燕云十六州以南的中国。1004年在位者为真宗。
gloss-liao = 大契丹（辽）
gloss-liao-meaning = 契丹人的国家，在誓书中自称大契丹。1004年圣宗在位，但直到1009年，实际执政者是其母承天太后。
gloss-xia = 西夏
gloss-xia-meaning = 西北党项人的国家，臣属于辽，与宋交战至1044年议和。
gloss-sixteen-prefectures = 燕云十六州
gloss-sixteen-prefectures-meaning = 幽州（今北京）一带之地，936/938年割予契丹。宋于979年与986年两度谋取，皆未成功。
gloss-guannan = 关南
gloss-guannan-meaning = “关之南”：瓦桥关、益津关、淤口关以南诸县，在瀛州、莫州一带，959年为后周收复。辽于1004年与1042年两度索要，皆遭拒绝。
gloss-prefecture = 州
gloss-prefecture-meaning = 由一座城池治理的行政区，并以该城为名：澶州、雄州、瀛州。

# A clause's parameters, as the table and the comparison with history name them.
term-as-written = 依原文
param-silver = 银
param-silk = 绢
param-grain = 粮
param-place = 地点
param-region = 地区
param-elder = 兄
param-hostages = 质子
