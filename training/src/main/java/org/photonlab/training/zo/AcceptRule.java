package org.photonlab.training.zo;

/** What SZO-SCD does with the second move of a coordinate after the first one was rejected. */
public enum AcceptRule {
    /** The reference (L2ight) rule: the second move is kept whatever its loss. */
    REFERENCE,
    /** Three-point rule: the second move is kept only if the policy accepts it, else θ_i is restored. */
    STP
}
