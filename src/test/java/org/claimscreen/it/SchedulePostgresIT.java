package org.claimscreen.it;

import java.nio.file.Path;

/** schedule, its metrics and its stop on SIGTERM on the real PostgreSQL server. */
class SchedulePostgresIT extends ScheduleIT {

    @Override
    Database database(Path folder) {
        return Database.freshPostgres();
    }
}
