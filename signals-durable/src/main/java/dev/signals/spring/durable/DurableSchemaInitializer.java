package dev.signals.spring.durable;

import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Creates the publication table from the SQL file of the database in use
 * ({@code dev/signals/spring/durable/schema-<platform>.sql}, shipped for {@code h2} and
 * {@code postgresql}), for embedded databases only unless {@code signals.durable.initialize-schema}
 * says otherwise. As a Boot database initializer, it runs before JPA and anything that depends on
 * database initialization.
 */
public final class DurableSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	public DurableSchemaInitializer(DataSource dataSource, DatabaseInitializationMode mode) {
		super(dataSource, settings(dataSource, mode));
	}

	private static DatabaseInitializationSettings settings(DataSource dataSource, DatabaseInitializationMode mode) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setMode(mode);
		if (mode != DatabaseInitializationMode.NEVER) {
			String platform = platform(dataSource, mode);
			if (platform != null) {
				settings.setSchemaLocations(List.of("classpath:dev/signals/spring/durable/schema-" + platform + ".sql"));
			}
		}
		return settings;
	}

	/**
	 * The database's platform name; when it cannot be told and the mode is {@code embedded},
	 * {@code null}: Boot then finds the database not embedded and creates nothing.
	 */
	private static @Nullable String platform(DataSource dataSource, DatabaseInitializationMode mode) {
		try {
			String url = JdbcUtils.extractDatabaseMetaData(dataSource, (metaData) -> metaData.getURL());
			DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(url);
			return (driver == DatabaseDriver.POSTGRESQL) ? "postgresql" : (driver == DatabaseDriver.H2) ? "h2"
					: driver.getId();
		}
		catch (Exception ex) {
			if (mode == DatabaseInitializationMode.EMBEDDED) {
				return null;
			}
			throw new IllegalStateException("Cannot tell which database the durable publication table is for; "
					+ "create it yourself (see dev/signals/spring/durable/schema-*.sql) and set "
					+ "signals.durable.initialize-schema=never", ex);
		}
	}

}
