package dev.signals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One send loop: whether the receivers are held strongly or weakly, and whether the send is
 * observed, a send answers the same responses and treats a failure the same way.
 */
class SendLoopTests {

	private final Signal signal = Signal.of("checked", "input");

	private final List<String> calls = new ArrayList<>();

	private final IOException failure = new IOException("disk full");

	/** How the receivers are connected; kept in fields, since weak ones are only held by these. */
	private final SignalReceiver answering = (event) -> call("answering", "answer");

	private final SignalReceiver failing = (event) -> {
		call("failing", null);
		throw this.failure;
	};

	private final SignalReceiver quiet = (event) -> call("quiet", null);

	@ParameterizedTest
	@EnumSource(Shape.class)
	void plainSendStopsAtTheFirstFailureWrappingACheckedOne(Shape shape) {
		connect(shape);
		assertThatExceptionOfType(SignalException.class).isThrownBy(() -> this.signal.send(this))
			.withCause(this.failure);
		assertThat(this.calls).containsExactly("answering", "failing");
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void robustSendRecordsTheFailureAndCallsEveryReceiver(Shape shape) {
		connect(shape);
		List<Response> responses = this.signal.sendRobust(this, this.signal.arguments());
		assertThat(responses).extracting(Response::value).containsExactly("answer", null, null);
		assertThat(responses).extracting(Response::error).containsExactly(null, this.failure, null);
		assertThat(responses).extracting(Response::receiver).containsExactly(this.answering, this.failing, this.quiet);
		assertThat(this.calls).containsExactly("answering", "failing", "quiet");
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void asynchronousSendFailsWithTheFirstFailureAndTheRobustOneRecordsIt(Shape shape) throws Exception {
		connect(shape);
		CompletableFuture<List<Response>> plain = this.signal.sendAsync(this, Runnable::run);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> plain.get(5, TimeUnit.SECONDS))
			.havingCause()
			.isInstanceOf(SignalException.class)
			.withCause(this.failure);
		List<Response> robust = this.signal.sendRobustAsync(this, Runnable::run).get(5, TimeUnit.SECONDS);
		assertThat(robust).extracting(Response::error).containsExactly(null, this.failure, null);
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void errorPropagatesUnchangedFromEveryKindOfSend(Shape shape) {
		AssertionError error = new AssertionError("not an Exception");
		this.signal.connect((event) -> {
			throw error;
		}, shape.options());
		shape.prepare(this.signal);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> this.signal.send(this)).isSameAs(error);
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> this.signal.sendRobust(this, this.signal.arguments()))
			.isSameAs(error);
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void quietReceiversAnswerOneNullResponseEach(Shape shape) {
		this.signal.connect(this.quiet, shape.options());
		shape.prepare(this.signal);
		assertThat(this.signal.send(this)).extracting(Response::receiver, Response::value, Response::error)
			.containsExactly(tuple(this.quiet, null, null));
	}

	private void connect(Shape shape) {
		this.signal.connect(this.answering, shape.options());
		this.signal.connect(this.failing, shape.options());
		this.signal.connect(this.quiet, shape.options());
		shape.prepare(this.signal);
	}

	private @Nullable Object call(String label, @Nullable Object answer) {
		this.calls.add(label);
		return answer;
	}

	enum Shape {

		/** Every receiver strongly held, sends not observed. */
		STRONG,

		/** Every receiver weakly held. */
		WEAK,

		/** Sends observed. */
		OBSERVED;

		Connect options() {
			return (this == WEAK) ? Connect.anySender().weak() : Connect.anySender();
		}

		void prepare(Signal signal) {
			if (this == OBSERVED) {
				signal.addObserver((event, calls, nanos) -> {
				});
			}
		}

	}

}
