package dev.signals.spring.jpa.app;

import dev.signals.Connect;
import dev.signals.Connection;
import dev.signals.SignalEvent;
import dev.signals.SignalRegistry;
import dev.signals.spring.jpa.ModelSignals;
import org.jspecify.annotations.Nullable;

/** A pre_save receiver that derives an article's NOT NULL slug from its title. */
public class SlugReceiver {

	public @Nullable Object onPreSave(SignalEvent event) {
		Article article = (Article) event.get("instance");
		article.setSlug(article.getTitle().toLowerCase().replace(' ', '-'));
		return null;
	}

	public Connection connect(SignalRegistry registry) {
		return registry.get(ModelSignals.PRE_SAVE).connect(this::onPreSave, Connect.sender(Article.class));
	}

}
