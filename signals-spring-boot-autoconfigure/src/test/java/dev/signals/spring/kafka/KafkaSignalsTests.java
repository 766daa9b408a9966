package dev.signals.spring.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import dev.signals.spring.kafka.orders.OrdersService.OrderDesk;
import dev.signals.spring.kafka.orders.OrdersService;
import dev.signals.spring.kafka.shipping.ShippingService;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two services as two application contexts on a Kafka broker in this JVM: an order saved in the
 * orders service reaches the shipping service's receiver exactly as many times as it committed,
 * with its key, routing headers and trace; a record whose receiver keeps failing goes to the dead
 * letter topic.
 */
@TestInstance(Lifecycle.PER_CLASS)
class KafkaSignalsTests {

	private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, "orders", "orders-dlt", "check");

	private ConfigurableApplicationContext shipping;

	private ConfigurableApplicationContext orders;

	@BeforeAll
	void startBrokerAndServices() {
		this.broker.afterPropertiesSet();
		this.shipping = new SpringApplicationBuilder(ShippingService.class).web(WebApplicationType.NONE)
			.properties(Map.of("spring.kafka.bootstrap-servers", this.broker.getBrokersAsString(),
					"signals.kafka.inbound.order_placed.topic", "orders",
					"signals.kafka.inbound.order_placed.group-id", "shipping",
					"signals.kafka.inbound.order_placed.attempts", "2",
					"signals.kafka.inbound.order_placed.backoff", "10ms", "spring.main.banner-mode", "off"))
			.run();
		this.orders = new SpringApplicationBuilder(OrdersService.class).web(WebApplicationType.NONE)
			.properties(Map.of("spring.kafka.bootstrap-servers", this.broker.getBrokersAsString(),
					"signals.kafka.outbound.order_placed.topic", "orders",
					"signals.kafka.outbound.order_placed.key", "order", "spring.main.banner-mode", "off"))
			.run();
	}

	@AfterAll
	void stop() {
		this.orders.close();
		this.shipping.close();
		this.broker.destroy();
	}

	@Test
	void brokerTakesAndGivesBackOneRecord() {
		KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				KafkaTestUtils.producerProps(this.broker), new StringSerializer(), new StringSerializer()));
		template.send("check", "k", "v").join();
		try (Consumer<String, String> consumer = consumer("check-reader")) {
			this.broker.consumeFromAnEmbeddedTopic(consumer, "check");
			ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer, "check", Duration.ofSeconds(30));
			assertThat(record.key()).isEqualTo("k");
			assertThat(record.value()).isEqualTo("v");
		}
		template.destroy();
	}

	@Test
	void eachCommittedOrderReachesTheOtherServiceOnceWithItsKeyHeadersAndTrace() {
		OrderDesk desk = this.orders.getBean(OrderDesk.class);
		List<Long> committed = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			boolean rollBack = i % 4 == 0;
			int total = i;
			Long id = TestTraceHandler.inTrace("trace-" + i, () -> desk.place("customer-" + total, total, rollBack));
			if (id != null) {
				committed.add(id);
			}
		}
		assertThat(committed).hasSize(15);
		JdbcTemplate jdbc = this.orders.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.queryForObject("select count(*) from signals_publication", Long.class) == 0);
		await().atMost(Duration.ofSeconds(60)).until(() -> ShippingService.shipped.size() >= 15);

		List<String> expected = new ArrayList<>();
		for (int i = 0; i < committed.size(); i++) {
			int total = (i / 3) * 4 + (i % 3) + 1;
			expected.add(committed.get(i) + " customer-" + total + " " + total + " " + OrderDesk.class + " trace-" + total);
		}
		assertThat(ShippingService.shipped).containsExactlyInAnyOrderElementsOf(expected);

		try (Consumer<String, String> consumer = consumer("inspector")) {
			this.broker.consumeFromAnEmbeddedTopic(consumer, "orders");
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				ConsumerRecords<String, String> polled = consumer.poll(Duration.ofMillis(200));
				polled.forEach((record) -> {
					if (!record.value().contains("POISON")) {
						records.add(record);
					}
				});
				return records.size() >= 15;
			});
			assertThat(records).hasSize(15).extracting(ConsumerRecord::key)
				.containsExactlyInAnyOrderElementsOf(committed.stream().map(String::valueOf).toList());
			ConsumerRecord<String, String> first = records.get(0);
			assertThat(header(first, SignalHeaders.SIGNAL)).isEqualTo("order_placed");
			assertThat(header(first, SignalHeaders.SENDER)).isEqualTo(OrderDesk.class.getName());
			assertThat(header(first, SignalHeaders.PUBLICATION_ID)).hasSize(36);
			assertThat(first.value()).startsWith("{\"signal\":\"order_placed\",\"sender\":\"" + OrderDesk.class.getName()
					+ "\",\"arguments\":{\"order\":{").contains("\"id\":" + first.key() + ",");
		}
	}

	@Test
	void recordWhoseReceiverKeepsFailingGoesToTheDeadLetterTopic() {
		this.orders.getBean(OrderDesk.class).place("POISON", 13, false);
		try (Consumer<String, String> consumer = consumer("dead-letters")) {
			this.broker.consumeFromAnEmbeddedTopic(consumer, "orders-dlt");
			ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer, "orders-dlt",
					Duration.ofSeconds(60));
			assertThat(record.value()).contains("\"customer\":\"POISON\"");
			assertThat(header(record, "kafka_dlt-exception-message")).contains("cannot ship to POISON");
		}
	}

	private Consumer<String, String> consumer(String group) {
		Map<String, Object> settings = KafkaTestUtils.consumerProps(this.broker, group, false);
		settings.put("auto.offset.reset", "earliest");
		return new DefaultKafkaConsumerFactory<>(settings, new StringDeserializer(), new StringDeserializer())
			.createConsumer();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return StreamSupport.stream(record.headers().headers(name).spliterator(), false)
			.map((header) -> new String(header.value(), java.nio.charset.StandardCharsets.UTF_8))
			.reduce((first, last) -> last)
			.orElse(null);
	}

}
