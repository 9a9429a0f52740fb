package org.claimscreen.it;

import java.nio.file.Path;

/** The migration from the staged-lines shape on the real PostgreSQL server. */
class MigrationFromClaimLinePostgresIT extends MigrationFromClaimLineIT {

    @Override
    Database database(Path folder) {
        return Database.freshPostgres();
    }
}
