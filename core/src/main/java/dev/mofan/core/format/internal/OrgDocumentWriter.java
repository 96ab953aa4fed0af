package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.link.Partnership;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.member.Membership;
import dev.mofan.model.member.ServiceStatus;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Label;
import java.util.Collection;

/**
 * Builds the canonical tree of an org document: sections in the order orgs, members, divisions,
 * links; orgs in the tree's pre-order, everything else by id; properties in a fixed order;
 * absent values and defaults (a regular branch, an ordinary full serving member) left out.
 */
public final class OrgDocumentWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OrgDocumentWriter() {
    }

    /**
     * {@return the canonical document tree of {@code directory}}
     *
     * @param directory the org directory
     */
    public static ObjectNode toTree(OrgDirectory directory) {
        ObjectNode document = NODES.objectNode();
        ArrayNode orgs = document.putArray("orgs");
        for (OrgUnit org : directory.tree().units()) {
            orgs.add(org(org));
        }
        ArrayNode members = document.putArray("members");
        for (Member member : directory.members()) {
            members.add(member(member));
        }
        ArrayNode divisions = document.putArray("divisions");
        for (Division division : directory.divisions()) {
            divisions.add(division(division));
        }
        ArrayNode links = document.putArray("links");
        for (Partnership link : directory.links()) {
            links.add(link(link));
        }
        return document;
    }

    private static ObjectNode org(OrgUnit org) {
        ObjectNode node = NODES.objectNode();
        node.put("id", org.id());
        node.put("kind", org.kind().id());
        org.parent().ifPresent(parent -> node.put("parent", parent));
        putLabel(node, "name", org.name());
        if (org.branchType() != BranchType.REGULAR) {
            node.put("branchType", org.branchType().id());
        }
        putIds(node, "tags", org.tags());
        return node;
    }

    private static ObjectNode member(Member member) {
        ObjectNode node = NODES.objectNode();
        node.put("id", member.id());
        node.put("branch", member.branch());
        if (member.role() != MemberRole.MEMBER) {
            node.put("role", member.role().id());
        }
        if (member.membership() != Membership.FULL) {
            node.put("membership", member.membership().id());
        }
        if (member.service() != ServiceStatus.SERVING) {
            node.put("service", member.service().id());
        }
        member.cadreLevel().ifPresent(level -> node.put("cadreLevel", level.id()));
        return node;
    }

    private static ObjectNode division(Division division) {
        ObjectNode node = NODES.objectNode();
        node.put("id", division.id());
        node.put("unit", division.unit());
        putLabel(node, "name", division.name());
        putIds(node, "branches", division.branches());
        putIds(node, "tags", division.tags());
        return node;
    }

    private static ObjectNode link(Partnership link) {
        ObjectNode node = NODES.objectNode();
        node.put("id", link.id());
        node.put("kind", link.kind().id());
        putIds(node, "parties", link.parties());
        if (!link.external().isEmpty()) {
            ArrayNode external = node.putArray("external");
            link.external().forEach(partner -> external.add(label(partner)));
        }
        return node;
    }

    static void putLabel(ObjectNode node, String name, Label label) {
        if (!label.isEmpty()) {
            node.set(name, label(label));
        }
    }

    /**
     * {@return a bilingual name as its document form, {@code {zh, en}}, each language only when given}
     *
     * @param label the name
     */
    public static ObjectNode label(Label label) {
        ObjectNode node = NODES.objectNode();
        label.zh().ifPresent(zh -> node.put("zh", zh));
        label.en().ifPresent(en -> node.put("en", en));
        return node;
    }

    static void putIds(ObjectNode node, String name, Collection<String> ids) {
        if (!ids.isEmpty()) {
            ArrayNode array = node.putArray(name);
            ids.forEach(array::add);
        }
    }
}
