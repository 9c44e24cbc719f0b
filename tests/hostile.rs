//! Hostile and broken workbooks: files that are not what they claim,
//! resource bombs, cells as people leave them, and nothing lost (the ledger
//! never written, outputs complete or absent). Every crash the fuzz targets
//! (fuzz/, scripts/fuzz.sh) found is replayed here too.

mod common;
use common::*;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// `ksfk check` on `bytes` saved as `name`: (status, stdout, stderr), and
/// it must take less than `secs` seconds.
fn check_bytes(dir: &Path, name: &str, bytes: &[u8], secs: u64) -> (i32, String, String) {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    let start = Instant::now();
    let r = check(&p);
    assert!(
        start.elapsed() < Duration::from_secs(secs),
        "{name} took {:?}",
        start.elapsed()
    );
    r
}

/// Asserts a clean refusal: exit 1, stderr has every one of `words`, and
/// nothing panicked.
fn assert_refused(r: &(i32, String, String), words: &[&str]) {
    let (code, _, err) = r;
    assert_eq!(*code, 1, "exit status, stderr:\n{err}");
    for w in words {
        assert!(err.contains(w), "no {w:?} in:\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

/// The entries of a zip, in order: (name, content).
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().unwrap().to_string(), data)
        })
        .collect()
}

/// A zip of `entries`, deflated.
fn rezip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (name, data) in entries {
        w.start_file(name.as_str(), opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// The bytes of a valid ledger made by `TestLedger`.
fn valid_bytes() -> Vec<u8> {
    let dir = tmp();
    std::fs::read(save(&TestLedger::valid(), dir.path())).unwrap()
}

/// The zip entry name of the worksheet called `sheet` (from workbook.xml
/// and its relationships).
fn sheet_part(entries: &[(String, Vec<u8>)], sheet: &str) -> String {
    let text = |name: &str| {
        let e = entries.iter().find(|(n, _)| n == name).unwrap();
        String::from_utf8(e.1.clone()).unwrap()
    };
    let wb = text("xl/workbook.xml");
    let at = wb.find(&format!("name=\"{sheet}\"")).unwrap();
    let rid_at = at + wb[at..].find("r:id=\"").unwrap() + 6;
    let rid = &wb[rid_at..rid_at + wb[rid_at..].find('"').unwrap()];
    let rels = text("xl/_rels/workbook.xml.rels");
    let rel = rels
        .split("<Relationship ")
        .find(|r| r.contains(&format!("Id=\"{rid}\"")))
        .unwrap();
    let t = rel.find("Target=\"").unwrap() + 8;
    let target = &rel[t..t + rel[t..].find('"').unwrap()];
    format!("xl/{}", target.trim_start_matches("/xl/"))
}

// ---------------------------------------------------------------------------
// Files that are not what they claim

#[test]
fn not_a_zip_nor_a_workbook() {
    let dir = tmp();
    for (name, bytes) in [
        ("text.xlsx", "台账，2017年".as_bytes().to_vec()),
        ("empty.xlsx", Vec::new()),
        ("pdf.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec()),
        ("ole-garbage.xls", {
            let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
            b.extend([0x42; 600]);
            b
        }),
    ] {
        let r = check_bytes(dir.path(), name, &bytes, 10);
        assert_refused(&r, &["不是Excel工作簿"]);
    }
    // A zip that is no workbook (a document, say).
    let doc = rezip(&[("word/document.xml".into(), b"<w:document/>".to_vec())]);
    let r = check_bytes(dir.path(), "doc.xlsx", &doc, 10);
    assert_refused(&r, &["不是Excel工作簿"]);
}

#[test]
fn truncated_xlsx_is_a_clear_error() {
    let dir = tmp();
    let bytes = valid_bytes();
    // Cut anywhere: in a local header, in compressed data, in the central
    // directory, one byte short.
    for keep in [
        30,
        bytes.len() / 3,
        bytes.len() / 2,
        bytes.len() - 200,
        bytes.len() - 1,
    ] {
        let r = check_bytes(dir.path(), "cut.xlsx", &bytes[..keep], 10);
        assert_refused(&r, &[]);
        let err = &r.2;
        assert!(
            err.contains("不完整") || err.contains("损坏") || err.contains("不是Excel工作簿"),
            "cut at {keep}: {err}"
        );
    }
    let r = check_bytes(dir.path(), "half.xlsx", &bytes[..bytes.len() / 2], 10);
    assert_refused(&r, &["不完整或已损坏"]);
}

#[test]
fn encrypted_workbook_is_refused_with_its_reason() {
    // fixtures/encrypted.xlsx: fixtures/full.xlsx protected by the password
    // "ksfk" with msoffcrypto-tool (an OLE file holding EncryptedPackage).
    let (code, _, err) = check(&fixture("encrypted.xlsx"));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("设置了打开密码（已加密）"), "{err}");
    assert!(err.contains("取消密码"), "{err}");
}

#[test]
fn a_password_protected_ods_is_refused_with_its_reason() {
    // LibreOffice encrypts an .ods's parts itself and lists
    // <manifest:encryption-data> in META-INF/manifest.xml; the content is
    // then unreadable bytes.
    let dir = tmp();
    let entries: Vec<(String, Vec<u8>)> = unzip(&std::fs::read(fixture("full.ods")).unwrap())
        .into_iter()
        .map(|(n, d)| match n.as_str() {
            "content.xml" => (n, (0..5000u32).map(|i| (i * 7919 % 251) as u8).collect()),
            "META-INF/manifest.xml" => {
                let x = String::from_utf8(d).unwrap().replace(
                    "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>",
                    "manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\"/></manifest:file-entry>",
                );
                assert!(x.contains("encryption-data"));
                (n, x.into_bytes())
            }
            _ => (n, d),
        })
        .collect();
    let r = check_bytes(dir.path(), "secret.ods", &rezip(&entries), 10);
    assert_refused(&r, &["设置了打开密码（已加密）"]);
}

#[test]
fn xls_xlsb_and_ods_ledgers_are_read_under_the_same_rules() {
    // fixtures/full.xls and full.ods are fixtures/full.xlsx converted by
    // LibreOffice, full.xlsb its values written by scripts/make-fixtures.py:
    // the same 130 rows, and the same scores to the byte.
    let dir = tmp();
    let mut jsons = Vec::new();
    for name in ["full.xlsx", "full.xls", "full.ods", "full.xlsb"] {
        let (code, out, err) = check(&fixture(name));
        assert_eq!(code, 0, "{name}: {err}");
        assert!(out.contains("130"), "{name}: {out}");
        let json = dir.path().join(format!("{name}.json"));
        let (code, _, err) = run(&[
            "score",
            fixture(name).to_str().unwrap(),
            "--year",
            "2017",
            "-o",
            dir.path()
                .join(format!("{name}.out.xlsx"))
                .to_str()
                .unwrap(),
            "--json",
            json.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{name}: {err}");
        jsons.push(std::fs::read_to_string(&json).unwrap());
    }
    assert_eq!(jsons[0], jsons[1], "xls scores differ from xlsx");
    assert_eq!(jsons[0], jsons[2], "ods scores differ from xlsx");
    assert_eq!(jsons[0], jsons[3], "xlsb scores differ from xlsx");
}

#[test]
fn an_xls_saved_under_an_xlsx_name_is_read() {
    let dir = tmp();
    let p = dir.path().join("台账.xlsx");
    std::fs::copy(fixture("full.xls"), &p).unwrap();
    let (code, out, err) = check(&p);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("130"), "{out}");
    // And an .xlsx under an .xls name.
    let p = dir.path().join("台账.xls");
    std::fs::copy(fixture("full.xlsx"), &p).unwrap();
    let (code, _, err) = check(&p);
    assert_eq!(code, 0, "{err}");
}

// ---------------------------------------------------------------------------
// Resource bounds

/// Sets the uncompressed size of zip entry `name` to `size` in its local
/// header and in the central directory.
fn patch_declared_size(bytes: &mut [u8], name: &str, size: u32) {
    let mut patched = 0;
    let mut i = 0;
    while i + 46 < bytes.len() {
        let (sig, name_at, size_at) = match &bytes[i..i + 4] {
            b"PK\x03\x04" => ("local", 30, 22),
            b"PK\x01\x02" => ("central", 46, 24),
            _ => {
                i += 1;
                continue;
            }
        };
        let len_at = if sig == "local" { 26 } else { 28 };
        let n = u16::from_le_bytes([bytes[i + len_at], bytes[i + len_at + 1]]) as usize;
        if bytes.get(i + name_at..i + name_at + n) == Some(name.as_bytes()) {
            bytes[i + size_at..i + size_at + 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
        i += 4;
    }
    assert_eq!(patched, 2, "{name}");
}

#[test]
fn zip_entry_declaring_gigabytes_is_refused_at_once() {
    // A sheet entry whose directory claims 3.75 GiB (0xF000_0000 bytes):
    // refused from the directory, before anything is decompressed.
    let dir = tmp();
    let entries = unzip(&valid_bytes());
    let part = sheet_part(&entries, "热线工单");
    let mut bytes = rezip(&entries);
    patch_declared_size(&mut bytes, &part, 0xF000_0000);
    let r = check_bytes(dir.path(), "bomb.xlsx", &bytes, 10);
    // 0xF000_0000 >> 20 = 3840 MB; a sheet's (and the total) limit is
    // 512 MB.
    assert_refused(&r, &[part.as_str(), "3840MB", "上限512MB", "压缩炸弹"]);
}

#[test]
fn a_deflate_bomb_is_refused_whether_or_not_its_size_is_true() {
    // 100 MB of spaces deflate to about 100 KB; declared honestly: refused
    // from the directory (100 MB > the 64 MB limit of a part that is read
    // whole, here styles.xml). Then the same bomb declaring only 1 KB: the
    // reader never yields more than the declared size, so it is cut off
    // and the file is damaged, not a memory bomb.
    let dir = tmp();
    let mut entries = unzip(&valid_bytes());
    let styles = entries
        .iter_mut()
        .find(|(n, _)| n == "xl/styles.xml")
        .unwrap();
    let mut bomb = styles.1.clone();
    bomb.truncate(bomb.len() - "</styleSheet>".len());
    bomb.extend(std::iter::repeat_n(b' ', 100 << 20));
    bomb.extend(b"</styleSheet>");
    styles.1 = bomb;
    let mut bytes = rezip(&entries);
    assert!(bytes.len() < 2 << 20, "{}", bytes.len());
    let r = check_bytes(dir.path(), "bomb.xlsx", &bytes, 10);
    assert_refused(&r, &["部件xl/styles.xml", "100MB", "上限64MB"]);
    patch_declared_size(&mut bytes, "xl/styles.xml", 1024);
    let r = check_bytes(dir.path(), "lying.xlsx", &bytes, 10);
    assert_refused(&r, &["损坏"]);
}

#[test]
fn a_huge_shared_string_table_is_refused_by_name() {
    // ~160 MB of shared strings, honestly compressed and declared:
    // refused before calamine loads the table (limit 100 MB).
    let dir = tmp();
    let mut entries = unzip(&valid_bytes());
    let sst = entries
        .iter_mut()
        .find(|(n, _)| n == "xl/sharedStrings.xml")
        .unwrap();
    let text = String::from_utf8(sst.1.clone()).unwrap();
    let end = text.rfind("</sst>").unwrap();
    let one = "<si><t>昆山市企业服务热线工单办理情况记录</t></si>".repeat(1000);
    let mut big = text.as_bytes()[..end].to_vec();
    while big.len() < 160 << 20 {
        big.extend_from_slice(one.as_bytes());
    }
    big.extend_from_slice(b"</sst>");
    sst.1 = big;
    let bytes = rezip(&entries);
    let r = check_bytes(dir.path(), "sst.xlsx", &bytes, 10);
    assert_refused(
        &r,
        &["共享字符串表", "xl/sharedStrings.xml", "160MB", "上限100MB"],
    );
}

#[test]
fn a_dimension_claiming_the_whole_grid_costs_nothing() {
    // Every sheet's <dimension> says A1:XFD1048576 (16,384 × 1,048,576
    // cells); the cells are streamed, the claim is never allocated: the
    // ledger reads as valid, quickly.
    let dir = tmp();
    let entries: Vec<(String, Vec<u8>)> = unzip(&valid_bytes())
        .into_iter()
        .map(|(n, d)| {
            if !n.starts_with("xl/worksheets/sheet") {
                return (n, d);
            }
            let x = String::from_utf8(d).unwrap();
            let at = x.find("<dimension ref=\"").unwrap() + 16;
            let end = at + x[at..].find('"').unwrap();
            (
                n,
                format!("{}A1:XFD1048576{}", &x[..at], &x[end..]).into_bytes(),
            )
        })
        .collect();
    let r = check_bytes(dir.path(), "claims.xlsx", &rezip(&entries), 10);
    assert_eq!(r.0, 0, "{}", r.2);
    assert!(r.1.contains("没有错误"), "{}", r.1);
}

/// The offsets of the BIFF Dimensions records (type 0x0200, 14 bytes) in
/// an .xls.
fn xls_dimensions(bytes: &[u8]) -> Vec<usize> {
    bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == [0x00, 0x02, 0x0e, 0x00])
        .map(|(i, _)| i + 4)
        .collect()
}

#[test]
fn an_xls_sheet_claiming_a_million_rows_by_16k_columns_is_refused() {
    // fixtures/full.xls with one sheet's Dimensions record patched to
    // rows 0..1,048,576 × columns 0..16,384: calamine would reserve the
    // claim (17 billion cells) and abort; it is refused first.
    let dir = tmp();
    let orig = std::fs::read(fixture("full.xls")).unwrap();
    let dims = xls_dimensions(&orig);
    assert!(dims.len() >= 15, "{}", dims.len());
    let mut bytes = orig.clone();
    let at = dims[3];
    bytes[at..at + 4].copy_from_slice(&0u32.to_le_bytes());
    bytes[at + 4..at + 8].copy_from_slice(&1_048_576u32.to_le_bytes());
    bytes[at + 8..at + 10].copy_from_slice(&0u16.to_le_bytes());
    bytes[at + 10..at + 12].copy_from_slice(&16_384u16.to_le_bytes());
    let r = check_bytes(dir.path(), "claims.xls", &bytes, 10);
    // 1,048,576 × 16,384 = 17,179,869,184.
    assert_refused(&r, &["单元格区域过大", "17179869184", "上限3000000"]);
    // First row after the last: calamine would subtract with overflow.
    let mut bytes = orig.clone();
    bytes[at..at + 4].copy_from_slice(&5u32.to_le_bytes());
    bytes[at + 4..at + 8].copy_from_slice(&2u32.to_le_bytes());
    let r = check_bytes(dir.path(), "inverted.xls", &bytes, 10);
    assert_refused(&r, &["损坏"]);
}

/// fixtures/full.ods with `table` added as one more sheet.
fn ods_with_table(table: &str) -> Vec<u8> {
    let entries: Vec<(String, Vec<u8>)> = unzip(&std::fs::read(fixture("full.ods")).unwrap())
        .into_iter()
        .map(|(n, d)| {
            if n != "content.xml" {
                return (n, d);
            }
            let x = String::from_utf8(d).unwrap();
            let at = x.rfind("</office:spreadsheet>").unwrap();
            (n, format!("{}{table}{}", &x[..at], &x[at..]).into_bytes())
        })
        .collect();
    // mimetype first and stored, as ODF wants.
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in &entries {
        let method = if name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let opts = zip::write::SimpleFileOptions::default().compression_method(method);
        w.start_file(name.as_str(), opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn ods_repeats_are_bounded() {
    let dir = tmp();
    // A well-formed extra table checks as before (other sheets are ignored).
    let ok = ods_with_table(
        r#"<table:table table:name="备注"><table:table-row><table:table-cell office:value-type="string"><text:p>说明</text:p></table:table-cell></table:table-row></table:table>"#,
    );
    let r = check_bytes(dir.path(), "ok.ods", &ok, 10);
    assert_eq!(r.0, 0, "{}", r.2);
    // 2,000 rows × 16,384 repeated numbers: 32.8 million cells that
    // calamine would build densely (about 1.8 GB).
    let bomb = ods_with_table(
        r#"<table:table table:name="炸弹"><table:table-row table:number-rows-repeated="2000"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row></table:table>"#,
    );
    let r = check_bytes(dir.path(), "rows.ods", &bomb, 10);
    assert_refused(&r, &["单元格区域过大", "上限3000000"]);
    // Two billion spaces in one cell.
    let spaces = ods_with_table(
        r#"<table:table table:name="炸弹"><table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row></table:table>"#,
    );
    let r = check_bytes(dir.path(), "spaces.ods", &spaces, 10);
    assert_refused(&r, &["单元格内容超过"]);
}

// ---------------------------------------------------------------------------
// Cells as people leave them

#[test]
fn formula_cells_hidden_rows_and_columns_read_as_values() {
    // fixtures/formulas.xlsx (recalculated and saved by LibreOffice):
    // 信息报送 row 2 has 日期 =DATE(2017,3,5) and 录用 =IF(1>0,"是","否");
    // row 3 is hidden and its 日期 =DATE(2016,12,31) is outside 2017;
    // column C (标题) is hidden. 满意度调查: 周庄镇's 得分 is =45*2 and its
    // name has trailing spaces; 锦溪镇's 得分 is the text "88 ". 工作总结:
    // 单位 "周庄镇 ", 季度 the text "2".
    let (code, out, err) = check(&fixture("formulas.xlsx"));
    assert_eq!(code, 0, "{err}");
    // The hidden row is data: read, dated by its formula, left out of 2017.
    assert!(err.contains("信息报送：1行不在2017年，不计入"), "{err}");
    let line = |sheet: &str| {
        out.lines()
            .find(|l| l.starts_with(sheet))
            .unwrap_or_default()
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
    };
    assert_eq!(line("信息报送"), ["2", "1"], "{out}");
    assert_eq!(line("工作总结"), ["1", "0"], "{out}");
    assert_eq!(line("满意度调查"), ["51", "0"], "{out}");
}

#[test]
fn formula_error_values_are_errors_with_their_place() {
    // fixtures/formula-errors.xlsx: 信息报送!B2 =NA() (#N/A in 日期),
    // 督查!C2 =1/0 (#DIV/0! in 得分), 满意度调查!C3 a formula to a deleted
    // cell (#REF! in 得分); 例会!E2 =NA() in the extra column 备注 is
    // ignored.
    let p = fixture("formula-errors.xlsx");
    assert_error(&p, "信息报送!B2", &["日期", "#N/A", "公式出错"]);
    assert_error(&p, "督查!C2", &["得分", "#DIV/0!"]);
    assert_error(&p, "满意度调查!C3", &["得分", "#REF!"]);
    let (_, _, err) = check(&p);
    assert!(err.contains("错误（3处）"), "{err}");
    // 例会's 备注 is only noted as ignored.
    assert!(!err.contains("例会!"), "{err}");
    assert!(err.contains("例会：忽略的列：备注（E1）"), "{err}");
}

#[test]
fn merged_title_row_above_the_header_is_an_error() {
    // fixtures/merged-title.xlsx: 例会 has "2017年度区镇企业服务例会台账"
    // merged over A1:D1 and its header in row 2.
    assert_error(
        &fixture("merged-title.xlsx"),
        "例会!1",
        &["表头必须在第1行", "第2行", "标题行"],
    );
}

#[test]
fn trailing_spaces_and_numbers_as_text() {
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "督查",
            &[
                ("单位", s("周庄镇\u{3000} ")),
                ("季度", s(" 2 ")),
                ("得分", s("1.5 ")),
                ("有台账记录", s("是 ")),
                ("有汇报材料", s(" 否")),
            ],
        )
        .row(
            "热线工单",
            &[
                ("工单编号", n(1024.0)),
                ("承办单位", s(" 周庄镇")),
                ("转办日期", s("2017-03-01 ")),
                ("办理时限", s(" 2017/3/10")),
                ("办结日期", s("2017年3月5日 ")),
            ],
        )
        .row(
            "热线工单",
            &[
                ("工单编号", s("1024 ")),
                ("承办单位", s("周庄镇")),
                ("转办日期", s("2017-03-02")),
                ("办理时限", s("2017-03-10")),
            ],
        );
    let p = save(&t, dir.path());
    // The numeric id 1024 and the text "1024 " are the same case id: the
    // later row (3) is the duplicate (named at its unit, B3); nothing else
    // is wrong.
    assert_error(&p, "热线工单!B3", &["重复", "第2行"]);
    let (_, _, err) = check(&p);
    assert!(err.contains("错误（1处）"), "{err}");
}

#[test]
fn a_date_formatted_huge_number_is_a_date_error_not_a_crash() {
    // 信息报送!B2 holds a real date (2017-03-05, serial 42799, formatted
    // yyyy-mm-dd); its value is then set to 1e300 and to -5 in B3 (same
    // format). calamine's date conversion panicked on 1e300 (found by the
    // fuzz target on an .xls, fixtures/fuzz/date-huge-serial.xls); both
    // are now numbers outside 1990–2100: an error with the place.
    let dir = tmp();
    let t = TestLedger::valid()
        .row(
            "信息报送",
            &[
                ("单位", s("周庄镇")),
                ("日期", d(2017, 3, 5)),
                ("录用", s("是")),
            ],
        )
        .row(
            "信息报送",
            &[
                ("单位", s("周庄镇")),
                ("日期", d(2017, 3, 6)),
                ("录用", s("是")),
            ],
        );
    let mut entries = unzip(&std::fs::read(save(&t, dir.path())).unwrap());
    let part = sheet_part(&entries, "信息报送");
    let sheet = entries.iter_mut().find(|(n, _)| *n == part).unwrap();
    let x = String::from_utf8(sheet.1.clone()).unwrap();
    assert!(
        x.contains("<v>42799</v>") && x.contains("<v>42800</v>"),
        "{x}"
    );
    sheet.1 = x
        .replace("<v>42799</v>", "<v>1e300</v>")
        .replace("<v>42800</v>", "<v>-5</v>")
        .into_bytes();
    let p = dir.path().join("huge.xlsx");
    std::fs::write(&p, rezip(&entries)).unwrap();
    assert_error(&p, "信息报送!B2", &["日期", "不是1990–2100年间的Excel日期"]);
    assert_error(&p, "信息报送!B3", &["日期", "-5"]);
    let (_, _, err) = check(&p);
    assert!(!err.contains("技术信息"), "{err}");
}

#[test]
fn a_pasted_essay_is_shown_by_its_start() {
    // 5,000 characters pasted into a date cell: the error shows the first
    // 80 and the length, not the whole text.
    let dir = tmp();
    let essay = "企".repeat(5000);
    let t = TestLedger::valid().row(
        "信息报送",
        &[
            ("单位", s("周庄镇")),
            ("日期", s(&essay)),
            ("录用", s("是")),
        ],
    );
    let p = save(&t, dir.path());
    let shown = format!("值「{}……（共5000字）」", "企".repeat(80));
    assert_error(&p, "信息报送!B2", &["日期", &shown]);
    let (_, _, err) = check(&p);
    assert!(err.len() < 2000, "{}", err.len());
}

// ---------------------------------------------------------------------------
// Nothing lost

fn sha256(p: &Path) -> String {
    ksfk::ledger::sha256_hex(&std::fs::read(p).unwrap())
}

#[test]
fn no_command_ever_writes_the_ledger() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let l = p.to_str().unwrap();
    let before = sha256(&p);
    let d = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let runs: Vec<Vec<String>> = vec![
        vec!["check".into(), l.into(), "--year".into(), "2017".into()],
        vec![
            "check".into(),
            l.into(),
            "--year".into(),
            "2017".into(),
            "--strict".into(),
        ],
        vec![
            "score".into(),
            l.into(),
            "--year".into(),
            "2017".into(),
            "--json".into(),
            d("r.json"),
            "--per-unit".into(),
            d("units"),
        ],
        // Again over existing outputs, with --force.
        vec![
            "score".into(),
            l.into(),
            "--year".into(),
            "2017".into(),
            "--json".into(),
            d("r.json"),
            "--per-unit".into(),
            d("units"),
            "--force".into(),
        ],
        // The ledger as the output: refused (exit 2), untouched.
        vec![
            "score".into(),
            l.into(),
            "--year".into(),
            "2017".into(),
            "-o".into(),
            l.into(),
            "--force".into(),
        ],
        vec![
            "score".into(),
            l.into(),
            "--year".into(),
            "2017".into(),
            "--json".into(),
            l.into(),
            "--force".into(),
        ],
        vec![
            "explain".into(),
            l.into(),
            "--year".into(),
            "2017".into(),
            "--unit".into(),
            "周庄镇".into(),
        ],
        vec!["template".into(), "-o".into(), d("空白.xlsx")],
        // An existing file (the ledger) is not overwritten without --force.
        vec!["template".into(), "-o".into(), l.into()],
    ];
    let mut codes = Vec::new();
    for args in &runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _, err) = run(&args);
        codes.push(code);
        assert_eq!(sha256(&p), before, "{args:?} changed the ledger: {err}");
    }
    assert_eq!(codes, [0, 0, 0, 0, 2, 2, 0, 0, 2]);
}

#[test]
fn an_interrupted_run_leaves_no_temporary_file_and_no_output() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("result.xlsx");
    let json = out_dir.join("result.json");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ksfk"))
        .args(["score", p.to_str().unwrap(), "--year", "2017", "-o"])
        .arg(&out)
        .arg("--json")
        .arg(&json)
        .env("KSFK_TEST_PAUSE_BEFORE_RENAME_MS", "5000")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let temps = || -> Vec<String> {
        std::fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.') && n.contains(".ksfk-") && n.ends_with(".tmp"))
            .collect()
    };
    let start = Instant::now();
    // Both temporary files are written before the pause.
    while temps().len() < 2 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no temporary files"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let kill = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(130), "{err}");
    assert!(err.contains("已中断"), "{err}");
    assert_eq!(temps(), Vec::<String>::new());
    assert!(!out.exists() && !json.exists());
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 0);
}

#[test]
fn output_into_a_missing_or_read_only_folder_is_an_io_error() {
    let dir = tmp();
    let p = save(&TestLedger::valid(), dir.path());
    let l = p.to_str().unwrap();
    let missing = dir.path().join("没有这个文件夹").join("结果.xlsx");
    // Tests run as root, whom permissions do not stop: /proc and /sys are
    // read-only file systems.
    for (flag, target) in [
        ("-o", missing.to_str().unwrap()),
        ("-o", "/proc/ksfk-out.xlsx"),
        ("--json", "/proc/ksfk-out.json"),
        ("--per-unit", "/sys/ksfk-units"),
    ] {
        let o = dir.path().join("ok.xlsx");
        let mut args = vec!["score", l, "--year", "2017", flag, target];
        if flag != "-o" {
            args.extend(["-o", o.to_str().unwrap()]);
        }
        let (code, _, err) = run(&args);
        assert_eq!(code, 3, "{flag} {target}: {err}");
        assert!(err.contains("无法写入"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(!o.exists(), "nothing is written when one output fails");
    }
    let (code, _, err) = run(&["template", "-o", "/proc/ksfk-template.xlsx"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("无法写入"), "{err}");
    // Only the ledger is left.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

// ---------------------------------------------------------------------------
// Mutations of valid ledgers (a small, deterministic fuzz that always runs)

/// The message of a panic that `read_bytes` caught, if one was.
fn caught_panic(r: &Result<ksfk::ledger::ReadLedger, ksfk::ledger::LedgerError>) -> Option<&str> {
    match r {
        Err(ksfk::ledger::LedgerError::Format { message, .. })
            if message.starts_with(ksfk::ledger::PANIC_MESSAGE) =>
        {
            Some(message)
        }
        _ => None,
    }
}

#[test]
fn mutated_ledgers_never_panic() {
    let seeds: Vec<Vec<u8>> = [
        "fuzz/seeds/ledger/seed-min.xlsx",
        "fuzz/seeds/ledger/seed-lo.xlsx",
        "fuzz/seeds/ledger/seed-min.xls",
        "fuzz/seeds/ledger/seed-min.ods",
    ]
    .iter()
    .map(|p| std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(p)).unwrap())
    .collect();
    for s in &seeds {
        assert!(ksfk::ledger::read_bytes(s.clone(), Some(2017)).is_ok());
    }
    // xorshift: the same mutations on every run.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let start = Instant::now();
    let mut tried = 0;
    let mut in_calamine = 0;
    for round in 0..400 {
        let mut b = seeds[round % seeds.len()].clone();
        match next() % 4 {
            0 => b.truncate((next() as usize) % b.len()),
            1 => {
                for _ in 0..1 + next() % 8 {
                    let i = (next() as usize) % b.len();
                    b[i] = next() as u8;
                }
            }
            2 => {
                let i = (next() as usize) % b.len();
                let n = ((next() as usize) % 64).min(b.len() - i);
                b.drain(i..i + n);
            }
            _ => {
                // An interesting number over 4 bytes (sizes, counts, ids).
                let i = (next() as usize) % (b.len() - 4);
                let v: u32 = [0, 1, 0x7FFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFE, 65_535, 1 << 20]
                    [(next() % 7) as usize];
                b[i..i + 4].copy_from_slice(&v.to_le_bytes());
            }
        }
        let r = ksfk::ledger::read_bytes(b, Some(2017));
        // A panic inside calamine (an upstream bug: short records read
        // with unchecked slicing) is caught and reported as a damaged
        // file; one in ksfk's own code is a failure.
        if let Some(m) = caught_panic(&r) {
            assert!(m.contains("技术信息：calamine"), "round {round}: {m}");
            in_calamine += 1;
        }
        tried += 1;
    }
    assert_eq!(tried, 400);
    eprintln!("{in_calamine} of 400 mutations: a caught panic in calamine");
    assert!(in_calamine < 40, "{in_calamine} caught calamine panics");
    assert!(start.elapsed() < Duration::from_secs(120));
}

// ---------------------------------------------------------------------------
// What the fuzz targets found (fixtures/fuzz/, one file per finding)

#[test]
fn fuzz_findings_end_in_a_clear_error() {
    // calamine-xlsb-bundlesh.xlsb (fuzz target `ledger`): an .xlsb whose
    // workbook.bin has a BrtBundleSh record shorter than the relationship
    // id it declares; calamine 0.38 slices past the record
    // (xlsb/mod.rs:309) and panics. ksfk catches it: exit 1, a clear
    // message, no panic printed.
    // cfb-sector-past-end.xls, cfb-partial-fat-sector.xls (the mutation
    // test below, rounds 106 and 118): truncated .xls files whose sector
    // tables point past the end, or end inside a sector id; calamine
    // panicked in cfb.rs:320 and utils.rs:29; `bounds` refuses both first.
    let dir = fixture("fuzz");
    let mut seen = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let start = Instant::now();
        let (code, _, err) = check(&p);
        assert_eq!(code, 1, "{}: {err}", p.display());
        assert!(!err.contains("panicked"), "{}: {err}", p.display());
        assert!(
            err.contains("损坏")
                || err.contains("不是Excel工作簿")
                || err.contains("上限")
                || err.contains("错误（"),
            "{}: {err}",
            p.display()
        );
        assert!(start.elapsed() < Duration::from_secs(10), "{}", p.display());
        seen += 1;
    }
    assert!(seen >= 1);
    let (_, _, err) = check(&dir.join("calamine-xlsb-bundlesh.xlsb"));
    assert!(err.contains(ksfk::ledger::PANIC_MESSAGE), "{err}");
    assert!(
        err.contains("技术信息：calamine src/xlsb/mod.rs:309"),
        "{err}"
    );
    let (_, _, err) = check(&dir.join("cfb-sector-past-end.xls"));
    assert!(err.contains("文件已损坏：扇区超出文件末尾"), "{err}");
    let (_, _, err) = check(&dir.join("cfb-partial-fat-sector.xls"));
    assert!(err.contains("文件已损坏：扇区不完整"), "{err}");
    // date-huge-serial.xls (fuzz target `ledger`): seed-min.xls with a
    // date-formatted number near 1e300 (chrono panicked in calamine's date
    // conversion): now read as a number and refused as a date with its
    // place, no caught panic.
    // header-far-column.xlsb (fuzz target `ledger`): seed-min.xlsb whose
    // 热线工单 header has a known column name at column ~1.65 billion; the
    // reader sized its column map by it (26 GB, an abort): now a short
    // list. The file's other damage is reported as usual.
    let (code, _, err) = check(&dir.join("header-far-column.xlsb"));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("错误（"), "{err}");
    let (_, _, err) = check(&dir.join("date-huge-serial.xls"));
    assert!(!err.contains(ksfk::ledger::PANIC_MESSAGE), "{err}");
    assert!(err.contains("错误（"), "{err}");
}
