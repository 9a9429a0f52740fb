package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.stream.Stream;

import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceDataCsvTest {

    private static final String PLANS_HEADER = "plan_id,plan_name,massage_benefit,massage_requires_order,"
            + "massage_sessions_per_year,massage_copay,massage_coinsurance_pct,plan_year_start\n";
    private static final String PROVIDERS_HEADER = "npi,name,taxonomy,medicare_enrolled,networks\n";

    @TempDir
    Path dir;

    @Test
    void loadsPlansAndProviders() throws IOException {
        // given
        Path plans = write("plans.csv", PLANS_HEADER
                + "H1234-001,Sunrise Advantage,Y,Y,12,20.00,,07-01\n"
                + "H5678-002,Basic Advantage,N,N,,,20,\n");
        Path providers = write("providers.csv", PROVIDERS_HEADER
                + "1245319599,Pat Kneader LMT,225700000X,N,H1234-001\n"
                + "1003000126,\"Lee, Dana MD\",207Q00000X,Y,H1234-001;H5678-002\n");

        // when
        ReferenceData data = ReferenceDataCsv.load(plans, providers);

        // then
        assertThat(data.plan("H1234-001")).contains(new Plan("H1234-001", "Sunrise Advantage", true, true, 12,
                Money.ofCents(2000), null, MonthDay.of(7, 1)));
        assertThat(data.plan("H5678-002")).contains(new Plan("H5678-002", "Basic Advantage", false, false, null,
                null, new BigDecimal("20"), MonthDay.of(1, 1)));
        assertThat(data.provider(new Npi("1003000126"))).contains(new RosterProvider(new Npi("1003000126"),
                "Lee, Dana MD", new Taxonomy("207Q00000X"), true, java.util.Set.of("H1234-001", "H5678-002")));
        assertThat(data.provider(new Npi("1245319599")).orElseThrow().medicareEnrolled()).isFalse();
    }

    @Test
    void matchesHeadersInAnyCaseAndOrderAndIgnoresAByteOrderMark() throws IOException {
        // given
        Path providers = write("providers.csv", "\uFEFF Networks ,TAXONOMY,Medicare_Enrolled,NPI\n"
                + "H1234-001,225100000X,yes,1114025228\n");

        // when
        ReferenceData data = ReferenceDataCsv.load(null, providers);

        // then
        RosterProvider provider = data.provider(new Npi("1114025228")).orElseThrow();
        assertThat(provider.name()).isNull();
        assertThat(provider.medicareEnrolled()).isTrue();
        assertThat(provider.networks()).containsExactly("H1234-001");
    }

    @Test
    void readsPlanVariants() throws IOException {
        // given
        Path plans = write("plans.csv", "plan_id,massage_benefit,massage_requires_order,massage_sessions_per_year,"
                + "massage_copay,massage_coinsurance_pct\n"
                + "H1,true,,0,\"$1,000\",12.5%\n");

        // when
        Plan plan = ReferenceDataCsv.load(plans, null).plan("H1").orElseThrow();

        // then
        assertThat(plan.name()).isNull();
        assertThat(plan.massageBenefit()).isTrue();
        assertThat(plan.massageRequiresOrder()).isFalse();
        assertThat(plan.sessionsPerYear()).isZero();
        assertThat(plan.copay()).isEqualTo(Money.ofCents(100_000));
        assertThat(plan.coinsurancePercent()).isEqualByComparingTo("12.5");
        assertThat(plan.planYearStart()).isEqualTo(MonthDay.of(1, 1));
    }

    @Test
    void withoutFilesThereIsNoReferenceData() {
        // when
        ReferenceData data = ReferenceDataCsv.load(null, null);

        // then
        assertThat(data.plans()).isEmpty();
        assertThat(data.providers()).isEmpty();
    }

    @Test
    void aHeaderWithoutRowsIsEmptyReferenceData() throws IOException {
        // given
        Path plans = write("plans.csv", PLANS_HEADER);

        // when
        ReferenceData data = ReferenceDataCsv.load(plans, null);

        // then
        assertThat(data.plans()).isEmpty();
    }

    static Stream<Arguments> badPlanCells() {
        return Stream.of(
                Arguments.of(",Plan,Y,Y,12,20.00,,", "plan_id", "the cell is empty"),
                Arguments.of("H1,Plan,maybe,Y,12,20.00,,", "massage_benefit", "'maybe' is not Y or N"),
                Arguments.of("H1,Plan,Y,X,12,20.00,,", "massage_requires_order", "'X' is not Y or N"),
                Arguments.of("H1,Plan,Y,Y,twelve,20.00,,", "massage_sessions_per_year", "'twelve' is not a whole number"),
                Arguments.of("H1,Plan,Y,Y,-1,20.00,,", "massage_sessions_per_year", "'-1' is not a whole number"),
                Arguments.of("H1,Plan,Y,Y,12,abc,,", "massage_copay", "'abc' is not a dollar amount"),
                Arguments.of("H1,Plan,Y,Y,12,,twenty,", "massage_coinsurance_pct", "'twenty' is not a percent (e.g. 20)"),
                Arguments.of("H1,Plan,Y,Y,12,,120,", "massage_coinsurance_pct", "'120' is not between 0 and 100"),
                Arguments.of("H1,Plan,Y,Y,12,,,02-30", "plan_year_start",
                        "'02-30' is not a month and day (MM-DD, e.g. 01-01)"),
                Arguments.of("H1,Plan,Y,Y,12,,,2026-07-01", "plan_year_start",
                        "'2026-07-01' is not a month and day (MM-DD, e.g. 01-01)"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badPlanCells")
    void refusesABadPlanCellNamingFileLineAndColumn(String row, String column, String reason) throws IOException {
        // given
        Path plans = write("plans.csv", PLANS_HEADER + "H0,Fine,N,N,,,,\n" + row + "\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(plans, null))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(plans + " line 3, column " + column + ": " + reason);
    }

    static Stream<Arguments> badProviderCells() {
        return Stream.of(
                Arguments.of(",Name,225700000X,Y,", "npi", "the cell is empty"),
                Arguments.of("12345,Name,225700000X,Y,", "npi", "'12345' is not an NPI (10 digits)"),
                Arguments.of("1245319599,Name,,Y,", "taxonomy", "the cell is empty"),
                Arguments.of("1245319599,Name,massage,Y,", "taxonomy",
                        "'MASSAGE' is not a NUCC taxonomy code (10 characters ending in X)"),
                Arguments.of("1245319599,Name,225700000X,sometimes,", "medicare_enrolled", "'sometimes' is not Y or N"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badProviderCells")
    void refusesABadProviderCellNamingFileLineAndColumn(String row, String column, String reason) throws IOException {
        // given
        Path providers = write("providers.csv", PROVIDERS_HEADER + row + "\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(null, providers))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(providers + " line 2, column " + column + ": " + reason);
    }

    @Test
    void refusesAPlanListedTwice() throws IOException {
        // given
        Path plans = write("plans.csv", PLANS_HEADER + "H1,A,Y,N,,,,\n\nH1,B,Y,N,,,,\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(plans, null))
                .hasMessage(plans + " line 4, column plan_id: plan 'H1' appears twice (first on line 2)");
    }

    @Test
    void refusesAProviderListedTwice() throws IOException {
        // given
        Path providers = write("providers.csv", PROVIDERS_HEADER
                + "1245319599,A,225700000X,Y,\n1245319599,B,225700000X,Y,\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(null, providers))
                .hasMessage(providers + " line 3, column npi: NPI 1245319599 appears twice (first on line 2)");
    }

    @Test
    void refusesAHeaderWithoutRequiredColumns() throws IOException {
        // given
        Path plans = write("plans.csv", "plan_id,plan_name,massage_benefit,massage_copay\nH1,A,Y,\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(plans, null))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(plans + " line 1, column massage_requires_order, massage_sessions_per_year,"
                        + " massage_coinsurance_pct: required columns missing from the header");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() throws IOException {
        // given
        Path providers = write("providers.csv", PROVIDERS_HEADER + "1245319599,A,225700000X\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(null, providers))
                .hasMessage(providers + " line 2: row has 3 cells, the header has 5");
    }

    @Test
    void refusesAMissingFile() {
        // given
        Path plans = dir.resolve("plans.csv");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(plans, null))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(plans + ": file not found");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        // given
        Path providers = write("providers.csv", "");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(null, providers))
                .hasMessage(providers + ": the file is empty; the first line must be a header naming the columns");
    }

    @Test
    void refusesAColumnNamedTwice() throws IOException {
        // given
        Path providers = write("providers.csv", "npi,taxonomy,medicare_enrolled,networks,NPI\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(null, providers))
                .hasMessage(providers + " line 1: column 'NPI' appears twice in the header (columns 1 and 5)");
    }

    @Test
    void refusesMalformedCsvNamingTheLine() throws IOException {
        // given
        Path providers = write("providers.csv", PROVIDERS_HEADER + "1245319599,\"Pat,225700000X,Y,\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.load(null, providers))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(providers + " line 2: the CSV is malformed from here on");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
