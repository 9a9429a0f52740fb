package org.claimscreen.intake.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimIds;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Excerpt;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.RecordRejectedException;
import org.claimscreen.intake.Reject;

/**
 * Reads the claims of an X12 837P (005010X222) file one at a time, in file order, into domain
 * claims: the mapping of {@code docs/x12-837p.md}. Memory holds the claim being read, the HL chain
 * above it (billing provider, subscriber, patient) and the envelope breaks of the first pass
 * ({@link X12Envelopes}), never the file.
 *
 * <p>What each claim becomes: a {@link ClaimRecord.Whole} (with the claim id of REF*F8 as the
 * claim it replaces when CLM05-3 is 7); a {@link ClaimRecord.Unscreened} for a void (CLM05-3 = 8,
 * which withdraws itself and REF*F8's claim) or a claim of a transaction that is not an 837P; a
 * {@link RecordRejectedException} for a claim with a missing or invalid field, a claim in a
 * transaction whose envelope is broken, a claim whose HL hierarchy is wrong, or a claim in which
 * (or in whose HL level or transaction header) the 837P schema finds an error. Every reject
 * names the file, the segment number (counted over the file from the first ISA), the segment id
 * and element, and the reason. A syntax error StAEDI cannot read past ends the file with one
 * reject that says so; the claims read whole before it stay screenable (the reject is not
 * {@code restUnreadable}, which would reject them in their partitions).
 */
final class X12ClaimFile implements AutoCloseable {

    private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

    private final String fileName;
    private final ReferenceData reference;
    private final Documentation documentation;
    private final Path file;
    private final String headerProblem;
    private X12Segment first;
    private List<X12Envelopes.Break> breaks;
    private final X12Segments segments;
    private final Deque<Object> ready = new ArrayDeque<>();
    private boolean ended;
    private X12TransactionTally transactions;

    // the envelope and the HL chain above the claim being read
    private long transaction;
    private String transactionControl = "";
    private String notProfessional;
    private boolean transactionHadClaims;
    private Section section = Section.HEADER;
    private Billing billing;
    private Subscriber subscriber;
    private Patient patient;
    private String hlProblem;
    private long hlProblemAt;
    private Draft claim;
    private Header header = new Header();
    private char componentSeparator = ':';

    /** Where in the 837P the reader is: which loop the next segment belongs to. */
    private enum Section {
        HEADER, BILLING, SUBSCRIBER, PATIENT, OTHER_HL, CLAIM, CLAIM_RENDERING, COB, LINE, LINE_RENDERING, LINE_OTHER
    }

    private X12ClaimFile(Path file, ReferenceData reference, Documentation documentation, X12Segments segments) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.reference = reference == null ? ReferenceData.NONE : reference;
        this.documentation = documentation == null ? Documentation.NONE : documentation;
        this.segments = segments;
        String problem = null;
        try {
            first = segments.next();
        } catch (X12Segments.Broken broken) {
            // the ISA itself cannot be read: the envelope pass would say the same at segment 1
            problem = broken.getMessage();
        }
        this.headerProblem = problem;
        this.transactions = new X12TransactionTally(fileName, t -> { });
    }

    /** Tells {@code listener} of each transaction as it ends: the 999-style summary ({@link X12Transaction}). */
    void onTransaction(Consumer<X12Transaction> listener) {
        transactions = new X12TransactionTally(fileName, listener);
    }

    /**
     * @param reference     the roster, for a rendering provider without a taxonomy; may be null
     * @param documentation the run's documentation on file: a line whose service it documents does
     *                      not read modifier GA as an ABN on file (the records say); may be null
     */
    static X12ClaimFile open(Path file, ReferenceData reference, Documentation documentation) throws IOException {
        // only the ISA is read here: the envelope pass runs at the first claim asked for, so a run that
        // opens the file to check its header (registerInputs) does not read the whole file for it
        X12Segments segments = X12Segments.open(file, X12Segments.Mode.VALIDATED);
        try {
            return new X12ClaimFile(file, reference, documentation, segments);
        } catch (RuntimeException e) {
            segments.close();
            throw e;
        }
    }

    long bytesRead() {
        return segments.bytesRead();
    }

    /** Why the ISA header itself cannot be read (its delimiters are unknown), else null. */
    String unreadableHeader() {
        return headerProblem == null ? null
                : "the ISA header cannot be read, so the file's delimiters are unknown: " + headerProblem;
    }

    /** The envelope pass, once, at the first claim asked for. */
    private void scanEnvelopes() {
        if (breaks == null) {
            try {
                breaks = X12Envelopes.scan(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The next record, or null at the end.
     *
     * @throws RecordRejectedException for a claim (or transaction) that cannot be screened
     */
    ClaimRecord next() {
        scanEnvelopes();
        while (ready.isEmpty() && !ended) {
            X12Segment segment;
            try {
                if (first != null) {
                    segment = first;
                    first = null;
                } else {
                    segment = segments.next();
                }
            } catch (X12Segments.Broken broken) {
                finishClaim();
                ended = true;
                transactions.end(null, errorsOf(transaction, "segment " + broken.number()
                        + (broken.tag().isEmpty() ? "" : " " + broken.tag()) + ": " + broken.getMessage()));
                ready.add(new RecordRejectedException(new Reject(fileName, broken.number(), null,
                        broken.tag().isEmpty() ? null : broken.tag(), broken.getMessage()
                                + "; the rest of the file is not read"), false));
                // not restUnreadable: that flag makes the run reject every claim read before the break, as
                // a CSV claim's other rows could stand past it; an 837P claim read before it is whole
                break;
            }
            if (segment == null) {
                finishClaim();
                ended = true;
                transactions.end(null, errorsOf(transaction, "the file ends inside transaction " + transactionControl
                        + " (no SE)"));
                break;
            }
            take(segment);
        }
        Object item = ready.poll();
        if (item instanceof RecordRejectedException rejected) {
            throw rejected;
        }
        return (ClaimRecord) item;
    }

    private void take(X12Segment s) {
        if (s.missing() != null) {
            // a required segment missing from the loop this segment ends: the claim (or level) read so far lacks it
            schemaProblem(s, new X12Segment.SchemaError(s.missing().column(), "required segment " + s.missing().column()
                    + " is missing before this " + s.tag() + " (837P schema)"));
        }
        switch (s.tag()) {
            case "ISA" -> {
                finishClaim();
                String separator = s.value(16);
                componentSeparator = separator.isEmpty() ? ':' : separator.charAt(0);
                transactions.interchange(s.value(13));
            }
            case "GS" -> {
                finishClaim();
                transactions.group(s.value(6));
            }
            case "GE", "IEA" -> finishClaim();
            case "ST" -> startTransaction(s);
            case "SE" -> endTransaction(s);
            case "HL" -> hl(s);
            default -> body(s);
        }
        if (s.schemaError() != null) {
            // after the code has read the segment: where both find something, the code's reason is the first
            schemaProblem(s, s.schemaError());
        }
    }

    /**
     * What the 837P schema found at segment {@code s}: the claim it falls in, else the HL level it
     * is in (its claims), else the transaction (its claims; one reject at the SE when it holds none).
     */
    private void schemaProblem(X12Segment s, X12Segment.SchemaError error) {
        Problems owner = claim != null ? claim : switch (section) {
            case BILLING -> billing;
            case SUBSCRIBER -> subscriber;
            case PATIENT -> patient;
            // an unknown HL level already rejects the claims under it (hlProblem)
            case OTHER_HL -> null;
            default -> header;
        };
        if (owner != null) {
            owner.failAt(s.number(), error.column(), error.reason());
        }
    }

    private void startTransaction(X12Segment s) {
        finishClaim();
        transaction++;
        transactionControl = s.value(2);
        transactionHadClaims = false;
        transactions.start(s.number(), transactionControl, s.value(3));
        section = Section.HEADER;
        billing = null;
        subscriber = null;
        patient = null;
        hlProblem = null;
        header = new Header();
        String version = s.value(3);
        if (!s.value(1).equals("837")) {
            notProfessional = "transaction set " + Excerpt.quoted(s.value(1)) + " is not an 837 claim";
        } else if (!version.isEmpty() && !version.startsWith("005010X222")) {
            notProfessional = "ST03 " + Excerpt.quoted(version) + " is not the 837 professional guide (005010X222);"
                    + " institutional and dental claims are not screened";
        } else {
            notProfessional = null;
        }
    }

    private void endTransaction(X12Segment s) {
        finishClaim();
        X12Envelopes.Break broken = breakOf(transaction);
        if (!transactionHadClaims && (broken != null || notProfessional != null || header.problem != null)) {
            String reason = broken != null ? "transaction " + transactionControl + " (ST02) is broken at "
                    + broken.describe() + " and holds no claim"
                    : notProfessional != null ? notProfessional + "; the transaction holds no claim"
                    : "transaction " + transactionControl + " (ST02) holds no claim, and at segment " + header.problem.at
                            + " " + header.problem.column + ": " + header.problem.getMessage();
            ready.add(new RecordRejectedException(new Reject(fileName, s.number(), null, "ST", reason), false));
            transactions.end(s.number(), errorsOf(transaction, "segment " + s.number() + " ST: " + reason));
        } else {
            transactions.end(s.number(), errorsOf(transaction, null));
        }
        section = Section.HEADER;
    }

    /**
     * What breaks transaction {@code tx} as a whole: the envelope breaks that cover it (its own,
     * its group's, its interchange's), else {@code otherwise} when given.
     */
    private List<String> errorsOf(long tx, String otherwise) {
        List<String> errors = new ArrayList<>();
        for (X12Envelopes.Break b : breaks) {
            if (b.covers(tx)) {
                errors.add(b.describe());
            }
        }
        if (errors.isEmpty() && otherwise != null) {
            errors.add(otherwise);
        }
        return errors;
    }

    private X12Envelopes.Break breakOf(long tx) {
        for (X12Envelopes.Break b : breaks) {
            if (b.covers(tx)) {
                return b;
            }
        }
        return null;
    }

    private void hl(X12Segment s) {
        finishClaim();
        String id = s.value(1);
        String parent = s.value(2);
        String level = s.value(3);
        switch (level) {
            case "20" -> {
                billing = new Billing(id, s.number());
                subscriber = null;
                patient = null;
                hlProblem = parent.isEmpty() ? null : "HL02 of billing provider HL " + id + " names a parent;"
                        + " a billing provider (HL03 20) is the top of the hierarchy";
                hlProblemAt = s.number();
                section = Section.BILLING;
            }
            case "22" -> {
                subscriber = new Subscriber(id, s.number());
                patient = null;
                if (billing == null || !billing.id.equals(parent)) {
                    hlProblem = "subscriber HL " + id + " names parent " + Excerpt.quoted(parent)
                            + ", not the billing provider HL before it" + (billing == null ? " (there is none)" : " (" + billing.id + ")");
                } else {
                    hlProblem = null;
                }
                hlProblemAt = s.number();
                section = Section.SUBSCRIBER;
            }
            case "23" -> {
                patient = new Patient(id);
                if (subscriber == null || !subscriber.id.equals(parent)) {
                    hlProblem = "patient HL " + id + " names parent " + Excerpt.quoted(parent)
                            + ", not the subscriber HL before it";
                    hlProblemAt = s.number();
                }
                section = Section.PATIENT;
            }
            default -> {
                hlProblem = "HL03 " + Excerpt.quoted(level) + " is not a billing provider (20), subscriber (22) or patient (23) level";
                hlProblemAt = s.number();
                section = Section.OTHER_HL;
            }
        }
    }

    private void body(X12Segment s) {
        String tag = s.tag();
        if (tag.equals("CLM")) {
            startClaim(s);
            return;
        }
        switch (section) {
            case BILLING -> billingSegment(s);
            case SUBSCRIBER -> subscriberSegment(s);
            case PATIENT -> {
                if (tag.equals("DMG") && patient != null) {
                    patient.birthDate = birthDate(s, patient);
                }
            }
            case CLAIM, CLAIM_RENDERING, COB -> claimSegment(s);
            case LINE, LINE_RENDERING, LINE_OTHER -> lineSegment(s);
            default -> {
                // header (BHT, submitter, receiver) and other HL levels carry nothing the rules read
            }
        }
    }

    private void billingSegment(X12Segment s) {
        if (s.tag().equals("PRV") && s.value(1).equals("BI") && billing.taxonomy == null) {
            billing.taxonomy = s.value(3);
            billing.taxonomyAt = s.number();
        } else if (s.tag().equals("NM1") && s.value(1).equals("85")) {
            billing.npi = npi(s, billing);
        }
    }

    private void subscriberSegment(X12Segment s) {
        switch (s.tag()) {
            case "SBR" -> {
                subscriber.filingIndicator = s.value(9);
                subscriber.group = s.value(3);
                subscriber.sbrAt = s.number();
            }
            case "NM1" -> {
                if (s.value(1).equals("IL")) {
                    subscriber.memberId = s.value(9);
                    subscriber.memberAt = s.number();
                } else if (s.value(1).equals("PR")) {
                    subscriber.payerId = s.value(9);
                    subscriber.payerAt = s.number();
                }
            }
            case "DMG" -> subscriber.birthDate = birthDate(s, subscriber);
            default -> {
                // addresses and contact details: not screened
            }
        }
    }

    private LocalDate birthDate(X12Segment s, Problems owner) {
        if (!s.value(1).equals("D8") || s.value(2).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s.value(2), D8);
        } catch (DateTimeParseException e) {
            // the value is not quoted: a birth date goes into no reject, report or log
            owner.fail(s, "DMG02", "the birth date is not a date (CCYYMMDD)");
            return null;
        }
    }

    private void startClaim(X12Segment s) {
        finishClaim();
        claim = new Draft(s.number(), s.value(1));
        transactionHadClaims = true;
        if (section == Section.HEADER || section == Section.BILLING || section == Section.OTHER_HL) {
            claim.fail(s, "CLM", "the claim is not under a subscriber (HL03 22) or patient (HL03 23) level");
        }
        if (subscriber == null) {
            claim.fail(s, "CLM", "the claim has no subscriber level (HL03 22) above it");
        }
        if (hlProblem != null) {
            claim.failAt(hlProblemAt, "HL", hlProblem);
        }
        List<String> clm05 = s.components(5);
        if (clm05.size() == 1 && clm05.get(0).matches(".*[^A-Za-z0-9 ].*")) {
            char used = clm05.get(0).replaceAll("[A-Za-z0-9 ]", "").charAt(0);
            claim.fail(s, "CLM05", "CLM05 " + Excerpt.quoted(clm05.get(0)) + " is not split by the component separator"
                    + " ISA16 declares ('" + componentSeparator + "'); the file appears to use '" + used + "'");
        }
        claim.placeOfService = s.component(5, 1);
        claim.frequency = s.component(5, 3);
        if (!s.component(5, 2).isEmpty() && !s.component(5, 2).equals("B")) {
            claim.fail(s, "CLM05-2", "CLM05-2 " + Excerpt.quoted(s.component(5, 2)) + " is not B (professional claim)");
        }
        String idProblem = ClaimIds.problem(claim.claimId);
        if (idProblem != null) {
            claim.fail(s, "CLM01", idProblem);
        }
        section = Section.CLAIM;
    }

    private void claimSegment(X12Segment s) {
        if (claim == null) {
            return;
        }
        String tag = s.tag();
        if (tag.equals("LX")) {
            startLine(s);
            return;
        }
        if (section == Section.COB) {
            return; // 2320/2330: other payers' subscriber, payer and amounts; the claim is screened for the first
        }
        switch (tag) {
            case "SBR" -> section = Section.COB;
            case "REF" -> {
                if (s.value(1).equals("F8")) {
                    claim.original = s.value(2);
                }
                section = Section.CLAIM;
            }
            case "HI" -> diagnoses(s);
            case "DTP" -> {
                if (s.value(1).equals("472")) {
                    claim.serviceDate = date(s, claim);
                } else if (s.value(1).equals("454")) {
                    claim.initialTreatment = date(s, claim);
                }
            }
            // service facility, ambulance locations and others: not screened
            case "NM1" -> section = provider(s, claim.providers, claim, CLAIM_REFERRING)
                    ? Section.CLAIM_RENDERING : Section.CLAIM;
            case "PRV" -> {
                if (section == Section.CLAIM_RENDERING) {
                    claim.providers.taxonomy(s);
                }
            }
            default -> {
                // amounts, notes, attachments, other dates: not screened
            }
        }
    }

    private void diagnoses(X12Segment s) {
        for (int e = 1; e <= s.elementCount(); e++) {
            String qualifier = s.component(e, 1);
            String code = s.component(e, 2);
            if (qualifier.isEmpty()) {
                continue;
            }
            String column = "HI" + String.format("%02d", e);
            switch (qualifier) {
                case "ABK", "ABF" -> {
                    try {
                        claim.diagnoses.add(DiagnosisCode.of(code));
                    } catch (InvalidValueException ex) {
                        claim.fail(s, column, column + ": " + ex.getMessage());
                    }
                }
                case "BK", "BF" -> claim.fail(s, column, column + " qualifier " + qualifier
                        + " is an ICD-9-CM diagnosis; ICD-9 is not accepted since 2015 and only ICD-10-CM (ABK, ABF) is screened");
                default -> {
                    // anesthesia, condition and other information codes of HI: not diagnoses
                }
            }
        }
    }

    private void startLine(X12Segment s) {
        section = Section.LINE;
        LineDraft line = new LineDraft(s.number());
        try {
            line.number = Integer.parseInt(s.value(1).strip());
        } catch (NumberFormatException e) {
            claim.fail(s, "LX01", "LX01 " + Excerpt.quoted(s.value(1)) + " is not a line number");
        }
        claim.lines.add(line);
        if (claim.lines.size() > 50) {
            claim.fail(s, "LX", "the claim has more than 50 lines");
        }
    }

    private void lineSegment(X12Segment s) {
        if (claim == null || claim.lines.isEmpty()) {
            return;
        }
        if (s.tag().equals("LX")) {
            startLine(s);
            return;
        }
        LineDraft line = claim.lines.get(claim.lines.size() - 1);
        switch (s.tag()) {
            case "SV1" -> {
                section = Section.LINE;
                sv1(s, line);
            }
            case "DTP" -> {
                if (s.value(1).equals("472")) {
                    line.serviceDate = date(s, claim);
                }
            }
            // purchased service, facility, ambulance: not screened
            case "NM1" -> section = provider(s, line.providers, claim, LINE_REFERRING)
                    ? Section.LINE_RENDERING : Section.LINE_OTHER;
            case "PRV" -> {
                if (section == Section.LINE_RENDERING) {
                    line.providers.taxonomy(s);
                }
            }
            case "SVD", "CAS" -> section = Section.LINE_OTHER; // 2430: another payer's adjudication
            default -> {
                // line amounts, notes, drug identification: not screened
            }
        }
    }

    private void sv1(X12Segment s, LineDraft line) {
        line.sv1At = s.number();
        List<String> procedure = s.components(1);
        if (procedure.size() == 1 && procedure.get(0).matches(".*[^A-Za-z0-9 ].*")) {
            claim.fail(s, "SV101", "SV101 " + Excerpt.quoted(procedure.get(0)) + " is not split by the component"
                    + " separator ISA16 declares ('" + componentSeparator + "')");
            return;
        }
        String qualifier = s.component(1, 1);
        if (!qualifier.equals("HC")) {
            claim.fail(s, "SV101-1", "SV101-1 " + Excerpt.quoted(qualifier) + " is not HC (CPT/HCPCS); only HCPCS lines are screened");
            return;
        }
        try {
            line.procedure = ProcedureCode.of(s.component(1, 2));
            for (int c = 3; c <= Math.min(procedure.size(), 6); c++) {
                if (!procedure.get(c - 1).isBlank()) {
                    line.modifiers.add(Modifier.of(procedure.get(c - 1)));
                }
            }
        } catch (InvalidValueException e) {
            claim.fail(s, "SV101", "SV101: " + e.getMessage());
        }
        try {
            line.charge = Money.parse(s.value(2));
        } catch (InvalidValueException e) {
            claim.fail(s, "SV102", "SV102 charge: " + e.getMessage());
        }
        String basis = s.value(3);
        String quantity = s.value(4);
        Integer whole = wholeNumber(quantity);
        if (whole == null) {
            claim.fail(s, "SV104", "SV104 " + Excerpt.quoted(quantity) + " is not a whole quantity");
        } else if (basis.equals("UN")) {
            line.units = whole;
        } else if (basis.equals("MJ")) {
            line.minutes = whole;
            // CMS's 8-minute rule for one timed service: 8-22 minutes are 1 unit, 23-37 are 2, ...
            line.units = Math.max(1, (whole + 7) / 15);
        } else {
            claim.fail(s, "SV103", "SV103 " + Excerpt.quoted(basis) + " is neither UN (units) nor MJ (minutes)");
        }
        line.placeOfService = s.value(5);
        for (String pointer : s.components(7)) {
            if (pointer.isBlank()) {
                continue;
            }
            try {
                line.pointers.add(Integer.parseInt(pointer.strip()));
            } catch (NumberFormatException e) {
                claim.fail(s, "SV107", "SV107 diagnosis pointer " + Excerpt.quoted(pointer) + " is not a number 1..12");
            }
        }
    }

    private static Integer wholeNumber(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.stripTrailingZeros().scale() <= 0 ? value.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private LocalDate date(X12Segment s, Problems owner) {
        String format = s.value(2);
        String text = s.value(3);
        try {
            if (format.equals("D8")) {
                return LocalDate.parse(text, D8);
            }
            if (format.equals("RD8") && text.length() == 17 && text.charAt(8) == '-') {
                return LocalDate.parse(text.substring(0, 8), D8);
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        owner.fail(s, "DTP03", "DTP*" + s.value(1) + " date " + Excerpt.quoted(text) + " is not a " + (format.isEmpty() ? "D8" : format)
                + " date (CCYYMMDD, or CCYYMMDD-CCYYMMDD for RD8)");
        return null;
    }

    /** NM1 codes of a referring provider: 2310A's DN; 2420E's ordering provider (DK) refers too. */
    private static final Set<String> CLAIM_REFERRING = Set.of("DN");
    private static final Set<String> LINE_REFERRING = Set.of("DN", "DK");

    /**
     * An NM1 of a 2310 or 2420 loop into {@code into}: rendering (82), referring (one of
     * {@code referringCodes}) or supervising (DQ); others are not screened. Problems go to the
     * claim. True when it named the rendering provider, whose PRV*PE may follow.
     */
    private boolean provider(X12Segment s, Providers into, Draft claim, Set<String> referringCodes) {
        String code = s.value(1);
        if (code.equals("82")) {
            into.rendering = npi(s, claim);
            return true;
        }
        if (referringCodes.contains(code)) {
            into.referring = npi(s, claim);
        } else if (code.equals("DQ")) {
            into.supervising = npi(s, claim);
        }
        return false;
    }

    private Npi npi(X12Segment s, Problems owner) {
        String qualifier = s.value(8);
        String id = s.value(9);
        if (id.isEmpty()) {
            return null;
        }
        if (!qualifier.equals("XX")) {
            owner.fail(s, "NM108", "NM1*" + s.value(1) + " identifies the provider by " + Excerpt.quoted(qualifier)
                    + ", not by NPI (XX)");
            return null;
        }
        try {
            return Npi.of(id);
        } catch (InvalidValueException e) {
            owner.fail(s, "NM109", "NM1*" + s.value(1) + " NM109: " + e.getMessage());
            return null;
        }
    }

    /** Turns the claim read so far into its record, if there is one. */
    private void finishClaim() {
        Draft draft = claim;
        claim = null;
        if (draft == null) {
            return;
        }
        X12Envelopes.Break broken = breakOf(transaction);
        String claimId = draft.claimId;
        if (broken != null) {
            claimRecord(new RecordRejectedException(new Reject(fileName, draft.at, claimId, broken.tag(),
                    "transaction " + transactionControl + " (ST02) is broken at " + broken.describe()
                            + "; its claims are not screened"), false));
            return;
        }
        if (notProfessional != null) {
            claimRecord(new ClaimRecord.Unscreened(fileName, draft.at, claimId, notProfessional));
            return;
        }
        if (draft.frequency.equals("8")) {
            List<String> voids = new ArrayList<>();
            voids.add(claimId);
            if (!draft.original.isBlank() && !draft.original.equals(claimId)) {
                voids.add(draft.original);
            }
            claimRecord(new ClaimRecord.Unscreened(fileName, draft.at, claimId,
                    "a void (CLM05-3 = 8) withdraws a claim; it is not screened", voids));
            return;
        }
        try {
            Claim built = build(draft);
            List<String> replaces = draft.frequency.equals("7") && !draft.original.isBlank()
                    ? List.of(draft.original) : List.of();
            claimRecord(new ClaimRecord.Whole(built, draft.at, replaces));
        } catch (Bad bad) {
            claimRecord(reject(bad.at, claimId, bad.column, bad.getMessage()));
        }
    }

    /** A claim's record, counted in its transaction's summary. */
    private void claimRecord(Object record) {
        if (record instanceof RecordRejectedException rejected) {
            transactions.rejected(rejected.reject().reason());
        } else if (record instanceof ClaimRecord.Unscreened) {
            transactions.notScreened();
        } else {
            transactions.accepted();
        }
        ready.add(record);
    }

    private RecordRejectedException reject(long at, String claimId, String column, String reason) {
        return new RecordRejectedException(new Reject(fileName, at, claimId, column, "segment " + at + " "
                + (column == null ? "" : column + ": ") + reason), false);
    }

    private Claim build(Draft draft) {
        Problems[] owners = {header, subscriber, billing, patient, draft};
        for (Problems owner : owners) {
            if (owner != null && owner.problem != null) {
                throw owner.problem;
            }
        }
        if (draft.lines.isEmpty()) {
            throw new Bad(draft.at, "LX", "the claim has no service lines (2400 LX)");
        }
        MemberId member;
        try {
            member = MemberId.of(subscriber.memberId);
        } catch (InvalidValueException e) {
            throw new Bad(subscriber.memberAt == 0 ? subscriber.at : subscriber.memberAt, "NM109",
                    "subscriber (NM1*IL) member id: " + e.getMessage());
        }
        PayerType payer;
        try {
            payer = PayerType.parse(subscriber.filingIndicator);
        } catch (InvalidValueException e) {
            throw new Bad(subscriber.sbrAt == 0 ? subscriber.at : subscriber.sbrAt, "SBR09",
                    "claim filing indicator: " + e.getMessage());
        }
        String payerId = id(subscriber.payerId, subscriber.payerAt, "NM109", "payer id");
        String plan = null;
        if (payer == PayerType.MEDICARE_ADVANTAGE) {
            plan = id(subscriber.group, subscriber.sbrAt, "SBR03", "plan id");
            if (plan == null || plan.isBlank()) {
                throw new Bad(subscriber.sbrAt, "SBR03", "SBR03 is empty; Medicare Advantage claims (SBR09 16) need"
                        + " the contract-plan id (e.g. H1234-001) as the group number");
            }
        }
        if (draft.diagnoses.isEmpty()) {
            throw new Bad(draft.at, "HI", "the claim has no ICD-10-CM diagnosis (HI*ABK)");
        }
        if (draft.diagnoses.size() > 12) {
            throw new Bad(draft.at, "HI", "the claim has " + draft.diagnoses.size() + " diagnoses; at most 12 are screened");
        }
        LocalDate birth = patient != null && patient.birthDate != null ? patient.birthDate : subscriber.birthDate;
        List<ClaimLine> lines = new ArrayList<>(draft.lines.size());
        for (LineDraft line : draft.lines) {
            lines.add(line(draft, line, member));
        }
        lines.sort(java.util.Comparator.comparingInt(ClaimLine::lineNumber));
        try {
            // The 837P has the field (2300 DTP*454) whether or not this claim fills it.
            return new Claim(draft.claimId, fileName, member, birth, payer, payerId, plan, draft.diagnoses, lines,
                    ReportedDate.of(draft.initialTreatment));
        } catch (InvalidValueException e) {
            throw new Bad(draft.at, "CLM", e.getMessage());
        }
    }

    private ClaimLine line(Draft draft, LineDraft line, MemberId member) {
        if (line.sv1At == 0) {
            throw new Bad(line.at, "SV1", "line " + line.number + " has no SV1 (professional service)");
        }
        LocalDate date = line.serviceDate != null ? line.serviceDate : draft.serviceDate;
        if (date == null) {
            throw new Bad(line.at, "DTP", "line " + line.number + " has no service date (DTP*472), nor has the claim");
        }
        String pos = line.placeOfService.isBlank() ? draft.placeOfService : line.placeOfService;
        Npi rendering;
        String taxonomyText;
        long taxonomyAt;
        Providers named = line.providers.rendering != null ? line.providers
                : draft.providers.rendering != null ? draft.providers : null;
        if (named != null) {
            rendering = named.rendering;
            taxonomyText = named.renderingTaxonomy;
            taxonomyAt = named.renderingTaxonomyAt;
        } else {
            rendering = billing == null ? null : billing.npi;
            taxonomyText = billing == null ? null : billing.taxonomy;
            taxonomyAt = billing == null ? 0 : billing.taxonomyAt;
        }
        if (rendering == null) {
            throw new Bad(line.at, "NM1", "line " + line.number + " has no rendering provider NPI (NM1*82, else the"
                    + " billing provider's NM1*85)");
        }
        Taxonomy taxonomy;
        if (taxonomyText != null && !taxonomyText.isBlank()) {
            try {
                taxonomy = Taxonomy.of(taxonomyText);
            } catch (InvalidValueException e) {
                throw new Bad(taxonomyAt, "PRV03", "rendering taxonomy: " + e.getMessage());
            }
        } else {
            taxonomy = reference.provider(rendering).map(RosterProvider::taxonomy).orElse(null);
            if (taxonomy == null) {
                throw new Bad(line.at, "PRV", "line " + line.number + ": the rendering provider has no taxonomy"
                        + " (PRV*PE, or PRV*BI when the billing provider renders) and the roster does not list its NPI");
            }
        }
        Npi supervising = line.providers.supervising != null ? line.providers.supervising : draft.providers.supervising;
        Npi referring = line.providers.referring != null ? line.providers.referring : draft.providers.referring;
        // The 837P has no ABN field: GA (a signed ABN is on file) stands for one, unless the run's
        // documentation has a row for the service; that row is the record, and Documentation.fill
        // takes the line's abn_on_file from it, so GA billed without an ABN on file shows as such.
        boolean documented = line.procedure != null
                && documentation.of(member, date, line.procedure).isPresent();
        Indicator abn = !documented && line.modifiers.stream().anyMatch(m -> m.value().equals("GA"))
                ? Indicator.YES : Indicator.NOT_GIVEN;
        try {
            // every line of a claim stands at its CLM segment, as the lines of a FHIR resource at its NDJSON
            // line: the split asks the verdicts by that one position
            return new ClaimLine(line.number, draft.at, date, pos.isBlank() ? null : pos, line.procedure, line.modifiers,
                    line.units, line.minutes, line.charge, line.pointers, rendering, taxonomy, supervising, referring,
                    billing == null ? null : billing.npi, Indicator.NOT_GIVEN, abn, Indicator.NOT_GIVEN);
        } catch (InvalidValueException | NullPointerException e) {
            throw new Bad(line.sv1At, "SV1", "line " + line.number + ": " + e.getMessage());
        }
    }

    private static String id(String value, long at, String column, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = ClaimRow.idProblem(what, value, ClaimRow.ID_LENGTH);
        if (problem != null) {
            throw new Bad(at, column, problem);
        }
        return value;
    }

    @Override
    public void close() {
        segments.close();
    }

    /** A claim that cannot be screened, and where: the first problem found. */
    private static final class Bad extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long at;
        private final String column;

        Bad(long at, String column, String reason) {
            super(reason, null, false, false);
            this.at = at;
            this.column = column;
        }
    }

    /** Something read from segments that keeps its first problem until a claim under it is built. */
    private abstract static class Problems {
        Bad problem;

        void fail(X12Segment s, String column, String reason) {
            failAt(s.number(), column, reason);
        }

        void failAt(long at, String column, String reason) {
            if (problem == null) {
                problem = new Bad(at, column, reason);
            }
        }
    }

    /** The transaction's header (BHT, 1000A/B) and what is wrong in it for every claim of the transaction. */
    private static final class Header extends Problems {
    }

    /** 2000A/2010AA. */
    private static final class Billing extends Problems {
        final String id;
        final long at;
        Npi npi;
        String taxonomy;
        long taxonomyAt;

        Billing(String id, long at) {
            this.id = id;
            this.at = at;
        }
    }

    /** 2000B/2010BA/2010BB. */
    private static final class Subscriber extends Problems {
        final String id;
        final long at;
        String filingIndicator;
        String group;
        long sbrAt;
        String memberId;
        long memberAt;
        String payerId;
        long payerAt;
        LocalDate birthDate;

        Subscriber(String id, long at) {
            this.id = id;
            this.at = at;
        }
    }

    /** 2000C/2010CA. */
    private static final class Patient extends Problems {
        final String id;
        LocalDate birthDate;

        Patient(String id) {
            this.id = id;
        }
    }

    /** 2300 and its 2310 providers. */
    private static final class Draft extends Problems {
        final long at;
        final String claimId;
        String placeOfService = "";
        String frequency = "";
        String original = "";
        LocalDate serviceDate;
        LocalDate initialTreatment;
        final Providers providers = new Providers();
        final List<DiagnosisCode> diagnoses = new ArrayList<>();
        final List<LineDraft> lines = new ArrayList<>();

        Draft(long at, String claimId) {
            this.at = at;
            this.claimId = claimId;
        }
    }

    /** The providers a 2310 (claim) or 2420 (line) loop names; a line's take the place of its claim's. */
    private static final class Providers {
        Npi rendering;
        String renderingTaxonomy;
        long renderingTaxonomyAt;
        Npi referring;
        Npi supervising;

        /** PRV*PE after the rendering provider's NM1*82. */
        void taxonomy(X12Segment s) {
            if (s.value(1).equals("PE")) {
                renderingTaxonomy = s.value(3);
                renderingTaxonomyAt = s.number();
            }
        }
    }

    /** 2400 and its 2420 providers. */
    private static final class LineDraft {
        final long at;
        int number;
        long sv1At;
        ProcedureCode procedure;
        final List<Modifier> modifiers = new ArrayList<>();
        Money charge;
        int units;
        Integer minutes;
        String placeOfService = "";
        final List<Integer> pointers = new ArrayList<>();
        LocalDate serviceDate;
        final Providers providers = new Providers();

        LineDraft(long at) {
            this.at = at;
        }
    }
}
