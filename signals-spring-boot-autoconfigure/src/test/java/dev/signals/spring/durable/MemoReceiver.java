package dev.signals.spring.durable;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.spring.Receiver;

import org.springframework.stereotype.Component;

/** A durable receiver that takes any value: what can be stored is decided at the send. */
@Component
public class MemoReceiver {

	static final List<Object> memos = new CopyOnWriteArrayList<>();

	@Receiver(signal = "memo_written", durable = true)
	public void remember(Object memo, Class<?> sender) {
		memos.add(memo);
	}

}
