//! What the analyst on Windows meets without typing much (docs/outputs.md,
//! On Windows): Chinese help whose examples name the release folder's
//! files, `ksfk diff` choosing the results itself for the drop helper, and
//! messages without doubled punctuation.

use crate::common::*;
use std::path::Path;

const COMMANDS: [&str; 6] = ["score", "check", "template", "explain", "rules", "diff"];

/// The files of the release folder (scripts/release.sh) that help may name.
const RELEASE_FILES: [&str; 2] = ["示例台账-2017.xlsx", "空白台账.xlsx"];

#[test]
fn help_is_chinese_throughout_and_names_the_release_files() {
    let mut all = vec![vec!["--help"], vec!["-h"]];
    for c in COMMANDS {
        all.push(vec![c, "--help"]);
        all.push(vec![c, "-h"]);
    }
    for args in all {
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains("用法："), "{args:?}:\n{out}");
        assert!(out.contains("选项："), "{args:?}:\n{out}");
        for english in [
            "Usage",
            "Options",
            "Arguments",
            "Commands",
            "Print help",
            "Print version",
            "[default",
            "possible values",
            "[OPTIONS]",
            "examples/",
            "<DIR>",
            "<FILE>",
            "LEDGER",
        ] {
            assert!(!out.contains(english), "{args:?}: {english} in\n{out}");
        }
        // Any ledger an example reads is one of the release folder's.
        for line in out.lines().filter(|l| l.trim_start().starts_with("ksfk ")) {
            let words: Vec<&str> = line.split_whitespace().collect();
            if matches!(words.get(1), Some(&"score" | &"check" | &"explain")) {
                let ledger = words[2];
                assert!(
                    RELEASE_FILES.contains(&ledger) || !ledger.ends_with(".xlsx"),
                    "{args:?}: example reads {ledger}, not in the release folder:\n{line}"
                );
            }
        }
    }
    // `ksfk help` and `ksfk help score` print the same as --help.
    assert_eq!(run(&["help"]).1, run(&["--help"]).1);
    assert_eq!(run(&["help", "score"]).1, run(&["score", "--help"]).1);
    let (_, out, _) = run(&["--help"]);
    for c in COMMANDS {
        assert!(out.contains(&format!("  {c} ")), "{out}");
    }
    assert!(out.contains("命令："));
    let (_, out, _) = run(&["score", "--help"]);
    assert!(out.contains("参数："));
    assert!(out.contains("示例台账-2017.xlsx"));
    // What --per-unit writes, as it is named.
    assert!(out.contains("<年度>-<单位>.xlsx"), "{out}");
    assert!(out.contains("各单位-<年度>"), "{out}");
}

#[test]
fn a_suggestion_and_the_hint_are_two_sentences_not_doubled_marks() {
    let (code, _, err) = run(&["score", "x.xlsx", "--pre-unit"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("提示：是否应为 --per-unit？运行 ksfk score --help 查看全部选项和示例。"),
        "{err}"
    );
    let (code, _, err) = run(&["scor"]);
    assert_eq!(code, 2);
    assert!(err.contains("是否应为 score？运行 ksfk --help"), "{err}");
}

fn score_to(ledger: &Path, extra: &[&str]) {
    let mut args = vec!["score", ledger.to_str().unwrap(), "--year", "2017"];
    args.extend_from_slice(extra);
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{out}{err}");
}

fn set_mtime(path: &Path, secs_ago: u64) {
    let t = std::time::SystemTime::now() - std::time::Duration::from_secs(secs_ago);
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

#[test]
fn diff_finds_the_earlier_result_by_content_and_time() {
    let dir = tmp();
    let good = save(&TestLedger::valid(), dir.path());
    // Two different results: the second with a late case of 住建局.
    score_to(&good, &[]);
    let changed = TestLedger::valid().row("热线工单", &late_case("H1", "住建局"));
    let sub = dir.path().join("改后");
    std::fs::create_dir(&sub).unwrap();
    let changed_ledger = save(&changed, &sub);
    score_to(
        &changed_ledger,
        &["-o", dir.path().join("改名的结果.xlsx").to_str().unwrap()],
    );
    let first = dir.path().join("考核结果-2017.xlsx");
    let second = dir.path().join("改名的结果.xlsx");
    set_mtime(&first, 600);
    set_mtime(&second, 60);
    // A newer non-result and a newer per-unit folder do not count.
    std::fs::write(dir.path().join("笔记.json"), b"{}").unwrap();

    // One result: compared with the newest earlier one beside it.
    let (code, out, err) = run(&["diff", second.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        format!("旧结果：{}", first.canonicalize().unwrap().display())
    );
    assert_eq!(
        lines[1],
        format!("新结果：{}", second.canonicalize().unwrap().display())
    );
    assert!(out.contains("住建局"), "{out}");
    // The earliest has nothing before it.
    let (code, _, err) = run(&["diff", first.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("没有比它早的计分结果"), "{err}");
    // A folder: its two newest results.
    let (code, by_folder, err) = run(&["diff", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(by_folder, out);
    // Two dropped in either order, --by-time: the older is the old one.
    for (a, b) in [(&first, &second), (&second, &first)] {
        let (code, o, err) = run(&[
            "diff",
            "--by-time",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(o, out);
    }
    // Without --by-time the order given is kept and nothing is named.
    let (_, o, _) = run(&["diff", second.to_str().unwrap(), first.to_str().unwrap()]);
    assert!(!o.contains("旧结果："), "{o}");
    assert!(o.contains("住建局"), "{o}");
    // -o lists the file written by its full path.
    let w = dir.path().join("变动.xlsx");
    let (code, o, _) = run(&["diff", second.to_str().unwrap(), "-o", w.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        o.lines()
            .any(|l| l == format!("已写出 {}", w.canonicalize().unwrap().display())),
        "{o}"
    );
}

#[test]
fn as_of_last_month_end_is_the_day_before_this_month_began() {
    use chrono::NaiveDate;
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    assert_eq!(ksfk::cli::last_month_end(d(2017, 7, 15)), d(2017, 6, 30));
    assert_eq!(ksfk::cli::last_month_end(d(2018, 1, 1)), d(2017, 12, 31));
    assert_eq!(ksfk::cli::last_month_end(d(2016, 3, 31)), d(2016, 2, 29));
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    // Today's last month end is after 2017: a year-end run, not interim.
    let (code, out, err) = run(&[
        "check",
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "上月末",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("台账检查通过"), "{out}");
}

#[test]
fn the_scan_for_doubled_punctuation_sees_each_kind() {
    for d in DOUBLED {
        let r = std::panic::catch_unwind(|| assert_no_doubled_punctuation(&format!("前{d}后")));
        assert!(r.is_err(), "{d}");
    }
    assert_no_doubled_punctuation(
        "是否应为 --per-unit？运行 ksfk score --help 查看全部选项和示例。",
    );
}

/// `--ask-date`, as the .bat helpers use it: the date read from standard
/// input whatever the line ending (Wine's pipes leave a CR), Enter or the
/// end of input meaning the default, a date that cannot be read asked again.
#[test]
fn ask_date_reads_the_answer_enter_meaning_the_default() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let ask = |default: &str, input: &str| {
        let out = ksfk()
            .args(["check", p.to_str().unwrap(), "--year", "2017"])
            .args(["--ask-date", default])
            .write_stdin(input)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_no_doubled_punctuation(&stdout);
        (out.status.code(), stdout)
    };
    for input in ["\n", "\r\n", "\r\n\r\n", "", "  \n\n"] {
        let (code, out) = ask("year-end", input);
        assert_eq!(code, Some(0), "{input:?}: {out}");
        assert!(out.contains("直接按回车表示全年"), "{out}");
        assert!(out.contains("按全年（截至12月31日）计算。"), "{out}");
        assert!(!out.contains("暂计"), "{input:?}: {out}");
    }
    for input in ["2017-06-30\n", "2017-06-30\r\n\r\n", " 2017/6/30 \n"] {
        let (code, out) = ask("year-end", input);
        assert_eq!(code, Some(0), "{input:?}: {out}");
        assert!(out.contains("按2017-06-30的情况计算。"), "{out}");
        assert!(out.contains("暂计（截至2017-06-30）"), "{input:?}: {out}");
    }
    let (code, out) = ask("year-end", "6月30\n2017-06-30\n");
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("无法识别的日期「6月30」"), "{out}");
    assert!(out.contains("请重新输入。"), "{out}");
    assert!(out.contains("暂计（截至2017-06-30）"), "{out}");
    let (code, _) = ask("year-end", "x\nx\nx\nx\nx\n");
    assert_eq!(code, Some(2));
    // Enter with last-month-end: today's last month's end (after 2017, so
    // not interim for this ledger).
    let (code, out) = ask("last-month-end", "\r\n");
    assert_eq!(code, Some(0), "{out}");
    let d = ksfk::cli::last_month_end(chrono::Local::now().date_naive());
    assert!(
        out.contains(&format!("按上个月的最后一天（{d}）计算。")),
        "{out}"
    );
    // --ask-date and --as-of together: a usage error.
    let (code, _, err) = run(&[
        "check",
        p.to_str().unwrap(),
        "--as-of",
        "2017-06-30",
        "--ask-date",
        "year-end",
    ]);
    assert_eq!(code, 2, "{err}");
}
