package fr.capmob.portal.mobility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lines of a grant as stored in {@code mobility_grant.lines}:
 * {@code [{"item", "rule", "args": [number | text | {"message": key}], "amount", "verify"}]}.
 */
final class GrantLinesJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private GrantLinesJson() {
    }

    static String toJson(List<GrantEntry> lines) {
        ArrayNode array = JSON.createArrayNode();
        for (GrantEntry line : lines) {
            ObjectNode node = array.addObject();
            node.put("item", line.item());
            node.put("rule", line.rule());
            ArrayNode args = node.putArray("args");
            line.args().forEach(arg -> addArg(args, arg));
            node.put("amount", line.amount());
            node.put("verify", line.verify());
        }
        return JSON.writeValueAsString(array);
    }

    private static void addArg(ArrayNode args, Object arg) {
        if (arg instanceof GrantEntry.Message message) {
            args.addObject().put("message", message.code());
        } else if (arg instanceof BigDecimal decimal) {
            args.add(decimal);
        } else if (arg instanceof Long || arg instanceof Integer) {
            args.add(((Number) arg).longValue());
        } else if (arg instanceof Number number) {
            args.add(new BigDecimal(number.toString()));
        } else {
            args.add(String.valueOf(arg));
        }
    }

    static List<GrantEntry> fromJson(String json) {
        List<GrantEntry> lines = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            List<Object> args = new ArrayList<>();
            for (JsonNode arg : node.get("args")) {
                args.add(argOf(arg));
            }
            lines.add(new GrantEntry(node.get("item").asString(), node.get("rule").asString(), args,
                    node.get("amount").decimalValue(), node.get("verify").asBoolean()));
        }
        return lines;
    }

    private static Object argOf(JsonNode arg) {
        if (arg.isObject()) {
            return new GrantEntry.Message(arg.get("message").asString());
        } else if (arg.isIntegralNumber()) {
            return arg.longValue();
        } else if (arg.isNumber()) {
            return arg.decimalValue();
        }
        return arg.asString();
    }
}
