package org.claimscreen.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
import org.claimscreen.claim.ReferenceData;
import org.claimscreen.screening.Finding;

/**
 * A claim while the rule pack runs over it: the claim, what the run knows besides it, and the
 * findings of the rules that ran before (patient-cost rules read those).
 */
public final class ClaimReview {

    private final Claim claim;
    private final ReferenceData reference;
    private final LocalDate asOf;
    private final PackData pack;
    private final History history;
    private final List<Finding> findings = new ArrayList<>();
    private List<PriorService> otherServices;

    public ClaimReview(Claim claim, ReferenceData reference, LocalDate asOf, PackData pack, History history) {
        this.claim = claim;
        this.reference = reference;
        this.asOf = asOf;
        this.pack = pack;
        this.history = history;
    }

    public Claim claim() {
        return claim;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** The run's as-of date (drives timely filing and plan years). */
    public LocalDate asOf() {
        return asOf;
    }

    public CodeSets codes() {
        return pack.codes();
    }

    /** The rule pack's amounts and tables (thresholds, fees, NCCI edits), each dated. */
    public PackData pack() {
        return pack;
    }

    /**
     * The member's service lines on other claims (earlier runs and this run), in date-of-service
     * order; looked up once per claim, however many rules ask.
     */
    public List<PriorService> otherServices() {
        if (otherServices == null) {
            otherServices = List.copyOf(history.otherServicesOf(claim));
        }
        return otherServices;
    }

    /**
     * The id of the run being screened, so a rule can tell another claim of this run from an earlier
     * run's claim among {@link #otherServices()}.
     */
    public long runId() {
        return history.runId();
    }

    /** Findings made so far by the rules that ran before the current one. */
    public List<Finding> findingsSoFar() {
        return List.copyOf(findings);
    }

    /**
     * True when another line of the claim on the same date of service carries a primary covered
     * therapy service (97110, 97140, ...): that is what makes massage "integral" to a covered
     * treatment rather than standalone.
     */
    public boolean hasPrimaryTherapySameDay(ClaimLine line) {
        for (ClaimLine other : claim.otherLinesOnSameDay(line)) {
            // Only a service Medicare would pay makes massage integral: 97140 by a massage therapist or a
            // chiropractor is itself denied, so it cannot carry the massage with it.
            if (codes().primaryTherapy().contains(other.procedureCode())
                    && (other.renderingType().isTherapist() || other.renderingType().isPhysicianOrNpp())) {
                return true;
            }
        }
        return false;
    }

    /** Findings made so far on {@code line} by the rules that ran before the current one. */
    public List<Finding> findingsOn(ClaimLine line) {
        List<Finding> onLine = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.lineNumber() != null && finding.lineNumber() == line.lineNumber()) {
                onLine.add(finding);
            }
        }
        return onLine;
    }

    void add(List<Finding> more) {
        findings.addAll(more);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
