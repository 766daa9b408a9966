/**
 * Implementation of the dispatcher: copy-on-write receiver tables and sender lookup. Not API:
 * anything here may change in any release.
 */
@NullMarked
package dev.signals.internal;

import org.jspecify.annotations.NullMarked;
