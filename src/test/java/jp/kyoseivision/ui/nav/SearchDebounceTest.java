package jp.kyoseivision.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import jp.kyoseivision.store.Sample;
import jp.kyoseivision.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16: typing is searched once it pauses, not at every key. */
@ExtendWith(ApplicationExtension.class)
class SearchDebounceTest {
    private SearchBar bar;
    private final List<String> searched = new ArrayList<>();

    @Start
    void start(Stage stage) {
        bar = new SearchBar(new I18n(Locale.JAPANESE));
        bar.setSphere(Sample.load());
        bar.filterProperty().addListener((o, a, b) -> searched.add(b.search().query()));
        stage.setScene(new Scene(bar.node(), 400, 200));
        stage.show();
    }

    @Test
    void threeKeysInARowAreSearchedOnceWithTheWholeWord(FxRobot robot) throws Exception {
        TextField text = robot.lookup("#search-text").queryAs(TextField.class);
        robot.interact(() -> {
            text.setText("地");
            text.setText("地域");
            text.setText("地域医療");
            assertThat(searched).isEmpty(); // nothing searched while typing
        });
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !searched.isEmpty());
        WaitForAsyncUtils.sleep(SearchBar.DEBOUNCE_MS * 2, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(searched).containsExactly("地域医療");
    }

    @Test
    void escapeClearsAtOnce(FxRobot robot) throws Exception {
        TextField text = robot.lookup("#search-text").queryAs(TextField.class);
        robot.interact(() -> text.setText("観光"));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !searched.isEmpty());
        robot.interact(() -> {
            bar.clear();
            assertThat(bar.filterProperty().get().isEmpty()).isTrue(); // no wait for clearing
        });
        assertThat(searched).containsExactly("観光", "");
    }
}
