package org.photonlab.training.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.training.chip.ChipNetwork;
import org.photonlab.training.data.Datasets;

class ModelSpecTest {

    @Test
    void modelsByNameFitTheirData() {
        assertEquals(ModelSpec.cnnS(), ModelSpec.byName("cnn-s", Datasets.mnist16().train()));
        ModelSpec mlp = ModelSpec.byName("mlp", Datasets.iris(0).train());
        assertEquals(4, mlp.inputSize());
        assertEquals(3, mlp.classes());
        assertEquals(31, ChipNetwork.coresNeeded(Models.build(ModelSpec.cnnS(), 0), 9));
        assertEquals(4, ChipNetwork.coresNeeded(Models.build(mlp, 0), 9));
    }

    @Test
    void unknownOrMismatchedModelsAreClearErrors() {
        LabException e = assertThrows(LabException.class, () -> ModelSpec.byName("vgg", Datasets.iris(0).train()));
        assertEquals("unknown model 'vgg'; expected one of cnn-s, mlp", e.getMessage());
        LabException f = assertThrows(LabException.class, () -> ModelSpec.byName("cnn-s", Datasets.digits(0).train()));
        assertEquals("model cnn-s needs 1×16×16 inputs in 10 classes (dataset mnist16), got [1, 8, 8] in 10",
                f.getMessage());
        assertEquals(200, PretrainConfig.defaultsFor("iris", 0).epochs());
        assertEquals(20, PretrainConfig.defaultsFor("mnist16", 0).epochs());
    }
}
