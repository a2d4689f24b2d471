/**
 * PhotonLab's hardware abstraction layer: the contracts every backend (in-process simulator, serial or TCP driver)
 * implements, and the safety rules that hold whichever backend is bound. Training code depends on this package
 * family only.
 */
package org.photonlab.hal;
