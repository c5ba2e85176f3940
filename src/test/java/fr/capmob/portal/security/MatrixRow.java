package fr.capmob.portal.security;

import java.util.EnumMap;
import java.util.Map;

/**
 * One endpoint, called on one concrete path, with the outcome expected for each actor.
 *
 * @param method  GET or POST
 * @param pattern the handler-mapping pattern it covers, e.g. {@code /schools/{id}}
 * @param path    the concrete path requested, e.g. {@code /schools/12}
 * @param params  form parameters sent with a POST (may be empty: the form is then invalid, which is fine)
 */
public record MatrixRow(String method, String pattern, String path, Map<String, String> params,
                        Map<Actor, Outcome> expected) {

    public static Builder get(String pattern, String path) {
        return new Builder("GET", pattern, path);
    }

    public static Builder post(String pattern, String path) {
        return new Builder("POST", pattern, path);
    }

    public static final class Builder {
        private final String method;
        private final String pattern;
        private final String path;
        private Map<String, String> params = Map.of();
        private final Map<Actor, Outcome> expected = new EnumMap<>(Actor.class);

        private Builder(String method, String pattern, String path) {
            this.method = method;
            this.pattern = pattern;
            this.path = path;
        }

        public Builder params(Map<String, String> params) {
            this.params = params;
            return this;
        }

        public Builder expect(Actor actor, Outcome outcome) {
            expected.put(actor, outcome);
            return this;
        }

        /** Anonymous → LOGIN; every signed-in actor gets {@code outcome}. */
        public Builder everyoneSignedIn(Outcome outcome) {
            expected.put(Actor.ANONYMOUS, Outcome.LOGIN);
            for (Actor actor : Actor.values()) {
                if (actor != Actor.ANONYMOUS) {
                    expected.put(actor, outcome);
                }
            }
            return this;
        }

        /** Anonymous → LOGIN; coordinator → {@code outcome}; every other role → FORBIDDEN. */
        public Builder coordinatorOnly(Outcome outcome) {
            everyoneSignedIn(Outcome.FORBIDDEN);
            expected.put(Actor.COORDINATOR, outcome);
            return this;
        }

        public MatrixRow build() {
            if (expected.size() != Actor.values().length) {
                throw new IllegalStateException("row " + method + " " + path + " does not say what every actor gets");
            }
            return new MatrixRow(method, pattern, path, params, Map.copyOf(expected));
        }
    }
}
