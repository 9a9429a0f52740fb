package org.claimscreen.it;

import java.nio.file.Path;

/** A rerun reproduces its run, through the real PostgreSQL server. */
class RerunReproducesPostgresIT extends RerunReproducesContract {

    @Override
    Database database(Path dir) {
        return Database.freshPostgres();
    }
}
