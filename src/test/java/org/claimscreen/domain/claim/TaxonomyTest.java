package org.claimscreen.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxonomyTest {

    @ParameterizedTest
    @CsvSource({
        "225700000X, MASSAGE_THERAPIST",
        "225100000X, PHYSICAL_THERAPIST",
        "2251X0800X, PHYSICAL_THERAPIST",
        "225200000X, PHYSICAL_THERAPIST_ASSISTANT",
        "225X00000X, OCCUPATIONAL_THERAPIST",
        "225XH1200X, OCCUPATIONAL_THERAPIST",
        "224Z00000X, OCCUPATIONAL_THERAPIST_ASSISTANT",
        "235Z00000X, SPEECH_LANGUAGE_PATHOLOGIST",
        "111N00000X, CHIROPRACTOR",
        "111NS0005X, CHIROPRACTOR",
        "207Q00000X, PHYSICIAN",
        "363L00000X, NON_PHYSICIAN_PRACTITIONER",
        "363A00000X, NON_PHYSICIAN_PRACTITIONER",
        "364S00000X, NON_PHYSICIAN_PRACTITIONER",
        "171100000X, ACUPUNCTURIST",
        "226300000X, OTHER"
    })
    void mapsNuccCodeToProviderType(String code, ProviderType type) {
        assertThat(Taxonomy.of(code).providerType()).isEqualTo(type);
    }

    @Test
    void upperCasesCode() {
        assertThat(Taxonomy.of(" 225x00000x ")).isEqualTo(new Taxonomy("225X00000X"));
    }

    @Test
    void refusesCodeNotEndingInX() {
        assertThatThrownBy(() -> Taxonomy.of("2257000000")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void countsAssistantsButNotMassageTherapistsAsTherapists() {
        assertThat(ProviderType.PHYSICAL_THERAPIST_ASSISTANT.isTherapist()).isTrue();
        assertThat(ProviderType.MASSAGE_THERAPIST.isTherapist()).isFalse();
    }

    @Test
    void countsNursePractitionerButNotChiropractorAsPhysicianOrNpp() {
        assertThat(ProviderType.NON_PHYSICIAN_PRACTITIONER.isPhysicianOrNpp()).isTrue();
        assertThat(ProviderType.CHIROPRACTOR.isPhysicianOrNpp()).isFalse();
    }
}
