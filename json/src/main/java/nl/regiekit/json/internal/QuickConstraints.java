package nl.regiekit.json.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.json.JsonCodes;

/**
 * A quick check of the Jakarta constraints on the model's records, for the quick path: it answers
 * only "certainly no violation" or "perhaps one", and leaves every "perhaps" to Hibernate
 * Validator. It knows the constraints the model uses ({@code @NotNull}, {@code @NotBlank},
 * {@code @Size}, {@code @Min}, {@code @Max}, {@code @Past}, {@code @Valid}, on record components
 * and on the elements of lists and optionals) and reads them once per record type; a type with
 * any other constraint, with a constraint where it does not expect one, or with a value it cannot
 * judge exactly as Hibernate Validator would (a blank-looking text, a date close to today, a
 * fraction that is not a number) is "perhaps". So it never passes what Hibernate Validator
 * refuses, while on a valid document it allocates nothing (Hibernate Validator builds a context and
 * path nodes for every constraint it checks).
 *
 * <p>For a document that binds but breaks a constraint, it can also say what the schema says of it
 * ({@link #onlyViolation}) where it knows that exactly, so that a document with one text too long is
 * answered without the full path's tree and schema. Immutable and thread-safe.
 */
public final class QuickConstraints {

    private static final Object[] NO_ARGUMENTS = {};

    private static final Set<Class<? extends Annotation>> KNOWN = Set.of(NotNull.class, NotBlank.class, Size.class,
        Min.class, Max.class, Past.class);

    /** A record type with something this check does not judge. */
    private static final Check UNKNOWN = (value, today, report) -> uncertain(report);

    /** A value with no constraint and nothing to cascade to: a record's component of it is not even read. */
    private static final Check NONE = (value, today, report) -> true;

    private final Clock clock;
    /** The check of each record class, shared by every pipeline: it does not depend on the clock. */
    private static final ClassValue<Check> RECORDS = new ClassValue<>() {
        @Override
        protected Check computeValue(Class<?> type) {
            return type.isRecord() ? record(type) : UNKNOWN;
        }
    };

    /**
     * A check with {@code clock} for the "today" of {@code @Past}, as Hibernate Validator's clock provider.
     *
     * @throws NullPointerException if {@code clock} is null
     */
    public QuickConstraints(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Whether {@code document}, a record of the model, and everything it cascades to certainly satisfy
     * their constraints.
     *
     * @return true if no constraint is violated; false if one may be, which Hibernate Validator decides
     * @throws NullPointerException if {@code document} is null
     */
    public boolean certainlyValid(Object document) {
        return cascade(Objects.requireNonNull(document, "document"), LocalDate.now(clock), null);
    }

    /**
     * The finding the schema gives {@code document}, a record of the model that binding accepted, if it
     * breaks exactly one constraint and that is one the schema states in one keyword and this check
     * judges exactly as the schema does: a text's length or a list's number of elements out of its
     * {@code @Size} ({@code SCHEMA-SIZE}), a whole number out of its {@code @Min} or {@code @Max}
     * ({@code SCHEMA-RANGE}). A document that binds breaks no rule of its schema but the constraints
     * (the premise of the quick path), so that finding is the schema's whole answer. Empty for a
     * document with no violation; with several (their order is the schema's own); with one the schema
     * does not state ({@code @Past}) or states in two keywords ({@code @NotBlank}: a length and a
     * pattern); or with a value under something this check does not judge or cannot point into (a
     * collection that is not a list, a type a mix-in writes otherwise than as its components). It points
     * into the document by the JSON names the quick path binds by ({@link QuickBinding#componentNames}).
     *
     * @throws NullPointerException if {@code document} is null
     */
    public Optional<Finding> onlyViolation(Object document) {
        Report report = new Report();
        cascade(Objects.requireNonNull(document, "document"), LocalDate.now(clock), report);
        return report.uncertain || report.several ? Optional.empty() : Optional.ofNullable(report.finding);
    }

    private static boolean cascade(Object value, LocalDate today, Report report) {
        // Whether the class is a record is asked once per class, through the class value: asked of every
        // object, it is a native call each time.
        return value == null || RECORDS.get(value.getClass()).ok(value, today, report);
    }

    /**
     * One value's constraints: true if certainly satisfied. Without a report the first "perhaps not"
     * ends the check; with one, a check goes on past a violation, so that a second is seen, and tells
     * the report what it found.
     */
    @FunctionalInterface
    private interface Check {
        boolean ok(Object value, LocalDate today, Report report);
    }

    /**
     * What {@link #onlyViolation} found so far: where the check stands (the JSON names and list indices
     * from the document down), the one violation, and whether there were several or one it cannot state
     * as the schema does. Not thread-safe; one per call.
     */
    private static final class Report {
        final List<Object> path = new ArrayList<>();
        Finding finding;
        boolean several;
        boolean uncertain;
    }

    /** Each record class's components' JSON names ({@link QuickBinding#componentNames}), asked once, by a report. */
    private static final ClassValue<Optional<List<String>>> JSON_NAMES = new ClassValue<>() {
        @Override
        protected Optional<List<String>> computeValue(Class<?> type) {
            return QuickBinding.componentNames(type);
        }
    };

    /** A value this check cannot judge as certainly valid, or whose violation it cannot state as the schema does: false. */
    private static boolean uncertain(Report report) {
        if (report != null) {
            report.uncertain = true;
        }
        return false;
    }

    /**
     * A violation that the schema states as {@code code} at the report's place: false. The schema gives
     * one finding per code and pointer ({@link Findings#schema}), so a second of the same is none.
     */
    private static boolean violation(Report report, FindingCode code) {
        if (report == null) {
            return false;
        }
        Finding finding = Finding.of(code, Pointer.of(report.path.toArray()));
        if (report.finding == null) {
            report.finding = finding;
        } else if (!report.finding.equals(finding)) {
            report.several = true;
        }
        return false;
    }

    private static Check record(Class<?> type) {
        if (hasConstraint(type.getAnnotations()) || constrainedMethods(type)) {
            return UNKNOWN;
        }
        List<Method> accessors = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        // Each checked component's place among the record's components, where a report finds its JSON name.
        int[] position = new int[components.length];
        for (int c = 0; c < components.length; c++) {
            RecordComponent component = components[c];
            List<Annotation> declared = new ArrayList<>(List.of(component.getAccessor().getAnnotations()));
            try {
                declared.addAll(List.of(type.getDeclaredField(component.getName()).getAnnotations()));
            } catch (NoSuchFieldException e) {
                return UNKNOWN;
            }
            Check check = value(component.getAnnotatedType(), declared, false);
            if (check == UNKNOWN) {
                return UNKNOWN;
            }
            if (check == NONE) {
                continue;
            }
            if (!component.getAccessor().trySetAccessible()) {
                return UNKNOWN;
            }
            position[accessors.size()] = c;
            accessors.add(component.getAccessor());
            checks.add(check);
        }
        Method[] get = accessors.toArray(Method[]::new);
        Check[] each = checks.toArray(Check[]::new);
        return (value, today, report) -> {
            if (report == null) {
                for (int i = 0; i < get.length; i++) {
                    if (!each[i].ok(read(get[i], value), today, null)) {
                        return false;
                    }
                }
                return true;
            }
            Optional<List<String>> names = JSON_NAMES.get(type);
            if (names.isEmpty()) {
                return uncertain(report);
            }
            boolean ok = true;
            for (int i = 0; i < get.length; i++) {
                report.path.add(names.get().get(position[i]));
                ok &= each[i].ok(read(get[i], value), today, report);
                report.path.remove(report.path.size() - 1);
            }
            return ok;
        };
    }

    /**
     * A component's value, through reflection: a prepared method handle per component would spin hundreds of
     * classes at start-up, and its adaptation to {@code Object} casts with a call where reflection's accessor
     * casts in its byte code.
     */
    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record, NO_ARGUMENTS);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                throw thrown;
            }
            throw new IllegalStateException("a record accessor threw a checked exception", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("a record accessor became inaccessible", e);
        }
    }

    /** Whether a method other than a component's accessor, of the type or its interfaces, has a constraint. */
    private static boolean constrainedMethods(Class<?> type) {
        Set<String> accessors = new HashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            accessors.add(component.getName());
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!(method.getParameterCount() == 0 && accessors.contains(method.getName()))
                && hasConstraint(method.getAnnotations())) {
                return true;
            }
        }
        for (Class<?> face : type.getInterfaces()) {
            for (Method method : face.getMethods()) {
                if (hasConstraint(method.getAnnotations()) || hasConstraint(method.getAnnotatedReturnType().getAnnotations())) {
                    return true;
                }
            }
            if (hasConstraint(face.getAnnotations())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConstraint(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class) || annotation instanceof Valid) {
                return true;
            }
        }
        return false;
    }

    /**
     * The check of a value of this annotated type, with the declaration's annotations too, and a cascade
     * if {@code valid} (the container of this element is marked {@code @Valid}); {@link #UNKNOWN} if none
     * can be made.
     */
    private static Check value(AnnotatedType annotated, List<Annotation> declared, boolean cascaded) {
        // A record component's annotation is on its field, its accessor and its type alike: each is checked once.
        Set<Annotation> annotations = new java.util.LinkedHashSet<>(declared);
        annotations.addAll(List.of(annotated.getAnnotations()));
        Class<?> raw = raw(annotated);
        if (raw == null) {
            return UNKNOWN;
        }
        boolean valid = cascaded;
        List<Check> checks = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation instanceof Valid) {
                valid = true;
                continue;
            }
            if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                continue;
            }
            if (!KNOWN.contains(annotation.annotationType()) || groups(annotation).length > 0) {
                return UNKNOWN;
            }
            Check check = constraint(annotation, raw);
            if (check == UNKNOWN) {
                return UNKNOWN;
            }
            checks.add(check);
        }
        if (Collection.class.isAssignableFrom(raw) || Optional.class == raw) {
            Check elements = elements(annotated, valid);
            if (elements == UNKNOWN) {
                return UNKNOWN;
            }
            checks.add(elements);
        } else if (Map.class.isAssignableFrom(raw) || raw.isArray()) {
            if (valid || annotated instanceof AnnotatedParameterizedType p && annotatedArguments(p)) {
                return UNKNOWN;
            }
        } else if (valid) {
            checks.add(QuickConstraints::cascade);
        } else if (annotated instanceof AnnotatedParameterizedType p && annotatedArguments(p)) {
            return UNKNOWN;
        }
        Check[] all = checks.toArray(Check[]::new);
        return all.length == 0 ? NONE : (value, today, report) -> {
            boolean ok = true;
            for (Check check : all) {
                if (!check.ok(value, today, report)) {
                    if (report == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            return ok;
        };
    }

    /** The check of a list's or optional's elements: their own annotations and, with {@code @Valid} on the container, a cascade. */
    private static Check elements(AnnotatedType container, boolean valid) {
        if (!(container instanceof AnnotatedParameterizedType parameterized)
            || parameterized.getAnnotatedActualTypeArguments().length != 1) {
            return UNKNOWN;
        }
        Check element = value(parameterized.getAnnotatedActualTypeArguments()[0], List.of(), valid);
        if (element == UNKNOWN) {
            return UNKNOWN;
        }
        return (value, today, report) -> {
            if (value instanceof Optional<?> optional) {
                return optional.isEmpty() || element.ok(optional.get(), today, report);
            }
            if (value instanceof List<?> list) {
                boolean ok = true;
                for (int i = 0; i < list.size() && (ok || report != null); i++) {
                    if (report != null) {
                        report.path.add(i);
                    }
                    ok &= element.ok(list.get(i), today, report);
                    if (report != null) {
                        report.path.remove(report.path.size() - 1);
                    }
                }
                return ok;
            }
            if (value instanceof Collection<?> collection) {
                for (Object item : collection) {
                    // Its elements' order need not be the document's: a violation in it cannot be pointed at.
                    if (!element.ok(item, today, null)) {
                        return uncertain(report);
                    }
                }
                return true;
            }
            return value == null;
        };
    }

    private static boolean annotatedArguments(AnnotatedParameterizedType type) {
        for (AnnotatedType argument : type.getAnnotatedActualTypeArguments()) {
            if (argument.getAnnotations().length > 0
                || argument instanceof AnnotatedParameterizedType p && annotatedArguments(p)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> raw(AnnotatedType annotated) {
        Type type = annotated.getType();
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        // A record's type parameter without a bound (an agenda point's point): its value is judged by its
        // own class, through the cascade, as Hibernate Validator judges it.
        if (type instanceof TypeVariable<?> v && List.of(v.getBounds()).equals(List.of(Object.class))) {
            return Object.class;
        }
        return null;
    }

    private static Class<?>[] groups(Annotation annotation) {
        try {
            return (Class<?>[]) annotation.annotationType().getMethod("groups").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            return new Class<?>[] {Object.class};
        }
    }

    /** The check of one constraint on a value of type {@code raw}, as Hibernate Validator judges it or stricter. */
    private static Check constraint(Annotation annotation, Class<?> raw) {
        if (annotation instanceof NotNull) {
            return (value, today, report) -> value != null || uncertain(report);
        }
        if (annotation instanceof NotBlank) {
            return raw == String.class ? (value, today, report) -> value != null && clearlyNotBlank((String) value)
                || uncertain(report) : UNKNOWN;
        }
        if (annotation instanceof Size size) {
            int min = size.min();
            int max = size.max();
            if (raw == String.class) {
                return (value, today, report) -> value == null || CodePointSize.within((String) value, min, max)
                    || violation(report, JsonCodes.SCHEMA_SIZE);
            }
            if (List.class.isAssignableFrom(raw)) {
                return (value, today, report) -> value == null || within(((Collection<?>) value).size(), min, max)
                    || violation(report, JsonCodes.SCHEMA_SIZE);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return (value, today, report) -> value == null || within(((Collection<?>) value).size(), min, max)
                    || uncertain(report);
            }
            return UNKNOWN;
        }
        if (annotation instanceof Min min) {
            return number(raw, min.value(), true);
        }
        if (annotation instanceof Max max) {
            return number(raw, max.value(), false);
        }
        if (annotation instanceof Past) {
            // Hibernate Validator's today comes from the same clock; a day either side is left to it.
            return raw == LocalDate.class ? (value, today, report) -> value == null
                || ((LocalDate) value).isBefore(today.minusDays(1)) || uncertain(report) : UNKNOWN;
        }
        return UNKNOWN;
    }

    private static boolean within(int size, int min, int max) {
        return size >= min && size <= max;
    }

    /** A text with a character that no definition of blank (trimmed, whitespace, space) counts as blank. */
    private static boolean clearlyNotBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A surrogate is of a code point beyond U+FFFF, none of which is white space or a space, or alone.
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    private static Check number(Class<?> raw, long bound, boolean lower) {
        if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class || raw == Integer.class
            || raw == Long.class || raw == Short.class || raw == Byte.class) {
            return (value, today, report) -> value == null
                || (lower ? ((Number) value).longValue() >= bound : ((Number) value).longValue() <= bound)
                || violation(report, JsonCodes.SCHEMA_RANGE);
        }
        if ((raw == double.class || raw == Double.class) && Math.abs(bound) < (1L << 52)) {
            return (value, today, report) -> {
                if (value == null) {
                    return true;
                }
                double number = (Double) value;
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    return uncertain(report);
                }
                return (lower ? number >= bound : number <= bound) || violation(report, JsonCodes.SCHEMA_RANGE);
            };
        }
        return UNKNOWN;
    }

}
