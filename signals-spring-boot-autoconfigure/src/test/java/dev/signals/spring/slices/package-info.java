/**
 * The signals in Spring Boot's test slices: model signals and receiver discovery in
 * {@code @DataJpaTest}.
 */
@NullMarked
package dev.signals.spring.slices;

import org.jspecify.annotations.NullMarked;
