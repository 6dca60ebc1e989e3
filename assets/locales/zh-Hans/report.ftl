# 复盘报告与全班报告（src/report），简体中文。
# 每条消息在 ../en/report.ftl 中都有对应；tests/report.rs 检查两份文件都含 src/report 用到的全部键，且无多余。
# 人名、条款、完整日期与大事记来自剧本和规则，由其自身翻译。

## 小词

report-semicolon = ；
report-comma = 、
report-dated = { $date }：{ $what }
report-on-xun = 于{ $date }
report-on-season = 于{ $date }
report-the-xun = { $date }
report-footer = 由澶渊（chanyuan report）生成。图表与正文同在此一文件中：无需联网，可用 A4 纸打印。

## 图表横轴上的日期：“9月上”即九月上旬，“闰9月”即闰九月

report-tick-xun = { $leap ->
    [yes] 闰{ $month }月{ $part }
   *[no] { $month }月{ $part }
}
report-tick-month = { $leap ->
    [yes] 闰{ $month }月
   *[no] { $month }月
}
report-xun-part-1 = 上
report-xun-part-2 = 中
report-xun-part-3 = 下
report-tick-season-year = { $year }{ $season }
report-axis-xun = 日期（月、旬），{ $years }年
report-axis-season = 季节，{ $years }年
report-axis-year = 年份
report-month = { $leap ->
    [yes] { $year }年闰{ $month }月
   *[no] { $year }年{ $month }月
}
report-season-year = { $year }年{ $season }
report-season-spring = 春
report-season-summer = 夏
report-season-autumn = 秋
report-season-winter = 冬
report-season-spring-short = 春
report-season-summer-short = 夏
report-season-autumn-short = 秋
report-season-winter-short = 冬

## 史载的和约

report-treaty-of-1005 = 1005年之盟（澶渊之盟）
report-settlement-of-1042 = 1042年的增币之议
report-treaty-of-history = 史载之约

## 复盘：开头与和约

report-debrief-title = 复盘：{ $title }
report-people-none = 无（各方均由电脑执掌）
report-meta = 种子 { $seed } · 由人执掌：{ $people } · 对局进行至{ $date }
report-treaty-beside = 本局和约与{ $treaty }对照
report-sworn = { $a }与{ $b }于{ $date }立誓：{ $terms }。
report-not-sworn = 本局中{ $a }与{ $b }未立和约。
report-col-article = 条
report-col-clause = 条款
report-col-in-history = 史载
report-col-in-game = 本局
report-not-in-treaty = 和约中无此条
report-clause-not-sworn = 未立
report-payments = 岁币：本局每年银{ $silver }两、绢{ $silk }匹；史载银{ $history-silver }两、绢{ $history-silk }匹。

## 转折点

report-turning-heading = 转折点与史实对照
report-col-turning-point = 转折点
report-turning-policy = { $court }：{ $policy }
report-turning-new-treaty = { $a }与{ $b }的新约
report-turning-war-end = { $a }与{ $b }战事的终结
report-peace-oath = { $date }：互换誓书
report-peace-still-at-war = 未立和约：至终局仍在交战（{ $date }）
report-peace-none = 本局未立和约
report-and-more = { $times ->
    [one] （又一次）
   *[other] （又{ $times }次）
}
report-place-row = { $place }：围城与攻城
report-place-besieged = 自{ $date }被围
report-place-assaults = 攻城{ $count }次被击退
report-place-fell = { $date }陷于{ $court }
report-place-ceded = { $date }依约归于{ $court }
report-place-held = 守住
report-not-besieged = 本局未被围
report-did-not-happen = 本局未发生

## 已知日期表（src/report/history.rs，依设计文档 history.md）

report-known-heading = 已知日期：史书所载，以及本局何时发生同样的事
report-col-what = 事件
report-col-history-date = 史载时间
report-col-record = 史书所记
report-col-game-date = 本局时间
report-known-row-peace = 立誓成约
report-known-never = 从未发生
report-known-1004-peace-when = 1004年十二月
report-known-1004-peace-what = 双方在澶州城下互换誓书，战事结束（按公历为1005年1月中旬）。
report-known-1004-yingzhou-when = 1004年秋
report-known-1004-yingzhou-what = 瀛州守住：契丹围城两周有余不克，大军绕过诸城，直抵黄河。
report-known-1004-expedition-when = 1004年十一月
report-known-1004-expedition-what = 寇准、高琼力劝之下，真宗北上亲征，渡黄河至澶州北城，士气大振。
report-known-1004-xiao-talin-when = 1004年十一月二十二日
report-known-1004-xiao-talin-what = 萧挞凛在澶州城下中床子弩而死（约当公历1004年12月30日），契丹攻势随之瓦解。
report-known-1004-flight-what = 朝廷没有南迁：王钦若请幸金陵，陈尧叟请幸成都，真宗却北上亲征。
report-known-1004-first-envoy = 1004年闰九月或十月：王继忠自契丹营中寄出的第一封信
report-known-1042-first-envoy = 1042年：萧特末与刘六符带来的契丹国书
report-known-1042-year = 1042年
report-known-1042-peace-when = 1042年九月（秋）
report-known-1042-peace-what = 富弼数度出使，终成定议：岁币增银十万两、绢十万匹，共为银二十万两、绢三十万匹；契丹放弃关南之求。未起战事。
report-known-1042-muster-what = 契丹在河北边境聚兵，再索关南之地。
report-known-1042-letter-what = 契丹正使萧特末与刘六符携国书至开封，索取关南。
report-known-1042-fu-bi-what = 富弼拒用“献”“纳”二字；朝廷后来许以“纳”。《辽史》则书作“贡”。
report-known-1042-hedong-what = 未起战事：聚兵已足以施压。所谓河东边境之威胁，至多存疑（河东之争在于宋人在雁门的工事）。
report-known-1044-when = 1044年
report-known-1044-xia-peace-what = 宋与西夏议和，岁赐约合二十五万五千。

## 图表

report-figures-heading = 战事进程（按日期）
report-chart-treasury = 府库（白银）
report-chart-morale = 军队士气
report-chart-territory = 所控州城
report-chart-weariness = 厌战
report-unit-silver = 银（两）
report-unit-morale = 士气（0-100）
report-unit-places = 州城数
report-unit-weariness = 厌战程度
report-chart-caption = { $title }：每回合结束时的{ $unit }。
report-col-date = 日期

## 复盘讨论题（src/report/questions.rs）

report-questions-heading = 复盘讨论题
report-sums-nothing = 分文未付
report-sums-silver = 银{ $silver }两
report-sums-silk = 绢{ $silk }匹
report-sums-both = 银{ $silver }两、绢{ $silk }匹
report-q-payment-same = 你们的和约所付与{ $treaty }相同，每年{ $paid }：是哪些压力让两局落在同一数目上？
report-q-payment-more-later = { $payer }每年付{ $paid }，史载为{ $was }：{ $payer }一直拖延，{ $when }才议定，得到了什么？
report-q-payment-more = { $payer }每年付{ $paid }，史载为{ $was }：是什么让{ $payer }多付？再拖一拖能少付吗？
report-q-payment-less = { $payer }每年付{ $paid }，史载为{ $was }：是什么让{ $payer }在谈判桌上占了上风？
report-q-peace-sooner = 和议{ $when }达成，早于史载（{ $history }）：是什么让双方更早愿意议和？
report-q-peace-later = 和议{ $when }才达成，晚于史载（{ $history }）：是什么让双方相持更久？
report-q-war = 至{ $date }仍未立约：{ $a }与{ $b }仍在交战。双方最后的草案之间隔着什么？
report-q-land-ceded = { $a }依约把{ $count }处州城割给{ $b }，而{ $treaty }未割寸土：土地比白银便宜吗？对谁而言？
report-q-land-lost = 终局时{ $a }仍有{ $count }处州城在{ $b }手中：{ $a }本可以提出什么、做些什么来收回？
report-q-place-fell-held = { $place }{ $date }陷于{ $court }，而史上此城守住了：城陷之后，{ $court }得以索要什么？
report-q-place-fell = { $place }{ $date }陷于{ $court }：这值得他们付出的代价吗？
report-q-place-held = { $place }守住了：这如何改变了{ $court }的要求？
report-q-place-spared = 本局{ $place }从未被围，而史上正是它的城墙挡住了{ $court }：战事转向了何处？
report-q-policy-as-history = { $court }{ $date }选择了“{ $policy }”，与史上相同（{ $history }）：此后{ $other }的答复有变化吗？比较前后的草案。
report-q-policy-refused = { $court }{ $date }选择了“{ $policy }”，这是史上朝廷拒绝的路：这如何改变了{ $other }的盘算？
report-q-policy-never = { $court }始终没有选择“{ $policy }”，而史上朝廷选了（{ $history }）：是什么让他们却步？代价是什么？
report-q-event-came = “{ $event }”{ $date }发生（史载：{ $history }）：此后对草案的答复有何变化？
report-q-event-not-in-history = “{ $event }”{ $date }发生，史上的两朝从未让它发生：他们及时议定了什么，而本局没有？
report-q-event-missing = 本局没有发生“{ $event }”（史载：{ $history }）：没有它，是什么结束或拖长了战事？
report-q-clause-left-out = 你们的和约少了{ $treaty }中的“{ $clause }”：这对谁有利？
report-q-clause-added = 你们的和约多了{ $treaty }所没有的“{ $clause }”：史上的两朝为何可能不写这一条？
report-q-advice-reckoning = ，尽管他们自己的盘算为{ $total }
report-q-advice = { $date }，{ $what }{ $reckoning }，与所得的建议相反：他们看到了什么数字上没有的东西？
report-q-general = 哪一个决定最大地改变了本局的走向？作出决定的一方当时知道些什么？

## 各方的决策（src/report/debrief.rs）

report-decisions-heading = 各方的决策，以及其自身判断的建议
report-decisions-intro = 按存档逐步重演读出：建议只依据作决定一方当时所知——自己的数字，以及对他方的估计——从不依据对方隐藏的情况。
report-court-people = { $court }（由人执掌）
report-court-computer = { $court }（由电脑执掌）
report-no-decisions = 无国策、草案或答复。
report-col-decision = 决策
report-col-judgement = 当时自身的判断
report-went-with = 从之
report-went-against = 违之
report-md-decision = { $date }：{ $what }。自身判断：{ $advice }
report-decision-chose = { $court }选择了“{ $policy }”
report-decision-gave-up = { $court }放弃了“{ $policy }”
report-advice-no-memorial = 当时没有大臣上疏力主某项国策
report-advice-urged = { $by }力主“{ $policy }”
report-advice-memorials = 朝中奏疏：{ $urged }
report-an-envoy = 一名使者
report-decision-sent = { $court }遣{ $envoy }携草案赴{ $to }：{ $draft }
report-advice-foresaw = { $court }对{ $to }答复的预料：{ $verdict }；自己对草案的盘算：{ $total }
report-decision-accepted = { $court }接受了{ $from }的第{ $number }号草案：{ $draft }
report-decision-rejected = { $court }拒绝了{ $from }的第{ $number }号草案：{ $draft }
report-decision-countered = { $court }以还价答复{ $from }的第{ $number }号草案（{ $draft }）：{ $counter }
report-advice-reckoning = 自己对草案的盘算：{ $total }，{ $verdict }
report-acceptable = 可以接受
report-not-enough = 不够
report-advice-vetoed = ；否决：{ $vetoes }

## 大事记

report-chronicle-heading = 大事记
report-chronicle-secrets = 以下是完整的大事记，包括两朝各自的机密：各方的使者、细作和大臣只向本朝禀报的内容。对局中各方只看得到自己的一份；终局之后全班可以同读，但要记住：当时对方并不知道这些。

## 教师用页（src/report/teacher.rs；详见 docs/TEACHING.md）

report-teacher-heading = 教师用页
report-teacher-intro = 本页供教师使用，单独成页打印：给学生打印时请略去。每条说明针对上面所提的一类问题，写明史书所载及其出处。出处（经本游戏的史实资料表）：《续资治通鉴长编》卷五十八、《宋史》、《辽史》、《契丹国志》；陶晋生、柳立言、Wright、Standen。
report-teacher-payment-head = 岁币数额
report-teacher-payment-1004 = 史载：每年银十万两、绢二十万匹，“以助军旅之费”，于雄州交割（誓书）。真宗曾许曹利用“百万以下皆可许”；寇准私下告诫曹利用，过三十万便斩（《长编》卷五十八）。誓定的三十万正在这两条底线之间。可问：本局中各方的底线是多少？谁知道对方的底线（王继忠的书信）？宋朝的军费远多于岁币：有估计称岁币不到岁入的2%，军费约占25%，此说资料表标为存疑。
report-teacher-payment-1042 = 史载：1042年岁币增银十万两、绢十万匹，共为银二十万两、绢三十万匹。宋方曾提出和亲，或增币十万，或在契丹约束西夏的条件下增币二十万；契丹取了增币二十万。谈判者为富弼。可问：西夏之战未了，宋为何宁可出钱而不一战？
report-teacher-peace-head = 和议何时达成
report-teacher-peace-1004 = 史载：誓书于1004年十二月互换（按公历为1005年1月中旬），在瀛州守住、契丹抵达黄河、真宗渡河、萧挞凛战死之后。契丹未在城下受挫之前，双方都没有议定：游戏中可能更早议和，但会令1004年的两朝意外。可问：是什么让双方都愿意议和？
report-teacher-peace-1042 = 史载：定议在1042年九月（秋），富弼出使之后；未起战事。可问：再拖下去，双方各冒什么风险？
report-teacher-war-head = 战事未了
report-teacher-war-1004 = 史载：两朝都没有打到1005年。承天太后已厌战，契丹大军冬日远离本土，主将又已战死。比较该组最后的草案：双方隔着哪一条？往往是关南，而史上的契丹放弃了这一要求。
report-teacher-war-1042 = 史载：1042年仅凭施压即已足够，未起战事；所谓河东边境之威胁至多存疑（河东之争在于宋人在雁门的工事）。可问：本局中宋方拒绝了什么，而史上的朝廷为此出了钱？
report-teacher-land-head = 土地
report-teacher-land-1004 = 史载：未割寸土，双方各守现有疆界（第三条）。契丹索取关南——瓦桥关以南、后周于959年收复的诸县——后来放弃；曹利用许以财物而不许土地。可问：皇帝为何可以出银却不能割一县？想想体面，以及936至938年失去的燕云十六州。
report-teacher-land-1042 = 史载：契丹再索关南，后以增加银绢为条件放弃；未割寸土。
report-teacher-place-head = 城池
report-teacher-place-1004 = 史载：瀛州被围两周有余而守住；契丹绕过诸城，直抵澶州黄河边。守住的城墙限制了契丹能提出的要求；游戏中陷落的城池则给了攻取者讨价还价的筹码。
report-teacher-policy-head = 所选之路
report-teacher-policy-1004 = 史载：在寇准、高琼力劝下，真宗于十一月北上，渡河至澶州北城，士气大振。王钦若曾请幸金陵，陈尧叟请幸成都；朝廷没有南迁。可问：渡河在谈判桌上改变了什么？南迁又会向契丹透露什么？
report-teacher-policy-1042 = 史载：契丹在河北边境聚兵，索取关南。宋方范仲淹主张加强守备，并向西夏试探和议：他是持中者，不是主战派。
report-teacher-event-head = 事件
report-teacher-event-1004 = 史载：1004年十一月二十二日（约当公历12月30日），萧挞凛在澶州城下中床子弩而死，契丹攻势瓦解。至于随后谁先求和，记载不一：宋方史料归功于王继忠的主动，《辽史》则说真宗先求和。可问：每一条史实出自谁的记载？
report-teacher-event-1042 = 史载：契丹索取关南的国书由正使萧特末与刘六符带来；富弼带着九月的定议回朝。宋与西夏于1044年议和，岁赐约合二十五万五千。
report-teacher-clause-head = 条款
report-teacher-clause-1004 = 史载誓书：每年银绢，于雄州交割；各守现有疆界；不得容留逃亡；不得骚扰对方的庄稼；城池可以修缮，但不得新筑城堡、开掘河道；誓书之外各无所求（第七条，并不禁止遣使）。两帝以兄弟相称，真宗为兄，承天太后为其叔母。榷场随后才开，不在誓书之中。
report-teacher-clause-1042 = 史载：契丹先要求用“献”字，后改“纳”字；富弼二者皆拒，朝廷后来许以“纳”。《辽史》书作“贡”。可问：一个字与银子相比值多少？
report-teacher-advice-head = 违背建议
report-teacher-advice = 建议只是该朝自身判断的结论，且只依据该朝当时所知。这里没有错误答案：请该组说出理由。史上的朝廷也曾违背建议：真宗不从王钦若南迁之议，渡河北上。
report-teacher-general-head = 最关键的决定
report-teacher-general = 没有唯一答案。宋方记载强调瀛州守住、真宗渡河和萧挞凛之死；《辽史》则说宋先求和。先让各组比较答案，再问：每种说法依据的是谁的记载？

## 全班报告（src/report/class.rs）

report-class-title = 全班报告：{ $title }
report-class-meta = 共报告{ $groups }组{ $skipped ->
    [0] {""}
   *[other] ，跳过{ $skipped }个文件
}
report-class-treaties = 各组和约与{ $treaty }对照
report-col-group = 组
report-col-people = 由人执掌
report-col-peace = 议和
report-col-treaty = 和约
report-col-silver = 每年银
report-col-silk = 每年绢
report-col-places-lost = 失地（依约割让）
report-row-history = 史载
report-cell-still-at-war = 仍在交战
report-cell-none = 无
report-class-decisions = 各组决策对照
report-class-decisions-intro = 各组何时走上史上的道路，何时派出第一位使者，发出（含还价）和拒绝了多少份草案，哪个月立誓，以及由人执掌的一方有多少次听从、多少次违背本朝自身判断给出的建议（建议明确指向一方时）。
report-col-first-envoy = 第一位使者
report-col-drafts = 发出／拒绝的草案
report-col-oath = 立誓
report-col-advice = 建议：从／违
report-cell-never = 从未
report-cell-first-envoy = { $date }（{ $court }）
report-cell-no-envoy = 未遣使
report-cell-drafts = { $sent }／{ $refused }
report-cell-no-advice = 无建议记录
report-cell-advice = { $with }／{ $against }
report-class-spread = 岁币分布与史实对照
report-class-spread-caption = 各组和约所定每年的银与绢；横线为史载数额。
report-chart-payments = 各组岁币与史载对照
report-unit-a-year = 每年
report-legend-silver = 银（两）
report-legend-silk = 绢（匹）
report-legend-history-silver = 史载银：{ $sum }
report-legend-history-silk = 史载绢：{ $sum }
report-of-groups = { $groups }组中的{ $count }组
report-tally-sworn = { $sworn }立了和约；{ $fighting }至终局仍在交战。
report-tally-land = { $ceded }依约割地；{ $lost }终局时仍有{ $a }的州城在{ $b }手中。
report-tally-silver = 所立和约每年的银：最低{ $lowest }，中位数{ $median }，最高{ $highest }（史载：{ $history }）；{ $more }组多于史载，{ $less }组少于史载。
report-cq-payment-both = { $dearer }付的银多于史载，{ $cheaper }少于史载：付得多的和约有何共同之处？
report-cq-payment-dearer = { $dearer }付的银多于史载：史上的两朝有什么是这些组所没有的？
report-cq-payment-cheaper = { $cheaper }付的银少于史载：是什么让他们占了上风？
report-cq-war = { $fighting }至终局仍在交战：议和的各组做了什么不同的事？
report-cq-land = { $ceded }割了地，而{ $treaty }未割寸土：土地比白银便宜吗？
report-cq-of-groups = { $groups }：{ $question }
report-cq-general = 哪一个决定最大地改变了一局的走向？别的组是否面对过同样的选择？
report-skipped-heading = 已跳过
report-skipped-too-many = 文件夹中的文件超过{ $most }个；此文件未读
report-skipped-foreign = 剧本“{ $scenario }”的存档，不是其他各组所用的“{ $class }”
