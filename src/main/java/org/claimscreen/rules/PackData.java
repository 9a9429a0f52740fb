package org.claimscreen.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimscreen.claim.Money;
import org.claimscreen.claim.ProcedureCode;

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
    private final int ncciEditCount;
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
        this.ncciEditCount = ncciEdits.size();
        this.selfPayLow = selfPayLow;
        this.selfPayHigh = selfPayHigh;
        this.acupunctureVisitsPerYear = acupunctureVisitsPerYear;
        this.timelyFilingMonths = timelyFilingMonths;
    }

    /** The built-in values, as the 2026.1 pack shipped them before packs became files. */
    public static PackData builtin() {
        Map<String, List<Dated<Money>>> fees = new HashMap<>();
        LocalDate y2025 = LocalDate.of(2025, 1, 1);
        LocalDate end2025 = LocalDate.of(2025, 12, 31);
        LocalDate y2026 = LocalDate.of(2026, 1, 1);
        String[][] starter = {
            // code, 2025, 2026: national non-facility estimates per unit, rounded (starter values)
            {"97110", "29.50", "30.00"}, {"97112", "34.00", "34.50"}, {"97116", "29.50", "30.00"},
            {"97124", "29.76", "30.20"}, {"97140", "27.50", "28.00"}, {"97530", "33.00", "33.50"},
            {"97535", "32.50", "33.00"}, {"97161", "100.00", "101.50"}, {"97162", "100.00", "101.50"},
            {"97163", "100.00", "101.50"}, {"97164", "68.50", "69.50"}, {"97165", "100.00", "101.50"},
            {"97166", "100.00", "101.50"}, {"97167", "100.00", "101.50"}, {"97168", "68.50", "69.50"},
            {"G0283", "11.00", "11.20"}, {"97012", "14.00", "14.20"}, {"97035", "14.00", "14.20"},
        };
        for (String[] row : starter) {
            fees.put(row[0], List.of(new Dated<>(y2025, end2025, Money.of(row[1])), new Dated<>(y2026, null, Money.of(row[2]))));
        }
        List<NcciEdit> ncci = new ArrayList<>();
        LocalDate since = LocalDate.of(2020, 1, 1);
        ncci.add(new NcciEdit(code("97140"), code("97530"), 1, since, null));
        for (String cmt : new String[] {"98940", "98941", "98942"}) {
            for (String therapy : new String[] {"97140", "97124", "97112"}) {
                ncci.add(new NcciEdit(code(cmt), code(therapy), 1, since, null));
            }
        }
        return new PackData(CodeSets.builtin(), Map.of(2025, Money.of("2410.00"), 2026, Money.of("2480.00")), fees,
                ncci, Money.of("70.00"), Money.of("150.00"), 20, 12);
    }

    private static ProcedureCode code(String value) {
        return ProcedureCode.of(value);
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
        return ncciEditCount;
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
