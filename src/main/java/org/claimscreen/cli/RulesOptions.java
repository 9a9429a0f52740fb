package org.claimscreen.cli;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@code claimscreen rules} was asked to show.
 *
 * @param asOf          the date whose KX threshold is shown
 * @param rulePack      a rule pack file, null for the built-in pack
 * @param ruleOverrides a rule overrides file, null for none
 * @param markdown      print docs/rules.md instead of the table
 */
public record RulesOptions(LocalDate asOf, Path rulePack, Path ruleOverrides, boolean markdown) {
}
