package org.claimscreen.domain.rules.general;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.CodeSet;
import org.claimscreen.domain.rules.FindingBuilder;
import org.claimscreen.domain.rules.PriorService;
import org.claimscreen.domain.rules.Rule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleSource;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;

/**
 * GEN-UNITS-MINUTES: the 8-minute rule as Pub 100-04 ch. 5 §20.2 part C counts it. Per member, date
 * of service and rendering provider, the minutes of all timed 15-minute codes that state minutes
 * are added up; that total gives the day's units ({@code (total + 7) / 15}, none under 8 minutes),
 * and the units go to the codes most minutes first: each code's full 15-minute blocks, then one
 * unit each to the codes with the most minutes left over, either code on a tie. Never line by line:
 * the manual's own examples bill a 7-minute service for a unit when the day's total allows it, and
 * bill 24 + 23 minutes as 3 units, not 2 + 2.
 *
 * <ul>
 *   <li>more timed units billed that day than the total allows → DENY (CO-151) on each line of this
 *       claim that bills more than its most-minutes-first share; a lone timed service under 8
 *       minutes is the case of a total that allows none;</li>
 *   <li>exactly the allowed units, but a split no most-minutes-first assignment gives → REVIEW on
 *       this claim's lines that differ from it;</li>
 *   <li>fewer units than allowed: nothing (under-billing costs the provider, not the payer).</li>
 * </ul>
 *
 * <p>The day's lines may sit on several claims: this claim's lines and the member's other claims
 * ({@link ClaimReview#otherServices()}), of this run or of earlier runs, all count. Findings only
 * ever go on lines of the claim being screened: another claim of this run gets its own findings
 * when it is screened, from the same lines, so the two agree. Where ties leave the split open, the
 * share goes first to a line that billed it, then to an earlier run's line (already screened and
 * settled), then by claim id and line number, so every claim of the day sees the same split. An
 * over-billed line that the split places on an earlier run's claim is therefore not flagged again.
 */
public final class UnitsMinutesRule implements Rule {

    public static final RuleInfo INFO = new RuleInfo("GEN-UNITS-MINUTES", RuleSource.PRACTICE, Severity.DENY,
            "The day's timed units do not follow from the day's total timed minutes under the 8-minute rule"
                    + " (per member, date of service and rendering provider; 8-22 minutes = 1 unit, 23-37 = 2,"
                    + " 38-52 = 3, none under 8): more units billed than the total allows (DENY), or the total's"
                    + " units split other than most minutes first (REVIEW).",
            "Medicare Claims Processing Manual (Pub 100-04) ch. 5 §20.2");

    private static final String SECTION = "(Pub 100-04 ch. 5 §20.2)";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(ClaimReview review) {
        Claim claim = review.claim();
        CodeSet timed = review.codes().timedCodes();
        Map<Day, List<Service>> days = new LinkedHashMap<>();
        for (ClaimLine line : claim.lines()) {
            if (line.minutes() != null && timed.contains(line.procedureCode())) {
                days.computeIfAbsent(new Day(line.serviceDate(), line.renderingNpi()), day -> new ArrayList<>())
                        .add(new Service(line.procedureCode().value(), line.minutes(), line.units(), false,
                                claim.claimId(), line.lineNumber(), line));
            }
        }
        for (PriorService other : review.otherServices()) {
            List<Service> day = days.get(new Day(other.serviceDate(), other.renderingNpi()));
            if (day != null && other.minutes() != null && timed.contains(other.procedureCode())) {
                day.add(new Service(other.procedureCode().value(), other.minutes(), other.units(),
                        other.runId() != review.runId(), other.claimId(), other.lineNumber(), null));
            }
        }
        List<Finding> findings = new ArrayList<>();
        days.forEach((day, services) -> judge(claim, day, services, findings));
        return findings;
    }

    private static void judge(Claim claim, Day day, List<Service> services, List<Finding> findings) {
        int total = 0;
        int billed = 0;
        for (Service service : services) {
            total += service.minutes();
            billed += service.units();
        }
        int allowed = units(total);
        if (billed < allowed) {
            return;
        }
        Map<Service, Integer> split = mostMinutesFirst(services, allowed);
        String day0 = "Timed codes on " + day.date() + " by the same provider total " + total + " minutes, which allows "
                + plural(allowed, "unit") + " under the 8-minute rule " + SECTION;
        for (Service service : services) {
            int share = split.get(service);
            if (service.line() == null || service.units() == share) {
                continue;
            }
            String line = service.code() + " bills " + service.units() + " where the most-minutes-first split gives it "
                    + share + ".";
            if (billed > allowed && service.units() > share) {
                findings.add(FindingBuilder.on(INFO, claim, service.line())
                        .message(day0 + ", but " + billed + (billed == 1 ? " is" : " are") + " billed; " + line)
                        .denial(DenialCode.co("151"))
                        .liable(Liability.PROVIDER)
                        .suggestion("Bill the day's units from the total timed minutes (8-22 = 1 unit, 23-37 = 2,"
                                + " 38-52 = 3, ...) and assign them most minutes first; a lone timed service under"
                                + " 8 minutes is not billable.")
                        .build());
            } else if (billed == allowed) {
                findings.add(FindingBuilder.on(INFO, claim, service.line())
                        .severity(Severity.REVIEW)
                        .message(day0 + ", and " + billed + (billed == 1 ? " is" : " are") + " billed, but not"
                                + " most minutes first; " + line)
                        .denial(DenialCode.co("151"))
                        .liable(Liability.PROVIDER)
                        .suggestion("Assign the day's units most minutes first: each code's full 15-minute blocks,"
                                + " then one unit each to the codes with the most minutes left over (either code on"
                                + " a tie).")
                        .build());
            }
        }
    }

    /**
     * The manual's assignment of {@code allowed} units: each service's full 15-minute blocks, then one
     * unit each to the services with the most minutes left over. The blocks never exceed the allowed
     * units, and the rest never exceeds the number of services (each leftover is under 15 minutes).
     */
    static Map<Service, Integer> mostMinutesFirst(List<Service> services, int allowed) {
        Map<Service, Integer> split = new LinkedHashMap<>();
        int remaining = allowed;
        for (Service service : services) {
            split.put(service, service.minutes() / 15);
            remaining -= service.minutes() / 15;
        }
        List<Service> byLeftover = new ArrayList<>(services);
        byLeftover.sort(Comparator.comparingInt((Service s) -> s.minutes() % 15).reversed()
                .thenComparing((Service s) -> s.units() > s.minutes() / 15, Comparator.reverseOrder())
                .thenComparing(Service::earlierRun, Comparator.reverseOrder())
                .thenComparing(Service::claimId)
                .thenComparingInt(Service::lineNumber));
        for (int i = 0; i < remaining && i < byLeftover.size(); i++) {
            split.merge(byLeftover.get(i), 1, Integer::sum);
        }
        return split;
    }

    /** The 8-minute rule's units for a day's {@code minutes} of timed services. */
    static int units(int minutes) {
        return minutes < 8 ? 0 : (minutes + 7) / 15;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private record Day(LocalDate date, Npi renderingNpi) {
    }

    /** A timed line of the day; {@code line} is set for this claim's own lines only. */
    record Service(String code, int minutes, int units, boolean earlierRun, String claimId, int lineNumber,
            ClaimLine line) {

        /** Identity, not value: two lines of the same code, minutes and units are still two services. */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
