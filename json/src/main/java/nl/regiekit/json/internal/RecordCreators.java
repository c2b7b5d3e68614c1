package nl.regiekit.json.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;

/**
 * Builds the model's records through their canonical constructors with one prepared method handle
 * each. Jackson calls a creator with arguments through {@code MethodHandle.invokeWithArguments},
 * which adapts the handle to the argument array anew on every call: for a document of a few
 * hundred records a tenth of the time of binding it. The handle here is adapted once, when the
 * record's deserializer is built. What a constructor throws is handled as Jackson handles it, so
 * a refused value gives the same binding error at the same path.
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
        try {
            MethodHandle handle = MethodHandles.lookup().unreflectConstructor(constructor)
                .asSpreader(Object[].class, constructor.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
            return new Prepared((StdValueInstantiator) instantiator, handle);
        } catch (IllegalAccessException e) {
            // A record this module may not call directly: Jackson's own way still works.
            return instantiator;
        }
    }

    /** Jackson's instantiator, but calling the constructor through the prepared handle. */
    private static final class Prepared extends StdValueInstantiator {

        private static final long serialVersionUID = 1L;

        private final transient MethodHandle constructor;

        Prepared(StdValueInstantiator base, MethodHandle constructor) {
            super(base);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] args) {
            try {
                return (Object) constructor.invokeExact(args);
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                return context.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(context, e));
            }
        }
    }
}
