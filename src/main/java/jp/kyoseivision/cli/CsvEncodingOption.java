package jp.kyoseivision.cli;

import jp.kyoseivision.text.CsvEncoding;
import picocli.CommandLine.Option;

/** {@code --encoding utf-8|cp932}: the encoding of a CSV written to a file (UTF-8 with BOM unless asked). */
final class CsvEncodingOption {
    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "utf-8",
            description = "CSV encoding: utf-8 (with BOM, default) or cp932 (Shift_JIS, for older Excel)")
    String name = "utf-8";

    CsvEncoding get() {
        return CsvEncoding.parse(name);
    }
}
