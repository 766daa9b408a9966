/**
 * Implementation of the dispatcher: copy-on-write receiver tables, sender lookup and the send
 * loop, behind {@link dev.signals.internal.Connections}. Not API: the module does not export this
 * package, and anything here may change in any release.
 */
@NullMarked
package dev.signals.internal;

import org.jspecify.annotations.NullMarked;
