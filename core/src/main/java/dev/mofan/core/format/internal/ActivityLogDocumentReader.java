package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.activity.Activity;
import dev.mofan.model.activity.ActivityLog;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the tree of an activity log document into an {@link ActivityLog}, reporting every problem at
 * its path. Whether the orgs exist is judged against an org directory when tallying.
 */
public final class ActivityLogDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("activities");
    static final List<String> FIELDS = List.of("id", "org", "kind", "date", "participants", "title");

    private final Violations out;
    private final IdClaims ids;

    private ActivityLogDocumentReader(Violations out) {
        this.out = out;
        this.ids = new IdClaims(out);
    }

    /**
     * {@return the log the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<ActivityLog> read(JsonNode root, Violations out) {
        return new ActivityLogDocumentReader(out).read(root);
    }

    private Optional<ActivityLog> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(SECTIONS);
        List<Activity> activities = new ArrayList<>();
        doc.each("activities", true, (node, at) -> NodeReader.object(node, at, out).flatMap(this::activity)
                .ifPresent(activities::add));
        return out.isEmpty() ? Optional.of(new ActivityLog(activities)) : Optional.empty();
    }

    private Optional<Activity> activity(NodeReader object) {
        NodeReader activity = object.allowOnly(FIELDS);
        Read<String> id = activity.id("id", true);
        ids.claim(id, activity.at("id"));
        Read<String> org = activity.id("org", true);
        Read<String> kind = activity.id("kind", true);
        LocalDate date = activity.date("date", true).orElse(null);
        Read<Integer> participants = activity.integer("participants", 0, (int) Activity.MAX_PARTICIPANTS);
        if (!participants.present() && !participants.isBroken()) {
            activity.string("participants", true);
        }
        Read<Label> title = activity.label("title");
        // Built only while nothing was reported: a value the tree reader refused (010, 0x1F, .nan, an alias)
        // reads as absent here, and must not reach a constructor.
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Activity(id.value(), org.value(), kind.value(), date, participants.value(),
                title.value()));
    }
}
