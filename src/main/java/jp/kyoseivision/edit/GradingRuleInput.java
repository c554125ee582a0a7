package jp.kyoseivision.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyoseivision.model.GradeBand;
import jp.kyoseivision.model.GradingRule;
import jp.kyoseivision.model.RatioBasis;
import jp.kyoseivision.text.LocalizedException;

/**
 * A grading rule as an officer types it in 評価基準…: the basis and rows of grade letter, label and lower bound in
 * percent. Checked whole before anything is saved: each letter one of A–Z (full-width and lower case are read) and
 * used once, a label, a bound that is a number from 0 to 1,000 and not another band's, and one band from 0 % so
 * that every ratio has a grade. A row left wholly empty is skipped.
 */
public final class GradingRuleInput {
    /** The 共生ビジョン's rule (seed 000: A 達成 100 % / B 概ね達成 80 % / C ある程度達成 50 % / D 未達成), to start from. */
    public static final GradingRule VISION = new GradingRule(RatioBasis.ACTUAL_OVER_TARGET, List.of(
            new GradeBand("A", "達成", BigDecimal.valueOf(100)), new GradeBand("B", "概ね達成", BigDecimal.valueOf(80)),
            new GradeBand("C", "ある程度達成", BigDecimal.valueOf(50)), new GradeBand("D", "未達成", BigDecimal.ZERO)));

    private static final BigDecimal MAX = BigDecimal.valueOf(1000);

    /** One row as typed. */
    public record Band(String grade, String label, String minPercent) {
        boolean blank() {
            return isBlank(grade) && isBlank(label) && isBlank(minPercent);
        }
    }

    private GradingRuleInput() {
    }

    /** The rule the rows describe; a {@link LocalizedException} names the first row and what is wrong with it. */
    public static GradingRule parse(RatioBasis basis, List<Band> rows) {
        List<GradeBand> bands = new ArrayList<>();
        Map<String, Integer> letters = new HashMap<>();
        Map<BigDecimal, Integer> bounds = new HashMap<>();
        int row = 0;
        for (Band b : rows) {
            row++;
            if (b.blank()) {
                continue;
            }
            String g = InputParsers.normalize(b.grade()).toUpperCase(Locale.ROOT);
            if (!(g.length() == 1 && g.charAt(0) >= 'A' && g.charAt(0) <= 'Z')) {
                throw new LocalizedException("grading.input.badGrade", row, b.grade() == null ? "" : b.grade().strip());
            }
            Integer first = letters.putIfAbsent(g, row);
            if (first != null) {
                throw new LocalizedException("grading.input.duplicateGrade", row, g, first);
            }
            String label = b.label() == null ? "" : b.label().strip();
            if (label.isEmpty()) {
                throw new LocalizedException("grading.input.noLabel", row, g);
            }
            if (label.contains("\n") || label.length() > 40) {
                throw new LocalizedException("grading.input.longLabel", row, g);
            }
            BigDecimal min;
            try {
                min = InputParsers.decimal(b.minPercent() == null ? "" : b.minPercent());
            } catch (LocalizedException e) {
                throw new LocalizedException("grading.input.badPercent", row, g,
                        b.minPercent() == null ? "" : b.minPercent().strip());
            }
            if (min == null) {
                throw new LocalizedException("grading.input.noPercent", row, g);
            }
            if (min.signum() < 0 || min.compareTo(MAX) > 0) {
                throw new LocalizedException("grading.input.percentRange", row, g, min.toPlainString());
            }
            min = min.stripTrailingZeros();
            if (min.scale() < 0) {
                min = min.setScale(0);
            }
            Integer same = bounds.putIfAbsent(min, row);
            if (same != null) {
                throw new LocalizedException("grading.input.samePercent", row, g, same);
            }
            bands.add(new GradeBand(g, label, min));
        }
        if (bands.isEmpty()) {
            throw new LocalizedException("grading.input.noBands");
        }
        if (bands.stream().noneMatch(b -> b.minPercent().signum() == 0)) {
            throw new LocalizedException("grading.input.noZero");
        }
        return new GradingRule(basis, bands);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
