/**
 * A pre-trained network deployed on the photonic cores of an open bench, through the HAL only:
 * {@link org.photonlab.training.chip.ChipNetwork} (the {@link org.photonlab.training.zo.OnChipModel} the zeroth-order
 * optimisers train) and {@link org.photonlab.training.chip.CorePlan} (which core carries which block).
 */
package org.photonlab.training.chip;
