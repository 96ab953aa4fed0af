package dev.mofan.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.Syntax;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.member.ServiceStatus;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SampleProvinceTest {

    /**
     * SHA-256 of the bundled sample written as canonical JSON. The sample is part of the demo and
     * of the docs; a change to the generator must change this on purpose.
     */
    private static final String SAMPLE_SHA256 = "448976181b3cd0165f67c21c4b797483956c2c728e9a247dfcedfe99bb577ffe";

    private static final OrgDirectory SAMPLE = SampleProvince.generate();

    @Test
    void isTheSameBytesEveryTime() throws NoSuchAlgorithmException {
        String json = OrgDirectoryFormat.ofDefaults().write(SAMPLE, Syntax.JSON);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(SAMPLE_SHA256, sha);
        assertEquals(SAMPLE, SampleProvince.generate());
    }

    @Test
    void hasTheSizeOfAProvince() {
        OrgTree tree = SAMPLE.tree();
        assertEquals(1, tree.ofKind(OrgKind.WORKING_COMMITTEE).size());
        assertEquals(101, tree.ofKind(OrgKind.UNIT).size());
        assertEquals(101, tree.ofKind(OrgKind.PARTY_GROUP).size());
        int branches = tree.ofKind(OrgKind.BRANCH).size();
        assertTrue(branches >= 2_000 && branches <= 4_000, "branches: " + branches);
        int members = SAMPLE.members().size();
        assertTrue(members >= 45_000 && members <= 55_000, "members: " + members);
        assertTrue(SAMPLE.divisions().size() >= 2_000, "divisions: " + SAMPLE.divisions().size());
        assertTrue(SAMPLE.links().size() >= 60, "links: " + SAMPLE.links().size());
        for (OrgKind kind : OrgKind.values()) {
            assertTrue(!tree.ofKind(kind).isEmpty(), "no org of kind " + kind);
        }
    }

    @Test
    void everyBranchHasOneSecretaryAndRetiredBranchesRetiredMembers() {
        for (OrgUnit branch : SAMPLE.tree().ofKind(OrgKind.BRANCH)) {
            long secretaries = SAMPLE.membersOf(branch.id()).stream().filter(m -> m.role() == MemberRole.SECRETARY).count();
            assertEquals(1, secretaries, branch.id());
            if (branch.branchType() == BranchType.RETIRED) {
                for (Member member : SAMPLE.membersOf(branch.id())) {
                    assertEquals(ServiceStatus.RETIRED, member.service(), member.id());
                }
            }
        }
    }

    @Test
    void everyUnitHasDivisionsBuiltOnItsOwnBranches() {
        for (OrgUnit unit : SAMPLE.tree().ofKind(OrgKind.UNIT)) {
            assertTrue(SAMPLE.divisionsOf(unit.id()).size() >= 8, unit.id());
            SAMPLE.divisionsOf(unit.id()).forEach(division -> division.branches().forEach(branch ->
                    assertEquals(unit, SAMPLE.tree().unitOf(branch).orElseThrow(), division.id())));
        }
    }

    @Test
    void survivesTheRoundTripThroughBothSyntaxes() {
        OrgDirectoryFormat format = OrgDirectoryFormat.ofDefaults();
        assertEquals(SAMPLE, format.read(format.write(SAMPLE, Syntax.JSON), Syntax.JSON));
        assertEquals(SAMPLE, format.read(format.write(SAMPLE, Syntax.YAML), Syntax.YAML));
    }

    @Test
    void otherSeedsGiveOtherProvincesOfTheSameShape() {
        OrgDirectory other = SampleProvince.generate(7);
        assertNotEquals(SAMPLE, other);
        assertEquals(101, other.tree().ofKind(OrgKind.UNIT).size());
    }
}
