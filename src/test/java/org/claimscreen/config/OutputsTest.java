package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimscreen.config.Outputs.File;
import org.junit.jupiter.api.Test;

/** The names of a run's outputs, as --outputs and a job's output.files give them. */
class OutputsTest {

    @Test
    void readsACommaSeparatedListAndAlwaysWritesTheSummary() {
        Outputs outputs = Outputs.parse("findings-csv, report");

        assertThat(outputs.files()).containsExactlyInAnyOrder(File.FINDINGS_CSV, File.REPORT, File.SUMMARY);
        assertThat(outputs.has(File.SPLIT)).isFalse();
        assertThat(outputs.text()).isEqualTo("report,findings-csv,summary");
    }

    @Test
    void takesNamesInAnyCaseAndOrderAndTwice() {
        assertThat(Outputs.parse("SPLIT,summary,split")).isEqualTo(Outputs.of(List.of("split")));
    }

    @Test
    void everyOutputIsAllOfThem() {
        assertThat(Outputs.parse("report,findings-csv,findings-json,split,summary,rejects,not-screened,x12-acknowledgements"))
                .isEqualTo(Outputs.ALL);
        assertThat(Outputs.ALL.text()).isEqualTo("report,findings-csv,findings-json,split,summary,rejects,not-screened,x12-acknowledgements");
    }

    @Test
    void aRunRecordedBeforeTheChoiceWroteAll() {
        assertThat(Outputs.recorded(null)).isEqualTo(Outputs.ALL);
        assertThat(Outputs.recorded("")).isEqualTo(Outputs.ALL);
        assertThat(Outputs.recorded("summary,rejects").files()).containsExactlyInAnyOrder(File.SUMMARY, File.REJECTS);
    }

    @Test
    void roundTripsThroughItsText() {
        Outputs outputs = Outputs.parse("not-screened,findings-json");

        assertThat(Outputs.recorded(outputs.text())).isEqualTo(outputs);
    }

    @Test
    void leavesOneOut() {
        assertThat(Outputs.ALL.without(File.SPLIT).has(File.SPLIT)).isFalse();
        assertThat(Outputs.ALL.without(File.SUMMARY).has(File.SUMMARY)).as("summary is always written").isTrue();
    }

    @Test
    void refusesAnUnknownNameListingTheKnownOnes() {
        assertThatThrownBy(() -> Outputs.parse("report,html"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'html' is not an output (report, findings-csv, findings-json, split, summary, rejects,"
                        + " not-screened, x12-acknowledgements)");
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> Outputs.parse(" , "))
                .hasMessage("names no output (report, findings-csv, findings-json, split, summary, rejects, not-screened, x12-acknowledgements)");
    }
}
