package org.claimscreen.it;

import java.nio.file.Path;

/** The 999-style summary of each 837P transaction, through the embedded H2 database. */
class X12AcknowledgementsH2IT extends X12AcknowledgementsContract {

    @Override
    Database database(Path dir) {
        return Database.h2(dir.resolve("db"));
    }
}
