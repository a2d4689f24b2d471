/** Run records (directory, JSON, CSV) and progress reporting shared by the training commands. */
package org.photonlab.app.run;
