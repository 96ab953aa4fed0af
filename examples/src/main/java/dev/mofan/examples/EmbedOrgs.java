package dev.mofan.examples;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.member.Member;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Language;
import java.io.InputStream;

/** Load an org file, then walk the party tree: the embedding a portal starts with. */
public final class EmbedOrgs {

    private EmbedOrgs() {
    }

    /** Prints the branches of the sample city with their unit, path and members. */
    public static void main(String[] args) throws Exception {
        OrgDirectoryFormat format = OrgDirectoryFormat.ofDefaults();
        OrgDirectory city;
        try (InputStream in = EmbedOrgs.class.getResourceAsStream("city.yaml")) {
            city = format.read(in, Syntax.YAML);       // every problem at once, or a valid directory
        }
        OrgTree tree = city.tree();
        System.out.println(tree.root().name().text(Language.ZH) + ": " + tree.size() + " orgs");
        for (OrgUnit branch : tree.ofKind(OrgKind.BRANCH)) {
            String unit = tree.unitOf(branch.id()).orElseThrow().name().text(Language.ZH);
            System.out.printf("%-12s %-10s depth %d, %d members, secretary %s%n", branch.id(), unit,
                    tree.depth(branch.id()), city.membersOf(branch.id()).size(),
                    city.membersOf(branch.id()).stream().filter(m -> m.role().id().equals("secretary"))
                            .map(Member::id).findFirst().orElse("-"));
        }
        System.out.println("path of finance-b2: " + tree.path("finance-b2").stream().map(OrgUnit::id).toList());
    }
}
