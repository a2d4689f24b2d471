package org.photonlab.app.dfa;

import java.util.List;
import java.util.Locale;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.LinearisationStrategy;
import org.photonlab.training.dfa.linear.AnchorExactStrategy;
import org.photonlab.training.dfa.linear.AnchorTernaryStrategy;
import org.photonlab.training.dfa.linear.AnchorTwoFrameStrategy;
import org.photonlab.training.dfa.linear.NaiveDifferenceStrategy;

/** Linearisation strategies by command-line id. */
final class Linearisations {
    static final List<String> IDS = List.of("anchor4", "anchor3", "anchor2", "naive");

    private Linearisations() {
    }

    /**
     * @param anchor       anchor features
     * @param anchorCounts anchor-only mean camera count the exposure is calibrated to
     */
    static LinearisationStrategy byId(String id, int anchor, double anchorCounts) {
        int calibration = 16;
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "anchor4" -> new AnchorTernaryStrategy(anchor, anchorCounts, calibration);
            case "anchor3" -> new AnchorExactStrategy(anchor, anchorCounts, calibration);
            case "anchor2" -> new AnchorTwoFrameStrategy(anchor, anchorCounts, calibration);
            case "naive" -> new NaiveDifferenceStrategy(anchor, anchorCounts, calibration);
            default -> throw new LabException("unknown linearisation '" + id + "'; expected one of "
                    + String.join(", ", IDS));
        };
    }
}
