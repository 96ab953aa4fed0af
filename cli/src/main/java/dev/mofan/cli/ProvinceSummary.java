package dev.mofan.cli;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.link.Partnership;
import dev.mofan.model.link.PartnershipKind;
import dev.mofan.model.member.CadreLevel;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.member.Membership;
import dev.mofan.model.member.ServiceStatus;
import dev.mofan.model.org.BranchType;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgTree;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.text.Language;
import dev.mofan.model.text.Term;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** A bilingual summary of an org directory, as the demo prints it; every figure is counted from the directory. */
final class ProvinceSummary {

    private static final int ID_WIDTH = 24;
    private static final int NAME_WIDTH = 20;

    private final OrgDirectory directory;

    ProvinceSummary(OrgDirectory directory) {
        this.directory = directory;
    }

    void print(PrintWriter out) {
        OrgTree tree = directory.tree();
        out.println("Organisations by kind 各类组织");
        for (OrgKind kind : OrgKind.values()) {
            row(out, kind, tree.ofKind(kind).size());
        }
        row(out, "total", "合计", tree.size());

        out.println();
        out.println("Branches by type 党支部类型");
        Map<BranchType, Integer> types = count(tree.ofKind(OrgKind.BRANCH), OrgUnit::branchType, BranchType.class);
        types.forEach((type, n) -> row(out, type, n));

        out.println();
        Map<Integer, Integer> depths = new TreeMap<>();
        tree.units().forEach(org -> depths.merge(tree.depth(org.id()), 1, Integer::sum));
        StringBuilder levels = new StringBuilder();
        depths.forEach((depth, n) -> levels.append(String.format(Locale.ROOT, "  %d: %,d", depth, n)));
        out.printf(Locale.ROOT, "Orgs per level below the root 各层级组织数 (height %d):%n%s%n", tree.height(), levels);

        out.println();
        List<Member> members = directory.members();
        out.printf(Locale.ROOT, "Members 党员: %,d%n", members.size());
        count(members, Member::role, MemberRole.class).forEach((role, n) -> row(out, role, n));
        row(out, Membership.PROBATIONARY, count(members, Member::membership, Membership.class).get(Membership.PROBATIONARY));
        row(out, ServiceStatus.RETIRED, count(members, Member::service, ServiceStatus.class).get(ServiceStatus.RETIRED));
        Map<CadreLevel, Integer> levelsOfCadres = new EnumMap<>(CadreLevel.class);
        members.forEach(member -> member.cadreLevel().ifPresent(level -> levelsOfCadres.merge(level, 1, Integer::sum)));
        levelsOfCadres.forEach((level, n) -> row(out, level, n));

        out.println();
        Set<String> builtOn = new HashSet<>();
        directory.divisions().forEach(division -> builtOn.addAll(division.branches()));
        out.printf(Locale.ROOT, "Divisions 处室: %,d in %,d units, with branches built on them (支部建在处室上): %,d%n",
                directory.divisions().size(), tree.ofKind(OrgKind.UNIT).size(), builtOn.size());

        out.println();
        out.printf(Locale.ROOT, "Partnership links 结对共建: %,d%n", directory.links().size());
        count(directory.links(), Partnership::kind, PartnershipKind.class).forEach((kind, n) -> row(out, kind, n));

        OrgUnit example = tree.ofKind(OrgKind.PARTY_CELL).isEmpty() ? tree.root() : tree.ofKind(OrgKind.PARTY_CELL).get(0);
        out.println();
        out.println("From the root to one party cell 从工委到党小组:");
        for (OrgUnit step : tree.path(example.id())) {
            out.println("  " + "  ".repeat(tree.depth(step.id())) + step.id() + "  " + step.name().text(Language.ZH)
                    + " / " + step.name().text(Language.EN));
        }
    }

    private static <T, E extends Enum<E> & Term> Map<E, Integer> count(List<T> items, Function<T, E> key, Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0);
        }
        items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
        return counts;
    }

    private static void row(PrintWriter out, Term term, int n) {
        row(out, term.id(), term.label().text(Language.ZH), n);
    }

    private static void row(PrintWriter out, String id, String zh, int n) {
        out.printf(Locale.ROOT, "  %s%s%,8d%n", pad(id, ID_WIDTH), pad(zh, NAME_WIDTH), n);
    }

    /** A rate as its fraction and, when it has one, its percentage: {@code 357/566 63.07%}. */
    static String rate(dev.mofan.model.result.Rate rate) {
        return rate.text() + rate.percent().map(p -> " " + p.toPlainString() + "%").orElse("");
    }

    /** Pads to a width in terminal columns, where a Chinese character takes two. */
    static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(1, columns - width(text)));
    }

    /** The width of {@code text} in terminal columns, a Chinese character taking two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += isWide(text.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
