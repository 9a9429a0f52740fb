package org.claimscreen.cli;

import java.time.LocalDate;
import org.claimscreen.config.JobDefinition;

/**
 * What {@code claimscreen run JOB} was asked to do.
 *
 * @param asOf the date to screen as of; null for today in the job's zone
 */
public record RunOptions(JobDefinition job, LocalDate asOf) {
}
