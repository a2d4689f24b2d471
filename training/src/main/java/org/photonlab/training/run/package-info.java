/**
 * Running a training job: {@link org.photonlab.training.run.ProgressListener} is the progress contract of both
 * trainers (ZO and DFA). Orchestration of one zeroth-order training run on an already deployed chip model: {@link
 * org.photonlab.training.run.ZoRunConfig} says what to run, {@link org.photonlab.training.run.ZoRun} runs it and
 * reports progress to a {@link org.photonlab.training.run.ProgressListener}, and {@link
 * org.photonlab.training.run.ZoRunResult} holds the summary a command line or a report needs.
 */
package org.photonlab.training.run;
