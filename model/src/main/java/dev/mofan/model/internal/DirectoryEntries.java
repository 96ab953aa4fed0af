package dev.mofan.model.internal;

import dev.mofan.model.link.Partnership;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.org.Division;
import java.util.List;

/**
 * What {@link DirectoryCheck} needs to know of members, divisions and links, as far as each
 * could be read; null stands for a field whose own problem was already reported.
 */
public final class DirectoryEntries {

    private DirectoryEntries() {
    }

    /**
     * One entry of {@code members}.
     *
     * @param id the id as written, or null
     * @param branch the branch id as written, or null
     * @param role the role, or null
     */
    public record MemberEntry(String id, String branch, MemberRole role) {

        /**
         * {@return the entry for a member built in code}
         *
         * @param member the member
         */
        public static MemberEntry of(Member member) {
            return new MemberEntry(member.id(), member.branch(), member.role());
        }
    }

    /**
     * One entry of {@code divisions}.
     *
     * @param id the id as written, or null
     * @param unit the unit id as written, or null
     * @param branches the branch ids as written (an element is null when unreadable), or null
     */
    public record DivisionEntry(String id, String unit, List<String> branches) {

        /**
         * {@return the entry for a division built in code}
         *
         * @param division the division
         */
        public static DivisionEntry of(Division division) {
            return new DivisionEntry(division.id(), division.unit(), division.branches());
        }
    }

    /**
     * One entry of {@code links}.
     *
     * @param id the id as written, or null
     * @param parties the party ids as written (an element is null when unreadable), or null
     * @param external how many external partners it names, or {@link #UNKNOWN_COUNT}
     */
    public record LinkEntry(String id, List<String> parties, int external) {

        /** The number of external partners could not be read (a problem was reported). */
        public static final int UNKNOWN_COUNT = -1;

        /**
         * {@return the entry for a link built in code}
         *
         * @param link the link
         */
        public static LinkEntry of(Partnership link) {
            return new LinkEntry(link.id(), link.parties(), link.external().size());
        }
    }
}
