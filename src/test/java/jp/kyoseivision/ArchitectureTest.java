package jp.kyoseivision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Keeps the layers' arrows pointing one way: model ← store ← services ← ui / cli; app on top. */
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

    @ArchTest
    static final ArchRule storeKnowsNoServicesNorFrontEnds = noClasses().that().resideInAPackage(STORE).should()
            .dependOnClassesThat().resideInAnyPackage(UI, CLI, APP, "jp.kyoseivision.check..", "jp.kyoseivision.kpi..");

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

    @ArchTest
    static final ArchRule noStandardStreamsOutsideTheCli = noClasses().that().resideOutsideOfPackages(CLI, APP)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
}
