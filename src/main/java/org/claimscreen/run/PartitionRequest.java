package org.claimscreen.run;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Screen this partition": what the manager puts on the queue for a worker. It names the step
 * execution only; the worker reads the rest (the run's parameters, its bucket) from the job
 * repository both share. JSON, not Java serialization, so that a message on the queue can be read
 * by whoever looks and can never make a worker build objects it was not asked for.
 */
record PartitionRequest(long jobExecutionId, long stepExecutionId, String stepName) {

    private static final JsonMapper JSON = JsonMapper.shared();

    byte[] toJson() {
        return JSON.writeValueAsBytes(Map.of("job_execution_id", jobExecutionId, "step_execution_id", stepExecutionId,
                "step_name", stepName));
    }

    /** The request in a message body; a body that is none is refused with what was wrong. */
    static PartitionRequest fromJson(byte[] body) {
        try {
            var node = JSON.readTree(body);
            if (!node.path("job_execution_id").canConvertToLong() || !node.path("step_execution_id").canConvertToLong()
                    || !node.path("step_name").isString()) {
                throw new IllegalArgumentException("not a partition request: " + preview(body));
            }
            return new PartitionRequest(node.get("job_execution_id").asLong(), node.get("step_execution_id").asLong(),
                    node.get("step_name").asString());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a partition request: " + preview(body), e);
        }
    }

    private static String preview(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        return "'" + text.replaceAll("\\p{Cntrl}", "?") + (body.length > 80 ? "…'" : "'");
    }
}
