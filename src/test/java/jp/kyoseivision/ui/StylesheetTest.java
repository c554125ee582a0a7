package jp.kyoseivision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * kyosei.css parses without errors: an unclosed rule (twice left behind by merges that appended rules from two
 * branches) makes JavaFX drop the rest of the file silently, with only a warning on the console.
 */
class StylesheetTest {
    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();
        Stylesheet css = new CssParser().parse(MainWindow.class.getResource("/jp/kyoseivision/ui/kyosei.css"));
        assertThat(CssParser.errorsProperty()).as("CSS parse errors").isEmpty();
        // rules from the end of the file are there too (they were lost behind an unclosed rule)
        assertThat(css.getRules()).anyMatch(r -> r.getSelectors().toString().contains("reason"));
    }
}
