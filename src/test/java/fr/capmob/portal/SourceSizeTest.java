package fr.capmob.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.CallableDeclaration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small pieces with names: no main source file above 300 lines, no method or constructor above 40. */
class SourceSizeTest {

    static final int MAX_FILE_LINES = 300;
    static final int MAX_METHOD_LINES = 40;

    @Test
    void noMainFileIsLongerThan300Lines() {
        List<String> tooLong = MainSources.all().stream()
                .filter(source -> source.lines().size() > MAX_FILE_LINES)
                .map(source -> source.path() + " (" + source.lines().size() + " lines)")
                .toList();
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noMethodIsLongerThan40Lines() {
        List<String> tooLong = MainSources.all().stream()
                .flatMap(source -> source.unit().findAll(CallableDeclaration.class).stream()
                        .filter(method -> lines(method) > MAX_METHOD_LINES)
                        .map(method -> source.path() + " " + method.getNameAsString() + " (" + lines(method) + " lines)"))
                .toList();
        assertThat(tooLong).isEmpty();
    }

    /** Lines from the signature (annotations included, the Javadoc not) to the closing brace. */
    static int lines(CallableDeclaration<?> method) {
        return method.getRange().map(range -> range.end.line - range.begin.line + 1).orElse(0);
    }
}
