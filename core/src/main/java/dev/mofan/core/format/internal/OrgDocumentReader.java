package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.internal.DirectoryCheck;
import dev.mofan.model.internal.DirectoryEntries.DivisionEntry;
import dev.mofan.model.internal.DirectoryEntries.LinkEntry;
import dev.mofan.model.internal.DirectoryEntries.MemberEntry;
import dev.mofan.model.internal.ModelProblems;
import dev.mofan.model.internal.OrgEntry;
import dev.mofan.model.internal.TreeCheck;
import dev.mofan.model.internal.TreeIndex;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.link.Partnership;
import dev.mofan.model.link.PartnershipKind;
import dev.mofan.model.member.CadreLevel;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.member.Membership;
import dev.mofan.model.member.ServiceStatus;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.Division;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Label;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;

/**
 * Turns the tree of an org document into an {@link OrgDirectory}: reads every entry, reporting
 * its shape problems, then runs the model's tree and reference checks over what could be read, so
 * that one pass reports every problem of the document.
 */
public final class OrgDocumentReader {

    /** Top-level properties, in document order. */
    public static final List<String> SECTIONS = DirectoryCheck.SECTIONS;
    static final List<String> ORG_FIELDS = List.of("id", "kind", "parent", "name", "branchType", "tags");
    static final List<String> MEMBER_FIELDS = List.of("id", "branch", "role", "membership", "service", "cadreLevel");
    static final List<String> DIVISION_FIELDS = List.of("id", "unit", "name", "branches", "tags");
    static final List<String> LINK_FIELDS = List.of("id", "kind", "parties", "external");

    private static final Label KIND = Label.of("组织类型", "org kind");
    private static final Label BRANCH_TYPE = Label.of("支部类型", "branch type");
    private static final Label ROLE = Label.of("职务", "role");
    private static final Label MEMBERSHIP = Label.of("党员类别", "membership");
    private static final Label SERVICE = Label.of("在职状态", "service status");
    private static final Label CADRE_LEVEL = Label.of("领导干部级别", "leading-cadre level");
    private static final Label LINK_KIND = Label.of("结对类型", "link kind");

    private final Violations out;
    private final List<OrgEntry> orgEntries = new ArrayList<>();
    private final List<Supplier<OrgUnit>> orgs = new ArrayList<>();
    private final List<MemberEntry> memberEntries = new ArrayList<>();
    private final List<Supplier<Member>> members = new ArrayList<>();
    private final List<DivisionEntry> divisionEntries = new ArrayList<>();
    private final List<Supplier<Division>> divisions = new ArrayList<>();
    private final List<LinkEntry> linkEntries = new ArrayList<>();
    private final List<Supplier<Partnership>> links = new ArrayList<>();

    private OrgDocumentReader(Violations out) {
        this.out = out;
    }

    /**
     * {@return the directory the document {@code root} describes, or empty when any problem was reported to
     * {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<OrgDirectory> read(JsonNode root, Violations out) {
        return new OrgDocumentReader(out).read(root);
    }

    private Optional<OrgDirectory> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(SECTIONS);
        boolean orgsRead = doc.each("orgs", true, this::readOrg);
        doc.each("members", false, this::readMember);
        doc.each("divisions", false, this::readDivision);
        doc.each("links", false, this::readLink);
        if (!orgsRead) {
            // Without the orgs every reference would look broken; their own problem is reported.
            return Optional.empty();
        }

        Set<String> divisionIds = new HashSet<>();
        for (DivisionEntry division : divisionEntries) {
            divisionIds.add(division.id());
        }
        TreeIndex tree = TreeCheck.check(orgEntries, "orgs", divisionIds::contains, out);
        DirectoryCheck.check(tree, memberEntries, divisionEntries, linkEntries, out);
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        // Only a document without a single problem gets here, so every value read is present and good.
        return Optional.of(OrgDirectory.of(OrgTree.of(build(orgs)), build(members), build(divisions), build(links)));
    }

    private static <T> List<T> build(List<Supplier<T>> suppliers) {
        List<T> built = new ArrayList<>(suppliers.size());
        for (Supplier<T> supplier : suppliers) {
            built.add(supplier.get());
        }
        return built;
    }

    private void readOrg(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            orgEntries.add(new OrgEntry(null, null, null, false));
            return;
        }
        NodeReader org = object.get().allowOnly(ORG_FIELDS);
        Read<String> id = org.id("id", true);
        Read<OrgKind> kind = org.term("kind", OrgKind.class, KIND, true);
        Read<String> parent = org.id("parent", false);
        Read<Label> name = org.label("name");
        Read<BranchType> branchType = org.term("branchType", BranchType.class, BRANCH_TYPE, false);
        Read<SortedSet<String>> tags = org.tags("tags");
        if (kind.ok() && kind.present() && branchType.ok() && branchType.orElse(BranchType.REGULAR) != BranchType.REGULAR
                && !kind.value().hasBranchType()) {
            out.add(org.at("branchType").path(), ModelProblems.BRANCH_TYPE_KIND, kind.value());
        }
        // A broken parent was reported where it stands; the tree check then treats it as unknown.
        orgEntries.add(new OrgEntry(id.value(), kind.orElse(null), parent.orElse(null), parent.ok()));
        orgs.add(() -> new OrgUnit(id.value(), kind.value(), Optional.ofNullable(parent.value()), name.value(),
                branchType.orElse(BranchType.REGULAR), tags.value()));
    }

    private void readMember(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            memberEntries.add(new MemberEntry(null, null, null));
            return;
        }
        NodeReader member = object.get().allowOnly(MEMBER_FIELDS);
        Read<String> id = member.id("id", true);
        Read<String> branch = member.id("branch", true);
        Read<MemberRole> role = member.term("role", MemberRole.class, ROLE, false);
        Read<Membership> membership = member.term("membership", Membership.class, MEMBERSHIP, false);
        Read<ServiceStatus> service = member.term("service", ServiceStatus.class, SERVICE, false);
        Read<CadreLevel> cadreLevel = member.term("cadreLevel", CadreLevel.class, CADRE_LEVEL, false);
        memberEntries.add(new MemberEntry(id.value(), branch.orElse(null), role.orElse(MemberRole.MEMBER)));
        members.add(() -> new Member(id.value(), branch.value(), role.orElse(MemberRole.MEMBER),
                membership.orElse(Membership.FULL), service.orElse(ServiceStatus.SERVING),
                Optional.ofNullable(cadreLevel.value())));
    }

    private void readDivision(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            divisionEntries.add(new DivisionEntry(null, null, null));
            return;
        }
        NodeReader division = object.get().allowOnly(DIVISION_FIELDS);
        Read<String> id = division.id("id", true);
        Read<String> unit = division.id("unit", true);
        Read<Label> name = division.label("name");
        Read<List<String>> branches = division.ids("branches", false, false);
        Read<SortedSet<String>> tags = division.tags("tags");
        divisionEntries.add(new DivisionEntry(id.value(), unit.orElse(null), branches.value()));
        divisions.add(() -> new Division(id.value(), unit.value(), name.value(), branches.value(), tags.value()));
    }

    private void readLink(JsonNode element, Where where) {
        Optional<NodeReader> object = NodeReader.object(element, where, out);
        if (object.isEmpty()) {
            linkEntries.add(new LinkEntry(null, null, 0));
            return;
        }
        NodeReader link = object.get().allowOnly(LINK_FIELDS);
        Read<String> id = link.id("id", true);
        Read<PartnershipKind> kind = link.term("kind", PartnershipKind.class, LINK_KIND, true);
        Read<List<String>> parties = link.ids("parties", true, false);
        Read<List<JsonNode>> externalNodes = link.array("external", false);
        List<Label> external = new ArrayList<>();
        if (externalNodes.ok() && externalNodes.present()) {
            // An element is never absent, so a good name here is never empty: label() reports an empty one.
            for (int i = 0; i < externalNodes.value().size(); i++) {
                external.add(NodeReader.label(externalNodes.value().get(i), link.at("external").index(i), out).value());
            }
        }
        linkEntries.add(new LinkEntry(id.value(), parties.value(),
                externalNodes.ok() ? external.size() : LinkEntry.UNKNOWN_COUNT));
        links.add(() -> new Partnership(id.value(), kind.value(), parties.value(), external));
    }
}
