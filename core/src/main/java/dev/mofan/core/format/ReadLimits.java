package dev.mofan.core.format;

/**
 * Bounds on what a reader accepts, so that a hostile or broken document (a 100 MB string, deep
 * nesting, millions of errors) is refused with a clear message instead of exhausting memory.
 *
 * @param maxDocumentChars the longest document, in characters (bytes for UTF-8 input)
 * @param maxStringChars the longest single string value or key
 * @param maxNesting the deepest nesting of objects and arrays
 * @param maxListedProblems how many problems a {@link dev.mofan.model.error.ValidationException}
 *     lists; further ones are only counted
 */
public record ReadLimits(long maxDocumentChars, int maxStringChars, int maxNesting, int maxListedProblems) {

    /** 512 MiB: room for the data of a whole province many times over. */
    public static final long DEFAULT_DOCUMENT_CHARS = 512L * 1024 * 1024;
    /** 1 MiB characters: far beyond any name, far below a memory problem. */
    public static final int DEFAULT_STRING_CHARS = 1024 * 1024;
    /** 64 levels: mofan's documents nest fewer than ten deep. */
    public static final int DEFAULT_NESTING = 64;
    /** 1,000 problems listed. */
    public static final int DEFAULT_LISTED_PROBLEMS = 1000;

    /**
     * Checks that every bound is positive.
     *
     * @param maxDocumentChars the longest document, in characters (bytes for UTF-8 input)
     * @param maxStringChars the longest single string value or key
     * @param maxNesting the deepest nesting of objects and arrays
     * @param maxListedProblems how many problems a {@link dev.mofan.model.error.ValidationException} lists; further
     *     ones are only counted
     */
    public ReadLimits {
        positive("maxDocumentChars", maxDocumentChars);
        positive("maxStringChars", maxStringChars);
        positive("maxNesting", maxNesting);
        positive("maxListedProblems", maxListedProblems);
    }

    /** {@return the default limits} */
    public static ReadLimits ofDefaults() {
        return new ReadLimits(DEFAULT_DOCUMENT_CHARS, DEFAULT_STRING_CHARS, DEFAULT_NESTING, DEFAULT_LISTED_PROBLEMS);
    }

    /**
     * {@return these limits with another document length}
     *
     * @param chars the longest document, in characters
     */
    public ReadLimits withMaxDocumentChars(long chars) {
        return new ReadLimits(chars, maxStringChars, maxNesting, maxListedProblems);
    }

    /**
     * {@return these limits with another string length}
     *
     * @param chars the longest string value or key, in characters
     */
    public ReadLimits withMaxStringChars(int chars) {
        return new ReadLimits(maxDocumentChars, chars, maxNesting, maxListedProblems);
    }

    /**
     * {@return these limits with another nesting depth}
     *
     * @param levels the deepest nesting of objects and arrays
     */
    public ReadLimits withMaxNesting(int levels) {
        return new ReadLimits(maxDocumentChars, maxStringChars, levels, maxListedProblems);
    }

    /**
     * {@return these limits with another number of listed problems}
     *
     * @param problems how many problems to list
     */
    public ReadLimits withMaxListedProblems(int problems) {
        return new ReadLimits(maxDocumentChars, maxStringChars, maxNesting, problems);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 but was " + value);
        }
    }
}
