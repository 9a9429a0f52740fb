package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAssemblerTest {

    @Test
    void assemblesRowsInAnyOrderIntoOneClaimOrderedByLineNumber() {
        Claim claim = ClaimAssembler.assemble(List.of(row(2, 11, "1EG4TE5MK73", "M54.50"), row(1, 5, "1EG4TE5MK73", "M54.50")));

        assertThat(claim.lines()).extracting(ClaimLine::lineNumber).containsExactly(1, 2);
        assertThat(claim.claimId()).isEqualTo("C1");
    }

    @Test
    void rejectsRowsThatDisagreeOnTheMember() {
        assertThatThrownBy(() -> ClaimAssembler.assemble(List.of(row(1, 5, "1EG4TE5MK73", "M54.50"),
                row(2, 11, "2EG4TE5MK73", "M54.50"))))
                .isInstanceOfSatisfying(ClaimAssembler.InconsistentClaimException.class, e -> {
                    assertThat(e.column()).isEqualTo("member_id");
                    assertThat(e.sourceLine()).isEqualTo(11);
                    assertThat(e.getMessage()).doesNotContain("2EG4TE5MK73");
                });
    }

    @Test
    void rejectsRowsThatDisagreeOnTheDiagnoses() {
        assertThatThrownBy(() -> ClaimAssembler.assemble(List.of(row(1, 5, "1EG4TE5MK73", "M54.50"),
                row(2, 11, "1EG4TE5MK73", "M62.830"))))
                .isInstanceOfSatisfying(ClaimAssembler.InconsistentClaimException.class,
                        e -> assertThat(e.column()).isEqualTo("diagnosis_codes"));
    }

    @Test
    void rejectsALineNumberThatAppearsTwice() {
        assertThatThrownBy(() -> ClaimAssembler.assemble(List.of(row(1, 5, "1EG4TE5MK73", "M54.50"),
                row(1, 11, "1EG4TE5MK73", "M54.50"))))
                .isInstanceOfSatisfying(ClaimAssembler.InconsistentClaimException.class, e -> {
                    assertThat(e.column()).isEqualTo("line_number");
                    assertThat(e.getMessage()).contains("line number 1 appears twice");
                });
    }

    @Test
    void takesTheInitialTreatmentDateFromTheRowThatGivesIt() {
        ReportedDate date = ReportedDate.of(LocalDate.of(2026, 10, 12));

        Claim claim = ClaimAssembler.assemble(List.of(row(1, 5, "1EG4TE5MK73", "M54.50").withInitialTreatment(ReportedDate.LEFT_EMPTY),
                row(2, 11, "1EG4TE5MK73", "M54.50").withInitialTreatment(date)));

        assertThat(claim.initialTreatment()).isEqualTo(date);
    }

    @Test
    void rejectsRowsThatGiveDifferentInitialTreatmentDates() {
        assertThatThrownBy(() -> ClaimAssembler.assemble(List.of(
                row(1, 5, "1EG4TE5MK73", "M54.50").withInitialTreatment(ReportedDate.of(LocalDate.of(2026, 10, 12))),
                row(2, 11, "1EG4TE5MK73", "M54.50").withInitialTreatment(ReportedDate.of(LocalDate.of(2026, 10, 19))))))
                .isInstanceOfSatisfying(ClaimAssembler.InconsistentClaimException.class, e -> {
                    assertThat(e.column()).isEqualTo("initial_treatment_date");
                    assertThat(e.sourceLine()).isEqualTo(11);
                    assertThat(e.getMessage()).contains("2026-10-19").contains("2026-10-12");
                });
    }

    @Test
    void aClaimFromRowsWithoutTheColumnDoesNotCarryTheDate() {
        Claim claim = ClaimAssembler.assemble(List.of(row(1, 5, "1EG4TE5MK73", "M54.50")));

        assertThat(claim.initialTreatment()).isEqualTo(ReportedDate.NOT_CARRIED);
    }

    private static ClaimRow row(int lineNumber, long sourceLine, String member, String diagnosis) {
        ClaimLine line = new ClaimLine(lineNumber, sourceLine, LocalDate.of(2026, 11, 2), "11", ProcedureCode.of("97110"),
                List.of(Modifier.of("GP")), 2, null, Money.of("90.00"), List.of(), Npi.of("1003000126"),
                Taxonomy.of("225100000X"), null, Npi.of("1245319599"), null, Indicator.YES, Indicator.NOT_GIVEN,
                Indicator.NOT_GIVEN);
        return new ClaimRow("claims.csv", "C1", MemberId.of(member), null, PayerType.ORIGINAL_MEDICARE, null, null,
                List.of(DiagnosisCode.of(diagnosis)), line);
    }
}
