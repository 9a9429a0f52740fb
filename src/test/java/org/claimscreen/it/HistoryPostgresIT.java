package org.claimscreen.it;

import java.nio.file.Path;

/** History rules through the real PostgreSQL server. */
class HistoryPostgresIT extends HistoryContract {

    @Override
    Database database(Path dir) {
        return Database.freshPostgres();
    }
}
