package jp.kyoseivision.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import jp.kyoseivision.ui.common.I18n;
import jp.kyoseivision.ui.print.PrintScope;

/**
 * The menu bar of the main window: what each item is called, its shortcut, and when it is available. The
 * actions themselves are the window's; items that change the file are disabled while it is read-only.
 */
final class MainMenu {
    private final MainWindow w;
    private final MainViewModel vm;
    private final I18n i18n;
    private final Menu recentMenu;

    MainMenu(MainWindow w, MainViewModel vm) {
        this.w = w;
        this.vm = vm;
        this.i18n = vm.i18n();
        this.recentMenu = new Menu(i18n.t("menu.file.recent"));
        recentMenu.setId("menu-recent");
    }

    MenuBar build() {
        var noFile = vm.fileProperty().isNull();
        var cannotWrite = noFile.or(vm.readOnlyProperty());
        // while only the first screen of a file is read (issue 16), what needs the whole sphere or the file's
        // connection waits for it: the reader uses the connection, and a comparison or report of a half-read
        // sphere would be wrong
        var loading = vm.loadingProperty();
        var noSphere = vm.sphereProperty().isNull().or(loading);
        MenuItem save = item("menu.file.save", "Shortcut+S", vm::confirmSaved);
        save.disableProperty().bind(noFile);
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", w::saveAs);
        saveAs.disableProperty().bind(noFile.or(loading));
        MenuItem print = item("menu.file.print", "Shortcut+P", () -> w.printPreview(PrintScope.CARD));
        MenuItem exportPdf = item("menu.file.exportPdf", "Shortcut+Shift+P", w::exportPdf);
        print.disableProperty().bind(noSphere);
        exportPdf.disableProperty().bind(noSphere);
        MenuItem restore = item("menu.file.restore", null, w.backups()::showRestore);
        restore.disableProperty().bind(cannotWrite);
        MenuItem importBudget = item("menu.file.importBudget", null, w.budgets()::importBudget);
        MenuItem exportBudget = item("menu.file.exportBudget", null, w.budgets()::exportBudget);
        MenuItem importKpi = item("menu.file.importKpi", null, w.budgets().kpis()::importKpi);
        importKpi.setId("menu-import-kpi");
        importKpi.disableProperty().bind(cannotWrite);
        MenuItem exportXlsx = item("menu.file.exportXlsx", null, w.budgets()::exportXlsx);
        exportXlsx.setId("menu-export-xlsx");
        importBudget.disableProperty().bind(cannotWrite);
        exportBudget.disableProperty().bind(noSphere);
        exportXlsx.disableProperty().bind(noSphere);
        MenuItem importJson = item("menu.file.importJson", null, w.jsonImport()::importJson);
        importJson.setId("menu-import-json");
        MenuItem prefs = item("menu.file.preferences", "Shortcut+COMMA", w::preferences);
        prefs.setId("menu-preferences");
        prefs.disableProperty().bind(loading); // a new language reopens the window on the file being read
        MenuItem newFile = item("menu.file.new", "Shortcut+N", w::newFile);
        newFile.disableProperty().bind(loading);
        Menu fromSample = new Menu(i18n.t("menu.file.newFromSample"));
        fromSample.setId("menu-new-from-sample");
        for (String id : jp.kyoseivision.store.Sample.ids()) {
            MenuItem s = item("sample.name." + id, null, () -> w.newFromSample(id));
            s.setId("menu-sample-" + id);
            fromSample.getItems().add(s);
        }
        fromSample.disableProperty().bind(loading);
        Menu file = new Menu(i18n.t("menu.file"), null, newFile, fromSample,
                item("menu.file.open", "Shortcut+O", w::openFile), recentMenu, new SeparatorMenuItem(), save, saveAs,
                restore, new SeparatorMenuItem(), importBudget, importKpi, exportBudget, exportXlsx, importJson,
                new SeparatorMenuItem(), print,
                exportPdf, new SeparatorMenuItem(), prefs, new SeparatorMenuItem(),
                item("menu.file.exit", "Shortcut+Q", () -> w.stage().close()));
        file.setId("menu-file");
        file.setOnShowing(e -> fillRecent());
        fillRecent();

        MenuItem undo = item("menu.edit.undo", "Shortcut+Z", () -> w.guard(vm::undo));
        MenuItem redo = item("menu.edit.redo", "Shortcut+Y", () -> w.guard(vm::redo));
        undo.textProperty().bind(vm.undoTextProperty());
        redo.textProperty().bind(vm.redoTextProperty());
        undo.disableProperty().bind(Bindings.not(vm.canUndoProperty()).or(vm.readOnlyProperty()));
        redo.disableProperty().bind(Bindings.not(vm.canRedoProperty()).or(vm.readOnlyProperty()));
        MenuItem[] cardItems = {
            item("menu.edit.addCard", "Shortcut+Shift+A", w.actions()::addCard),
            item("menu.edit.duplicateCard", "Shortcut+Shift+D", w.actions()::duplicateCard),
            item("menu.edit.deleteCard", "Shortcut+DELETE", w.actions()::deleteCard),
            item("menu.edit.moveUp", "Alt+UP", () -> w.actions().moveCard(-1)),
            item("menu.edit.moveDown", "Alt+DOWN", () -> w.actions().moveCard(1))};
        for (MenuItem mi : cardItems) {
            mi.disableProperty().bind(cannotWrite);
        }
        Menu edit = new Menu(i18n.t("menu.edit"), null, undo, redo, new SeparatorMenuItem());
        edit.getItems().addAll(cardItems);
        edit.getItems().addAll(new SeparatorMenuItem(), item("menu.edit.find", "Shortcut+F", w::focusSearch));
        edit.setId("menu-edit");
        MenuItem[] planItems = {item("menu.plan.newRevision", null, w.actions()::newRevision),
            item("menu.plan.newEdition", null, w.actions()::newEdition),
            item("menu.plan.adopt", null, w.actions()::adopt),
            item("menu.plan.unlock", null, w::unlock),
            item("menu.plan.settings", null, w::sphereSettings)};
        for (MenuItem mi : planItems) {
            mi.disableProperty().bind(cannotWrite);
        }
        // この版を策定済にする only for a draft, 編集ロックを解除… only for a locked revision: elsewhere they did nothing
        var notDraft = new javafx.beans.property.SimpleBooleanProperty(false);
        var notLocked = new javafx.beans.property.SimpleBooleanProperty(false);
        planItems[2].disableProperty().bind(cannotWrite.or(notDraft));
        planItems[3].disableProperty().bind(cannotWrite.or(notLocked));
        Menu plan = new Menu(i18n.t("menu.plan"), null, planItems[0], planItems[1], new SeparatorMenuItem(),
                planItems[2], planItems[3], new SeparatorMenuItem(), planItems[4]);
        plan.setId("menu-plan");
        plan.setOnShowing(e -> {
            var shown = w.actions().revision();
            notDraft.set(shown.map(r -> r.status() != jp.kyoseivision.model.RevisionStatus.DRAFT).orElse(true));
            notLocked.set(shown.map(r -> !vm.locked(r)).orElse(true));
        });

        MenuItem diff = item("menu.view.diff", "Shortcut+D", w::openDiff);
        diff.disableProperty().bind(noSphere);
        MenuItem kpi = item("menu.view.kpi", "Shortcut+K", w::openKpi);
        kpi.disableProperty().bind(noFile.or(loading));
        MenuItem opinions = item("menu.view.opinions", "Shortcut+I", () -> w.openOpinions(null));
        opinions.disableProperty().bind(noSphere);
        Menu view = new Menu(i18n.t("menu.view"), null,
                item("menu.view.expandAll", null, () -> w.navigation().setAllExpanded(true)),
                item("menu.view.collapseAll", null, () -> w.navigation().setAllExpanded(false)),
                new SeparatorMenuItem(), diff, kpi, opinions);
        view.setId("menu-view");
        Menu help = new Menu(i18n.t("menu.help"), null, item("menu.help.about", "F1", w::about),
                item("menu.help.logs", null, w::showLogFolder));
        help.setId("menu-help");
        MenuBar bar = new MenuBar(file, edit, view, plan, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(i18n.t(key));
        mi.setId(key.replace('.', '-'));
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> w.guard(action));
        return mi;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.settings().recentFiles()) {
            MenuItem mi = new MenuItem(p.toString());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> w.openPath(p));
            recentMenu.getItems().add(mi);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(i18n.t("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }
}
