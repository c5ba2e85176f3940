package fr.capmob.portal.web;

import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #amounts} in templates: {@code ${#amounts.format(x)}} writes an amount with two decimals in the page's
 * language ("1 234,50", "1,234.50"), as {@code #numbers.formatDecimal(x, 1, 'DEFAULT', 2, 'DEFAULT')} did, without
 * building a number format for every amount of a page (a budget page writes a few hundred);
 * {@code ${#amounts.text('budget.money', x)}} writes it in a message ("1 234,50 €") without formatting the message
 * for each amount.
 */
@Component
class AmountsDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "amounts";

    private final AmountMessages messages;

    AmountsDialect(MessageSource messages) {
        super("capmob-amounts");
        this.messages = new AmountMessages(messages);
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
                return new TemplateAmounts(context.getLocale(), messages);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
