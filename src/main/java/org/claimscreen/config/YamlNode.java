package org.claimscreen.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of a YAML file with its key path and line, so every refusal can say where it is.
 *
 * <p>The file is only composed, never constructed into Java objects: scalars stay the text the
 * person typed. That keeps {@code 2410.00} an exact amount (not a double), {@code 2026-01-01} a
 * date (not a {@code java.util.Date} in the machine's zone) and {@code "2026.2"} and {@code 2026.2}
 * the same version.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;
    /** The key this node is the value of, or null (the root, a list element). */
    private final Node keyNode;

    private YamlNode(String file, String path, Node node) {
        this(file, path, node, null);
    }

    private YamlNode(String file, String path, Node node, Node keyNode) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.keyNode = keyNode;
    }

    /**
     * The root of the UTF-8 file {@code file}, named in messages as given; refuses a missing or
     * unreadable file as well as what {@link #parse} refuses.
     */
    public static YamlNode load(Path file) {
        String name = file.toString();
        Reader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RulePackException(name, 0, "", "no such file", e);
        } catch (IOException e) {
            throw new RulePackException(name, 0, "", "cannot read: " + e.getMessage(), e);
        }
        return parse(name, reader);
    }

    /** The document's root; refuses YAML that does not parse and an empty file. */
    public static YamlNode parse(String file, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root;
        try (reader) {
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new RulePackException(file, line, "", "not valid YAML: " + oneLine(problem), e);
        } catch (YAMLException e) {
            throw new RulePackException(file, 0, "", "not valid YAML: " + oneLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new RulePackException(file, 0, "", "cannot read: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new RulePackException(file, 0, "", "the file is empty");
        }
        return new YamlNode(file, "", root);
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public RulePackException fail(String reason) {
        return new RulePackException(file, line(), path, reason);
    }

    /**
     * A refusal of the key this node is the value of, at the key's line (a block list under a key
     * starts on the next line); at this node's line when it is no mapping's value.
     */
    public RulePackException failKey(String reason) {
        Node at = keyNode == null ? node : keyNode;
        return new RulePackException(file, at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1, path,
                reason);
    }

    public boolean isNull() {
        return node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.NULL));
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /**
     * The entries of a mapping in file order, refusing keys not in {@code allowed} (null: any key)
     * and keys that are not plain text. Duplicate keys are refused.
     */
    public Map<String, YamlNode> mapping(Set<String> allowed, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw fail("must be a mapping of " + what);
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode) || keyNode.getValue().isBlank()) {
                throw new YamlNode(file, path, tuple.getKeyNode()).fail("a key must be plain text");
            }
            String key = keyNode.getValue().strip();
            YamlNode keyAt = new YamlNode(file, child(key), keyNode);
            if (allowed != null && !allowed.contains(key)) {
                throw keyAt.fail("unknown key (known: " + String.join(", ", allowed) + ")");
            }
            if (entries.containsKey(key)) {
                throw keyAt.fail("given twice");
            }
            entries.put(key, new YamlNode(file, child(key), tuple.getValueNode(), keyNode));
        }
        return entries;
    }

    /** The elements of a sequence. */
    public List<YamlNode> list(String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw fail("must be a list of " + what);
        }
        List<YamlNode> elements = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            elements.add(new YamlNode(file, path + "[" + elements.size() + "]", element));
        }
        return elements;
    }

    /** The text of a scalar, stripped; refuses a missing or empty value and a mapping or list. */
    public String text() {
        String raw = raw();
        if (raw.isBlank()) {
            throw fail("has no value");
        }
        return raw.strip();
    }

    /**
     * The text of a scalar as written, white space kept (a tab can be a value); refuses a missing
     * or empty value and a mapping or list.
     */
    public String raw() {
        if (!(node instanceof ScalarNode scalar)) {
            throw fail("must be a single value, not a " + (node instanceof MappingNode ? "mapping" : "list"));
        }
        if (isNull() || scalar.getValue().isEmpty()) {
            throw fail("has no value");
        }
        return scalar.getValue();
    }

    public int integer(int min, int max) {
        String text = text();
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw fail("'" + text + "' is not a whole number from " + min + " to " + max);
    }

    public boolean bool() {
        String text = text().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw fail("'" + text() + "' is not true or false");
        };
    }

    /** A child's node for a key the mapping must have. */
    public static YamlNode required(Map<String, YamlNode> entries, YamlNode parent, String key) {
        YamlNode value = entries.get(key);
        if (value == null) {
            // the line of the mapping that lacks it; none for the top level, which is the whole file
            throw new RulePackException(parent.file, parent.path.isEmpty() ? 0 : parent.line(), parent.child(key),
                    "missing");
        }
        return value;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
