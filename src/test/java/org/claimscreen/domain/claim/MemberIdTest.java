package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemberIdTest {

    @Test
    void recognisesCmsExampleMbi() {
        assertThat(MemberId.of("1EG4TE5MK73").isMbi()).isTrue();
    }

    @Test
    void refusesMbiWithExcludedLetterS() {
        assertThat(MemberId.of("1SG4TE5MK73").isMbi()).isFalse();
    }

    @Test
    void refusesMbiWithLowerCaseOrDashes() {
        assertThat(MemberId.of("1eg4te5mk73").isMbi()).isFalse();
        assertThat(MemberId.of("1EG4-TE5-MK73").isMbi()).isFalse();
    }

    @Test
    void acceptsPlanMemberIdThatIsNoMbi() {
        assertThat(MemberId.of("XYZ123456789").isMbi()).isFalse();
    }

    @Test
    void masksAllButLastFourCharacters() {
        assertThat(MemberId.of("1EG4TE5MK73").masked()).isEqualTo("*******MK73");
    }

    @Test
    void masksShortIdsCompletely() {
        assertThat(MemberId.mask("1234")).isEqualTo("****");
    }

    @Test
    void showsOnlyTheMaskedIdInToString() {
        assertThat(MemberId.of("1EG4TE5MK73")).hasToString("*******MK73");
    }

    @Test
    void stripsSurroundingBlanks() {
        assertThat(MemberId.of("  1EG4TE5MK73 ")).isEqualTo(MemberId.of("1EG4TE5MK73"));
    }

    @Test
    void refusesBlankId() {
        assertThatThrownBy(() -> MemberId.of("  ")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesIdLongerThan64Characters() {
        assertThatThrownBy(() -> MemberId.of("A".repeat(65))).isInstanceOf(InvalidValueException.class);
    }
}
