package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * X12 837P input through the whole job: the sample night as 837P, screened with the sample's plans,
 * roster and documentation on file, gives the CSV night's findings (issue 17); its split; the roster's taxonomy.
 */
class X12InputIT {

    static final Path SAMPLE_837 = Path.of("sample-data/x12/claims-2026-11-26.837");

    @TempDir
    Path dir;

    @Test
    void theSampleNightAs837pWithTheSamplesDocumentationGivesTheCsvNightsFindings() throws IOException {
        // given: the CSV exports, screened as the README says (plans, roster and documentation beside them)
        Path csvRun = screen(Database.h2(dir.resolve("db-csv")), "out-csv", "sample-data/claims-2026-11-26.csv",
                "sample-data/claims-2026-11-26-westside.csv");

        // when
        Path x12Run = screen(Database.h2(dir.resolve("db-x12")), "out-x12", SAMPLE_837.toString());

        // then: claim, line, rule, severity, denial, liability, amounts and message, every one
        List<String> fromCsv = FhirInputIT.findings(csvRun);
        assertThat(fromCsv).hasSize(SampleExpectations.FINDINGS_BY_RULE.values().stream().mapToInt(i -> i).sum() - 5);
        assertThat(FhirInputIT.findings(x12Run)).containsExactlyElementsOf(fromCsv);
        JsonNode csv = FhirInputIT.summary(csvRun);
        JsonNode x12 = FhirInputIT.summary(x12Run);
        for (String count : List.of("claims_clean", "claims_held", "findings_by_severity", "amount_at_risk")) {
            assertThat(x12.get(count)).as(count).isEqualTo(csv.get(count));
        }
    }

    @Test
    void theSampleNightAs837pNamedAloneTakesTheSamplesReferenceFilesFromOneFolderUp() throws IOException {
        // given: the CSV night with its reference files beside it, as the README screens it
        Path csvRun = bare(Database.h2(dir.resolve("db-csv")), "out-csv", "sample-data/claims-2026-11-26.csv",
                "sample-data/claims-2026-11-26-westside.csv").run();

        // when: the 837P named alone, no reference option: sample-data/x12/ has none beside it
        Screened x12 = bare(Database.h2(dir.resolve("db-x12")), "out-x12", SAMPLE_837.toString());

        // then: sample-data/'s plans, roster and documentation are used, and said to be
        assertThat(x12.err()).contains("claimscreen: reference data plans.csv, providers.csv, documentation.csv from "
                + Path.of("sample-data").toAbsolutePath() + " (none beside the inputs)");
        assertThat(FhirInputIT.findings(x12.run())).containsExactlyElementsOf(FhirInputIT.findings(csvRun));
    }

    @Test
    void theSampleNightAs837pIsScreenedAndItsCleanAndHeldFilesScreenAsTheyWereSplit() throws IOException {
        Path run = screen(Database.h2(dir.resolve("db")), "out", SAMPLE_837.toString());

        JsonNode summary = FhirInputIT.summary(run);
        assertThat(summary.get("claims_read").asLong()).isEqualTo(76);
        assertThat(summary.get("claims_rejected").asLong()).isZero();
        long clean = summary.get("claims_clean").asLong();
        long held = summary.get("claims_held").asLong();
        assertThat(clean + held).isEqualTo(76);
        assertThat(Files.readString(run.resolve("clean").resolve(SAMPLE_837.getFileName()))).startsWith("ISA*");

        // each split file is a valid 837P holding exactly its claims
        JsonNode again = FhirInputIT.summary(screen(Database.h2(dir.resolve("db-split")), "out-split",
                run.resolve("clean").resolve(SAMPLE_837.getFileName()).toString(),
                run.resolve("held").resolve(SAMPLE_837.getFileName()).toString()));
        assertThat(again.get("claims_read").asLong()).isEqualTo(76);
        assertThat(again.get("claims_clean").asLong()).isEqualTo(clean);
        assertThat(again.get("claims_held").asLong()).isEqualTo(held);
        assertThat(again.get("claims_rejected").asLong()).isZero();
    }

    @Test
    void aRenderingProviderWithoutPrvTakesItsTaxonomyFromTheRunsRoster() throws IOException {
        // given: the sample with every PRV*PE (rendering taxonomy) segment taken out, SE01 counts mended
        Path without = Files.createDirectories(dir.resolve("no-prv")).resolve("claims-2026-11-26.837");
        Files.writeString(without, withoutRenderingTaxonomy(Files.readString(SAMPLE_837, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        Path withTaxonomy = screen(Database.h2(dir.resolve("db-a")), "out-a", SAMPLE_837.toString());
        Path fromRoster = screen(Database.h2(dir.resolve("db-b")), "out-b", without.toString());

        assertThat(FhirInputIT.summary(fromRoster).get("claims_rejected").asLong()).isZero();
        assertThat(FhirInputIT.findings(fromRoster)).isEqualTo(FhirInputIT.findings(withTaxonomy)).isNotEmpty();
    }

    /** Drops the PRV*PE segments and lowers each transaction's SE01 by the number dropped from it. */
    private static String withoutRenderingTaxonomy(String interchange) {
        StringBuilder out = new StringBuilder();
        int dropped = 0;
        for (String segment : interchange.split("~", -1)) {
            String trimmed = segment.strip();
            if (trimmed.startsWith("PRV*PE*")) {
                dropped++;
                continue;
            }
            if (trimmed.startsWith("SE*")) {
                String[] se = trimmed.split("\\*");
                segment = segment.replace(trimmed, "SE*" + (Integer.parseInt(se[1]) - dropped) + "*" + se[2]);
                dropped = 0;
            }
            out.append(segment).append('~');
        }
        return out.substring(0, out.length() - 1);
    }

    private record Screened(Path run, String err) {
    }

    /** Screens {@code inputs} with no reference option: the files beside them (or one folder up) serve. */
    private Screened bare(Database db, String outName, String... inputs) {
        return run(db, outName, List.of(), inputs);
    }

    /** Screens {@code inputs} with the sample's plans, roster and documentation named. */
    private Path screen(Database db, String outName, String... inputs) {
        return run(db, outName, List.of("--plans", "sample-data/plans.csv", "--providers", "sample-data/providers.csv",
                "--documentation", "sample-data/documentation.csv"), inputs).run();
    }

    private Screened run(Database db, String outName, List<String> options, String... inputs) {
        Path out = dir.resolve(outName);
        List<String> args = new java.util.ArrayList<>(List.of("screen", "--out", out.toString(), "--as-of", "2026-11-26"));
        args.addAll(options);
        args.addAll(List.of(inputs));
        Cli.Result result = Cli.run(db, args.toArray(String[]::new));
        assertThat(result.exit()).as(result.err()).isZero();
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(run.find()).as(result.out()).isTrue();
        return new Screened(out.resolve(run.group(1)), result.err());
    }
}
