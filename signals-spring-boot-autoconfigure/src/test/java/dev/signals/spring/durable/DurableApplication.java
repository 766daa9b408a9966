package dev.signals.spring.durable;

import dev.signals.Signal;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A small Boot application with durable receivers of {@code purchase_placed}. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ PurchaseService.class, DurableReceivers.class, MemoReceiver.class })
public class DurableApplication {

	@Bean
	Signal purchasePlaced() {
		return Signal.of("purchase_placed", "purchase", "note");
	}

	@Bean
	Signal memoWritten() {
		return Signal.of("memo_written", "memo");
	}

}
