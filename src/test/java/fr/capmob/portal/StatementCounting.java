package fr.capmob.portal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a page issues, for the tests that assert a constant number of statements as data grows
 * ({@code @Import(StatementCounting.class)}; every such test shares one application context). A proxy around the
 * application's DataSource counts every statement prepared or created on any of its connections, but only on the
 * thread being measured: Spring Session's scheduled clean-up of expired sessions runs on another thread, on the same
 * DataSource, whenever its minute comes.
 */
@TestConfiguration
public class StatementCounting {

    /** Statements counted since the last {@link #start()}. */
    public static final AtomicInteger STATEMENTS = new AtomicInteger();
    /** The SQL of the statements counted since the last {@link #start()} (those prepared with their text). */
    public static final List<String> SQL = Collections.synchronizedList(new ArrayList<>());
    /** The thread whose statements count (null: none). */
    public static volatile Thread counted;

    /** The statements issued by the action, on this thread. */
    public static int count(ThrowingAction action) throws Exception {
        start();
        try {
            action.run();
        } finally {
            counted = null;
        }
        return STATEMENTS.get();
    }

    /** Counts from now on, on this thread. */
    public static void start() {
        STATEMENTS.set(0);
        SQL.clear();
        counted = Thread.currentThread();
    }

    public interface ThrowingAction {
        void run() throws Exception;
    }

    @Bean
    static BeanPostProcessor countStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource) {
                    return proxy(DataSource.class, dataSource, (target, method, args) -> {
                        Object result = invoke(target, method, args);
                        return result instanceof Connection connection
                                ? proxy(Connection.class, connection, (c, m, a) -> {
                                    if ((m.getName().startsWith("prepare") || m.getName().equals("createStatement"))
                                            && Thread.currentThread() == counted) {
                                        STATEMENTS.incrementAndGet();
                                        if (a != null && a.length > 0 && a[0] instanceof String text) {
                                            SQL.add(text);
                                        }
                                    }
                                    return invoke(c, m, a);
                                })
                                : result;
                    });
                }
                return bean;
            }
        };
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
