package dev.signals.spring.jpa;

/** Open session in view with receivers connected, on H2. */
class H2OpenSessionInViewTests extends AbstractOpenSessionInViewTests {

}
