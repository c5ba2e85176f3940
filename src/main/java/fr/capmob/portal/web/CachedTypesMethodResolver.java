package fr.capmob.portal.web;

import java.util.List;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.spel.support.ReflectiveMethodExecutor;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;

/**
 * Finds a template expression's method as the resolver it wraps does (Thymeleaf's, which refuses the methods templates
 * must not call), then calls it through a {@link CachedTypesMethodExecutor}. A {@link ReflectiveMethodResolver} itself,
 * so that SpEL keeps each expression's method from one call to the next (it does so only for such a resolver).
 */
final class CachedTypesMethodResolver extends ReflectiveMethodResolver {

    private final ReflectiveMethodResolver resolver;

    CachedTypesMethodResolver(ReflectiveMethodResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public MethodExecutor resolve(EvaluationContext context, Object targetObject, String name,
                                  List<TypeDescriptor> argumentTypes) throws AccessException {
        MethodExecutor found = resolver.resolve(context, targetObject, name, argumentTypes);
        if (found instanceof ReflectiveMethodExecutor reflective && found.getClass() == ReflectiveMethodExecutor.class
                && !reflective.getMethod().isVarArgs()) {
            Class<?> type = targetObject instanceof Class<?> clazz ? clazz : targetObject.getClass();
            try {
                return new CachedTypesMethodExecutor(reflective.getMethod(), type);
            } catch (RuntimeException notAccessible) {
                // a method Java's modules keep closed: SpEL's own executor reports it when called, as it always did
                return found;
            }
        }
        return found;
    }
}
