package org.claimscreen.run.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the benchmarks (docs/benchmarks.md) read from a screening process, printed on standard error
 * only when it runs with {@code -Dclaimscreen.measure=true}: when the first claim was read (start-up
 * is measured from process launch to then) and, at exit, the heap's peak use and the time spent in
 * garbage collection. Off by default: then each hook is one boolean test. Lines start with
 * {@value #PREFIX} and carry no claim data.
 */
public final class Measurements {

    public static final String PROPERTY = "claimscreen.measure";
    public static final String PREFIX = "claimscreen-measure:";

    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final AtomicBoolean FIRST_CLAIM_SEEN = new AtomicBoolean();

    private Measurements() {
    }

    /** Prints the heap and GC figures when the JVM exits; call once, first thing in main. */
    public static void printAtExitWhenAsked() {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(Measurements::printAtExit, "claimscreen-measure"));
        }
    }

    /** Marks the first claim (CSV row or FHIR resource) read in this process; later calls do nothing. */
    public static void claimRead() {
        if (ON && FIRST_CLAIM_SEEN.compareAndSet(false, true)) {
            long now = System.currentTimeMillis();
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            long processStart = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(-1L);
            System.err.printf(Locale.ROOT, "%s first-claim-read epoch-ms=%d jvm-start-epoch-ms=%d process-start-epoch-ms=%d%n",
                    PREFIX, now, jvmStart, processStart);
        }
    }

    private static void printAtExit() {
        long heapPeaks = 0;
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                long peak = pool.getPeakUsage().getUsed();
                heapPeaks += peak;
                pools.append(pools.isEmpty() ? "" : ";").append(pool.getName().replace(' ', '_')).append('=').append(peak);
            }
        }
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, gc.getCollectionCount());
            collectionMillis += Math.max(0, gc.getCollectionTime());
        }
        System.err.printf(Locale.ROOT, "%s exit heap-pool-peaks-bytes=%d heap-max-bytes=%d gc-count=%d gc-ms=%d pools=%s%n",
                PREFIX, heapPeaks, Runtime.getRuntime().maxMemory(), collections, collectionMillis, pools);
        System.err.flush();
    }
}
