package org.claimscreen.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimscreen.config.BuiltinPack;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.rules.RuleEngine;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.intake.ClaimFormat;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.RecordRejectedException;
import org.claimscreen.intake.csv.ColumnMapping;
import org.claimscreen.intake.csv.ReferenceDataCsv;
import org.claimscreen.intake.fhir.FhirSampleData;
import org.claimscreen.intake.x12.X12ClaimFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample night as 837P: the generator's output, read back, and screened beside the CSV exports,
 * with the sample's documentation on file (what issue 17 asks: the CSV sample's findings) and without.
 */
class X12SampleDataTest {

    private static final Path SAMPLE = X12SampleData.SAMPLE_DATA.resolve(X12SampleData.FILE);

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws Exception {
        assertThat(Files.readString(SAMPLE)).isEqualTo(X12SampleData.text(X12SampleData.SAMPLE_DATA));
    }

    @Test
    void theCommittedDocumentationIsWhatTheGeneratorWrites() throws Exception {
        assertThat(Files.readString(X12SampleData.SAMPLE_DATA.resolve(DocumentationSampleData.FILE)))
                .isEqualTo(DocumentationSampleData.text(X12SampleData.SAMPLE_DATA));
    }

    @Test
    void withTheDocumentationOnFileItsFindingsAreExactlyTheCsvExports() throws Exception {
        // given
        RuleEngine engine = engine();
        Map<String, Claim> csv = csvClaims();

        // when: read as a run reads it, through the formats with the run's documentation on file
        Map<String, Claim> x12 = documentedX12Claims();

        // then: rule, claim, line, severity, denial, liability and amounts, claim by claim
        assertThat(x12.keySet()).containsExactlyElementsOf(csv.keySet());
        int findings = 0;
        for (String id : csv.keySet()) {
            List<String> fromCsv = detailed(engine.screen(csv.get(id), AS_OF).findings());
            assertThat(detailed(engine.screen(x12.get(id), AS_OF).findings())).as(id).isEqualTo(fromCsv);
            findings += fromCsv.size();
        }
        assertThat(findings).isPositive();
    }

    @Test
    void theCsvExportsScreenedWithTheirOwnDocumentationGiveTheirFindingsUnchanged() throws Exception {
        // given
        RuleEngine engine = engine();
        Documentation documentation = documentation();

        // when / then: the file mirrors what the lines state, and what a line states wins
        for (Claim claim : csvClaims().values()) {
            assertThat(documentation.fill(claim)).as(claim.claimId()).isSameAs(claim);
        }
    }

    @Test
    void readsBackEveryClaimOfTheCsvExportsWithoutRejects() throws Exception {
        // given
        List<String> csvIds = csvClaims().keySet().stream().toList();

        // when
        Map<String, Claim> x12 = x12Claims();

        // then
        assertThat(x12.keySet()).containsExactlyElementsOf(csvIds);
    }

    @Test
    void withoutDocumentationItsFindingsAreTheCsvsOnceItsClaimsLoseWhatAn837pCannotCarry() throws Exception {
        // given
        RuleEngine engine = engine();
        Map<String, Claim> csv = csvClaims();
        Map<String, Claim> x12 = x12Claims();

        // when / then: the CSV claim without plan of care, ABN (but GA), LMN and minutes screens as its 837P twin
        for (String id : csv.keySet()) {
            assertThat(findings(engine.screen(x12.get(id), AS_OF).findings())).as(id)
                    .isEqualTo(findings(engine.screen(asAn837pCarriesIt(csv.get(id)), AS_OF).findings()));
        }
    }

    @Test
    void withoutDocumentationTheFindingsThatDifferFromTheCsvsAreThoseOfTheFieldsAn837pLacks() throws Exception {
        // given
        RuleEngine engine = engine();
        Map<String, Claim> csv = csvClaims();
        Map<String, Claim> x12 = x12Claims();

        // when: findings only one side has, counted by rule (docs/x12-837p.md lists them)
        Map<String, Integer> onlyCsv = new TreeMap<>();
        Map<String, Integer> onlyX12 = new TreeMap<>();
        for (String id : csv.keySet()) {
            List<String> fromCsv = findings(engine.screen(csv.get(id), AS_OF).findings());
            List<String> fromX12 = findings(engine.screen(x12.get(id), AS_OF).findings());
            count(onlyCsv, fromCsv, fromX12);
            count(onlyX12, fromX12, fromCsv);
        }

        // then
        assertThat(onlyCsv).containsOnlyKeys("GEN-UNITS-MINUTES", "MCR-ABN-MISSING", "MCR-ABN-NO-GA", "MCR-LMT-SUPERVISED");
        assertThat(onlyX12).containsOnlyKeys("MCR-THERAPY-NO-PLAN-OF-CARE", "MCR-ABN-MISSING", "MCR-LMT-NOT-INTEGRAL",
                "PAY-HSA-FSA-LMN");
        System.out.println("X12 sample: findings only from the CSV " + onlyCsv + ", only from the 837P " + onlyX12);
    }

    @Test
    void itsCleanAndHeldFilesReReadAsValid837pHoldingExactlyTheCleanAndHeldClaims(@TempDir Path dir)
            throws Exception {
        // given: the verdicts of screening the 837P
        RuleEngine engine = engine();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Claim claim : x12Claims().values()) {
            statuses.put(claim.claimId(), engine.screen(claim, AS_OF).status().name());
        }
        Path clean = Files.createDirectories(dir.resolve("clean"));
        Path held = Files.createDirectories(dir.resolve("held"));

        // when
        new X12ClaimFormat().splitter().split(SAMPLE, statuses, clean, held);

        // then
        assertThat(readIds(clean.resolve(SAMPLE.getFileName()))).containsExactlyElementsOf(
                statuses.entrySet().stream().filter(e -> e.getValue().equals("CLEAN")).map(Map.Entry::getKey).toList());
        assertThat(readIds(held.resolve(SAMPLE.getFileName()))).containsExactlyElementsOf(
                statuses.entrySet().stream().filter(e -> e.getValue().equals("HELD")).map(Map.Entry::getKey).toList());
        assertThat(statuses).containsValues("CLEAN", "HELD");
    }

    private static List<String> readIds(Path file) throws Exception {
        return new ArrayList<>(claimsOf(file).keySet());
    }

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private static RuleEngine engine() {
        return new RuleEngine(BuiltinPack.create(), ReferenceDataCsv.load(
                X12SampleData.SAMPLE_DATA.resolve("plans.csv"), X12SampleData.SAMPLE_DATA.resolve("providers.csv")));
    }

    private static void count(Map<String, Integer> counts, List<String> side, List<String> other) {
        List<String> only = new ArrayList<>(side);
        for (String finding : other) {
            only.remove(finding);
        }
        for (String finding : only) {
            counts.merge(finding.replaceAll("@.*", ""), 1, Integer::sum);
        }
    }

    /** The claim as the 837P reader gives it back: no plan of care, LMN or minutes; ABN on file only with GA. */
    private static Claim asAn837pCarriesIt(Claim claim) {
        List<ClaimLine> lines = new ArrayList<>();
        for (ClaimLine l : claim.lines()) {
            lines.add(new ClaimLine(l.lineNumber(), l.sourceLine(), l.serviceDate(), l.placeOfService(), l.procedureCode(),
                    l.modifiers(), l.units(), null, l.charge(), l.diagnosisPointers(), l.renderingNpi(),
                    l.renderingTaxonomy(), l.supervisingNpi(), l.referringNpi(), l.billingNpi(), Indicator.NOT_GIVEN,
                    l.hasModifier("GA") ? Indicator.YES : Indicator.NOT_GIVEN, Indicator.NOT_GIVEN));
        }
        return new Claim(claim.claimId(), claim.sourceFile(), claim.memberId(), claim.birthDate(), claim.payerType(),
                claim.payerId(), claim.payerType() == org.claimscreen.domain.claim.PayerType.MEDICARE_ADVANTAGE
                        ? claim.planId() : null, claim.diagnoses(), lines,
                org.claimscreen.domain.claim.ReportedDate.of(claim.initialTreatment().date()));
    }

    private static List<String> findings(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + (f.lineNumber() == null ? "" : "@" + f.lineNumber())).sorted().toList();
    }

    private static Map<String, Claim> csvClaims() throws Exception {
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (String export : X12SampleData.EXPORTS) {
            for (Claim claim : FhirSampleData.claims(X12SampleData.SAMPLE_DATA.resolve(export))) {
                claims.put(claim.claimId(), claim);
            }
        }
        return claims;
    }

    private static Map<String, Claim> x12Claims() throws Exception {
        return claimsOf(SAMPLE);
    }

    private static Documentation documentation() {
        return ReferenceDataCsv.documentation(X12SampleData.SAMPLE_DATA.resolve(DocumentationSampleData.FILE));
    }

    /** The 837P's claims as a run with the sample's roster and documentation on file reads them. */
    private static Map<String, Claim> documentedX12Claims() throws Exception {
        ClaimFormat format = ClaimFormats.of(ColumnMapping.NONE, null,
                ReferenceDataCsv.load(null, X12SampleData.SAMPLE_DATA.resolve("providers.csv")), documentation())
                .of(SAMPLE);
        return claimsOf(SAMPLE, format);
    }

    /** Findings with everything a report shows of them but the wording. */
    private static List<String> detailed(List<Finding> findings) {
        return findings.stream().map(f -> String.join(" ", f.ruleId(), f.severity().name(), f.claimId(),
                String.valueOf(f.lineNumber()), String.valueOf(f.denialCode()), String.valueOf(f.liable()),
                f.amountAtRisk().toString(), f.patientEstimate().toString())).sorted().toList();
    }

    /** Every claim of an 837P file, failing the test on any reject. */
    private static Map<String, Claim> claimsOf(Path file) throws Exception {
        return claimsOf(file, new X12ClaimFormat());
    }

    private static Map<String, Claim> claimsOf(Path file, ClaimFormat format) throws Exception {
        Map<String, Claim> claims = new LinkedHashMap<>();
        try (ClaimReader reader = format.open(file)) {
            while (true) {
                ClaimRecord record;
                try {
                    record = reader.next();
                } catch (RecordRejectedException e) {
                    throw new AssertionError("the sample's claim is rejected: " + e.reject(), e);
                }
                if (record == null) {
                    break;
                }
                Claim claim = ((ClaimRecord.Whole) record).claim();
                claims.put(claim.claimId(), claim);
            }
        }
        return claims;
    }
}
