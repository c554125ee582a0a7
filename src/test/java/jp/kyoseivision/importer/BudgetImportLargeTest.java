package jp.kyoseivision.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kyoseivision.cli.SyntheticSphere;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget table of thousands of cards (issue 16: each row's card was found by scanning every card) is matched row by
 * row to the right card, by number and name, and applied to every card it names.
 */
class BudgetImportLargeTest {
    @TempDir
    Path dir;

    @Test
    void threeThousandRowsReachTheirCards() throws Exception {
        Sphere s = SyntheticSphere.generate(3000, 1, 1, 4);
        List<Measure> cards = s.plans().get(0).current().orElseThrow().measures();
        assertThat(cards).hasSize(3000);
        StringBuilder csv = new StringBuilder("番号,施策名,令和7年度 (2025)\n");
        for (Measure m : cards) {
            csv.append(m.number()).append(",\"").append(m.name().replace("\"", "\"\"")).append("\",")
                    .append(7_000_000 + m.number()).append('\n');
        }
        Path file = dir.resolve("予算.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        BudgetImport.Result r = BudgetImport.check(s, s.plans().get(0).edition(), file);
        assertThat(r.refused()).as(String.valueOf(r.problems())).isFalse();
        assertThat(r.changes()).hasSize(3000);
        Sphere after = r.applyTo(s);
        for (Measure m : cards) {
            assertThat(after.measure(m.id()).orElseThrow().budget()).containsEntry(2025, 7_000_000L + m.number());
        }
        // a name that two cards share is refused as before (never guessed), found through the same index
        Measure first = cards.get(0);
        Files.writeString(file, "施策名,令和7年度 (2025)\n\"" + first.name() + "\",5\n", StandardCharsets.UTF_8);
        long sameName = cards.stream().filter(m -> m.name().equals(first.name())).count();
        BudgetImport.Result byName = BudgetImport.check(s, s.plans().get(0).edition(), file);
        assertThat(byName.refused()).isEqualTo(sameName > 1);
    }
}
