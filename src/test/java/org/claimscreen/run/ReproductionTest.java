package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Whether a rerun can screen with what its run recorded (issue 16). */
class ReproductionTest {

    private static final String PACK_SHA = "a".repeat(64);
    private static final String OTHER_SHA = "b".repeat(64);
    private static final Path PLANS = Path.of("in/plans.csv");
    private static final Path PROVIDERS = Path.of("in/providers.csv");

    private static Reproduction.Setup setup(String label, String packSha, String plansSha, String providersSha) {
        return new Reproduction.Setup(label, null, packSha, PLANS, plansSha, PROVIDERS, providersSha);
    }

    @Test
    void reproducesARunWhosePackAndReferenceDataAreUnchanged() {
        Reproduction.Outcome outcome = Reproduction.compare(1, setup("builtin 2026.1", PACK_SHA, "p", "r"),
                setup("builtin 2026.1", PACK_SHA, "p", "r"), false);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.notes()).isEmpty();
    }

    @Test
    void refusesARunWhoseRulePackChangedWithoutCurrentRules() {
        Reproduction.Outcome outcome = Reproduction.compare(1, setup("builtin 2026.1", PACK_SHA, "p", "r"),
                setup("builtin 2026.3", OTHER_SHA, "p", "r"), false);

        assertThat(outcome.refusal()).isEqualTo("cannot rerun run 1 with its rule pack: it screened with builtin"
                + " 2026.1 (sha256 aaaaaaaaaaaa...), which is no longer available (the pack now is builtin 2026.3"
                + " (sha256 bbbbbbbbbbbb...)); claimscreen rerun 1 --current-rules screens it with today's");
    }

    @Test
    void refusesAPackWithTheSameVersionButOtherContent() {
        Reproduction.Outcome outcome = Reproduction.compare(1, setup("builtin 2026.1", PACK_SHA, "p", "r"),
                setup("builtin 2026.1", OTHER_SHA, "p", "r"), false);

        assertThat(outcome.refusal()).startsWith("cannot rerun run 1 with its rule pack");
    }

    @Test
    void screensWithTodaysPackWhenAskedAndSaysSo() {
        Reproduction.Outcome outcome = Reproduction.compare(1, setup("builtin 2026.1", PACK_SHA, "p", "r"),
                setup("builtin 2026.3", OTHER_SHA, "p", "r"), true);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.notes()).singleElement().asString().startsWith("rules: today's pack builtin 2026.3");
    }

    @Test
    void checksARunRecordedWithoutAPackHashByItsVersion() {
        Reproduction.Outcome outcome = Reproduction.compare(1, setup("builtin 2026.1", null, "p", "r"),
                setup("builtin 2026.1", PACK_SHA, "p", "r"), false);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.notes()).singleElement().asString().contains("checked by id and version only");
    }

    @Test
    void saysARosterThatChangedAndReadsItAsItIsNow() {
        Reproduction.Outcome outcome = Reproduction.compare(1, setup("builtin 2026.1", PACK_SHA, "p", "r"),
                setup("builtin 2026.1", PACK_SHA, "p", "r2"), false);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.notesText()).startsWith("providers: providers.csv changed since run 1 (sha256 differs)");
    }

    @Test
    void saysDocumentationThatChangedAndReadsItAsItIsNow() {
        Reproduction.Outcome outcome = Reproduction.compare(1, documented("d"), documented("d2"), false);

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.notesText())
                .startsWith("documentation: documentation.csv changed since run 1 (sha256 differs)");
    }

    @Test
    void refusesARunWhoseDocumentationIsGone() {
        Reproduction.Outcome outcome = Reproduction.compare(1, documented("d"), documented(null), false);

        assertThat(outcome.refusal())
                .isEqualTo("cannot rerun run 1: its documentation file in/documentation.csv is gone");
    }

    private static Reproduction.Setup documented(String documentationSha) {
        return new Reproduction.Setup("builtin 2026.1", null, PACK_SHA, PLANS, "p", PROVIDERS, "r",
                Path.of("in/documentation.csv"), documentationSha);
    }

    @Test
    void refusesARunWhosePlansFileIsGone() {
        Reproduction.Outcome outcome = Reproduction.compare(1, setup("builtin 2026.1", PACK_SHA, "p", "r"),
                setup("builtin 2026.1", PACK_SHA, null, "r"), false);

        assertThat(outcome.refusal()).isEqualTo("cannot rerun run 1: its plans file in/plans.csv is gone");
    }

    @Test
    void theBuiltinPackHasAHash() {
        assertThat(Reproduction.rulePackSha256(null)).hasSize(64);
    }
}
