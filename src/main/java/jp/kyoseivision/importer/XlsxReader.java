package jp.kyoseivision.importer;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.kyoseivision.text.LocalizedException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The sheets of an Excel workbook (.xlsx streamed, also the older .xls) as text cells, read with Apache POI. Numbers
 * are written out exactly (48221, 12.5), formulas give their last computed value (one without a saved value is
 * refused with its cell address), dates their displayed text. A file POI cannot read, for whatever reason, is refused
 * with one message.
 */
final class XlsxReader {
    private static final int MAX_COLUMNS = 200;

    private XlsxReader() {
    }

    static List<RawTable> read(byte[] bytes, int maxRows) {
        boolean ole2 = bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF;
        try {
            return ole2 ? readXls(bytes, maxRows) : XlsxSheets.read(bytes, maxRows, MAX_COLUMNS);
        } catch (LocalizedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new LocalizedException(e, "budget.file.encrypted");
        } catch (Exception | StackOverflowError e) {
            // POI signals broken packages with many exception types (IOException, POIXMLException,
            // NotOfficeXmlFileException, RecordFormatException, SAXException, IllegalArgumentException …): all mean
            // the same here
            if (e.getCause() instanceof EncryptedDocumentException) {
                throw new LocalizedException(e, "budget.file.encrypted");
            }
            throw new LocalizedException(e, "budget.file.brokenXlsx", shortReason(e));
        }
    }

    /**
     * The old binary format (.xls), read whole with POI's user model: a .xls holds at most 65,536 rows and the file
     * is at most 20 MB, so its size is bounded by the format. (.xlsx is streamed: {@link XlsxSheets}.)
     */
    private static List<RawTable> readXls(byte[] bytes, int maxRows) throws java.io.IOException {
        List<RawTable> tables = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter shown = new DataFormatter(java.util.Locale.JAPAN);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                if (sheet.getLastRowNum() + 1 > maxRows) {
                    throw new LocalizedException("budget.file.tooManyRows", maxRows);
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    int last = row == null ? 0 : Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum()));
                    for (int c = 0; c < last; c++) {
                        cells.add(text(row.getCell(c), shown));
                    }
                    rows.add(cells);
                }
                tables.add(new RawTable(sheet.getSheetName(), rows));
            }
        }
        return tables;
    }

    private static String shortReason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    static String text(Cell c, DataFormatter shown) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? shown.formatCellValue(c) : number(c.getNumericCellValue());
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            case ERROR -> errorText(c.getErrorCellValue());
            default -> "";
        };
    }

    /** 48221.0 → "48221", 12.5 → "12.5", -3.0 → "-3": the value the officer sees without grouping. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return String.valueOf(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
