package org.claimscreen.cli;

import java.util.List;
import org.claimscreen.config.JobDefinition;

/**
 * What {@code claimscreen schedule} was asked to do.
 *
 * @param jobs        the jobs to run at their times, each with a schedule
 * @param metricsPort where to serve /metrics, null for nowhere
 */
public record ScheduleOptions(List<JobDefinition> jobs, Integer metricsPort) {

    public ScheduleOptions {
        jobs = List.copyOf(jobs);
    }
}
