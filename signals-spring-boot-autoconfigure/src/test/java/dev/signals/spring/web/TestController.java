package dev.signals.spring.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Handlers for every way a request can end: synchronously (also writing the servlet response
 * directly, which Spring MVC does not flush), forwarded, asynchronously in each of
 * Spring MVC's forms, and failing in each way an exception can be rendered. Each records its
 * steps in the request's timeline.
 */
@Controller
@ResponseBody
class TestController {

	private final SignalRecorder recorder;

	TestController(SignalRecorder recorder) {
		this.recorder = recorder;
	}

	@GetMapping("/fence")
	String fence() {
		return "fence";
	}

	@GetMapping("/hello")
	String hello(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		this.recorder.step(id, "handled");
		return "hello";
	}

	@GetMapping("/raw")
	void raw(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_ACCEPTED);
		response.setContentLength(3);
		response.getWriter().write("raw");
	}

	@GetMapping("/accepted")
	void accepted(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_ACCEPTED);
	}

	@GetMapping("/forward")
	ModelAndView forward() {
		return new ModelAndView("forward:/hello");
	}

	@GetMapping("/plain-500")
	ResponseEntity<String> plainServerError() {
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("a 500 without an exception");
	}

	@GetMapping("/boom")
	String boom(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		throw this.recorder.threw(id, new IllegalStateException("boom"));
	}

	@GetMapping("/handled-500")
	String handledServerError(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		throw this.recorder.threw(id, new HandledServerException());
	}

	@GetMapping("/handled-400")
	String handledClientError(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		throw this.recorder.threw(id, new HandledClientException());
	}

	@GetMapping("/status-500")
	String statusServerError(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		throw this.recorder.threw(id, new StatusServerException());
	}

	@GetMapping("/status-404")
	String statusNotFound(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		throw this.recorder.threw(id, new StatusNotFoundException());
	}

	@GetMapping("/async/callable")
	Callable<String> callable(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		return () -> {
			this.recorder.step(id, "work-done");
			return "callable";
		};
	}

	@GetMapping("/async/callable-boom")
	Callable<String> callableBoom(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		return () -> {
			throw this.recorder.threw(id, new IllegalStateException("async boom"));
		};
	}

	@GetMapping("/async/deferred")
	DeferredResult<String> deferred(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		DeferredResult<String> result = new DeferredResult<>();
		CompletableFuture.runAsync(() -> {
			this.recorder.step(id, "work-done");
			result.setResult("deferred");
		});
		return result;
	}

	@GetMapping("/async/deferred-handled-500")
	DeferredResult<String> deferredHandledServerError(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		DeferredResult<String> result = new DeferredResult<>();
		CompletableFuture.runAsync(() -> result.setErrorResult(this.recorder.threw(id, new HandledServerException())));
		return result;
	}

	@GetMapping("/async/deferred-status-404")
	DeferredResult<String> deferredStatusNotFound(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		DeferredResult<String> result = new DeferredResult<>();
		CompletableFuture.runAsync(() -> result.setErrorResult(this.recorder.threw(id, new StatusNotFoundException())));
		return result;
	}

	@GetMapping("/async/deferred-timeout")
	DeferredResult<String> deferredTimeout() {
		return new DeferredResult<>(50L);
	}

	@GetMapping("/async/future")
	CompletableFuture<String> future(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		return CompletableFuture.supplyAsync(() -> {
			this.recorder.step(id, "work-done");
			return "future";
		});
	}

	@GetMapping("/async/stream")
	StreamingResponseBody stream(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		return (out) -> {
			for (int i = 0; i < 3; i++) {
				out.write(("chunk-" + i + ";").getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
			this.recorder.step(id, "work-done");
		};
	}

	@GetMapping("/async/sse")
	SseEmitter sse(@RequestHeader(SignalRecorder.ID_HEADER) String id) {
		SseEmitter emitter = new SseEmitter();
		CompletableFuture.runAsync(() -> {
			try {
				emitter.send("first");
				emitter.send("second");
				this.recorder.step(id, "work-done");
				emitter.complete();
			}
			catch (Exception ex) {
				emitter.completeWithError(ex);
			}
		});
		return emitter;
	}

	@ExceptionHandler
	ResponseEntity<String> serverError(HandledServerException ex) {
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("handled as 500");
	}

	@ExceptionHandler
	ResponseEntity<String> clientError(HandledClientException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body("handled as 400");
	}

	static class HandledServerException extends RuntimeException {

	}

	static class HandledClientException extends RuntimeException {

	}

	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	static class StatusServerException extends RuntimeException {

	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class StatusNotFoundException extends RuntimeException {

	}

}
