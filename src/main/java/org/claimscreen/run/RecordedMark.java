package org.claimscreen.run;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * "This step's work is recorded": a mark in the step's execution context, which Spring Batch saves
 * in the same transaction as the work. A step stopped right after its commit ends STOPPED with its
 * work already in the database; when it is started again (its context carried over) the mark says
 * there is nothing left to do, so nothing is recorded twice.
 */
final class RecordedMark {

    private static final String KEY = "claimscreen.recorded";

    private RecordedMark() {
    }

    static boolean isSet(ChunkContext chunk) {
        return context(chunk).containsKey(KEY);
    }

    /** Whether a step execution's context (an earlier attempt's) carries the mark. */
    static boolean isSet(ExecutionContext context) {
        return context.containsKey(KEY);
    }

    static void set(ChunkContext chunk) {
        context(chunk).putString(KEY, "true");
    }

    private static ExecutionContext context(ChunkContext chunk) {
        return chunk.getStepContext().getStepExecution().getExecutionContext();
    }
}
