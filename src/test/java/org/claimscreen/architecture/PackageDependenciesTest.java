package org.claimscreen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The directions of imports between claimscreen's packages (docs/architecture.md, "Packages"): the
 * domain at the centre knows nothing else of the project; formats, configuration, outputs and the
 * database are its edges; the run wires them; the command line sits on top. A class that needs a
 * reverse import is in the wrong package or needs an interface in the domain.
 */
@AnalyzeClasses(packages = "org.claimscreen", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

    private static final String DOMAIN = "org.claimscreen.domain..";
    private static final String INTAKE = "org.claimscreen.intake..";
    private static final String CONFIG = "org.claimscreen.config..";
    private static final String OUTPUT = "org.claimscreen.output..";
    private static final String PERSISTENCE = "org.claimscreen.persistence..";
    private static final String RUN = "org.claimscreen.run..";
    private static final String CLI = "org.claimscreen.cli..";

    @ArchTest
    static final ArchRule domainImportsNothingElseOfTheProject = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(INTAKE, CONFIG, OUTPUT, PERSISTENCE, RUN, CLI)
            .because("the claim model and the rules are the centre every edge depends on, never the reverse");

    @ArchTest
    static final ArchRule intakeReadsIntoTheDomainOnly = noClasses()
            .that().resideInAPackage(INTAKE)
            .should().dependOnClassesThat().resideInAnyPackage(CONFIG, OUTPUT, PERSISTENCE, RUN, CLI)
            .because("a format's reader turns files into domain claims and knows nothing of what happens next");

    @ArchTest
    static final ArchRule configKnowsNoRunOrStore = noClasses()
            .that().resideInAPackage(CONFIG)
            .should().dependOnClassesThat().resideInAnyPackage(OUTPUT, PERSISTENCE, RUN, CLI)
            .because("rule packs, mappings and job definitions are read and checked without a database or a run");

    @ArchTest
    static final ArchRule persistenceDoesNotImportOutput = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(OUTPUT, CONFIG, RUN, CLI)
            .because("the store records results; the reports are written from part files, not from the store");

    @ArchTest
    static final ArchRule outputDoesNotTouchTheDatabase = noClasses()
            .that().resideInAPackage(OUTPUT)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, RUN, CLI, "java.sql..",
                    "javax.sql..", "org.springframework.jdbc..")
            .because("reports come from what was screened (part files and counters), never from queries");

    @ArchTest
    static final ArchRule onlyTheCommandLineImportsIt = noClasses()
            .that().resideOutsideOfPackage(CLI).and().resideOutsideOfPackage("org.claimscreen")
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("commands sit on top of everything; nothing below knows how it was started");
}
