package dev.signals.spring.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.signals.spring.reliability.PaymentService.ServiceFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads write through a {@code @Transactional} service and the JPA bridge at once, on a
 * real PostgreSQL; some transactions roll back by design, because the service or a receiver
 * throws. Afterwards the receivers' records match the rows read back with JDBC exactly.
 */
@SpringBootTest(classes = ReliabilityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ConcurrentJpaWritesTests {

	private static final int THREADS = 8;

	private static final int PER_THREAD = 40;

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	@Autowired
	private PaymentService service;

	@Autowired
	private PaymentReceivers receivers;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void clean() {
		this.jdbc.update("delete from payment");
		this.receivers.clear();
	}

	@Test
	void everyCommittedRowSentOnePostSaveAndOnlyCommittedRowsReachedAfterCommit() throws Exception {
		Set<Long> returned = ConcurrentHashMap.newKeySet();
		Set<Long> failedInService = ConcurrentHashMap.newKeySet();
		List<Throwable> unexpected = new ArrayList<>();
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		CyclicBarrier start = new CyclicBarrier(THREADS);
		List<Future<Integer>> vetoes = new ArrayList<>();
		try {
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				vetoes.add(executor.submit(() -> {
					start.await();
					int vetoed = 0;
					for (int i = 0; i < PER_THREAD; i++) {
						switch ((thread + i) % 5) {
							case 0 -> failedInService.add(payThenFail(thread, i));
							case 1 -> vetoed += vetoed(thread, i, unexpected);
							default -> returned.add(this.service.pay(thread * 1000 + i));
						}
					}
					return vetoed;
				}));
			}
			int vetoed = 0;
			for (Future<Integer> future : vetoes) {
				vetoed += future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
			assertThat(unexpected).isEmpty();
			assertThat(returned.size() + failedInService.size() + vetoed).isEqualTo(THREADS * PER_THREAD);
		}
		finally {
			executor.shutdownNow();
		}
		Set<Long> rows = new HashSet<>(this.jdbc.queryForList("select id from payment", Long.class));
		assertThat(rows).isEqualTo(returned).hasSize(THREADS * PER_THREAD * 3 / 5);
		Map<Long, Integer> postSaves = this.receivers.postSaves();
		assertThat(rows).allSatisfy((id) -> assertThat(postSaves).containsEntry(id, 1));
		assertThat(postSaves.values()).containsOnly(1);
		assertThat(postSaves).hasSize(THREADS * PER_THREAD);
		assertThat(this.receivers.committed()).hasSameSizeAs(rows).containsExactlyInAnyOrderElementsOf(rows);
		assertThat(this.receivers.rolledBack()).containsExactlyInAnyOrderElementsOf(failedInService);
		assertThat(this.receivers.completed()).hasSize(rows.size() + failedInService.size())
			.containsAll(rows)
			.containsAll(failedInService);
	}

	private Long payThenFail(int thread, int i) {
		try {
			this.service.payThenFail(thread * 1000 + i);
		}
		catch (ServiceFailure expected) {
			return Long.valueOf(expected.getMessage().substring(expected.getMessage().lastIndexOf(' ') + 1));
		}
		throw new AssertionError("the service did not fail");
	}

	private int vetoed(int thread, int i, List<Throwable> unexpected) {
		try {
			this.service.pay(-(thread * 1000 + i));
			synchronized (unexpected) {
				unexpected.add(new AssertionError("a vetoed payment was committed"));
			}
		}
		catch (RuntimeException ex) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			if (!(cause instanceof IllegalStateException) || !cause.getMessage().startsWith("vetoed payment ")) {
				synchronized (unexpected) {
					unexpected.add(ex);
				}
			}
		}
		return 1;
	}

}
