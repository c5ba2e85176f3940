package fr.capmob.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Benchmark only (src/test/resources/bench/national-benchmark.sh): answers a request that carries
 * {@code X-Count-Statements: 1} with an {@code X-Statement-Count} header, the number of SQL statements prepared or
 * created on the request's thread, from the first filter to the last byte of the page (the session's own statements
 * included), an {@code X-Statement-Micros} header, the time its prepared statements took to execute, and an
 * {@code X-Cpu-Micros} header, the CPU time of the request's thread (steadier than a throughput on a shared machine).
 * <p>
 * Never active in the packaged jar nor in the test suite: the class is test scope, outside {@code fr.capmob.portal}
 * (no component scan finds it), and the benchmark adds it explicitly with
 * {@code --spring.main.sources=fr.capmob.bench.StatementCountHeader --spring.profiles.active=bench}. Requests without
 * the header (the throughput runs) are not buffered; their statements are not counted.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
public class StatementCountHeader {

    static final String ASK = "X-Count-Statements";
    static final String ANSWER = "X-Statement-Count";
    /** The time the request's statements took to execute, in microseconds (the driver reads the rows meanwhile). */
    static final String SQL_TIME = "X-Statement-Micros";
    /** The CPU time the request's thread spent from the first filter to the last byte of the buffered page (µs). */
    static final String CPU_TIME = "X-Cpu-Micros";

    /** The statements of the request being counted on this thread, and their execution time in ns (null: not counting). */
    private static final ThreadLocal<long[]> COUNTED = new ThreadLocal<>();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Bean
    static BeanPostProcessor countStatementsOfCountedRequests() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? countingDataSource(dataSource) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> statementCountFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new CountFilter());
        // outside Spring Session's filter, so the session's reads and writes count too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Counts the statements of a request that asks for it; the page is buffered so the header can follow it. */
    static final class CountFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getHeader(ASK) == null) {
                chain.doFilter(request, response);
                return;
            }
            long[] statements = new long[2];
            ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
            COUNTED.set(statements);
            long cpuStart = CPU.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, buffered);
            } finally {
                COUNTED.remove();
            }
            buffered.setHeader(CPU_TIME, Long.toString((CPU.getCurrentThreadCpuTime() - cpuStart) / 1000));
            buffered.setHeader(ANSWER, Long.toString(statements[0]));
            buffered.setHeader(SQL_TIME, Long.toString(statements[1] / 1000));
            buffered.copyBodyToResponse();
        }
    }

    static DataSource countingDataSource(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? countingConnection(connection) : result;
        });
    }

    private static Connection countingConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            long[] statements = COUNTED.get();
            if (statements == null || !(method.getName().startsWith("prepare") || method.getName().equals("createStatement"))) {
                return invoke(target, method, args);
            }
            statements[0]++;
            Object statement = invoke(target, method, args);
            return statement instanceof PreparedStatement prepared && !(statement instanceof CallableStatement)
                    ? proxy(PreparedStatement.class, prepared, StatementCountHeader::timed)
                    : statement;
        });
    }

    /** Runs a statement's method, adding the time of its executions to the request's. */
    private static Object timed(Object target, Method method, Object[] args) throws Throwable {
        long[] statements = COUNTED.get();
        if (statements == null || !method.getName().startsWith("execute")) {
            return invoke(target, method, args);
        }
        long start = System.nanoTime();
        try {
            return invoke(target, method, args);
        } finally {
            statements[1] += System.nanoTime() - start;
        }
    }

    private interface Call {
        Object call(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> call.call(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
