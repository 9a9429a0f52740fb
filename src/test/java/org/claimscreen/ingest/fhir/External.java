package org.claimscreen.ingest.fhir;

import java.nio.file.Path;

/** Where the public claim data written by others lives (see its README). */
final class External {

    static final Path DIR = Path.of(System.getProperty("claimscreen.external", "/work/shared/data/external"));

    private External() {
    }
}
