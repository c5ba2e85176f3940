package fr.capmob.portal.budget.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code allocation:cell="${c}"} on an input of the allocation grid writes its attributes from the grid's
 * {@link AllocationRow.Cell}: class, id, name, value, item, labels and read-only state, HTML-escaped as Thymeleaf's
 * own attributes are. One expression per cell instead of seven: the grid's 100 cells made 700 of the page's 1,100
 * template expressions, and evaluating them was most of the page's time.
 */
@Component
class AllocationCellDialect extends AbstractProcessorDialect {

    AllocationCellDialect() {
        super("capmob-allocation", "allocation", StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        // the xmlns:allocation declaration of a template is not written to the page
        return Set.of(new CellInput(dialectPrefix), new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
    }

    private static final class CellInput extends AbstractAttributeTagProcessor {

        CellInput(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, "input", false, "cell", true,
                    StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structure) {
            AllocationRow.Cell cell = (AllocationRow.Cell) StandardExpressions
                    .getExpressionParser(context.getConfiguration()).parseExpression(context, attributeValue)
                    .execute(context);
            set(structure, "class", cell.inputClass());
            set(structure, "id", cell.inputId());
            set(structure, "name", cell.name());
            set(structure, "value", cell.value());
            set(structure, "data-item", cell.item().name());
            set(structure, "aria-labelledby", cell.labelledBy());
            set(structure, "readonly", cell.readonly() ? "readonly" : null);
        }

        /** Sets the attribute, escaped; no attribute for a null value (an empty input, an editable one). */
        private static void set(IElementTagStructureHandler structure, String name, String value) {
            if (value != null) {
                structure.setAttribute(name, HtmlEscape.escapeHtml4Xml(value));
            }
        }
    }
}
