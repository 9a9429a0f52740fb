package org.claimscreen.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;

/**
 * Object mother for a member's history: service lines on their other claims. Every builder starts
 * as a PT's line with GP on an Original Medicare claim of an earlier run, rendered by
 * {@link Claims#RENDERING_NPI}, so a test states only what its scenario is about.
 */
public final class PriorServices {

    /** The run a test screens in; {@link #EARLIER_RUN} is before it. */
    public static final long THIS_RUN = 7;
    public static final long EARLIER_RUN = 6;

    private PriorServices() {
    }

    public static Builder service(String code, LocalDate serviceDate) {
        return new Builder(code, serviceDate);
    }

    /** A history of {@link #THIS_RUN} that knows {@code services} as the member's other claims. */
    public static History history(Builder... services) {
        List<PriorService> built = new ArrayList<>();
        for (Builder service : services) {
            built.add(service.build());
        }
        built.sort(Comparator.comparing(PriorService::serviceDate));
        List<PriorService> sorted = List.copyOf(built);
        return new History() {
            @Override
            public List<PriorService> otherServicesOf(org.claimscreen.domain.claim.Claim claim) {
                return sorted;
            }

            @Override
            public long runId() {
                return THIS_RUN;
            }
        };
    }

    /** {@code count} earlier-run visits a week apart from {@code first}, each of {@code service}'s shape. */
    public static Builder[] weekly(int count, LocalDate first, String code) {
        Builder[] visits = new Builder[count];
        for (int i = 0; i < count; i++) {
            visits[i] = service(code, first.plusWeeks(i)).claimId("OLD-" + i);
        }
        return visits;
    }

    public static final class Builder {

        private final String code;
        private LocalDate serviceDate;
        private long runId = EARLIER_RUN;
        private String claimId = "OLD-1";
        private int lineNumber = 1;
        private List<String> modifiers = List.of("GP");
        private int units = 1;
        private Integer minutes;
        private String charge = "40.00";
        private String renderingNpi = Claims.RENDERING_NPI;
        private PayerType payerType = PayerType.ORIGINAL_MEDICARE;
        private String planId;

        private Builder(String code, LocalDate serviceDate) {
            this.code = code;
            this.serviceDate = serviceDate;
        }

        public Builder on(LocalDate value) {
            this.serviceDate = value;
            return this;
        }

        public Builder run(long value) {
            this.runId = value;
            return this;
        }

        public Builder claimId(String value) {
            this.claimId = value;
            return this;
        }

        public Builder lineNumber(int value) {
            this.lineNumber = value;
            return this;
        }

        public Builder modifiers(String... values) {
            this.modifiers = List.of(values);
            return this;
        }

        public Builder units(int value) {
            this.units = value;
            return this;
        }

        /** The line's treatment minutes (none unless a test sets them). */
        public Builder minutes(int value) {
            this.minutes = value;
            return this;
        }

        public Builder renderingNpi(String value) {
            this.renderingNpi = value;
            return this;
        }

        /** A Medicare Advantage claim of {@code plan}. */
        public Builder advantage(String plan) {
            this.payerType = PayerType.MEDICARE_ADVANTAGE;
            this.planId = plan;
            return this;
        }

        public Builder payer(PayerType value) {
            this.payerType = value;
            return this;
        }

        public PriorService build() {
            return new PriorService(runId, claimId, lineNumber, serviceDate, ProcedureCode.of(code),
                    modifiers.stream().map(Modifier::of).toList(), units, minutes, Money.of(charge), Npi.of(renderingNpi),
                    payerType, planId);
        }
    }
}
