//! The command line (clap derive). Flags are English; help is Chinese.

use crate::score::PointsMethod;
use chrono::NaiveDate;
use clap::{ArgAction, Args, CommandFactory, Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;
use std::path::PathBuf;

const MAIN_EXAMPLE: &str =
    "在 ksfk.exe 所在的文件夹中打开命令提示符，输入命令；示例中的台账是发布包中的文件。

示例：
  ksfk template -o 台账-2017.xlsx           # 写出空白台账
  ksfk check 示例台账-2017.xlsx             # 只检查台账，列出全部错误和警告
  ksfk score 示例台账-2017.xlsx             # 计分，写出 考核结果-2017.xlsx
  ksfk score 示例台账-2017.xlsx --per-unit  # 另为每个单位写出工作簿（各单位-2017 文件夹）
  ksfk explain 示例台账-2017.xlsx --unit 周庄镇
  ksfk rules                                # 打印评分细则与解读
  ksfk diff 考核结果-2017.xlsx \"考核结果-2017 (2).xlsx\"  # 比较两次计分结果

不想输入命令时，把台账拖到发布包中的 .bat 文件上即可（见 使用说明.txt）。
退出码：0 成功；1 台账有错误（未写出文件）；2 用法错误；3 读写文件失败。";

/// The help layout with Chinese headings (clap's own are English).
const HELP: &str = "{before-help}{about-with-newline}
用法：{usage}

{all-args}{after-help}";

/// 昆山市服务企业发展考核（昆政办发〔2017〕148号）：由企业发展服务中心台账计算年度考核得分。
#[derive(Debug, Parser)]
#[command(
    name = "ksfk",
    version,
    after_help = MAIN_EXAMPLE,
    help_template = HELP,
    override_usage = "ksfk <命令> [选项]",
    subcommand_help_heading = "命令",
    subcommand_value_name = "命令",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// 显示帮助
    #[arg(short = 'h', long = "help", action = ArgAction::Help, global = true, display_order = 1000)]
    help: Option<bool>,
    /// 显示版本号
    #[arg(short = 'V', long = "version", action = ArgAction::Version)]
    version: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// 计算每个单位的得分，写出考核结果工作簿
    #[command(
        help_template = HELP,
        override_usage = "ksfk score <台账>... [选项]",
        after_help = "结果工作簿默认写在第一个台账所在的文件夹中：考核结果-<年度>.xlsx，暂计时为
考核结果-<年度>-暂计截至<月日>.xlsx；同名文件已存在时另存为 考核结果-2017 (2).xlsx
等，原文件不动。运行结束时列出写出的每个文件的完整路径。台账分在几个文件中时，
在 score 后依次写上每个文件，或给出存放它们的文件夹。

示例：
  ksfk score 示例台账-2017.xlsx                       # 写出 考核结果-2017.xlsx
  ksfk score 示例台账-2017.xlsx --as-of 2017-06-30    # 暂计，写出 考核结果-2017-暂计截至0630.xlsx
  ksfk score 示例台账-2017.xlsx --per-unit            # 另写出 各单位-2017\\2017-周庄镇.xlsx 等
  ksfk score 示例台账-2017.xlsx -o 结果.xlsx --json 结果.json
  ksfk score 示例台账-2017.xlsx --points-town 5 --points-dept 3 --points-method top
  ksfk score 台账文件夹                               # 文件夹中的全部台账"
    )]
    Score(ScoreArgs),
    /// 只读取并检查台账，列出全部错误和警告
    #[command(
        help_template = HELP,
        override_usage = "ksfk check <台账>... [选项]",
        after_help = "示例：
  ksfk check 示例台账-2017.xlsx
  ksfk check 示例台账-2017.xlsx --as-of 2017-06-30   # 按6月30日的情况检查
  ksfk check 示例台账-2017.xlsx --strict             # 有警告也按错误处理
  ksfk check 台账文件夹                              # 逐个文件列出各工作表行数"
    )]
    Check(CheckArgs),
    /// 写出空白台账：填写说明、全部工作表、表头、单位名单和下拉选项
    #[command(
        help_template = HELP,
        override_usage = "ksfk template -o <台账.xlsx> [选项]",
        after_help = "示例：
  ksfk template -o 台账-2018.xlsx --year 2018   # 与发布包中的 空白台账.xlsx 相同，年度为2018"
    )]
    Template(TemplateArgs),
    /// 在终端中逐条说明一个单位的得分
    #[command(
        help_template = HELP,
        override_usage = "ksfk explain <台账>... --unit <单位> [选项]",
        after_help = "示例：
  ksfk explain 示例台账-2017.xlsx --unit 周庄镇
  ksfk explain 示例台账-2017.xlsx --unit 商务局   # 别名也可以"
    )]
    Explain(ExplainArgs),
    /// 打印评分细则：条款、分值、原文、采用的解读（R1–R29）
    #[command(
        help_template = HELP,
        override_usage = "ksfk rules",
        after_help = "示例：
  ksfk rules > 评分细则.txt   # 存为文本文件（UTF-8）"
    )]
    Rules,
    /// 比较两次计分结果（结果工作簿或 JSON）：列出总分、名次、折算分或扣分有变动的单位
    #[command(
        help_template = HELP,
        override_usage = "ksfk diff <旧结果> <新结果> [选项]
      ksfk diff <新结果> [选项]
      ksfk diff <文件夹> [选项]",
        after_help = "只给一个结果时，与它所在文件夹中比它早的最新一份结果比较；给一个文件夹时，
比较其中最新的两份结果。结果按内容识别，与文件名无关。

示例：
  ksfk diff 考核结果-2017.xlsx \"考核结果-2017 (2).xlsx\"
  ksfk diff \"考核结果-2017 (2).xlsx\"                 # 与之前最新的一份结果比较
  ksfk diff 考核结果-2017.xlsx \"考核结果-2017 (2).xlsx\" -o 变动.xlsx --json 变动.json"
    )]
    Diff(DiffArgs),
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// 旧结果：ksfk score 写出的结果工作簿或 --json 文件；只给这一个时为新结果，或存放结果的文件夹
    #[arg(value_name = "旧结果")]
    pub old: PathBuf,
    /// 新结果：ksfk score 写出的结果工作簿或 --json 文件
    #[arg(value_name = "新结果")]
    pub new: Option<PathBuf>,
    /// 另把比较写成工作簿（变动汇总、扣分变动）
    #[arg(short, long, value_name = "变动.xlsx")]
    pub output: Option<PathBuf>,
    /// 另把比较写成 JSON
    #[arg(long, value_name = "文件")]
    pub json: Option<PathBuf>,
    /// 按文件的修改时间判断新旧：给出的两个结果中较早写出的为旧结果（拖放时用）
    #[arg(long)]
    pub by_time: bool,
    /// 允许覆盖已存在的输出文件
    #[arg(long)]
    pub force: bool,
}

impl Command {
    /// The command's name as typed (`score`).
    pub fn name(&self) -> &'static str {
        match self {
            Command::Score(_) => "score",
            Command::Check(_) => "check",
            Command::Template(_) => "template",
            Command::Explain(_) => "explain",
            Command::Rules => "rules",
            Command::Diff(_) => "diff",
        }
    }
}

/// The usage line and hint that follow a usage error found after the
/// command line was parsed (an unknown `--unit`, two outputs that are one
/// file, an existing output).
pub fn usage_hint(command: &str) -> String {
    format!(
        "用法：{}\n\n提示：运行 ksfk {command} --help 查看全部选项和示例。",
        usage_of(Some(command))
    )
}

/// `ksfk score [选项] <LEDGER>...`.
fn usage_of(sub: Option<&str>) -> String {
    let mut cmd = Cli::command();
    cmd.build();
    let usage = match sub.and_then(|s| cmd.find_subcommand_mut(s)) {
        Some(c) => c.render_usage().to_string(),
        None => cmd.render_usage().to_string(),
    };
    usage
        .replace("Usage:", "")
        .replace("[OPTIONS]", "[选项]")
        .replace("<COMMAND>", "<命令>")
        .trim()
        .to_string()
}

/// The ledger and the year: common to score, check and explain.
#[derive(Debug, Args)]
pub struct LedgerArgs {
    /// 台账：一个或多个工作簿（.xlsx；也可为 .xlsm、.xls、.xlsb、.ods，按文件内容识别），或存放台账的文件夹
    #[arg(required = true, num_args = 1.., value_name = "台账")]
    pub ledger: Vec<PathBuf>,
    /// 考核年度，如 2017（省略时按台账推断：热线工单和转办件中转办日期最多的年份）
    #[arg(long, value_parser = parse_year, value_name = "年度")]
    pub year: Option<i32>,
    /// 评判热线工单、转办件办理状态的日期（默认为当年12月31日），如 2017-06-30，也可写 上月末；早于12月31日为暂计（日常考核）
    #[arg(long, value_parser = parse_date, value_name = "日期")]
    pub as_of: Option<NaiveDate>,
    /// 先在窗口中询问评判日期（.bat 小帮手用）：直接按回车时，year-end 为全年，last-month-end 为上月末
    #[arg(
        long,
        value_enum,
        value_name = "回车时",
        conflicts_with = "as_of",
        hide_possible_values = true
    )]
    pub ask_date: Option<AskDefault>,
    /// 把每条警告都当作错误（退出码1，不写出文件）
    #[arg(long)]
    pub strict: bool,
}

impl LedgerArgs {
    /// `--as-of`, or December 31 of the run's year (given or inferred).
    pub fn as_of(&self, year: i32) -> NaiveDate {
        self.as_of
            .or_else(|| NaiveDate::from_ymd_opt(year, 12, 31))
            .unwrap_or_default()
    }
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub ledger: LedgerArgs,
    /// 结果工作簿（默认：第一个台账所在文件夹中，或所给文件夹中的 考核结果-<年度>.xlsx；已存在时另存为 考核结果-<年度> (2).xlsx 等）
    #[arg(short, long, value_name = "结果.xlsx")]
    pub output: Option<PathBuf>,
    /// 区镇折算分值：本考核在市级机关绩效考核中的分值
    #[arg(long, value_parser = parse_points, value_name = "分值")]
    pub points_town: Option<Decimal>,
    /// 部门折算分值：本考核在目标管理考核中的分值
    #[arg(long, value_parser = parse_points, value_name = "分值")]
    pub points_dept: Option<Decimal>,
    /// 折算方法：linear（默认）= 得分 × 分值 / 100；top = 得分 ÷ 本类最高分 × 分值
    #[arg(long, value_enum, default_value_t = MethodArg::Linear, value_name = "方法", hide_default_value = true, hide_possible_values = true)]
    pub points_method: MethodArg,
    /// 另为每个单位写出一个工作簿 <文件夹>/<年度>-<单位>.xlsx（如 2017-周庄镇.xlsx）；不写文件夹时为结果工作簿旁的 各单位-<年度>（暂计时 各单位-<年度>-暂计截至<月日>）
    #[arg(long, value_name = "文件夹", num_args = 0..=1)]
    pub per_unit: Option<Option<PathBuf>>,
    /// 另写出 JSON 结果
    #[arg(long, value_name = "文件")]
    pub json: Option<PathBuf>,
    /// 允许覆盖已存在的输出文件（包括默认文件名的结果）
    #[arg(long)]
    pub force: bool,
}

/// What Enter means when `--ask-date` asks for the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AskDefault {
    /// The whole year (December 31).
    YearEnd,
    /// The last day of last month.
    LastMonthEnd,
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
    #[arg(short, long, value_name = "台账.xlsx")]
    pub output: PathBuf,
    /// 年度（写入文件属性）
    #[arg(long, value_parser = parse_year, value_name = "年度")]
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
    #[arg(long, value_name = "单位")]
    pub unit: String,
}

fn parse_year(s: &str) -> Result<i32, String> {
    match s.trim().parse::<i32>() {
        Ok(y) if (1990..=2100).contains(&y) => Ok(y),
        _ => Err(format!("年度应为1990–2100之间的四位数字，而不是「{s}」")),
    }
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    use chrono::Datelike;
    if matches!(s.trim(), "上月末" | "last-month-end") {
        return Ok(last_month_end(chrono::Local::now().date_naive()));
    }
    match crate::ledger::cells::parse_text_date(s.trim()) {
        Some(d) if (1990..=2100).contains(&d.year()) => Ok(d),
        _ => Err(format!(
            "无法识别的日期「{s}」（应为1990–2100年间 2017-06-30 这样的日期）"
        )),
    }
}

/// The last day of the month before `today`'s (`--as-of 上月末`).
pub fn last_month_end(today: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    today
        .with_day(1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(today)
}

fn parse_points(s: &str) -> Result<Decimal, String> {
    match crate::ledger::cells::parse_plain_decimal(s.trim()) {
        Some(d) if d > Decimal::ZERO && d <= Decimal::from(1000) => Ok(d),
        _ => Err(format!("分值应为大于0的数字，如 5 或 2.5，而不是「{s}」")),
    }
}

/// Parses the command line. `--help` and `--version` print and exit 0
/// (clap's own output); every other problem with the command line is a
/// usage error, returned as a Chinese message (what is wrong, the usage
/// line, a hint) for exit status 2.
pub fn parse() -> Result<Cli, String> {
    parse_from(std::env::args_os())
}

/// [`parse`] on given arguments (the first is the program name).
pub fn parse_from<I, T>(args: I) -> Result<Cli, String>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    use clap::error::ErrorKind;
    let mut args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // `ksfk help [命令]` as `ksfk [命令] --help` (clap's own help command
    // would list itself in English).
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.truncate(2);
        args.push("--help".into());
    }
    match Cli::try_parse_from(&args) {
        Ok(cli) => Ok(cli),
        Err(e) if e.kind() == ErrorKind::DisplayHelp => {
            crate::out!("{}", chinese_headings(&e.render().to_string()));
            std::process::exit(0)
        }
        Err(e) if e.kind() == ErrorKind::DisplayVersion => e.exit(),
        Err(e) => {
            // The command given, for its usage line and help.
            let sub = args.iter().skip(1).find_map(|a| {
                let a = a.to_str()?;
                Cli::command()
                    .get_subcommands()
                    .any(|c| c.get_name() == a)
                    .then(|| a.to_string())
            });
            Err(usage_error(&e, sub.as_deref()))
        }
    }
}

/// clap's section headings (`Arguments:`, `Options:`, `Commands:`) in
/// Chinese, with the full-width colon.
pub fn chinese_headings(help: &str) -> String {
    let mut out = String::with_capacity(help.len());
    for line in help.split_inclusive('\n') {
        let (text, end) = match line.strip_suffix('\n') {
            Some(t) => (t, "\n"),
            None => (line, ""),
        };
        let heading = match text {
            "Arguments:" | "参数:" => Some("参数："),
            "Options:" | "选项:" => Some("选项："),
            "Commands:" | "命令:" => Some("命令："),
            _ => None,
        };
        out.push_str(heading.unwrap_or(text));
        out.push_str(end);
    }
    out
}

/// The help of `ksfk` (no subcommand) or of one subcommand, as `--help`
/// prints it.
pub fn help_text(sub: Option<&str>) -> String {
    let mut cmd = Cli::command();
    cmd.build();
    let help = match sub.and_then(|s| cmd.find_subcommand_mut(s)) {
        Some(c) => c.render_help().to_string(),
        None => cmd.render_help().to_string(),
    };
    chinese_headings(&help)
}

/// One piece of an error's context as text (lists joined by `、`).
fn context(e: &clap::Error, kind: clap::error::ContextKind) -> Option<String> {
    use clap::error::ContextValue;
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) if v.is_empty() => None,
        ContextValue::Strings(v) => Some(v.join("、")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// clap's error in Chinese: `错误：…`, the usage line, a hint.
fn usage_error(e: &clap::Error, sub: Option<&str>) -> String {
    use clap::error::{ContextKind as K, ErrorKind};
    let arg = context(e, K::InvalidArg).unwrap_or_default();
    // `--year <YEAR>` → `--year`: the flag as the user types it.
    let flag = arg
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    let value = context(e, K::InvalidValue).unwrap_or_default();
    let commands: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    let mut tips: Vec<String> = Vec::new();
    let what = match e.kind() {
        ErrorKind::UnknownArgument => {
            if let Some(s) = context(e, K::SuggestedArg) {
                tips.push(format!("是否应为 {s}？"));
            }
            if context(e, K::TrailingArg).is_some() {
                tips.push(format!("如要给出以 - 开头的值，请写在 -- 之后：-- {arg}。"));
            }
            if arg.starts_with('-') {
                format!("不认识的选项「{arg}」")
            } else {
                format!("多余的参数「{arg}」")
            }
        }
        ErrorKind::InvalidSubcommand => {
            let bad = context(e, K::InvalidSubcommand).unwrap_or(arg.clone());
            if let Some(s) = context(e, K::SuggestedSubcommand) {
                tips.push(format!("是否应为 {s}？"));
            }
            format!(
                "不认识的命令「{bad}」（可用的命令：{}）",
                commands.join("、")
            )
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            format!("缺少命令：请给出 {} 之一", commands.join("、"))
        }
        ErrorKind::InvalidValue if value.is_empty() => format!("选项 {flag} 需要一个值"),
        ErrorKind::InvalidValue => {
            let valid = context(e, K::ValidValue).unwrap_or_default();
            if let Some(s) = context(e, K::SuggestedValue) {
                tips.push(format!("是否应为 {s}？"));
            }
            format!("选项 {flag} 的值「{value}」无效，可选的值：{valid}")
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e)
                .map(|s| format!("：{s}"))
                .unwrap_or_default();
            format!("{flag} 的值「{value}」无效{why}")
        }
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数：{arg}"),
        ErrorKind::ArgumentConflict => {
            let other = context(e, K::PriorArg).unwrap_or_default();
            format!("{flag} 不能与 {other} 同时使用")
        }
        ErrorKind::NoEquals => format!("选项 {flag} 的值须用 = 连接，如 {flag}=值"),
        ErrorKind::TooManyValues => format!("选项 {flag} 给了多余的值「{value}」"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("选项 {flag} 的值的个数不对")
        }
        ErrorKind::InvalidUtf8 => "命令行参数不是有效的文字（UTF-8）".to_string(),
        _ => "命令行有误".to_string(),
    };
    let usage = match context(e, K::Usage) {
        Some(u) => u
            .replace("Usage:", "")
            .replace("[OPTIONS]", "[选项]")
            .replace("<COMMAND>", "<命令>")
            .trim()
            .to_string(),
        None => usage_of(sub),
    };
    let sub = sub.map(|s| format!(" {s}")).unwrap_or_default();
    tips.push(format!("运行 ksfk{sub} --help 查看全部选项和示例。"));
    // Each tip is a sentence ending in its own mark (`？`, `。`): joined
    // without another one between them.
    format!("错误：{what}\n\n用法：{usage}\n\n提示：{}", tips.concat())
}
