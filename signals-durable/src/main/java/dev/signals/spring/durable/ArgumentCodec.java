package dev.signals.spring.durable;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.stream.BaseStream;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.ClassUtils;

/**
 * Turns the sender and arguments of a send into the JSON stored with a publication, and back.
 * An entity is stored as its class and id and loaded again when read back, in the delivering
 * transaction; a {@code Class} as its name; any other value as its class and its JSON from the
 * application's Jackson mapper, read back as the type the target declares (or as the class it was
 * sent as, when the target declares an abstract type).
 */
public final class ArgumentCodec {

	/** Types that are resources or behaviour, not values: no JSON can bring one back. */
	private static final List<Class<?>> UNSTORABLE = List.of(AutoCloseable.class, Thread.class, Iterator.class,
			BaseStream.class, Executor.class, Future.class, ClassLoader.class, Runnable.class,
			java.util.function.Supplier.class, java.util.function.Function.class, java.util.function.Consumer.class);

	private final ObjectMapper json;

	private final Entities entities;

	private final ClassLoader classLoader;

	private final Map<Class<?>, Optional<String>> problems = new ConcurrentHashMap<>();

	public ArgumentCodec(ObjectMapper json, Entities entities, ClassLoader classLoader) {
		this.json = json;
		this.entities = entities;
		this.classLoader = classLoader;
	}

	/**
	 * Why values of a declared type cannot be stored, checked at startup; abstract types are
	 * checked at each send, by the class of the value sent.
	 * @param type a declared type
	 * @return the reason, or {@code null} when they can be (or it cannot be told yet)
	 */
	@Nullable String problem(Type type) {
		Class<?> raw = this.json.constructType(type).getRawClass();
		if (raw == Class.class || this.entities.entityClass(raw) != null) {
			return null;
		}
		for (Class<?> unstorable : UNSTORABLE) {
			if (unstorable.isAssignableFrom(raw)) {
				return "a " + unstorable.getSimpleName() + " is a resource or behaviour, not a value";
			}
		}
		if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
			return null;
		}
		return this.problems.computeIfAbsent(raw, (key) -> Optional.ofNullable(deserializationProblem(type)))
			.orElse(null);
	}

	private @Nullable String deserializationProblem(Type type) {
		try {
			JavaType javaType = this.json.constructType(type);
			ValueDeserializer<Object> deserializer = this.json._deserializationContext()
				.findRootValueDeserializer(javaType);
			if (deserializer instanceof ValueInstantiator.Gettable gettable && gettable.getValueInstantiator() != null
					&& !gettable.getValueInstantiator().canInstantiate()) {
				return "Jackson cannot create a " + javaType.getRawClass().getSimpleName()
						+ ": it has no default constructor, @JsonCreator or record constructor";
			}
			return null;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return "Jackson cannot read it back: " + ex.getMessage();
		}
	}

	/**
	 * Writes what a target stores of a send.
	 * @return the JSON
	 * @throws IllegalArgumentException naming the signal, the argument and its type when a value
	 * cannot be stored
	 */
	String encode(DurableTarget target, SignalEvent event) {
		ObjectNode root = this.json.createObjectNode();
		if (target.storesSender()) {
			root.set("sender", encode(target, event.signal(), "sender", event.sender()));
		}
		ObjectNode arguments = root.putObject("arguments");
		for (String name : target.arguments().keySet()) {
			if (event.arguments().contains(name)) {
				arguments.set(name, encode(target, event.signal(), name, event.arguments().get(name)));
			}
		}
		return root.toString();
	}

	private JsonNode encode(DurableTarget target, Signal signal, String name, @Nullable Object value) {
		ObjectNode node = this.json.createObjectNode();
		if (value == null) {
			return node.nullNode();
		}
		if (value instanceof Class<?> type) {
			return node.put("class", type.getName());
		}
		try {
			Class<?> entityClass = this.entities.entityClass(value.getClass());
			if (entityClass != null) {
				node.put("entity", entityClass.getName());
				return node.set("id", this.json.valueToTree(this.entities.id(value)));
			}
			String problem = problem(value.getClass());
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
			node.put("type", value.getClass().getName());
			return node.set("value", this.json.valueToTree(value));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("Durable receiver " + target + " of signal '" + signal.name()
					+ "' cannot store '" + name + "' = " + value.getClass().getName() + ": " + ex.getMessage()
					+ ". Send a value Jackson can write and read back (a record or a class with a default constructor),"
					+ " or an entity, or let the receiver take fewer arguments", ex);
		}
	}

	/**
	 * The text that identifies a value, for a message key: an entity's id, a class's name, the
	 * text of a string, number, boolean, enum or UUID, else its JSON.
	 * @param value the value
	 * @return the text
	 */
	String identity(Object value) {
		Class<?> entityClass = this.entities.entityClass(value.getClass());
		if (entityClass != null) {
			return String.valueOf(this.entities.id(value));
		}
		if (value instanceof Class<?> type) {
			return type.getName();
		}
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof java.util.UUID) {
			return value.toString();
		}
		return this.json.writeValueAsString(value);
	}

	/**
	 * Reads a stored send back, loading its entities in the current transaction.
	 * @return the event
	 * @throws UndeliverableException when it cannot be read back, or an entity no longer exists
	 */
	SignalEvent decode(DurableTarget target, String payload) {
		try {
			JsonNode root = this.json.readTree(payload);
			Object sender = decode(target, "sender", root.get("sender"), Object.class);
			Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> argument : root.get("arguments").properties()) {
				Type declared = target.arguments().getOrDefault(argument.getKey(), Object.class);
				arguments.put(argument.getKey(), decode(target, argument.getKey(), argument.getValue(), declared));
			}
			Signal signal = target.signal();
			return SignalEvent.of(signal, sender, signal.arguments(arguments));
		}
		catch (JacksonException | ClassNotFoundException | IllegalArgumentException ex) {
			throw new UndeliverableException("Its stored arguments cannot be read back: " + ex.getMessage(), ex);
		}
	}

	private @Nullable Object decode(DurableTarget target, String name, @Nullable JsonNode node, Type declared)
			throws ClassNotFoundException {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.has("class")) {
			return ClassUtils.forName(node.get("class").asString(), this.classLoader);
		}
		if (node.has("entity")) {
			Class<?> type = ClassUtils.forName(node.get("entity").asString(), this.classLoader);
			Object id = this.json.treeToValue(node.get("id"), this.entities.idType(type));
			Object entity = this.entities.find(type, id);
			if (entity == null) {
				throw new UndeliverableException("'" + name + "' was " + type.getSimpleName() + " " + id
						+ ", which no longer exists: it was deleted after the send committed");
			}
			return entity;
		}
		Class<?> sent = ClassUtils.forName(node.get("type").asString(), this.classLoader);
		JavaType type = this.json.constructType(declared);
		Class<?> raw = type.getRawClass();
		boolean concrete = !raw.isInterface() && !Modifier.isAbstract(raw.getModifiers()) && raw != Object.class;
		boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
		if (!concrete && !container) {
			type = this.json.constructType(sent);
		}
		return this.json.treeToValue(node.get("value"), type);
	}

}
