package jp.kyoseivision.model;

/**
 * The result of a KPI in one fiscal year (実績値), as reported: the value (or a note), the grade the report
 * records beside the value ({@code recordedGrade}), the grade its overview table lists ({@code overviewGrade}; the
 * two can differ in a real report), and the narratives 進捗状況・成果 and 今後の取組等.
 */
public record KpiActual(int fy, KpiValue value, String recordedGrade, String overviewGrade, String progress,
        String nextSteps) {
    public KpiActual {
        Checks.fiscalYear(fy, "actual.fy");
        Checks.longText(progress, "actual.progress");
        Checks.longText(nextSteps, "actual.nextSteps");
        recordedGrade = grade(recordedGrade, "actual.recordedGrade");
        overviewGrade = grade(overviewGrade, "actual.overviewGrade");
        if (value == null && recordedGrade == null && overviewGrade == null && blank(progress) && blank(nextSteps)) {
            throw new ValidationException("model.actual.empty", String.valueOf(fy));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String grade(String g, String field) {
        if (g == null) {
            return null;
        }
        // one letter A–Z, without a regex (100,000 results at 10,000 cards are checked as a file is read)
        if (!(g.length() == 1 && g.charAt(0) >= 'A' && g.charAt(0) <= 'Z')) {
            throw new ValidationException("model.grade", field, g);
        }
        return g;
    }
}
