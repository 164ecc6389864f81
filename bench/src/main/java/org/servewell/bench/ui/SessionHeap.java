package org.servewell.bench.ui;

import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.netbeans.lib.profiler.heap.FieldValue;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;
import org.netbeans.lib.profiler.heap.Value;

/**
 * What one signed-in person's HTTP session holds, read from a heap dump of the running
 * app ({@code jcmd <pid> GC.heap_dump <file>}, taken while the learners of a
 * {@link LearnersThroughUi} run wait on the quiz): the objects reachable from one session
 * and from none of three others, without passing through shared framework objects
 * (classes, class loaders, Spring's context, Vaadin's service, Tomcat's manager). Sizes
 * are those of this JVM's object layout (12-byte headers, 4-byte references, 8-byte
 * alignment), not the dump's 8-byte identifiers. Prints the total, the classes and the
 * fields that own the most, and the largest strings.
 * <p>
 * Run: {@code java -cp $CP org.servewell.bench.ui.SessionHeap <heap dump>}.
 */
public final class SessionHeap {

	/** Objects of these classes (by name prefix) are shared, so the walk stops there. */
	private static final List<String> SHARED = List.of("java.lang.Class", "java.lang.ClassLoader", "java.lang.Thread",
			"jdk.internal.loader", "org.springframework.", "org.apache.catalina.core.",
			"org.apache.catalina.session.StandardManager", "com.vaadin.flow.spring.SpringVaadinServletService");

	private static final String SESSION = "org.apache.catalina.session.StandardSession";

	private SessionHeap() {
	}

	public static void main(String[] args) throws IOException {
		Heap heap = HeapFactory.createHeap(new File(args[0]));
		List<Instance> sessions = heap.getJavaClassByName(SESSION).getInstances();
		System.out.printf("%d sessions in %s%n", sessions.size(), args[0]);
		if (sessions.size() < 2) {
			return;
		}
		Set<Long> others = new HashSet<>();
		for (int k = 1; k < Math.min(4, sessions.size()); k++) {
			others.addAll(reachable(sessions.get(k)).keySet());
		}
		List<Instance> own = reachable(sessions.getFirst()).values()
			.stream()
			.filter((instance) -> !others.contains(instance.getInstanceId()))
			.toList();
		long total = own.stream().mapToLong(SessionHeap::size).sum();
		System.out.printf("one session's own objects: %d, %.1f KB%n", own.size(), total / 1024.0);
		Map<String, long[]> byClass = new HashMap<>();
		Map<String, long[]> byOwner = new HashMap<>();
		for (Instance instance : own) {
			add(byClass, instance.getJavaClass().getName(), size(instance));
			add(byOwner, owner(instance), size(instance));
		}
		print("by class", byClass, 20);
		print("by the field that holds them (through maps, lists and strings)", byOwner, 20);
		System.out.println("largest byte arrays (strings):");
		own.stream()
			.filter((instance) -> "byte[]".equals(instance.getJavaClass().getName()))
			.sorted((a, b) -> Long.compare(size(b), size(a)))
			.limit(8)
			.forEach((array) -> System.out.printf("  %6d B  %s  \"%s\"%n", size(array), owner(array), preview(array)));
	}

	private static void add(Map<String, long[]> sums, String key, long bytes) {
		long[] sum = sums.computeIfAbsent(key, (k) -> new long[2]);
		sum[0]++;
		sum[1] += bytes;
	}

	private static void print(String title, Map<String, long[]> sums, int rows) {
		System.out.println(title + ":");
		sums.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
			.limit(rows)
			.forEach((e) -> System.out.printf("  %8.1f KB %6d  %s%n", e.getValue()[1] / 1024.0, e.getValue()[0],
					e.getKey()));
	}

	/** Every object reachable from the session, not through shared objects. */
	private static Map<Long, Instance> reachable(Instance session) {
		Map<Long, Instance> seen = new HashMap<>();
		Deque<Instance> todo = new ArrayDeque<>();
		seen.put(session.getInstanceId(), session);
		todo.add(session);
		while (!todo.isEmpty()) {
			for (Instance next : references(todo.poll())) {
				if (!seen.containsKey(next.getInstanceId()) && !shared(next)) {
					seen.put(next.getInstanceId(), next);
					todo.add(next);
				}
			}
		}
		return seen;
	}

	private static List<Instance> references(Instance instance) {
		List<Instance> found = new ArrayList<>();
		if (instance instanceof ObjectArrayInstance array) {
			for (Object element : array.getValues()) {
				if (element instanceof Instance referenced) {
					found.add(referenced);
				}
			}
			return found;
		}
		for (Object value : instance.getFieldValues()) {
			if (value instanceof ObjectFieldValue field && field.getInstance() != null) {
				found.add(field.getInstance());
			}
		}
		return found;
	}

	private static boolean shared(Instance instance) {
		String name = instance.getJavaClass().getName();
		return SHARED.stream().anyMatch(name::startsWith);
	}

	/**
	 * The first class up the chain of referrers that is not a collection, array, string
	 * or JSON node, with the field: who keeps the object.
	 */
	private static String owner(Instance instance) {
		Instance current = instance;
		for (int depth = 0; depth < 12; depth++) {
			List<Value> referrers = current.getReferences();
			if (referrers.isEmpty()) {
				return "?";
			}
			Value referrer = referrers.getFirst();
			Instance from = referrer.getDefiningInstance();
			String name = from.getJavaClass().getName();
			if (!name.startsWith("java.util.") && !name.equals("java.lang.Object[]") && !name.equals("java.lang.String")
					&& !name.startsWith("tools.jackson.")) {
				return name + ((referrer instanceof FieldValue field) ? "." + field.getField().getName() : "[]");
			}
			current = from;
		}
		return "?";
	}

	/**
	 * The size in this JVM's layout: a 12-byte header (16 for arrays), 4-byte references,
	 * aligned to 8 bytes.
	 */
	static long size(Instance instance) {
		if (instance instanceof ObjectArrayInstance array) {
			return align(16 + 4L * array.getLength());
		}
		if (instance instanceof PrimitiveArrayInstance array) {
			return align(16 + (long) array.getLength() * width(instance.getJavaClass().getName().replace("[]", "")));
		}
		long bytes = 12;
		for (JavaClass type = instance.getJavaClass(); type != null; type = type.getSuperClass()) {
			for (Object field : type.getFields()) {
				org.netbeans.lib.profiler.heap.Field declared = (org.netbeans.lib.profiler.heap.Field) field;
				if (!declared.isStatic()) {
					bytes += width(declared.getType().getName());
				}
			}
		}
		return align(bytes);
	}

	private static int width(String type) {
		return switch (type) {
			case "long", "double" -> 8;
			case "int", "float", "object" -> 4;
			case "short", "char" -> 2;
			default -> 1;
		};
	}

	private static long align(long bytes) {
		return (bytes + 7) / 8 * 8;
	}

	private static String preview(Instance array) {
		List<?> values = ((PrimitiveArrayInstance) array).getValues();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(70, values.size()); i++) {
			int value = Integer.parseInt(values.get(i).toString());
			text.append((value >= 32 && value < 127 && value != '"') ? (char) value : '.');
		}
		return text.toString();
	}

}
