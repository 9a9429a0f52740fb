package org.claimscreen.it;

import java.nio.file.Path;
import java.util.Map;

/** The differential night on H2, every partition on one thread: the same golden. */
class DifferentialScreeningOneThreadH2IT extends DifferentialScreeningContract {

    @Override
    Database database(Path work) {
        return Database.h2(work);
    }

    @Override
    String label() {
        return "h2-one-thread";
    }

    @Override
    protected Map<String, String> systemProperties() {
        return Map.of("claimscreen.partition.threads", "1");
    }
}
