package org.claimscreen.it;

import java.util.Map;

/** The counts the sample night produces; sample-data/README.md lists the same per rule. */
final class SampleExpectations {

    static final long LINES_READ = 239;
    static final long CLAIMS_READ = 45;
    static final long CLAIMS_CLEAN = 0;
    static final long CLAIMS_HELD = 0;

    static final Map<String, Integer> FINDINGS_BY_RULE = Map.of();

    private SampleExpectations() {
    }
}
