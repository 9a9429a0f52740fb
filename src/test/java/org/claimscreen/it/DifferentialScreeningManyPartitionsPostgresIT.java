package org.claimscreen.it;

import java.nio.file.Path;
import java.util.Map;

/**
 * The differential night on PostgreSQL cut into many small partitions (about 500 KB of input
 * each) on two threads: the same golden, whatever the partitions.
 */
class DifferentialScreeningManyPartitionsPostgresIT extends DifferentialScreeningContract {

    @Override
    Database database(Path work) {
        return Database.freshPostgres();
    }

    @Override
    String label() {
        return "postgres-many-partitions";
    }

    @Override
    protected Map<String, String> systemProperties() {
        return Map.of("claimscreen.partition.threads", "2", "claimscreen.partition.bytes", "500000");
    }
}
