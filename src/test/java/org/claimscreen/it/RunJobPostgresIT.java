package org.claimscreen.it;

import java.nio.file.Path;

/** run JOB, its archive and failed folders, restart and rerun of a job's run on the real PostgreSQL server. */
class RunJobPostgresIT extends RunJobIT {

    @Override
    Database database(Path folder) {
        return Database.freshPostgres();
    }
}
