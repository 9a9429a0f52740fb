package org.claimscreen.it;

import java.nio.file.Path;

/** The sample night on the real PostgreSQL server, in a database made for this test. */
class ScreenSampleDataPostgresIT extends ScreenSampleDataContract {

    @Override
    Database database(Path work) {
        return Database.freshPostgres();
    }
}
