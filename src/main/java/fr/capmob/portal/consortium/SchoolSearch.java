package fr.capmob.portal.consortium;

import fr.capmob.portal.shared.ListQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/**
 * The schools list query: search, filters, sort and pagination all in SQL, one select of the page's rows
 * (a projection, no entity) plus one count, however many schools there are.
 */
@Repository
class SchoolSearch {

    /** Sort keys of the page → JPQL expressions (the only ones accepted). */
    static final Map<String, String> SORT_KEYS = Map.of("name", "name", "uai", "uai", "city", "city");
    private static final Map<String, String> ORDER_EXPRESSIONS = Map.of(
            "name", "lower(s.name)", "uai", "s.uai", "city", "lower(s.city)", "id", "s.id");

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * @param onlySchoolId the one school the user may see, or null for the whole consortium
     */
    Page<SchoolSummary> find(Long onlySchoolId, SchoolFilter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (onlySchoolId != null) {
            where.append(" and s.id = :onlySchoolId");
            parameters.put("onlySchoolId", onlySchoolId);
        }
        String pattern = ListQuery.searchPattern(withoutAccents(filter.search()));
        if (pattern != null) {
            where.append(" and (cast(portal_unaccent(lower(s.name)) as String) like :pattern or lower(s.uai) like :pattern"
                    + " or cast(portal_unaccent(lower(s.city)) as String) like :pattern)");
            parameters.put("pattern", pattern);
        }
        if (filter.experience() != null) {
            where.append(" and s.experience = :experience");
            parameters.put("experience", filter.experience());
        }
        if (filter.level() != null) {
            where.append(" and :level member of s.levels");
            parameters.put("level", filter.level());
        }
        if (filter.field() != null) {
            where.append(" and :field member of s.fields");
            parameters.put("field", filter.field());
        }
        TypedQuery<SchoolSummary> rows = entityManager.createQuery(
                "select new fr.capmob.portal.consortium.SchoolSummary(s.id, s.name, s.uai, s.city, s.experience)"
                        + " from School s" + where + orderBy(pageable.getSort()), SchoolSummary.class);
        parameters.forEach(rows::setParameter);
        rows.setFirstResult((int) pageable.getOffset());
        rows.setMaxResults(pageable.getPageSize());
        return PageableExecutionUtils.getPage(rows.getResultList(), pageable, () -> {
            TypedQuery<Long> count = entityManager.createQuery("select count(s) from School s" + where, Long.class);
            parameters.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    private static String orderBy(Sort sort) {
        StringJoiner order = new StringJoiner(", ", " order by ", "");
        for (Sort.Order item : sort) {
            String expression = ORDER_EXPRESSIONS.get(item.getProperty());
            if (expression == null) {
                throw new IllegalArgumentException("not a sort key of the schools list: " + item.getProperty());
            }
            order.add(expression + (item.isAscending() ? " asc" : " desc"));
        }
        return order.length() == " order by ".length() ? " order by s.id" : order.toString();
    }

    /** "Lycée Émile" → "Lycee Emile": the database compares with portal_unaccent() on its side. */
    static String withoutAccents(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
