package fr.capmob.portal.mobility;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule a change breaks, reported at once: each problem names its form field (null: the whole mobility), its
 * i18n key and arguments, as a {@link MobilityRuleException} does for one. It is itself the first of them, so a
 * caller that shows one refusal still shows a true one.
 */
public class MobilityProblems extends MobilityRuleException {

    private final List<MobilityRuleException> problems;

    MobilityProblems(List<MobilityRuleException> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<MobilityRuleException> problems() {
        return problems;
    }

    /** Collects the problems of one check; {@link #throwIfAny()} ends it. */
    static final class Collector {

        private final List<MobilityRuleException> found = new ArrayList<>();

        void add(String field, String messageKey, Object... args) {
            found.add(new MobilityRuleException(field, messageKey, args));
        }

        void add(MobilityRuleException problem) {
            found.add(problem);
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        boolean has(String field) {
            return found.stream().anyMatch(p -> field.equals(p.field()));
        }

        List<MobilityRuleException> list() {
            return List.copyOf(found);
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new MobilityProblems(found);
            }
        }
    }
}
