package jp.kyoseivision.app;

import jp.kyoseivision.cli.Cli;
import jp.kyoseivision.ui.KyoseiApp;

/**
 * Main class of the runnable jar. It does not extend {@code Application}, so the shaded jar starts JavaFX from
 * the class path. No arguments, {@code --file PATH} or one {@code X.kyosei} path (how an installer's file
 * association starts it): the window; anything else: the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        boolean window = opensWindow(args);
        java.util.OptionalInt second = FastStart.run(args, window); // java -jar: C1, serial GC, AppCDS
        if (second.isPresent()) {
            System.exit(second.getAsInt());
        }
        if (window) {
            ClassPathWarning.silence();
            // before JavaFX starts: whatever it says while starting goes to the helpdesk's log, not to a console
            jp.kyoseivision.store.AppLog.install();
            KyoseiApp.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return (args.length == 2 && args[0].equals("--file")) || (args.length == 1 && args[0].startsWith("--file="))
                || (args.length == 1 && KyoseiApp.isPlanFile(args[0]));
    }
}
