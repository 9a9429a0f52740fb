package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one YAML reader on its own: what the files built on it (packs, overrides, jobs, mappings) rely on. */
class YamlNodeTest {

    @TempDir
    Path dir;

    @Test
    void loadsAFileNamingItAsGiven() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("m.yaml"), "delimiter: '|'\nunits: [1.0, 2]\n");

        // when
        YamlNode root = YamlNode.load(file);

        // then
        assertThat(root.file()).isEqualTo(file.toString());
        Map<String, YamlNode> top = root.mapping(null, "anything");
        assertThat(top.get("delimiter").text()).isEqualTo("|");
        assertThat(top.get("units").line()).isEqualTo(2);
        assertThat(top.get("units").path()).isEqualTo("units");
    }

    @Test
    void refusesAMissingFile() {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> YamlNode.load(missing))
                .isInstanceOf(RulePackException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void refusesAFileThatDoesNotParseNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "a:\n  b: [1\n  c: 2\n");

        assertThatThrownBy(() -> YamlNode.load(file))
                .isInstanceOf(RulePackException.class)
                .hasMessageStartingWith(file + " line 3: not valid YAML");
    }

    @Test
    void rawKeepsWhiteSpaceThatTextStrips() {
        // given
        Map<String, YamlNode> top = root("tab: \"\\t\"\npadded: ' x '\nempty: ''\n").mapping(null, "anything");

        // then
        assertThat(top.get("tab").raw()).isEqualTo("\t");
        assertThat(top.get("padded").raw()).isEqualTo(" x ");
        assertThat(top.get("padded").text()).isEqualTo("x");
        assertThatThrownBy(() -> top.get("tab").text()).hasMessage("t.yaml line 1, tab: has no value");
        assertThatThrownBy(() -> top.get("empty").raw()).hasMessage("t.yaml line 3, empty: has no value");
    }

    @Test
    void rawRefusesAListOrAMapping() {
        Map<String, YamlNode> top = root("list: [a]\nmap: {a: 1}\n").mapping(null, "anything");

        assertThatThrownBy(() -> top.get("list").raw()).hasMessage("t.yaml line 1, list: must be a single value, not a list");
        assertThatThrownBy(() -> top.get("map").raw()).hasMessage("t.yaml line 2, map: must be a single value, not a mapping");
    }

    @Test
    void tellsAMappingFromAListAndAValue() {
        Map<String, YamlNode> top = root("map: {a: 1}\nlist: [a]\nvalue: a\n").mapping(null, "anything");

        assertThat(top.get("map").isMapping()).isTrue();
        assertThat(top.get("list").isMapping()).isFalse();
        assertThat(top.get("value").isMapping()).isFalse();
    }

    @Test
    void failKeyNamesTheLineOfTheKeyNotOfItsValue() {
        // given: a block list starts on the line after its key
        Map<String, YamlNode> top = root("first: 1\nmodifiers:\n  - M1\n  - M2\n").mapping(null, "anything");
        YamlNode modifiers = top.get("modifiers");

        // then
        assertThat(modifiers.fail("x").line()).isEqualTo(3);
        assertThat(modifiers.failKey("x")).hasMessage("t.yaml line 2, modifiers: x");
        assertThat(root("a: 1\n").failKey("x")).hasMessage("t.yaml line 1: x");
    }

    @Test
    void refusesAKeyGivenTwiceAtItsSecondLine() {
        assertThatThrownBy(() -> root("a: 1\na: 2\n").mapping(null, "anything"))
                .hasMessage("t.yaml line 2, a: given twice");
    }

    private static YamlNode root(String yaml) {
        return YamlNode.parse("t.yaml", new StringReader(yaml));
    }
}
