package org.claimscreen.it;

import java.nio.file.Path;

/** A rerun reproduces its run, through the embedded H2 database. */
class RerunReproducesH2IT extends RerunReproducesContract {

    @Override
    Database database(Path dir) {
        return Database.h2(dir.resolve("db"));
    }
}
