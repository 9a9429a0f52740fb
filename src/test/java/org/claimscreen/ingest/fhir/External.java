package org.claimscreen.ingest.fhir;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the public claim data written by others lives (see its README): {@code ../shared/data/external}
 * beside the project, as on developers' machines and in CI, or {@code -Dclaimscreen.external=DIR}.
 */
final class External {

    static final Path DIR = Path.of(System.getProperty("claimscreen.external", "../shared/data/external"))
            .toAbsolutePath().normalize();

    private External() {
    }

    /** Skips a test where the data is not beside the project; in CI (CI=true) its absence fails instead. */
    static void requireData() {
        boolean present = Files.isDirectory(DIR.resolve("hl7-fhir-r4-examples"));
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail("the external claim data is missing at " + DIR + " (CI must have it)");
        }
        Assumptions.assumeTrue(present, "external claim data not found at " + DIR);
    }
}
