package dev.mofan.core.format.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.Violations;
import dev.mofan.model.meeting.Exemption;
import dev.mofan.model.meeting.MeetingCadence;
import dev.mofan.model.meeting.MeetingRules;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.meeting.Quorum;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.text.Label;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the tree of an organisational-life rules document into {@link MeetingRules}: the cadences
 * it lists replace the standard ones of their types ({@link MeetingRules#STANDARD}), the others stay;
 * every problem is reported at its path. Whether exempted branches exist is judged against an org
 * directory when compliance is worked out.
 */
public final class MeetingRulesDocumentReader {

    /** Top-level array sections, in the order their problems are listed. */
    public static final List<String> SECTIONS = List.of("cadences", "exemptions");
    static final List<String> FIELDS = List.of("id", "name", "cadences", "exemptions");
    static final List<String> CADENCE_FIELDS = List.of("type", "every", "quorum");
    static final List<String> QUORUM_FIELDS = List.of("moreThan", "atLeast");
    static final List<String> EXEMPTION_FIELDS = List.of("branch", "types", "from", "until", "founded", "reason");
    private static final Label TYPE = Label.of("会议类型", "meeting type");
    private static final Label EVERY = Label.of("频次", "cadence");
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,7})/(\\d{1,7})");
    private static final Label NEWLY_FOUNDED = Label.of("新成立支部，首个完整周期前免于考核",
            "newly founded: exempt before its first full period");

    private final Violations out;

    private MeetingRulesDocumentReader(Violations out) {
        this.out = out;
    }

    /**
     * {@return the rules the document {@code root} holds, or empty when any problem was reported to {@code out}}
     *
     * @param root the document's root
     * @param out where problems are reported
     */
    public static Optional<MeetingRules> read(JsonNode root, Violations out) {
        return new MeetingRulesDocumentReader(out).read(root);
    }

    private Optional<MeetingRules> read(JsonNode root) {
        Optional<NodeReader> document = NodeReader.object(root, Where.ROOT, out);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        NodeReader doc = document.get().allowOnly(FIELDS);
        Read<String> id = doc.id("id", true);
        Read<Label> name = doc.label("name");
        Map<MeetingType, String> firstAt = new EnumMap<>(MeetingType.class);
        List<MeetingCadence> cadences = new ArrayList<>();
        doc.each("cadences", false, (node, at) -> NodeReader.object(node, at, out)
                .flatMap(c -> cadence(c, firstAt, out)).ifPresent(cadences::add));
        List<Exemption> exemptions = new ArrayList<>();
        doc.each("exemptions", false, (node, at) -> NodeReader.object(node, at, out).flatMap(this::exemption)
                .ifPresent(exemptions::add));
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MeetingRules.STANDARD.with(id.value(), name.value(), cadences, exemptions));
    }

    /**
     * One cadence {@code {type, every, quorum}}, a type given before (in {@code firstAt}) reported;
     * shared with the scheme's {@code meetingCadences}.
     */
    static Optional<MeetingCadence> cadence(NodeReader object, Map<MeetingType, String> firstAt, Violations out) {
        int before = out.total();
        NodeReader cadence = object.allowOnly(CADENCE_FIELDS);
        Read<MeetingType> type = cadence.term("type", MeetingType.class, TYPE, true);
        if (type.ok() && type.present()) {
            String first = firstAt.putIfAbsent(type.value(), cadence.at("type").path());
            if (first != null) {
                out.add(cadence.at("type").path(), MeetingProblems.CADENCE_REPEAT, type.value(), new Verbatim(first));
            }
        }
        Read<PeriodKind> every = cadence.term("every", PeriodKind.class, EVERY, true);
        if (every.ok() && every.present() && every.value() == PeriodKind.CYCLE) {
            out.add(cadence.at("every").path(), MeetingProblems.CADENCE_CYCLE, every.value());
        }
        Optional<Quorum> quorum = cadence.has("quorum") ? quorum(cadence, out) : Optional.empty();
        if (out.total() != before || !type.present() || !every.present()) {
            return Optional.empty();
        }
        return Optional.of(new MeetingCadence(type.value(), every.value(), quorum));
    }

    private static Optional<Quorum> quorum(NodeReader cadence, Violations out) {
        Optional<NodeReader> object = NodeReader.object(cadence.raw("quorum"), cadence.at("quorum"), out);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        NodeReader quorum = object.get().allowOnly(QUORUM_FIELDS);
        if (quorum.has("moreThan") == quorum.has("atLeast")) {
            out.add(cadence.at("quorum").path(), MeetingProblems.QUORUM_FORM);
            return Optional.empty();
        }
        String field = quorum.has("moreThan") ? "moreThan" : "atLeast";
        JsonNode value = quorum.raw(field);
        Optional<long[]> share = share(value);
        if (share.isEmpty()) {
            out.add(quorum.at(field).path(), MeetingProblems.QUORUM_SHARE, new Verbatim(value.asText()));
            return Optional.empty();
        }
        return Optional.of(new Quorum(share.get()[0], share.get()[1], field.equals("moreThan")));
    }

    /** A share in [0, 1] written {@code 1/2} or as a decimal such as {@code 0.5}, as numerator and denominator. */
    private static Optional<long[]> share(JsonNode value) {
        long numerator;
        long denominator;
        if (value.isTextual()) {
            Matcher fraction = FRACTION.matcher(value.textValue());
            if (!fraction.matches()) {
                return Optional.empty();
            }
            numerator = Long.parseLong(fraction.group(1));
            denominator = Long.parseLong(fraction.group(2));
        } else if (value.isNumber() && value.decimalValue().scale() <= 6) {
            BigDecimal decimal = value.decimalValue().stripTrailingZeros();
            int scale = Math.max(0, decimal.scale());
            numerator = decimal.movePointRight(scale).longValue();
            denominator = BigInteger.TEN.pow(scale).longValueExact();
        } else {
            return Optional.empty();
        }
        if (denominator < 1 || numerator < 0 || numerator > denominator || denominator > Quorum.MAX_TERM) {
            return Optional.empty();
        }
        return Optional.of(new long[] {numerator, denominator});
    }

    private Optional<Exemption> exemption(NodeReader object) {
        NodeReader exemption = object.allowOnly(EXEMPTION_FIELDS);
        Read<String> branch = exemption.id("branch", true);
        Read<List<MeetingType>> types = types(exemption);
        boolean founded = exemption.has("founded");
        if (founded == exemption.has("until") || founded && exemption.has("from")) {
            out.add(exemption.where().path(), MeetingProblems.EXEMPTION_FORM);
            return Optional.empty();
        }
        Read<LocalDate> from = exemption.date("from", false);
        Read<LocalDate> until = exemption.date(founded ? "founded" : "until", true);
        if (from.ok() && from.present() && until.ok() && until.present() && from.value().isAfter(until.value())) {
            out.add(exemption.at("until").path(), MeetingProblems.EXEMPTION_SPAN, until.value(), from.value());
        }
        Read<Label> reason = exemption.label("reason");
        if (!out.isEmpty()) {
            return Optional.empty();
        }
        Label why = founded && reason.value().equals(Label.NONE) ? NEWLY_FOUNDED : reason.value();
        return Optional.of(new Exemption(branch.value(), types.value().isEmpty() ? EnumSet.noneOf(MeetingType.class)
                : EnumSet.copyOf(types.value()), Optional.ofNullable(from.value()),
                founded ? until.value().minusDays(1) : until.value(), why));
    }

    private Read<List<MeetingType>> types(NodeReader exemption) {
        Read<List<String>> ids = exemption.ids("types", false, true);
        if (!ids.ok()) {
            return Read.broken();
        }
        List<MeetingType> types = new ArrayList<>();
        for (int i = 0; i < ids.value().size(); i++) {
            Optional<MeetingType> type = dev.mofan.model.text.Term.find(MeetingType.class, ids.value().get(i));
            if (type.isEmpty()) {
                out.add(exemption.at("types").index(i).path(), FormatProblems.UNKNOWN_VALUE, TYPE, ids.value().get(i),
                        new Verbatim(dev.mofan.model.text.Term.ids(MeetingType.class)));
            } else {
                types.add(type.get());
            }
        }
        return types.size() == ids.value().size() ? Read.of(types) : Read.broken();
    }
}
