package org.claimscreen.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.rules.CodeSet;
import org.claimscreen.domain.rules.CodeSets;
import org.claimscreen.domain.rules.NcciEdit;
import org.claimscreen.domain.rules.PackData.Dated;
import org.claimscreen.domain.rules.PackData;
import org.claimscreen.domain.rules.Rule;
import org.claimscreen.domain.rules.RulePack;
import org.claimscreen.domain.rules.RuleSettings;
import org.claimscreen.domain.screening.Severity;

/**
 * Reads a rule pack file: the YAML a billing department edits to change code sets, thresholds,
 * the fee schedule, NCCI pairs and which rules run, without a new release of claimscreen. The
 * rules themselves (what each checks, in what order) stay Java; a pack configures and feeds them.
 *
 * <p>Everything is checked before the pack is used: a YAML error, an unknown key, an unknown code
 * set or rule id, a bad severity, date or amount, an empty code set. The first problem is refused
 * with a {@link RulePackException} naming the file, the line, the key path and the reason. See the
 * built-in pack, {@code src/main/resources/org/claimscreen/config/builtin-pack.yaml}, for the format.
 */
public final class RulePackFile {

    /** The built-in pack, on the class path. */
    public static final String BUILTIN_RESOURCE = "org/claimscreen/config/builtin-pack.yaml";

    /**
     * Codes whose NCCI edits a pack keeps from CMS's national file besides its own code sets:
     * physical medicine (97010-97799), chiropractic manipulation (98940-98943), dry needling
     * (20560-20561) and electrical stimulation (G0283). The other million-odd edits never touch a
     * claim this tool screens.
     */
    public static final CodeSet NCCI_SCOPE = CodeSet.of("ncci-scope", "97010-97799", "98940-98943", "20560-20561",
            "G0283");

    private static final Set<String> TOP_LEVEL_KEYS = new LinkedHashSet<>(List.of("pack", "version", "code-sets",
            "therapy-thresholds", "fee-schedule", "ncci-ptp", "ncci-ptp-file", "self-pay-60-minutes",
            "acupuncture-visits-per-year", "timely-filing-months", "rules"));
    private static final Set<String> FEE_KEYS = new LinkedHashSet<>(List.of("code", "amount", "from", "to"));
    private static final Set<String> NCCI_KEYS = new LinkedHashSet<>(
            List.of("column-1", "column-2", "modifier", "effective", "deleted"));
    private static final Set<String> SELF_PAY_KEYS = new LinkedHashSet<>(List.of("low", "high"));
    private static final Set<String> SETTINGS_KEYS = new LinkedHashSet<>(List.of("enabled", "severity"));
    /** A pack also names its rules; overrides change only what runs. */
    private static final Set<String> PACK_RULE_KEYS = new LinkedHashSet<>(List.of("enabled", "severity", "title"));

    private RulePackFile() {
    }

    /** Reads the pack file at {@code file}; {@code ncci-ptp-file} names are relative to its folder. */
    public static RulePack load(Path file, List<Rule> knownRules) {
        Path folder = file.toAbsolutePath().getParent();
        return read(YamlNode.load(file),
                ncciName -> Files.newBufferedReader(folder.resolve(ncciName), CmsPtpFile.CHARSET), knownRules);
    }

    /** Reads a pack from the class path, e.g. {@link #BUILTIN_RESOURCE}. */
    public static RulePack loadResource(String resource, List<Rule> knownRules) {
        String folder = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
        return read(YamlNode.parse(resource, openResource(resource)), ncciName -> {
            InputStream in = RulePackFile.class.getClassLoader().getResourceAsStream(folder + ncciName);
            if (in == null) {
                throw new NoSuchFileException(folder + ncciName);
            }
            return new InputStreamReader(in, CmsPtpFile.CHARSET);
        }, knownRules);
    }

    /** Opens a file the pack names; the caller closes the reader. */
    private interface Opener {
        Reader open(String relativeName) throws IOException;
    }

    private static RulePack read(YamlNode root, Opener siblings, List<Rule> knownRules) {
        Map<String, YamlNode> top = root.mapping(TOP_LEVEL_KEYS, "pack keys");
        String id = YamlNode.required(top, root, "pack").text();
        String version = YamlNode.required(top, root, "version").text();
        CodeSets codes = codeSets(YamlNode.required(top, root, "code-sets"));
        Map<Integer, Money> thresholds = thresholds(YamlNode.required(top, root, "therapy-thresholds"));
        Map<String, List<Dated<Money>>> fees = fees(YamlNode.required(top, root, "fee-schedule"));
        List<NcciEdit> ncci = new ArrayList<>();
        if (top.containsKey("ncci-ptp") && top.containsKey("ncci-ptp-file")) {
            throw top.get("ncci-ptp-file").fail("give ncci-ptp (a starter table) or ncci-ptp-file (CMS's file), "
                    + "not both: the CMS file replaces the starter table");
        }
        if (top.containsKey("ncci-ptp")) {
            ncci.addAll(ncciPairs(top.get("ncci-ptp")));
        }
        if (top.containsKey("ncci-ptp-file")) {
            ncci.addAll(ncciFiles(top.get("ncci-ptp-file"), siblings, careAbout(codes)));
        }
        YamlNode selfPayNode = YamlNode.required(top, root, "self-pay-60-minutes");
        Map<String, YamlNode> selfPay = selfPayNode.mapping(SELF_PAY_KEYS, "low and high");
        Money low = amount(YamlNode.required(selfPay, selfPayNode, "low"));
        Money high = amount(YamlNode.required(selfPay, selfPayNode, "high"));
        if (low.compareTo(high) > 0) {
            throw selfPayNode.fail("low " + low + " is above high " + high);
        }
        int acupuncture = YamlNode.required(top, root, "acupuncture-visits-per-year").integer(0, 366);
        int timelyFiling = YamlNode.required(top, root, "timely-filing-months").integer(1, 120);
        Map<String, RuleSettings> settings = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        if (top.containsKey("rules")) {
            readRules(top.get("rules"), ruleIds(knownRules), PACK_RULE_KEYS, settings, titles);
        }
        PackData data = new PackData(codes, thresholds, fees, ncci, low, high, acupuncture, timelyFiling);
        return new RulePack(id, version, data, knownRules, settings, titles);
    }

    private static CodeSets codeSets(YamlNode node) {
        Set<String> known = new LinkedHashSet<>(CodeSets.PROCEDURE_SETS);
        known.addAll(CodeSets.DIAGNOSIS_SETS);
        Map<String, YamlNode> sets;
        try {
            sets = node.mapping(known, "code set names");
        } catch (RulePackException e) {
            if (e.reason().startsWith("unknown key")) {
                throw new RulePackException(e.file(), e.line(), e.key(),
                        "unknown code set (known: " + String.join(", ", known) + ")");
            }
            throw e;
        }
        Map<String, CodeSet> procedures = new LinkedHashMap<>();
        for (String setName : CodeSets.PROCEDURE_SETS) {
            YamlNode set = YamlNode.required(sets, node, setName);
            List<String> entries = new ArrayList<>();
            for (YamlNode element : nonEmpty(set)) {
                String entry = element.text();
                String[] bounds = entry.split("\\s*-\\s*", -1);
                try {
                    for (String bound : bounds) {
                        ProcedureCode.of(bound);
                    }
                    entries.add(entry);
                    CodeSet.of(setName, entry);
                } catch (IllegalArgumentException e) {
                    throw element.fail("'" + entry + "' is not a CPT/HCPCS code or a range of them (97161-97168)");
                }
            }
            procedures.put(setName, CodeSet.of(setName, entries.toArray(String[]::new)));
        }
        Map<String, Set<DiagnosisCode>> diagnoses = new LinkedHashMap<>();
        for (String setName : CodeSets.DIAGNOSIS_SETS) {
            YamlNode set = YamlNode.required(sets, node, setName);
            Set<DiagnosisCode> codes = new LinkedHashSet<>();
            for (YamlNode element : nonEmpty(set)) {
                try {
                    codes.add(DiagnosisCode.of(element.text()));
                } catch (InvalidValueException e) {
                    throw element.fail(e.getMessage());
                }
            }
            diagnoses.put(setName, Set.copyOf(codes));
        }
        return new CodeSets(procedures, diagnoses);
    }

    private static List<YamlNode> nonEmpty(YamlNode set) {
        List<YamlNode> elements = set.isNull() ? List.of() : set.list("codes");
        if (elements.isEmpty()) {
            throw set.fail("empty code set: list at least one code (a rule would silently never fire)");
        }
        return elements;
    }

    private static Map<Integer, Money> thresholds(YamlNode node) {
        Map<Integer, Money> thresholds = new TreeMap<>();
        for (Map.Entry<String, YamlNode> entry : node.mapping(null, "year: amount").entrySet()) {
            int year;
            try {
                year = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException e) {
                year = 0;
            }
            if (year < 2000 || year > 2999) {
                throw entry.getValue().fail("'" + entry.getKey() + "' is not a calendar year");
            }
            thresholds.put(year, amount(entry.getValue()));
        }
        return thresholds;
    }

    private static Map<String, List<Dated<Money>>> fees(YamlNode node) {
        Map<String, List<Dated<Money>>> fees = new TreeMap<>();
        for (YamlNode element : node.isNull() ? List.<YamlNode>of() : node.list("fee entries")) {
            Map<String, YamlNode> entry = element.mapping(FEE_KEYS, "code, amount, from, to");
            String code = procedureCode(YamlNode.required(entry, element, "code"));
            Money amount = amount(YamlNode.required(entry, element, "amount"));
            LocalDate from = date(YamlNode.required(entry, element, "from"));
            LocalDate to = entry.containsKey("to") && !entry.get("to").isNull() ? date(entry.get("to")) : null;
            if (to != null && to.isBefore(from)) {
                throw entry.get("to").fail(to + " is before from " + from);
            }
            Dated<Money> dated = new Dated<>(from, to, amount);
            List<Dated<Money>> ofCode = fees.computeIfAbsent(code, c -> new ArrayList<>());
            for (Dated<Money> earlier : ofCode) {
                if (overlap(earlier, dated)) {
                    throw element.fail(code + " from " + from + " overlaps its entry from " + earlier.from());
                }
            }
            ofCode.add(dated);
            ofCode.sort(Comparator.comparing(Dated::from));
        }
        fees.replaceAll((code, list) -> List.copyOf(list));
        return fees;
    }

    private static boolean overlap(Dated<Money> a, Dated<Money> b) {
        boolean aEndsBeforeB = a.to() != null && a.to().isBefore(b.from());
        boolean bEndsBeforeA = b.to() != null && b.to().isBefore(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private static List<NcciEdit> ncciPairs(YamlNode node) {
        List<NcciEdit> edits = new ArrayList<>();
        for (YamlNode element : node.isNull() ? List.<YamlNode>of() : node.list("NCCI pairs")) {
            Map<String, YamlNode> entry = element.mapping(NCCI_KEYS, "column-1, column-2, modifier, effective, deleted");
            ProcedureCode column1 = ProcedureCode.of(procedureCode(YamlNode.required(entry, element, "column-1")));
            ProcedureCode column2 = ProcedureCode.of(procedureCode(YamlNode.required(entry, element, "column-2")));
            YamlNode modifierNode = YamlNode.required(entry, element, "modifier");
            int modifier = modifierNode.integer(0, 9);
            if (modifier != 0 && modifier != 1 && modifier != 9) {
                throw modifierNode.fail("modifier indicator must be 0 (not allowed), 1 (allowed) or 9 (not applicable)");
            }
            LocalDate effective = date(YamlNode.required(entry, element, "effective"));
            LocalDate deleted = entry.containsKey("deleted") && !entry.get("deleted").isNull()
                    ? date(entry.get("deleted"))
                    : null;
            if (deleted != null && !deleted.isAfter(effective)) {
                throw entry.get("deleted").fail(deleted + " is not after effective " + effective);
            }
            edits.add(new NcciEdit(column1, column2, modifier, effective, deleted));
        }
        return edits;
    }

    private static List<NcciEdit> ncciFiles(YamlNode node, Opener siblings, Predicate<String> careAbout) {
        List<YamlNode> names = node.isSequence() ? node.list("file names") : List.of(node);
        List<NcciEdit> edits = new ArrayList<>();
        for (YamlNode nameNode : names) {
            String fileName = nameNode.text();
            if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                    || fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xls")) {
                throw nameNode.fail("'" + fileName + "' is CMS's Excel version: name the tab-delimited .txt file");
            }
            Reader reader;
            try {
                reader = siblings.open(fileName);
            } catch (NoSuchFileException e) {
                throw nameNode.fail("no such file: " + e.getMessage());
            } catch (IOException e) {
                throw nameNode.fail("cannot read " + fileName + ": " + e.getMessage());
            }
            edits.addAll(CmsPtpFile.read(fileName, reader, careAbout));
        }
        return edits;
    }

    /** The codes whose NCCI edits matter: any code of the pack's procedure sets, or {@link #NCCI_SCOPE}. */
    static Predicate<String> careAbout(CodeSets codes) {
        List<CodeSet> sets = new ArrayList<>();
        sets.add(NCCI_SCOPE);
        for (String name : CodeSets.PROCEDURE_SETS) {
            sets.add(codes.procedures(name));
        }
        return code -> {
            for (CodeSet set : sets) {
                if (set.contains(code)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** rule id → settings, refusing ids the rule list does not know. Shared with the overrides file. */
    static Map<String, RuleSettings> ruleSettings(YamlNode node, Set<String> knownIds) {
        Map<String, RuleSettings> settings = new LinkedHashMap<>();
        readRules(node, knownIds, SETTINGS_KEYS, settings, new LinkedHashMap<>());
        return settings;
    }

    private static void readRules(YamlNode node, Set<String> knownIds, Set<String> keys,
            Map<String, RuleSettings> settings, Map<String, String> titles) {
        if (node.isNull()) {
            return;
        }
        String expected = String.join(", ", keys);
        for (Map.Entry<String, YamlNode> entry : node.mapping(null, "rule id: {" + expected + "}").entrySet()) {
            YamlNode value = entry.getValue();
            if (!knownIds.contains(entry.getKey())) {
                throw value.fail("unknown rule id (claimscreen's rules: see 'claimscreen rules' or docs/rules.md)");
            }
            Map<String, YamlNode> fields = value.isNull() ? Map.of() : value.mapping(keys, expected);
            if (fields.isEmpty()) {
                throw value.fail("says nothing: give enabled (true or false), severity (DENY, REVIEW or INFO) or both");
            }
            if (fields.containsKey("title")) {
                String title = fields.get("title").text();
                if (title.isBlank() || title.length() > 80) {
                    throw fields.get("title").fail("a rule's title is one short line (1-80 characters)");
                }
                titles.put(entry.getKey(), title);
            }
            if (fields.containsKey("enabled") || fields.containsKey("severity")) {
                Boolean enabled = fields.containsKey("enabled") ? fields.get("enabled").bool() : null;
                Severity severity = fields.containsKey("severity") ? severity(fields.get("severity")) : null;
                settings.put(entry.getKey(), new RuleSettings(enabled, severity));
            }
        }
    }

    static Set<String> ruleIds(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        return ids;
    }

    private static Severity severity(YamlNode node) {
        String text = node.text();
        try {
            return Severity.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw node.fail("'" + text + "' is not a severity (DENY, REVIEW or INFO)");
        }
    }

    private static String procedureCode(YamlNode node) {
        try {
            return ProcedureCode.of(node.text()).value();
        } catch (InvalidValueException e) {
            throw node.fail(e.getMessage());
        }
    }

    private static Money amount(YamlNode node) {
        try {
            return Money.parse(node.text());
        } catch (InvalidValueException e) {
            throw node.fail(e.getMessage());
        }
    }

    private static LocalDate date(YamlNode node) {
        String text = node.text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw node.fail("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Reader openResource(String resource) {
        InputStream in = RulePackFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new RulePackException(resource, 0, "", "no such resource on the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
