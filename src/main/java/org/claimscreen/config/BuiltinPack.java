package org.claimscreen.config;

import org.claimscreen.domain.rules.BuiltinRulePack;
import org.claimscreen.domain.rules.PackData;
import org.claimscreen.domain.rules.RulePack;

/**
 * The rule pack claimscreen ships: the domain's list of rules ({@link BuiltinRulePack#rules()})
 * configured by {@code builtin-pack.yaml} on the class path. It lives here, not beside the rules,
 * because reading YAML is configuration's job and the domain reads no files.
 */
public final class BuiltinPack {

    private BuiltinPack() {
    }

    /** The built-in rules and the built-in pack file's data and settings. */
    public static RulePack create() {
        return RulePackFile.loadResource(RulePackFile.BUILTIN_RESOURCE, BuiltinRulePack.rules());
    }

    /** The built-in pack's data, read once. */
    public static PackData data() {
        return Loaded.DATA;
    }

    private static final class Loaded {
        static final PackData DATA = create().data();
    }
}
