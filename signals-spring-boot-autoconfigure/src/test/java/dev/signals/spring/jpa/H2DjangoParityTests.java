package dev.signals.spring.jpa;

/** Many-to-many and delete signals as Django sends them, on H2. */
class H2DjangoParityTests extends AbstractDjangoParityTests {

}
