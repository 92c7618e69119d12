/**
 * Sentence templates of the genre (county reports, plenary sessions, 对标学习 reports), written for
 * the benchmark corpus. Slots: {S} the document's own county, {s} its short name, {P} its prefecture, {C} the
 * prefecture's party committee,
 * {V} its province, {T} the post of its party secretary (区委书记 …), {O}/{o}/{Q}/{W} another county,
 * its short name, prefecture and province, {I}/{J} industries, {G} a program, {X} a person, {N} a
 * count, {F} an amount, {D} a percentage, {Y} a year.
 */
export const BODY_TEMPLATES: readonly string[] = [
  "{S}坚持对标{O},在{I}发展上比学赶超,力争到{Y}年实现产值{F}亿元。",
  "{s}与{o}签订山海协作框架协议,共建{I}产业园,首期入驻企业{N}家。",
  "近日,{T}{X}率党政代表团赴{Q}{O}考察学习{I}产业发展经验。",
  "我们要深入实施{G},加快发展{I}产业,推动{J}产业集群化发展。",
  "{S}全面落实{G},新增{I}项目{N}个,总投资{F}亿元。",
  "对标{V}先进县区,{s}将{I}作为首位产业,实施{I}倍增行动。",
  "{P}召开对标竞进工作推进会,{S}、{O}等{N}个县(市、区)作交流发言。",
  "学习借鉴{o}在{I}领域的好经验好做法,推动{s}{J}产业提档升级。",
  "{S}与{O}建立结对帮扶关系,在{I}、{J}等方面开展务实合作。",
  "{Y}年,{S}地区生产总值增长{D}%,{I}产业产值突破{F}亿元。",
  "比拼{I},{s}和{o}各有所长,差距在于龙头企业带动能力。",
  "{T}{X}主持召开常委会会议,传达学习{C}全会精神,研究部署贯彻落实工作。",
  "实施{I}强链补链行动,全年引进{I}龙头企业{N}家、配套企业{N}家。",
  "{S}人民政府与{W}{O}人民政府签署战略合作协议,携手发展{I}产业。",
  "持续深化{G},推进{S}与{Q}在基础设施、产业布局等方面协同发展。",
  "坚持以{G}为统领,聚焦{I}、{J}两大主导产业,打造{N}个百亿级产业集群。",
  "要对标对表{C}部署,奋力推动{s}高质量发展走在全市前列。",
  "组织部门负责同志赴{W}{O}学习考察{G}推进情况,形成调研报告{N}篇。",
  "{s}把{O}作为对标对象,逐项梳理差距清单{N}条,明确整改措施。",
  "{C}副书记{X}到{S}调研{I}产业发展情况。",
  "对照{o}等先进地区,{s}在营商环境、项目建设上还存在不小差距。",
  "{S}{I}产业园区获评省级示范园区,入园企业达到{N}家。",
  "依托山海协作机制,{S}与{O}共建飞地园区,实现税收分成{F}亿元。",
  "开展“比学赶超”活动,组织{N}个乡镇赴{o}现场观摩学习。",
  "实施{G},统筹推进城乡融合发展和乡村全面振兴。",
  "紧盯{I}、{J}等重点产业,开展招商引资“百日攻坚”行动,签约项目{N}个。",
  "{S}坚持把发展{I}作为富民强县的重要抓手,带动农户{N}万户增收。",
  "{T}{X}表示,要以更大力度推进{I}产业发展,全力以赴抓项目、促投资。",
  "{o}的做法值得{s}认真学习,特别是在{J}产业链培育方面。",
  "全年完成固定资产投资{F}亿元,增长{D}%,其中{I}产业投资占比超过三成。",
];

/** Lines with no names: the connective tissue of the genre. */
export const FILLER_SENTENCES: readonly string[] = [
  "坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,加快构建新发展格局。",
  "各级各部门要提高政治站位,强化责任担当,以钉钉子精神抓好各项任务落实。",
  "要坚持问题导向、目标导向、结果导向,确保各项决策部署落地见效。",
  "发展才是硬道理,必须牢牢扭住经济建设这个中心不放松。",
  "持续优化营商环境,深化“放管服”改革,激发市场主体活力。",
  "坚持以人民为中心的发展思想,办好民生实事,增进民生福祉。",
  "加强党的全面领导,锻造忠诚干净担当的高素质干部队伍。",
  "统筹发展和安全,守牢安全生产、生态环境、社会稳定底线。",
  "深入推进生态文明建设,让绿水青山持续发挥生态效益和经济社会效益。",
  "全面加强基层党组织建设,推动党建引领基层治理提质增效。",
];

/** Headlines. */
export const TITLE_TEMPLATES: readonly string[] = [
  "{S}:对标{O}加快发展{I}产业",
  "{s}“{N}个聚力”推动高质量发展",
  "{C}全会精神在{s}引起热烈反响",
  "{S}与{O}深化山海协作共建{I}产业园",
  "奋力谱写{s}高质量发展新篇章",
  "比学赶超争先进 {s}{I}产业跑出加速度",
];

/** Web chrome above an article: breadcrumbs, bylines, forum headers. */
export const HEADER_CHROME: readonly (readonly string[])[] = [
  [
    "您现在的位置:{S}人民政府>政务要闻>工作动态",
    "作者:{X} 来源:{P}日报 发布时间:{date}",
    "【字体:大 中 小】【打印】【关闭】",
  ],
  ["找回密码", " 立即注册", "搜索", "热搜: {p} {o} {s}", "查看: {N}|回复: 0", "[复制链接]"],
  ["首页 > 新闻中心 > 县区动态", "{date} 来源:{P}新闻网 编辑:{X}", "分享到:微信 微博 QQ空间"],
];

/** Web chrome below an article: footers, copyright lines. */
export const FOOTER_CHROME: readonly (readonly string[])[] = [
  ["责任编辑:{X}", "版权所有:{S}人民政府办公室 ICP备案号:{N}号", "【打印本页】【关闭窗口】"],
  ["您需要登录后才可以回帖 登录 | 立即注册", "QQ|Archiver|手机版|小黑屋", "Powered by Discuz! X3.4"],
  ["上一篇:{s}召开经济工作会议", "下一篇:{o}举行项目集中开工仪式", "扫一扫在手机打开当前页"],
];
