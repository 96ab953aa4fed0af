package dev.mofan.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.member.CadreLevel;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.member.Membership;
import dev.mofan.model.member.ServiceStatus;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgDirectoryFormatTest {

    private final OrgDirectoryFormat format = OrgDirectoryFormat.ofDefaults();

    @Test
    void readsJsonAndYamlAlike() {
        OrgDirectory json = format.read(resource("small.json"), Syntax.JSON);
        OrgDirectory yaml = format.read(resource("small.yaml"), Syntax.YAML);
        assertEquals(json, yaml);
        OrgTree tree = json.tree();
        assertEquals(7, tree.size());
        assertEquals(Label.zh("省财政厅"), tree.get("u1").name());
        assertEquals(Set.of("government"), tree.get("u1").tags());
        assertEquals(BranchType.RETIRED, tree.get("u1-r1").branchType());
        assertEquals(Label.NONE, tree.get("u1-b1-c1").name());
        Member secretary = json.member("m1").orElseThrow();
        assertEquals(MemberRole.SECRETARY, secretary.role());
        assertEquals(Optional.of(CadreLevel.COUNTY_DIVISION), secretary.cadreLevel());
        Member retired = json.member("m3").orElseThrow();
        assertEquals(Membership.PROBATIONARY, retired.membership());
        assertEquals(ServiceStatus.RETIRED, retired.service());
        assertEquals(List.of("u1-b1"), json.division("u1-d1").orElseThrow().branches());
        assertEquals(List.of(Label.zh("青山县柳河村党支部")), json.link("l1").orElseThrow().external());
    }

    @Test
    void writesTheCanonicalDocument() {
        OrgDirectory directory = format.read(resource("small.json"), Syntax.JSON);
        assertEquals(resource("small.canonical.json"), format.write(directory, Syntax.JSON));
    }

    @Test
    void writingDependsOnlyOnTheDirectoryNotOnTheOrderItWasBuiltIn() {
        OrgDirectory directory = format.read(resource("small.json"), Syntax.JSON);
        List<OrgUnit> orgs = new ArrayList<>(directory.tree().units());
        List<Member> members = new ArrayList<>(directory.members());
        Collections.reverse(orgs);
        Collections.reverse(members);
        OrgDirectory rebuilt = OrgDirectory.of(OrgTree.of(orgs), members, directory.divisions(), directory.links());
        assertEquals(format.write(directory, Syntax.JSON), format.write(rebuilt, Syntax.JSON));
        assertEquals(format.write(directory, Syntax.YAML), format.write(rebuilt, Syntax.YAML));
    }

    @Test
    void yamlRoundTrips() {
        OrgDirectory directory = format.read(resource("small.json"), Syntax.JSON);
        String yaml = format.write(directory, Syntax.YAML);
        assertEquals(directory, format.read(yaml, Syntax.YAML));
        assertEquals(yaml, format.write(format.read(yaml, Syntax.YAML), Syntax.YAML));
    }

    /** Texts that YAML readers take for numbers, booleans or line breaks when written bare; found by properties. */
    @Test
    void yamlKeepsAwkwardTextsExactly() {
        for (String text : List.of("0x1F", "1e3", "1_000", ".nan", "-.inf", "2026", "yes", "null", "~", "- item",
                "a: b", "#hash", "!\u0085", "a\u0085b", "x\u2028y", "tab\there", "两行\n文本", " leading", "trailing ")) {
            OrgDirectory directory = OrgDirectory.of(OrgTree.of(List.of(
                    OrgUnit.root("wc", OrgKind.WORKING_COMMITTEE).withName(Label.zh(text)))));
            assertEquals(directory, format.read(format.write(directory, Syntax.YAML), Syntax.YAML), text);
        }
    }

    @Test
    void readsAndWritesFilesChoosingTheSyntaxByName(@TempDir Path dir) throws IOException {
        OrgDirectory directory = format.read(resource("small.json"), Syntax.JSON);
        Path yaml = dir.resolve("orgs.YML");
        format.write(directory, yaml);
        assertTrue(Files.readString(yaml, StandardCharsets.UTF_8).startsWith("orgs:\n"));
        assertEquals(directory, format.read(yaml));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> format.read(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json"), e.getMessage());
    }

    /** The example of the issue: the 42nd org names a parent that does not exist. */
    @Test
    void reportsAnUnknownParentAtItsPathInBothLanguages() {
        StringBuilder json = new StringBuilder("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\"}");
        for (int i = 1; i < 41; i++) {
            json.append(", {\"id\": \"u").append(i).append("\", \"kind\": \"unit\", \"parent\": \"wc\"}");
        }
        json.append(", {\"id\": \"b1\", \"kind\": \"branch\", \"parent\": \"d-17\"}]}");
        ValidationException e = assertThrows(ValidationException.class, () -> format.read(json.toString(), Syntax.JSON));
        assertEquals(List.of("$.orgs[41].parent: unknown org 'd-17'"), e.lines(Language.EN));
        assertEquals(List.of("$.orgs[41].parent: 上级组织 'd-17' 不存在"), e.lines(Language.ZH));
    }

    @Test
    void reportsEveryShapeAndMeaningProblemOfADocumentAtOnce() {
        String json = """
                {"orgs": [
                  {"id": "wc", "kind": "working-committee", "colour": "red"},
                  {"id": "u 1", "kind": "unit", "parent": "wc"},
                  {"id": "u2", "kind": "galaxy", "parent": "wc"},
                  {"kind": "unit", "parent": "wc"},
                  {"id": "u3", "kind": "unit", "parent": 7, "name": {"fr": "x"}},
                  {"id": "u4", "kind": "unit", "parent": "wc", "branchType": "retired", "tags": ["a", "a"]},
                  {"id": "b1", "kind": "branch", "parent": "u4", "name": "  "},
                  {"id": "b2", "kind": "branch", "parent": "d1"},
                  "not an org"
                 ],
                 "members": [{"id": "m1", "branch": "u4", "role": "boss"}, {"id": "m2"}],
                 "divisions": [{"id": "d1", "unit": "u4", "branches": ["b1", "b1", 3]}],
                 "links": [{"id": "l1", "kind": "joint-building", "parties": ["b1"]}],
                 "extra": true}
                """;
        ValidationException e = assertThrows(ValidationException.class, () -> format.read(json, Syntax.JSON));
        assertEquals(List.of(
                "$.extra: unknown property 'extra'; expected one of: orgs, members, divisions, links",
                "$.orgs[0].colour: unknown property 'colour'; expected one of: id, kind, parent, name, branchType, tags",
                "$.orgs[1].id: 'u 1' is not a valid id: 1–64 characters: ASCII letters, digits, '.', '_', ':' or '-', "
                        + "starting with a letter or digit",
                "$.orgs[2].kind: unknown org kind 'galaxy'; expected one of: working-committee, unit, party-group, "
                        + "organ-committee, general-branch, branch, party-cell",
                "$.orgs[3].id: required property is missing",
                "$.orgs[4].parent: must be a string, but was a number",
                "$.orgs[4].name.fr: unknown property 'fr'; expected one of: zh, en",
                "$.orgs[4].name: a name needs 'zh' or 'en' (or is a plain string, taken as Chinese)",
                "$.orgs[5].tags[1]: 'a' is listed twice (first at $.orgs[5].tags[0])",
                "$.orgs[5].branchType: only branches and general branches have a branch type, not an org of kind 'unit'",
                "$.orgs[6].name: must not be blank",
                "$.orgs[7].parent: 'd1' is a division, not an org; divisions sit beside the party tree",
                "$.orgs[8]: must be an object, but was a string",
                "$.members[0].role: unknown role 'boss'; expected one of: secretary, deputy-secretary, "
                        + "committee-member, member",
                "$.members[0].branch: 'u4' is of kind 'unit', not a branch; members belong to branches",
                "$.members[1].branch: required property is missing",
                "$.divisions[0].branches[2]: must be a string, but was a number",
                "$.divisions[0].branches[1]: 'b1' is listed twice (first at $.divisions[0].branches[0])",
                "$.links[0].parties: a link joins at least two parties (parties plus external partners), "
                        + "but this one has 1"), e.lines(Language.EN));
    }

    @Test
    void aLinkNeedsItsParties() {
        String orgs = "{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\"}], ";
        assertProblems(orgs + "\"links\": [{\"id\": \"l1\", \"kind\": \"alliance\"}]}", Syntax.JSON,
                "$.links[0].parties: required property is missing");
        assertProblems(orgs + "\"links\": [{\"id\": \"l1\", \"kind\": \"alliance\", \"parties\": []}]}", Syntax.JSON,
                "$.links[0].parties: a link names at least one org or division of this directory");
        assertProblems(orgs + "\"links\": [{\"id\": \"l1\", \"kind\": \"alliance\", \"parties\": [\"wc\"], "
                        + "\"external\": [{}]}]}", Syntax.JSON,
                "$.links[0].external[0]: a name needs 'zh' or 'en' (or is a plain string, taken as Chinese)");
    }

    @Test
    void reportsEveryDuplicateKeyNotJustTheFirst() {
        String json = "{\"orgs\": [{\"id\": \"wc\", \"id\": \"x\", \"kind\": \"working-committee\", \"kind\": \"unit\"}]}";
        assertProblems(json, Syntax.JSON,
                "$.orgs[0].id: the key 'id' appears twice in this object; keys must be unique",
                "$.orgs[0].kind: the key 'kind' appears twice in this object; keys must be unique");
        assertProblems("orgs:\n  - id: wc\n    kind: working-committee\n    id: x\n", Syntax.YAML,
                "$.orgs[0].id: the key 'id' appears twice in this object; keys must be unique");
    }

    @Test
    void refusesContentAfterTheDocument() {
        String valid = "{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\"}]}";
        assertProblems(valid + "\n{}", Syntax.JSON, "$: unexpected content after the end of the document, at line 2");
        assertProblems(valid + " ]", Syntax.JSON, "$: unexpected content after the end of the document, at line 1");
        assertProblems("orgs:\n  - {id: wc, kind: working-committee}\n---\norgs: []\n", Syntax.YAML,
                "$: unexpected content after the end of the document, at line 4");
    }

    @Test
    void refusesNaNAndInfinity() {
        assertProblems("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\"}], \"x\": NaN}", Syntax.JSON,
                "$.x: NaN and Infinity are not numbers here: write a finite number");
        assertProblems("orgs: [{id: wc, kind: working-committee}]\nx: .nan\ny: -.inf\n", Syntax.YAML,
                "$.x: NaN and Infinity are not numbers here: write a finite number",
                "$.y: NaN and Infinity are not numbers here: write a finite number");
    }

    @Test
    void reportsEachProblemOnceNotItsConsequences() {
        assertProblems("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\"}, "
                        + "{\"id\": \"u1\", \"kind\": \"unit\", \"parent\": \"bad id\"}]}", Syntax.JSON,
                "$.orgs[1].parent: 'bad id' is not a valid id: 1–64 characters: ASCII letters, digits, '.', '_', ':' "
                        + "or '-', starting with a letter or digit");
        assertProblems("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\"}], "
                        + "\"members\": [{\"id\": \"m1\", \"branch\": \"b 1\"}]}", Syntax.JSON,
                "$.members[0].branch: 'b 1' is not a valid id: 1–64 characters: ASCII letters, digits, '.', '_', ':' "
                        + "or '-', starting with a letter or digit");
    }

    @Test
    void aMemberOfADivisionIsToldToUseItsBranch() {
        assertProblems("{\"orgs\": [{\"id\": \"u1\", \"kind\": \"unit\"}, {\"id\": \"b1\", \"kind\": \"branch\", "
                        + "\"parent\": \"u1\"}], \"divisions\": [{\"id\": \"d1\", \"unit\": \"u1\", \"branches\": [\"b1\"]}], "
                        + "\"members\": [{\"id\": \"m1\", \"branch\": \"d1\"}]}", Syntax.JSON,
                "$.members[0].branch: 'd1' is a division, not a branch; members belong to the branch built on it");
    }

    @Test
    void pathsStayOnOneLine() {
        assertProblems("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\", \"x\\ny\": 1}]}", Syntax.JSON,
                "$.orgs[0]['x\\ny']: unknown property 'x\\ny'; expected one of: id, kind, parent, name, branchType, tags");
        String longKey = "k".repeat(5000);
        ValidationException e = assertThrows(ValidationException.class, () -> format.read(
                "{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\", \"" + longKey + "\": 1}]}", Syntax.JSON));
        assertEquals("$.orgs[0]['" + "k".repeat(80) + "…']", e.violations().get(0).path());
    }

    @Test
    void refusesNumbersOfAThousandDigits() {
        assertProblems("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\", \"tags\": " + "9".repeat(2000) + "}]}",
                Syntax.JSON, "$.orgs[0].tags: a number has more than 1000 digits");
    }

    @Test
    void refusesComplexYamlKeys() {
        assertProblems("orgs:\n  - ? [a, b]\n    : 1\n", Syntax.YAML,
                "$.orgs[0]: a key must be plain text, not a list or a mapping");
    }

    @Test
    void refusesYamlAliases() {
        assertProblems("orgs:\n  - &root {id: wc, kind: working-committee}\n  - *root\n", Syntax.YAML,
                "$.orgs[1]: YAML aliases (*root) are not accepted: write the value out");
    }

    @Test
    void refusesEmptyDocumentsAndOtherRoots() {
        assertProblems("", Syntax.JSON, "$: the document is empty");
        assertProblems("  \n", Syntax.JSON, "$: the document is empty");
        assertProblems("", Syntax.YAML, "$: the document is empty");
        assertProblems("---\n", Syntax.YAML, "$: the document is empty");
        assertProblems("# only a comment\n", Syntax.YAML, "$: the document is empty");
        assertProblems("[]", Syntax.JSON, "$: must be an object, but was an array");
        assertProblems("{}", Syntax.JSON, "$.orgs: required property is missing");
        assertProblems("{\"orgs\": []}", Syntax.JSON, "$.orgs: there must be at least one org");
        assertProblems("{\"orgs\": {}}", Syntax.JSON, "$.orgs: must be an array, but was an object");
    }

    @Test
    void pointsAtSyntaxErrorsByLineAndColumn() {
        assertProblems("{\"orgs\": [\n  {\"id\": \"wc\" \"kind\": \"unit\"}]}", Syntax.JSON,
                "$.orgs[0].id: malformed JSON at line 2, column 15: Unexpected character ('\"' (code 34)): "
                        + "was expecting comma to separate Object entries");
        assertProblems("orgs:\n  - id: wc\n   kind: [\n", Syntax.YAML,
                "$.orgs[0]: malformed YAML at line 3, column 4: while parsing a block collection; "
                        + "expected <block end>, but found '<block mapping start>'");
    }

    @Test
    void explainsTextThatIsNotUtf8() {
        byte[] gbk = "{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\", \"name\": \"省财政厅\"}]}"
                .getBytes(Charset.forName("GBK"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> format.read(new ByteArrayInputStream(gbk), Syntax.JSON));
        assertEquals("syntax.encoding", e.violations().get(0).code());
        assertTrue(e.lines(Language.ZH).get(0).contains("请将文件另存为 UTF-8"), e.lines(Language.ZH).get(0));
        ValidationException yaml = assertThrows(ValidationException.class,
                () -> format.read(new ByteArrayInputStream("orgs: [{id: wc, kind: 省财政厅}]".getBytes(Charset.forName("GBK"))),
                        Syntax.YAML));
        // "省" in GBK is CA A1, which happens to be valid UTF-8 (column 23); the next byte, B2, is not.
        assertEquals(List.of("$.orgs[0]: not UTF-8 text at line 1, column 24: save the file as UTF-8 "
                + "(GBK or GB18030 files must be converted)"), yaml.lines(Language.EN));
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (Syntax syntax : Syntax.values()) {
            byte[] text = resource(syntax == Syntax.JSON ? "small.json" : "small.yaml").getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, withBom, 0, bom.length);
            System.arraycopy(text, 0, withBom, bom.length, text.length);
            assertEquals(7, format.read(new ByteArrayInputStream(withBom), syntax).tree().size(), syntax.name());
            // A host that reads the file into a string first keeps the mark as U+FEFF.
            assertEquals(7, format.read(new String(withBom, StandardCharsets.UTF_8), syntax).tree().size(), syntax.name());
        }
    }

    @Test
    void enforcesReadLimits() {
        OrgDirectoryFormat strict = OrgDirectoryFormat.withLimits(ReadLimits.ofDefaults()
                .withMaxStringChars(50).withMaxNesting(4).withMaxDocumentChars(2000));
        String longName = "{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\", \"name\": \"" + "长".repeat(60) + "\"}]}";
        assertProblems(strict, longName, Syntax.JSON, "$.orgs[0].name: a string or key is longer than 50 characters");
        assertProblems(strict, "orgs: [{id: wc, kind: working-committee, name: " + "长".repeat(60) + "}]", Syntax.YAML,
                "$.orgs[0].name: a string or key is longer than 50 characters");
        assertProblems(strict, "{\"orgs\": [{\"name\": {\"zh\": [[1]]}}]}", Syntax.JSON,
                "$.orgs[0].name.zh[0]: objects and arrays are nested more than 4 levels deep");
        assertProblems(strict, "orgs: [{name: {zh: [[1]]}}]", Syntax.YAML,
                "$.orgs[0].name.zh[0]: objects and arrays are nested more than 4 levels deep");
        String big = "{\"orgs\": [" + "{\"id\": \"x\"},".repeat(300) + "{}]}";
        assertProblems(strict, big, Syntax.JSON, "$: the document is longer than 2000 characters");
        ValidationException streamed = assertThrows(ValidationException.class, () -> strict.read(
                new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), Syntax.JSON));
        assertEquals("limit.document", streamed.violations().get(0).code());
        assertProblems(strict, "orgs:\n" + "  - {id: x}\n".repeat(300), Syntax.YAML,
                "$: the document is longer than 2000 characters");
    }

    /** SnakeYAML scans a long line in quadratic time: a 100 MB line must be refused at the first megabyte. */
    @Test
    void refusesOverlongYamlLinesQuickly() {
        String document = "orgs:\n  - id: wc\n    kind: working-committee\n    name: " + "x".repeat(20_000_000) + "\n";
        assertProblems(document, Syntax.YAML,
                "$.orgs[0].name: line 4 is longer than 1049600 characters; YAML is read line by line "
                        + "(write a one-line document as JSON)");
        ValidationException streamed = assertThrows(ValidationException.class, () -> format.read(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), Syntax.YAML));
        assertEquals("limit.line", streamed.violations().get(0).code());
    }

    @Test
    void leavesTheStreamOpen() {
        boolean[] closed = {false};
        for (Syntax syntax : Syntax.values()) {
            closed[0] = false;
            InputStream in = new ByteArrayInputStream(resource(syntax == Syntax.JSON ? "small.json" : "small.yaml")
                    .getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            format.read(in, syntax);
            assertEquals(false, closed[0], syntax.name());
        }
    }

    @Test
    void listsAThousandProblemsAndCountsTheRest() {
        StringBuilder json = new StringBuilder("{\"orgs\": [{\"id\": \"wc\", \"kind\": \"working-committee\"}");
        for (int i = 1; i <= 1500; i++) {
            json.append(", {\"id\": \"u").append(i).append("\", \"kind\": \"unit\", \"parent\": \"wc\", \"x\": 1}");
        }
        json.append("]}");
        ValidationException e = assertThrows(ValidationException.class, () -> format.read(json.toString(), Syntax.JSON));
        assertEquals(1000, e.violations().size());
        assertEquals(500, e.unlisted());
        assertEquals("$.orgs[1].x", e.violations().get(0).path());
        assertEquals("$.orgs[1000].x", e.violations().get(999).path());
        assertEquals("$: 500 more problems not listed", e.lines(Language.EN).get(1000));
        ValidationException three = assertThrows(ValidationException.class, () -> OrgDirectoryFormat
                .withLimits(ReadLimits.ofDefaults().withMaxListedProblems(3)).read(json.toString(), Syntax.JSON));
        assertEquals(3, three.violations().size());
        assertEquals(1497, three.unlisted());
    }

    @Test
    void refusesAParentChainAMillionDeepWithoutOverflowingTheStack() {
        int length = 1_000_000;
        StringBuilder json = new StringBuilder(length * 60).append("{\"orgs\": [{\"id\": \"w0\", \"kind\": \"working-committee\"}");
        for (int i = 1; i < length; i++) {
            json.append(",{\"id\":\"w").append(i).append("\",\"kind\":\"working-committee\",\"parent\":\"w")
                    .append(i - 1).append("\"}");
        }
        json.append("]}");
        assertProblems(json.toString(), Syntax.JSON,
                "$.orgs[65].parent: 'w65' sits 65 levels below the root; at most 64 are allowed");
    }

    private void assertProblems(String text, Syntax syntax, String... lines) {
        assertProblems(format, text, syntax, lines);
    }

    private static void assertProblems(OrgDirectoryFormat format, String text, Syntax syntax, String... lines) {
        ValidationException e = assertThrows(ValidationException.class, () -> format.read(text, syntax));
        assertEquals(List.of(lines), e.lines(Language.EN));
    }

    private static String resource(String name) {
        try (InputStream in = OrgDirectoryFormatTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
