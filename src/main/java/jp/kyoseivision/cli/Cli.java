package jp.kyoseivision.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import jp.kyoseivision.text.AppVersion;
import jp.kyoseivision.text.LocalizedException;
import jp.kyoseivision.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command line: parses the arguments and runs one subcommand. */
@Command(name = "kyosei-vision", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Kyosei Vision — 共生ビジョン editor for 定住自立圏 planning officers.",
            "With no arguments (or --file PATH) the window opens; with a subcommand it runs headless."},
        subcommands = {InitCommand.class, ImportJsonCommand.class, ExportJsonCommand.class, CheckCommand.class,
            DiffCommand.class, KpiReportCommand.class, ExportPdfCommand.class, ImportBudgetCommand.class,
            GenerateSyntheticCommand.class,
            ExportBudgetCommand.class, OpinionsCommand.class, ImportOpinionsCommand.class, ExportXlsxCommand.class,
            ImportKpiCommand.class,
            CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    /** Exit code for a user error (bad file, bad argument); 1 is "problems found" for check. */
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * --lang ja|en, accepted by every command: the language of messages and of the texts in what is written.
     * Without it, the language chosen in the window's 設定… (settings.properties), else Japanese.
     */
    @CommandLine.Option(names = "--lang", paramLabel = "LANG", scope = CommandLine.ScopeType.INHERIT,
            description = "language of messages and output texts: ja or en (default: the one chosen in 設定…)")
    void setLang(String lang) {
        if (!"ja".equals(lang) && !"en".equals(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Texts.message("cli.lang.invalid", lang));
        }
        Texts.setLanguage(java.util.Locale.forLanguageTag(lang));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (see --help)");
    }

    /** Runs the command line and returns the exit code; output goes to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Texts.setLanguage(defaultLanguage());
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof LocalizedException le) {
                err.println(Texts.message("cli.error") + ": " + le.getMessage());
                err.flush();
                return USER_ERROR;
            }
            return unexpected(err, ex);
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(Texts.message("cli.error") + ": " + ex.getMessage());
            err.println("  kyosei-vision --help");
            err.flush();
            return USER_ERROR;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands only Exceptions to the handler: an OutOfMemoryError or StackOverflowError ends here
            code = unexpected(err, e);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The language of the window's 設定… (or -Dkyosei.lang), so that the command line speaks as the window does. */
    static java.util.Locale defaultLanguage() {
        String lang = System.getProperty("kyosei.lang");
        if (lang == null) {
            try {
                lang = jp.kyoseivision.store.Settings.load().get("ui.language", "ja");
            } catch (RuntimeException e) {
                lang = "ja"; // unreadable settings: the default language, the command still runs
            }
        }
        return "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.JAPANESE;
    }

    /**
     * A failure nobody planned for (a bug, memory exhausted): said in plain words, the stack trace to the log file
     * (AppLog), never to the console.
     */
    static int unexpected(PrintWriter err, Throwable e) {
        String what = e instanceof OutOfMemoryError ? "cli.outOfMemory" : "cli.unexpected";
        java.nio.file.Path log = jp.kyoseivision.store.AppLog.error("command line: " + what, e);
        err.println(Texts.message("cli.error") + ": " + Texts.message(what, log == null ? "-" : log));
        err.flush();
        return USER_ERROR;
    }

    public static int run(String... args) {
        jp.kyoseivision.store.AppDirs.current().moveLegacyFiles(); // the real process only: tests pass folders
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** The version printed by --version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Kyosei Vision " + AppVersion.get()};
        }
    }
}
