package fr.capmob.portal.web;

import java.util.List;
import java.util.Set;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.ITemplateEnd;
import org.thymeleaf.model.ITemplateStart;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.templateboundaries.AbstractTemplateBoundariesProcessor;
import org.thymeleaf.processor.templateboundaries.ITemplateBoundariesStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Template expressions call methods through {@link CachedTypesMethodResolver}: when a page starts, the expression
 * context Thymeleaf made for it (one per page, as Spring's are not thread-safe) gets that resolver around its own.
 * Nothing else of the page changes; no attribute or prefix of this dialect appears in templates.
 */
@Component
class MethodCallsDialect extends AbstractProcessorDialect {

    MethodCallsDialect() {
        super("capmob-method-calls", "capmob-method-calls", 0);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new PageStart(TemplateMode.HTML), new PageStart(TemplateMode.XML), new PageStart(TemplateMode.TEXT));
    }

    /** Puts the resolver in place once per page (a fragment rendered alone, for htmx, is a page too). */
    private static final class PageStart extends AbstractTemplateBoundariesProcessor {

        PageStart(TemplateMode mode) {
            super(mode, 0);
        }

        @Override
        public void doProcessTemplateStart(ITemplateContext context, ITemplateStart start,
                                           ITemplateBoundariesStructureHandler handler) {
            Object evaluation = context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
            if (evaluation instanceof StandardEvaluationContext standard) {
                List<MethodResolver> resolvers = standard.getMethodResolvers();
                if (resolvers.size() == 1 && resolvers.get(0) instanceof ReflectiveMethodResolver reflective
                        && !(reflective instanceof CachedTypesMethodResolver)) {
                    standard.setMethodResolvers(List.of(new CachedTypesMethodResolver(reflective)));
                }
            }
        }

        @Override
        public void doProcessTemplateEnd(ITemplateContext context, ITemplateEnd end,
                                         ITemplateBoundariesStructureHandler handler) {
            // nothing to undo: the expression context ends with the page
        }
    }
}
