package org.claimscreen.run.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.claimscreen.persistence.RunCounts;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RunMetrics metrics = new RunMetrics(registry);

    @Test
    void countsRunsByJobAndOutcome() {
        metrics.runEnded("nightly", "COMPLETED", Duration.ofSeconds(3));
        metrics.runEnded("nightly", "COMPLETED", Duration.ofSeconds(5));
        metrics.runEnded("nightly", "FAILED", Duration.ofSeconds(1));
        metrics.notRun("nightly", RunMetrics.NOTHING_TO_DO);

        String text = registry.scrape();

        assertThat(text).contains("claimscreen_runs_total{job=\"nightly\",outcome=\"completed\"} 2.0")
                .contains("claimscreen_runs_total{job=\"nightly\",outcome=\"failed\"} 1.0")
                .contains("claimscreen_runs_total{job=\"nightly\",outcome=\"nothing_to_do\"} 1.0")
                .contains("claimscreen_run_duration_seconds_count{job=\"nightly\",outcome=\"completed\"} 2")
                .contains("claimscreen_run_duration_seconds_sum{job=\"nightly\",outcome=\"completed\"} 8.0");
    }

    @Test
    void addsUpWhatCompletedRunsReadAndFound() {
        RunCounts counts = new RunCounts(84, 34, 45, 4, 1, 375, 92, 4, 167, 784100, 248900);

        metrics.runCompleted("nightly", counts, Map.of("MCR-MASSAGE-STANDALONE", 11L, "PAY-SELF-PAY", 19L));
        metrics.runCompleted("nightly", counts, Map.of("MCR-MASSAGE-STANDALONE", 1L));

        assertThat(registry.scrape())
                .contains("claimscreen_claims_total{job=\"nightly\",status=\"clean\"} 68.0")
                .contains("claimscreen_claims_total{job=\"nightly\",status=\"held\"} 90.0")
                .contains("claimscreen_claims_total{job=\"nightly\",status=\"rejected\"} 8.0")
                .contains("claimscreen_claims_total{job=\"nightly\",status=\"not_screened\"} 2.0")
                .contains("claimscreen_findings_total{job=\"nightly\",rule=\"MCR-MASSAGE-STANDALONE\"} 12.0")
                .contains("claimscreen_findings_total{job=\"nightly\",rule=\"PAY-SELF-PAY\"} 19.0")
                .contains("claimscreen_lines_read_total{job=\"nightly\"} 750.0");
    }

    @Test
    void servesTheMetricsAtSlashMetricsOnly() throws Exception {
        metrics.notRun("nightly", RunMetrics.REFUSED);
        try (MetricsServer server = MetricsServer.start(registry, 0)) {
            HttpResponse<String> metricsPage = get(server.port(), "/metrics");
            HttpResponse<String> other = get(server.port(), "/");

            assertThat(metricsPage.statusCode()).isEqualTo(200);
            assertThat(metricsPage.headers().firstValue("Content-Type")).hasValue(MetricsServer.CONTENT_TYPE);
            assertThat(metricsPage.body()).contains("claimscreen_runs_total{job=\"nightly\",outcome=\"refused\"} 1.0");
            assertThat(other.statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
