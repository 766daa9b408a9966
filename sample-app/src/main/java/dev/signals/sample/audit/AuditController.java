package dev.signals.sample.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Shows what fired: the audit trail, oldest first, optionally for one signal. */
@RestController
class AuditController {

	private final AuditRepository audit;

	AuditController(AuditRepository audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	List<AuditEntry> audit(@RequestParam(required = false) String signal) {
		return this.audit.findAllByOrderByIdAsc()
			.stream()
			.filter((entry) -> signal == null || entry.getSignal().equals(signal))
			.toList();
	}

}
