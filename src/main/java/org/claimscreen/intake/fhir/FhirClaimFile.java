package org.claimscreen.intake.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimscreen.intake.Reject;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.Resource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;

/**
 * Reads a file of FHIR R4 resources, one {@link Result} per resource that could be a claim, in
 * file order: a single resource, a Bundle, or NDJSON (FHIR Bulk Data), in JSON or XML.
 *
 * <p>What becomes a result: every top-level resource of a single-resource file or NDJSON line,
 * and the {@code Claim} and {@code ExplanationOfBenefit} entries of a Bundle. The Patients,
 * Coverages and Practitioners of a Bundle only serve to resolve references; one that cannot be
 * parsed is reported as {@link Result.Rejected}, since the claims that point to it lose fields.
 *
 * <p>Whole-file failures ({@link FhirFileException} from {@link #open}): an empty file, one that
 * is neither JSON nor XML, and content of another FHIR version (DSTU2, STU3, see
 * {@link VersionSigns}). Everything else is per resource: a resource that does not parse under
 * the {@link ParserPolicy#STRICT strict policy} is rejected with HAPI's message and its NDJSON line
 * or bundle entry, and the file goes on.
 *
 * <p>NDJSON streams: lines are read in order, parsed in blocks of {@value #BLOCK_LINES} on two
 * threads, and handed back in file order, so a 2 GB export is never held whole. JSON and XML
 * files (a resource or a Bundle) are read whole; they are small.
 *
 * <p>Restart: {@link #resourcesRead()} counts the results handed out or skipped; open the file
 * again and {@link #skipResources(long)} that many (NDJSON lines are skipped unparsed).
 *
 * <p>XML: a DOCTYPE is refused before any parser sees the text, so external entities (XXE) are
 * never resolved.
 *
 * <p>Not thread-safe; one reader per file, and close it (it owns two worker threads for NDJSON).
 */
public final class FhirClaimFile implements java.util.Iterator<FhirClaimFile.Result>, AutoCloseable {

    static final int BLOCK_LINES = 256;
    private static final int BLOCKS_IN_FLIGHT = 4;
    private static final int THREADS = 2;
    private static final long MAX_WHOLE_FILE_BYTES = 256L * 1024 * 1024;

    /** Resource types that only supply referenced fields when they sit in a Bundle. */
    private static final Set<String> REFERENCED = Set.of("Patient", "Coverage", "Practitioner", "PractitionerRole",
            "Organization", "ServiceRequest");

    private static final JsonFactory JSON = new JsonFactory();
    /** Fails on a second value after the first: a .json file holding NDJSON must not lose claims. */
    private static final ObjectMapper TREES = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** How the file is laid out. */
    public enum Format {
        JSON, XML, NDJSON
    }

    /** What one resource of the file became. */
    public sealed interface Result {

        /** Where in the file: {@code line 17} (NDJSON), {@code entry[3]} (Bundle), {@code resource}. */
        String location();

        /**
         * A professional claim read whole into the domain's {@link org.claimscreen.domain.claim.Claim}, one
         * line per item, ready for the rules.
         *
         * @param replaces the claim ids it says it replaces ({@code Claim.related}, relationship
         *                 {@code prior}): their earlier versions leave the member's history
         */
        record Screenable(org.claimscreen.domain.claim.Claim claim, String location, List<String> replaces)
                implements Result {
            public Screenable {
                replaces = List.copyOf(replaces);
            }

            public Screenable(org.claimscreen.domain.claim.Claim claim, String location) {
                this(claim, location, List.of());
            }
        }

        /**
         * A resource that was read but is out of scope, and why; it never counts as clean.
         *
         * @param voids the claim ids it withdraws (a cancelled or entered-in-error Claim withdraws
         *              itself): their earlier versions leave the member's history
         */
        record NotScreened(String claimId, String reason, String location, List<String> voids) implements Result {
            public NotScreened {
                voids = List.copyOf(voids);
            }

            public NotScreened(String claimId, String reason, String location) {
                this(claimId, reason, location, List.of());
            }
        }

        /**
         * A resource that could not be read, or a claim whose fields the model refuses.
         *
         * @param location as for the other results; {@code line N} of the reject when not given
         */
        record Rejected(Reject reject, String location) implements Result {

            public Rejected(Reject reject) {
                this(reject, "line " + reject.line());
            }
        }
    }

    private final String fileName;
    private final Format format;
    private final Source source;
    private Item pending;
    private long resourcesRead;
    private long currentLine;

    private FhirClaimFile(String fileName, Format format, Source source) {
        this.fileName = fileName;
        this.format = format;
        this.source = source;
    }

    /**
     * @throws FhirFileException when the file is empty, neither JSON nor XML, or not FHIR R4 (the
     *                           message names the file and the version it looks like)
     * @throws IOException       when it cannot be read
     */
    public static FhirClaimFile open(Path file) throws IOException {
        String label = file.toString();
        String fileName = file.getFileName().toString();
        Format format = format(file, label);
        Reading reading = new Reading(fileName, label);
        if (format == Format.NDJSON) {
            return new FhirClaimFile(fileName, format, reading.ndjson(file));
        }
        if (Files.size(file) > MAX_WHOLE_FILE_BYTES) {
            throw new FhirFileException(label, "a " + format + " file over " + (MAX_WHOLE_FILE_BYTES >> 20)
                    + " MB is not read whole; write it as NDJSON (one resource per line)");
        }
        String text = withoutBom(Files.readString(file, StandardCharsets.UTF_8));
        if (text.isBlank()) {
            throw empty(label);
        }
        List<Item> items = format == Format.XML ? reading.xml(text) : reading.json(text);
        return new FhirClaimFile(fileName, format, new Listed(items));
    }

    public String fileName() {
        return fileName;
    }

    public Format format() {
        return format;
    }

    /** Results handed out by {@link #next()} or passed over by {@link #skipResources(long)}. */
    public long resourcesRead() {
        return resourcesRead;
    }

    /** The NDJSON line (or bundle entry + 1, or 1) of the last result handed out or skipped; 0 before. */
    public long currentLine() {
        return currentLine;
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = source.next();
        }
        return pending != null;
    }

    @Override
    public Result next() {
        if (!hasNext()) {
            throw new NoSuchElementException(fileName + " has no more resources");
        }
        Item item = pending;
        pending = null;
        resourcesRead++;
        currentLine = item.line;
        return item.result;
    }

    /**
     * Passes over up to {@code n} resources without handing them out, to resume after a restart;
     * NDJSON lines are skipped without being parsed. Stops early at the end of the file;
     * {@link #resourcesRead()} says how far it got.
     */
    public void skipResources(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot skip " + n + " resources");
        }
        long left = n;
        if (left > 0 && pending != null) {
            currentLine = pending.line;
            pending = null;
            resourcesRead++;
            left--;
        }
        if (left > 0) {
            long[] skipped = source.skip(left);
            if (skipped[0] > 0) {
                resourcesRead += skipped[0];
                currentLine = skipped[1];
            }
        }
    }

    @Override
    public void close() {
        source.close();
    }

    private static FhirFileException empty(String label) {
        return new FhirFileException(label, "the file is empty; expected a FHIR R4 resource, a Bundle or NDJSON");
    }

    private static Format format(Path file, String label) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return Format.NDJSON;
        }
        if (name.endsWith(".xml")) {
            return Format.XML;
        }
        boolean json = name.endsWith(".json");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = nextNonBlank(reader);
            if (first == null) {
                throw empty(label);
            }
            first = withoutBom(first).strip();
            if (json && !first.startsWith("{")) {
                return Format.JSON; // let the parser say what is wrong with it
            }
            if (first.startsWith("<")) {
                return Format.XML;
            }
            if (!first.startsWith("{")) {
                throw new FhirFileException(label, "neither FHIR JSON nor FHIR XML: the first character is '"
                        + first.charAt(0) + "'");
            }
            String second = nextNonBlank(reader);
            return second != null && second.strip().startsWith("{") && isWholeObject(first) ? Format.NDJSON
                    : Format.JSON;
        }
    }

    private static String nextNonBlank(BufferedReader reader) throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!withoutBom(line).isBlank()) {
                return line;
            }
        }
        return null;
    }

    private static boolean isWholeObject(String line) {
        try {
            return TREES.readTree(line).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** A result and the line (NDJSON), entry + 1 (Bundle) or 1 it stands at. */
    private record Item(Result result, long line) {
    }

    private interface Source {
        /** The next item, or null at the end. */
        Item next();

        /** Passes over up to {@code n} resources: {how many, the line of the last}. */
        long[] skip(long n);

        void close();
    }

    /** The results of a file read whole. */
    private static final class Listed implements Source {

        private final Deque<Item> items;

        Listed(List<Item> items) {
            this.items = new ArrayDeque<>(items);
        }

        @Override
        public Item next() {
            return items.poll();
        }

        @Override
        public long[] skip(long n) {
            long count = 0;
            long line = 0;
            for (Item item = n > 0 ? items.poll() : null; item != null; item = ++count < n ? items.poll() : null) {
                line = item.line;
            }
            return new long[] {count, line};
        }

        @Override
        public void close() {
            items.clear();
        }
    }

    /** Streams NDJSON: reads blocks of lines in order, parses them on a small pool, keeps the order. */
    private static final class Ndjson implements Source {

        private record Line(long number, String text) {
        }

        private record Block(List<Line> lines, Future<List<Result>> results) {
        }

        private static final AtomicInteger POOLS = new AtomicInteger();

        private final Reading reading;
        private final BufferedReader reader;
        private final ExecutorService pool;
        private final Deque<Block> inFlight = new ArrayDeque<>();
        private final Deque<Item> ready = new ArrayDeque<>();
        private long lineNumber;
        private boolean eof;

        Ndjson(Reading reading, BufferedReader reader) {
            this.reading = reading;
            this.reader = reader;
            int pool = POOLS.incrementAndGet();
            AtomicInteger threads = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(THREADS, task -> {
                Thread thread = new Thread(task, "fhir-ndjson-" + pool + "-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public Item next() {
            while (ready.isEmpty()) {
                topUp();
                Block block = inFlight.poll();
                if (block == null) {
                    return null;
                }
                List<Result> results = await(block);
                for (int i = 0; i < results.size(); i++) {
                    ready.add(new Item(results.get(i), block.lines.get(i).number));
                }
            }
            return ready.poll();
        }

        @Override
        public long[] skip(long n) {
            long count = 0;
            long last = 0;
            while (count < n && !ready.isEmpty()) {
                last = ready.poll().line;
                count++;
            }
            while (count < n && !inFlight.isEmpty()) {
                // Already submitted: drop whole blocks unparsed, resubmit the tail of a block cut in two.
                Block block = inFlight.poll();
                block.results.cancel(true);
                int take = (int) Math.min(n - count, block.lines.size());
                last = block.lines.get(take - 1).number;
                count += take;
                if (take < block.lines.size()) {
                    List<Line> rest = List.copyOf(block.lines.subList(take, block.lines.size()));
                    inFlight.addFirst(new Block(rest, pool.submit(() -> reading.ndjsonBlock(rest))));
                }
            }
            while (count < n) {
                Line line = readLine();
                if (line == null) {
                    break;
                }
                last = line.number;
                count++;
            }
            return new long[] {count, last};
        }

        private void topUp() {
            while (inFlight.size() < BLOCKS_IN_FLIGHT && !eof) {
                List<Line> lines = new ArrayList<>(BLOCK_LINES);
                while (lines.size() < BLOCK_LINES) {
                    Line line = readLine();
                    if (line == null) {
                        break;
                    }
                    lines.add(line);
                }
                if (lines.isEmpty()) {
                    return;
                }
                List<Line> block = List.copyOf(lines);
                inFlight.add(new Block(block, pool.submit(() -> reading.ndjsonBlock(block))));
            }
        }

        /** The next non-blank line, or null at the end of the file. */
        private Line readLine() {
            if (eof) {
                return null;
            }
            try {
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    lineNumber++;
                    if (lineNumber == 1) {
                        text = withoutBom(text);
                    }
                    if (!text.isBlank()) {
                        return new Line(lineNumber, text);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(reading.label + ": cannot read line " + (lineNumber + 1), e);
            }
            eof = true;
            return null;
        }

        private static List<Result> await(Block block) {
            try {
                return block.results.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing NDJSON", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
            inFlight.clear();
            ready.clear();
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The parsing of one file: turns text into results. Thread-safe (a new parser per use). */
    private static final class Reading {

        private final String fileName;
        private final String label;
        private final FhirClaimMapper mapper;

        Reading(String fileName, String label) {
            this.fileName = fileName;
            this.label = label;
            this.mapper = new FhirClaimMapper(fileName);
        }

        Source ndjson(Path file) throws IOException {
            InputStream in = Files.newInputStream(file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            try {
                String first = nextNonBlank(reader);
                if (first == null) {
                    throw empty(label);
                }
                JsonNode tree;
                try {
                    tree = TREES.readTree(withoutBom(first));
                } catch (IOException e) {
                    tree = null; // the line is rejected when it is parsed
                }
                String version = tree == null ? null : VersionSigns.ofJson(tree);
                if (version != null) {
                    throw new FhirFileException(label, version);
                }
                reader.close();
                InputStream again = Files.newInputStream(file);
                return new Ndjson(this, new BufferedReader(new InputStreamReader(again, StandardCharsets.UTF_8), 1 << 16));
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        }

        List<Result> ndjsonBlock(List<Ndjson.Line> lines) {
            IParser parser = ParserPolicy.STRICT.jsonParser();
            List<Result> results = new ArrayList<>(lines.size());
            for (Ndjson.Line line : lines) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                results.add(ndjsonLine(parser, line.text, line.number));
            }
            return results;
        }

        private Result ndjsonLine(IParser parser, String text, long line) {
            String location = "line " + line;
            String[] head = peek(text);
            String type = head[0];
            String id = head[1];
            try {
                if (type != null && !type.equals("Claim")) {
                    return new Result.NotScreened(id, notAClaim(type), location);
                }
                Claim claim;
                try {
                    claim = parser.parseResource(Claim.class, text);
                } catch (DataFormatException | IllegalArgumentException e) {
                    return rejected(line, id, unparsable(type, text, e));
                }
                return mapper.map(claim, ReferenceResolver.containedOnly(), line, location);
            } catch (RuntimeException e) {
                return rejected(line, id, "could not be read: " + e);
            }
        }

        List<Item> json(String text) {
            JsonNode tree;
            try {
                tree = TREES.readTree(text);
            } catch (IOException e) {
                return List.of(new Item(rejectedResource(null, hapiMessage(text, false)), 1));
            }
            if (tree == null || !tree.isObject()) {
                return List.of(new Item(rejectedResource(null, "the file holds no JSON object"), 1));
            }
            String version = VersionSigns.ofJson(tree);
            if (version != null) {
                throw new FhirFileException(label, version);
            }
            String type = tree.path("resourceType").asText(null);
            if ("Bundle".equals(type)) {
                return jsonBundle(tree);
            }
            return List.of(new Item(single(type, tree, text), 1));
        }

        private Result single(String type, JsonNode tree, String text) {
            String id = idOf(tree);
            try {
                if (type != null && !type.equals("Claim")) {
                    return new Result.NotScreened(id, notAClaim(type), "resource");
                }
                Claim claim;
                try {
                    claim = ParserPolicy.STRICT.jsonParser().parseResource(Claim.class, text);
                } catch (DataFormatException | IllegalArgumentException e) {
                    return rejectedResource(id, unparsable(type, text, e));
                }
                return mapper.map(claim, ReferenceResolver.containedOnly(), 1, "resource");
            } catch (RuntimeException e) {
                return rejectedResource(id, "could not be read: " + e);
            }
        }

        private List<Item> jsonBundle(JsonNode bundle) {
            JsonNode entries = bundle.path("entry");
            int count = entries.isArray() ? entries.size() : 0;
            IParser parser = ParserPolicy.STRICT.jsonParser();
            ReferenceResolver.Builder references = ReferenceResolver.builder();
            Result[] failed = new Result[count];
            for (int i = 0; i < count; i++) {
                JsonNode entry = entries.get(i);
                JsonNode resource = entry.path("resource");
                String type = resource.path("resourceType").asText(null);
                if (type != null && REFERENCED.contains(type)) {
                    try {
                        Resource parsed = (Resource) parser.parseResource(resource.toString());
                        references.add(entry.path("fullUrl").asText(null), parsed);
                    } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
                        failed[i] = rejected(i + 1, resource.path("id").asText(null), "entry[" + i + "]",
                                type + " (referenced by claims, which lose its fields): " + message(e));
                    }
                }
            }
            ReferenceResolver resolver = references.build();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String at = "entry[" + i + "]";
                JsonNode resource = entries.get(i).path("resource");
                String type = resource.path("resourceType").asText(null);
                String id = idOf(resource);
                Result result = failed[i];
                try {
                    if (result == null && "Claim".equals(type)) {
                        Claim claim;
                        try {
                            claim = parser.parseResource(Claim.class, resource.toString());
                            result = mapper.map(claim, resolver, i + 1, at);
                        } catch (DataFormatException | IllegalArgumentException e) {
                            result = rejected(i + 1, id, at, "Claim: " + message(e));
                        }
                    } else if (result == null && "ExplanationOfBenefit".equals(type)) {
                        result = new Result.NotScreened(id, notAClaim(type), at);
                    }
                } catch (RuntimeException e) {
                    result = rejected(i + 1, id, at, "could not be read: " + e);
                }
                if (result != null) {
                    items.add(new Item(result, i + 1));
                }
            }
            return items;
        }

        List<Item> xml(String text) {
            if (SafeXml.hasDoctype(text)) {
                return List.of(new Item(rejectedResource(null, "the XML declares a DOCTYPE; FHIR XML never has one,"
                        + " and its entities are not resolved (they could read local files)"), 1));
            }
            String version = VersionSigns.ofXml(text);
            if (version != null) {
                throw new FhirFileException(label, version);
            }
            IBaseResource parsed;
            try {
                parsed = ParserPolicy.STRICT.xmlParser().parseResource(text);
            } catch (DataFormatException | IllegalArgumentException e) {
                return List.of(new Item(rejectedResource(null, message(e)), 1));
            }
            try {
                if (parsed instanceof Bundle bundle) {
                    return xmlBundle(bundle);
                }
                if (parsed instanceof Claim claim) {
                    return List.of(new Item(mapper.map(claim, ReferenceResolver.containedOnly(), 1, "resource"), 1));
                }
                Resource resource = (Resource) parsed;
                return List.of(new Item(new Result.NotScreened(resource.getIdElement().getIdPart(),
                        notAClaim(resource.fhirType()), "resource"), 1));
            } catch (RuntimeException e) {
                return List.of(new Item(rejectedResource(null, "could not be read: " + e), 1));
            }
        }

        private List<Item> xmlBundle(Bundle bundle) {
            ReferenceResolver.Builder references = ReferenceResolver.builder();
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getResource() != null) {
                    references.add(entry.getFullUrl(), entry.getResource());
                }
            }
            ReferenceResolver resolver = references.build();
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                Resource resource = bundle.getEntry().get(i).getResource();
                String at = "entry[" + i + "]";
                if (resource instanceof Claim claim) {
                    items.add(new Item(mapper.map(claim, resolver, i + 1, at), i + 1));
                } else if (resource != null && resource.fhirType().equals("ExplanationOfBenefit")) {
                    items.add(new Item(new Result.NotScreened(resource.getIdElement().getIdPart(),
                            notAClaim(resource.fhirType()), at), i + 1));
                }
            }
            return items;
        }

        private Result rejected(long line, String claimId, String column, String reason) {
            return new Result.Rejected(new Reject(fileName, line, claimId, column, reason), column);
        }

        private Result rejected(long line, String claimId, String reason) {
            return new Result.Rejected(new Reject(fileName, line, claimId, null, reason), "line " + line);
        }

        private Result rejectedResource(String claimId, String reason) {
            return new Result.Rejected(new Reject(fileName, 1, claimId, null, reason), "resource");
        }

        /** HAPI's message for text that is not a resource; a non-R4 version named when it shows. */
        private String unparsable(String type, String text, RuntimeException e) {
            String message = message(e);
            try {
                String version = VersionSigns.ofJson(TREES.readTree(text));
                if (version != null) {
                    return version + " (" + message + ")";
                }
            } catch (IOException | RuntimeException ignored) {
                // not JSON at all: HAPI's message says so
            }
            return (type == null ? "" : type + ": ") + message;
        }

        private static String hapiMessage(String text, boolean xml) {
            try {
                IParser parser = xml ? ParserPolicy.STRICT.xmlParser() : ParserPolicy.STRICT.jsonParser();
                parser.parseResource(text);
                return "the text is not valid JSON";
            } catch (RuntimeException e) {
                return message(e);
            }
        }
    }

    /** A resource's id, else its first identifier's value (the CMS IDR EOBs have only identifiers). */
    private static String idOf(JsonNode resource) {
        String id = resource.path("id").asText(null);
        return id != null ? id : resource.path("identifier").path(0).path("value").asText(null);
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String notAClaim(String type) {
        return switch (type) {
            case "ExplanationOfBenefit" -> "an ExplanationOfBenefit is an adjudicated claim, not a claim to screen";
            case "ClaimResponse" -> "a ClaimResponse is a payer's answer to a claim, not a claim to screen";
            case "Bundle" -> "a Bundle on an NDJSON line is not read; NDJSON holds one resource per line (FHIR Bulk Data)";
            default -> "a " + type + " is not a Claim; only Claim resources are screened";
        };
    }

    /** resourceType and id of a JSON object without building it: {type, id}, nulls when absent or malformed. */
    private static String[] peek(String text) {
        String type = null;
        String id = null;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new String[2];
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME && (type == null || id == null)) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && name.equals("resourceType")) {
                    type = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && name.equals("id")) {
                    id = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // malformed: the strict parse will say how
        }
        return new String[] {type, id};
    }
}
