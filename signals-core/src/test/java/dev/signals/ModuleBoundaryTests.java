package dev.signals;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.signals.internal.Connections;
import dev.signals.internal.Hidden;
import dev.signals.internal.SendKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Internals are internal: the module exports only {@code dev.signals}, and no public or
 * protected part of a type there names a type of a package the module does not export.
 */
class ModuleBoundaryTests {

	private static final Module CORE = Signal.class.getModule();

	@Test
	void coreIsANamedModuleThatExportsOnlyTheApiPackage() {
		assertThat(CORE.isNamed()).as("the tests run on the module path").isTrue();
		ModuleDescriptor descriptor = CORE.getDescriptor();
		assertThat(descriptor.name()).isEqualTo("dev.signals.core");
		assertThat(descriptor.exports()).extracting(Exports::source, Exports::isQualified)
			.containsExactly(tuple("dev.signals", false));
		assertThat(descriptor.opens()).isEmpty();
		assertThat(CORE.isExported("dev.signals.internal")).isFalse();
	}

	@Test
	void coreNeedsOnlySlf4jAtRunTime() {
		assertThat(CORE.getDescriptor().requires().stream()
			.filter((required) -> !required.modifiers().contains(Requires.Modifier.STATIC))
			.filter((required) -> !required.modifiers().contains(Requires.Modifier.MANDATED))
			.map(Requires::name)).containsExactly("org.slf4j");
	}

	@Test
	void noApiTypeNamesATypeThatTheModuleDoesNotExport() throws Exception {
		List<Class<?>> api = apiTypes();
		assertThat(api).contains(Signal.class, Signal.Muting.class, SignalEvent.class, Connection.class)
			.doesNotContain(Names.class);
		Map<Class<?>, Set<Class<?>>> hidden = api.stream()
			.collect(Collectors.toMap((type) -> type, ModuleBoundaryTests::hiddenTypesNamedBy));
		assertThat(hidden).allSatisfy((type, named) -> assertThat(named).as(type.getName()).isEmpty());
	}

	@Test
	void theCheckFindsAHiddenTypeInEveryPlaceASignatureCanNameIt() {
		assertThat(hiddenTypesNamedBy(Leaky.class)).containsExactlyInAnyOrder(Connections.class, SendKind.class,
				Hidden.Kind.class, Hidden.Failure.class, Hidden.Bound.class, Hidden.Parent.class, Hidden.Field.class);
		assertThat(hiddenTypesNamedBy(Clean.class)).isEmpty();
	}

	/**
	 * The public top-level types of {@code dev.signals} in the main classes, and their public or
	 * protected member types.
	 */
	private static List<Class<?>> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
		Path classes = Path.of(Signal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> names = new ArrayList<>();
		if (Files.isDirectory(classes)) {
			names.addAll(classNames(classes.resolve("dev/signals")));
		}
		else {
			try (FileSystem jar = FileSystems.newFileSystem(classes)) {
				names.addAll(classNames(jar.getPath("dev/signals")));
			}
		}
		List<Class<?>> api = new ArrayList<>();
		Deque<Class<?>> pending = new ArrayDeque<>();
		for (String name : names) {
			Class<?> type = Class.forName("dev.signals." + name);
			if (Modifier.isPublic(type.getModifiers())) {
				pending.add(type);
			}
		}
		while (!pending.isEmpty()) {
			Class<?> type = pending.poll();
			api.add(type);
			for (Class<?> member : type.getDeclaredClasses()) {
				if (isVisible(member.getModifiers())) {
					pending.add(member);
				}
			}
		}
		return api;
	}

	private static List<String> classNames(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((file) -> file.endsWith(".class") && !file.contains("$") && !file.startsWith("package-info"))
				.map((file) -> file.substring(0, file.length() - ".class".length()))
				.toList();
		}
	}

	/**
	 * The types a type's public and protected parts name that are in a package of this module it
	 * does not export: supertypes, type parameters, fields, constructors and methods (inherited
	 * public ones too), through type arguments, bounds and array components.
	 */
	private static Set<Class<?>> hiddenTypesNamedBy(Class<?> type) {
		List<Type> named = new ArrayList<>();
		named.add(type.getGenericSuperclass());
		named.addAll(List.of(type.getGenericInterfaces()));
		named.addAll(List.of(type.getTypeParameters()));
		Set<Field> fields = new HashSet<>(List.of(type.getFields()));
		Stream.of(type.getDeclaredFields()).filter((field) -> isVisible(field.getModifiers())).forEach(fields::add);
		fields.forEach((field) -> named.add(field.getGenericType()));
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (isVisible(constructor.getModifiers())) {
				named.addAll(List.of(constructor.getGenericParameterTypes()));
				named.addAll(List.of(constructor.getGenericExceptionTypes()));
				named.addAll(List.of(constructor.getTypeParameters()));
			}
		}
		Set<Method> methods = new HashSet<>(List.of(type.getMethods()));
		Stream.of(type.getDeclaredMethods()).filter((method) -> isVisible(method.getModifiers())).forEach(methods::add);
		for (Method method : methods) {
			if (!method.isSynthetic()) {
				named.add(method.getGenericReturnType());
				named.addAll(List.of(method.getGenericParameterTypes()));
				named.addAll(List.of(method.getGenericExceptionTypes()));
				named.addAll(List.of(method.getTypeParameters()));
			}
		}
		Set<Class<?>> hidden = new LinkedHashSet<>();
		Set<Type> seen = new HashSet<>();
		named.forEach((each) -> collectHidden(each, seen, hidden));
		return hidden;
	}

	private static void collectHidden(Type type, Set<Type> seen, Set<Class<?>> hidden) {
		if (type == null || !seen.add(type)) {
			return;
		}
		if (type instanceof Class<?> plain) {
			Class<?> element = plain;
			while (element.isArray()) {
				element = element.getComponentType();
			}
			if (element.getModule() == CORE && !CORE.isExported(element.getPackageName())) {
				hidden.add(element);
			}
		}
		else if (type instanceof ParameterizedType parameterized) {
			collectHidden(parameterized.getRawType(), seen, hidden);
			collectHidden(parameterized.getOwnerType(), seen, hidden);
			Stream.of(parameterized.getActualTypeArguments()).forEach((argument) -> collectHidden(argument, seen, hidden));
		}
		else if (type instanceof WildcardType wildcard) {
			Stream.of(wildcard.getUpperBounds()).forEach((bound) -> collectHidden(bound, seen, hidden));
			Stream.of(wildcard.getLowerBounds()).forEach((bound) -> collectHidden(bound, seen, hidden));
		}
		else if (type instanceof TypeVariable<?> variable) {
			Stream.of(variable.getBounds()).forEach((bound) -> collectHidden(bound, seen, hidden));
		}
		else if (type instanceof GenericArrayType array) {
			collectHidden(array.getGenericComponentType(), seen, hidden);
		}
	}

	private static boolean isVisible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	/** A type that names a hidden type in each place a signature can. */
	public abstract static class Leaky extends Hidden.Parent implements Callable<List<Connections>> {

		public Hidden.Field field;

		protected Leaky(Collection<? super SendKind[]> kinds) {
		}

		public abstract <T extends Hidden.Bound> T bounded();

		protected abstract Map<String, ? extends Hidden.Kind>[] generic();

		public abstract void failing() throws Hidden.Failure;

		// private parts are not API
		private Hidden.Field privateField;

		abstract Hidden.Field packagePrivate();

	}

	/** A type that names hidden types only in its private parts. */
	public abstract static class Clean {

		private Hidden.Field field;

		private Clean(Hidden.Kind kind) {
		}

		abstract Hidden.Field packagePrivate();

		public abstract List<? extends Signal> signals();

	}

}
