package org.photonlab.hal;

/**
 * A write refused because it would bring the bench's total heater power above its budget ({@code power_budget_w}).
 * Nothing of the refused write reached the device.
 */
public class PowerBudgetException extends LabException {
    private final double wouldBeWatts;
    private final double budgetWatts;

    public PowerBudgetException(String device, int channels, double wouldBeWatts, double budgetWatts) {
        super("refused: writing " + channels + " channel(s) of '" + device + "' would bring the bench's total heater "
                + "power to " + wouldBeWatts + " W, above its budget power_budget_w " + budgetWatts
                + " W; nothing was written");
        this.wouldBeWatts = wouldBeWatts;
        this.budgetWatts = budgetWatts;
    }

    /** The total heater power the write would have caused, W. */
    public double wouldBeWatts() {
        return wouldBeWatts;
    }

    /** The bench's budget, W. */
    public double budgetWatts() {
        return budgetWatts;
    }
}
