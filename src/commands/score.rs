//! `ksfk score`: read, score and write the result workbook, the JSON and
//! the per-unit workbooks, all staged and put in place together.

use super::*;

pub(super) fn run(args: ScoreArgs) -> Result<(), Error> {
    let first = args
        .ledger
        .ledger
        .first()
        .map_or(Path::new("."), |p| p.as_path())
        .to_path_buf();
    // Refuse bad targets before the work of scoring. The default output's
    // name needs the year and the as-of date, known only once read; it is
    // never refused for existing (the next free name is taken instead).
    for target in args.output.iter().chain(&args.json) {
        for input in &args.ledger.ledger {
            fsio::check_target(target, Some(input), args.force)?;
        }
    }
    let labels = |output: &Path| {
        let mut labelled = vec![(output.to_path_buf(), "-o 结果工作簿".to_string())];
        if let Some(json) = &args.json {
            labelled.push((json.clone(), "--json 文件".to_string()));
        }
        labelled
    };
    if let Some(output) = &args.output {
        check_distinct(&labels(output))?;
    }
    let read = read(&args.ledger)?;
    let year = read.ledger.year;
    let as_of = args.ledger.as_of(year);
    let interim = crate::model::is_interim(year, as_of).then_some(as_of);
    let inputs: Vec<PathBuf> = args
        .ledger
        .ledger
        .iter()
        .chain(&read.paths)
        .cloned()
        .collect();
    // The default name, or the next free one in the way Windows names
    // copies (`考核结果-2017 (2).xlsx`): an earlier result is kept as it was.
    let mut renamed = None;
    let output = match &args.output {
        Some(o) => o.clone(),
        None => {
            let wanted = default_output(&first, year, interim);
            let free = if args.force {
                wanted.clone()
            } else {
                free_name(&wanted, false)
            };
            if free != wanted {
                renamed = Some(wanted);
            }
            free
        }
    };
    let mut labelled = labels(&output);
    check_distinct(&labelled)?;
    // The files a folder stood for are inputs too: never written.
    for target in std::iter::once(&output).chain(&args.json) {
        for input in &inputs {
            fsio::check_target(target, Some(input), args.force)?;
        }
    }
    // `--per-unit` without a folder: `各单位-2017` beside the result
    // workbook (the next free name when it is taken).
    let mut renamed_dir = None;
    let per_unit: Option<PathBuf> = match &args.per_unit {
        Some(Some(dir)) => Some(dir.clone()),
        Some(None) => {
            let wanted = output
                .parent()
                .unwrap_or(Path::new(""))
                .join(per_unit_dir_name(year, interim));
            let free = if args.force {
                wanted.clone()
            } else {
                free_name(&wanted, true)
            };
            if free != wanted {
                renamed_dir = Some(wanted);
            }
            Some(free)
        }
        None => None,
    };
    say_year(&read);
    let input = read.paths.first().cloned().unwrap_or_default();
    let points = Points {
        town: args.points_town,
        dept: args.points_dept,
        method: args.points_method.into(),
    };
    let results = scored(&read, as_of, &points)?;
    strict(&args.ledger, &results)?;
    let info = RunInfo {
        inputs: read.files.clone(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        counts: read.ledger.counts.clone(),
        year_inferred: read.ledger.year_inferred,
    };
    // Every output's path, checked before anything is built or written.
    let per_unit_paths: Vec<PathBuf> = match &per_unit {
        Some(dir) => results
            .units
            .iter()
            .map(|u| per_unit_file(dir, results.year, &u.name))
            .collect(),
        None => Vec::new(),
    };
    for (path, u) in per_unit_paths.iter().zip(&results.units) {
        labelled.push((
            path.clone(),
            format!("单位「{}」的 --per-unit 文件", u.name),
        ));
    }
    check_distinct(&labelled)?;
    if let Some(dir) = &per_unit {
        if dir.exists() && !dir.is_dir() {
            return Err(Error::Fs(FsError::Io {
                path: dir.clone(),
                source: std::io::Error::other("--per-unit 应为文件夹，但这是一个文件"),
            }));
        }
        for path in &per_unit_paths {
            for input in &inputs {
                fsio::check_target(path, Some(input), args.force)?;
            }
        }
    }
    // Every output is written straight into its staged file.
    let mut targets = vec![output.clone()];
    targets.extend(args.json.iter().cloned());
    targets.extend(per_unit_paths.iter().cloned());
    fsio::stream_all(
        &targets,
        Some(&input),
        args.force,
        per_unit.as_deref(),
        |staging: &fsio::Staging| write_outputs(&results, &info, args.json.as_deref(), staging),
    )?;
    // `check` lists them all; here a few, the workbook has every one.
    crate::err!(
        "{}",
        wrapped_err(&report::text::findings_text(
            &results.warnings,
            &read.ledger.counts,
            results.year,
            10,
            "全部见结果工作簿的“警告”表（或运行 ksfk check）",
        ))
    );
    print_done(&results);
    if let Some(wanted) = renamed {
        // Not wrapped: a path broken across lines could not be copied.
        crate::outln!(
            "{}",
            crate::term::escape(&format!(
                "{} 已存在，未改动；本次结果另存为 {}（要覆盖原文件请加 --force）。",
                shown(&wanted),
                file_name(&output)
            ))
        );
    }
    if let Some(wanted) = renamed_dir {
        crate::outln!(
            "{}",
            crate::term::escape(&format!(
                "文件夹 {} 已存在，未改动；各单位的工作簿另存在 {} 中。",
                shown(&wanted),
                file_name(per_unit.as_deref().unwrap_or(Path::new("")))
            ))
        );
    }
    list_written(&targets);
    Ok(())
}

/// Writes the outputs into their staged files, in the order `staging`
/// numbers them: the result workbook, the JSON when asked for, then one
/// workbook per unit.
fn write_outputs(
    results: &Results,
    info: &RunInfo,
    json: Option<&Path>,
    staging: &fsio::Staging,
) -> Result<(), Error> {
    let put = |i: usize, bytes: &[u8]| {
        staging.write(i, |file| {
            file.write_all(bytes)
                .map_err(|e| Error::Write(format!("写入时出错（{}）", fsio::io_reason(&e))))
        })
    };
    put(0, &report::xlsx::result_workbook(results, info)?)?;
    let first_unit = 1 + usize::from(json.is_some());
    if json.is_some() {
        put(1, report::json::results_json(results).as_bytes())?;
    }
    for i in 0..staging.len().saturating_sub(first_unit) {
        put(first_unit + i, &report::unit_workbook(results, i)?)?;
    }
    Ok(())
}

fn print_done(results: &Results) {
    let entries: usize = results
        .units
        .iter()
        .flat_map(|u| &u.clauses)
        .map(|c| c.entries.len())
        .sum();
    let count = |warning: bool| -> usize {
        results
            .warnings
            .iter()
            .filter(|w| w.is_warning() == warning)
            .map(Warning::count)
            .sum()
    };
    let interim = results
        .interim_label()
        .map(|l| format!("，{l}"))
        .unwrap_or_default();
    let appeals = if results.appeals.is_empty() {
        String::new()
    } else {
        format!(
            "已计入申诉{}条（逐条见“说明”表）。\n",
            results.appeals.len()
        )
    };
    let text = format!(
        "{}年度考核{interim}：{}个单位，{}条扣分记录，{}条警告，{}条提示。\n{appeals}{}",
        results.year,
        results.units.len(),
        thousands(entries),
        thousands(count(true)),
        thousands(count(false)),
        report::text::leaders_text(results)
    );
    crate::out!("{}", wrapped(&text));
}

/// `考核结果-<year>.xlsx` (interim: `考核结果-<year>-暂计截至<MMDD>.xlsx`)
/// beside the (first) ledger, or in it when it is a folder.
fn default_output(ledger: &Path, year: i32, interim: Option<chrono::NaiveDate>) -> PathBuf {
    let name = format!("考核结果-{year}{}.xlsx", interim_suffix(interim));
    if ledger.is_dir() {
        ledger.join(name)
    } else {
        ledger.with_file_name(name)
    }
}

/// `-暂计截至0630` for an interim run, else nothing.
fn interim_suffix(interim: Option<chrono::NaiveDate>) -> String {
    interim
        .map(|d| format!("-暂计截至{}", d.format("%m%d")))
        .unwrap_or_default()
}

/// The default `--per-unit` folder's name: `各单位-2017`
/// (interim: `各单位-2017-暂计截至0630`).
fn per_unit_dir_name(year: i32, interim: Option<chrono::NaiveDate>) -> String {
    format!("各单位-{year}{}", interim_suffix(interim))
}

/// `path` when nothing stands there, else the first free name in the way
/// Windows names copies: `考核结果-2017 (2).xlsx`, `(3)`, … (a folder:
/// `各单位-2017 (2)`).
pub fn free_name(path: &Path, folder: bool) -> PathBuf {
    let taken = |p: &Path| std::fs::symlink_metadata(p).is_ok();
    if !taken(path) {
        return path.to_path_buf();
    }
    let name = file_name(path);
    let (stem, ext) = match (folder, name.rfind('.')) {
        (false, Some(i)) if i > 0 => (&name[..i], &name[i..]),
        _ => (name.as_str(), ""),
    };
    (2..)
        .map(|n| path.with_file_name(format!("{stem} ({n}){ext}")))
        .find(|p| !taken(p))
        .unwrap_or_else(|| path.to_path_buf())
}

/// A path's last part as text.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A path as the analyst finds it: absolute, without the `\\?\` prefix
/// Windows' canonical form carries.
pub(super) fn shown(path: &Path) -> String {
    let full = fsio::resolve(path).display().to_string();
    if let Some(unc) = full.strip_prefix(r"\\?\UNC\") {
        format!(r"\\{unc}")
    } else if let Some(rest) = full.strip_prefix(r"\\?\") {
        rest.to_string()
    } else {
        full
    }
}

/// The end of a run that wrote files: each one by its full path.
pub(super) fn list_written(paths: &[PathBuf]) {
    if paths.is_empty() {
        return;
    }
    if paths.len() > 1 {
        crate::outln!("共写出{}个文件：", paths.len());
    }
    for path in paths {
        crate::outln!("已写出 {}", crate::term::escape(&shown(path)));
    }
}

/// The `--per-unit` file of a unit: `DIR/2017-住建局.xlsx`.
fn per_unit_file(dir: &Path, year: i32, name: &str) -> PathBuf {
    dir.join(per_unit_name(year, name))
}

/// Two outputs of one run that would be the same file (also on Windows
/// and macOS, which ignore letter case): a usage error naming both, found
/// before anything is written.
pub(super) fn check_distinct(outputs: &[(PathBuf, String)]) -> Result<(), Error> {
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for (i, (path, label)) in outputs.iter().enumerate() {
        if let Some(&j) = seen.get(&fsio::same_file_key(path)) {
            let (first, first_label) = &outputs[j];
            let shown = if first == path {
                format!("{}", path.display())
            } else {
                format!("{} 与 {}", first.display(), path.display())
            };
            return Err(Error::Usage(format!(
                "两个输出是同一个文件（{shown}，文件名不区分大小写）：{first_label}与{label}。请为它们指定不同的文件名（单位重名时请在单位名单中改名）"
            )));
        }
        seen.insert(fsio::same_file_key(path), i);
    }
    Ok(())
}

/// The per-unit workbook's file name: `2017-住建局.xlsx`.
pub fn per_unit_name(year: i32, unit: &str) -> String {
    format!("{year}-{}.xlsx", file_stem(unit))
}

/// A unit name made safe as a file name.
fn file_stem(name: &str) -> String {
    name.chars()
        .map(|c| {
            if "/\\:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}
