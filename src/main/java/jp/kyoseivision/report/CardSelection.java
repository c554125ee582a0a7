package jp.kyoseivision.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kyoseivision.text.LocalizedException;

/** Picks the cards to print: all, one policy area by name, or card numbers such as {@code 1,3-5}. */
public final class CardSelection {
    private CardSelection() {
    }

    /**
     * The cards of {@code all} (plan order) that are in {@code area} (when given) and whose numbers are in
     * {@code numbers} (when given), in plan order.
     *
     * @throws LocalizedException for a malformed list, an unknown number or area, or an empty result
     */
    public static List<MeasureSheets.Card> select(List<MeasureSheets.Card> all, String numbers, String area) {
        List<MeasureSheets.Card> out = new ArrayList<>(all);
        if (area != null && !area.isBlank()) {
            String a = area.strip();
            out.removeIf(c -> !c.areaName().equals(a) && !c.areaId().equals(a));
            if (out.isEmpty()) {
                String known = all.stream().map(MeasureSheets.Card::areaName).distinct().collect(Collectors.joining("、"));
                throw new LocalizedException("report.areaUnknown", a, known);
            }
        }
        if (numbers != null && !numbers.isBlank()) {
            Set<Integer> wanted = numbers(numbers);
            int max = all.stream().mapToInt(c -> c.measure().number()).max().orElse(0);
            Set<Integer> present = all.stream().map(c -> c.measure().number()).collect(Collectors.toSet());
            for (int n : wanted) {
                if (!present.contains(n)) {
                    throw new LocalizedException("report.cardUnknown", String.valueOf(n), String.valueOf(max));
                }
            }
            out.removeIf(c -> !wanted.contains(c.measure().number()));
        }
        if (out.isEmpty()) {
            throw new LocalizedException("report.noCards");
        }
        return out;
    }

    /** {@code 1,3-5} → 1, 3, 4, 5. */
    public static Set<Integer> numbers(String spec) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : spec.split("[,、，]")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-');
                if (dash > 0) {
                    int from = Integer.parseInt(p.substring(0, dash).strip());
                    int to = Integer.parseInt(p.substring(dash + 1).strip());
                    if (from < 1 || to < from || to - from > 10_000) {
                        throw new NumberFormatException(p);
                    }
                    for (int i = from; i <= to; i++) {
                        out.add(i);
                    }
                } else {
                    int n = Integer.parseInt(p);
                    if (n < 1) {
                        throw new NumberFormatException(p);
                    }
                    out.add(n);
                }
            } catch (NumberFormatException e) {
                throw new LocalizedException("cli.badCards", spec);
            }
        }
        return out;
    }
}
