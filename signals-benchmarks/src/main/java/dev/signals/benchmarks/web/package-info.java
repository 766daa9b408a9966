/**
 * JMH benchmark of the web bridge: requests per second to a trivial Spring MVC endpoint with
 * signals off and with the request signals bridged and no receiver.
 */
@NullMarked
package dev.signals.benchmarks.web;

import org.jspecify.annotations.NullMarked;
