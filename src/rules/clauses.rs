//! The clauses of the 细则: id, item, marks, the regulation's own sentence
//! and the Readings (docs/rules.md) each applies. `ksfk rules` prints this table.

use crate::model::Category;
use rust_decimal::Decimal;

/// A clause of the 细则 table (docs/rules.md): ten for 区镇, six for departments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ClauseId {
    Z1_1,
    Z1_2,
    Z1_3,
    Z2_1,
    Z2_2,
    Z3_1,
    Z3_2,
    Z3_3,
    Z4_1,
    Z4_2,
    D1,
    D2_1,
    D2_2,
    D3_1,
    D3_2,
    D4,
}

/// The static description of a clause.
#[derive(Debug, Clone, Copy)]
pub struct ClauseInfo {
    pub id: &'static str,
    /// 考核项目 as the 细则 names it.
    pub item: &'static str,
    /// Full marks, in hundredths (so the table stays `const`).
    marks_cents: i64,
    /// The regulation's own sentence (评分标准), copied from the 细则.
    pub sentence: &'static str,
    /// How ksfk scores it, in one Chinese sentence (docs/rules.md).
    pub rule: &'static str,
    /// Readings (docs/rules.md) this clause applies.
    pub readings: &'static [&'static str],
}

impl ClauseId {
    /// The 区镇 clauses in 细则 order.
    pub const TOWN: [ClauseId; 10] = [
        ClauseId::Z1_1,
        ClauseId::Z1_2,
        ClauseId::Z1_3,
        ClauseId::Z2_1,
        ClauseId::Z2_2,
        ClauseId::Z3_1,
        ClauseId::Z3_2,
        ClauseId::Z3_3,
        ClauseId::Z4_1,
        ClauseId::Z4_2,
    ];

    /// The department clauses in 细则 order (A组 and B组 alike).
    pub const DEPT: [ClauseId; 6] = [
        ClauseId::D1,
        ClauseId::D2_1,
        ClauseId::D2_2,
        ClauseId::D3_1,
        ClauseId::D3_2,
        ClauseId::D4,
    ];

    /// The clauses of a category.
    pub fn of(category: Category) -> &'static [ClauseId] {
        match category {
            Category::Town => &ClauseId::TOWN,
            Category::GroupA | Category::GroupB => &ClauseId::DEPT,
        }
    }

    /// Parses `Z1.1`, `D4`, ...
    pub fn parse(s: &str) -> Option<ClauseId> {
        ClauseId::TOWN
            .iter()
            .chain(ClauseId::DEPT.iter())
            .copied()
            .find(|c| c.id() == s)
    }

    pub fn info(self) -> &'static ClauseInfo {
        &CLAUSES[self as usize]
    }

    /// `Z1.1`, `D3.2`, ...
    pub fn id(self) -> &'static str {
        self.info().id
    }

    pub fn item(self) -> &'static str {
        self.info().item
    }

    pub fn marks(self) -> Decimal {
        Decimal::new(self.info().marks_cents, 2)
    }
}

impl std::fmt::Display for ClauseId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Indexed by `ClauseId as usize`.
const CLAUSES: [ClauseInfo; 16] = [
    ClauseInfo {
        id: "Z1.1",
        item: "建立企业服务例会制度",
        marks_cents: 200,
        sentence: "每季度不少于1次，全年不少于4次，要有议题、有会议记录，每少1次扣0.5分",
        rule: "例会须有议题和会议记录才计次；每个没有计次例会的季度扣0.5分（一个季度多开不能弥补另一个季度）。",
        readings: &["R6", "R27"],
    },
    ClauseInfo {
        id: "Z1.2",
        item: "开展企业服务宣传活动",
        marks_cents: 1500,
        sentence: "自行组织涉企沙龙活动，有主题、有计划、有总结，提供资料、图片、视频等材料，全年不少于6次，每少一次扣2.5分，无台账记录、无对外宣传每次扣0.5分，无联系企业发展服务中心派员参于沙龙活动每次扣0.25分。",
        rule: "有主题、计划、总结和活动资料的沙龙计次，少于6次每少一次扣2.5分；记录的每次沙龙（计次与否）无台账记录扣0.5分、无对外宣传扣0.5分、未联系中心派员扣0.25分。",
        readings: &["R7", "R8", "R27"],
    },
    ClauseInfo {
        id: "Z1.3",
        item: "建立和完善政企沟通信息制度",
        marks_cents: 800,
        sentence: "建立和完善政企沟通网络服务专业平台得2分，建立微信群或QQ群得2分，未向辖区企业广泛发布涉企部门的服务内容及联系方式，扣0.5分；积极关注并推广昆山政企通（企业服务公众微信号），得2分，无关注扣1.5分，无推广扣1分；研究确定本区镇企业服务班子分管领导、具体落实部门和联络员，做好相关信息的上报，如遇人员变动，及时联系更新，得2分。",
        rule: "a项4分：网络服务平台2分、微信或QQ群2分，未发布服务内容及联系方式扣0.5分；b项2分：无关注扣1.5分、无推广扣1分；c项2分：确定分管领导及联络员得2分。各项扣至0为止。",
        readings: &["R1"],
    },
    ClauseInfo {
        id: "Z2.1",
        item: "季度企业服务工作总结",
        marks_cents: 500,
        sentence: "每季度撰写总结，少报一次扣1.25分。",
        rule: "每个没有工作总结的季度扣1.25分。",
        readings: &["R27"],
    },
    ClauseInfo {
        id: "Z2.2",
        item: "定期报送企业服务工作信息",
        marks_cents: 1000,
        sentence: "每月报送本区域属地企业投诉反映事项处理情况，得5分，零申报一次扣0.25分，少报一次扣0.5分。每月向企业发展服务中心报送信息不少于1条，全年不少于12条，得2分；全年挖掘典型案例或典型人物不少于1个，得2分，未报送不得分，报送质量不达标扣0.5-1.5分；全年被中心录用信息4条及以上得1分。",
        rule: "a项5分：诉求月报零申报每月扣0.25分，缺报每月扣0.5分；b项2分：每月都有且全年不少于12条信息报送得2分，否则0分；c项2分：无典型案例0分，否则2分减最小质量扣分；d项1分：录用信息不少于4条得1分。各项扣至0为止。",
        readings: &["R1", "R9", "R10", "R27"],
    },
    ClauseInfo {
        id: "Z3.1",
        item: "完成市领导和联席会议交办的事项",
        marks_cents: 1500,
        sentence: "转办件、督办件按时限完成的，得15分，逾期每次扣0.5-1.5分（办理延期的，以延期时限计分）。",
        rule: "区镇每个逾期的转办件行扣逾期扣分，未填的按逾期工作日1–3/4–10/11+扣0.5/1.0/1.5分。",
        readings: &["R2", "R3", "R4", "R25", "R26", "K1", "R11"],
    },
    ClauseInfo {
        id: "Z3.2",
        item: "企业服务热线",
        marks_cents: 1500,
        sentence: "快速反应，及时妥善处办企业服务热线转发的企业需求，逾期每次扣0.5-1.5分（办理延期的，以延期时限计分）；企业对解决结果不满意的，每次扣0.5分",
        rule: "每个逾期的热线工单行扣逾期扣分或默认档次；最终答复（有二次转办结果的以其为准，否则回访结果）不满意的每行扣0.5分。",
        readings: &["R2", "R3", "R4", "R25", "R26", "K1", "R12"],
    },
    ClauseInfo {
        id: "Z3.3",
        item: "企业服务新举措",
        marks_cents: 1000,
        sentence: "制订企业服务新举措不少于2项，每少一项扣1分；年底实施完成并报送新举措实施成果，得10分，未完成按比例得分。",
        rule: "n项举措时得分 = 10 × Σ完成比例 / n − 1 × max(0, 2 − n)；未报送成果的完成比例为0；无举措得0分。",
        readings: &["R13", "R14", "K2", "R27"],
    },
    ClauseInfo {
        id: "Z4.1",
        item: "定期督查工作",
        marks_cents: 1000,
        sentence: "每季度督查工作推动、工作规范、问题解决的情况，每次得分上限2.5分，无台账记录、汇报材料，每次扣0.5分。",
        rule: "每季度取督查得分（上限2.5分），缺台账记录或汇报材料扣0.5分一次，每季度扣至0为止；无记录的季度0分。",
        readings: &["R15", "R27"],
    },
    ClauseInfo {
        id: "Z4.2",
        item: "企业服务评估",
        marks_cents: 1000,
        sentence: "按一定比例随机抽取企业进行服务企业满意度调查，得分上限10分。",
        rule: "得分 = 10 × 满意度调查得分 / 100；调查得分为本单位各行的平均值，四舍五入到两位小数。",
        readings: &["R16", "K2", "R27"],
    },
    ClauseInfo {
        id: "D1",
        item: "信息工作",
        marks_cents: 1500,
        sentence: "积极关注昆山政企通（企业服务公众微信号），全年向企业发展服务中心报送涉企信息不少于6条，每少一条扣2.5分。",
        rule: "全年信息报送少于6条的，每少一条扣2.5分。",
        readings: &["R27"],
    },
    ClauseInfo {
        id: "D2.1",
        item: "特色服务：服务举措",
        marks_cents: 2000,
        sentence: "制定企业服务举措不少于2项，少制定一项扣15分，制定未实施未报送实施成果每项扣2.5-10分。",
        rule: "少于2项每少一项扣15分；每项未实施或未报送成果的举措扣台账扣分，未填的未实施扣10分、已实施未报送扣2.5分；同时为特色服务的举措在此不扣分，按D2.2的要求计分（A组：惠及区镇全覆盖）。",
        readings: &["R1", "R17", "R29", "R27"],
    },
    ClauseInfo {
        id: "D2.2",
        item: "特色服务：助推企业发展",
        marks_cents: 2000,
        sentence: "开展特色服务，助推企业发展（如列入企业服务举措的，完成情况按本项要求计分，不重复扣分）（A组）根据企业的需求，主动开展各类形式的政企互动活动，送政策、送信息、送服务进区镇全覆盖，年内每少惠及一个区镇的，扣2.5分。（B组）通过优化平台、科学管理、提速审批等做法，切实提升企业服务效率效能，全年不少于一项实践，未实施扣5分。",
        rule: "A组：名单中每个全年没有政企互动的区镇扣2.5分。B组：全年既无已实施的提效实践，也无已实施且同时为特色服务的举措，扣5分。",
        readings: &["R1", "R18", "R19", "R29", "R27"],
    },
    ClauseInfo {
        id: "D3.1",
        item: "处办企业诉求：转办件",
        marks_cents: 1500,
        sentence: "企业发展服务中心转办件，未在规定期限内与相关企业沟通，没有初步处理意见且未向中心反馈处理结果的每件扣5分，涉及多个部门，或企业服务联席会议布置的专项任务，部门间未能有效解决问题或未合力提出解决问题方案的，牵头部门每件扣5分，配合部门每件扣2.5分。",
        rule: "部门的转办件不论来源都按本条评判。多部门或联席会议交办的事项只看问题解决：否则主办扣5分、协办扣2.5分；三项职责全部为否的，记一条不按第一句扣分的0分记录（不重复扣分）；同一事项各部门行的问题解决不一致的给出警告。其他事项只看三项职责：按期沟通、初步处理意见、反馈结果全部为否的扣5分。",
        readings: &["R1", "R5", "R20", "R21", "R28", "R26", "R27", "K3", "K4"],
    },
    ClauseInfo {
        id: "D3.2",
        item: "处办企业诉求：热线",
        marks_cents: 1500,
        sentence: "快速反应，及时妥善处办企业服务热线转发的企业诉求，逾期每件扣5-15分（办理延期的，以延期时限计分）；由第三方机构对企业进行满意度回访，回访结果不满意的二次转办，企业对二次转办结果仍不满意的，由企业发展服务中心启动“二次转办不满意”免责评判程序研判，因法律法规或其他客观条件限制无法满足企业诉求的不扣分，否则单个部门处办的每件扣5分，多部门处办的牵头部门每件扣5分，配合部门每件扣2.5分。",
        rule: "每个逾期的热线工单行扣逾期扣分，未填的按逾期工作日1–3/4–10/11+扣5/10/15分；回访与二次转办都不满意的：免责不扣分，不免责的单部门或主办扣5分、多部门协办扣2.5分，未评判的只警告；回访不满意而二次转办结果未填的只警告（待二次转办）。",
        readings: &["R1", "R2", "R3", "R4", "R25", "R26", "K1", "R5"],
    },
    ClauseInfo {
        id: "D4",
        item: "督查落实",
        marks_cents: 1500,
        sentence: "按一定比例随机抽取企业进行服务满意度调查，得分低于平均值的，低5分以内的扣2.5分，5分以上的扣5分。",
        rule: "满意度调查得分低于本组平均值的：低5分以内（含5分）扣2.5分，超过5分扣5分。",
        readings: &["R22", "R23", "R27"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_add_up_to_100_per_category() {
        let town: Decimal = ClauseId::TOWN.iter().map(|c| c.marks()).sum();
        let dept: Decimal = ClauseId::DEPT.iter().map(|c| c.marks()).sum();
        assert_eq!(town, Decimal::from(100));
        assert_eq!(dept, Decimal::from(100));
    }

    #[test]
    fn table_is_indexed_by_enum() {
        for c in ClauseId::TOWN.iter().chain(ClauseId::DEPT.iter()) {
            assert_eq!(ClauseId::parse(c.id()), Some(*c));
        }
        assert_eq!(ClauseId::parse("Z9"), None);
    }
}
