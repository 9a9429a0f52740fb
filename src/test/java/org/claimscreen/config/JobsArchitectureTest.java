package org.claimscreen.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Job definitions, the inbox, the scheduler and the metrics sit below the batch job and the
 * command line: the job's steps read a definition's rule overrides, so the other way round would
 * be a cycle.
 */
@AnalyzeClasses(packages = "org.claimscreen", importOptions = ImportOption.DoNotIncludeTests.class)
class JobsArchitectureTest {

    @ArchTest
    static final ArchRule jobsAndMetricsDoNotDependOnTheJobOrTheCommandLine = noClasses()
            .that().resideInAnyPackage("org.claimscreen.config..", "org.claimscreen.run.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.claimscreen.run..", "org.claimscreen.cli..");
}
