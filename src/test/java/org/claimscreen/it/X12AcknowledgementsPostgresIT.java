package org.claimscreen.it;

import java.nio.file.Path;

/** The 999-style summary of each 837P transaction, through the real PostgreSQL server. */
class X12AcknowledgementsPostgresIT extends X12AcknowledgementsContract {

    @Override
    Database database(Path dir) {
        return Database.freshPostgres();
    }
}
