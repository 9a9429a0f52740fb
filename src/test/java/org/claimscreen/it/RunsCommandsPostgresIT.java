package org.claimscreen.it;

import java.nio.file.Path;

/** runs, show, restart (of a failed and of a killed run) and rerun on the real PostgreSQL server. */
class RunsCommandsPostgresIT extends RunsCommandsIT {

    @Override
    Database database(Path folder) {
        return Database.freshPostgres();
    }
}
