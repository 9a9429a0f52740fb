package org.claimscreen.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.ProcedureCode;

/**
 * The amounts and tables of a rule pack, each entry with the dates it is in force, so the same pack
 * screens a 2025 claim with 2025 values and a 2026 claim with 2026 values.
 */
public final class PackData {

    /** A value in force from {@code from} up to and including {@code to} (null: open-ended). */
    public record Dated<T>(LocalDate from, LocalDate to, T value) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private final CodeSets codes;
    private final Map<Integer, Money> therapyThresholds;
    private final Map<String, List<Dated<Money>>> fees;
    private final Map<String, List<NcciEdit>> ncciByPair = new HashMap<>();
    private final List<NcciEdit> ncciEdits;
    private final Money selfPayLow;
    private final Money selfPayHigh;
    private final int acupunctureVisitsPerYear;
    private final int timelyFilingMonths;

    /**
     * @param therapyThresholds        the KX threshold per calendar year (PT+SLP and OT each)
     * @param fees                     estimated allowed amount per unit, per code, by date: a small starter
     *                                 schedule for estimating therapy spending, not a price list
     * @param ncciEdits                procedure-to-procedure edits (a starter table unless CMS's file is loaded)
     * @param selfPayLow               typical self-pay price of a 60-minute massage, low end (seed: $70)
     * @param selfPayHigh              the high end (seed: $150)
     * @param acupunctureVisitsPerYear NCD 30.3.3's yearly limit (20)
     * @param timelyFilingMonths       Original Medicare's filing limit after the date of service (12)
     */
    public PackData(CodeSets codes, Map<Integer, Money> therapyThresholds, Map<String, List<Dated<Money>>> fees,
            List<NcciEdit> ncciEdits, Money selfPayLow, Money selfPayHigh, int acupunctureVisitsPerYear,
            int timelyFilingMonths) {
        this.codes = codes;
        this.therapyThresholds = Map.copyOf(therapyThresholds);
        this.fees = Map.copyOf(fees);
        for (NcciEdit edit : ncciEdits) {
            ncciByPair.computeIfAbsent(edit.column1().value() + "|" + edit.column2().value(), k -> new ArrayList<>())
                    .add(edit);
        }
        this.ncciEdits = List.copyOf(ncciEdits);
        this.selfPayLow = selfPayLow;
        this.selfPayHigh = selfPayHigh;
        this.acupunctureVisitsPerYear = acupunctureVisitsPerYear;
        this.timelyFilingMonths = timelyFilingMonths;
    }


    public CodeSets codes() {
        return codes;
    }

    public Optional<Money> therapyThreshold(int year) {
        return Optional.ofNullable(therapyThresholds.get(year));
    }

    public Map<Integer, Money> therapyThresholds() {
        return therapyThresholds;
    }

    /** The estimated allowed amount per unit of {@code code} on {@code date}, if the schedule has it. */
    public Optional<Money> fee(ProcedureCode code, LocalDate date) {
        for (Dated<Money> entry : fees.getOrDefault(code.value(), List.of())) {
            if (entry.covers(date)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    /** The edits in force on {@code date} with {@code first} in column 1 and {@code second} in column 2. */
    public List<NcciEdit> ncciEdits(ProcedureCode first, ProcedureCode second, LocalDate date) {
        List<NcciEdit> edits = ncciByPair.get(first.value() + "|" + second.value());
        if (edits == null) {
            return List.of();
        }
        List<NcciEdit> inForce = new ArrayList<>(edits.size());
        for (NcciEdit edit : edits) {
            if (edit.inForceOn(date)) {
                inForce.add(edit);
            }
        }
        return inForce;
    }

    public int ncciEditCount() {
        return ncciEdits.size();
    }

    /** Every procedure-to-procedure edit of the pack, in force or not, in the order the pack lists them. */
    public List<NcciEdit> ncciEdits() {
        return ncciEdits;
    }

    /** The fee schedule: code → its dated amounts per unit. */
    public Map<String, List<Dated<Money>>> fees() {
        return fees;
    }

    public Money selfPayLow() {
        return selfPayLow;
    }

    public Money selfPayHigh() {
        return selfPayHigh;
    }

    public int acupunctureVisitsPerYear() {
        return acupunctureVisitsPerYear;
    }

    public int timelyFilingMonths() {
        return timelyFilingMonths;
    }
}
