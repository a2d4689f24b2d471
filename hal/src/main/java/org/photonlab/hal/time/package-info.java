/**
 * Bench time: the clock that settle waits go through, so that a simulator can advance virtual time where a real
 * bench sleeps.
 */
package org.photonlab.hal.time;
