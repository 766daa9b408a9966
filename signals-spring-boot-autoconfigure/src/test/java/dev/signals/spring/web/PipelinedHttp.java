package dev.signals.spring.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client that sends a request followed, on the same connection, by a request
 * for {@code /fence}, and reads until the server closes the connection. The server handles
 * pipelined requests one after the other, so when this returns the first request has ended
 * completely: whatever the request signals send for it has been sent.
 */
final class PipelinedHttp {

	private PipelinedHttp() {
	}

	/**
	 * Sends a GET request and a fence.
	 * @param port the server's port
	 * @param path the path of the request under test
	 * @param headers extra header lines, such as {@code "X-Test-Id: 42"}
	 * @return the reply to the request under test, followed by the fence's
	 * @throws IOException when the exchange fails
	 */
	static Reply get(int port, String path, String... headers) throws IOException {
		StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		request.append("\r\nGET /fence HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new Reply(Integer.parseInt(text.substring(9, 12)), text);
		}
	}

	/**
	 * What came back.
	 * @param status the status of the request under test
	 * @param text the raw text of both responses
	 */
	record Reply(int status, String text) {

	}

}
