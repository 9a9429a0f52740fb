package org.claimscreen.intake.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The FHIR reader is plain Java so it can be tested and reused without a Spring context, and it
 * is the only place HAPI FHIR is used: everything behind it sees domain rows.
 */
@AnalyzeClasses(packages = "org.claimscreen", importOptions = ImportOption.DoNotIncludeTests.class)
class IngestFhirArchitectureTest {

    @ArchTest
    static final ArchRule fhirReadersDoNotUseSpring = noClasses()
            .that().resideInAPackage("org.claimscreen.intake.fhir..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule onlyTheFhirReaderUsesHapi = noClasses()
            .that().resideOutsideOfPackage("org.claimscreen.intake.fhir..")
            .should().dependOnClassesThat().resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
            .because("HAPI types are mapped into the domain at the edge (style.md rule 5)");
}
