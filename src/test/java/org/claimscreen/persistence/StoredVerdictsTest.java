package org.claimscreen.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoredVerdictsTest {

    private static final Map<String, String> STATUSES = Map.of("A", "CLEAN", "B", "HELD", "M", "HELD");

    private final List<String> lookedUp = new ArrayList<>();
    private final AtomicBoolean loadedAll = new AtomicBoolean();

    private final StoredVerdicts.Lookup lookup = new StoredVerdicts.Lookup() {
        @Override
        public String status(String claimId) {
            lookedUp.add(claimId);
            return STATUSES.get(claimId);
        }

        @Override
        public Map<String, String> all() {
            loadedAll.set(true);
            return STATUSES;
        }
    };

    private StoredVerdicts verdicts(boolean mixed, StoredVerdicts.Line... lines) {
        return new StoredVerdicts(Stream.of(lines), mixed, lookup);
    }

    private static StoredVerdicts.Line line(long sourceLine, String claimId, String status) {
        return new StoredVerdicts.Line(sourceLine, claimId, status);
    }

    @Test
    void walksTheStoredLinesBesideTheRecordsWithoutLookingClaimsUp() {
        try (StoredVerdicts verdicts = verdicts(false, line(2, "A", "CLEAN"), line(3, "B", "HELD"),
                line(5, "A", "CLEAN"))) {
            assertThat(verdicts.at(2, "A")).isEqualTo("CLEAN");
            assertThat(verdicts.at(3, "B")).isEqualTo("HELD");
            assertThat(verdicts.at(4, "R")).isNull(); // a bad row, or a row of a rejected claim
            assertThat(verdicts.at(5, "A")).isEqualTo("CLEAN");
            assertThat(verdicts.at(6, "A")).isNull(); // not stored: nothing was out of scope, so a bad row
            assertThat(verdicts.at(9, null)).isNull();
        }
        assertThat(lookedUp).isEmpty();
        assertThat(loadedAll).isFalse();
    }

    @Test
    void takesEveryStoredLineOfOneRecordAsOne() {
        // a FHIR Claim of two items is two stored lines at its NDJSON line
        try (StoredVerdicts verdicts = verdicts(false, line(1, "A", "CLEAN"), line(1, "A", "CLEAN"),
                line(3, "B", "HELD"))) {
            assertThat(verdicts.at(1, "A")).isEqualTo("CLEAN");
            assertThat(verdicts.at(2, "X")).isNull();
            assertThat(verdicts.at(3, "B")).isEqualTo("HELD");
        }
    }

    @Test
    void looksARecordsClaimUpByIdWhenSomeClaimHasRowsOutOfScopeBesideScreenedOnes() {
        // claim M: rows 2 and 4 screened, row 3 out of scope; its verdict is still M's, as it always was
        try (StoredVerdicts verdicts = verdicts(true, line(2, "M", "HELD"), line(4, "M", "HELD"))) {
            assertThat(verdicts.at(2, "M")).isEqualTo("HELD");
            assertThat(verdicts.at(3, "M")).isEqualTo("HELD");
            assertThat(verdicts.at(4, "M")).isEqualTo("HELD");
            assertThat(verdicts.at(5, "O")).isNull();
            assertThat(verdicts.at(6, "O")).isNull();
        }
        assertThat(lookedUp).containsExactly("M", "O");
    }

    @Test
    void looksUpARecordWhoseStoredLineNamesAnotherClaim() {
        try (StoredVerdicts verdicts = verdicts(false, line(2, "B", "HELD"))) {
            assertThat(verdicts.at(2, "A")).isEqualTo("CLEAN");
        }
        assertThat(lookedUp).containsExactly("A");
    }

    @Test
    void loadsStatusesByClaimIdOnlyForRecordsWithoutAStoredLine() {
        try (StoredVerdicts verdicts = verdicts(false)) {
            assertThat(loadedAll).isFalse();
            assertThat(verdicts.ofClaim("B")).isEqualTo("HELD");
            assertThat(verdicts.ofClaim("Z")).isNull();
            assertThat(verdicts.ofClaim(null)).isNull();
        }
        assertThat(loadedAll).isTrue();
    }

    @Test
    void refusesRecordsOutOfFileOrder() {
        try (StoredVerdicts verdicts = verdicts(false, line(2, "A", "CLEAN"))) {
            verdicts.at(3, "A");
            assertThatThrownBy(() -> verdicts.at(2, "A")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void closesTheCursor() {
        AtomicBoolean closed = new AtomicBoolean();
        new StoredVerdicts(Stream.<StoredVerdicts.Line>empty().onClose(() -> closed.set(true)), false, lookup).close();
        assertThat(closed).isTrue();
    }
}
