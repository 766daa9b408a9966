package dev.signals.spring.db;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.signals.ReceiverInfo;
import dev.signals.spring.ReceiverMethodProcessor;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Fails the start when {@code connection_created} has receivers but a pool of the context will not
 * call them: there is none that sends it (no HikariCP pool, or the signal turned off, and no
 * {@link ConnectionSignals#wrap}), or a HikariCP pool was left alone. Runs once the receivers are
 * connected.
 */
public final class ConnectionReceiversCheck extends NeverSentCheck {

	private static final String SIGNAL = "'connection_created'";

	private final ObjectProvider<ConnectionSignals> signals;

	private final DatabaseSignalsProperties properties;

	public ConnectionReceiversCheck(ListableBeanFactory beanFactory, ObjectProvider<ReceiverMethodProcessor> processor,
			ObjectProvider<ConnectionSignals> signals, DatabaseSignalsProperties properties) {
		super(beanFactory, processor, DatabaseSignals.CONNECTION_CREATED);
		this.signals = signals;
		this.properties = properties;
	}

	@Override
	void check(List<ReceiverInfo> receivers) {
		if (!this.properties.getConnections().isEnabled()) {
			fail(receivers, SIGNAL, "signals.db.connections.enabled=false turns it off. Remove that property, "
					+ "or the receiver");
		}
		ConnectionSignals signals = this.signals.getIfAvailable();
		Map<String, String> leftAlone = (signals != null) ? signals.leftAlone() : Map.of();
		if (!leftAlone.isEmpty()) {
			fail(receivers, SIGNAL + " from " + leftAlone.keySet(), "HikariCP pools left alone: " + leftAlone
					+ ". Define the pool so that it starts when first used, as Spring Boot does");
		}
		if (signals == null || signals.sources().isEmpty()) {
			fail(receivers, SIGNAL, "it is sent for the connections of HikariCP pools, and the data sources "
					+ "of this context are " + dataSources() + ". Use HikariCP (Spring Boot's default pool), or give your "
					+ "pool the data source ConnectionSignals.wrap(...) returns as the source of its connections");
		}
	}

	private Map<String, String> dataSources() {
		return beanFactory().getBeansOfType(DataSource.class, false, false)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().getClass().getName(),
					(a, b) -> a, java.util.TreeMap::new));
	}

}
