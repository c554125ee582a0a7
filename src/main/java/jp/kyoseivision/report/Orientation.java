package jp.kyoseivision.report;

/** A4 portrait or landscape; sizes in PDF points (1/72 inch). */
public enum Orientation {
    PORTRAIT(595.276f, 841.89f), LANDSCAPE(841.89f, 595.276f);

    private final float width;
    private final float height;

    Orientation(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
