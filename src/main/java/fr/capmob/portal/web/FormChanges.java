package fr.capmob.portal.web;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * Compares two form objects property by property: after a concurrent edit, the page lists the fields someone
 * else changed since the user opened the form, with the value now stored.
 */
public final class FormChanges {

    public record Change(String field, Object storedValue) {
    }

    private static final Set<String> IGNORED = Set.of("version", "id", "class");

    private FormChanges() {
    }

    public static List<Change> between(Object submitted, Object stored) {
        if (submitted.getClass() != stored.getClass()) {
            throw new IllegalArgumentException("forms of different types");
        }
        BeanWrapper mine = new BeanWrapperImpl(submitted);
        BeanWrapper theirs = new BeanWrapperImpl(stored);
        List<Change> changes = new ArrayList<>();
        for (PropertyDescriptor property : mine.getPropertyDescriptors()) {
            String name = property.getName();
            if (IGNORED.contains(name) || property.getReadMethod() == null) {
                continue;
            }
            Object storedValue = theirs.getPropertyValue(name);
            if (!Objects.equals(normalise(mine.getPropertyValue(name)), normalise(storedValue))) {
                changes.add(new Change(name, storedValue));
            }
        }
        return changes;
    }

    private static Object normalise(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.trim();
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros();
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty() ? null : Set.copyOf(collection);
        }
        return value;
    }
}
