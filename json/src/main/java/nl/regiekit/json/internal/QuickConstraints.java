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
 * path nodes for every constraint it checks). Immutable and thread-safe.
 */
public final class QuickConstraints {

    private static final Object[] NO_ARGUMENTS = {};

    private static final Set<Class<? extends Annotation>> KNOWN = Set.of(NotNull.class, NotBlank.class, Size.class,
        Min.class, Max.class, Past.class);

    /** A record type with something this check does not judge. */
    private static final Check UNKNOWN = (value, today) -> false;

    /** A value with no constraint and nothing to cascade to: a record's component of it is not even read. */
    private static final Check NONE = (value, today) -> true;

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
        return cascade(Objects.requireNonNull(document, "document"), LocalDate.now(clock));
    }

    private static boolean cascade(Object value, LocalDate today) {
        // Whether the class is a record is asked once per class, through the class value: asked of every
        // object, it is a native call each time.
        return value == null || RECORDS.get(value.getClass()).ok(value, today);
    }

    /** One value's constraints: true if certainly satisfied. */
    @FunctionalInterface
    private interface Check {
        boolean ok(Object value, LocalDate today);
    }

    private static Check record(Class<?> type) {
        if (hasConstraint(type.getAnnotations()) || constrainedMethods(type)) {
            return UNKNOWN;
        }
        List<Method> accessors = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
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
            accessors.add(component.getAccessor());
            checks.add(check);
        }
        Method[] get = accessors.toArray(Method[]::new);
        Check[] each = checks.toArray(Check[]::new);
        return (value, today) -> {
            for (int i = 0; i < get.length; i++) {
                if (!each[i].ok(read(get[i], value), today)) {
                    return false;
                }
            }
            return true;
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
        List<Annotation> annotations = new ArrayList<>(declared);
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
            checks.add((value, today) -> cascade(value, today));
        } else if (annotated instanceof AnnotatedParameterizedType p && annotatedArguments(p)) {
            return UNKNOWN;
        }
        Check[] all = checks.toArray(Check[]::new);
        return all.length == 0 ? NONE : (value, today) -> {
            for (Check check : all) {
                if (!check.ok(value, today)) {
                    return false;
                }
            }
            return true;
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
        return (value, today) -> {
            if (value instanceof Optional<?> optional) {
                return optional.isEmpty() || element.ok(optional.get(), today);
            }
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (!element.ok(list.get(i), today)) {
                        return false;
                    }
                }
                return true;
            }
            if (value instanceof Collection<?> collection) {
                for (Object item : collection) {
                    if (!element.ok(item, today)) {
                        return false;
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
            return (value, today) -> value != null;
        }
        if (annotation instanceof NotBlank) {
            return raw == String.class ? (value, today) -> value != null && clearlyNotBlank((String) value) : UNKNOWN;
        }
        if (annotation instanceof Size size) {
            int min = size.min();
            int max = size.max();
            if (raw == String.class) {
                return (value, today) -> value == null || CodePointSize.within((String) value, min, max);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return (value, today) -> value == null || within(((Collection<?>) value).size(), min, max);
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
            return raw == LocalDate.class ? (value, today) -> value == null
                || ((LocalDate) value).isBefore(today.minusDays(1)) : UNKNOWN;
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
            return (value, today) -> {
                if (value == null) {
                    return true;
                }
                long number = ((Number) value).longValue();
                return lower ? number >= bound : number <= bound;
            };
        }
        if ((raw == double.class || raw == Double.class) && Math.abs(bound) < (1L << 52)) {
            return (value, today) -> {
                if (value == null) {
                    return true;
                }
                double number = (Double) value;
                return !Double.isNaN(number) && !Double.isInfinite(number) && (lower ? number >= bound : number <= bound);
            };
        }
        return UNKNOWN;
    }

}
