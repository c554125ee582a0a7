package jp.kyoseivision;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.function.UnaryOperator;
import jp.kyoseivision.edit.BudgetEdits;
import jp.kyoseivision.edit.KpiEdits;
import jp.kyoseivision.edit.MeasureChange;
import jp.kyoseivision.edit.ReasonEdits;
import jp.kyoseivision.edit.SphereEdits;
import jp.kyoseivision.ui.MainViewModel;
import jp.kyoseivision.ui.card.CardActions;
import jp.kyoseivision.ui.card.CardEditor;
import jp.kyoseivision.ui.card.DirectionEditor;
import jp.kyoseivision.ui.card.KpiEditor;
import jp.kyoseivision.ui.card.StructureEditor;
import jp.kyoseivision.ui.kpi.KpiViewModel;
import jp.kyoseivision.ui.kpi.KpiYearForm;

/**
 * Keeps the layers' arrows pointing one way (docs/architecture.md): model ← text; store → model; services → model
 * (some → edit); ui and cli → store + services; app on top. And the window's shape: feature packages under ui
 * without cycles, ui.common at their bottom, views that bind and render, view models that own the edits, no view
 * that touches the plan file.
 */
@AnalyzeClasses(packages = "jp.kyoseivision", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MODEL = "jp.kyoseivision.model..";
    private static final String TEXT = "jp.kyoseivision.text..";
    private static final String STORE = "jp.kyoseivision.store..";
    private static final String UI = "jp.kyoseivision.ui..";
    private static final String CLI = "jp.kyoseivision.cli..";
    private static final String APP = "jp.kyoseivision.app..";

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage(MODEL).should()
            .dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "org.sqlite..",
                    STORE, UI, CLI, APP, "jp.kyoseivision.check..")
            .because("the model is plain records: no JavaFX, no SQL, no services");

    @ArchTest
    static final ArchRule textDependsOnNothingOfOurs = noClasses().that().resideInAPackage(TEXT).should()
            .dependOnClassesThat().resideInAnyPackage(MODEL, STORE, UI, CLI, APP, "javafx..");

    @ArchTest
    static final ArchRule onlyTheUiAndTheLauncherUseTheUi = noClasses().that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("model, store and services must be testable without JavaFX");

    /** The services: each works on spheres in memory. */
    private static final String[] SERVICES = {"jp.kyoseivision.edit..", "jp.kyoseivision.check..",
        "jp.kyoseivision.diff..", "jp.kyoseivision.kpi..", "jp.kyoseivision.importer..", "jp.kyoseivision.report..",
        "jp.kyoseivision.opinions..", "jp.kyoseivision.sheets..", "jp.kyoseivision.exports.."};

    @ArchTest
    static final ArchRule storeKnowsNoServicesNorFrontEnds = noClasses().that().resideInAPackage(STORE).should()
            .dependOnClassesThat().resideInAnyPackage(UI, CLI, APP).orShould().dependOnClassesThat()
            .resideInAnyPackage(SERVICES)
            .because("store and the services sit side by side on the model (docs/architecture.md)");

    @ArchTest
    static final ArchRule servicesUseNoStoreNorFrontEnds = noClasses().that().resideInAnyPackage(SERVICES).should()
            .dependOnClassesThat().resideInAnyPackage(STORE, UI, CLI, APP)
            .because("the services work on spheres in memory; reading and saving belong to their callers");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses().that().resideOutsideOfPackage(STORE).should()
            .dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule cliDoesNotUseTheUi = noClasses().that().resideInAPackage(CLI).should()
            .dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule diffIsAServiceBelowTheFrontEnds = noClasses().that()
            .resideInAnyPackage(MODEL, TEXT, STORE, "jp.kyoseivision.check..").should().dependOnClassesThat()
            .resideInAPackage("jp.kyoseivision.diff..")
            .because("the diff service sits above model and store, beside check, below ui and cli");

    @ArchTest
    static final ArchRule diffUsesNoStoreNorFrontEnds = noClasses().that().resideInAPackage("jp.kyoseivision.diff..")
            .should().dependOnClassesThat().resideInAnyPackage(STORE, UI, CLI, APP)
            .because("the diff compares spheres in memory; reading and saving belong to the callers");

    @ArchTest
    static final ArchRule reportIsAServiceOnTheModel = noClasses().that().resideInAPackage("jp.kyoseivision.report..")
            .should().dependOnClassesThat().resideInAnyPackage(STORE, UI, CLI, APP)
            .because("print documents are built from the model; the window and the command line feed them");

    @ArchTest
    static final ArchRule importerIsAServiceOnTheModel = noClasses().that()
            .resideInAPackage("jp.kyoseivision.importer..").should().dependOnClassesThat()
            .resideInAnyPackage(STORE, UI, CLI, APP)
            .because("a budget table is checked against the sphere in memory; saving it is the caller's one edit");

    @ArchTest
    static final ArchRule noCycles = slices().matching("jp.kyoseivision.(*)..").should().beFreeOfCycles();

    // ---- the window's shape (issue 13): feature packages under ui, view models own the edits, views bind and render

    private static final String UI_COMMON = "jp.kyoseivision.ui.common..";
    private static final String UI_NAV = "jp.kyoseivision.ui.nav..";
    private static final String[] UI_FEATURES = {UI_COMMON, UI_NAV, "jp.kyoseivision.ui.card..",
        "jp.kyoseivision.ui.kpi..", "jp.kyoseivision.ui.diff..", "jp.kyoseivision.ui.print..",
        "jp.kyoseivision.ui.opinion.."};
    /** The edit commands: each builds the next sphere; only a view model hands one to MainViewModel.apply. */
    private static final Class<?>[] EDIT_COMMANDS = {SphereEdits.class, MeasureChange.class, KpiEdits.class,
        BudgetEdits.class, ReasonEdits.class, jp.kyoseivision.edit.CardEdits.class,
        jp.kyoseivision.opinions.OpinionEdits.class};
    /** The store's file classes (opening, reading, writing, copying the plan file); the settings-type classes
     * (Settings, Preferences, AppDirs, AppLog, SafeFiles) are not among them. */
    private static final DescribedPredicate<JavaClass> STORE_FILE_CLASSES = namedIn(STORE.replace("..", "."),
            "PlanFile", "Backups", "EditLock", "SphereReader", "SphereWriter", "SphereSync", "SphereJson", "Sample",
            "Migrations", "PlanSchema", "Sql");

    /** The classes {@code names} of package {@code pkg} (and their nested classes); each must exist, so that a
     * rename cannot leave a rule guarding nothing (some are package-private: no class literal reaches them). */
    private static DescribedPredicate<JavaClass> namedIn(String pkg, String... names) {
        java.util.Set<String> full = new java.util.HashSet<>();
        for (String n : names) {
            try {
                Class.forName(pkg + n, false, ArchitectureTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("ArchitectureTest names a class that is gone: " + pkg + n, e);
            }
            full.add(pkg + n);
        }
        return DescribedPredicate.describe("are " + String.join(", ", names),
                c -> full.contains(c.getName().replaceFirst("\\$.*", "")));
    }

    /** A view model: a class (or a nested class of one) whose name ends in Model — CardFormModel, KpiViewModel,
     * KpiYearModel, DiffViewModel, FieldModel. */
    private static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe("are view models",
            c -> c.getName().replaceFirst("\\$.*", "").endsWith("Model"));

    @ArchTest
    static final ArchRule commonAndNavigationMakeNoEdits = noClasses().that().resideInAnyPackage(UI_COMMON, UI_NAV)
            .should().dependOnClassesThat().belongToAnyOf(EDIT_COMMANDS)
            .orShould().callMethod(MainViewModel.class, "apply", String.class, UnaryOperator.class)
            .orShould().callMethod(MainViewModel.class, "applyEdit", String.class,
                    jp.kyoseivision.edit.SphereEdit.class)
            .because("the shared widgets, the tree and the search only show and select; edits belong to the forms'"
                    + " view models");

    @ArchTest
    static final ArchRule formViewsLeaveTheCommitToTheirViewModels = noClasses()
            .that().belongToAnyOf(CardEditor.class, KpiYearForm.class)
            .should().dependOnClassesThat().belongToAnyOf(EDIT_COMMANDS)
            .orShould().callMethod(MainViewModel.class, "apply", String.class, UnaryOperator.class)
            .orShould().callMethod(MainViewModel.class, "applyEdit", String.class,
                    jp.kyoseivision.edit.SphereEdit.class)
            .orShould().callMethod(KpiViewModel.class, "save", String.class, int.class, String.class, String.class,
                    String.class, String.class, String.class)
            .because("a form view binds its fields to a FieldModel; its view model (CardFormModel, KpiYearModel and"
                    + " KpiViewModel) turns a commit into one undoable edit");

    /** Every class of the feature packages, views and view models, leaves the plan file to MainViewModel. */
    @ArchTest
    static final ArchRule viewsDoNotTouchThePlanFile = noClasses().that().resideInAnyPackage(UI_FEATURES)
            .should().dependOnClassesThat(STORE_FILE_CLASSES)
            .because("a view shows what MainViewModel holds; opening, reading and writing the file is its job");

    /** The views not yet in the shape, which still build their edits and call MainViewModel.apply themselves
     * (docs/architecture.md "Not yet in that shape"); no other view may join them. */
    private static final Class<?>[] VIEWS_THAT_STILL_EDIT = {CardActions.class, DirectionEditor.class,
        StructureEditor.class, KpiEditor.class};

    @ArchTest
    static final ArchRule onlyViewModelsEdit = noClasses().that().resideInAnyPackage(UI_FEATURES)
            .and(not(VIEW_MODELS))
            .and(not(belongToAnyOf(VIEWS_THAT_STILL_EDIT)))
            .should().dependOnClassesThat().belongToAnyOf(EDIT_COMMANDS)
            .orShould().callMethod(MainViewModel.class, "apply", String.class, UnaryOperator.class)
            .orShould().callMethod(MainViewModel.class, "applyEdit", String.class,
                    jp.kyoseivision.edit.SphereEdit.class)
            .because("views bind and render; a view model (…Model) owns the commit of an edit");

    @ArchTest
    static final ArchRule featurePackagesReachTheShellOnlyThroughItsViewModel = noClasses()
            .that().resideInAnyPackage(UI_FEATURES).should().dependOnClassesThat(
                    resideInAPackage("jp.kyoseivision.ui")
                            .and(not(belongToAnyOf(MainViewModel.class))))
            .because("MainWindow, MainMenu, ContentPane and the dialogs put the features together, not the reverse");

    @ArchTest
    static final ArchRule uiFeaturePackagesHaveNoCycles = slices().matching("jp.kyoseivision.ui.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiCommonIsAtTheBottomOfTheUi = noClasses().that().resideInAPackage(UI_COMMON).should()
            .dependOnClassesThat(resideInAPackage(UI)
                    .and(not(resideInAPackage(UI_COMMON))))
            .because("the shared widgets know no feature");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCli = noClasses().that().resideOutsideOfPackages(CLI, APP)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
