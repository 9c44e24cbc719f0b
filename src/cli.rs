//! The command line (clap derive). Flags are English; help is Chinese.

use crate::score::PointsMethod;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;
use std::path::PathBuf;

const MAIN_EXAMPLE: &str = "示例：
  ksfk template -o 台账-2017.xlsx            # 生成空白台账
  ksfk check 台账-2017.xlsx --year 2017      # 只检查台账
  ksfk score 台账-2017.xlsx --year 2017      # 计分，写出 考核结果-2017.xlsx
  ksfk explain 台账-2017.xlsx --year 2017 --unit 周庄镇
  ksfk rules                                 # 打印评分细则与解读
  ksfk diff 考核结果-旧.xlsx 考核结果-2017.xlsx  # 比较两次计分结果

退出码：0 成功；1 台账有错误（未写出文件）；2 用法错误；3 读写文件失败。";

/// 昆山市服务企业发展考核（昆政办发〔2017〕148号）：由企业发展服务中心台账计算年度考核得分。
#[derive(Debug, Parser)]
#[command(name = "ksfk", version, after_help = MAIN_EXAMPLE)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 计算每个单位的得分，写出考核结果工作簿
    #[command(after_help = "示例：
  ksfk score examples/ledger-2017.xlsx --year 2017
  ksfk score 台账.xlsx --year 2017 -o 结果.xlsx --json 结果.json --per-unit 各单位/
  ksfk score 台账.xlsx --year 2017 --as-of 2017-06-30 --points-town 5 --points-dept 3 --points-method top
  ksfk score 热线.xlsx 满意度.xlsx 中心台账.xlsx --year 2017   # 台账分在多个文件中
  ksfk score 台账文件夹/ --year 2017                            # 文件夹中的全部工作簿")]
    Score(ScoreArgs),
    /// 只读取并检查台账，列出全部错误和警告
    #[command(after_help = "示例：
  ksfk check examples/ledger-2017.xlsx --year 2017
  ksfk check 台账.xlsx --year 2017 --strict   # 有警告也按错误处理
  ksfk check 台账文件夹/ --year 2017           # 逐个文件列出各工作表行数")]
    Check(CheckArgs),
    /// 写出空白台账：全部工作表、表头、单位名单和下拉选项
    #[command(after_help = "示例：
  ksfk template -o 台账-2017.xlsx --year 2017")]
    Template(TemplateArgs),
    /// 在终端中逐条说明一个单位的得分
    #[command(after_help = "示例：
  ksfk explain examples/ledger-2017.xlsx --year 2017 --unit 周庄镇
  ksfk explain 台账.xlsx --year 2017 --unit 商务局   # 别名也可以")]
    Explain(ExplainArgs),
    /// 打印评分细则：条款、分值、原文、采用的解读（R1–R24）
    #[command(after_help = "示例：
  ksfk rules | less")]
    Rules,
    /// 比较两次计分结果（结果工作簿或 JSON）：列出总分、名次、折算分或扣分有变动的单位
    #[command(after_help = "示例：
  ksfk diff 考核结果-申诉前.xlsx 考核结果-2017.xlsx
  ksfk diff 旧.json 考核结果-2017.xlsx -o 变动.xlsx --json 变动.json")]
    Diff(DiffArgs),
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// 旧结果：ksfk score 写出的结果工作簿或 --json 文件
    pub old: PathBuf,
    /// 新结果：ksfk score 写出的结果工作簿或 --json 文件
    pub new: PathBuf,
    /// 另把比较写成工作簿（变动汇总、扣分变动）
    #[arg(short, long, value_name = "DIFF.xlsx")]
    pub output: Option<PathBuf>,
    /// 另把比较写成 JSON
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// 允许覆盖已存在的输出文件
    #[arg(long)]
    pub force: bool,
}

/// The ledger and the year: common to score, check and explain.
#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// 台账：一个或多个工作簿（.xlsx；也可为 .xlsm、.xls、.xlsb、.ods，按文件内容识别），或存放台账的文件夹
    #[arg(required = true, num_args = 1.., value_name = "LEDGER")]
    pub ledger: Vec<PathBuf>,
    /// 考核年度，如 2017
    #[arg(long, value_parser = parse_year)]
    pub year: i32,
    /// 评判热线工单、转办件办理状态的日期（默认为当年12月31日），如 2017-06-30；早于12月31日为暂计（日常考核）
    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// 把每条警告都当作错误（退出码1，不写出文件）
    #[arg(long)]
    pub strict: bool,
}

impl LedgerArgs {
    /// `--as-of`, or December 31 of the year.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
            .or_else(|| NaiveDate::from_ymd_opt(self.year, 12, 31))
            .unwrap_or_default()
    }
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub ledger: LedgerArgs,
    /// 结果工作簿（默认：第一个台账所在文件夹中，或所给文件夹中的 考核结果-<年度>.xlsx）
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// 区镇折算分值：本考核在市级机关绩效考核中的分值
    #[arg(long, value_parser = parse_points)]
    pub points_town: Option<Decimal>,
    /// 部门折算分值：本考核在目标管理考核中的分值
    #[arg(long, value_parser = parse_points)]
    pub points_dept: Option<Decimal>,
    /// 折算方法：linear = 得分 × 分值 / 100；top = 得分 ÷ 本类最高分 × 分值
    #[arg(long, value_enum, default_value_t = MethodArg::Linear)]
    pub points_method: MethodArg,
    /// 另为每个单位写出 <目录>/<单位>.xlsx
    #[arg(long, value_name = "DIR")]
    pub per_unit: Option<PathBuf>,
    /// 另写出 JSON 结果
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// 允许覆盖已存在的输出文件
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MethodArg {
    Linear,
    Top,
}

impl From<MethodArg> for PointsMethod {
    fn from(m: MethodArg) -> PointsMethod {
        match m {
            MethodArg::Linear => PointsMethod::Linear,
            MethodArg::Top => PointsMethod::Top,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub ledger: LedgerArgs,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// 要写出的空白台账
    #[arg(short, long)]
    pub output: PathBuf,
    /// 年度（写入文件属性）
    #[arg(long, value_parser = parse_year)]
    pub year: Option<i32>,
    /// 允许覆盖已存在的文件
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[command(flatten)]
    pub ledger: LedgerArgs,
    /// 单位名称或别名，如 周庄镇、商务局
    #[arg(long)]
    pub unit: String,
}

fn parse_year(s: &str) -> Result<i32, String> {
    match s.trim().parse::<i32>() {
        Ok(y) if (1990..=2100).contains(&y) => Ok(y),
        _ => Err(format!("年度应为1990–2100之间的四位数字，而不是「{s}」")),
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    use chrono::Datelike;
    match crate::ledger::cells::parse_text_date(s.trim()) {
        Some(d) if (1990..=2100).contains(&d.year()) => Ok(d),
        _ => Err(format!(
            "无法识别的日期「{s}」（应为1990–2100年间 2017-06-30 这样的日期）"
        )),
    }
}

fn parse_points(s: &str) -> Result<Decimal, String> {
    match crate::ledger::cells::parse_plain_decimal(s.trim()) {
        Some(d) if d > Decimal::ZERO && d <= Decimal::from(1000) => Ok(d),
        _ => Err(format!("分值应为大于0的数字，如 5 或 2.5，而不是「{s}」")),
    }
}
