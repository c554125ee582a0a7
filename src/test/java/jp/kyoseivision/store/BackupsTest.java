package jp.kyoseivision.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;
    private String oldHome;

    @BeforeEach
    void home() {
        oldHome = System.getProperty("kyosei.home");
        System.setProperty("kyosei.home", dir.resolve("home").toString());
    }

    @AfterEach
    void restoreHome() {
        if (oldHome == null) {
            System.clearProperty("kyosei.home");
        } else {
            System.setProperty("kyosei.home", oldHome);
        }
    }

    private Path sampleFile() {
        Path f = dir.resolve("docs").resolve("一関・平泉.kyosei");
        PlanFile.create(f, Sample.load()).close();
        return f;
    }

    /** Card 1 of the 3rd vision with its FY2024 budget changed (seed 001 L1722 prints 48,221). */
    private static Sphere withBudget(Sphere s, long value) {
        Measure m = s.revision("v3-adopted").orElseThrow().measures().get(0);
        var budget = new java.util.TreeMap<>(m.budget());
        budget.put(2024, value);
        return SphereEdits.replaceMeasure(s, new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(),
                m.content(), m.participants(), m.kpis(), budget, m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                m.notes()));
    }

    private static long budget2024(Sphere s) {
        return s.revision("v3-adopted").orElseThrow().measures().get(0).budget().get(2024);
    }

    @Test
    void aBackupIsAVerifiedCopyInTheDataDir() {
        Path f = sampleFile();
        Backups.Backup b;
        try (PlanFile pf = PlanFile.open(f)) {
            b = Backups.take(pf);
        }
        assertThat(b.path().getParent().getParent()).isEqualTo(dir.resolve("home/backups"));
        assertThat(b.path().getParent().getFileName().toString()).matches("一関・平泉\\.kyosei-[0-9a-f]{8}");
        PlanFile.inspect(b.path()); // our application_id and schema survive VACUUM INTO
        try (PlanFile copy = PlanFile.openReadOnly(b.path())) {
            assertThat(budget2024(copy.read())).isEqualTo(48_221L);
        }
        assertThat(Backups.list(f)).containsExactly(b);
    }

    @Test
    void twoFilesOfTheSameNameInDifferentFoldersKeepTheirOwnBackups() {
        Path a = sampleFile();
        Path b = dir.resolve("other").resolve("一関・平泉.kyosei");
        PlanFile.create(b, withBudget(Sample.load(), 1L)).close();
        try (PlanFile pa = PlanFile.open(a); PlanFile pb = PlanFile.open(b)) {
            for (int i = 0; i < 3; i++) {
                Backups.take(pa, 2); // keeping two of a's must not prune b's
            }
            Backups.take(pb, 2);
        }
        assertThat(Backups.list(a)).hasSize(2).allSatisfy(x -> {
            try (PlanFile c = PlanFile.openReadOnly(x.path())) {
                assertThat(budget2024(c.read())).isEqualTo(48_221L);
            }
        });
        assertThat(Backups.list(b)).singleElement().satisfies(x -> {
            try (PlanFile c = PlanFile.openReadOnly(x.path())) {
                assertThat(budget2024(c.read())).isEqualTo(1L);
            }
        });
    }

    @Test
    void backupsOfEarlierVersionsInAFolderNamedByTheFileAloneAreStillListed() throws Exception {
        Path f = sampleFile();
        Path legacy = dir.resolve("home/backups/一関・平泉.kyosei");
        Files.createDirectories(legacy);
        Files.copy(f, legacy.resolve("20261101-090000-000.kyosei"));
        try (PlanFile pf = PlanFile.open(f)) {
            Backups.take(pf);
        }
        List<Backups.Backup> all = Backups.list(f);
        assertThat(all).hasSize(2);
        assertThat(all.get(1).taken()).isEqualTo(LocalDateTime.of(2026, 11, 1, 9, 0));
    }

    @Test
    void onWindowsTheFolderIgnoresCaseAsTheFileSystemDoes() {
        Path p = dir.resolve("Plans").resolve("A.kyosei");
        Path q = dir.resolve("plans").resolve("A.kyosei");
        assertThat(Backups.folderName(p, "Windows 11")).isEqualTo(Backups.folderName(q, "Windows 11"));
        assertThat(Backups.folderName(p, "Linux")).isNotEqualTo(Backups.folderName(q, "Linux"));
    }

    @Test
    void keepsTheNewestTenAndOnePerDayForThirtyDays() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Backups.Backup> all = new ArrayList<>();
        for (int i = 0; i < 80; i++) { // two a day (18:00 and 06:00) for 40 days, newest first
            LocalDateTime t = today.atTime(18, 0).minusHours(12L * i);
            all.add(new Backups.Backup(dir.resolve(i + ".kyosei"), t));
        }
        Set<Path> keep = Backups.toKeep(all, today);
        // 10 newest = 5 days × 2; then the newest (18:00) of each of the other 25 days within 30 days
        assertThat(keep).hasSize(35);
        assertThat(keep).contains(dir.resolve("9.kyosei"), dir.resolve("10.kyosei"), dir.resolve("58.kyosei"))
                .doesNotContain(dir.resolve("11.kyosei"), dir.resolve("60.kyosei"));
    }

    @Test
    void theNumberKeptFromThePreferencesReplacesTheTen() throws Exception {
        Path f = sampleFile();
        try (PlanFile pf = PlanFile.open(f)) {
            for (int i = 0; i < 4; i++) {
                Backups.take(pf, 3); // 設定… バックアップの保存数 3: today's newest three stay
            }
        }
        assertThat(Backups.list(f)).hasSize(3);
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<Backups.Backup> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // six backups today, an hour apart, newest first
            all.add(new Backups.Backup(dir.resolve(i + ".kyosei"), today.atTime(18, 0).minusHours(i)));
        }
        assertThat(Backups.toKeep(all, today, 2)).containsExactlyInAnyOrder(dir.resolve("0.kyosei"),
                dir.resolve("1.kyosei"));
    }

    @Test
    void pruningDeletesRealFilesBeyondTheRule() throws Exception {
        Path f = sampleFile();
        try (PlanFile pf = PlanFile.open(f)) {
            LocalDateTime t = LocalDateTime.of(2026, 11, 23, 9, 0);
            for (int i = 0; i < 12; i++) {
                Backups.take(pf, t.plusMinutes(5L * i));
            }
        }
        // 12 taken on one day: the newest 10 stay
        List<Backups.Backup> left = Backups.list(f);
        assertThat(left).hasSize(10);
        assertThat(left.get(0).taken()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 55));
        try (var files = Files.list(Backups.dirFor(f))) {
            assertThat(files.count()).isEqualTo(10);
        }
    }

    @Test
    void replacingRestoresTheBackupAndDropsAStaleJournal() throws Exception {
        Path f = sampleFile();
        Backups.Backup b;
        try (PlanFile pf = PlanFile.open(f)) {
            b = Backups.take(pf);
            Sphere s = pf.read();
            pf.save(s, withBudget(s, 1L));
        }
        Files.write(PlanFile.journalOf(f), new byte[512]); // leftover of the old content
        Backups.replaceWith(b, f);
        assertThat(PlanFile.journalOf(f)).doesNotExist();
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(budget2024(pf.read())).isEqualTo(48_221L);
        }
    }

    // issue 14, item 10: through a link, the real file is replaced (and its journal dropped), the link stays a link
    @Test
    void replacingThroughASymbolicLinkRestoresTheRealFile() throws Exception {
        Path f = sampleFile();
        Path link = Files.createSymbolicLink(f.resolveSibling("link.kyosei"), f);
        Backups.Backup b;
        try (PlanFile pf = PlanFile.open(link)) {
            b = Backups.take(pf);
            Sphere s = pf.read();
            pf.save(s, withBudget(s, 1L));
        }
        Files.write(PlanFile.journalOf(f), new byte[512]);
        Backups.replaceWith(b, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(PlanFile.journalOf(f)).doesNotExist();
        assertThat(Backups.list(link)).isEqualTo(Backups.list(f));
        try (PlanFile pf = PlanFile.open(f)) {
            assertThat(budget2024(pf.read())).isEqualTo(48_221L);
        }
    }

    @Test
    void restoringAsNewNeverOverwrites() throws Exception {
        Path f = sampleFile();
        Backups.Backup b;
        try (PlanFile pf = PlanFile.open(f)) {
            b = Backups.take(pf);
        }
        String before = FileChecksums.sha256(f);
        assertThatThrownBy(() -> Backups.restoreAsNew(b, f)).isInstanceOf(StoreException.class);
        assertThat(FileChecksums.sha256(f)).isEqualTo(before);
        Path copy = dir.resolve("restored.kyosei");
        Backups.restoreAsNew(b, copy);
        try (PlanFile pf = PlanFile.open(copy)) {
            assertThat(budget2024(pf.read())).isEqualTo(48_221L);
        }
    }

    @Test
    void theNewestGoodBackupSkipsADamagedOne() throws Exception {
        Path f = sampleFile();
        Backups.Backup older;
        Backups.Backup newer;
        try (PlanFile pf = PlanFile.open(f)) {
            older = Backups.take(pf, LocalDateTime.of(2026, 11, 22, 17, 0));
            newer = Backups.take(pf, LocalDateTime.of(2026, 11, 23, 17, 0));
        }
        try (RandomAccessFile raf = new RandomAccessFile(newer.path().toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertThat(Backups.newestGood(f)).contains(older);
    }
}
