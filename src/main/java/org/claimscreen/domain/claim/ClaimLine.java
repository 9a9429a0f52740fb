package org.claimscreen.domain.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One service line of a professional claim (CMS-1500 box 24), as billed.
 *
 * @param lineNumber          1..50, unique within the claim
 * @param sourceLine          where the line stands in its input (CSV line number, NDJSON line), for reports
 * @param diagnosisPointers   1-based positions in the claim's diagnosis list; empty means all of them
 * @param renderingTaxonomy   the rendering provider's NUCC code (required: rules decide by provider type)
 * @param supervisingNpi      may be null, as may {@code referringNpi} and {@code billingNpi}
 * @param minutes             treatment minutes when the export carries them, else null
 */
public record ClaimLine(
        int lineNumber,
        long sourceLine,
        LocalDate serviceDate,
        String placeOfService,
        ProcedureCode procedureCode,
        List<Modifier> modifiers,
        int units,
        Integer minutes,
        Money charge,
        List<Integer> diagnosisPointers,
        Npi renderingNpi,
        Taxonomy renderingTaxonomy,
        Npi supervisingNpi,
        Npi referringNpi,
        Npi billingNpi,
        Indicator planOfCare,
        Indicator abnOnFile,
        Indicator lmnOnFile) {

    public ClaimLine {
        if (lineNumber < 1 || lineNumber > 50) {
            throw new InvalidValueException("line number " + lineNumber + " is outside 1..50");
        }
        if (units < 1 || units > 999) {
            throw new InvalidValueException("units " + units + " is outside 1..999");
        }
        if (minutes != null && minutes < 0) {
            throw new InvalidValueException("minutes " + minutes + " is negative");
        }
        if (modifiers.size() > 4) {
            throw new InvalidValueException("more than 4 modifiers");
        }
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(renderingNpi, "renderingNpi");
        Objects.requireNonNull(renderingTaxonomy, "renderingTaxonomy");
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
        planOfCare = planOfCare == null ? Indicator.NOT_GIVEN : planOfCare;
        abnOnFile = abnOnFile == null ? Indicator.NOT_GIVEN : abnOnFile;
        lmnOnFile = lmnOnFile == null ? Indicator.NOT_GIVEN : lmnOnFile;
    }

    public boolean hasModifier(String modifier) {
        for (Modifier m : modifiers) {
            if (m.value().equals(modifier)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasAnyModifier(String... candidates) {
        for (String candidate : candidates) {
            if (hasModifier(candidate)) {
                return true;
            }
        }
        return false;
    }

    public ProviderType renderingType() {
        return renderingTaxonomy.providerType();
    }

    public boolean isSupervised() {
        return supervisingNpi != null;
    }

    public boolean hasReferringProvider() {
        return referringNpi != null;
    }

    /** Modifiers joined with ';' as the canonical CSV writes them. */
    public String modifiersText() {
        StringBuilder text = new StringBuilder();
        for (Modifier modifier : modifiers) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(modifier.value());
        }
        return text.toString();
    }
}
