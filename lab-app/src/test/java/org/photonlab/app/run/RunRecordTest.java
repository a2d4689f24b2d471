package org.photonlab.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photonlab.hal.LabException;

class RunRecordTest {
    @TempDir
    Path tmp;

    record Row(int epoch, double accTest, double[] alignment, Double feedbackCosine, double powerW) {
    }

    record Summary(String method, double accFinal, double wallS, Double feedbackCosine, String runDir) {
    }

    @Test
    void rowsAndSummaryAreWrittenInTheOneVocabulary() throws Exception {
        Path out = tmp.resolve("run");
        RunRecord r = RunRecord.create(out, "test");
        assertEquals(out.toAbsolutePath(), r.dir(), "run_dir is absolute");
        RunRecord.Epochs<Row> epochs = r.epochs(Row.class);
        assertEquals(List.of("epoch,acc_test,alignment,feedback_cosine,power_w"),
                Files.readAllLines(out.resolve(RunRecord.EPOCHS_CSV)), "the header is there before the first epoch");
        epochs.add(new Row(1, 0.5, new double[] {0.25, 0.75}, null, 1.5));
        epochs.add(new Row(2, 0.625, new double[] {0.5}, 0.875, 2.0));
        assertEquals(List.of("epoch,acc_test,alignment,feedback_cosine,power_w", "1,0.5,0.25;0.75,,1.5",
                "2,0.625,0.5,0.875,2.0"), Files.readAllLines(out.resolve("epochs.csv")));

        String line = r.summary(new Summary("m", 0.9, 1.25, null, r.dir().toString()));
        assertEquals("{\"method\":\"m\",\"acc_final\":0.9,\"wall_s\":1.25,\"feedback_cosine\":null,\"run_dir\":\""
                + r.dir() + "\"}", line);
        JsonNode file = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(new ObjectMapper().readTree(line), file, "summary.json and the --json line agree");
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\n  \"acc_final\" : 0.9"),
                "summary.json is indented");
    }

    @Test
    void configIsIndentedSnakeCaseJson() throws Exception {
        RunRecord r = RunRecord.create(tmp.resolve("c"), "test");
        r.config(new Summary("x", 0.5, 0, 0.25, "d"));
        JsonNode c = new ObjectMapper().readTree(tmp.resolve("c").resolve("config.json").toFile());
        assertEquals(0.25, c.get("feedback_cosine").asDouble());
        assertEquals("x", c.get("method").asText());
    }

    @Test
    void anEarlierRunIsNeverOverwritten() throws Exception {
        Files.writeString(tmp.resolve("keep.txt"), "earlier");
        LabException e = assertThrows(LabException.class, () -> RunRecord.create(tmp, "test"));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("earlier", Files.readString(tmp.resolve("keep.txt")));
    }
}
