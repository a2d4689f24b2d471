package org.photonlab.training.zo;

import java.util.List;

/**
 * The settings of one zeroth-order optimiser, which also know how to create it. A new optimiser is one new config
 * record that implements this interface, one entry in {@code permits} and one in {@link #DEFAULTS}; the run, the
 * command line and the run record find it through {@link #id()} and {@link #create}.
 */
public sealed interface ZoOptimizerConfig permits MixedTrainConfig, FlopsConfig {
    /** Every optimiser's default settings, in the order the command line lists them (the first is the default). */
    List<ZoOptimizerConfig> DEFAULTS = List.of(MixedTrainConfig.defaults(), FlopsConfig.defaults());

    /** Method id as on the command line and in run records, lower case, e.g. {@code mixedtrn}. */
    String id();

    /**
     * A new optimiser on {@code model} (its current phases are the starting point), which declares its passive
     * phases to the model. {@code seed} fixes every random draw of the optimiser (mask, skips, directions).
     */
    ZerothOrderOptimizer create(OnChipModel model, long seed);

    /** The ids of {@link #DEFAULTS}. */
    static List<String> ids() {
        return DEFAULTS.stream().map(ZoOptimizerConfig::id).toList();
    }

    /**
     * The default settings of the optimiser {@code id} (any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the bad id and the known ones
     */
    static ZoOptimizerConfig defaults(String id) {
        String key = id == null ? "" : id.trim();
        for (ZoOptimizerConfig c : DEFAULTS) {
            if (c.id().equalsIgnoreCase(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown method '" + id + "'; expected one of " + String.join(", ", ids()));
    }
}
