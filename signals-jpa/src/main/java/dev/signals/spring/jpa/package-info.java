/**
 * Model signals from Hibernate: {@code pre_save}, {@code post_save}, {@code pre_delete},
 * {@code post_delete}, {@code m2m_changed} and {@code post_init}, sent by the entity lifecycle of
 * each {@link jakarta.persistence.EntityManagerFactory} of the application context.
 */
@NullMarked
package dev.signals.spring.jpa;

import org.jspecify.annotations.NullMarked;
