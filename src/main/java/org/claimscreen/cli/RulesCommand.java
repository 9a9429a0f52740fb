package org.claimscreen.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimscreen.config.RulePackException;
import org.claimscreen.config.RuleSetup.RuleInForce;
import org.claimscreen.config.RuleSetup;
import org.claimscreen.config.RulesMarkdown;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.RuleSettings;

/**
 * {@code claimscreen rules}: the rules in force, from the pack and overrides alone. It needs no
 * database, so it answers before the application context starts, like --help.
 */
public final class RulesCommand {

    private RulesCommand() {
    }

    public static int run(RulesOptions options, PrintStream out, PrintStream err) {
        RuleSetup setup;
        try {
            setup = RuleSetup.load(options.rulePack(), options.ruleOverrides());
        } catch (RulePackException bad) {
            err.println("claimscreen: " + bad.getMessage());
            return ExitStatus.USAGE;
        }
        if (options.markdown()) {
            out.print(RulesMarkdown.render(setup));
            return ExitStatus.DONE;
        }
        int year = options.asOf().getYear();
        out.printf("Rule pack %s (%s), as of %s%n", setup.pack().label(),
                options.rulePack() == null ? "built in" : options.rulePack(), options.asOf());
        Optional<Money> threshold = setup.pack().data().therapyThreshold(year);
        out.printf("KX threshold %d: %s%n", year, threshold
                .map(amount -> String.format(Locale.ROOT, "$%,.2f (PT+SLP combined; OT)", amount.toBigDecimal()))
                .orElse("none in this pack (therapy spending cannot be judged for " + year + ")"));
        out.printf("Overrides: %s%n", options.ruleOverrides() == null ? "none" : options.ruleOverrides());
        List<RuleInForce> rules = setup.rules();
        List<RuleInForce> on = rules.stream().filter(RuleInForce::enabled).toList();
        out.printf("%n%d of %d rules in force, in the order they run:%n", on.size(), rules.size());
        int idWidth = Math.max(2, on.stream().mapToInt(rule -> rule.info().id().length()).max().orElse(2));
        String row = "  %-" + idWidth + "s  %-8s  %-8s  %s%n";
        out.printf(row, "ID", "SEVERITY", "SOURCE", "CHECKS");
        boolean changed = false;
        for (RuleInForce rule : on) {
            changed |= rule.changed();
            out.printf(row, rule.info().id(), rule.severity() + (rule.changed() ? "*" : ""),
                    rule.info().source().name().toLowerCase(Locale.ROOT), rule.info().checks());
        }
        if (changed) {
            out.println("  * severity set by the pack or the overrides, for every finding of the rule");
        }
        List<String> off = rules.stream().filter(rule -> !rule.enabled()).map(rule -> rule.info().id()).toList();
        if (!off.isEmpty()) {
            out.printf("Switched off: %s%n", String.join(", ", off));
        }
        Map<String, Map<String, RuleSettings>> byPayer = setup.overrides().byPayer();
        if (!byPayer.isEmpty()) {
            out.println("Payer overrides (the most specific wins: plan id, payer id, payer type):");
            new TreeMap<>(byPayer).forEach((payer, settings) -> new TreeMap<>(settings).forEach((id, s) ->
                    out.printf("  %-20s  %-" + idWidth + "s  %s%n", payer, id, describe(s))));
        }
        return ExitStatus.DONE;
    }

    private static String describe(RuleSettings settings) {
        String enabled = settings.saysEnabled() ? (settings.enabled() ? "on" : "off") : "";
        String severity = settings.severity() == null ? "" : "severity " + settings.severity();
        return enabled.isEmpty() ? severity : severity.isEmpty() ? enabled : enabled + ", " + severity;
    }
}
