package org.claimscreen.it;

import java.nio.file.Path;

/** Lines, verdicts and findings stored with batch inserts in the embedded H2 database. */
class ClaimStoreH2IT extends ClaimStoreContract {

    @Override
    Database database(Path dir) {
        return Database.h2(dir.resolve("db"));
    }
}
