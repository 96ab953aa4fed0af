package dev.mofan.model.internal;

import dev.mofan.model.error.Violation;

/** Builds JSON paths ({@code $.orgs[3].parent}) the same way everywhere. */
public final class Paths {

    /** The path of the whole document. */
    public static final String ROOT = "$";

    private Paths() {
    }

    /**
     * {@return the path of a property of the object at {@code path}} A name that is not a plain word is
     * quoted, with control characters escaped and cut like any echoed input, so that a path
     * always fits on one line.
     *
     * @param path the object's path
     * @param name the property's name
     */
    public static String field(String path, String name) {
        return isPlain(name) ? path + "." + name
                : path + "['" + Violation.echo(name.replace("\\", "\\\\").replace("'", "\\'")) + "']";
    }

    /**
     * {@return the path of an element of the array at {@code path}}
     *
     * @param path the array's path
     * @param index the element's position, from 0
     */
    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * {@return the path of entry {@code index} of the top-level array {@code section}, such as {@code $.orgs[3]}}
     *
     * @param section the array's name, such as {@code orgs}
     * @param index the entry's position, from 0
     */
    public static String entry(String section, int index) {
        return index(field(ROOT, section), index);
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty() || name.length() > Violation.MAX_ECHO) {
            return false;
        }
        char first = name.charAt(0);
        if (!(Character.isLetter(first) || first == '_' || first == '$')) {
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
