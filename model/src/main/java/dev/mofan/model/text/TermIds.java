package dev.mofan.model.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The ids of every {@link Term} enum, worked out once per enum rather than on every call. */
final class TermIds {

    private static final ClassValue<String[]> NAMED = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] ids = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                ids[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return ids;
        }
    };

    private static final ClassValue<Map<String, Object>> BY_ID = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byId = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byId.put(((Term) constant).id(), constant);
            }
            return Map.copyOf(byId);
        }
    };

    private TermIds() {
    }

    /** The id derived from the constant's name. */
    static String named(Term term) {
        Enum<?> constant = (Enum<?>) term;
        return NAMED.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /** The constant of {@code type} with {@code id}, or null. */
    static Object find(Class<?> type, String id) {
        return BY_ID.get(type).get(id);
    }
}
