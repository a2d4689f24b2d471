package org.photonlab.app.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;

/**
 * The run record of a training job, the one writer both trainers use. A run directory holds
 * <ul>
 *   <li>{@code config.json}: the resolved configuration, written before training starts;</li>
 *   <li>{@code epochs.csv}: one row per epoch, rewritten atomically after every epoch so an interrupted run keeps
 *       what it did;</li>
 *   <li>{@code summary.json}: the typed summary, also the {@code --json} line of standard output;</li>
 *   <li>{@code stop.json}, only when the run was stopped early: why, where, and what was found (see
 *       {@link #stopped}).</li>
 * </ul>
 * One vocabulary for every trainer: typed records whose camelCase components are written in snake_case
 * ({@code accFinal} → {@code acc_final}); units as name suffixes ({@code _s}, {@code _w}); accuracies as
 * {@code acc_<what>} in [0, 1] ({@code acc_final}: test accuracy after the last epoch; {@code acc_test} in a CSV row:
 * test accuracy after that epoch); {@code run_dir} is the absolute path of the directory; NaN is written as null in
 * JSON and as an empty CSV cell; arrays in a CSV cell are joined with {@code ;}. Not thread-safe: one run, one
 * thread.
 */
public final class RunRecord {
    /** The summary and configuration mapper: records in snake_case, declaration order. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final ObjectMapper PRETTY = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT);
    private static final CsvMapper CSV = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    /** File name of the per-epoch table. */
    public static final String EPOCHS_CSV = "epochs.csv";

    private final RunDirectory dir;

    private RunRecord(RunDirectory dir) {
        this.dir = dir;
    }

    /** Creates the run directory: {@code out}, or {@code runs/<time>-<label>} when null (see {@link RunDirectory}). */
    public static RunRecord create(Path out, String label) {
        return new RunRecord(RunDirectory.create(out, label));
    }

    /** The absolute path of the run directory, as {@code run_dir} of every summary. */
    public Path dir() {
        return dir.path().toAbsolutePath();
    }

    /** Writes {@code config.json}: {@code config} (a record or a map) as indented JSON. */
    public void config(Object config) {
        dir.write("config.json", pretty(config));
    }

    /** Starts {@code epochs.csv} with the header of {@code rowType}'s columns (its components, in order). */
    public <R> Epochs<R> epochs(Class<R> rowType) {
        return new Epochs<>(rowType);
    }

    /** Writes {@code summary.json} and returns the same summary as one line of JSON (for {@code --json}). */
    public String summary(Object summary) {
        dir.write("summary.json", pretty(summary));
        return line(summary);
    }

    /**
     * Writes {@code stop.json}: why the run ended before its last epoch ({@code stopReason}, e.g.
     * {@code foreign_write}), as indented JSON; {@code epochs.csv} keeps the epochs done so far.
     */
    public void stopped(Object stop) {
        dir.write(STOP_JSON, pretty(stop));
    }

    /** File name of the stop record. */
    public static final String STOP_JSON = "stop.json";

    /** One line of JSON in the run-record vocabulary. */
    public static String line(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    private static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    /** The rows of {@code epochs.csv}; every {@link #add} rewrites the file with all rows so far. */
    public final class Epochs<R> {
        private final CsvSchema schema;
        private final StringBuilder text = new StringBuilder();

        private Epochs(Class<R> rowType) {
            this.schema = CSV.schemaFor(rowType).withoutHeader();
            text.append(header());
            dir.write(EPOCHS_CSV, text.toString());
        }

        private String header() {
            StringBuilder b = new StringBuilder();
            for (CsvSchema.Column c : schema) {
                b.append(b.length() > 0 ? "," : "").append(c.getName());
            }
            return b.append('\n').toString();
        }

        /** Appends one row and rewrites the file atomically. */
        public void add(R row) {
            try {
                text.append(CSV.writer(schema).writeValueAsString(row));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write an epoch row " + row, e);
            }
            dir.write(EPOCHS_CSV, text.toString());
        }
    }
}
