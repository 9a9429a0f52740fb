package org.claimscreen.it;

import java.nio.file.Path;

/** Lines, verdicts and findings stored with COPY on the real PostgreSQL server. */
class ClaimStorePostgresIT extends ClaimStoreContract {

    @Override
    Database database(Path dir) {
        return Database.freshPostgres();
    }
}
