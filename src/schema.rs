//! The shape of the ledger workbook (docs/ledger.md): sheet names, column
//! headers, which are required and what kind of value each holds.
//!
//! Both sides use it: the reader (`ledger`) to find columns by header and
//! check them, the template writer (`report::template`) to write the header
//! rows and their dropdowns. Neither knows a rule.

/// What a column holds; the template derives its dropdown from this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text (ids, titles, names).
    Text,
    /// A roster unit name or alias.
    Unit,
    /// A roster 区镇 (政企互动's 区镇).
    Town,
    /// A date.
    Date,
    /// A 是/否 flag.
    Flag,
    /// One of a fixed list of values.
    Choice(&'static [&'static str]),
    /// A decimal number in a range (inclusive).
    Number {
        min: &'static str,
        max: &'static str,
    },
    /// 完成比例: a percentage.
    Percent,
    /// A whole number in a range (季度, 月份).
    Int { min: u32, max: u32 },
    /// 类别 of the roster.
    Category,
}

/// When a column must be filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The header must exist and every data row must fill it.
    Required,
    /// The header may be absent; an empty cell is allowed.
    Optional,
    /// 转办件's department-only and 问题解决 columns (docs/ledger.md: "dept
    /// rows", "see below"): the header may be absent when no row needs it;
    /// the reader decides per row whether the cell must be filled, and a
    /// row that needs an absent column is an error at that row.
    Conditional,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub header: &'static str,
    pub need: Need,
    pub kind: Kind,
    /// A one-line explanation, shown as the header's comment in the template.
    pub help: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetSpec {
    pub name: &'static str,
    pub columns: &'static [Column],
    /// The column that decides the assessment year, if any.
    pub year_column: Option<&'static str>,
}

impl SheetSpec {
    pub fn column(&self, header: &str) -> Option<&'static Column> {
        self.columns.iter().find(|c| c.header == header)
    }
}

const fn col(header: &'static str, need: Need, kind: Kind, help: &'static str) -> Column {
    Column {
        header,
        need,
        kind,
        help,
    }
}

/// Every column header of the ledger, once: the readers name a column
/// by these constants, so a mistyped name is a compile error, never a
/// run-time panic.
#[allow(non_upper_case_globals)]
pub mod column {
    pub const 区镇: &str = "区镇";
    pub const 单位: &str = "单位";
    pub const 条款: &str = "条款";
    pub const 编号: &str = "编号";
    pub const 来源: &str = "来源";
    pub const 决定: &str = "决定";
    pub const 核减分值: &str = "核减分值";
    pub const 文号: &str = "文号";
    pub const 理由: &str = "理由";
    pub const 日期: &str = "日期";
    pub const 类型: &str = "类型";
    pub const 说明: &str = "说明";
    pub const 单位名称: &str = "单位名称";
    pub const 类别: &str = "类别";
    pub const 别名: &str = "别名";
    pub const 转办日期: &str = "转办日期";
    pub const 工单编号: &str = "工单编号";
    pub const 承办单位: &str = "承办单位";
    pub const 主协办: &str = "主协办";
    pub const 办理时限: &str = "办理时限";
    pub const 延期至: &str = "延期至";
    pub const 办结日期: &str = "办结日期";
    pub const 逾期扣分: &str = "逾期扣分";
    pub const 回访结果: &str = "回访结果";
    pub const 二次转办结果: &str = "二次转办结果";
    pub const 免责评判: &str = "免责评判";
    pub const 按期沟通: &str = "按期沟通";
    pub const 初步处理意见: &str = "初步处理意见";
    pub const 反馈结果: &str = "反馈结果";
    pub const 问题解决: &str = "问题解决";
    pub const 有议题: &str = "有议题";
    pub const 有会议记录: &str = "有会议记录";
    pub const 有主题: &str = "有主题";
    pub const 有计划: &str = "有计划";
    pub const 有总结: &str = "有总结";
    pub const 有活动资料: &str = "有活动资料";
    pub const 有台账记录: &str = "有台账记录";
    pub const 有对外宣传: &str = "有对外宣传";
    pub const 已联系中心派员: &str = "已联系中心派员";
    pub const 网络服务平台: &str = "网络服务平台";
    pub const 微信或QQ群: &str = "微信或QQ群";
    pub const 发布服务内容及联系方式: &str = "发布服务内容及联系方式";
    pub const 关注政企通: &str = "关注政企通";
    pub const 推广政企通: &str = "推广政企通";
    pub const 确定分管领导及联络员: &str = "确定分管领导及联络员";
    pub const 季度: &str = "季度";
    pub const 报送日期: &str = "报送日期";
    pub const 月份: &str = "月份";
    pub const 状态: &str = "状态";
    pub const 标题: &str = "标题";
    pub const 录用: &str = "录用";
    pub const 质量扣分: &str = "质量扣分";
    pub const 得分: &str = "得分";
    pub const 有汇报材料: &str = "有汇报材料";
    pub const 制定日期: &str = "制定日期";
    pub const 举措名称: &str = "举措名称";
    pub const 已实施: &str = "已实施";
    pub const 已报送成果: &str = "已报送成果";
    pub const 完成比例: &str = "完成比例";
    pub const 扣分: &str = "扣分";
    pub const 同时为特色服务: &str = "同时为特色服务";
    pub const 主题: &str = "主题";
    pub const 名称: &str = "名称";
    pub const 企业名称: &str = "企业名称";
}

use Kind::*;
use Need::*;

pub const ROLES: &[&str] = &["主办", "协办", "牵头", "配合"];
pub const SATISFACTION: &[&str] = &["满意", "基本满意", "不满意"];
pub const VERDICTS: &[&str] = &["免责", "不免责"];
pub const SOURCES: &[&str] = &["中心转办", "督办", "市领导交办", "联席会议交办"];
pub const REPORT_STATUS: &[&str] = &["已报送", "零申报"];
pub const CATEGORIES: &[&str] = &["区镇", "A组", "B组"];

pub const ROSTER: &str = "单位名单";
pub const HOTLINE: &str = "热线工单";
pub const TRANSFERS: &str = "转办件";
pub const MEETINGS: &str = "例会";
pub const SALONS: &str = "沙龙";
pub const COMMUNICATION: &str = "沟通机制";
pub const SUMMARIES: &str = "工作总结";
pub const MONTHLY: &str = "诉求月报";
pub const INFO: &str = "信息报送";
pub const TYPICAL: &str = "典型案例";
pub const INSPECTIONS: &str = "督查";
pub const MEASURES: &str = "服务举措";
pub const OUTREACH: &str = "政企互动";
pub const PRACTICES: &str = "提效实践";
pub const SURVEY: &str = "满意度调查";
pub const APPEALS: &str = "申诉";
pub const HOLIDAYS: &str = "节假日";

/// 申诉's 决定: upheld, partly upheld, rejected.
pub const DECISIONS: &[&str] = &["成立", "部分成立", "不成立"];

/// The clause ids of the 细则 (申诉's 条款), 区镇 then departments.
pub const CLAUSE_IDS: &[&str] = &[
    "Z1.1", "Z1.2", "Z1.3", "Z2.1", "Z2.2", "Z3.1", "Z3.2", "Z3.3", "Z4.1", "Z4.2", "D1", "D2.1",
    "D2.2", "D3.1", "D3.2", "D4",
];

/// The optional appeals sheet (docs/ledger.md, 申诉): one row per decided appeal.
pub const APPEAL_SHEET: SheetSpec = SheetSpec {
    name: APPEALS,
    year_column: None,
    columns: &[
        col(column::单位, Required, Unit, "申诉单位"),
        col(
            column::条款,
            Required,
            Choice(CLAUSE_IDS),
            "被申诉扣分的条款编号，与扣分明细一致（如 Z3.2、D3.2）",
        ),
        col(
            column::编号,
            Optional,
            Text,
            "扣分明细“编号”列的记录编号（工单编号、编号、举措名称）",
        ),
        col(
            column::来源,
            Optional,
            Text,
            "扣分明细“来源”列的内容，用于没有编号的扣分；编号和来源至少填一项",
        ),
        col(
            column::决定,
            Required,
            Choice(DECISIONS),
            "成立（免扣）、部分成立（核减部分分值）、不成立（维持）",
        ),
        col(
            column::核减分值,
            Optional,
            Number {
                min: "0.01",
                max: "100",
            },
            "仅部分成立时填写：核减的分值，大于0且小于原扣分",
        ),
        col(column::文号, Optional, Text, "申诉决定的文号"),
        col(column::理由, Required, Text, "决定的理由"),
    ],
};

/// 节假日's 类型: a day off, a 调休 working day.
pub const HOLIDAY_KINDS: &[&str] = &["休", "班"];

/// The optional holiday sheet (docs/ledger.md, 节假日): the State Council's
/// schedule of a year the built-in calendar does not know, or a change to
/// one it knows.
pub const HOLIDAY_SHEET: SheetSpec = SheetSpec {
    name: HOLIDAYS,
    year_column: None,
    columns: &[
        col(
            column::日期,
            Required,
            Date,
            "只在内置节假日安排（至2026年）没有该年、或该年安排有变动时填写，按国务院办公厅的通知：每个放假日一行（类型填“休”），每个调休上班的周末一行（类型填“班”）；同一日期只填一行。内置已知的年份，每行只改变该日期",
        ),
        col(
            column::类型,
            Required,
            Choice(HOLIDAY_KINDS),
            "休（法定节假日或调休放假的工作日）或 班（调休上班的周末）",
        ),
        col(column::说明, Optional, Text, "如 春节、国办发明电〔2026〕…号"),
    ],
};

/// The optional roster sheet.
pub const ROSTER_SHEET: SheetSpec = SheetSpec {
    name: ROSTER,
    year_column: None,
    columns: &[
        col(column::单位名称, Required, Text, "规范的单位名称"),
        col(column::类别, Required, Category, "区镇、A组 或 B组"),
        col(column::别名, Optional, Text, "其他写法，用 、 , ; ， 分隔"),
    ],
};

/// The required sheets, in docs/ledger.md order.
pub const SHEETS: &[SheetSpec] = &[
    SheetSpec {
        name: HOTLINE,
        year_column: Some(column::转办日期),
        columns: &[
            col(column::工单编号, Required, Text, "工单编号（文本）"),
            col(column::承办单位, Required, Unit, "承办单位"),
            col(
                column::主协办,
                Optional,
                Choice(ROLES),
                "主办（牵头）或协办（配合）；空 = 主办",
            ),
            col(column::转办日期, Required, Date, "转办日期，决定考核年度"),
            col(column::办理时限, Required, Date, "办理时限"),
            col(
                column::延期至,
                Optional,
                Date,
                "经批准的延期时限，不得早于办理时限",
            ),
            col(column::办结日期, Optional, Date, "办结日期；空 = 未办结"),
            col(
                column::逾期扣分,
                Optional,
                Number {
                    min: "0.5",
                    max: "15",
                },
                "中心认定的逾期扣分：区镇0.5–1.5，部门5–15",
            ),
            col(
                column::回访结果,
                Optional,
                Choice(SATISFACTION),
                "满意、基本满意、不满意；空 = 未回访",
            ),
            col(
                column::二次转办结果,
                Optional,
                Choice(SATISFACTION),
                "仅当回访结果为不满意时填写",
            ),
            col(
                column::免责评判,
                Optional,
                Choice(VERDICTS),
                "仅当二次转办结果为不满意时填写",
            ),
        ],
    },
    SheetSpec {
        name: TRANSFERS,
        year_column: Some(column::转办日期),
        columns: &[
            col(column::编号, Required, Text, "事项编号"),
            col(
                column::来源,
                Required,
                Choice(SOURCES),
                "中心转办、督办、市领导交办、联席会议交办",
            ),
            col(column::承办单位, Required, Unit, "承办单位"),
            col(
                column::主协办,
                Optional,
                Choice(ROLES),
                "主办（牵头）或协办（配合）；空 = 主办",
            ),
            col(column::转办日期, Required, Date, "转办日期，决定考核年度"),
            col(column::办理时限, Required, Date, "办理时限"),
            col(column::延期至, Optional, Date, "经批准的延期时限"),
            col(column::办结日期, Optional, Date, "办结日期；空 = 未办结"),
            col(
                column::逾期扣分,
                Optional,
                Number {
                    min: "0.5",
                    max: "1.5",
                },
                "区镇行适用：0.5–1.5",
            ),
            col(
                column::按期沟通,
                Conditional,
                Flag,
                "部门行必填：在规定期限内与企业沟通",
            ),
            col(
                column::初步处理意见,
                Conditional,
                Flag,
                "部门行必填：有初步处理意见",
            ),
            col(
                column::反馈结果,
                Conditional,
                Flag,
                "部门行必填：向中心反馈处理结果",
            ),
            col(
                column::问题解决,
                Conditional,
                Flag,
                "多部门或联席会议交办事项的部门行必填",
            ),
        ],
    },
    SheetSpec {
        name: MEETINGS,
        year_column: Some(column::日期),
        columns: &[
            col(column::单位, Required, Unit, "区镇"),
            col(column::日期, Required, Date, "例会日期"),
            col(column::有议题, Required, Flag, "是/否"),
            col(column::有会议记录, Required, Flag, "是/否"),
        ],
    },
    SheetSpec {
        name: SALONS,
        year_column: Some(column::日期),
        columns: &[
            col(column::单位, Required, Unit, "区镇"),
            col(column::日期, Required, Date, "沙龙日期"),
            col(column::有主题, Required, Flag, "是/否"),
            col(column::有计划, Required, Flag, "是/否"),
            col(column::有总结, Required, Flag, "是/否"),
            col(column::有活动资料, Required, Flag, "提供了资料、图片或视频"),
            col(column::有台账记录, Required, Flag, "是/否"),
            col(column::有对外宣传, Required, Flag, "是/否"),
            col(
                column::已联系中心派员,
                Required,
                Flag,
                "区镇邀请了中心派员参加",
            ),
        ],
    },
    SheetSpec {
        name: COMMUNICATION,
        year_column: None,
        columns: &[
            col(column::单位, Required, Unit, "区镇，每个区镇一行"),
            col(
                column::网络服务平台,
                Required,
                Flag,
                "建立政企沟通网络服务专业平台",
            ),
            col(column::微信或QQ群, Required, Flag, "建立微信群或QQ群"),
            col(
                column::发布服务内容及联系方式,
                Required,
                Flag,
                "向辖区企业发布涉企部门的服务内容及联系方式",
            ),
            col(column::关注政企通, Required, Flag, "关注昆山政企通"),
            col(column::推广政企通, Required, Flag, "推广昆山政企通"),
            col(
                column::确定分管领导及联络员,
                Required,
                Flag,
                "确定分管领导、落实部门和联络员并及时更新",
            ),
        ],
    },
    SheetSpec {
        name: SUMMARIES,
        year_column: None,
        columns: &[
            col(column::单位, Required, Unit, "区镇"),
            col(column::季度, Required, Int { min: 1, max: 4 }, "1–4"),
            col(column::报送日期, Optional, Date, "报送日期（不作年度筛选）"),
        ],
    },
    SheetSpec {
        name: MONTHLY,
        year_column: None,
        columns: &[
            col(column::单位, Required, Unit, "区镇"),
            col(column::月份, Required, Int { min: 1, max: 12 }, "1–12"),
            col(
                column::状态,
                Required,
                Choice(REPORT_STATUS),
                "已报送 或 零申报",
            ),
        ],
    },
    SheetSpec {
        name: INFO,
        year_column: Some(column::日期),
        columns: &[
            col(column::单位, Required, Unit, "区镇或部门"),
            col(column::日期, Required, Date, "报送日期"),
            col(column::标题, Optional, Text, "信息标题"),
            col(column::录用, Required, Flag, "被中心录用"),
        ],
    },
    SheetSpec {
        name: TYPICAL,
        year_column: Some(column::日期),
        columns: &[
            col(column::单位, Required, Unit, "区镇"),
            col(column::日期, Required, Date, "报送日期"),
            col(column::标题, Optional, Text, "案例或人物"),
            col(
                column::质量扣分,
                Optional,
                Number {
                    min: "0.5",
                    max: "1.5",
                },
                "报送质量不达标的扣分 0.5–1.5",
            ),
        ],
    },
    SheetSpec {
        name: INSPECTIONS,
        year_column: None,
        columns: &[
            col(column::单位, Required, Unit, "区镇"),
            col(column::季度, Required, Int { min: 1, max: 4 }, "1–4"),
            col(
                column::得分,
                Required,
                Number {
                    min: "0",
                    max: "2.5",
                },
                "中心评定的得分 0–2.5",
            ),
            col(column::有台账记录, Required, Flag, "是/否"),
            col(column::有汇报材料, Required, Flag, "是/否"),
        ],
    },
    SheetSpec {
        name: MEASURES,
        year_column: Some(column::制定日期),
        columns: &[
            col(column::单位, Required, Unit, "区镇或部门"),
            col(column::举措名称, Required, Text, "举措名称"),
            col(column::制定日期, Required, Date, "制定日期，决定考核年度"),
            col(column::已实施, Required, Flag, "是/否"),
            col(column::已报送成果, Required, Flag, "向中心报送了实施成果"),
            col(
                column::完成比例,
                Optional,
                Percent,
                "区镇：0–100；空 = 已实施为100，否则为0",
            ),
            col(
                column::扣分,
                Optional,
                Number {
                    min: "2.5",
                    max: "10",
                },
                "部门：未实施或未报送的认定扣分 2.5–10",
            ),
            col(
                column::同时为特色服务,
                Optional,
                Flag,
                "部门：该举措同时为本单位特色服务",
            ),
        ],
    },
    SheetSpec {
        name: OUTREACH,
        year_column: Some(column::日期),
        columns: &[
            col(column::单位, Required, Unit, "A组部门"),
            col(column::日期, Required, Date, "活动日期"),
            col(column::区镇, Required, Town, "惠及的区镇"),
            col(column::主题, Optional, Text, "活动主题"),
        ],
    },
    SheetSpec {
        name: PRACTICES,
        year_column: Some(column::日期),
        columns: &[
            col(column::单位, Required, Unit, "B组部门"),
            col(column::日期, Required, Date, "日期"),
            col(column::名称, Optional, Text, "实践名称"),
            col(column::已实施, Required, Flag, "是/否"),
        ],
    },
    SheetSpec {
        name: SURVEY,
        year_column: None,
        columns: &[
            col(column::单位, Required, Unit, "区镇或部门"),
            col(column::企业名称, Optional, Text, "受访企业"),
            col(
                column::得分,
                Required,
                Number {
                    min: "0",
                    max: "100",
                },
                "0–100",
            ),
        ],
    },
];

/// The spec of a required sheet by name.
pub fn sheet(name: &str) -> &'static SheetSpec {
    SHEETS
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no sheet spec named {name}"))
}

/// The allowed range of 逾期扣分 for a unit of `category` (docs/rules.md: 区镇
/// 0.5–1.5, departments 5–15). The reader checks it; the rules' default
/// tier lies inside it.
pub fn penalty_range(
    category: crate::model::Category,
) -> (rust_decimal::Decimal, rust_decimal::Decimal) {
    use rust_decimal::Decimal;
    if category == crate::model::Category::Town {
        (Decimal::new(5, 1), Decimal::new(15, 1))
    } else {
        (Decimal::new(5, 0), Decimal::new(15, 0))
    }
}
