package jp.kyoseivision.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kyoseivision.text.LocalizedException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of an .xlsx read as a stream of XML events (POI's event API, {@link XSSFReader}), never as a whole
 * workbook in memory: a sheet is refused as soon as a row past the limit appears, so a small file whose sheet claims
 * millions of rows costs milliseconds, not gigabytes. A formula cell whose workbook was saved without its computed
 * value (written by a program, not by Excel) is refused with its address (C5) — it is never read as 0 or as empty.
 */
final class XlsxSheets {
    private XlsxSheets() {
    }

    static List<RawTable> read(byte[] bytes, int maxRows, int maxColumns)
            throws IOException, OpenXML4JException, SAXException, javax.xml.parsers.ParserConfigurationException {
        List<RawTable> tables = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    SheetHandler h = new SheetHandler(strings, styles, maxRows, maxColumns);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(h);
                    try {
                        xml.parse(new InputSource(in));
                    } catch (Refused e) {
                        throw e.reason;
                    }
                    tables.add(new RawTable(sheets.getSheetName(), h.rows));
                }
            }
        }
        return tables;
    }

    /** Stops the parse at once with the reason to show. */
    private static final class Refused extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient LocalizedException reason;

        Refused(LocalizedException reason) {
            super(reason.key());
            this.reason = reason;
        }
    }

    /** Collects the cells of one sheet's XML ({@code <row r><c r t s><f/><v/><is><t/></is></c></row>}). */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;
        private final int maxColumns;
        private final DataFormatter shown = new DataFormatter(Locale.JAPAN);
        final List<List<String>> rows = new ArrayList<>();
        private List<String> row;
        private int rowIndex = -1;
        private int column;
        private String ref;
        private String type;
        private String style;
        private boolean formula;
        private final StringBuilder formulaText = new StringBuilder();
        private final StringBuilder value = new StringBuilder();
        private boolean hasValue;
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows, int maxColumns) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
            this.maxColumns = maxColumns;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    int index = r == null ? rowIndex + 1 : parseRow(r);
                    if (index >= maxRows) {
                        throw new Refused(new LocalizedException("budget.file.tooManyRows", maxRows));
                    }
                    while (rows.size() < index) {
                        rows.add(new ArrayList<>());
                    }
                    rowIndex = index;
                    row = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    ref = a.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = a.getValue("t");
                    style = a.getValue("s");
                    formula = false;
                    formulaText.setLength(0);
                    value.setLength(0);
                    hasValue = false;
                }
                case "f" -> {
                    formula = true;
                    inFormula = true;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                default -> {
                    // sheet properties, merged cells, drawings …: not part of the table
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            } else if (inFormula && formulaText.length() < 200) {
                formulaText.append(ch, start, Math.min(length, 200));
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inInlineText = false;
                case "c" -> cell();
                case "row" -> {
                    if (row != null) {
                        rows.add(row);
                    }
                    row = null;
                }
                default -> {
                    // nothing to do
                }
            }
        }

        private void cell() throws Refused {
            if (row == null) {
                return;
            }
            String address = ref != null ? ref : new CellReference(rowIndex, column).formatAsString();
            if (formula && (!hasValue || value.length() == 0 && !"str".equals(type))) {
                throw new Refused(new LocalizedException("budget.xlsx.formulaNoValue", address,
                        "=" + formulaText.toString().strip()));
            }
            if (column < 0 || column >= maxColumns) {
                return;
            }
            while (row.size() < column) {
                row.add("");
            }
            row.add(text());
        }

        private String text() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                if (v.isEmpty()) {
                    return "";
                }
                double d = Double.parseDouble(v);
                XSSFCellStyle st = style == null || styles == null ? null : styles.getStyleAt(Integer.parseInt(style));
                if (st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString())
                        && DateUtil.isValidExcelDate(d)) {
                    return shown.formatRawCellContents(d, st.getDataFormat(), st.getDataFormatString());
                }
                return XlsxReader.number(d);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(v.strip())).getString();
                case "b" -> "1".equals(v.strip()) ? "TRUE" : "FALSE";
                case "e" -> v;
                default -> v; // str (a formula's text result), inlineStr, d (ISO date as written)
            };
        }

        private static int parseRow(String r) {
            // the row number as Excel shows it (1-based); absurd values are simply "too many rows"
            try {
                return Integer.parseInt(r.strip()) - 1;
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
    }
}
