package jp.kyoseivision.ui.kpi;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Writes a chart (any node) as a PNG at twice its on-screen size, sharp enough to print. */
public final class ChartExport {
    static final double SCALE = 2;

    private ChartExport() {
    }

    /** Snapshots {@code node} (on the FX thread) and writes {@code target} atomically; the image is returned. */
    public static WritableImage png(Node node, Path target) {
        WritableImage img = snapshot(node);
        java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage(img, null);
        jp.kyoseivision.store.SafeFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
        return img;
    }

    /** The node as it is now (laid out first), at twice its on-screen size on white. */
    public static WritableImage snapshot(Node node) {
        // lay out what changed since the last pulse, so the image shows the data as it is now
        node.applyCss();
        if (node instanceof javafx.scene.Parent parent) {
            for (int pass = 0; pass < 2; pass++) { // an axis laid out anew asks its chart for another pass
                parent.requestLayout();
                parent.layout();
            }
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(SCALE, SCALE));
        p.setFill(Color.WHITE);
        return node.snapshot(p, null);
    }
}
