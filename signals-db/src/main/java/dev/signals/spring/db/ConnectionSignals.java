package dev.signals.spring.db;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.signals.Signal;
import dev.signals.SignalRegistry;
import dev.signals.spring.ReceiverMethodProcessor;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Sends {@code connection_created} for the physical connections of connection pools: the starter
 * does it for every HikariCP pool of the context; give any other pool that opens its connections
 * from a {@link DataSource} the one {@link #wrap} returns. A pool calls that data source only to
 * open a new connection, so borrowing a pooled connection costs nothing more.
 */
public final class ConnectionSignals {

	private final ObjectProvider<SignalRegistry> registry;

	private final ObjectProvider<ReceiverMethodProcessor> processor;

	private final List<String> sources = new CopyOnWriteArrayList<>();

	/** Pools that do not send the signal, by bean name, with the reason; guarded by itself. */
	private final Map<String, String> leftAlone = new TreeMap<>();

	public ConnectionSignals(ObjectProvider<SignalRegistry> registry, ObjectProvider<ReceiverMethodProcessor> processor) {
		this.registry = registry;
		this.processor = processor;
	}

	/**
	 * A data source that opens each connection from the given one and sends {@code connection_created}
	 * for it, with the connection's class as sender, before returning it; if a receiver throws, the
	 * connection is closed and the attempt fails with an {@link java.sql.SQLException} whose cause is
	 * the receiver's exception. The {@code @Receiver} methods of {@code connection_created} are
	 * connected now, so that they hear the pool's first connections while the context starts.
	 * @param connections where the physical connections come from (a driver's data source)
	 * @param using the name the receivers get as {@code using}, the pool's bean name
	 * @return the data source to give the pool
	 */
	public DataSource wrap(DataSource connections, String using) {
		ReceiverMethodProcessor processor = this.processor.getIfAvailable();
		if (processor != null) {
			processor.connectAhead(DatabaseSignals.CONNECTION_CREATED);
		}
		Signal signal = this.registry.getObject().get(DatabaseSignals.CONNECTION_CREATED);
		this.sources.add(using);
		return new ConnectionCreatedDataSource(connections, signal, using);
	}

	/** @return the names of the data sources wrapped so far, in order */
	List<String> sources() {
		return List.copyOf(this.sources);
	}

	void leftAlone(String pool, String reason) {
		synchronized (this.leftAlone) {
			this.leftAlone.put(pool, reason);
		}
	}

	/** @return the pools that do not send the signal, by bean name, with the reason */
	Map<String, String> leftAlone() {
		synchronized (this.leftAlone) {
			return new TreeMap<>(this.leftAlone);
		}
	}

}
