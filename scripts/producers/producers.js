// The JavaScript producers of the matrix (scripts/producers.py): writes the
// ledger given as a model file (JSON, see producers.py) with SheetJS (the
// `xlsx` package: .xlsx, .xlsb, .xls BIFF8/5/4/2, .ods and the forms
// exported under an .xls name), ExcelJS, excel4node or xlsx-populate
// (.xlsx), as web systems exporting in the browser or in Node do. Run with
// TZ=UTC: the libraries turn a Date into a serial through local time.
//
//   node producers.js sheetjs BOOKTYPE MODEL OUT [compress] [sst]
//   node producers.js exceljs|excel4node|xlsx-populate xlsx MODEL OUT
//
// SheetJS stores zip entries uncompressed unless told (`compress`, used for
// the committed fixtures only: web exports are written the default way),
// and text in the cells unless told to use a shared-string table (`sst`).
"use strict";
const fs = require("fs");

const [which, bookType, modelPath, out, ...options] = process.argv.slice(2);
const model = JSON.parse(fs.readFileSync(modelPath, "utf8"));

function value(c) {
  if (c === null) return null;
  if (typeof c === "object" && "d" in c) {
    const [y, m, d] = c.d.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  if (typeof c === "object" && "b" in c) return c.b;
  return c;
}

async function exceljs() {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        const v = value(c);
        if (v === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    });
  }
  await wb.xlsx.writeFile(out);
}

function sheetjs() {
  const XLSX = require("xlsx");
  const wb = XLSX.utils.book_new();
  for (const sheet of model.sheets) {
    const ws = {};
    let maxR = 0;
    let maxC = 0;
    sheet.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        const v = value(c);
        if (v === null) return;
        const ref = XLSX.utils.encode_cell({ r, c: col });
        if (v instanceof Date) ws[ref] = { t: "d", v, z: "yyyy-mm-dd" };
        else if (typeof v === "number") ws[ref] = { t: "n", v };
        else if (typeof v === "boolean") ws[ref] = { t: "b", v };
        else ws[ref] = { t: "s", v };
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, col);
      });
    });
    ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  XLSX.writeFile(wb, out, {
    bookType,
    cellDates: true,
    compression: options.includes("compress"),
    bookSST: options.includes("sst"),
  });
}

function excel4node() {
  const xl = require("excel4node");
  const wb = new xl.Workbook();
  const dates = wb.createStyle({ numberFormat: "yyyy-mm-dd" });
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        const v = value(c);
        if (v === null) return;
        const cell = ws.cell(r + 1, col + 1);
        if (v instanceof Date) cell.date(v).style(dates);
        else if (typeof v === "number") cell.number(v);
        else if (typeof v === "boolean") cell.bool(v);
        else cell.string(v);
      });
    });
  }
  return new Promise((resolve, reject) => wb.write(out, (e) => (e ? reject(e) : resolve())));
}

async function xlsxPopulate() {
  const XlsxPopulate = require("xlsx-populate");
  const wb = await XlsxPopulate.fromBlankAsync();
  model.sheets.forEach((sheet, i) => {
    const ws = i === 0 ? wb.sheet(0).name(sheet.name) : wb.addSheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        const v = value(c);
        if (v === null) return;
        const cell = ws.cell(r + 1, col + 1).value(v);
        if (v instanceof Date) cell.style("numberFormat", "yyyy-mm-dd");
      });
    });
  });
  await wb.toFileAsync(out);
}

const producers = { sheetjs, exceljs, excel4node, "xlsx-populate": xlsxPopulate };
Promise.resolve(producers[which]()).catch((e) => {
  console.error(e);
  process.exit(1);
});
