package org.claimscreen.run;

import org.springframework.stereotype.Component;

/** Whether this process is a worker ({@code claimscreen worker}): it screens partitions of runs other processes own. */
@Component
public class WorkerRole {

    private volatile boolean worker;

    public void becomeWorker() {
        worker = true;
    }

    public boolean isWorker() {
        return worker;
    }
}
