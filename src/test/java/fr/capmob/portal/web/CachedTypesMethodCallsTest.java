package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectiveMethodResolver;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Template method calls through {@link CachedTypesMethodResolver} give what SpEL's own calls give: the same values,
 * the same result types, the same argument conversions and errors; and Thymeleaf still refuses the calls it refuses.
 */
class CachedTypesMethodCallsTest {

    public record Row(String name, LocalDate start) {

        public int twice(int n) {
            return 2 * n;
        }

        public Object either(boolean text) {
            return text ? name : start;
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String failing() {
            throw new IllegalStateException("no reference yet");
        }
    }

    private static final Row ROW = new Row("Léa", LocalDate.of(2027, 3, 1));
    private final SpelExpressionParser parser = new SpelExpressionParser();

    private static EvaluationContext plain() {
        return new StandardEvaluationContext(ROW);
    }

    private static EvaluationContext cached() {
        StandardEvaluationContext context = new StandardEvaluationContext(ROW);
        context.setMethodResolvers(List.of(new CachedTypesMethodResolver(new ReflectiveMethodResolver())));
        return context;
    }

    @Test
    void valuesAndResultTypesAreThoseOfSpelsOwnCallsAtEveryCall() {
        for (String text : List.of("name()", "start()", "twice(21)", "either(true)", "either(false)", "joined('a', 'b')")) {
            Expression expression = parser.parseExpression(text);
            Expression same = parser.parseExpression(text);
            for (int call = 0; call < 3; call++) {
                assertThat(expression.getValue(cached())).as(text).isEqualTo(same.getValue(plain()));
                assertThat(expression.getValueTypeDescriptor(cached())).as(text)
                        .isEqualTo(same.getValueTypeDescriptor(plain()));
            }
        }
        assertThat(parser.parseExpression("either(false)").getValue(cached())).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void argumentsAreConvertedAsSpelConvertsThem() {
        assertThat(parser.parseExpression("twice('21')").getValue(cached())).isEqualTo(42);
        assertThatThrownBy(() -> parser.parseExpression("twice('vingt')").getValue(cached()))
                .isInstanceOf(SpelEvaluationException.class);
    }

    @Test
    void aMethodThatThrowsGivesTheSameErrorAsWithSpelsOwnCalls() {
        assertThatThrownBy(() -> parser.parseExpression("failing()").getValue(cached()))
                .isInstanceOf(IllegalStateException.class).hasMessage("no reference yet");
        assertThatThrownBy(() -> parser.parseExpression("failing()").getValue(plain()))
                .isInstanceOf(IllegalStateException.class).hasMessage("no reference yet");
    }

    @Test
    void aPageGetsTheResolverAndThymeleafStillRefusesWhatItRefuses() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.addDialect(new MethodCallsDialect());
        ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(new StaticApplicationContext(), null);
        Context context = new Context(Locale.FRANCE);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
        context.setVariable("m", ROW);

        assertThat(engine.process("<p th:text=\"${m.name() + ' ' + m.twice(2)}\">x</p>", context)).isEqualTo("<p>Léa 4</p>");
        assertThat(evaluation.getMethodResolvers()).singleElement().isInstanceOf(CachedTypesMethodResolver.class);
        assertThatThrownBy(() -> engine.process("<p th:text=\"${''.getClass().forName('java.lang.Runtime')}\">x</p>", context))
                .isInstanceOf(TemplateProcessingException.class);
    }
}
