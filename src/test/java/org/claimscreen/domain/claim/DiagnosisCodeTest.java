package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosisCodeTest {

    @Test
    void readsCodeWithDotAndWithoutAsEqual() {
        assertThat(DiagnosisCode.of("M99.03")).isEqualTo(DiagnosisCode.of("M9903"));
    }

    @Test
    void storesCodeWithoutDot() {
        assertThat(DiagnosisCode.of("z73.3").value()).isEqualTo("Z733");
    }

    @Test
    void showsCodeWithDot() {
        assertThat(DiagnosisCode.of("Z0000")).hasToString("Z00.00");
    }

    @Test
    void showsThreeCharacterCategoryWithoutDot() {
        assertThat(DiagnosisCode.of("R52")).hasToString("R52");
    }

    @Test
    void matchesCategoryPrefixWrittenWithOrWithoutDot() {
        assertThat(DiagnosisCode.of("Z00.01").startsWith("Z00")).isTrue();
        assertThat(DiagnosisCode.of("Z00.01").startsWith("Z00.0")).isTrue();
    }

    @Test
    void refusesTextThatIsNoIcd10Code() {
        assertThatThrownBy(() -> DiagnosisCode.of("12345")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMissingCode() {
        assertThatThrownBy(() -> DiagnosisCode.of(null)).isInstanceOf(InvalidValueException.class);
    }
}
