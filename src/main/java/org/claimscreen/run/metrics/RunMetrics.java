package org.claimscreen.run.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.claimscreen.persistence.RunCounts;
import org.springframework.stereotype.Component;

/**
 * What runs did, as Micrometer meters: recorded by every command that runs (harmless in a short
 * process), served by {@code schedule --metrics-port} as Prometheus text. Tags carry job names,
 * outcomes, claim statuses and rule ids only: never anything about a member.
 *
 * <ul>
 * <li>{@code claimscreen_runs_total{job,outcome}}: outcome {@code completed}, {@code failed},
 * {@code stopped} (a run's end), or {@code nothing_to_do}, {@code refused} (bad job definition),
 * {@code error} (no run could start)</li>
 * <li>{@code claimscreen_run_duration_seconds{job,outcome}}: how long runs took</li>
 * <li>{@code claimscreen_claims_total{job,status}}: clean, held, rejected, not_screened</li>
 * <li>{@code claimscreen_findings_total{job,rule}}</li>
 * <li>{@code claimscreen_lines_read_total{job}}</li>
 * </ul>
 */
@Component
public class RunMetrics {

    public static final String COMPLETED = "completed";
    public static final String NOTHING_TO_DO = "nothing_to_do";
    public static final String REFUSED = "refused";
    public static final String ERROR = "error";

    private final MeterRegistry registry;

    public RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A run ended (completed, failed or stopped) after {@code took}. */
    public void runEnded(String job, String status, Duration took) {
        String outcome = status.toLowerCase(Locale.ROOT);
        runs(job, outcome).increment();
        Timer.builder("claimscreen.run.duration").description("How long runs took, by job and outcome")
                .tags("job", job, "outcome", outcome).register(registry).record(took);
    }

    /** What a completed run read and found. */
    public void runCompleted(String job, RunCounts counts, Map<String, Long> findingsByRule) {
        claims(job, "clean", counts.claimsClean());
        claims(job, "held", counts.claimsHeld());
        claims(job, "rejected", counts.claimsRejected());
        claims(job, "not_screened", counts.claimsNotScreened());
        findingsByRule.forEach((rule, count) -> Counter.builder("claimscreen.findings")
                .description("Findings by job and rule id").tags("job", job, "rule", rule).register(registry)
                .increment(count));
        Counter.builder("claimscreen.lines.read").description("Claim lines read, by job").tags("job", job)
                .register(registry).increment(counts.linesRead());
    }

    /** A job was due but no run started: {@link #NOTHING_TO_DO}, {@link #REFUSED} or {@link #ERROR}. */
    public void notRun(String job, String outcome) {
        runs(job, outcome).increment();
    }

    private Counter runs(String job, String outcome) {
        return Counter.builder("claimscreen.runs").description("Runs by job and outcome")
                .tags("job", job, "outcome", outcome).register(registry);
    }

    private void claims(String job, String status, long count) {
        Counter.builder("claimscreen.claims").description("Claims read, by job and verdict")
                .tags("job", job, "status", status).register(registry).increment(count);
    }
}
