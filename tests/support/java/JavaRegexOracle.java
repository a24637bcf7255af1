/*
 * The oracle for what an AWS `@pattern` means: java.util.regex itself, as AWS's validators run it.
 * Test-only; the product never calls Java. Run as a single source file (`java JavaRegexOracle.java`),
 * fed one JSON request per line on stdin, answering one JSON line each, so a whole batch costs one
 * JVM start. Requests (see oracle.ts for the TypeScript side):
 *
 *   {"pattern": p, "strings": [s...]}  -> {"find": [b...]}      Pattern.compile(p).matcher(s).find()
 *                                      or {"error": description, "index": i, "message": m}
 *                                      or {"crash": exception} when java.util.regex itself fails
 *   {"pattern": p, "sweep": true}      -> {"ranges": [[lo, hi]...]}  code points c with matches(p, c)
 *   {"table": "defined"}               -> {"ranges": [...]}      Character.isDefined
 *   {"table": "upper"|"lower"}         -> {"pairs": [[c, m]...]} Character.toUpperCase/toLowerCase(c) != c
 *   {"table": "blocks"}                -> {"blocks": [[name, lo, hi, [aliases...]]...]}
 *   {"table": "scripts"}               -> {"scripts": [[name, [aliases...]]...]}
 */
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class JavaRegexOracle {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            StringBuilder sb = new StringBuilder();
            try {
                answer(new Json(line).value(), sb);
            } catch (PatternCrash e) {
                // java.util.regex itself fails (a JDK bug, e.g. a NullPointerException on some `&&` forms)
                sb.setLength(0);
                sb.append("{\"crash\":");
                str(sb, e.getCause().toString());
                sb.append('}');
            } catch (RuntimeException e) {
                sb.setLength(0);
                sb.append("{\"failure\":");
                str(sb, e.toString());
                sb.append('}');
            }
            out.println(sb);
        }
        out.flush();
    }

    @SuppressWarnings("unchecked")
    static void answer(Object request, StringBuilder sb) {
        Map<String, Object> r = (Map<String, Object>) request;
        if (r.containsKey("table")) {
            table((String) r.get("table"), sb);
            return;
        }
        String pattern = (String) r.get("pattern");
        try {
            answerPattern(pattern, r, sb);
        } catch (PatternSyntaxException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PatternCrash(e);
        }
    }

    /** java.util.regex failed with something other than a PatternSyntaxException. */
    static final class PatternCrash extends RuntimeException {
        PatternCrash(RuntimeException cause) {
            super(cause);
        }
    }

    @SuppressWarnings("unchecked")
    static void answerPattern(String pattern, Map<String, Object> r, StringBuilder sb) {
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            sb.append("{\"error\":");
            str(sb, e.getDescription());
            sb.append(",\"index\":").append(e.getIndex()).append(",\"message\":");
            str(sb, e.getMessage());
            sb.append('}');
            return;
        }
        if (Boolean.TRUE.equals(r.get("sweep"))) {
            // One find() pass over every code point but the surrogates (which would pair up), then
            // each surrogate alone. The pattern must match exactly one code point.
            List<int[]> ranges = new ArrayList<>();
            Matcher m = p.matcher("");
            for (int c = 0xd800; c <= 0xdfff; c++) {
                if (m.reset(String.valueOf((char) c)).matches()) add(ranges, c);
            }
            Matcher all = p.matcher(everyCodePoint());
            while (all.find()) {
                int c = everyCodePoint().codePointAt(all.start());
                if (all.end() - all.start() == Character.charCount(c)) add(ranges, c);
            }
            ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] x : ranges) for (int c = x[0]; c <= x[1]; c++) add(merged, c);
            sb.append("{\"ranges\":");
            ranges(sb, merged);
            sb.append('}');
            return;
        }
        List<Object> strings = (List<Object>) r.get("strings");
        sb.append("{\"find\":[");
        Matcher m = p.matcher("");
        for (int i = 0; i < strings.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(m.reset((String) strings.get(i)).find());
        }
        sb.append("]}");
    }

    static void table(String name, StringBuilder sb) {
        switch (name) {
            case "defined": {
                List<int[]> ranges = new ArrayList<>();
                for (int c = 0; c <= Character.MAX_CODE_POINT; c++) if (Character.isDefined(c)) add(ranges, c);
                sb.append("{\"ranges\":");
                ranges(sb, ranges);
                sb.append('}');
                return;
            }
            case "upper":
            case "lower": {
                sb.append("{\"pairs\":[");
                boolean first = true;
                for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                    int m = name.equals("upper") ? Character.toUpperCase(c) : Character.toLowerCase(c);
                    if (m == c) continue;
                    if (!first) sb.append(',');
                    first = false;
                    sb.append('[').append(c).append(',').append(m).append(']');
                }
                sb.append("]}");
                return;
            }
            case "blocks": {
                Map<Character.UnicodeBlock, int[]> spans = new LinkedHashMap<>();
                for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
                    if (b == null) continue;
                    int[] s = spans.get(b);
                    if (s == null) spans.put(b, new int[] {c, c});
                    else s[1] = c;
                }
                Map<Character.UnicodeBlock, TreeSet<String>> names = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : privateMap(Character.UnicodeBlock.class, "map").entrySet()) {
                    names.computeIfAbsent((Character.UnicodeBlock) e.getValue(), k -> new TreeSet<>()).add(e.getKey());
                }
                sb.append("{\"blocks\":[");
                boolean first = true;
                for (Map.Entry<Character.UnicodeBlock, int[]> e : spans.entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    sb.append('[');
                    str(sb, e.getKey().toString());
                    sb.append(',').append(e.getValue()[0]).append(',').append(e.getValue()[1]).append(',');
                    strs(sb, names.getOrDefault(e.getKey(), new TreeSet<>()));
                    sb.append(']');
                }
                sb.append("]}");
                return;
            }
            case "scripts": {
                Map<Character.UnicodeScript, TreeSet<String>> names = new TreeMap<>();
                for (Character.UnicodeScript s : Character.UnicodeScript.values()) names.put(s, new TreeSet<>());
                for (Map.Entry<String, Object> e : privateMap(Character.UnicodeScript.class, "aliases").entrySet()) {
                    names.get((Character.UnicodeScript) e.getValue()).add(e.getKey());
                }
                sb.append("{\"scripts\":[");
                boolean first = true;
                for (Map.Entry<Character.UnicodeScript, TreeSet<String>> e : names.entrySet()) {
                    if (!first) sb.append(',');
                    first = false;
                    sb.append('[');
                    str(sb, e.getKey().name());
                    sb.append(',');
                    strs(sb, e.getValue());
                    sb.append(']');
                }
                sb.append("]}");
                return;
            }
            default:
                throw new IllegalArgumentException("unknown table " + name);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> privateMap(Class<?> owner, String field) {
        try {
            Field f = owner.getDeclaredField(field);
            f.setAccessible(true);
            return (Map<String, Object>) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String every;

    static String everyCodePoint() {
        if (every == null) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) if (c < 0xd800 || c > 0xdfff) b.appendCodePoint(c);
            every = b.toString();
        }
        return every;
    }

    static void add(List<int[]> ranges, int c) {
        int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
        if (last != null && last[1] == c - 1) last[1] = c;
        else ranges.add(new int[] {c, c});
    }

    static void ranges(StringBuilder sb, List<int[]> ranges) {
        sb.append('[');
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('[').append(ranges.get(i)[0]).append(',').append(ranges.get(i)[1]).append(']');
        }
        sb.append(']');
    }

    static void strs(StringBuilder sb, Iterable<String> values) {
        sb.append('[');
        boolean first = true;
        for (String v : values) {
            if (!first) sb.append(',');
            first = false;
            str(sb, v);
        }
        sb.append(']');
    }

    /** A JSON string; every non-ASCII UTF-16 unit escaped, so lone surrogates survive. */
    static void str(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        sb.append('"');
    }

    /** Just enough JSON for the requests: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(i) == '}') { i++; return m; }
                    for (;;) {
                        ws();
                        String k = string();
                        ws();
                        expect(':');
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') { i++; continue; }
                        expect('}');
                        return m;
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (s.charAt(i) == ']') { i++; return l; }
                    for (;;) {
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') { i++; continue; }
                        expect(']');
                        return l;
                    }
                }
                case '"':
                    return string();
                case 't': i += 4; return Boolean.TRUE;
                case 'f': i += 5; return Boolean.FALSE;
                case 'n': i += 4; return null;
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            for (;;) {
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 'r': b.append('\r'); break;
                    case 't': b.append('\t'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
                    default: b.append(e);
                }
            }
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private void expect(char c) {
            if (s.charAt(i) != c) throw new IllegalArgumentException("expected " + c + " at " + i);
            i++;
        }
    }
}
