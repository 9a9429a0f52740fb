package org.claimscreen.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per bucket the route step wrote, named after it. On a restart Spring Batch reuses
 * the partitions it recorded and runs only those not done.
 */
class BucketPartitioner implements Partitioner {

    private final Path workDir;

    BucketPartitioner(Path workDir) {
        this.workDir = workDir;
    }

    /** The step that screens a partition, here or on a worker. */
    static final String WORKER_STEP = "screenBucket";

    /** The step name Spring Batch gives a bucket's partition: {@code screenBucket:bucket-00042}. */
    static String stepName(int bucket) {
        return WORKER_STEP + ":" + partitionName(bucket);
    }

    private static String partitionName(int bucket) {
        return String.format("bucket-%05d", bucket);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        try {
            for (int bucket : RouteInputsTasklet.readManifest(workDir)) {
                ExecutionContext context = new ExecutionContext();
                context.putInt("bucket", bucket);
                partitions.put(partitionName(bucket), context);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run's buckets in " + workDir + ": " + e.getMessage(), e);
        }
        return partitions;
    }
}
