package org.claimscreen.it;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Tuva excerpt through its mapping on the real PostgreSQL server, as {@link ColumnMappingIT} does on H2. */
class ColumnMappingPostgresIT {

    @TempDir
    Path dir;

    @Test
    void screensTheTuvaExcerptWithItsMappingAndTheRoster() throws IOException {
        Database db = Database.freshPostgres();
        try {
            ColumnMappingIT.assertTuvaExcerptScreened(db, dir.resolve("out"));
        } finally {
            db.drop().run();
        }
    }
}
