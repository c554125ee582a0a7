package jp.kyoseivision.importer;

import java.io.IOException;
import java.util.function.UnaryOperator;

/** Workbooks edited at the XML level, for tests that need what Excel never writes. */
public final class XlsxTestFiles {
    private XlsxTestFiles() {
    }

    /** The workbook with its first sheet's XML passed through {@code edit}. */
    public static byte[] editSheet(byte[] xlsx, UnaryOperator<String> edit) throws IOException {
        return XlsxStreamingTest.editSheet(xlsx, edit);
    }
}
