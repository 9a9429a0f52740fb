package org.claimscreen.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.claimscreen.output.FindingRow;
import org.claimscreen.output.FindingSink;

/**
 * A report written on a thread of its own from the findings the step's thread reads: the findings
 * are handed over in small batches through a short queue, so memory holds a few hundred of them
 * at most. {@link #finish} waits for the report to be complete and rethrows what made it fail;
 * close it in any case, so that after a failure it stops before its file is cleaned up.
 */
final class FindingsHandOff implements FindingSink, AutoCloseable {

    private static final int BATCH = 256;
    private static final List<FindingRow> END = new ArrayList<>();

    private final BlockingQueue<List<FindingRow>> queue = new ArrayBlockingQueue<>(8);
    private final BackgroundWork work;
    private final long[] written = new long[1];
    private List<FindingRow> batch = new ArrayList<>(BATCH);
    private boolean finished;

    FindingsHandOff(String threadName, FindingSink report) {
        work = BackgroundWork.start(threadName, stop -> {
            while (true) {
                List<FindingRow> rows = queue.poll(100, TimeUnit.MILLISECONDS);
                stop.check();
                if (rows == END) {
                    break;
                }
                if (rows != null) {
                    for (FindingRow row : rows) {
                        report.accept(row);
                    }
                }
            }
            written[0] = report.finish();
        });
    }

    @Override
    public void accept(FindingRow finding) throws IOException {
        batch.add(finding);
        if (batch.size() == BATCH) {
            handOver(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    @Override
    public long finish() throws IOException {
        handOver(batch);
        handOver(END);
        finished = true;
        awaitReport();
        return written[0];
    }

    private void awaitReport() throws IOException {
        try {
            work.await();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** Stops the report's thread, unless it finished, and waits until it has. */
    @Override
    public void close() {
        if (!finished) {
            work.cancel();
        }
    }

    private void handOver(List<FindingRow> rows) throws IOException {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (work.done()) {
                    // the report's thread failed: its error, rather than waiting for ever
                    finished = true;
                    awaitReport();
                    throw new IllegalStateException("the report's thread ended before the findings did");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing findings over");
        }
    }
}
