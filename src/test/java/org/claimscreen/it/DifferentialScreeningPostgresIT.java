package org.claimscreen.it;

import java.nio.file.Path;

/** The differential night on the real PostgreSQL server, in a database made for this test. */
class DifferentialScreeningPostgresIT extends DifferentialScreeningContract {

    @Override
    Database database(Path work) {
        return Database.freshPostgres();
    }

    @Override
    String label() {
        return "postgres";
    }
}
