//! The Readings of docs/rules.md: where the regulation leaves a choice open, the
//! choice `ksfk` makes and why. Printed by `ksfk rules` and in the result
//! workbook's `说明` sheet, so a unit that disputes a score sees how the
//! regulation was read.

/// One Reading: id, where it applies, the choice, the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub id: &'static str,
    pub place: &'static str,
    pub choice: &'static str,
    pub reason: &'static str,
}

/// R1–R29 of docs/rules.md, then K1… : the choices `ksfk` made where docs/rules.md
/// itself is silent (named so in the closing notes of the project).
pub const READINGS: &[Reading] = &[
    Reading { id: "R1", place: "全部", choice: "细则表格为准：正文（五）将分值合并之处（特色服务40 = 20 + 20，处办企业诉求30 = 15 + 15）按细则各行分别计分，各自扣至0为止；细则一行中各句自带分值的（Z1.3的三部分、Z2.2的四部分），各部分分别扣至0为止。", reason: "正文四.2：年终考核“根据细则综合评定”；各部分分别规定“得…分”。" },
    Reading { id: "R2", place: "--as-of", choice: "--as-of 按截止日评判热线工单、转办件的状态：截止日之后办结的行在截止日视为未办结，其回访结果、二次转办结果和免责评判都不采用。", reason: "日常考核需要某一日期的办理状态；回访在办结之后，未办结的案件没有回访结果。" },
    Reading { id: "R3", place: "逾期", choice: "逾期天数按工作日计算，依国务院办公厅公布的节假日安排。", reason: "政府办理时限按工作日计。" },
    Reading { id: "R4", place: "逾期", choice: "未填逾期扣分时，逾期1–3、4–10、11个及以上工作日分别扣区间的低、中、高值。", reason: "原文只给出区间，具体扣分由中心确定；台账的逾期扣分优先。" },
    Reading { id: "R5", place: "Z、D3", choice: "“多个部门”只数部门行，区镇行不计。", reason: "原文称“涉及多个部门”“单个部门处办”“多部门处办”。" },
    Reading { id: "R6", place: "Z1.1", choice: "没有议题或会议记录的例会不计次数。", reason: "“要有议题、有会议记录”。" },
    Reading { id: "R7", place: "Z1.2", choice: "沙龙须有主题、计划、总结和活动资料才计入6次。", reason: "“有主题、有计划、有总结，提供资料、图片、视频等材料”是对活动本身的要求。" },
    Reading { id: "R8", place: "Z1.2", choice: "每次沙龙的扣分适用于记录的每一次沙龙，不论是否计入6次；无台账记录、无对外宣传是两项缺失，各扣0.5分。", reason: "“无台账记录、无对外宣传每次扣0.5分”按每次沙龙计扣，并对每项缺失分别写“无”（与Z4.1不同，见R15）；未达到R7要求的沙龙仍是举办过的沙龙，不能比更好的沙龙扣分更少。" },
    Reading { id: "R9", place: "Z2.2 b", choice: "全得或不得。", reason: "“得2分”没有按比例的规定，与c项不同。" },
    Reading { id: "R10", place: "Z2.2 c", choice: "以质量最好的典型案例计分。", reason: "只要求不少于1个。" },
    Reading { id: "R11", place: "Z3.1", choice: "区镇的全部转办件行都计分，不论来源。", reason: "细则按“转办件、督办件按时限完成”计分。" },
    Reading { id: "R12", place: "Z3.2", choice: "最终答复不满意的每行（工单与区镇）扣0.5分一次。", reason: "“对解决结果不满意的，每次扣0.5分”：结果指最终结果，二次转办后满意的即为满意。" },
    Reading { id: "R13", place: "Z3.3", choice: "未报送实施成果的举措按未完成计。", reason: "“年底实施完成并报送新举措实施成果”。" },
    Reading { id: "R14", place: "Z3.3", choice: "按实际制订的举措计完成比例；少于两项的每少一项扣1分。", reason: "“每少一项扣1分”针对缺少的举措；“按比例”指完成的份额。" },
    Reading { id: "R15", place: "Z4.1", choice: "缺台账记录或汇报材料（或两者都缺）扣0.5分一次。", reason: "“无台账记录、汇报材料”用一个“无”统领两者。" },
    Reading { id: "R16", place: "Z4.2", choice: "满意度调查得分按10分折算。", reason: "“得分上限10分”是上限，按比例折算是最直接的读法。" },
    Reading { id: "R17", place: "D2.1", choice: "未填扣分时，未实施扣10分，已实施但未报送成果扣2.5分。", reason: "原文给出2.5–10分；台账的扣分优先。" },
    Reading { id: "R18", place: "D2.2", choice: "应惠及的区镇为名单中的区镇（内置：4区8镇；城市管理办事处不是考核单位）。", reason: "“进区镇全覆盖”，原文未列出区镇。" },
    Reading { id: "R19", place: "D2.2", choice: "B组已实施且同时为特色服务的服务举措视同实践。", reason: "“如列入企业服务举措的，完成情况按本项要求计分”。" },
    Reading { id: "R20", place: "D3.1", choice: "三项职责（按期沟通、初步处理意见、反馈结果）全部未做才扣5分。", reason: "“未…沟通，没有…意见且未…反馈…的”是用“且”连接的一个条件。" },
    Reading { id: "R21", place: "D3.1", choice: "两句是择一适用：多部门或联席会议交办的事项只按第二句评判。", reason: "两句描述不同事项的不同失职；叠加会对同一件重复处罚。" },
    Reading { id: "R22", place: "D4", choice: "平均值在本单位所在组（A组或B组）内计算。", reason: "两组分别考核、分别排名，工作内容不同。" },
    Reading { id: "R23", place: "D4", choice: "恰好低5分属于“5分以内”（扣2.5分）。", reason: "法律用语中“以内”包括本数。" },
    Reading { id: "R24", place: "折算", choice: "在线性折算之外，提供相对本类别最高分的 top 折算方法。", reason: "两种方法在市级绩效考核中都有使用；默认线性。" },
    Reading { id: "R25", place: "逾期", choice: "办理时限（或延期时限）落在非工作日的，顺延至其后第一个工作日；时限之后在非工作日办结的，逾期0个工作日，按1个工作日计，扣分说明如实写明。", reason: "中国法律关于期间的一般规则（民法总则2017年、民法典第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日），且R3已按工作日计时。" },
    Reading { id: "R26", place: "年度", choice: "热线工单、转办件的行属于其台账所写有效时限（延期至，否则办理时限）所在的年度。", reason: "每个案件恰好评判一次：12月转办、次年1月到期的案件，否则在当年年底未到期，在次年又不在年度内。" },
    Reading { id: "R27", place: "暂计", choice: "暂计考核（--as-of 早于12月31日）只评判截止日前应完成的事项：截止日之后的记录不计入，尚未结束的季度、月份和全年要求暂不扣分（按满分暂计并注明进度）。", reason: "日常考核反映各单位当前的情况；尚未结束的季度或年度不能算作未完成。" },
    Reading { id: "R28", place: "D3.1", choice: "部门的每个转办件行都按D3.1评判，不论来源（中心转办、督办、市领导交办）。", reason: "督办件和市领导交办事项同样作为中心的转办件交给部门办理（参见区镇的R11）。" },
    Reading { id: "R29", place: "D2", choice: "A组同时为特色服务的服务举措按D2.2的要求（惠及区镇全覆盖）计分，不在D2.1扣分。", reason: "“如列入企业服务举措的，完成情况按本项要求计分，不重复扣分”；A组在D2.2的要求是全覆盖。" },
    Reading { id: "K1", place: "逾期", choice: "逾期天数从有效时限（非工作日的按R25顺延）的次日起数工作日，数到办结日（未办结的数到 --as-of 日）为止，含当日，至少1天；办结日等于 --as-of 日的按已办结计。", reason: "规则只说“至少1天”；时限当日办结不算逾期。" },
    Reading { id: "K2", place: "扣分明细", choice: "得分须四舍五入到两位小数的条款（Z3.3、Z4.2），舍入差额计入该条款最后一条扣分记录，并在事由中注明。", reason: "保证“分值 − 扣分合计 = 得分”恰好成立。" },
    Reading { id: "K3", place: "D3.1", choice: "同一编号的事项在部门各行上分别评判：每个部门行按本行的三项职责或问题解决计分。", reason: "台账格式：问题解决“按本行单位读取”。" },
    Reading { id: "K4", place: "D3.1", choice: "多部门或联席会议交办事项以各部门行的主协办计分：主办单位是区镇时，各部门行均为协办（扣2.5分）。", reason: "“牵头部门”“配合部门”指部门；区镇牵头时部门都是配合。" },
    Reading { id: "K5", place: "台账", choice: "单位类别与台账不符的行（如部门出现在例会表、区镇出现在政企互动表）给出警告，不计分。", reason: "这些台账只对相应类别计分；不应让误填影响得分，也不应默默丢弃。" },
];

/// Looks up a Reading by id.
pub fn reading(id: &str) -> Option<&'static Reading> {
    READINGS.iter().find(|r| r.id == id)
}
