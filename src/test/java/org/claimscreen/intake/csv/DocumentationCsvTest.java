package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.DocumentedService;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.ProcedureCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** documentation.csv (docs/reference-data.md): loaded like plans.csv, refused whole at its first bad cell. */
class DocumentationCsvTest {

    private static final String HEADER = "member_id,service_date,procedure_code,plan_of_care,abn_on_file,lmn_on_file,"
            + "minutes\n";
    private static final MemberId MEMBER = MemberId.of("1EG4TE5MK73");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    @Test
    void loadsOneServicePerRow() throws IOException {
        // given
        Path file = write(HEADER + "1EG4TE5MK73,2026-11-02,97110,Y,,,29\n"
                + "1EG4TE5MK73,2026-11-02,97140,yes,N,,\n");

        // when
        Documentation documentation = ReferenceDataCsv.documentation(file);

        // then
        assertThat(documentation.size()).isEqualTo(2);
        assertThat(documentation.of(MEMBER, DAY, ProcedureCode.of("97110"))).contains(new DocumentedService(MEMBER,
                DAY, ProcedureCode.of("97110"), Indicator.YES, Indicator.NOT_GIVEN, Indicator.NOT_GIVEN, 29));
        assertThat(documentation.of(MEMBER, DAY, ProcedureCode.of("97140")).orElseThrow().abnOnFile())
                .isEqualTo(Indicator.NO);
    }

    @Test
    void matchesHeadersInAnyCaseAndOrderAndIgnoresAByteOrderMark() throws IOException {
        // given
        Path file = write("\uFEFFMinutes,LMN_on_file,abn_on_file,plan_of_care,Procedure_Code,service_date,MEMBER_ID\n"
                + "15,Y,,,97124,2026-11-02,1EG4TE5MK73\n");

        // when
        DocumentedService service = ReferenceDataCsv.documentation(file)
                .of(MEMBER, DAY, ProcedureCode.of("97124")).orElseThrow();

        // then
        assertThat(service.lmnOnFile()).isEqualTo(Indicator.YES);
        assertThat(service.minutes()).isEqualTo(15);
    }

    @Test
    void withoutAFileThereIsNoDocumentation() {
        assertThat(ReferenceDataCsv.documentation(null)).isSameAs(Documentation.NONE);
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of(",2026-11-02,97110,Y,,,", "member_id", "the cell is empty"),
                Arguments.of("1EG4TE5MK73,,97110,Y,,,", "service_date", "the cell is empty"),
                Arguments.of("1EG4TE5MK73,2026-11-31,97110,Y,,,", "service_date",
                        "'2026-11-31' is not a date (YYYY-MM-DD)"),
                Arguments.of("1EG4TE5MK73,2026-11-02,,Y,,,", "procedure_code", "the cell is empty"),
                Arguments.of("1EG4TE5MK73,2026-11-02,9711,Y,,,", "procedure_code",
                        "'9711' is not a CPT/HCPCS code (5 letters or digits)"),
                Arguments.of("1EG4TE5MK73,2026-11-02,97110,maybe,,,", "plan_of_care", "'maybe' is not Y or N"),
                Arguments.of("1EG4TE5MK73,2026-11-02,97110,,X,,", "abn_on_file", "'X' is not Y or N"),
                Arguments.of("1EG4TE5MK73,2026-11-02,97110,,,?,", "lmn_on_file", "'?' is not Y or N"),
                Arguments.of("1EG4TE5MK73,2026-11-02,97110,Y,,,29.5", "minutes", "'29.5' is not a whole number"),
                Arguments.of("1EG4TE5MK73,2026-11-02,97110,Y,,,-3", "minutes", "'-3' is not a whole number"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badCells")
    void refusesABadCellNamingFileLineAndColumn(String row, String column, String reason) throws IOException {
        // given
        Path file = write(HEADER + "1EG4TE5MK73,2026-11-01,97110,Y,,,\n" + row + "\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.documentation(file))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(file + " line 3, column " + column + ": " + reason);
    }

    @Test
    void refusesAServiceListedTwiceWithoutNamingTheMember() throws IOException {
        // given
        Path file = write(HEADER + "1EG4TE5MK73,2026-11-02,97110,Y,,,\n"
                + "1EG4TE5MK73,2026-11-03,97110,Y,,,\n"
                + "1eg4te5mk73 ,11/2/2026,97110,N,,,\n".toUpperCase());

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.documentation(file))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(file + " line 4, column procedure_code: the service of member *******MK73 on 2026-11-02"
                        + " (97110) appears twice (first on line 2)");
    }

    @Test
    void refusesAHeaderWithoutEveryColumn() throws IOException {
        // given
        Path file = write("member_id,service_date,procedure_code,plan_of_care\n1EG4TE5MK73,2026-11-02,97110,Y\n");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.documentation(file))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(file + " line 1, column abn_on_file, lmn_on_file, minutes: required columns missing"
                        + " from the header");
    }

    @Test
    void refusesAMissingFile() {
        // given
        Path file = dir.resolve("documentation.csv");

        // when / then
        assertThatThrownBy(() -> ReferenceDataCsv.documentation(file))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(file + ": file not found");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("documentation.csv"), content, StandardCharsets.UTF_8);
    }
}
