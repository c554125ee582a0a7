package jp.kyoseivision.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The UI font family chosen from the families each OS has (as JavaFX's Font.getFamilies() lists them). */
class UiFontChoiceTest {
    /** Families of a Japanese Windows 11 PC (an excerpt, in JavaFX's order). */
    private static final List<String> WINDOWS_11 = List.of("Arial", "BIZ UDGothic", "BIZ UDPGothic", "Meiryo",
            "Meiryo UI", "MS Gothic", "MS PGothic", "MS UI Gothic", "Segoe UI", "System", "Yu Gothic", "Yu Gothic UI",
            "Yu Mincho");
    private static final List<String> LINUX_IPAEX = List.of("DejaVu Sans", "DejaVu Serif", "IPAexGothic",
            "IPAexMincho", "Nimbus Sans", "System");

    @Test
    void windowsTakesYuGothicUiThenMeiryoUiThenMeiryoThenMsUiGothic() {
        assertThat(UiFontChoice.choose("Windows 11", WINDOWS_11, null)).isEqualTo("Yu Gothic UI");
        List<String> noYu = WINDOWS_11.stream().filter(f -> !f.startsWith("Yu ")).toList();
        assertThat(UiFontChoice.choose("Windows 10", noYu, "")).isEqualTo("Meiryo UI");
        // Windows 7/8.1 without Meiryo UI updates
        assertThat(UiFontChoice.choose("Windows 10", List.of("Arial", "Meiryo", "MS UI Gothic"), null))
                .isEqualTo("Meiryo");
        assertThat(UiFontChoice.choose("Windows Server 2019", List.of("Arial", "MS UI Gothic", "Segoe UI"), null))
                .isEqualTo("MS UI Gothic");
    }

    @Test
    void macTakesHiraginoSans() {
        assertThat(UiFontChoice.choose("Mac OS X", List.of("Helvetica", "Hiragino Kaku Gothic ProN", "Hiragino Sans",
                "Osaka", "System"), null)).isEqualTo("Hiragino Sans");
        assertThat(UiFontChoice.choose("Mac OS X", List.of("Helvetica", "Hiragino Kaku Gothic ProN"), null))
                .isEqualTo("Hiragino Kaku Gothic ProN");
    }

    @Test
    void linuxTakesNotoSansCjkThenIpaexGothic() {
        assertThat(UiFontChoice.choose("Linux", LINUX_IPAEX, null)).isEqualTo("IPAexGothic");
        List<String> both = new java.util.ArrayList<>(LINUX_IPAEX);
        both.add("Noto Sans CJK JP");
        assertThat(UiFontChoice.choose("Linux", both, null)).isEqualTo("Noto Sans CJK JP");
    }

    @Test
    void anotherSystemsFontIsTakenBeforeTheDefaultAndNoneGivesTheDefault() {
        // Meiryo copied onto a Linux PC; IPAex Gothic installed on a Windows PC for one user
        assertThat(UiFontChoice.choose("Linux", List.of("DejaVu Sans", "Meiryo"), null)).isEqualTo("Meiryo");
        assertThat(UiFontChoice.choose("Windows 11", List.of("Arial", "Segoe UI", "IPAexGothic"), null))
                .isEqualTo("IPAexGothic");
        assertThat(UiFontChoice.choose("Windows 11", List.of("Arial", "Segoe UI", "System"), null))
                .isEqualTo(UiFontChoice.DEFAULT).isEqualTo("System");
        assertThat(UiFontChoice.choose("Linux", List.of(), null)).isEqualTo("System");
    }

    @Test
    void theUsersFamilyWinsWhenInstalledAndIsIgnoredWhenNot() {
        // spelled as the OS lists it, whatever case the user typed
        assertThat(UiFontChoice.choose("Windows 11", WINDOWS_11, "biz udpgothic")).isEqualTo("BIZ UDPGothic");
        assertThat(UiFontChoice.choose("Windows 11", WINDOWS_11, "Hiragino Sans")).isEqualTo("Yu Gothic UI");
        assertThat(UiFontChoice.choose("Linux", LINUX_IPAEX, "  ")).isEqualTo("IPAexGothic");
    }

    @Test
    void theStylesheetNamesOneFamilyInUtf8() {
        String css = UiFont.stylesheet("ヒラギノ角ゴシック");
        assertThat(css).startsWith("data:text/css;charset=utf-8;base64,");
        String text = new String(java.util.Base64.getDecoder().decode(css.substring(css.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(".root { -fx-font-family: \"ヒラギノ角ゴシック\"; }\n");
    }
}
