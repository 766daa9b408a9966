package dev.signals.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An order service whose receivers show every built-in signal: the blog post's {@code post_save}
 * example, an audit trail of the model signals, a notification after commit, request timing and
 * error reporting.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
