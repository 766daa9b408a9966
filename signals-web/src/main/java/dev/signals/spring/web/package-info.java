/**
 * Django's request signals from the servlet filter chain: {@code request_started},
 * {@code request_finished} and {@code got_request_exception}.
 */
@NullMarked
package dev.signals.spring.web;

import org.jspecify.annotations.NullMarked;
