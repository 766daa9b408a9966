-- Durable signals: one row per call of a durable receiver (its publication).
CREATE TABLE IF NOT EXISTS signals_publication (
	id UUID NOT NULL PRIMARY KEY,
	signal_name VARCHAR(255) NOT NULL,
	receiver VARCHAR(512) NOT NULL,
	status VARCHAR(16) NOT NULL,
	attempts INT NOT NULL,
	payload TEXT NOT NULL,
	headers TEXT,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
	completed_at TIMESTAMP WITH TIME ZONE,
	last_error TEXT
);
CREATE INDEX IF NOT EXISTS signals_publication_due ON signals_publication (status, next_attempt_at);
