package org.claimscreen.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.Taxonomy;
import org.junit.jupiter.api.Test;

class StoredValuesTest {

    private final StoredValues values = new StoredValues();

    @Test
    void decodesAsTheValueTypesDoAndSharesRepeatedValues() {
        assertThat(values.procedure("97124")).isEqualTo(ProcedureCode.of("97124"))
                .isSameAs(values.procedure("97124"));
        assertThat(values.npi("1234567893")).isEqualTo(Npi.of("1234567893")).isSameAs(values.npi("1234567893"));
        assertThat(values.taxonomy("225700000X")).isEqualTo(Taxonomy.of("225700000X"));
        assertThat(values.modifiers("GP;59")).containsExactly(Modifier.of("GP"), Modifier.of("59"))
                .isSameAs(values.modifiers("GP;59"));
        assertThat(values.diagnoses("M54.50;Z00.00"))
                .containsExactly(DiagnosisCode.of("M54.50"), DiagnosisCode.of("Z00.00"));
        assertThat(values.pointers("2;1")).containsExactly(2, 1);
    }

    @Test
    void emptyOptionalColumnsAreNoValue() {
        assertThat(values.optionalNpi(null)).isNull();
        assertThat(values.optionalNpi("")).isNull();
        assertThat(values.modifiers(null)).isEmpty();
        assertThat(values.modifiers("")).isEmpty();
        assertThat(values.pointers(null)).isEmpty();
        assertThat(values.pointers("")).isEmpty();
    }

    @Test
    void sharedListsCannotBeChanged() {
        List<Modifier> modifiers = values.modifiers("GP");
        assertThatThrownBy(() -> modifiers.add(Modifier.of("59"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.diagnoses("M54.50").clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesWhatTheValueTypesRefuseAndKeepsNothingOfIt() {
        assertThatThrownBy(() -> values.procedure("9712")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> values.npi(null)).isInstanceOf(InvalidValueException.class);
        assertThat(values.size()).isZero();
    }

    @Test
    void staysBoundedWhateverTheNumberOfDistinctValues() {
        for (int i = 0; i < 3 * StoredValues.LIMIT; i++) {
            String code = String.format("%05d", i);
            assertThat(values.procedure(code).value()).isEqualTo(code);
        }
        assertThat(values.size()).isLessThanOrEqualTo(StoredValues.LIMIT);
    }
}
