package dev.signals.spring.jpa;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@code m2m_changed} for the owning side of {@code @ManyToMany} collections. Before
 * Hibernate writes a collection it compares the elements with the snapshot taken when the
 * collection was loaded: {@code pre_remove}/{@code pre_add} are sent at once, the matching
 * {@code post_*} after the flush. A collection replaced by another, removed, or emptied of more
 * than one element sends {@code pre_clear}/{@code post_clear} instead of {@code pre_remove}. A
 * change made only to the inverse side writes nothing; it is reported once per relation.
 */
final class CollectionListeners implements PreCollectionRecreateEventListener, PreCollectionUpdateEventListener,
		PreCollectionRemoveEventListener {

	private final ModelSignalBridge bridge;

	private final InverseSideChanges inverseSide = new InverseSideChanges();

	private final ModelRelations relations = new ModelRelations();

	CollectionListeners(ModelSignalBridge bridge) {
		this.bridge = bridge;
	}

	@Override
	public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
		changed(event, false, true);
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		changed(event, true, true);
	}

	@Override
	public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
		changed(event, true, false);
	}

	/**
	 * Sends the change a collection write makes.
	 * @param event Hibernate's event
	 * @param hadRows whether rows of the collection exist (the snapshot), false when it is written anew
	 * @param hasRows whether rows remain (the current elements), false when it is removed
	 */
	private void changed(AbstractCollectionEvent event, boolean hadRows, boolean hasRows) {
		CollectionPersister persister = event.getCollectionPersister();
		Object owner = event.getAffectedOwnerOrNull();
		if (!this.bridge.isAttached() || !persister.isManyToMany() || owner == null
				|| !this.bridge.signals().m2mChanged.hasReceivers()) {
			return;
		}
		if (persister.isInverse()) {
			this.inverseSide.check(event.getSession(), persister, owner, event.getCollection());
			return;
		}
		EventSource session = event.getSession();
		EntityEntry ownerEntry = session.getPersistenceContextInternal().getEntry(owner);
		if (ownerEntry == null || ownerEntry.getStatus().isDeletedOrGone()) {
			return; // the owner's row goes away: as in Django, its links go without m2m_changed
		}
		Class<?> sender = ownerEntry.getPersister().getMappedClass();
		if (!this.bridge.signals().m2mChanged.hasListeners(sender)) {
			return;
		}
		SessionSignals state = this.bridge.state(session);
		ModelSignalSet signals = this.bridge.signals();
		Class<?> model = persister.getElementType().getReturnedClass();
		ModelRelation relation = this.relations.of(persister);
		PersistentCollection<?> collection = event.getCollection();
		if (!hasRows && (collection == null || !collection.wasInitialized())) {
			// Hibernate deletes the rows of a collection it never loaded (one replaced unread)
			clear(state, sender, owner, model, relation);
			return;
		}
		Set<Object> before = hadRows ? ids(session, InverseSideChanges.snapshot(collection.getStoredSnapshot())) : Set.of();
		Set<Object> after = hasRows ? ids(session, InverseSideChanges.elements(collection)) : Set.of();
		Set<Object> gone = new LinkedHashSet<>(before);
		gone.removeAll(after);
		Set<Object> added = new LinkedHashSet<>(after);
		added.removeAll(before);
		if (!hasRows || (after.isEmpty() && gone.size() > 1)) {
			// replaced or removed; emptied in place of several elements, most likely by clear(), which
			// Hibernate cannot tell apart from removing each element (removing the only one is a remove)
			if (!gone.isEmpty()) {
				clear(state, sender, owner, model, relation);
			}
			return;
		}
		if (!gone.isEmpty()) {
			Set<Object> pkSet = Collections.unmodifiableSet(gone);
			state.sendNow(signals.m2mChanged(sender, owner, "pre_remove", model, pkSet, relation));
			state.sendAfter(signals.m2mChanged(sender, owner, "post_remove", model, pkSet, relation));
		}
		if (!added.isEmpty()) {
			Set<Object> pkSet = Collections.unmodifiableSet(added);
			state.sendNow(signals.m2mChanged(sender, owner, "pre_add", model, pkSet, relation));
			state.sendAfter(signals.m2mChanged(sender, owner, "post_add", model, pkSet, relation));
		}
	}

	private void clear(SessionSignals state, Class<?> sender, Object owner, Class<?> model,
			ModelRelation relation) {
		ModelSignalSet signals = this.bridge.signals();
		state.sendNow(signals.m2mChanged(sender, owner, "pre_clear", model, null, relation));
		state.sendAfter(signals.m2mChanged(sender, owner, "post_clear", model, null, relation));
	}

	private static Set<Object> ids(EventSource session, Collection<?> elements) {
		Set<Object> ids = new LinkedHashSet<>();
		for (Object element : elements) {
			if (element instanceof HibernateProxy proxy) {
				ids.add(proxy.getHibernateLazyInitializer().getIdentifier());
			}
			else if (element != null) {
				ids.add(session.getEntityPersister(null, element).getIdentifier(element, session));
			}
		}
		return ids;
	}

}
