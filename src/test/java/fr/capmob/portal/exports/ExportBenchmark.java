package fr.capmob.portal.exports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * Benchmark of the Beneficiary Module export (not a unit test): builds a scratch database with 100,000 confirmed
 * mobilities and their grants (SQL generate_series), starts the portal on it with {@code -Xmx256m}, signs in as the
 * bootstrap coordinator and downloads the file as CSV and XLSX, printing the time, the size and the peak heap used
 * (sampled every 100 ms with {@code jstat -gc} while the download runs; the GC log is kept in target/).
 *
 * <p>Run (see the README): {@code ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/cp.txt}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.capmob.portal.exports.ExportBenchmark}.
 * Options (system properties): {@code bench.server} (default jdbc:postgresql://127.0.0.1:5432), {@code bench.user}
 * (postgres), {@code bench.password} (empty), {@code bench.database} (cap_exports_bench, dropped and created),
 * {@code bench.mobilities} (100000), {@code bench.port} (8103), {@code bench.heap} (256m).
 */
public final class ExportBenchmark {

    private static final String EMAIL = "bench.coordinator@capmob.example";
    private static final String PASSWORD = "Benchmark-Export-2026";

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String server = System.getProperty("bench.server", "jdbc:postgresql://127.0.0.1:5432");
        String user = System.getProperty("bench.user", "postgres");
        String password = System.getProperty("bench.password", "");
        String database = System.getProperty("bench.database", "cap_exports_bench");
        int mobilities = Integer.parseInt(System.getProperty("bench.mobilities", "100000"));
        int port = Integer.parseInt(System.getProperty("bench.port", "8103"));
        String heap = System.getProperty("bench.heap", "256m");
        String url = server + "/" + database;

        try (Connection admin = DriverManager.getConnection(server + "/postgres", user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        Path gcLog = Path.of("target", "export-benchmark-gc.log").toAbsolutePath();
        Files.createDirectories(gcLog.getParent());
        Path appLog = Path.of("target", "export-benchmark-app.log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-cp", portalClassPath(),
                "fr.capmob.portal.PortalApplication", "--server.port=" + port);
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", user);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", password);
        builder.environment().put("PORTAL_BOOTSTRAP_ADMIN_EMAIL", EMAIL);
        builder.environment().put("PORTAL_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(appLog.toFile());
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            waitUntilUp(http, base, app);
            System.out.printf("portal up (-Xmx%s, migrations on an empty database) in %.1f s%n",
                    heap, (System.nanoTime() - started) / 1e9);

            long generating = System.nanoTime();
            long project;
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                project = generate(connection, mobilities);
            }
            System.out.printf("generated %,d mobilities with grants in %.1f s%n", mobilities, (System.nanoTime() - generating) / 1e9);

            signIn(http, base);
            for (String format : List.of("csv", "xlsx", "csv", "xlsx")) {
                long logFrom = Files.size(gcLog);
                download(http, base + "/exports/beneficiary-module?project=" + project + "&format=" + format, format, app.pid());
                int[] peaks = gcPeaks(gcLog, logFrom);
                System.out.printf("     GC log during the download: %d collections, heap at most %d MB before a collection, "
                        + "at most %d MB live after one%n", peaks[2], peaks[0], peaks[1]);
            }
            System.out.println("GC log: " + gcLog + "; portal log: " + appLog);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    /** The benchmark's class path without the test classes (the portal runs as in production). */
    private static String portalClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static void waitUntilUp(HttpClient http, String base, Process app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the portal stopped: see target/export-benchmark-app.log");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the portal did not start in 6 minutes");
    }

    /** Schools, a 2019 project, one student and one confirmed mobility with its grant per row; returns the project id. */
    static long generate(Connection connection, int count) throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    insert into school (name, uai, city, city_id, experience, oid)
                    select 'Lycée d’export ' || i, d || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (d::int % 23) + 1, 1), 'Paris',
                           (select min(id) from city where name = 'Paris' and country = 'FR'), 'EXPERIENCED',
                           'E' || lpad((90000000 + i)::text, 8, '0')
                    from generate_series(1, 33) i, lateral (select '0759' || lpad(i::text, 3, '0') as d) x
                    """);
            sql.execute("""
                    insert into project (number, title, generation, call_year, action, national_agency, start_date, end_date,
                                         status, granted_travel, granted_individual_support, granted_organisational_support)
                    values ('2019-1-FR01-KA102-047999', 'Benchmark consortium', 'G2014_2020', 2019, 'KA102', 'FR01',
                            date '2019-06-01', date '2021-05-31', 'RUNNING', 30000000, 120000000, 35000000)
                    """);
            sql.execute("insert into project_school (project_id, school_id) select p.id, s.id from project p, school s");
            sql.execute("""
                    insert into host_organisation (legal_name, normalised_name, type, country, city_id, oid)
                    values ('Berliner Modehaus GmbH', 'berliner modehaus', 'COMPANY', 'DE',
                            (select min(id) from city where name = 'Berlin' and country = 'DE'), 'E99999999')
                    """);
            sql.execute("""
                    insert into student (school_id, last_name, first_name, normalised_last_name, normalised_first_name,
                                         birth_date, gender, nationality, email, qualification_level, specialty, fewer_opportunities)
                    select (select min(id) from school) + i % 33, 'Élève' || i, 'Zoé', 'eleve' || i, 'zoe',
                           date '2001-01-01' + i % 1500, case when i % 2 = 0 then 'F' else 'M' end, 'FR',
                           'eleve' || i || '@example.fr', case when i % 3 = 0 then 'CAP' else 'BAC_PRO' end,
                           'Métiers de la mode', i % 4 = 0
                    from generate_series(1, %d) i
                    """.replace("%d", String.valueOf(count)));
            sql.execute("""
                    insert into mobility (project_id, reference, activity_type, student_id, sending_school_id, host_id,
                                          destination_city_id, start_date, end_date, travel_days_before, travel_days_after,
                                          transport, status)
                    select (select id from project), lpad((47000 + n / 100000)::text, 6, '0') || '-MOB-' || lpad((n %% 100000)::text, 5, '0'),
                           'LM_SHORT_VET', s.id, s.school_id, (select id from host_organisation),
                           (select min(id) from city where name = 'Berlin' and country = 'DE'),
                           date '2019-09-01' + (n %% 400)::int, date '2019-09-01' + (n %% 400)::int + 20, 1, 1,
                           case when n %% 5 = 0 then 'TRAIN' else 'PLANE' end, 'CONFIRMED'
                    from (select id, school_id, row_number() over (order by id) as n from student) s
                    """.replace("%d", String.valueOf(count)).replace("%%", "%"));
            sql.execute("""
                    insert into mobility_grant (mobility_id, rate_table_id, frozen, departure_city_id, distance_km, band_from_km,
                        band_to_km, green_travel, funded_travel_days, funded_days, travel_support, individual_support,
                        organisational_support, total, lines, computed_at, computed_by)
                    select m.id, (select min(id) from rate_table), true, (select min(id) from city where name = 'Paris' and country = 'FR'),
                           878, 500, 1999, m.transport = 'TRAIN', 2, 23, 275, 23 * 80, 350, 275 + 23 * 80 + 350, '[]'::jsonb,
                           now(), 'benchmark'
                    from mobility m
                    """);
            sql.execute("analyze");
            try (var rs = sql.executeQuery("select id from project")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void signIn(HttpClient http, String base) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "email=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
        }
    }

    private static void download(HttpClient http, String url, String format, long pid) throws Exception {
        HeapSampler sampler = new HeapSampler(pid);
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(format + ": HTTP " + response.statusCode());
        }
        long bytes;
        long rows;
        if (format.equals("csv")) {
            long[] counted = countCsv(response.body());
            bytes = counted[0];
            rows = counted[1] - 1;
        } else {
            long[] counted = countXlsx(response.body());
            bytes = counted[0];
            rows = counted[1] - 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.stopSampling();
        System.out.printf("%-4s %,9d rows  %,12d bytes  %6.1f s  peak heap used %5.1f MB (samples: %d)%n", format.toUpperCase(),
                rows, bytes, seconds, sampler.peakKb() / 1024.0, sampler.samples());
    }

    private static long[] countCsv(InputStream in) throws IOException {
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[65536];
        try (in) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {bytes, lines};
    }

    /** Saves the XLSX to a temporary file, then counts the sheet's rows ({@code <row } elements) from the zip. */
    private static long[] countXlsx(InputStream in) throws IOException {
        Path file = Files.createTempFile("export-benchmark", ".xlsx");
        try {
            try (in) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            long rows = 0;
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(sheet), StandardCharsets.UTF_8))) {
                    char[] chunk = new char[65536];
                    String carry = "";
                    int read;
                    while ((read = reader.read(chunk)) > 0) {
                        String text = carry + new String(chunk, 0, read);
                        int from = 0;
                        while ((from = text.indexOf("<row ", from)) >= 0) {
                            rows++;
                            from += 5;
                        }
                        carry = text.substring(Math.max(0, text.length() - 4));
                    }
                }
            }
            return new long[] {Files.size(file), rows};
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** From the GC log lines added since {@code from}: the highest heap before a collection and after one, in MB. */
    static int[] gcPeaks(Path gcLog, long from) throws IOException {
        byte[] all = Files.readAllBytes(gcLog);
        String added = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
        Matcher pause = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(added);
        int before = 0;
        int after = 0;
        int collections = 0;
        while (pause.find()) {
            before = Math.max(before, Integer.parseInt(pause.group(1)));
            after = Math.max(after, Integer.parseInt(pause.group(2)));
            collections++;
        }
        return new int[] {before, after, collections};
    }

    /** Samples the portal's heap every 100 ms with {@code jstat -gc}: used = S0U + S1U + EU + OU. */
    private static final class HeapSampler extends Thread {
        private final long pid;
        private volatile boolean running = true;
        private volatile double peakKb;
        private volatile int samples;
        private Process jstat;

        HeapSampler(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                        String.valueOf(pid), "100").redirectErrorStream(true).start();
                BufferedReader reader = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8));
                String header = reader.readLine();
                List<String> names = List.of(header.trim().split("\\s+"));
                String line;
                while (running && (line = reader.readLine()) != null) {
                    String[] values = line.trim().split("\\s+");
                    if (values.length != names.size() || values[0].equals(names.get(0))) {
                        continue;
                    }
                    double used = 0;
                    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                        used += Double.parseDouble(values[names.indexOf(column)]);
                    }
                    peakKb = Math.max(peakKb, used);
                    samples++;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void stopSampling() throws InterruptedException {
            Thread.sleep(150);
            running = false;
            if (jstat != null) {
                jstat.destroy();
            }
            join(2000);
        }

        double peakKb() {
            return peakKb;
        }

        int samples() {
            return samples;
        }
    }
}
