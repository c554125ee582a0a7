package jp.kyoseivision.check;

/** One problem found in a sphere: where (a readable path such as 第3次 / 策定 / No.4 子育て環境整備事業) and what. */
public record Problem(String where, String key, Object... args) {
    public String message(java.util.Locale locale) {
        return where + ": " + jp.kyoseivision.text.Texts.format(locale, key, args);
    }
}
