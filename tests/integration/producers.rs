//! Ledgers as other programs write them (docs/ledger.md, "Every format is
//! read exactly or refused"; issue #25): the files of fixtures/producers/
//! are fixtures/full.xlsx written again by producers whose files calamine
//! 0.38 misreads (scripts/producers.py --fixtures), and each scores to the
//! byte as the .xlsx does. The whole producer matrix, every producer at
//! hand in every format it writes, is scripts/producers.sh (run by CI).

use crate::common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// `ksfk score LEDGER… --year 2017 --json`: (status, JSON text, stderr).
fn score(ledgers: &[&Path], dir: &Path) -> (i32, String, String) {
    let json = dir.join("result.json");
    let mut args = vec!["score".to_string()];
    args.extend(ledgers.iter().map(|p| p.to_str().unwrap().to_string()));
    for a in [
        "--year",
        "2017",
        "--force",
        "--json",
        json.to_str().unwrap(),
    ] {
        args.push(a.to_string());
    }
    args.push("-o".into());
    args.push(dir.join("result.xlsx").to_str().unwrap().to_string());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, err) = run(&args);
    let json = std::fs::read_to_string(&json).unwrap_or_default();
    (code, json, err)
}

#[test]
fn the_buggy_producers_fixtures_score_as_the_xlsx() {
    // jexcelapi-cp1252.xls: JExcelApi 2.6.12, CODEPAGE 1252 (its names and
    // texts came back garbled, and the file was refused for 14 missing
    // sheets); gnumeric.ods and sheetjs.ods: Gnumeric 1.12.55 and SheetJS
    // 0.18.5, whitespace between the cells of a row (refused with
    // calamine's English message); sheetjs.xlsb: SheetJS 0.18.5, every
    // cell after another in its row a short record (all but the first
    // header cell vanished).
    let dir = tmp();
    let (code, want, err) = score(&[&fixture("full.xlsx")], dir.path());
    assert_eq!(code, 0, "{err}");
    for name in [
        "jexcelapi-cp1252.xls",
        "gnumeric.ods",
        "sheetjs.ods",
        "sheetjs.xlsb",
    ] {
        let (code, got, err) = score(&[&fixture(&format!("producers/{name}"))], dir.path());
        assert_eq!(code, 0, "{name}: {err}");
        assert!(got == want, "{name} scores differently from full.xlsx");
    }
}

#[test]
fn a_jexcelapi_appeal_in_a_folder_applies() {
    // The case: a folder with the ledger and a 申诉.xls written by
    // JExcelApi holding one 成立 appeal. Its sheet name came back garbled,
    // the file was skipped with a warning and the run exited 0 without the
    // appeal. Now the appeal is read and waives the deduction.
    let dir = tmp();
    let folder = dir.path().join("台账");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(fixture("full.xlsx"), folder.join("台账.xlsx")).unwrap();
    std::fs::copy(
        fixture("producers/appeal-jexcelapi.xls"),
        folder.join("申诉.xls"),
    )
    .unwrap();
    let (code, before, err) = score(&[&fixture("full.xlsx")], dir.path());
    assert_eq!(code, 0, "{err}");
    let (code, after, err) = score(&[&folder], dir.path());
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("没有任何台账工作表"), "{err}");
    let (before, after): (Value, Value) = (
        serde_json::from_str(&before).unwrap(),
        serde_json::from_str(&after).unwrap(),
    );
    let appeals = after["appeals"].as_array().unwrap();
    assert_eq!(appeals.len(), 1, "{appeals:?}");
    assert_eq!(appeals[0]["place"], "申诉.xls:申诉!2");
    assert_eq!(appeals[0]["decision"], "成立");
    assert_eq!(appeals[0]["waived"], "0.50");
    let total = |v: &Value| {
        json_unit(v, "昆山开发区")["total"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        (total(&before).as_str(), total(&after).as_str()),
        ("47.00", "47.50")
    );
}
