package dev.mofan.core.format.internal;

import dev.mofan.model.internal.Paths;

/**
 * A place in a document, turned into its JSON path only when a problem is reported there: a
 * document of fifty thousand valid entries needs no path strings at all.
 */
public final class Where {

    /** The whole document, {@code $}. */
    public static final Where ROOT = new Where(null, null, -1);

    private final Where parent;
    private final String name;
    private final int index;
    private String path;

    private Where(Where parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * {@return the property {@code name} of the object here}
     *
     * @param name the property's name
     */
    public Where field(String name) {
        return new Where(this, name, -1);
    }

    /**
     * {@return element {@code index} of the array here}
     *
     * @param index the element's position, from 0
     */
    public Where index(int index) {
        return new Where(this, null, index);
    }

    /** {@return the JSON path, such as {@code $.orgs[41].parent}} */
    public String path() {
        if (path == null) {
            path = parent == null ? Paths.ROOT
                    : name != null ? Paths.field(parent.path(), name) : Paths.index(parent.path(), index);
        }
        return path;
    }

    @Override
    public String toString() {
        return path();
    }
}
