package dev.signals.spring.jpa;

/** The bridge's correctness under failures and long sessions on H2. */
class H2BridgeCorrectnessTests extends AbstractBridgeCorrectnessTests {

}
