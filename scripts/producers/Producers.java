// The Java producers of the matrix (scripts/producers.py): writes the
// ledger given as a cells file (see producers.py, `write_cells`) with
// JExcelApi (jxl) or Apache POI (HSSF, XSSF, SXSSF), as the hotline system's
// exports do. Dates are written as dates, in UTC (run with
// -Duser.timezone=UTC).
//
//   java -cp ... Producers jxl|hssf|xssf|sxssf CELLS OUT
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class Producers {
    static final class Cell {
        int sheet, row, col;
        char type;
        String value;
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static Date date(String iso) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        String[] p = iso.split("-");
        c.set(Integer.parseInt(p[0]), Integer.parseInt(p[1]) - 1, Integer.parseInt(p[2]));
        return c.getTime();
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new FileInputStream(args[1]), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("S")) {
                    names.add(unescape(f[2]));
                } else {
                    Cell c = new Cell();
                    c.sheet = Integer.parseInt(f[1]);
                    c.row = Integer.parseInt(f[2]);
                    c.col = Integer.parseInt(f[3]);
                    c.type = f[4].charAt(0);
                    c.value = unescape(f[5]);
                    cells.add(c);
                }
            }
        }
        switch (args[0]) {
            case "jxl": jxl(names, cells, args[2]); break;
            case "hssf": poi(new org.apache.poi.hssf.usermodel.HSSFWorkbook(), names, cells, args[2]); break;
            case "xssf": poi(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), names, cells, args[2]); break;
            case "sxssf": poi(new org.apache.poi.xssf.streaming.SXSSFWorkbook(10), names, cells, args[2]); break;
            default: throw new IllegalArgumentException(args[0]);
        }
    }

    static void jxl(List<String> names, List<Cell> cells, String out) throws Exception {
        jxl.write.WritableWorkbook wb = jxl.Workbook.createWorkbook(new File(out));
        List<jxl.write.WritableSheet> sheets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            sheets.add(wb.createSheet(names.get(i), i));
        }
        jxl.write.WritableCellFormat dates =
                new jxl.write.WritableCellFormat(new jxl.write.DateFormat("yyyy-mm-dd"));
        for (Cell c : cells) {
            jxl.write.WritableSheet s = sheets.get(c.sheet);
            switch (c.type) {
                case 's': s.addCell(new jxl.write.Label(c.col, c.row, c.value)); break;
                case 'n': s.addCell(new jxl.write.Number(c.col, c.row, Double.parseDouble(c.value))); break;
                case 'b': s.addCell(new jxl.write.Boolean(c.col, c.row, c.value.equals("1"))); break;
                case 'd':
                    s.addCell(new jxl.write.DateTime(c.col, c.row, date(c.value), dates,
                            jxl.write.DateTime.GMT));
                    break;
                default: throw new IllegalArgumentException("type " + c.type);
            }
        }
        wb.write();
        wb.close();
    }

    static void poi(org.apache.poi.ss.usermodel.Workbook wb, List<String> names, List<Cell> cells,
            String out) throws Exception {
        List<org.apache.poi.ss.usermodel.Sheet> sheets = new ArrayList<>();
        for (String n : names) {
            sheets.add(wb.createSheet(n));
        }
        org.apache.poi.ss.usermodel.CellStyle dates = wb.createCellStyle();
        dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        // Rows in order (SXSSF streams them).
        Map<String, org.apache.poi.ss.usermodel.Row> rows = new HashMap<>();
        for (Cell c : cells) {
            org.apache.poi.ss.usermodel.Sheet s = sheets.get(c.sheet);
            String key = c.sheet + ":" + c.row;
            org.apache.poi.ss.usermodel.Row row = rows.get(key);
            if (row == null) {
                row = s.createRow(c.row);
                rows.put(key, row);
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c.col);
            switch (c.type) {
                case 's': cell.setCellValue(c.value); break;
                case 'n': cell.setCellValue(Double.parseDouble(c.value)); break;
                case 'b': cell.setCellValue(c.value.equals("1")); break;
                case 'd':
                    cell.setCellValue(date(c.value));
                    cell.setCellStyle(dates);
                    break;
                default: throw new IllegalArgumentException("type " + c.type);
            }
        }
        try (FileOutputStream f = new FileOutputStream(out)) {
            wb.write(f);
        }
        wb.close();
    }
}
