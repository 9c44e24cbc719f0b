//! The files shipped in the Windows zip beside ksfk.exe (scripts/release/,
//! copied byte for byte by scripts/release.sh), and the repository's own
//! documentation.
//!
//! Windows Notepad shows 使用说明.txt correctly only as UTF-8 with a BOM;
//! cmd.exe shows the Chinese of 拖入台账计分.bat only after `chcp 65001`,
//! reads it correctly only with CRLF line endings, and would run a BOM as
//! part of the first command. The zip's contents are checked by release.sh
//! itself (it needs the cross build); its run under Wine by
//! scripts/wine-test.sh.

use std::path::{Path, PathBuf};

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> Vec<u8> {
    let path = repo().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every line break that is not CRLF, as (1-based line, what it is); and
/// whether the text ends with CRLF.
fn line_ending_problems(bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut line = 1;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\n' => {
                if i == 0 || bytes[i - 1] != b'\r' {
                    problems.push(format!("line {line}: LF without CR"));
                }
                line += 1;
            }
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                problems.push(format!("line {line}: CR without LF"));
            }
            _ => {}
        }
    }
    if !bytes.ends_with(b"\r\n") {
        problems.push("the last line does not end with CRLF".into());
    }
    problems
}

#[test]
fn the_line_ending_check_catches_each_kind_of_mistake() {
    assert!(line_ending_problems(b"a\r\nb\r\n").is_empty());
    assert_eq!(
        line_ending_problems(b"a\r\nb\nc\r\n"),
        ["line 2: LF without CR"]
    );
    assert_eq!(line_ending_problems(b"a\rb\r\n"), ["line 1: CR without LF"]);
    assert_eq!(
        line_ending_problems(b"a\r\nb"),
        ["the last line does not end with CRLF"]
    );
}

#[test]
fn usage_txt_is_utf8_with_bom_and_crlf() {
    let bytes = read("scripts/release/使用说明.txt");
    assert!(
        bytes.starts_with(BOM),
        "使用说明.txt must start with the UTF-8 BOM"
    );
    assert!(
        !bytes[BOM.len()..].starts_with(BOM),
        "使用说明.txt has two BOMs"
    );
    let text = std::str::from_utf8(&bytes[BOM.len()..]).expect("使用说明.txt is not UTF-8");
    assert_eq!(line_ending_problems(&bytes), Vec::<String>::new());
    // What an analyst needs from it: the two ways to run, and which encoding
    // a console and a redirected output get.
    for needed in [
        "拖入台账计分.bat",
        "ksfk score 台账.xlsx",
        "命令提示符",
        "PowerShell",
        ".\\ksfk",
        "UTF-16",
        "UTF-8",
        "退出码 1",
        "退出码 2",
        "退出码 3",
        "考核结果-<年度>.xlsx",
    ] {
        assert!(
            text.contains(needed),
            "使用说明.txt does not mention {needed}"
        );
    }
}

/// The helpers shipped beside ksfk.exe (docs/outputs.md, On Windows), each
/// with the ksfk command it runs on what was dropped on it.
const HELPERS: [(&str, &[&str]); 5] = [
    ("拖入台账计分.bat", &[r#""%KSFK%" score "%~1""#]),
    (
        "检查台账.bat",
        &[r#""%KSFK%" check %* --ask-date year-end"#],
    ),
    (
        "年中暂计.bat",
        &[r#""%KSFK%" score %* --ask-date last-month-end"#],
    ),
    ("年终计分.bat", &[r#""%KSFK%" score %* --per-unit"#]),
    ("比较两次结果.bat", &[r#""%KSFK%" diff --by-time %*"#]),
];

/// A helper's lines that cmd.exe runs (not comments, not blank).
fn commands(text: &str) -> Vec<&str> {
    text.split("\r\n")
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with("rem ") && !l.starts_with("::"))
        .collect()
}

#[test]
fn helpers_switch_to_utf8_before_any_chinese_and_use_crlf() {
    for (name, runs) in HELPERS {
        let bytes = read(&format!("scripts/release/{name}"));
        assert!(
            !bytes.starts_with(BOM),
            "{name}: a BOM would make cmd.exe run '\u{FEFF}@echo' as a command"
        );
        let text = std::str::from_utf8(&bytes).expect("the .bat is not UTF-8");
        assert_eq!(line_ending_problems(&bytes), Vec::<String>::new(), "{name}");
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines[0], "@echo off", "{name}");
        assert_eq!(lines[1], "chcp 65001 >nul", "{name}");
        assert!(
            !text.is_ascii(),
            "{name}: the helper's messages are in Chinese"
        );
        // It runs the ksfk.exe beside it whatever the current folder, on
        // what was dropped, and waits for a key.
        let commands = commands(text);
        assert!(commands.contains(&r#"set "KSFK=%~dp0ksfk.exe""#), "{name}");
        for run in runs {
            assert!(commands.contains(run), "{name} does not run {run}");
        }
        // Every line that runs ksfk is ASCII but for what was dropped or
        // typed: cmd.exe under another code page still runs it.
        for line in commands.iter().filter(|l| l.starts_with("\"%KSFK%\"")) {
            assert!(line.is_ascii(), "{name}: {line}");
        }
        assert!(!text.contains("--year"), "{name}: the year is inferred");
        let pause = commands.iter().position(|l| *l == "pause");
        let exit = commands.iter().position(|l| *l == "exit /b %RC%");
        assert!(
            matches!((pause, exit), (Some(p), Some(e)) if p + 1 == e && e + 1 == commands.len()),
            "{name} must end with pause, then exit /b %RC%"
        );
        // Every goto has its label; every exit status has its message.
        for line in &commands {
            if let Some(label) = line.strip_prefix("goto ") {
                assert!(
                    commands.contains(&format!(":{label}").as_str()),
                    "{name}: goto {label} has no label"
                );
            }
        }
        for rc in 0..4 {
            assert!(
                commands
                    .iter()
                    .any(|l| l.starts_with(&format!("if \"%RC%\"==\"{rc}\" goto "))),
                "{name}: exit status {rc} has no message"
            );
        }
        // No block in parentheses: a dropped path with `)` would end it.
        assert!(
            !commands.iter().any(|l| l.ends_with('(') || *l == ")"),
            "{name}: a parenthesised block"
        );
    }
    // The two that ask for a date leave the asking to ksfk (cmd's
    // `set /p` reads piped answers wrongly under Wine), Enter meaning the
    // default.
    for name in ["检查台账.bat", "年中暂计.bat"] {
        let text = String::from_utf8(read(&format!("scripts/release/{name}"))).unwrap();
        assert!(text.contains("--ask-date"), "{name}");
        assert!(!text.contains("set /p"), "{name}");
    }
}

#[test]
fn release_script_and_wine_test_ship_and_run_every_helper() {
    let release = String::from_utf8(read("scripts/release.sh")).unwrap();
    let wine = String::from_utf8(read("scripts/wine-test.sh")).unwrap();
    let usage = String::from_utf8(read("scripts/release/使用说明.txt")).unwrap();
    for (name, _) in HELPERS {
        assert!(
            release.matches(name).count() >= 2,
            "release.sh: copy and check {name}"
        );
        assert!(wine.contains(name), "wine-test.sh does not run {name}");
        assert!(
            usage.contains(name),
            "使用说明.txt does not describe {name}"
        );
    }
}

/// Relative link targets in a Markdown text: `](target)` forms.
fn link_targets(markdown: &str) -> Vec<String> {
    markdown
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(|t| t.split('#').next().unwrap_or("").trim().to_string())
        .filter(|t| !t.is_empty() && !t.contains("://") && !t.starts_with("mailto:"))
        .collect()
}

#[test]
fn readme_and_docs_point_only_inside_the_repository() {
    let root = repo();
    let mut pages = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|e| e.expect("docs/ entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    for page in ["ledger.md", "rules.md", "outputs.md"] {
        assert!(
            docs.contains(&root.join("docs").join(page)),
            "docs/{page} is missing"
        );
    }
    pages.extend(docs);
    let readme = String::from_utf8(read("README.md")).expect("README.md is UTF-8");
    for page in ["docs/ledger.md", "docs/rules.md", "docs/outputs.md"] {
        assert!(
            link_targets(&readme).iter().any(|t| t == page),
            "README.md does not link {page}"
        );
    }
    for page in &pages {
        let text = std::fs::read_to_string(page).expect("a Markdown page");
        let name = page.strip_prefix(&root).unwrap_or(page).display();
        for outside in OUTSIDE {
            assert!(!text.contains(outside), "{name} mentions {outside}");
        }
        let dir = page.parent().unwrap_or(&root);
        for target in link_targets(&text) {
            assert!(
                !target.starts_with('/') && !target.starts_with('\\'),
                "{name} links the absolute path {target}"
            );
            let resolved = normalise(&dir.join(&target));
            assert!(
                resolved.starts_with(&root),
                "{name} links {target}, outside the repository"
            );
            // Pages must exist; pictures may still be being rendered.
            if target.ends_with(".md") {
                assert!(
                    resolved.is_file(),
                    "{name} links {target}, which is missing"
                );
            }
        }
    }
}

/// The spec folders the project was written from, outside the repository
/// (spelt in pieces, so that this file does not name them itself).
const OUTSIDE: [&str; 5] = [
    concat!("..", "/sha", "red"),
    concat!("/work", "/sha", "red"),
    concat!("sha", "red/spec/"),
    concat!("sha", "red/seed/"),
    concat!("sha", "red/notes/"),
];

#[test]
fn no_file_in_the_repository_points_outside_it() {
    let root = repo();
    let skip = ["target", ".git", ".venv", "dist", "corpus", "artifacts"];
    let mut stack = vec![root.clone()];
    let mut offenders = Vec::new();
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a folder of the repository") {
            let path = entry.expect("a folder entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if !skip.contains(&name) {
                    stack.push(path);
                }
                continue;
            }
            let bytes = std::fs::read(&path).expect("a file of the repository");
            seen += 1;
            for outside in OUTSIDE {
                if bytes
                    .windows(outside.len())
                    .any(|w| w == outside.as_bytes())
                {
                    offenders.push(format!("{} mentions {outside}", path.display()));
                }
            }
        }
    }
    assert!(
        seen > 50,
        "only {seen} files found under {}",
        root.display()
    );
    assert_eq!(offenders, Vec::<String>::new());
}

#[test]
fn the_link_check_sees_links_that_leave_the_repository() {
    let root = repo();
    let targets = link_targets("see [spec](../outside/spec/X.md#x) and [a](docs/a.md)");
    assert_eq!(targets, ["../outside/spec/X.md", "docs/a.md"]);
    assert!(!normalise(&root.join(&targets[0])).starts_with(&root));
    assert!(normalise(&root.join(&targets[1])).starts_with(&root));
}

/// `a/b/../c` → `a/c`, without touching the file system.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
