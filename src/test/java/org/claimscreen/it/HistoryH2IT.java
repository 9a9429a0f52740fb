package org.claimscreen.it;

import java.nio.file.Path;

/** History rules through the embedded H2 database. */
class HistoryH2IT extends HistoryContract {

    @Override
    Database database(Path dir) {
        return Database.h2(dir.resolve("db"));
    }
}
