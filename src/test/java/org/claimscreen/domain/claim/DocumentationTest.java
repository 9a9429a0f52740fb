package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.MBI;
import static org.claimscreen.domain.claim.Claims.NEXT_DAY;
import static org.claimscreen.domain.claim.Claims.line;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentationTest {

    private static final MemberId MEMBER = MemberId.of(MBI);

    @Test
    void fillsWhatTheLineDoesNotGiveFromItsServicesRow() {
        // given
        Documentation documentation = documenting(Indicator.YES, Indicator.NO, Indicator.YES, 38);
        ClaimLine line = line("97110").planOfCare(Indicator.NOT_GIVEN).build(1);

        // when
        ClaimLine filled = documentation.fill(MEMBER, line);

        // then
        assertThat(filled.planOfCare()).isEqualTo(Indicator.YES);
        assertThat(filled.abnOnFile()).isEqualTo(Indicator.NO);
        assertThat(filled.lmnOnFile()).isEqualTo(Indicator.YES);
        assertThat(filled.minutes()).isEqualTo(38);
        assertThat(filled).usingRecursiveComparison().ignoringFields("planOfCare", "abnOnFile", "lmnOnFile", "minutes")
                .isEqualTo(line);
    }

    @Test
    void whatTheLineStatesWinsOverTheDocumentation() {
        // given
        Documentation documentation = documenting(Indicator.YES, Indicator.YES, Indicator.YES, 38);
        ClaimLine line = line("97110").planOfCare(Indicator.NO).abn(Indicator.NO).lmn(Indicator.NO).minutes(20)
                .build(1);

        // when / then
        assertThat(documentation.fill(MEMBER, line)).isSameAs(line);
    }

    @Test
    void anEmptyCellOfTheRowLeavesTheLineNotGiven() {
        // given
        Documentation documentation = documenting(Indicator.NOT_GIVEN, Indicator.YES, Indicator.NOT_GIVEN, null);
        ClaimLine line = line("97110").planOfCare(Indicator.NOT_GIVEN).build(1);

        // when
        ClaimLine filled = documentation.fill(MEMBER, line);

        // then
        assertThat(filled.planOfCare()).isEqualTo(Indicator.NOT_GIVEN);
        assertThat(filled.abnOnFile()).isEqualTo(Indicator.YES);
        assertThat(filled.minutes()).isNull();
    }

    @Test
    void aLineOfAnotherMemberDayOrCodeIsLeftAsItIs() {
        // given
        Documentation documentation = documenting(Indicator.YES, Indicator.YES, Indicator.YES, 38);
        ClaimLine otherDay = line("97110").on(NEXT_DAY).planOfCare(Indicator.NOT_GIVEN).build(1);
        ClaimLine otherCode = line("97140").planOfCare(Indicator.NOT_GIVEN).build(1);
        ClaimLine sameService = line("97110").planOfCare(Indicator.NOT_GIVEN).build(1);

        // when / then
        assertThat(documentation.fill(MEMBER, otherDay)).isSameAs(otherDay);
        assertThat(documentation.fill(MEMBER, otherCode)).isSameAs(otherCode);
        assertThat(documentation.fill(MemberId.of("XYZ123456789"), sameService)).isSameAs(sameService);
    }

    @Test
    void fillsEveryLineOfAWholeClaim() {
        // given
        Documentation documentation = documenting(Indicator.YES, Indicator.NOT_GIVEN, Indicator.NOT_GIVEN, null);
        Claim claim = Claims.claimWith(line("97110").planOfCare(Indicator.NOT_GIVEN),
                line("97140").planOfCare(Indicator.NOT_GIVEN));

        // when
        Claim filled = documentation.fill(claim);

        // then
        assertThat(filled.lines()).extracting(ClaimLine::planOfCare)
                .containsExactly(Indicator.YES, Indicator.NOT_GIVEN);
    }

    @Test
    void refusesAServiceDocumentedTwice() {
        // given
        DocumentedService once = service(Indicator.YES, Indicator.NOT_GIVEN, Indicator.NOT_GIVEN, null);
        DocumentedService twice = service(Indicator.NO, Indicator.NOT_GIVEN, Indicator.NOT_GIVEN, null);

        // when / then
        assertThatThrownBy(() -> Documentation.of(List.of(once, twice)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("documented twice")
                .hasMessageNotContaining(MBI);
    }

    private static Documentation documenting(Indicator planOfCare, Indicator abn, Indicator lmn, Integer minutes) {
        return Documentation.of(List.of(service(planOfCare, abn, lmn, minutes)));
    }

    private static DocumentedService service(Indicator planOfCare, Indicator abn, Indicator lmn, Integer minutes) {
        return new DocumentedService(MEMBER, DAY, ProcedureCode.of("97110"), planOfCare, abn, lmn, minutes);
    }
}
