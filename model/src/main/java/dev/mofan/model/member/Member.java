package dev.mofan.model.member;

import dev.mofan.model.text.Identifiers;
import java.util.Objects;
import java.util.Optional;

/**
 * A party member, as far as assessment needs: which branch, which role, full or probationary,
 * serving or retired, and a leading-cadre level when the host wants leaders' attendance
 * reported. Personal data stays in the host system, joined on {@code id}.
 *
 * <p>Immutable; equality covers every component. That the branch exists, is a branch and has at
 * most one secretary is checked by {@link dev.mofan.model.directory.OrgDirectory}.
 *
 * @param id the member's id, unique among members
 * @param branch the id of the member's branch
 * @param role the member's role in the branch
 * @param membership full or probationary
 * @param service serving or retired
 * @param cadreLevel the leading-cadre level, if the member is a leading cadre whose attendance is reported
 */
public record Member(String id, String branch, MemberRole role, Membership membership, ServiceStatus service,
                     Optional<CadreLevel> cadreLevel) {

    /**
     * Checks ids and that every component is present.
     *
     * @param id the member's id, unique among members
     * @param branch the id of the member's branch
     * @param role the member's role in the branch
     * @param membership full or probationary
     * @param service serving or retired
     * @param cadreLevel the leading-cadre level, if the member is a leading cadre whose attendance is reported
     */
    public Member {
        Identifiers.require(id, "member id");
        Identifiers.require(branch, "branch of member '" + id + "'");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(cadreLevel, "cadreLevel");
    }

    /**
     * {@return an ordinary, full, serving member of {@code branch}}
     *
     * @param id the member's id
     * @param branch the id of the member's branch
     */
    public static Member of(String id, String branch) {
        return new Member(id, branch, MemberRole.MEMBER, Membership.FULL, ServiceStatus.SERVING, Optional.empty());
    }

    /**
     * {@return this member with another role}
     *
     * @param newRole the new role in the branch
     */
    public Member withRole(MemberRole newRole) {
        return new Member(id, branch, newRole, membership, service, cadreLevel);
    }

    /**
     * {@return this member with another membership}
     *
     * @param newMembership full or probationary
     */
    public Member withMembership(Membership newMembership) {
        return new Member(id, branch, role, newMembership, service, cadreLevel);
    }

    /**
     * {@return this member with another service status}
     *
     * @param newService serving or retired
     */
    public Member withService(ServiceStatus newService) {
        return new Member(id, branch, role, membership, newService, cadreLevel);
    }

    /**
     * {@return this member with a leading-cadre level (or none)}
     *
     * @param newLevel the leading-cadre level; empty for a member who is not a reported leading cadre
     */
    public Member withCadreLevel(Optional<CadreLevel> newLevel) {
        return new Member(id, branch, role, membership, service, newLevel);
    }
}
