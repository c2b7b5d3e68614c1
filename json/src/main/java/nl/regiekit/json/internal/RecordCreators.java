package nl.regiekit.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Builds the model's records through their canonical constructors by reflection. Jackson calls a
 * creator with arguments through {@code MethodHandle.invokeWithArguments}, which adapts the handle
 * to the argument array anew on every call: for a document of a few hundred records a tenth of the
 * time of binding it. A handle adapted once per record ({@code asSpreader}) spins a few hundred
 * lambda-form classes at start-up, which no class-data archive holds; reflection's constructor
 * accessor takes the argument array as it is. What a constructor throws is handled as Jackson
 * handles it, so a refused value gives the same binding error at the same path.
 */
public final class RecordCreators implements ValueInstantiators {

    /** Creates the provider. */
    public RecordCreators() {
    }

    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier description) {
        return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier description,
                                                     ValueInstantiator instantiator) {
        if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()
            || !(instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator)
            || !creator.getDeclaringClass().isRecord()) {
            return instantiator;
        }
        Constructor<?> constructor = creator.getAnnotated();
        // A record this module may not call directly: Jackson's own way still works.
        return constructor.trySetAccessible() ? new Prepared((StdValueInstantiator) instantiator, constructor)
            : instantiator;
    }

    /** Jackson's instantiator, but calling the constructor by reflection with the arguments as they are. */
    private static final class Prepared extends StdValueInstantiator {

        private static final long serialVersionUID = 1L;

        private final transient Constructor<?> constructor;

        Prepared(StdValueInstantiator base, Constructor<?> constructor) {
            super(base);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                return context.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(context, e.getCause()));
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                return context.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(context, e));
            }
        }
    }
}
