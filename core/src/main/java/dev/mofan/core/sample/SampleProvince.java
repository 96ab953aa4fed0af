package dev.mofan.core.sample;

import dev.mofan.model.directory.OrgDirectory;
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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled sample province (示范省): a working committee over about a hundred units — party
 * committee departments, government departments, the congress, CPPCC, court and procuratorate,
 * mass organisations and public institutions — each with its party group, organ party committee
 * or general branch, divisions (处室), branches built on them (with joint, retired cadres' and
 * temporary branches), party cells in large branches, about fifty thousand members with their
 * roles, and partnership links with villages, communities and other units.
 *
 * <p>Fictional but shaped like the provinces of the source documents (Gansu: 113–130 units,
 * about 50,000 serving members). Generated, not stored: the same seed gives the same directory,
 * to the byte, on every machine.
 */
public final class SampleProvince {

    /** The seed of the bundled sample. */
    public static final long SEED = 2026L;

    /** The id of the sample's root, the working committee. */
    public static final String ROOT_ID = "wc";

    private SampleProvince() {
    }

    /** {@return the bundled sample province} */
    public static OrgDirectory generate() {
        return generate(SEED);
    }

    /**
     * {@return a province of the same shape drawn from another seed}
     *
     * @param seed the seed every choice is drawn from
     */
    public static OrgDirectory generate(long seed) {
        return new Generation(seed).build();
    }

    /** One run of the generator; every choice comes from {@link #random}, in a fixed order. */
    private static final class Generation {

        private static final String[][] COUNTIES = {
            {"青山县", "Qingshan County"}, {"白水县", "Baishui County"}, {"安平县", "Anping County"},
            {"河西区", "Hexi District"}, {"东城区", "Dongcheng District"}, {"南山区", "Nanshan District"},
        };
        private static final String[][] PLACES = {
            {"柳河村", "Liuhe Village"}, {"桃园村", "Taoyuan Village"}, {"新华社区", "Xinhua Community"},
            {"长乐社区", "Changle Community"}, {"杨庄村", "Yangzhuang Village"}, {"石门村", "Shimen Village"},
            {"红星社区", "Hongxing Community"}, {"清泉村", "Qingquan Village"},
        };
        private static final String[] ORDINALS_ZH = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        private static final String[] ORDINALS_EN = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth"};
        private static final int RETIRED_DIVISION = 8;

        private final SplitMix64 random;
        private final List<OrgUnit> orgs = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
        private final List<Division> divisions = new ArrayList<>();
        private final List<Partnership> links = new ArrayList<>();
        private final List<String> unitIds = new ArrayList<>();
        private final List<String> unitTags = new ArrayList<>();
        private final List<String> regularBranches = new ArrayList<>();
        private final Set<String> regularBranchIds = new HashSet<>();

        Generation(long seed) {
            this.random = new SplitMix64(seed);
        }

        OrgDirectory build() {
            orgs.add(OrgUnit.root(ROOT_ID, OrgKind.WORKING_COMMITTEE).withName(Label.of(
                    "示范省直属机关工委", "Working Committee for the Organs of the Sample Province")));
            List<String[]> divisionNames = table("divisions.tsv");
            List<String[]> units = table("units.tsv");
            for (int i = 0; i < units.size(); i++) {
                addUnit(String.format(Locale.ROOT, "u%03d", i + 1), units.get(i), divisionNames);
            }
            addLinks();
            return OrgDirectory.of(OrgTree.of(orgs), members, divisions, links);
        }

        private void addUnit(String unit, String[] row, List<String[]> divisionNames) {
            String zh = row[0];
            String en = row[1];
            String tag = row[2];
            int firstMember = members.size();
            unitIds.add(unit);
            unitTags.add(tag);
            orgs.add(OrgUnit.of(unit, OrgKind.UNIT, ROOT_ID).withName(Label.of(zh, en)).withTags(Set.of(tag)));
            boolean leadingGroup = tag.equals("government") || tag.equals("legislature-judiciary");
            orgs.add(OrgUnit.of(unit + "-pg", OrgKind.PARTY_GROUP, unit).withName(leadingGroup
                    ? Label.of(zh + "党组", "Leading Party Group of the " + en)
                    : Label.of(zh + "党委", "Party Committee of the " + en)));

            int size = random.below(4);
            int divisionCount = size == 0 ? random.between(8, 14)
                    : size == 3 ? random.between(31, divisionNames.size()) : random.between(15, 30);
            List<String> branchParents = new ArrayList<>();
            if (divisionCount < 15) {
                String general = unit + "-g1";
                orgs.add(OrgUnit.of(general, OrgKind.GENERAL_BRANCH, unit)
                        .withName(Label.of(zh + "机关党总支", "General Branch of the " + en)));
                branchParents.add(general);
            } else {
                String committee = unit + "-oc";
                orgs.add(OrgUnit.of(committee, OrgKind.ORGAN_COMMITTEE, unit + "-pg")
                        .withName(Label.of(zh + "机关党委", "Organ Party Committee of the " + en)));
                if (divisionCount > 30) {
                    for (int g = 1; g <= 2 + (divisionCount - 31) / 6; g++) {
                        String general = unit + "-g" + g;
                        orgs.add(OrgUnit.of(general, OrgKind.GENERAL_BRANCH, committee).withName(Label.of(
                                zh + "机关第" + ORDINALS_ZH[g - 1] + "党总支",
                                ORDINALS_EN[g - 1] + " General Branch of the " + en)));
                        branchParents.add(general);
                    }
                } else {
                    branchParents.add(committee);
                }
            }
            addDivisionsAndBranches(unit, divisionNames.subList(0, divisionCount), branchParents);
            String parent = branchParents.get(0);
            if (divisionCount > RETIRED_DIVISION) {
                addBranch(unit + "-r1", parent, BranchType.RETIRED,
                        Label.of(zh + "离退休干部党支部", "Retired Cadres' Branch of the " + en));
            }
            if (random.chance(20)) {
                addBranch(unit + "-t1", parent, BranchType.TEMPORARY,
                        Label.of(zh + "驻村工作队临时党支部", "Temporary Branch of the Village Task Force, " + en));
            }
            assignLeaders(firstMember);
        }

        /** One branch per division, a second for one division in four, and now and then one joint branch for two. */
        private void addDivisionsAndBranches(String unit, List<String[]> names, List<String> branchParents) {
            int branchNumber = 0;
            List<String> previousBranches = List.of();
            for (int d = 0; d < names.size(); d++) {
                String[] name = names.get(d);
                String division = String.format(Locale.ROOT, "%s-d%02d", unit, d + 1);
                List<String> built = new ArrayList<>();
                if (d > 0 && d != RETIRED_DIVISION && previousBranches.size() == 1 && random.chance(10)) {
                    built.addAll(previousBranches);
                    previousBranches = List.of();
                } else {
                    int count = d != RETIRED_DIVISION && random.chance(25) ? 2 : 1;
                    for (int b = 1; b <= count; b++) {
                        String branch = String.format(Locale.ROOT, "%s-b%02d", unit, ++branchNumber);
                        String parent = branchParents.get(branchNumber % branchParents.size());
                        Label branchName = count == 1
                                ? Label.of(name[0] + "党支部", "Branch of the " + name[1])
                                : Label.of(name[0] + "第" + ORDINALS_ZH[b - 1] + "党支部",
                                        ORDINALS_EN[b - 1] + " Branch of the " + name[1]);
                        addBranch(branch, parent, BranchType.REGULAR, branchName);
                        built.add(branch);
                    }
                    previousBranches = built;
                }
                divisions.add(Division.of(division, unit).withName(Label.of(name[0], name[1])).withBranches(built));
            }
        }

        private void addBranch(String branch, String parent, BranchType type, Label name) {
            orgs.add(OrgUnit.of(branch, OrgKind.BRANCH, parent).withName(name).withBranchType(type));
            int size = switch (type) {
                case RETIRED -> random.between(20, 60);
                case TEMPORARY -> random.between(3, 6);
                case REGULAR -> random.between(6, 30);
            };
            if (type == BranchType.REGULAR) {
                regularBranches.add(branch);
                regularBranchIds.add(branch);
            }
            for (int k = 0; k < size; k++) {
                MemberRole role = k == 0 ? MemberRole.SECRETARY
                        : k == 1 && size >= 7 ? MemberRole.DEPUTY_SECRETARY
                        : k <= (size >= 10 ? 4 : 2) ? MemberRole.COMMITTEE_MEMBER : MemberRole.MEMBER;
                Member member = Member.of(String.format(Locale.ROOT, "m%06d", members.size() + 1), branch)
                        .withRole(role);
                if (role == MemberRole.MEMBER && random.chance(3)) {
                    member = member.withMembership(Membership.PROBATIONARY);
                }
                if (type == BranchType.RETIRED) {
                    member = member.withService(ServiceStatus.RETIRED);
                } else if (role == MemberRole.SECRETARY && type == BranchType.REGULAR && random.chance(70)) {
                    member = member.withCadreLevel(Optional.of(CadreLevel.COUNTY_DIVISION));
                }
                members.add(member);
            }
            for (int c = 1; c <= size / 10 && size >= 20; c++) {
                orgs.add(OrgUnit.of(branch + "-c" + c, OrgKind.PARTY_CELL, branch).withName(Label.of(
                        "第" + ORDINALS_ZH[c - 1] + "党小组", ORDINALS_EN[c - 1] + " Party Cell")));
            }
        }

        /** Four to six department-bureau-level leaders per unit, each an ordinary member of one of its regular branches. */
        private void assignLeaders(int firstMember) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = firstMember; i < members.size(); i++) {
                Member member = members.get(i);
                if (regularBranchIds.contains(member.branch()) && member.role() == MemberRole.MEMBER
                        && member.membership() == Membership.FULL && member.cadreLevel().isEmpty()) {
                    candidates.add(i);
                }
            }
            int leaders = Math.min(candidates.size(), random.between(4, 6));
            for (int l = 0; l < leaders; l++) {
                int pick = candidates.remove(random.below(candidates.size()));
                members.set(pick, members.get(pick).withCadreLevel(Optional.of(CadreLevel.DEPARTMENT_BUREAU)));
            }
        }

        private void addLinks() {
            for (int k = 0; k < 40; k++) {
                String[] county = COUNTIES[random.below(COUNTIES.length)];
                String[] place = PLACES[random.below(PLACES.length)];
                String branch = regularBranches.get(random.below(regularBranches.size()));
                links.add(new Partnership(linkId(), PartnershipKind.JOINT_BUILDING, List.of(branch),
                        List.of(Label.of(county[0] + place[0] + "党组织", "Party organisation of " + place[1] + ", " + county[1]))));
            }
            for (int k = 0; k < 20; k++) {
                String helper = regularBranches.get(random.below(regularBranches.size()));
                String helped = regularBranches.get(random.below(regularBranches.size()));
                if (!helper.regionMatches(0, helped, 0, 4)) {
                    links.add(Partnership.of(linkId(), PartnershipKind.PAIRED_ASSISTANCE, List.of(helper, helped)));
                }
            }
            for (String tag : List.of("party-organ", "government", "mass-organisation", "institution")) {
                List<String> sameTag = new ArrayList<>();
                for (int u = 0; u < unitIds.size(); u++) {
                    if (unitTags.get(u).equals(tag) && sameTag.size() < 3 + random.below(3)) {
                        sameTag.add(unitIds.get(u));
                    }
                }
                links.add(Partnership.of(linkId(), PartnershipKind.ALLIANCE, sameTag));
            }
            links.add(new Partnership(linkId(), PartnershipKind.COMMITTEE_AGGREGATION, List.of(ROOT_ID), List.of(
                    Label.of("示范市直属机关工委", "Working Committee for the Organs of the Sample City"),
                    Label.of("青山县直属机关工委", "Working Committee for the Organs of Qingshan County"))));
        }

        private String linkId() {
            return String.format(Locale.ROOT, "l%03d", links.size() + 1);
        }

        private static List<String[]> table(String name) {
            try (InputStream in = SampleProvince.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The sample resource " + name + " is missing from the jar");
                }
                List<String[]> rows = new ArrayList<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        rows.add(line.split("\t"));
                    }
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sample resource " + name, e);
            }
        }
    }
}
