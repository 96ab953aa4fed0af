package dev.mofan.model.activity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The activities of a working committee's orgs, in the order recorded; ids unique. Format: docs/activities.md.
 *
 * @param activities the activities, in the order recorded
 */
public record ActivityLog(List<Activity> activities) {

    /**
     * Copies the list and checks that ids are unique.
     *
     * @param activities the activities, in the order recorded
     */
    public ActivityLog {
        activities = List.copyOf(activities);
        Set<String> ids = new HashSet<>();
        for (Activity activity : activities) {
            if (!ids.add(activity.id())) {
                throw new IllegalArgumentException("Activity " + activity.id() + " is listed twice");
            }
        }
    }
}
