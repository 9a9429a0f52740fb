package org.claimscreen.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The claim model, the rules and their findings are plain Java: readers map Commons CSV and HAPI
 * FHIR types into them at the edge, and Spring Batch only calls them. Keeping them free of those
 * libraries keeps the rules testable in milliseconds and portable to another runner.
 */
@AnalyzeClasses(packages = "org.claimscreen", importOptions = ImportOption.DoNotIncludeTests.class)
class FrameworkFreeCoreTest {

    @ArchTest
    static final ArchRule coreDependsOnNoFramework = noClasses()
            .that().resideInAPackage("org.claimscreen.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "ca.uhn.fhir..",
                    "org.apache.commons.csv..", "org.hl7..", "com.fasterxml.jackson..", "tools.jackson..",
                    "org.yaml..", "java.sql..", "javax.sql..", "io.micrometer..", "picocli..", "io.xlate..")
            .because("the domain and rules must stay framework-free (style.md, rule 5)");
}
