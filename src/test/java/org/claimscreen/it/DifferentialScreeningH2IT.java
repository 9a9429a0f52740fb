package org.claimscreen.it;

import java.nio.file.Path;

/** The differential night on the embedded H2 file database. */
class DifferentialScreeningH2IT extends DifferentialScreeningContract {

    @Override
    Database database(Path work) {
        return Database.h2(work);
    }

    @Override
    String label() {
        return "h2";
    }
}
