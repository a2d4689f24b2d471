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
 * JSON and as an empty CSV cell; arrays in a CSV cell are joined with {@code ;}. One run, one trainer thread; the
 * summary may also be written by the shutdown hook of an interrupted run ({@link RunShutdown}), so the end of the
 * record is synchronised and only the first end counts.
 *
 * <p>A file that cannot be written (disk full, permission, read-only file system) ends the run with a
 * {@link RunRecordException}: the earlier version of the file stays whole, and {@code stop.json} then says where
 * the run stopped ({@code stop_reason: failed}) if it can still be written.
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

    private int epochsRecorded;
    private boolean finished;

    private RunRecord(RunDirectory dir) {
        this.dir = dir;
        RunShutdown.recording(this);
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
    public synchronized String summary(Object summary) {
        finished = true;
        dir.write("summary.json", pretty(summary));
        return line(summary);
    }

    /**
     * Writes {@code stop.json}: why the run ended before its last epoch ({@code stopReason}, e.g.
     * {@code foreign_write}), as indented JSON; {@code epochs.csv} keeps the epochs done so far.
     */
    public synchronized void stopped(Object stop) {
        finished = true;
        dir.write(STOP_JSON, pretty(stop));
    }

    /** File name of the stop record. */
    public static final String STOP_JSON = "stop.json";

    /** Epoch rows written so far. */
    public synchronized int epochsRecorded() {
        return epochsRecorded;
    }

    /** True once the run's end (a summary or a stop record) was written or attempted. */
    public synchronized boolean finished() {
        return finished;
    }

    /**
     * Ends a run that did not complete with {@code stop.json}, unless its end was already recorded (only the first
     * end counts: the trainer thread and the shutdown hook of an interrupted run may both try). Best effort: when
     * the file cannot be written either (the disk that stopped the run is still full) it returns false and the
     * record keeps what it had.
     */
    public synchronized boolean stopEarly(StopRecord stop) {
        if (finished) {
            return false;
        }
        try {
            stopped(stop);
            return true;
        } catch (RunRecordException e) {
            return false;
        }
    }

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

        /**
         * Appends one row and rewrites the file atomically; when that fails, the file keeps the rows before and
         * the error says how many.
         */
        public void add(R row) {
            int before = text.length();
            try {
                text.append(CSV.writer(schema).writeValueAsString(row));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write an epoch row " + row, e);
            }
            try {
                dir.write(EPOCHS_CSV, text.toString());
            } catch (RunRecordException e) {
                text.setLength(before);
                int kept = epochsRecorded();
                throw new RunRecordException(e.getMessage() + "; the run stopped after epoch " + (kept + 1)
                        + ", whose row is lost; " + EPOCHS_CSV + " keeps " + kept + " epoch(s)", e.getCause());
            }
            synchronized (RunRecord.this) {
                epochsRecorded++;
            }
        }
    }
}
