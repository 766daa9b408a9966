package dev.signals.spring.jpa.differential;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Counts the SQL statements Hibernate prepares, by kind: insert, update, delete, select, sequence. */
final class StatementCounter implements StatementInspector {

	private static final long serialVersionUID = 1L;

	private final Map<String, Integer> counts = new TreeMap<>();

	@Override
	public synchronized String inspect(String sql) {
		this.counts.merge(kind(sql), 1, Integer::sum);
		return sql;
	}

	/** @return the counts since the last call, and starts counting again */
	synchronized Map<String, Integer> take() {
		Map<String, Integer> taken = new TreeMap<>(this.counts);
		this.counts.clear();
		return taken;
	}

	private static String kind(String sql) {
		String text = sql.strip().toLowerCase(Locale.ROOT);
		if (text.contains("next value for") || text.contains("nextval(")) {
			return "sequence";
		}
		int end = 0;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(0, end);
	}

}
