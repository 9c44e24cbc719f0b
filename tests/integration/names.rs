//! Output names that never need renaming (docs/outputs.md, Default output
//! path and `--per-unit [DIR]`): interim results carry their date, a taken
//! default name goes to the next free one as Windows names copies, the
//! default per-unit folder sits beside the result, and every run that
//! wrote files lists each by its full path.

use crate::common::*;
use std::path::{Path, PathBuf};

fn score(args: &[&str]) -> (String, String) {
    let mut all = vec!["score"];
    all.extend_from_slice(args);
    let (code, out, err) = run(&all);
    assert_eq!(code, 0, "stdout:\n{out}\nstderr:\n{err}");
    (out, err)
}

/// The `已写出 …` lines of a run's output, as paths.
fn written(out: &str) -> Vec<PathBuf> {
    out.lines()
        .filter_map(|l| l.strip_prefix("已写出 "))
        .map(PathBuf::from)
        .collect()
}

fn full(p: &Path) -> PathBuf {
    p.canonicalize().unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn an_interim_result_is_named_by_its_date_and_never_takes_the_year_end_name() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let (out, _) = score(&[
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "2017-06-30",
    ]);
    let interim = dir.path().join("考核结果-2017-暂计截至0630.xlsx");
    assert!(interim.is_file(), "{:?}", names(dir.path()));
    assert_eq!(written(&out), [full(&interim)], "{out}");
    // The year-end run afterwards is not refused.
    let (out, _) = score(&[p.to_str().unwrap(), "--year", "2017"]);
    let year_end = dir.path().join("考核结果-2017.xlsx");
    assert_eq!(written(&out), [full(&year_end)], "{out}");
    assert_eq!(
        names(dir.path()),
        [
            "ledger.xlsx",
            "考核结果-2017-暂计截至0630.xlsx",
            "考核结果-2017.xlsx"
        ]
    );
}

#[test]
fn a_taken_default_name_goes_to_the_next_free_copy_name_and_says_so() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let first = dir.path().join("考核结果-2017.xlsx");
    score(&[p.to_str().unwrap(), "--year", "2017"]);
    let before = std::fs::read(&first).unwrap();
    // The old result touched by hand: the re-run must leave it as it is.
    std::fs::write(&first, b"earlier result").unwrap();
    let (out, _) = score(&[p.to_str().unwrap(), "--year", "2017"]);
    let second = dir.path().join("考核结果-2017 (2).xlsx");
    assert_eq!(std::fs::read(&first).unwrap(), b"earlier result");
    assert_eq!(std::fs::read(&second).unwrap(), before);
    assert_eq!(written(&out), [full(&second)], "{out}");
    assert!(
        out.contains(&format!(
            "{} 已存在，未改动；本次结果另存为 考核结果-2017 (2).xlsx",
            full(&first).display()
        )),
        "{out}"
    );
    let (out, _) = score(&[p.to_str().unwrap(), "--year", "2017"]);
    assert_eq!(
        written(&out),
        [full(&dir.path().join("考核结果-2017 (3).xlsx"))]
    );
    // --force writes over the default name itself.
    let (out, _) = score(&[p.to_str().unwrap(), "--year", "2017", "--force"]);
    assert_eq!(written(&out), [full(&first)]);
    assert_eq!(std::fs::read(&first).unwrap(), before);
    // -o to an existing file still needs --force.
    let (code, _, err) = run(&["score", p.to_str().unwrap(), "-o", second.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("已存在") && err.contains("--force"), "{err}");
}

#[test]
fn per_unit_without_a_folder_writes_beside_the_result_and_lists_every_file() {
    let dir = tmp();
    let ledgers = dir.path().join("台账 文件夹");
    std::fs::create_dir(&ledgers).unwrap();
    let p = save(&TestLedger::valid(), &ledgers);
    // Run from another folder: nothing may land in the current one.
    let cwd = dir.path().join("别处");
    std::fs::create_dir(&cwd).unwrap();
    let out = ksfk()
        .current_dir(&cwd)
        .args(["score", p.to_str().unwrap(), "--year", "2017", "--per-unit"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(names(&cwd).is_empty(), "{:?}", names(&cwd));
    let units = ledgers.join("各单位-2017");
    let files = names(&units);
    assert_eq!(files.len(), all_units().len());
    assert!(files.contains(&"2017-周庄镇.xlsx".to_string()), "{files:?}");
    let mut want = vec![full(&ledgers.join("考核结果-2017.xlsx"))];
    for unit in all_units() {
        let f = units.join(format!("2017-{unit}.xlsx"));
        assert!(f.is_file(), "{}", f.display());
        want.push(full(&f));
    }
    let mut got = written(&stdout);
    assert_eq!(got[0], want[0]);
    got.sort();
    want.sort();
    assert_eq!(got, want);
    assert!(stdout.contains(&format!("共写出{}个文件：", all_units().len() + 1)));

    // Again: the result and the folder both go to their copy names.
    let out = ksfk()
        .current_dir(&cwd)
        .args(["score", p.to_str().unwrap(), "--year", "2017", "--per-unit"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert_eq!(
        names(&ledgers),
        [
            "ledger.xlsx",
            "各单位-2017",
            "各单位-2017 (2)",
            "考核结果-2017 (2).xlsx",
            "考核结果-2017.xlsx"
        ]
    );
    assert_eq!(names(&ledgers.join("各单位-2017 (2)")), files);
    assert!(
        stdout.contains("各单位的工作簿另存在 各单位-2017 (2) 中"),
        "{stdout}"
    );

    // An interim run: its own folder.
    score(&[
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "2017-06-30",
        "--per-unit",
    ]);
    assert_eq!(
        names(&ledgers.join("各单位-2017-暂计截至0630")).len(),
        all_units().len()
    );
    // A folder given is relative to the current folder, as usual.
    let out = ksfk()
        .current_dir(&cwd)
        .args(["score", p.to_str().unwrap(), "--year", "2017", "--force"])
        .args(["--per-unit", "各单位"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(names(&cwd.join("各单位")).len(), all_units().len());
}

#[test]
fn reading_a_folder_skips_results_whatever_their_names() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    score(&[p.to_str().unwrap(), "--year", "2017"]);
    std::fs::rename(
        dir.path().join("考核结果-2017.xlsx"),
        dir.path().join("上次的.xlsx"),
    )
    .unwrap();
    score(&[
        p.to_str().unwrap(),
        "--year",
        "2017",
        "--as-of",
        "2017-06-30",
    ]);
    let (code, out, err) = run(&["score", dir.path().to_str().unwrap(), "--year", "2017"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("上次的.xlsx（ksfk 写出的结果）"), "{err}");
    assert!(
        err.contains("考核结果-2017-暂计截至0630.xlsx（ksfk 写出的结果）"),
        "{err}"
    );
    assert_eq!(
        written(&out),
        [full(&dir.path().join("考核结果-2017.xlsx"))]
    );
}
