package org.claimscreen.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.screening.Finding;

/**
 * A claim while the rule pack runs over it: the claim, what the run knows besides it, and, for the
 * rules of the {@link Phase#FINDINGS} phase, what the claim rules found (ABN and patient-cost rules
 * read those).
 */
public final class ClaimReview {

    private final Claim claim;
    private final ReferenceData reference;
    private final LocalDate asOf;
    private final PackData pack;
    private final History history;
    private final List<Finding> findings = new ArrayList<>();
    private List<PriorService> otherServices;
    /** The phase the engine runs; null when a test evaluates one rule alone. */
    private Phase phase;

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

    /** Every finding of the claim phase; for {@link Phase#FINDINGS} rules only. */
    public List<Finding> claimPhaseFindings() {
        requireFindingsPhase();
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

    /** The claim phase's findings on {@code line}; for {@link Phase#FINDINGS} rules only. */
    public List<Finding> findingsOn(ClaimLine line) {
        requireFindingsPhase();
        List<Finding> onLine = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.lineNumber() != null && finding.lineNumber() == line.lineNumber()) {
                onLine.add(finding);
            }
        }
        return onLine;
    }

    private void requireFindingsPhase() {
        if (phase == Phase.CLAIM) {
            // a claim rule that read findings would depend on the pack's order again
            throw new IllegalStateException("a rule of the CLAIM phase read other rules' findings;"
                    + " declare phase() FINDINGS");
        }
    }

    void enter(Phase next) {
        phase = next;
    }

    /** Adds claim-phase findings, which the findings phase reads. */
    void add(List<Finding> more) {
        findings.addAll(more);
    }
}
