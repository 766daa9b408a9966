package dev.signals.spring.web;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Test requests under MockMvc, tagged with a test's id, driven to their end as a MockMvc test
 * does: an asynchronous request with its {@code asyncDispatch}.
 */
final class MockMvcExchange {

	private MockMvcExchange() {
	}

	static MockHttpServletRequestBuilder get(String path, String id) {
		return MockMvcRequestBuilders.get(path).header(SignalRecorder.ID_HEADER, id);
	}

	/**
	 * Performs a GET request and, if it started asynchronous processing, its async dispatch.
	 * @param mvc the MockMvc
	 * @param path the path
	 * @param id the test's id for the request
	 * @return the result of the last dispatch
	 * @throws Exception an exception that escaped a dispatch
	 */
	static MvcResult perform(MockMvc mvc, String path, String id) throws Exception {
		MvcResult result = mvc.perform(get(path, id)).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			return mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
		}
		return result;
	}

}
