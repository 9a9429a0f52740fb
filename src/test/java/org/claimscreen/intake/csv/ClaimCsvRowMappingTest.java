package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.intake.csv.ClaimCsvFixture.csv;
import static org.claimscreen.intake.csv.ClaimCsvFixture.readAll;
import static org.claimscreen.intake.csv.ClaimCsvFixture.validRow;
import static org.claimscreen.intake.csv.ClaimCsvFixture.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.csv.ClaimCsvReader.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every cell variant the contract accepts, one row each. */
class ClaimCsvRowMappingTest {

    @TempDir
    Path dir;

    @Test
    void mapsEveryColumnOfAFullRow() throws IOException {
        // given
        String[] cells = {
            "claim_id", "C1002", "line_number", "2", "payer_id", "SMA01", "place_of_service", "11",
            "modifiers", "GP;59", "minutes", "38", "diagnosis_codes", "M54.50;M62.830", "diagnosis_pointers", "B",
            "supervising_npi", "1003000126", "referring_npi", "1114025228", "billing_npi", "1245319599",
            "plan_of_care", "Y", "abn_on_file", "N", "lmn_on_file", ""};

        // when
        ClaimRow row = read(cells);

        // then
        assertThat(row.claimId()).isEqualTo("C1002");
        assertThat(row.memberId().value()).isEqualTo("1EG4TE5MK73");
        assertThat(row.birthDate()).isEqualTo(LocalDate.of(1950, 3, 14));
        assertThat(row.payerType()).isEqualTo(PayerType.ORIGINAL_MEDICARE);
        assertThat(row.payerId()).isEqualTo("SMA01");
        assertThat(row.diagnoses()).containsExactly(new DiagnosisCode("M5450"), new DiagnosisCode("M62830"));
        assertThat(row.line().lineNumber()).isEqualTo(2);
        assertThat(row.line().sourceLine()).isEqualTo(2);
        assertThat(row.line().serviceDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(row.line().placeOfService()).isEqualTo("11");
        assertThat(row.line().procedureCode().value()).isEqualTo("97124");
        assertThat(row.line().modifiers()).containsExactly(new Modifier("GP"), new Modifier("59"));
        assertThat(row.line().units()).isEqualTo(4);
        assertThat(row.line().minutes()).isEqualTo(38);
        assertThat(row.line().charge()).isEqualTo(Money.ofCents(12000));
        assertThat(row.line().diagnosisPointers()).containsExactly(2);
        assertThat(row.line().renderingNpi()).isEqualTo(new Npi("1245319599"));
        assertThat(row.line().renderingTaxonomy()).isEqualTo(new Taxonomy("225700000X"));
        assertThat(row.line().supervisingNpi()).isEqualTo(new Npi("1003000126"));
        assertThat(row.line().referringNpi()).isEqualTo(new Npi("1114025228"));
        assertThat(row.line().billingNpi()).isEqualTo(new Npi("1245319599"));
        assertThat(row.line().planOfCare()).isEqualTo(Indicator.YES);
        assertThat(row.line().abnOnFile()).isEqualTo(Indicator.NO);
        assertThat(row.line().lmnOnFile()).isEqualTo(Indicator.NOT_GIVEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-05", "10/05/2026", "10/5/2026"})
    void readsServiceDatesInIsoAndUsForm(String text) throws IOException {
        // when
        ClaimRow row = read("service_date", text);

        // then
        assertThat(row.line().serviceDate()).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1950-03-14", "03/14/1950", "3/14/1950"})
    void readsBirthDatesInIsoAndUsForm(String text) throws IOException {
        // when
        ClaimRow row = read("patient_birth_date", text);

        // then
        assertThat(row.birthDate()).isEqualTo(LocalDate.of(1950, 3, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GP;59", "GP:59", "GP,59", "GP 59", "gp; 59", " GP ;; 59 "})
    void splitsModifiersOnEachSeparator(String text) throws IOException {
        // when
        ClaimRow row = read("modifiers", text);

        // then
        assertThat(row.line().modifiers()).containsExactly(new Modifier("GP"), new Modifier("59"));
    }

    @Test
    void acceptsFourModifiers() throws IOException {
        // when
        ClaimRow row = read("modifiers", "GP;59;KX;GO");

        // then
        assertThat(row.line().modifiersText()).isEqualTo("GP;59;KX;GO");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "120.00|12000", "120|12000", "85.5|8550", "$85.00|8500", "$ 85|8500", "1,234.50|123450", "$1,234.5|123450",
        "0|0"})
    void readsDollarAmounts(String text, long cents) throws IOException {
        // when
        ClaimRow row = read("charge_amount", text);

        // then
        assertThat(row.line().charge()).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest
    @ValueSource(strings = {"M99.03;M54.50", "M9903;M5450", "m99.03;M5450", "M99.03,M54.50", "M99.03 M54.50"})
    void readsDiagnosisCodesWithOrWithoutDots(String text) throws IOException {
        // when
        ClaimRow row = read("diagnosis_codes", text);

        // then
        assertThat(row.diagnoses()).extracting(DiagnosisCode::toString).containsExactly("M99.03", "M54.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A;C", "a;c", "1;3", "A,3", "A 3"})
    void readsDiagnosisPointersAsLettersOrNumbers(String text) throws IOException {
        // when
        ClaimRow row = read("diagnosis_codes", "M99.03;M54.50;M62.830", "diagnosis_pointers", text);

        // then
        assertThat(row.line().diagnosisPointers()).containsExactly(1, 3);
    }

    @Test
    void readsTheTwelfthPointer() throws IOException {
        // given
        String twelve = "A00;A01;A02;A03;A04;A05;A06;A07;A08;A09;B00;B01";

        // when
        ClaimRow lettered = read("diagnosis_codes", twelve, "diagnosis_pointers", "L");
        ClaimRow numbered = read("diagnosis_codes", twelve, "diagnosis_pointers", "12");

        // then
        assertThat(lettered.line().diagnosisPointers()).containsExactly(12);
        assertThat(numbered.line().diagnosisPointers()).containsExactly(12);
    }

    @Test
    void anEmptyPointerCellMeansAllDiagnoses() throws IOException {
        // when
        ClaimRow row = read("diagnosis_codes", "M99.03;M54.50", "diagnosis_pointers", "");

        // then
        assertThat(row.line().diagnosisPointers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "ORIGINAL_MEDICARE, ORIGINAL_MEDICARE", "original_medicare, ORIGINAL_MEDICARE", "MB, ORIGINAL_MEDICARE",
        "MC, MEDICAID", "09, SELF_PAY", "12, COMMERCIAL", "BL, COMMERCIAL", "CI, COMMERCIAL", "HM, COMMERCIAL",
        "ZZ, OTHER", "SELF_PAY, SELF_PAY"})
    void readsPayerTypesByNameOrX12Code(String text, PayerType expected) throws IOException {
        // when
        ClaimRow row = read("payer_type", text);

        // then
        assertThat(row.payerType()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEDICARE_ADVANTAGE", "16"})
    void readsAMedicareAdvantageRowWithItsPlan(String payerType) throws IOException {
        // when
        ClaimRow row = read("payer_type", payerType, "plan_id", "H1234-001");

        // then
        assertThat(row.payerType()).isEqualTo(PayerType.MEDICARE_ADVANTAGE);
        assertThat(row.planId()).isEqualTo("H1234-001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Y|YES", "y|YES", "yes|YES", "true|YES", "1|YES", "N|NO", "no|NO", "FALSE|NO", "0|NO", "''|NOT_GIVEN"})
    void readsYesNoColumnsInEveryAcceptedSpelling(String text, Indicator expected) throws IOException {
        // when
        ClaimRow row = read("plan_of_care", text, "abn_on_file", text, "lmn_on_file", text);

        // then
        assertThat(row.line().planOfCare()).isEqualTo(expected);
        assertThat(row.line().abnOnFile()).isEqualTo(expected);
        assertThat(row.line().lmnOnFile()).isEqualTo(expected);
    }

    @Test
    void stripsSpacesAroundCells() throws IOException {
        // when
        ClaimRow row = read("claim_id", " C7 ", "units", " 2 ", "rendering_npi", " 1245319599 ");

        // then
        assertThat(row.claimId()).isEqualTo("C7");
        assertThat(row.line().units()).isEqualTo(2);
        assertThat(row.line().renderingNpi().value()).isEqualTo("1245319599");
    }

    @Test
    void keepsAnNpiWithABadCheckDigitForTheRuleToReport() throws IOException {
        // when
        ClaimRow row = read("rendering_npi", "1245319590");

        // then
        assertThat(row.line().renderingNpi().hasValidCheckDigit()).isFalse();
    }

    @Test
    void readsUnitsAtBothEndsOfTheRange() throws IOException {
        // when
        ClaimRow one = read("units", "1");
        ClaimRow max = read("units", "999");

        // then
        assertThat(one.line().units()).isEqualTo(1);
        assertThat(max.line().units()).isEqualTo(999);
    }

    @Test
    void readsUnitsWrittenWithAZeroFractionAsSomeExportsWriteThem() throws IOException {
        // when
        ClaimRow row = read("units", "4.00");

        // then
        assertThat(row.line().units()).isEqualTo(4);
    }

    @Test
    void readsZeroMinutes() throws IOException {
        // when
        ClaimRow row = read("minutes", "0");

        // then
        assertThat(row.line().minutes()).isZero();
    }

    @Test
    void readsLowerCaseCodesAsUpperCase() throws IOException {
        // when
        ClaimRow row = read("procedure_code", "g0283", "rendering_taxonomy", "225700000x");

        // then
        assertThat(row.line().procedureCode().value()).isEqualTo("G0283");
        assertThat(row.line().renderingTaxonomy().value()).isEqualTo("225700000X");
    }

    private ClaimRow read(String... columnValuePairs) throws IOException {
        Path file = write(dir, csv(validRow(columnValuePairs)));
        List<Result> results = readAll(file);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).as("%s", results.get(0)).isInstanceOf(Result.Row.class);
        return ((Result.Row) results.get(0)).row();
    }
}
