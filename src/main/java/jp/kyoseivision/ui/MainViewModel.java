package jp.kyoseivision.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.kyoseivision.model.Sphere;
import jp.kyoseivision.store.AppDirs;
import jp.kyoseivision.store.PlanFile;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.store.Settings;

/**
 * State of the main window: the open plan file, its sphere, the title and the status bar texts. Opening a file
 * that fails leaves the previous one open and untouched; the caller shows the exception's message.
 */
public final class MainViewModel {
    private final I18n i18n;
    private final Settings settings;
    private final ObjectProperty<PlanFile> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Sphere> sphere = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper filePath = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper();

    public MainViewModel(I18n i18n, Settings settings) {
        this.i18n = i18n;
        this.settings = settings;
        file.addListener((o, old, now) -> {
            title.set(now == null ? i18n.t("app.title") : i18n.t("app.titleWithFile", now.path().getFileName()));
            filePath.set(now == null ? i18n.t("status.noFile") : now.path().toString());
            saveState.set(now == null ? "" : i18n.t("status.saved"));
        });
        title.set(i18n.t("app.title"));
        filePath.set(i18n.t("status.noFile"));
    }

    /** Opens {@code path}; when it is the default file and does not exist yet, creates it with the sample. */
    public void open(Path path) {
        Path p = path.toAbsolutePath().normalize();
        PlanFile opened;
        if (!Files.exists(p) && p.equals(AppDirs.defaultFile().toAbsolutePath().normalize())) {
            opened = PlanFile.create(p, Sample.load());
        } else {
            opened = PlanFile.open(p);
        }
        Sphere read;
        try {
            read = opened.read();
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        replace(opened, read);
    }

    /** Creates a new file holding {@code initial} and opens it. */
    public void createNew(Path path, Sphere initial) {
        PlanFile created = PlanFile.create(path, initial);
        replace(created, created.read());
    }

    /** Copies the open file to {@code target} and continues working in the copy. */
    public void saveAs(Path target) {
        PlanFile current = file.get();
        if (current == null) {
            return;
        }
        current.copyTo(target);
        open(target);
    }

    private void replace(PlanFile opened, Sphere read) {
        PlanFile old = file.get();
        file.set(opened); // first: the views rebuilt on the sphere's change ask which file it is
        sphere.set(read);
        if (old != null) {
            old.close();
        }
        settings.addRecent(opened.path());
    }

    /** Shows {@code read}, the open file's content read back after an edit saved in place (e.g. a KPI actual). */
    void reloaded(Sphere read) {
        sphere.set(read);
    }

    public void close() {
        if (file.get() != null) {
            file.get().close();
        }
    }

    public ReadOnlyObjectProperty<Sphere> sphereProperty() {
        return sphere;
    }

    public ReadOnlyObjectProperty<PlanFile> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filePathProperty() {
        return filePath.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public Settings settings() {
        return settings;
    }

    public I18n i18n() {
        return i18n;
    }
}
