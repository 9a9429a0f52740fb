package org.claimscreen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectTest {

    @Test
    void capsEveryPartToTheStoresColumns() {
        // given: whatever a hostile file gives
        String huge = "X".repeat(5_000_000);

        // when
        Reject reject = new Reject(huge, 3, huge, huge, huge);

        // then: claim_reject's file_name 500, claim_id 100, column_name 100, reason 2000
        assertThat(reject.file()).hasSize(500);
        assertThat(reject.claimId()).hasSize(100);
        assertThat(reject.column()).hasSize(100);
        assertThat(reject.reason()).hasSize(Reject.REASON_LENGTH).endsWith("…");
    }

    @Test
    void dropsAClaimIdWithAControlCharacterRatherThanStoreIt() {
        assertThat(new Reject("a.csv", 3, "WP-\u00001", null, "bad").claimId()).isNull();
    }

    @Test
    void keepsOrdinaryPartsAsGiven() {
        Reject reject = new Reject("a.csv", 3, "WP-260701", "units", "units '2147483648' is outside 1..999");
        assertThat(reject).isEqualTo(new Reject("a.csv", 3, "WP-260701", "units", "units '2147483648' is outside 1..999"));
        assertThat(reject.reason()).isEqualTo("units '2147483648' is outside 1..999");
    }
}
