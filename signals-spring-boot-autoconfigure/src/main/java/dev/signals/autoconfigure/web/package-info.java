/**
 * Auto-configuration of the request signals.
 */
@NullMarked
package dev.signals.autoconfigure.web;

import org.jspecify.annotations.NullMarked;
