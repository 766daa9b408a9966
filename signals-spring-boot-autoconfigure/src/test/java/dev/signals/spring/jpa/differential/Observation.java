package dev.signals.spring.jpa.differential;

import java.util.List;
import java.util.Map;

/**
 * What an application showed of one transaction: how it ended, what it read, which SQL
 * statements Hibernate sent, and then the contents of every table.
 *
 * @param outcome "ok", or where it failed and with what exception
 * @param reads what the application read, as plain values
 * @param statements how many statements of each kind (insert, update, delete, select, sequence)
 * @param tables the rows of each table, in order
 */
record Observation(String outcome, List<String> reads, Map<String, Integer> statements,
		Map<String, List<String>> tables) {

}
