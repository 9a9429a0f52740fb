package org.claimscreen.testdata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;

/**
 * Writes domain claims as an X12 837P (005010X222A1) interchange, the shape {@code docs/x12-837p.md}
 * describes and the reader takes back: one transaction per list of claims, a billing provider level
 * (HL 20) whenever the billing NPI changes, a subscriber level (HL 22, patient = subscriber) per
 * claim. Providers shared by every line go in the 2310 loops, else each line names its own (2420).
 * Lines bill units (SV103 UN); diagnosis pointers are written as given (none: all of the claim's).
 * For test data and benchmarks: names and addresses are placeholders.
 */
public final class X12ClaimWriter {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private X12ClaimWriter() {
    }

    /** An interchange of one group holding one transaction per list, control numbers from 1. */
    public static String interchange(List<List<Claim>> transactions, LocalDate created) {
        List<String> out = new ArrayList<>(header(created));
        int control = 0;
        for (List<Claim> claims : transactions) {
            out.addAll(transaction(++control, claims, created));
        }
        out.addAll(trailer(transactions.size()));
        return text(out);
    }

    /** ISA and GS of an interchange of one group (control numbers 1), for writing one transaction at a time. */
    public static List<String> header(LocalDate created) {
        String date = created.format(D8);
        return List.of("ISA*00*          *00*          *ZZ*CLAIMSCREEN    *ZZ*CLEARINGHOUSE  *" + date.substring(2)
                + "*2300*^*00501*000000001*0*T*:", "GS*HC*CLAIMSCREEN*CLEARINGHOUSE*" + date + "*2300*1*X*005010X222A1");
    }

    /** GE and IEA after {@code transactions} transactions. */
    public static List<String> trailer(int transactions) {
        return List.of("GE*" + transactions + "*1", "IEA*1*000000001");
    }

    /** One transaction (ST to SE) holding {@code claims}, control number {@code control}. */
    public static List<String> transaction(int control, List<Claim> claims, LocalDate created) {
        return transaction(String.format("%04d", control), claims, created.format(D8));
    }

    /** Segments as the file holds them: each ends with ~ and a line break. */
    public static String text(List<String> segments) {
        return String.join("~\n", segments) + "~\n";
    }

    private static List<String> transaction(String control, List<Claim> claims, String date) {
        List<String> segments = new ArrayList<>();
        segments.add("ST*837*" + control + "*005010X222A1");
        segments.add("BHT*0019*00*" + control + "*" + date + "*2300*CH");
        segments.add("NM1*41*2*SUBMITTER*****46*CLAIMSCREEN");
        segments.add("PER*IC*BILLING*TE*5555550100");
        segments.add("NM1*40*2*CLEARINGHOUSE*****46*CLEARINGHOUSE");
        int hl = 0;
        int billingHl = 0;
        String billing = "";
        for (Claim claim : claims) {
            Npi billingNpi = claim.lines().get(0).billingNpi();
            String npi = billingNpi == null ? "" : billingNpi.value();
            if (billingHl == 0 || !npi.equals(billing)) {
                billingHl = ++hl;
                billing = npi;
                segments.add("HL*" + billingHl + "**20*1");
                segments.add("NM1*85*2*BILLING PROVIDER*****" + (npi.isEmpty() ? "" : "XX*" + npi));
                segments.add("N3*1 MAIN ST");
                segments.add("N4*SPRINGFIELD*IL*62701");
                segments.add("REF*EI*123456789");
            }
            segments.add("HL*" + (++hl) + "*" + billingHl + "*22*0");
            segments.addAll(claim(claim));
        }
        segments.add("SE*" + (segments.size() + 1) + "*" + control);
        return segments;
    }

    private static List<String> claim(Claim claim) {
        List<String> s = new ArrayList<>();
        boolean advantage = claim.payerType() == PayerType.MEDICARE_ADVANTAGE;
        s.add("SBR*P*18*" + (advantage && claim.planId() != null ? claim.planId() : "") + "******" + filing(claim.payerType()));
        s.add("NM1*IL*1*PATIENT*MEMBER****MI*" + claim.memberId().value());
        if (claim.birthDate() != null) {
            s.add("DMG*D8*" + claim.birthDate().format(D8) + "*U");
        }
        s.add("NM1*PR*2*PAYER" + (claim.payerId() == null ? "" : "*****PI*" + claim.payerId()));
        Money total = Money.ZERO;
        for (ClaimLine line : claim.lines()) {
            total = total.plus(line.charge());
        }
        String pos = claim.lines().get(0).placeOfService();
        s.add("CLM*" + claim.claimId() + "*" + total + "***" + (pos == null ? "11" : pos) + ":B:1*Y*A*Y*Y");
        if (claim.initialTreatment().date() != null) {
            s.add("DTP*454*D8*" + claim.initialTreatment().date().format(D8));
        }
        StringBuilder hi = new StringBuilder("HI");
        for (int i = 0; i < claim.diagnoses().size(); i++) {
            hi.append('*').append(i == 0 ? "ABK" : "ABF").append(':').append(claim.diagnoses().get(i).toString().replace(".", ""));
        }
        s.add(hi.toString());
        Npi referring = shared(claim, ClaimLine::referringNpi);
        Npi rendering = shared(claim, ClaimLine::renderingNpi);
        String taxonomy = sharedText(claim, l -> l.renderingTaxonomy().value());
        Npi supervising = shared(claim, ClaimLine::supervisingNpi);
        boolean claimReferring = uniform(claim, ClaimLine::referringNpi);
        boolean claimRendering = uniform(claim, ClaimLine::renderingNpi) && uniform(claim, l -> l.renderingTaxonomy());
        boolean claimSupervising = uniform(claim, ClaimLine::supervisingNpi);
        if (claimReferring && referring != null) {
            s.add("NM1*DN*1*REFERRING*PROVIDER****XX*" + referring.value());
        }
        if (claimRendering) {
            s.add("NM1*82*1*RENDERING*PROVIDER****XX*" + rendering.value());
            s.add("PRV*PE*PXC*" + taxonomy);
        }
        if (claimSupervising && supervising != null) {
            s.add("NM1*DQ*1*SUPERVISING*PROVIDER****XX*" + supervising.value());
        }
        for (ClaimLine line : claim.lines()) {
            s.add("LX*" + line.lineNumber());
            StringBuilder sv1 = new StringBuilder("SV1*HC:").append(line.procedureCode().toString());
            for (Modifier modifier : line.modifiers()) {
                sv1.append(':').append(modifier.value());
            }
            sv1.append('*').append(line.charge()).append("*UN*").append(line.units()).append('*');
            String linePos = line.placeOfService();
            sv1.append(linePos != null && !linePos.equals(pos) ? linePos : "").append("**");
            StringBuilder pointers = new StringBuilder();
            for (int pointer : line.diagnosisPointers()) {
                if (!pointers.isEmpty()) {
                    pointers.append(':');
                }
                pointers.append(pointer);
            }
            sv1.append(pointers);
            s.add(trimEmpty(sv1.toString()));
            s.add("DTP*472*D8*" + line.serviceDate().format(D8));
            if (!claimRendering) {
                s.add("NM1*82*1*RENDERING*PROVIDER****XX*" + line.renderingNpi().value());
                s.add("PRV*PE*PXC*" + line.renderingTaxonomy().value());
            }
            if (!claimSupervising && line.supervisingNpi() != null) {
                s.add("NM1*DQ*1*SUPERVISING*PROVIDER****XX*" + line.supervisingNpi().value());
            }
            if (!claimReferring && line.referringNpi() != null) {
                s.add("NM1*DN*1*REFERRING*PROVIDER****XX*" + line.referringNpi().value());
            }
        }
        return s;
    }

    /** X12 trims trailing empty elements: {@code SV1*HC:97110*90.00*UN*2***} is written {@code SV1*HC:97110*90.00*UN*2}. */
    private static String trimEmpty(String segment) {
        String text = segment;
        while (text.endsWith("*")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static String filing(PayerType type) {
        return switch (type) {
            case ORIGINAL_MEDICARE -> "MB";
            case MEDICARE_ADVANTAGE -> "16";
            case MEDICAID -> "MC";
            case COMMERCIAL -> "CI";
            case SELF_PAY -> "09";
            case OTHER -> "ZZ";
        };
    }

    private static <T> boolean uniform(Claim claim, Function<ClaimLine, T> field) {
        T first = field.apply(claim.lines().get(0));
        return claim.lines().stream().allMatch(line -> Objects.equals(field.apply(line), first));
    }

    private static Npi shared(Claim claim, Function<ClaimLine, Npi> field) {
        return field.apply(claim.lines().get(0));
    }

    private static String sharedText(Claim claim, Function<ClaimLine, String> field) {
        return field.apply(claim.lines().get(0));
    }
}
