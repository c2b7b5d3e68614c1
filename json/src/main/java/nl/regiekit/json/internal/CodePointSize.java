package nl.regiekit.json.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.Objects;

import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * {@code @Size} on a text, counted in code points as the schemas' {@code minLength} and
 * {@code maxLength} count (JSON Schema 2020-12 §6.3.1), not in UTF-16 units as Hibernate Validator's
 * own validator counts: 150 emoji are 150 characters, not 300. A lone surrogate counts as one.
 * Registered beside Hibernate Validator's validators ({@link #validator}); being for {@code String},
 * it is chosen over theirs for {@code CharSequence}. Lists keep Hibernate Validator's own.
 */
public final class CodePointSize implements ConstraintValidator<Size, String> {

    private int min;
    private int max;

    /** Creates the validator; Hibernate Validator initialises it with the annotation. */
    public CodePointSize() {
    }

    @Override
    public void initialize(Size size) {
        this.min = size.min();
        this.max = size.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || within(value, min, max);
    }

    /**
     * Whether {@code text} has at least {@code min} and at most {@code max} code points. Counts
     * only when the UTF-16 length cannot answer: a text has at most as many code points as units,
     * and at least half as many.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean within(String text, int min, int max) {
        int units = text.length();
        if (units <= max && units / 2 >= min) {
            return true;
        }
        int points = text.codePointCount(0, units);
        return points >= min && points <= max;
    }

    /**
     * Hibernate Validator announces its version (HV000001) at INFO through jboss-logging, which writes
     * to java.util.logging where no Logback or Log4j is found: a line on standard error of every
     * application that never asked for it. That one logger is raised to WARNING before the first
     * validator is built, unless the application set its level itself; held here, since
     * java.util.logging keeps loggers weakly. Not before: java.util.logging's start is a command's
     * start too, and a valid document on the quick path builds no validator.
     */
    private static volatile java.util.logging.Logger versionLine;

    private static void quietVersionLine() {
        if (versionLine == null) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
            if (logger.getLevel() == null) {
                logger.setLevel(java.util.logging.Level.WARNING);
            }
            versionLine = logger;
        }
    }

    /**
     * The pipeline's Hibernate Validator: {@code @Size} on texts counted by this class, Hibernate
     * Validator's own validators for everything else, {@code clock} for the "today" of {@code @Past},
     * and messages without expression language (findings carry their own).
     *
     * @throws NullPointerException if {@code clock} is null
     */
    public static Validator validator(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        quietVersionLine();
        HibernateValidatorConfiguration configuration = jakarta.validation.Validation
            .byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePointSize.class);
        return configuration.addMapping(mapping)
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> clock)
            .buildValidatorFactory()
            .getValidator();
    }
}
