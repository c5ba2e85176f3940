package fr.capmob.portal.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #amounts} in templates: {@code ${#amounts.format(x)}} writes an amount with two decimals in the page's
 * language ("1 234,50", "1,234.50"), as {@code #numbers.formatDecimal(x, 1, 'DEFAULT', 2, 'DEFAULT')} did, without
 * building a number format for every amount of a page (a budget page writes a few hundred).
 */
@Component
class AmountsDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "amounts";

    AmountsDialect() {
        super("capmob-amounts");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new TemplateAmounts(context.getLocale());
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
