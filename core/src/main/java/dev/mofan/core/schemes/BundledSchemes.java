package dev.mofan.core.schemes;

import dev.mofan.core.format.SchemeFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.error.UnknownIdException;
import dev.mofan.model.scheme.Scheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The schemes shipped inside the library as YAML resources, built from public reports and common
 * practice (docs/schemes/): examples to run and to copy, not official texts. {@code five-type-organ}
 * (“五型”模范机关, units and branches), {@code four-strong-branch} (“四强”党支部),
 * {@code star-branch} (星级党支部, a composite scheme), {@code points-branch} (积分制, open-ended) and
 * {@code model-division} (标兵处室, divisions), {@code three-atmospheres} (Henan 三个氛围) and
 * {@code quzhou-index} (Quzhou 指数考评, quarterly).
 *
 * <pre>{@code
 * Scheme scheme = BundledSchemes.get("five-type-organ");
 * }</pre>
 */
public final class BundledSchemes {

    /** The ids of the bundled schemes. */
    public static final List<String> IDS = List.of("five-type-organ", "four-strong-branch", "star-branch",
            "points-branch", "model-division", "three-atmospheres", "quzhou-index");

    private BundledSchemes() {
    }

    /**
     * {@return the bundled scheme {@code id}, if there is one}
     *
     * @param id the scheme's id, one of {@link #IDS}
     */
    public static Optional<Scheme> find(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        try (InputStream in = BundledSchemes.class.getResourceAsStream(id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("The bundled scheme " + id + " is missing from the jar");
            }
            return Optional.of(SchemeFormat.ofDefaults().read(in, Syntax.YAML));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled scheme " + id, e);
        }
    }

    /**
     * {@return the bundled scheme {@code id}}
     *
     * @param id the scheme's id, one of {@link #IDS}
     * @throws UnknownIdException if there is none
     */
    public static Scheme get(String id) {
        return find(id).orElseThrow(() -> new UnknownIdException("bundled scheme (one of " + String.join(", ", IDS) + ")", id));
    }
}
