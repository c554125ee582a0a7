package jp.kyoseivision.ui;

import jp.kyoseivision.ui.common.I18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.model.Measure;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.Backups;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** バックアップから復元… and the read-only offer, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class BackupDialogsTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private MainViewModel vm;
    private Path file;

    private String oldHome;

    @org.junit.jupiter.api.AfterEach
    void restoreHome() {
        if (oldHome == null) {
            System.clearProperty("kyosei.home");
        } else {
            System.setProperty("kyosei.home", oldHome);
        }
    }

    @Start
    void start(Stage stage) {
        oldHome = System.getProperty("kyosei.home");
        System.setProperty("kyosei.home", dir.resolve("home").toString());
        file = dir.resolve("一関・平泉.kyosei");
        PlanFile.create(file, Sample.load()).close();
        vm = new MainViewModel(new I18n(Locale.JAPANESE), new Settings(dir.resolve("settings.properties")));
        window = new MainWindow(stage, vm);
        stage.show();
    }

    private static long budget2024(Sphere s) {
        return s.revision("v3-adopted").orElseThrow().measures().get(0).budget().get(2024);
    }

    private static Sphere withBudget(Sphere s, long v) {
        Measure m = s.revision("v3-adopted").orElseThrow().measures().get(0);
        TreeMap<Integer, Long> b = new TreeMap<>(m.budget());
        b.put(2024, v);
        return SphereEdits.replaceMeasure(s, new Measure(m.id(), m.lineageId(), m.number(), m.name(), m.aliases(),
                m.content(), m.participants(), m.kpis(), b, m.projects(), m.effect(), m.roleSharing(), m.sdgs(),
                m.notes()));
    }

    @Test
    void anEditRightAfterOpeningIsPrecededByTheBackupOfTheFileAsOpened(FxRobot robot) {
        // open and edit in one go, before the window's delayed open-time backup could run
        robot.interact(() -> {
            vm.open(file);
            vm.apply("事業費", s -> withBudget(s, 7L));
        });
        List<Backups.Backup> backups = Backups.list(file);
        assertThat(backups).hasSize(1);
        try (PlanFile pf = PlanFile.openReadOnly(backups.get(0).path())) {
            assertThat(budget2024(pf.read())).isEqualTo(48_221L); // seed 001 L1722, as opened
        }
        WaitForAsyncUtils.sleep(MainWindow.OPEN_BACKUP_DELAY_MS + 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Backups.list(file)).hasSize(1); // taken once, not again by the window
    }

    @Test
    void theOpenTimeBackupRunsOffTheFxThreadAndAnEditWaitsForIt(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<String> stateWhenStarted = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            vm.open(file);
            vm.startOpenBackup();
            // started on another thread: its outcome is not in the status bar yet (it comes by the FX thread)
            stateWhenStarted.set(vm.backupStateProperty().get());
            vm.apply("事業費", s -> withBudget(s, 7L)); // waits for the backup before writing
        });
        assertThat(stateWhenStarted.get()).isEmpty();
        List<Backups.Backup> backups = Backups.list(file);
        assertThat(backups).hasSize(1);
        try (PlanFile pf = PlanFile.openReadOnly(backups.get(0).path())) {
            assertThat(budget2024(pf.read())).isEqualTo(48_221L); // seed 001 L1722, as opened, not the edit's 7
        }
        assertThat(vm.backupStateProperty().get()).startsWith("バックアップ ");
        WaitForAsyncUtils.sleep(MainWindow.OPEN_BACKUP_DELAY_MS + 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Backups.list(file)).hasSize(1); // taken once, not again by the window
        assertThat(budget2024(vm.sphereProperty().get())).isEqualTo(7L);
    }

    @Test
    void replacingTheFileWithTheBackupTakenOnOpen(FxRobot robot) {
        robot.interact(() -> window.openPath(file));
        // taken just after the file is shown (MainWindow.OPEN_BACKUP_DELAY_MS)
        waitUntil(() -> robot.lookup("#backup-state").queryAs(Label.class).getText().startsWith("バックアップ "));
        assertThat(Backups.list(file)).hasSize(1);
        robot.interact(() -> vm.apply("事業費", s -> withBudget(s, 1L)));
        assertThat(budget2024(vm.sphereProperty().get())).isEqualTo(1L);

        MenuItem restore = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-file-restore".equals(i.getId())).findFirst().orElseThrow();
        assertThat(restore.getText()).isEqualTo("バックアップから復元(_B)…");
        Platform.runLater(restore::fire);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#backup-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        // the date as 和暦 with the Western date, e.g. 令和8年11月23日 (2026-11-23) 13:40:05
        String today = jp.kyoseivision.text.JapaneseYears.date(LocalDate.now(), Locale.JAPANESE);
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().startsWith(today + " ")).tryQuery()).isPresent();
        robot.clickOn("このファイルを置き換える");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirm-message").queryAs(Label.class).getText()).contains("置き換えますか");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // back to the figure printed in the plan (seed 001 L1722: 48,221); the edited state was backed up first
        assertThat(budget2024(vm.sphereProperty().get())).isEqualTo(48_221L);
        try (PlanFile pf = PlanFile.openReadOnly(file)) {
            assertThat(budget2024(pf.read())).isEqualTo(48_221L);
        }
        waitUntil(() -> Backups.list(file).size() >= 3); // on open, before the restore, on reopen
    }

    @Test
    void aFileEditedElsewhereOpensReadOnlyWhenTheOfficerAgrees(FxRobot robot) {
        try (PlanFile colleague = PlanFile.open(file)) {
            Platform.runLater(() -> window.openPath(file)); // read off the FX thread, then the dialog
            waitUntil(() -> robot.lookup("#dialog-locked").tryQuery().isPresent());
            // its own dialog: who has the file since when (local time, 和暦 and 西暦), and the way to open read-only
            assertThat(robot.lookup("#dialog-locked").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                    .isEqualTo("一関・平泉.kyosei はほかの人が編集しています");
            String message = robot.lookup("#lock-message").queryAs(Label.class).getText();
            java.time.LocalDate today = java.time.LocalDate.now();
            assertThat(message).contains("から編集しています", "読み取り専用で開くことができます",
                    jp.kyoseivision.text.JapaneseYears.date(today, java.util.Locale.JAPANESE))
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d"); // no raw UTC instant
            assertThat(((javafx.stage.Stage) robot.lookup("#dialog-locked").query().getScene().getWindow()).getTitle())
                    .isEqualTo("ほかの人が編集中のファイル");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.stage().getTitle()).isEqualTo("Kyosei Vision — 一関・平泉.kyosei（読み取り専用）");
            assertThat(vm.fileProperty().get().isReadOnly()).isTrue();
            assertThat(budget2024(vm.sphereProperty().get())).isEqualTo(48_221L);
        }
    }

    @Test
    void aDamagedFileIsLeftAloneAndItsNewestGoodBackupOffered(FxRobot robot) throws Exception {
        try (PlanFile pf = PlanFile.open(file)) {
            Backups.take(pf);
        }
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        String before = jp.kyoseivision.store.FileChecksums.sha256(file);
        Platform.runLater(() -> window.openPath(file)); // read off the FX thread, then the offer
        waitUntil(() -> robot.lookup("#confirm-message").tryQuery().isPresent());
        String message = robot.lookup("#confirm-message").queryAs(Label.class).getText();
        assertThat(message).contains("壊れています").contains("最新の正常なバックアップ");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path opened = vm.fileProperty().get().path();
        assertThat(opened.getFileName().toString()).startsWith("一関・平泉-restored-").endsWith(".kyosei");
        assertThat(opened.getParent()).isEqualTo(file.toAbsolutePath().getParent());
        assertThat(budget2024(vm.sphereProperty().get())).isEqualTo(48_221L);
        assertThat(jp.kyoseivision.store.FileChecksums.sha256(file)).isEqualTo(before);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    /** Issue 14 item 1 in the window: a trigger added by another program; the data is offered in a clean file. */
    @Test
    void aFileWithATamperedSchemaIsNeverOpenedButItsDataIsOfferedInACleanFile(FxRobot robot) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TRIGGER wipe AFTER UPDATE ON measure_budget BEGIN DELETE FROM opinion; END");
        }
        String before = jp.kyoseivision.store.FileChecksums.sha256(file);
        Platform.runLater(() -> window.openPath(file)); // read off the FX thread, then the offer
        waitUntil(() -> robot.lookup("#confirm-message").tryQuery().isPresent());
        String message = robot.lookup("#confirm-message").queryAs(Label.class).getText();
        assertThat(message).contains("構造が Kyosei Vision の作るものと違う", "wipe", "新しいファイル");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path opened = vm.fileProperty().get().path();
        assertThat(opened.getFileName().toString()).startsWith("一関・平泉-修復-").endsWith(".kyosei");
        assertThat(budget2024(vm.sphereProperty().get())).isEqualTo(48_221L); // seed 001 L1722: the data came along
        assertThat(jp.kyoseivision.store.PlanFile.schemaDifferences(opened)).isEmpty();
        assertThat(jp.kyoseivision.store.FileChecksums.sha256(file)).isEqualTo(before); // the tampered file is left as it was
    }
}
