package dev.mofan.model.internal;

/** Builds JSON paths ({@code $.orgs[3].parent}) the same way everywhere. */
public final class Paths {

    /** The path of the whole document. */
    public static final String ROOT = "$";

    private Paths() {
    }

    /** The path of a property of the object at {@code path}. */
    public static String field(String path, String name) {
        return isPlain(name) ? path + "." + name : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of an element of the array at {@code path}. */
    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The path of entry {@code index} of the top-level array {@code section}, e.g. {@code $.orgs[3]}. */
    public static String entry(String section, int index) {
        return index(field(ROOT, section), index);
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_' || name.charAt(0) == '$')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
