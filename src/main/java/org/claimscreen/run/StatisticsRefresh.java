package org.claimscreen.run;

import org.claimscreen.persistence.ClaimStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Before screening: the database learns how many lines were staged (see {@link ClaimStore#refreshStatistics()}). */
class StatisticsRefresh implements StepExecutionListener {

    private final ClaimStore claims;

    StatisticsRefresh(ClaimStore claims) {
        this.claims = claims;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        claims.refreshStatistics();
    }
}
