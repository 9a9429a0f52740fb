package org.claimscreen.intake.csv;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The CSV readers are plain Java so they can be tested and reused without a Spring context. */
@AnalyzeClasses(packages = "org.claimscreen.intake.csv", importOptions = ImportOption.DoNotIncludeTests.class)
class IngestCsvArchitectureTest {

    @ArchTest
    static final ArchRule csvReadersDoNotUseSpring = noClasses()
            .that().resideInAPackage("org.claimscreen.intake.csv..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
