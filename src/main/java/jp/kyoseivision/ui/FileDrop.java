package jp.kyoseivision.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * A .kyosei file dragged from Explorer (or Finder, or a file manager) onto the main window opens it, the same way
 * as ファイル → 開く. Only one plan file at a time is taken: while anything else is dragged over the window, the
 * cursor says no and the status bar says why.
 */
final class FileDrop {
    private FileDrop() {
    }

    /** The plan file among what is dragged: exactly one file, named *.kyosei; otherwise none. */
    static Optional<Path> planFile(List<File> files) {
        if (files == null || files.size() != 1) {
            return Optional.empty();
        }
        File f = files.get(0);
        return KyoseiApp.isPlanFile(f.getName()) && !f.isDirectory() ? Optional.of(f.toPath()) : Optional.empty();
    }

    /** Makes {@code scene} take a dropped plan file and hand it to {@code open}; {@code refuse} explains refusals. */
    static void install(Scene scene, Consumer<Path> open, Runnable refuse) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            if (planFile(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK, TransferMode.MOVE);
            } else {
                refuse.run();
            }
            e.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Optional<Path> file = e.getDragboard().hasFiles() ? planFile(e.getDragboard().getFiles()) : Optional.empty();
            e.setDropCompleted(file.isPresent());
            e.consume();
            // opened after the drop has been answered: the file manager must not wait on a lock dialog
            file.ifPresent(p -> javafx.application.Platform.runLater(() -> open.accept(p)));
        });
    }
}
