package org.claimscreen.domain.rules.medicare;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.PriorService;

/**
 * Counts acupuncture sessions the way NCD 30.3.3 does, for MCR-ACUPUNCTURE-COVERAGE and
 * MCR-ACUPUNCTURE-IMPROVEMENT: a session is a visit, one date of service, however many acupuncture
 * codes (97810-97814, 20560, 20561) it bills, counted per calendar year over this claim's lines and
 * the member's other Original Medicare claims.
 */
final class AcupunctureSessions {

    /** NCD 30.3.3: "Up to 12 visits in 90 days are covered"; the 8 after them need improvement. */
    static final int BEFORE_IMPROVEMENT = 12;

    private AcupunctureSessions() {
    }

    /**
     * Which session of its calendar year {@code line}'s date of service is: the number of distinct
     * dates with acupuncture in that year up to and including the line's own.
     */
    static int sessionOf(ClaimReview review, ClaimLine line) {
        LocalDate day = line.serviceDate();
        Set<LocalDate> dates = new HashSet<>();
        dates.add(day);
        for (PriorService prior : review.otherServices()) {
            if (prior.payerType() == PayerType.ORIGINAL_MEDICARE && counts(prior.serviceDate(), day)
                    && review.codes().acupuncture().contains(prior.procedureCode())) {
                dates.add(prior.serviceDate());
            }
        }
        for (ClaimLine other : review.claim().lines()) {
            if (counts(other.serviceDate(), day) && review.codes().acupuncture().contains(other.procedureCode())) {
                dates.add(other.serviceDate());
            }
        }
        return dates.size();
    }

    /** Whether a session on {@code date} comes before (or is) the one on {@code day} in the same calendar year. */
    private static boolean counts(LocalDate date, LocalDate day) {
        return date.getYear() == day.getYear() && !date.isAfter(day);
    }
}
